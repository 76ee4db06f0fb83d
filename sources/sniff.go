package sources

import (
	"bytes"
	"net/http"
	"strings"
)

// signature is a file format recognized by its first bytes.
type signature struct {
	offset int
	magic  string
	name   string
}

// signatures name the binary formats a user is likely to hand over by
// mistake; the name goes into the error ("binary data (PDF)").
var signatures = []signature{
	{0, "%PDF-", "PDF"},
	{0, "\x89PNG\r\n\x1a\n", "PNG image"},
	{0, "\xFF\xD8\xFF", "JPEG image"},
	{0, "GIF87a", "GIF image"},
	{0, "GIF89a", "GIF image"},
	{8, "WEBP", "WebP image"},
	{0, "II*\x00", "TIFF image"},
	{0, "MM\x00*", "TIFF image"},
	{0, "\x00\x00\x01\x00", "ICO image"},
	{4, "ftypavif", "AVIF image"},
	{4, "ftypheic", "HEIC image"},
	{4, "ftyp", "MP4 or QuickTime video"},
	{0, "\x1A\x45\xDF\xA3", "Matroska or WebM video"},
	{0, "ID3\x03\x00", "MP3 audio"},
	{0, "ID3\x04\x00", "MP3 audio"},
	{0, "OggS", "Ogg media"},
	{0, "fLaC", "FLAC audio"},
	{8, "WAVE", "WAV audio"},
	{0, "PK\x03\x04", "ZIP archive (or DOCX, EPUB, ODT)"},
	{0, "PK\x05\x06", "ZIP archive"},
	{0, "\x1F\x8B", "gzip data"},
	{0, "\xFD7zXZ\x00", "xz data"},
	{0, "\x28\xB5\x2F\xFD", "zstd data"},
	{0, "7z\xBC\xAF\x27\x1C", "7-Zip archive"},
	{0, "Rar!\x1A\x07", "RAR archive"},
	{257, "ustar", "tar archive"},
	{0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "Microsoft Office document (DOC, XLS)"},
	{0, "{\\rtf", "RTF document"},
	{0, "%!PS", "PostScript"},
	{0, "\x7FELF", "ELF executable"},
	{0, "\xCF\xFA\xED\xFE", "Mach-O executable"},
	{0, "\xCA\xFE\xBA\xBE", "Java class or Mach-O binary"},
	{0, "\x00asm", "WebAssembly"},
	{0, "SQLite format 3\x00", "SQLite database"},
	{0, "wOFF", "WOFF font"},
	{0, "wOF2", "WOFF2 font"},
}

// binaryKind names the binary format of b, or returns "" for text. It
// never calls UTF-16 binary, with or without a byte order mark.
func binaryKind(b []byte) string {
	if enc, _, _ := bomEncoding(b); enc != nil {
		return ""
	}
	for _, s := range signatures {
		if len(b) >= s.offset+len(s.magic) && string(b[s.offset:s.offset+len(s.magic)]) == s.magic {
			return s.name
		}
	}
	// Magic numbers too short to trust alone, checked with a second mark.
	switch {
	case bytes.HasPrefix(b, []byte("BZh")) && len(b) >= 10 && string(b[4:10]) == "1AY&SY":
		return "bzip2 data"
	case bytes.HasPrefix(b, []byte("MZ")) && bytes.Contains(b[:min(len(b), 1024)], []byte("PE\x00\x00")):
		return "Windows executable"
	case bytes.HasPrefix(b, []byte("BM")) && len(b) >= 14 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0:
		return "BMP image"
	}
	// net/http knows a few more (audio, video, fonts), but trusts "BM"
	// and "ID3" alone, which text can start with ("BMW said...").
	mt := http.DetectContentType(b)
	switch mt {
	case "image/bmp", "audio/mpeg", "application/octet-stream":
	default:
		for _, p := range []string{"image/", "audio/", "video/", "font/", "application/"} {
			if strings.HasPrefix(mt, p) {
				return mt
			}
		}
	}
	if _, _, ok := utf16WithoutBOM(b); ok {
		return ""
	}
	// No known format: judge by control characters. A NUL never occurs in
	// text; other controls may stray into a page, so only many count.
	head := b[:min(len(b), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return "NUL bytes"
	}
	controls := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B {
			controls++
		}
	}
	if controls*20 > len(head) {
		return "control characters"
	}
	return ""
}

// looksHTML tells HTML from plain text in an input that did not say which.
func looksHTML(s string) bool {
	s = strings.TrimLeft(s, "\uFEFF \t\r\n\f")
	head := strings.ToLower(s[:min(len(s), 4096)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	// Tags that plain prose does not contain, anywhere near the start
	// (fragments and pages behind a comment or an XML declaration).
	for _, tag := range []string{"<html", "<body", "<head>", "<p>", "<p ", "</p>", "<div", "<br>", "<br/>", "<br />", "<article", "<meta ", "<title>"} {
		if strings.Contains(head, tag) {
			return true
		}
	}
	mt := http.DetectContentType([]byte(head))
	return strings.HasPrefix(mt, "text/html")
}
