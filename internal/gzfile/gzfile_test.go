package gzfile

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("<p>The ferry runs at noon.</p>"))
	zw.Close()
	good := filepath.Join(dir, "page.html.gz")
	os.WriteFile(good, buf.Bytes(), 0o644)
	plain := filepath.Join(dir, "plain.html.gz")
	os.WriteFile(plain, []byte("<p>not compressed</p>"), 0o644)
	cut := filepath.Join(dir, "cut.html.gz")
	os.WriteFile(cut, buf.Bytes()[:buf.Len()-6], 0o644)

	if b, err := Read(good); err != nil || string(b) != "<p>The ferry runs at noon.</p>" {
		t.Errorf("Read(good) = %q, %v", b, err)
	}
	for _, p := range []string{plain, cut, filepath.Join(dir, "missing.gz")} {
		if _, err := Read(p); err == nil {
			t.Errorf("Read(%s): no error", filepath.Base(p))
		}
	}
}
