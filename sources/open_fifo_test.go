//go:build unix

package sources

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func mkfifo(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pipe.html")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	return path
}

func TestOpenFIFOCanceled(t *testing.T) {
	t.Run("no writer yet", func(t *testing.T) {
		// Open blocks in open(2) until a writer comes.
		path := mkfifo(t)
		err := openCanceled(t, path, OpenOptions{})
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "sources: canceled while reading file") {
			t.Errorf("got %v, want a cancellation while reading the file", err)
		}
		// Let the reader's open(2) finish so that its goroutine ends: a
		// read-write open of a FIFO does not block on Linux.
		if w, err := os.OpenFile(path, os.O_RDWR, 0); err == nil {
			w.Close()
		}
	})
	t.Run("writer never writes", func(t *testing.T) {
		// The read blocks with a writer attached; cancelling closes the file.
		path := mkfifo(t)
		w, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			t.Skipf("cannot hold the FIFO open: %v", err)
		}
		defer w.Close()
		err = openCanceled(t, path, OpenOptions{})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
	})
	t.Run("writer writes and closes", func(t *testing.T) {
		path := mkfifo(t)
		go func() {
			w, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				return
			}
			w.WriteString("<html><body><p>The ferry resumed service on Monday.</p></body></html>")
			w.Close()
		}()
		p, err := Open(context.Background(), path, OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if p.Kind != KindHTML || !strings.Contains(p.Body, "ferry resumed") {
			t.Errorf("got kind %s body %q, want the HTML written", p.Kind, p.Body)
		}
	})
}
