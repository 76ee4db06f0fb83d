package sources

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

// openCanceled runs Open on src and cancels it once Open has had time to
// block. A read that ignored ctx would hang the test until go test's
// -timeout; there is no wall-clock check beyond that.
func openCanceled(t *testing.T, src string, opt OpenOptions) error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stop := time.AfterFunc(20*time.Millisecond, cancel)
	defer stop.Stop()
	p, err := Open(ctx, src, opt)
	if err == nil {
		t.Fatalf("got page %+v, want a cancellation error", p)
	}
	return err
}

func TestOpenStdinCanceled(t *testing.T) {
	tests := []struct {
		name  string
		stdin func(t *testing.T) io.Reader
	}{
		{"nothing written", func(t *testing.T) io.Reader {
			pr, pw := io.Pipe()
			t.Cleanup(func() { pw.Close() })
			return pr
		}},
		{"stalls after a first chunk", func(t *testing.T) io.Reader {
			pr, pw := io.Pipe()
			go pw.Write([]byte("<html><body><p>The first words arrive, the rest never"))
			t.Cleanup(func() { pw.Close() })
			return pr
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := openCanceled(t, "-", OpenOptions{Stdin: tt.stdin(t)})
			if !errors.Is(err, context.Canceled) {
				t.Errorf("got %v, want context.Canceled", err)
			}
			if want := "sources: canceled while reading standard input"; !strings.Contains(err.Error(), want) {
				t.Errorf("got %q, want it to contain %q", err, want)
			}
		})
	}
}
