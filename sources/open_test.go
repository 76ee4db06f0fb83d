package sources

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"

	"github.com/whosaid/whosaid/sources/fetch"
)

func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// writeFile puts b into a temporary file called name and returns its path.
func writeFile(t testing.TB, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenFile(t *testing.T) {
	html := readTestdata(t, "article.html")
	text := readTestdata(t, "article.txt")
	const inHTML = "“We cannot ask a nurse"
	const inText = "council's mistakes"
	tests := []struct {
		name string
		file string
		body []byte
		kind Kind
		want string
	}{
		{"html", "a.html", html, KindHTML, inHTML},
		{"htm upper case", "A.HTM", html, KindHTML, inHTML},
		{"xhtml", "a.xhtml", html, KindHTML, inHTML},
		{"txt", "a.txt", text, KindText, inText},
		{"html.gz", "a.html.gz", gz(t, html), KindHTML, inHTML},
		{"txt.gz", "a.txt.gz", gz(t, text), KindText, inText},
		{"txt named txt but HTML inside stays text", "a.txt", html, KindText, inHTML},
		{"unknown extension sniffed HTML", "a.page", html, KindHTML, inHTML},
		{"no extension sniffed text", "story", text, KindText, inText},
		{"gz of unknown extension sniffed", "a.gz", gz(t, html), KindHTML, inHTML},
		{"gzip data under a plain name", "saved.html", gz(t, html), KindHTML, inHTML},
		{"HTML fragment sniffed", "frag.md", []byte("<p>One.</p>\n<p>Two.</p>"), KindHTML, "Two."},
		{"EUC-KR with late meta", "ko.html", encode(t, korean.EUCKR, koreanPage(`<meta charset="euc-kr">`)), KindHTML, korean2},
		{"UTF-16 sniffed as HTML", "u16", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "<html><body><p>"+korean1+"</p></body></html>"), KindHTML, korean1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, tt.file, tt.body)
			p, err := Open(context.Background(), path, OpenOptions{})
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			if p.Kind != tt.kind {
				t.Errorf("got kind %s, want %s", p.Kind, tt.kind)
			}
			if !strings.Contains(p.Body, tt.want) {
				t.Errorf("body does not contain %q:\n%s", tt.want, p.Body)
			}
			if p.Source != path || p.URL != "" {
				t.Errorf("got source %q url %q, want %q and none", p.Source, p.URL, path)
			}
			if want := map[Kind]string{KindHTML: "text/html", KindText: "text/plain"}[tt.kind]; p.ContentType != want {
				t.Errorf("got content type %q, want %q", p.ContentType, want)
			}
		})
	}
}

func TestOpenFileErrors(t *testing.T) {
	dir := t.TempDir()
	bomb := gz(t, bytes.Repeat([]byte("<p>bomb</p>"), 100_000)) // 1.1 MB inflated
	tests := []struct {
		name    string
		path    string // relative to dir, or absolute
		body    []byte // written when not nil
		max     int64
		wantErr error
		want    string
	}{
		{"missing", "nope.html", nil, 0, fs.ErrNotExist, "sources: cannot open file: no such file or directory"},
		{"directory", ".", nil, 0, nil, "sources: is a directory, not a file"},
		{"empty", "empty.html", []byte{}, 0, ErrEmpty, "sources: empty document (0 bytes)"},
		{"path through a file", "empty.html/x.html", nil, 0, nil, "sources: cannot open file: not a directory"},
		{"white space only", "blank.txt", []byte(" \n\t\r\n "), 0, ErrEmpty, "only white space"},
		{"UTF-8 BOM only", "bom.txt", []byte("\xEF\xBB\xBF\n"), 0, ErrEmpty, "only white space"},
		{"empty gzip", "e.html.gz", gz(t, nil), 0, ErrEmpty, "0 bytes"},
		{"PDF", "paper.html", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), 0, ErrBinary, "sources: binary data (PDF), not HTML or text"},
		{"PNG", "pic.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0, ErrBinary, "binary data (PNG image)"},
		{"JPEG", "pic", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), 0, ErrBinary, "binary data (JPEG image)"},
		{"ZIP", "doc.htm", []byte("PK\x03\x04\x14\x00\x06\x00"), 0, ErrBinary, "ZIP archive"},
		{"gzipped PDF", "x.html.gz", gz(t, []byte("%PDF-1.4 xx")), 0, ErrBinary, "binary data (PDF)"},
		{"NUL bytes", "nul.txt", []byte("some words\x00\x00\x00\x01more words"), 0, ErrBinary, "binary data (NUL bytes)"},
		{"over the cap", "big.html", bytes.Repeat([]byte("a"), 2000), 1000, fetch.ErrTooLarge, "sources: file too large: 2000 bytes, over the 1000 bytes cap"},
		{"over a MiB cap", "big2.html", bytes.Repeat([]byte("a"), 1<<20+5), 1 << 20, fetch.ErrTooLarge, "sources: file too large: 1048581 bytes, over the 1 MiB cap"},
		{"gzip bomb", "bomb.html.gz", bomb, 64 << 10, fetch.ErrTooLarge, "decompressed data too large: more than 64 KiB"},
		{"corrupt gzip", "bad.html.gz", append(gz(t, []byte("<p>hello there</p>"))[:20], 0, 1, 2), 0, nil, "sources: bad gzip data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.path)
			if tt.body != nil {
				if err := os.WriteFile(path, tt.body, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			p, err := Open(context.Background(), path, OpenOptions{MaxBytes: tt.max})
			if err == nil {
				t.Fatalf("got page %+v, want an error", p)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("got %v, want errors.Is %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), dir) {
				t.Errorf("got %q, which repeats the path the caller prefixes", err)
			}
		})
	}
}

func TestOpenUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	path := writeFile(t, "secret.html", []byte("<p>x</p>"))
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), path, OpenOptions{})
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("got %v, want permission denied", err)
	}
}

