package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// output is where results go: stdout, or a file replaced atomically.
type output interface {
	io.Writer
	// Commit makes the output final: for a file, renames the finished
	// temporary file over the target.
	Commit() error
	// Abort drops the output: for a file, removes the temporary file and
	// leaves any existing target untouched.
	Abort()
}

// openOutput returns stdout for "" or "-", else an atomic file.
func openOutput(path string, stdout io.Writer) (output, error) {
	if path == "" || path == "-" {
		return nopOutput{stdout}, nil
	}
	return createAtomic(path)
}

type nopOutput struct{ io.Writer }

func (nopOutput) Commit() error { return nil }
func (nopOutput) Abort()        {}

// atomicFile is written to a temporary file in the target's directory (so
// that the rename stays on one file system), synced, then renamed over the
// target: a reader never sees a half-written file, and a failed or
// interrupted run leaves nothing behind.
type atomicFile struct {
	f    *os.File
	path string
	mode fs.FileMode
	done bool
}

func createAtomic(path string) (*atomicFile, error) {
	mode := fs.FileMode(0o644)
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return nil, fmt.Errorf("output %s is a directory", path)
	case err == nil:
		mode = st.Mode().Perm() // replacing a file keeps its permissions
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("output: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the temporary name means nothing to the user
		}
		return nil, fmt.Errorf("output %s: %w", path, err)
	}
	return &atomicFile{f: f, path: path, mode: mode}, nil
}

func (a *atomicFile) Write(p []byte) (int, error) { return a.f.Write(p) }

func (a *atomicFile) Commit() (err error) {
	if a.done {
		return errors.New("output: already finished")
	}
	a.done = true
	tmp := a.f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if err := a.f.Chmod(a.mode); err != nil {
		a.f.Close()
		return fmt.Errorf("output: %w", err)
	}
	if err := a.f.Sync(); err != nil {
		a.f.Close()
		return fmt.Errorf("output: %w", err)
	}
	if err := a.f.Close(); err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if err := os.Rename(tmp, a.path); err != nil {
		return fmt.Errorf("output: %w", err)
	}
	// Make the rename itself durable. Some systems cannot sync a directory;
	// the file is in place either way, so that is not an error.
	if d, err := os.Open(filepath.Dir(a.path)); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

func (a *atomicFile) Abort() {
	if a.done {
		return
	}
	a.done = true
	a.f.Close()
	os.Remove(a.f.Name())
}
