package sources

import (
	"bytes"
	"mime"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// How an encoding was chosen, for the warning a guess deserves.
const (
	byBOM      = "byte order mark"
	byHeader   = "Content-Type header"
	byMeta     = "<meta> charset"
	byXMLDecl  = "XML declaration"
	byUTF8     = "valid UTF-8"
	byDetected = "detection"
)

// decoded is a body turned into UTF-8 and what it was decoded from.
type decoded struct {
	text     string
	encoding string // WHATWG name: "utf-8", "euc-kr", "windows-1252"
	by       string // one of the by* constants
}

// decode turns b into valid UTF-8. The order is the byte order mark, the
// Content-Type charset, a <meta> charset anywhere in <head> (html only),
// the XML declaration, then valid UTF-8, then detection. A BOM is trusted
// before the header, as the WHATWG encoding standard does: it cannot occur
// by chance, while a server's default charset is often wrong.
func decode(b []byte, contentType string, isHTML bool) decoded {
	if enc, name, n := bomEncoding(b); enc != nil {
		return decoded{text: transcode(enc, name, b[n:]), encoding: name, by: byBOM}
	}
	if label := headerCharset(contentType); label != "" {
		if enc, name := charset.Lookup(label); enc != nil {
			return decoded{text: transcode(enc, name, b), encoding: name, by: byHeader}
		}
	}
	if isHTML {
		if label := metaCharset(b); label != "" {
			if enc, name := lookupInDocument(label); enc != nil {
				return decoded{text: transcode(enc, name, b), encoding: name, by: byMeta}
			}
		}
	}
	if label := xmlDeclEncoding(b); label != "" {
		if enc, name := lookupInDocument(label); enc != nil {
			return decoded{text: transcode(enc, name, b), encoding: name, by: byXMLDecl}
		}
	}
	if utf8.Valid(b) {
		return decoded{text: string(b), encoding: "utf-8", by: byUTF8}
	}
	enc, name := detect(b, isHTML)
	return decoded{text: transcode(enc, name, b), encoding: name, by: byDetected}
}

// transcode decodes b with enc (named name) and guarantees valid UTF-8
// whatever the input: the x/text decoders put U+FFFD for bad sequences, and anything
// they let through is replaced here.
func transcode(enc encoding.Encoding, name string, b []byte) string {
	// Most pages say they are UTF-8 and are: the decoder would only copy
	// them, twice.
	if name == "utf-8" && utf8.Valid(b) {
		return string(b)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		out = b
	}
	s := string(out)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// bomEncoding recognizes a UTF-8 or UTF-16 byte order mark and returns the
// encoding and the mark's length.
func bomEncoding(b []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, "utf-8", 3
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", 2
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", 2
	}
	return nil, "", 0
}

func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(params["charset"])
}

// lookupInDocument resolves a label found inside the document. A document
// that could be read as ASCII to find its own label cannot be UTF-16, so
// such a label means UTF-8 (WHATWG), and x-user-defined means windows-1252.
func lookupInDocument(label string) (encoding.Encoding, string) {
	enc, name := charset.Lookup(label)
	switch name {
	case "utf-16be", "utf-16le":
		return charset.Lookup("utf-8")
	case "x-user-defined":
		return charset.Lookup("windows-1252")
	}
	return enc, name
}

// Elements that may sit in <head>; their content is not body text.
var headElements = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "link": true,
	"style": true, "script": true, "noscript": true, "base": true, "template": true,
}

// Elements whose content the tokenizer returns as one raw text token.
var rawTextElements = map[string]bool{
	"title": true, "style": true, "script": true, "noscript": true, "template": true,
	"textarea": true, "xmp": true, "iframe": true, "noembed": true, "noframes": true,
}

// metaCharset scans the document's head with the HTML tokenizer for
// <meta charset> or <meta http-equiv="content-type" content="...charset=">.
// Unlike the 1024-byte prescan of browsers and of charset.DetermineEncoding
// it reads the whole head, because many pages put kilobytes of scripts,
// styles and social tags before their meta charset. It stops at </head>,
// <body> or the first body content. The tokenizer works on bytes, which
// is sound before decoding: every encoding a page can declare this way is
// ASCII-compatible for tag syntax.
func metaCharset(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b))
	inRaw := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return ""
		case html.TextToken:
			if !inRaw && len(bytes.TrimSpace(z.Raw())) > 0 {
				return "" // text outside the head's elements: the body began
			}
		case html.EndTagToken:
			inRaw = false
			name, _ := z.TagName()
			if string(name) == "head" {
				return ""
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			inRaw = tt == html.StartTagToken && rawTextElements[tag]
			if tag == "meta" && hasAttr {
				if label := metaLabel(z); label != "" {
					return label
				}
				continue
			}
			if !headElements[tag] {
				return ""
			}
		}
	}
}