func TestOpenStdin(t *testing.T) {
	html := readTestdata(t, "article.html")
	tests := []struct {
		name    string
		in      []byte
		kind    Kind
		want    string
		wantErr error
	}{
		{"html", html, KindHTML, "Tomas Ruelle", nil},
		{"text", readTestdata(t, "article.txt"), KindText, "Tomas Ruelle.", nil},
		{"gzip html", gz(t, html), KindHTML, "Adaeze Morrow", nil},
		{"EUC-KR text, undeclared", encode(t, korean.EUCKR, strings.Repeat(korean1+"\n\n"+korean2+"\n\n", 2)), KindText, korean2, nil},
		{"empty", []byte{}, 0, "empty document", ErrEmpty},
		{"PDF", []byte("%PDF-1.5\n"), 0, "binary data (PDF)", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Open(context.Background(), "-", OpenOptions{Stdin: bytes.NewReader(tt.in)})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("got %v, want %v naming %q", err, tt.wantErr, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.Kind != tt.kind || !strings.Contains(p.Body, tt.want) || p.Source != "-" {
				t.Errorf("got kind %s source %q, want %s and a body with %q:\n%s", p.Kind, p.Source, tt.kind, tt.want, p.Body)
			}
		})
	}
	t.Run("no stdin", func(t *testing.T) {
		if _, err := Open(context.Background(), "-", OpenOptions{}); err == nil {
			t.Error("got no error, want one")
		}
	})
	t.Run("over the cap", func(t *testing.T) {
		_, err := Open(context.Background(), "-", OpenOptions{Stdin: bytes.NewReader(make([]byte, 3000)), MaxBytes: 1000})
		if !errors.Is(err, fetch.ErrTooLarge) || !strings.Contains(err.Error(), "standard input too large") {
			t.Errorf("got %v, want ErrTooLarge for standard input", err)
		}
	})
	t.Run("undeclared detection warns", func(t *testing.T) {
		in := encode(t, korean.EUCKR, strings.Repeat(korean1+"\n\n", 3))
		p, err := Open(context.Background(), "-", OpenOptions{Stdin: bytes.NewReader(in)})
		if err != nil {
			t.Fatal(err)
		}
		if p.Encoding != "euc-kr" || len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0], "euc-kr") {
			t.Errorf("got encoding %q warnings %q, want euc-kr and one warning naming it", p.Encoding, p.Warnings)
		}
	})
}

