package clean

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkClean(b *testing.B) {
	for _, tc := range goldenPages {
		raw, err := os.ReadFile(filepath.Join("testdata", tc.name+".html"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if _, err := Clean(bytes.NewReader(raw), tc.url); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
