// Package gzfile reads gzip-compressed files whole, as the benchmark
// programs read the pages of the article extraction benchmark.
package gzfile

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
)

// Read returns the decompressed contents of the gzip file at path.
func Read(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer zr.Close()
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}