func TestOpenURL(t *testing.T) {
	ko := encode(t, korean.EUCKR, koreanPage(""))
	mux := http.NewServeMux()
	mux.HandleFunc("/ko", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=euc-kr")
		w.Write(ko)
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ko", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(readTestdata(t, "article.txt"))
	})
	mux.HandleFunc("/fake-html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("%PDF-1.6\n%\xe2\xe3"))
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte("\xff\xd8\xff"))
	})
	mux.HandleFunc("/article.html.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(gz(t, readTestdata(t, "article.html")))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client := fetch.New(fetch.Options{AllowPrivate: true})
	opts := OpenOptions{Client: client}

	t.Run("EUC-KR by header, after a redirect", func(t *testing.T) {
		p, err := Open(context.Background(), srv.URL+"/old", opts)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(p.Body, korean1) || !strings.Contains(p.Body, korean2) {
			t.Errorf("body is not the Korean text:\n%s", p.Body)
		}
		if p.URL != srv.URL+"/ko" || p.Source != srv.URL+"/old" || p.Kind != KindHTML || p.Encoding != "euc-kr" {
			t.Errorf("got url %q source %q kind %s encoding %q", p.URL, p.Source, p.Kind, p.Encoding)
		}
		if !utf8.ValidString(p.Body) {
			t.Error("body is not valid UTF-8")
		}
	})
	t.Run("text/plain is text", func(t *testing.T) {
		p, err := Open(context.Background(), srv.URL+"/text", opts)
		if err != nil {
			t.Fatal(err)
		}
		if p.Kind != KindText || p.ContentType != "text/plain" {
			t.Errorf("got kind %s content type %q, want text", p.Kind, p.ContentType)
		}
	})
	t.Run("gzip file served as application/x-gzip", func(t *testing.T) {
		p, err := Open(context.Background(), srv.URL+"/article.html.gz", opts)
		if err != nil {
			t.Fatal(err)
		}
		if p.Kind != KindHTML || !strings.Contains(p.Body, "Adaeze Morrow") {
			t.Errorf("got kind %s body %q, want the inflated HTML", p.Kind, p.Body)
		}
	})
	errTests := []struct {
		name    string
		src     string
		opts    OpenOptions
		wantErr error
		want    string
	}{
		{"PDF served as HTML", srv.URL + "/fake-html", opts, ErrBinary, "binary data (PDF)"},
		{"empty page", srv.URL + "/empty", opts, ErrEmpty, "empty document"},
		{"image", srv.URL + "/image", opts, fetch.ErrContentType, `"image/jpeg"`},
		{"default client refuses loopback", srv.URL + "/ko", OpenOptions{}, fetch.ErrPrivateAddress, "--allow-private"},
		{"file URL", "file:///etc/passwd", opts, fetch.ErrScheme, `"file:"`},
		{"ftp URL", "ftp://files.example/a.html", opts, fetch.ErrScheme, `"ftp:"`},
		{"javascript", "javascript:alert(1)", opts, fetch.ErrScheme, `"javascript:"`},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(context.Background(), tt.src, tt.opts)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestOpenCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Open(ctx, filepath.Join("testdata", "article.html"), OpenOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestBinaryKind(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"html", []byte("<p>hello</p>"), ""},
		{"latin-1 text", []byte("caf\xe9 cr\xe8me"), ""},
		{"one stray control", []byte("A page with one \x1a stray control character in a long enough line of text."), ""},
		{"ISO-2022-JP escapes", []byte("\x1b$B$3$s$K$A$O\x1b(B world"), ""},
		{"UTF-16 BOM", []byte("\xff\xfe<\x00p\x00>\x00"), ""},
		{"GIF", []byte("GIF89a\x01\x00"), "GIF image"},
		{"WebP", []byte("RIFF\x10\x00\x00\x00WEBPVP8 "), "WebP image"},
		{"MP4", []byte("\x00\x00\x00\x18ftypmp42"), "MP4 or QuickTime video"},
		{"ELF", []byte("\x7fELF\x02\x01\x01"), "ELF executable"},
		{"bzip2", []byte("BZh91AY&SYxxxx"), "bzip2 data"},
		{"BM that is text", []byte("BMW dealers said sales rose."), ""},
		{"ID3 that is text", []byte("ID3 tags are metadata, the archivist said."), ""},
		{"MP3", []byte("ID3\x04\x00\x00\x00\x00\x00\x00"), "MP3 audio"},
		{"many controls", bytes.Repeat([]byte("a\x01\x02\x03"), 50), "control characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := binaryKind(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLooksHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{"\uFEFF\n  <html lang=en>", true},
		{"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		{"<!-- saved page -->\n<div class=story><p>x</p></div>", true},
		{"<h1>Title</h1>", true},
		{"Title\n\nSome text with a <b> in it? No: bold is not enough alone.", false},
		{"The council met on Tuesday.\n\nIt voted 5-2.", false},
		{"x < y and y > z", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := looksHTML(tt.in); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// FuzzOpenStdin feeds arbitrary bytes through the whole of Open: it never
// panics, and a page it returns is valid, non-blank UTF-8 of a known kind.
func FuzzOpenStdin(f *testing.F) {
	f.Add(readTestdata(f, "article.html"))
	f.Add(readTestdata(f, "article.txt"))
	f.Add(gz(f, []byte("<p>x</p>")))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Add([]byte("%PDF-1.1"))
	f.Add([]byte("\x1f\x8b\x08\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		p, err := Open(context.Background(), "-", OpenOptions{Stdin: bytes.NewReader(in), MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		if !utf8.ValidString(p.Body) || strings.TrimSpace(p.Body) == "" {
			t.Fatalf("got body %q, want valid non-blank UTF-8", p.Body)
		}
		if p.Kind != KindHTML && p.Kind != KindText {
			t.Fatalf("got kind %s", p.Kind)
		}
	})
}
