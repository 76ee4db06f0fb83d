package fetch

import (
	"fmt"
	"io"
)

// ReadAll reads r to the end, but fails with an error wrapping ErrTooLarge
// as soon as more than max bytes arrive: a page cut at the cap would look
// complete to the cleaner and lose its end silently. max <= 0 means no cap.
// The error reads "too large: more than 10 MiB", for the caller to prefix
// with what was read ("fetch: response body too large: ...").
func ReadAll(r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	// One byte past the cap tells "exactly max" from "more than max".
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: more than %s", ErrTooLarge, FormatBytes(max))
	}
	return b, nil
}

// FormatBytes prints a byte count the way a user sets a cap ("10 MiB"), and
// any other count exactly ("11534535 bytes"), so that every "too large"
// message of the project reads the same.
func FormatBytes(n int64) string {
	const (
		kib = 1 << 10
		mib = 1 << 20
	)
	switch {
	case n >= mib && n%mib == 0:
		return fmt.Sprintf("%d MiB", n/mib)
	case n >= kib && n%kib == 0:
		return fmt.Sprintf("%d KiB", n/kib)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}
