package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

// console serializes everything written to stderr while sources run, so that
// per-source error lines, log lines and the progress line never interleave.
// The progress line is drawn only when stderr is a terminal and there is more
// than one source: piped stderr gets the error lines and nothing else.
type console struct {
	mu       sync.Mutex
	w        io.Writer
	progress bool
	total    int
	done     int
	failed   int
	drawn    bool
}

func newConsole(w io.Writer, total int, progress bool) *console {
	return &console{w: w, total: total, progress: progress && total > 1}
}

// Write lets a slog handler write through the console.
func (c *console) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clearLocked()
	n, err := c.w.Write(p)
	c.drawLocked()
	return n, err
}

// failure prints the one line a failed source gets.
func (c *console) failure(src string, err error) {
	// A reason spanning lines (errors.Join) would break the one-line rule.
	reason := strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", "; ")), " ")
	fmt.Fprintf(c, "whosaid: %s: %s\n", src, reason)
}

// finished counts a source as done (failed or not) and redraws.
func (c *console) finished(failed bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done++
	if failed {
		c.failed++
	}
	c.clearLocked()
	c.drawLocked()
}

// stop removes the progress line for good.
func (c *console) stop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clearLocked()
	c.progress = false
}

func (c *console) clearLocked() {
	if c.drawn {
		fmt.Fprint(c.w, "\r\x1b[K")
		c.drawn = false
	}
}

func (c *console) drawLocked() {
	if !c.progress {
		return
	}
	fmt.Fprintf(c.w, "whosaid: %d/%d sources done", c.done, c.total)
	if c.failed > 0 {
		fmt.Fprintf(c.w, ", %d failed", c.failed)
	}
	c.drawn = true
}