// metaLabel reads the attributes of the current <meta> tag.
func metaLabel(z *html.Tokenizer) string {
	var httpEquiv bool
	var content string
	for {
		key, val, more := z.TagAttr()
		switch string(key) {
		case "charset":
			if l := strings.TrimSpace(string(val)); l != "" {
				return l
			}
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		case "content":
			content = string(val)
		}
		if !more {
			break
		}
	}
	if httpEquiv {
		return charsetFromContent(content)
	}
	return ""
}

// charsetFromContent finds the charset in a content attribute such as
// "text/html; charset=euc-kr", the lenient way the HTML standard does.
func charsetFromContent(s string) string {
	for i := 0; ; {
		j := indexASCIIFold(s[i:], "charset")
		if j < 0 {
			return ""
		}
		i += j + len("charset")
		rest := strings.TrimLeft(s[i:], " \t\n\f\r")
		if !strings.HasPrefix(rest, "=") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t\n\f\r")
		if rest == "" {
			return ""
		}
		if q := rest[0]; q == '"' || q == '\'' {
			if k := strings.IndexByte(rest[1:], q); k >= 0 {
				return rest[1 : k+1]
			}
			return ""
		}
		if k := strings.IndexAny(rest, "; \t\n\f\r"); k >= 0 {
			rest = rest[:k]
		}
		return rest
	}
}

// indexASCIIFold is strings.Index ignoring ASCII case. strings.ToLower
// would not do: it can change the byte length of non-ASCII text, and the
// index is used on the original.
func indexASCIIFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if asciiEqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func asciiEqualFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// xmlDeclEncoding reads encoding="..." from a leading <?xml ...?>.
func xmlDeclEncoding(b []byte) string {
	if !bytes.HasPrefix(b, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 || end > 512 {
		return ""
	}
	decl := string(b[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	if k := strings.IndexByte(rest[1:], rest[0]); k >= 0 {
		return rest[1 : k+1]
	}
	return ""
}

// detectLimit bounds the bytes given to the detector: statistics settle
// long before, and the detector is not linear-cheap on megabytes.
const detectLimit = 64 << 10

// detect guesses the encoding of bytes that declare none and are not
// UTF-8. It uses the ICU-derived detector in github.com/gogs/chardet, which
// scores byte and character statistics per charset; charset's own
// DetermineEncoding only tells UTF-8 from windows-1252 and would turn an
// undeclared EUC-KR or Shift_JIS page into mojibake.
func detect(b []byte, isHTML bool) (encoding.Encoding, string) {
	if enc, name, ok := utf16WithoutBOM(b); ok {
		return enc, name
	}
	sample := b
	if len(sample) > detectLimit {
		sample = sample[:detectLimit]
	}
	d := chardet.NewTextDetector()
	if isHTML {
		d = chardet.NewHtmlDetector()
	}
	results, err := d.DetectAll(sample)
	if err == nil && len(results) > 0 {
		// The detector runs its recognizers concurrently and sorts by
		// confidence only, so ties come out in any order: break them by
		// name to give the same answer every run.
		best := results[0].Confidence
		var names []string
		for _, r := range results {
			if r.Confidence == best {
				names = append(names, r.Charset)
			}
		}
		sort.Strings(names)
		for _, n := range names {
			if enc, name := charset.Lookup(n); enc != nil && !strings.HasPrefix(name, "utf-") {
				return enc, name
			}
		}
	}
	// windows-1252 decodes every byte, and it is what HTML falls back to.
	return charset.Lookup("windows-1252")
}

// utf16WithoutBOM spots UTF-16 text with no byte order mark by its zero
// bytes: in mostly-ASCII text every other byte is zero.
func utf16WithoutBOM(b []byte) (encoding.Encoding, string, bool) {
	n := min(len(b), 4096) &^ 1
	if n < 8 {
		return nil, "", false
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			evenZero++
		}
		if b[i+1] == 0 {
			oddZero++
		}
	}
	half := n / 2
	switch {
	case evenZero*10 >= half*7 && oddZero*10 < half:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", true
	case oddZero*10 >= half*7 && evenZero*10 < half:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", true
	}
	return nil, "", false
}
