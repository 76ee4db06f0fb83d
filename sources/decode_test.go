package sources

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// Sentences written for these tests.
const (
	korean1      = "서울시는 내년부터 모든 버스 정류장에 냉방 쉼터를 설치하겠다고 밝혔다."
	korean2      = "김민준 대변인은 \"시민의 안전이 가장 중요하다\"고 말했다."
	japaneseText = "市の担当者は「来月から運行を再開する」と述べた。"
	western      = "Café owner Zoë Brandt called the plan “naïve” – a déjà vu, she said."
)

// encode turns UTF-8 into enc, failing the test on characters enc lacks.
func encode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// bulkyHead is over 2 KB of the kind of things pages put before their
// meta charset: social tags, a style sheet and an inline script.
func bulkyHead() string {
	var b strings.Builder
	b.WriteString("<title>Seoul news</title>\n")
	for i := 0; i < 12; i++ {
		b.WriteString(`<meta property="og:tag" content="ferries, buses, weather, city council, budget">` + "\n")
	}
	b.WriteString("<link rel=\"stylesheet\" href=\"/site.css\">\n<style>body { margin: 0 } p { line-height: 1.6 }</style>\n")
	b.WriteString("<script>var cfg = {")
	for i := 0; i < 40; i++ {
		b.WriteString(`"slot": "top-banner", `)
	}
	b.WriteString("};</script>\n")
	return b.String()
}

func koreanPage(meta string) string {
	return "<!DOCTYPE html><html><head>" + bulkyHead() + meta +
		"</head><body><p>" + korean1 + "</p><p>" + korean2 + "</p></body></html>"
}

func TestDecode(t *testing.T) {
	lateMeta := koreanPage(`<meta charset="euc-kr">`)
	if i := strings.Index(lateMeta, "euc-kr"); i < 2048 {
		t.Fatalf("the meta charset is at byte %d; the test needs it after 2 KB", i)
	}
	utf16Page := "<html><head><title>x</title></head><body><p>" + korean1 + " " + western + "</p></body></html>"
	bomUTF8 := append([]byte{0xEF, 0xBB, 0xBF}, "<p>"+western+"</p>"...)

	tests := []struct {
		name        string
		body        []byte
		contentType string
		html        bool
		want        string // must appear in the output
		encoding    string
		by          string
	}{
		{"EUC-KR meta after 2 KB of head", encode(t, korean.EUCKR, lateMeta), "", true, korean2, "euc-kr", byMeta},
		{"EUC-KR header only", encode(t, korean.EUCKR, koreanPage("")), "text/html; charset=EUC-KR", true, korean1, "euc-kr", byHeader},
		{"EUC-KR http-equiv", encode(t, korean.EUCKR, koreanPage(`<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">`)), "", true, korean1, "euc-kr", byMeta},
		{"EUC-KR legacy label", encode(t, korean.EUCKR, koreanPage(`<meta charset="ks_c_5601-1987">`)), "", true, korean1, "euc-kr", byMeta},
		{"EUC-KR text with header", encode(t, korean.EUCKR, korean1+"\n\n"+korean2), "text/plain; charset=euc-kr", false, korean2, "euc-kr", byHeader},
		{"Shift_JIS meta", encode(t, japanese.ShiftJIS, `<html><head><meta charset="Shift_JIS"></head><body><p>`+japaneseText+`</p>`), "", true, japaneseText, "shift_jis", byMeta},
		{"Shift_JIS header", encode(t, japanese.ShiftJIS, "<p>"+japaneseText+"</p>"), `text/html; charset="shift_jis"`, true, japaneseText, "shift_jis", byHeader},
		{"windows-1252 meta", encode(t, charmap.Windows1252, `<meta charset="windows-1252"><p>`+western+`</p>`), "", true, western, "windows-1252", byMeta},
		{"iso-8859-1 label is windows-1252", encode(t, charmap.Windows1252, `<p>`+western+`</p>`), "text/html; charset=ISO-8859-1", true, western, "windows-1252", byHeader},
		{"UTF-16LE with BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), utf16Page), "", true, korean1, "utf-16le", byBOM},
		{"UTF-16BE with BOM", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), utf16Page), "", true, western, "utf-16be", byBOM},
		{"UTF-16LE BOM beats lying ISO-8859-1 header", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), utf16Page), "text/html; charset=iso-8859-1", true, korean1, "utf-16le", byBOM},
		{"UTF-8 BOM beats lying ISO-8859-1 header", bomUTF8, "text/html; charset=iso-8859-1", true, western, "utf-8", byBOM},
		{"UTF-16LE without BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), utf16Page), "", true, western, "utf-16le", byDetected},
		{"header beats meta", []byte(`<meta charset="euc-kr"><p>` + western + `</p>`), "text/html; charset=utf-8", true, western, "utf-8", byHeader},
		{"unknown header label falls to meta", encode(t, korean.EUCKR, koreanPage(`<meta charset="euc-kr">`)), "text/html; charset=bogus-9", true, korean1, "euc-kr", byMeta},
		{"meta utf-16 in ASCII document means utf-8", []byte(`<meta charset="utf-16"><p>` + western + `</p>`), "", true, western, "utf-8", byMeta},
		{"meta ignored for text", []byte(`<meta charset="euc-kr"> ` + western), "", false, western, "utf-8", byUTF8},
		{"XML declaration", encode(t, charmap.Windows1252, `<?xml version="1.0" encoding="windows-1252"?><html><body><p>`+western+`</p></body></html>`), "", true, western, "windows-1252", byXMLDecl},
		{"valid UTF-8 undeclared", []byte("<p>" + korean1 + western + "</p>"), "", true, korean1, "utf-8", byUTF8},
		{"undeclared EUC-KR detected", encode(t, korean.EUCKR, "<html><body><p>"+korean1+"</p><p>"+korean2+"</p><p>"+korean1+"</p></body></html>"), "", true, korean1, "euc-kr", byDetected},
		{"undeclared Shift_JIS detected", encode(t, japanese.ShiftJIS, strings.Repeat("<p>"+japaneseText+"</p>", 3)), "", true, japaneseText, "shift_jis", byDetected},
		{"undeclared windows-1252 detected", encode(t, charmap.Windows1252, "<p>"+western+"</p>"), "", true, western, "windows-1252", byDetected},
		{"bad bytes under utf-8 header", []byte("<p>caf\xe9 \xff\xfe ok</p>"), "text/html; charset=utf-8", true, "ok", "utf-8", byHeader},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decode(tt.body, tt.contentType, tt.html)
			if !utf8.ValidString(d.text) {
				t.Fatalf("output is not valid UTF-8: %q", d.text)
			}
			if !strings.Contains(d.text, tt.want) {
				t.Errorf("output %q does not contain %q", d.text, tt.want)
			}
			if d.encoding != tt.encoding || d.by != tt.by {
				t.Errorf("got encoding %q by %s, want %q by %s", d.encoding, d.by, tt.encoding, tt.by)
			}
			if strings.HasPrefix(d.text, "\uFEFF") {
				t.Errorf("output keeps the byte order mark")
			}
		})
	}
}

// The late meta is the case the standard 1024-byte prescan misses: the
// test above is only worth something if that is so.
func TestLateMetaBeatsPrescan(t *testing.T) {
	b := encode(t, korean.EUCKR, koreanPage(`<meta charset="euc-kr">`))
	if _, name, _ := charset.DetermineEncoding(b, ""); name == "euc-kr" {
		t.Skip("charset.DetermineEncoding found the late meta; the test no longer shows a difference")
	}
	if got := metaCharset(b); got != "euc-kr" {
		t.Errorf("metaCharset = %q, want euc-kr", got)
	}
}

func TestMetaCharset(t *testing.T) {
	long := "<script>" + strings.Repeat("x = 1;\n", 1000) + "</script>"
	tests := []struct {
		name, doc, want string
	}{
		{"charset", `<meta charset="euc-kr">`, "euc-kr"},
		{"upper case", `<HTML><HEAD><META CHARSET=Shift_JIS></HEAD>`, "Shift_JIS"},
		{"http-equiv", `<meta http-equiv="content-type" content="text/html; charset=windows-1251">`, "windows-1251"},
		{"http-equiv attributes reversed", `<meta content="text/html;charset='koi8-r'" http-equiv="Content-Type">`, "koi8-r"},
		{"after a long script", "<html><head>" + long + `<meta charset="gb18030">`, "gb18030"},
		{"after a comment", `<!-- <meta charset="big5"> --><meta charset="euc-jp">`, "euc-jp"},
		{"not inside a script", `<script>document.write('<meta charset="big5">')</script><meta charset="utf-8">`, "utf-8"},
		{"not inside the title", `<title>a <meta charset="big5"></title>`, ""},
		{"not after </head>", `<head><title>x</title></head><meta charset="big5">`, ""},
		{"not in the body", `<body><meta charset="big5">`, ""},
		{"not after body content", `<html><div>x</div><meta charset="big5">`, ""},
		{"not after body text", `<html>Hello <meta charset="big5">`, ""},
		{"name=description is not a declaration", `<meta name="description" content="charset=big5">`, ""},
		{"empty charset skipped", `<meta charset=""><meta charset="euc-kr">`, "euc-kr"},
		{"none", `<html><head><title>x</title></head><body></body></html>`, ""},
		{"garbage", "\x00\x01<<<>>>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := metaCharset([]byte(tt.doc)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCharsetFromContent(t *testing.T) {
	tests := map[string]string{
		"text/html; charset=euc-kr":      "euc-kr",
		"text/html;charset = \"big5\"":   "big5",
		"text/html; CHARSET='koi8-r'; x": "koi8-r",
		"charsetx; charset=gbk":          "gbk",
		"text/html":                      "",
		"text/html; charset=":            "",
		"text/html; charset=\"unclosed":  "",
		"ȺȺȺȺ charset=euc-kr":            "euc-kr",
		"İİİİİİİİ; CharSet=big5":         "big5",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got := charsetFromContent(in); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	// The first byte picks the Content-Type and whether the input is HTML:
	// one []byte argument keeps the fuzzer's mutator on the body.
	f.Add(append([]byte{0}, koreanPage(`<meta charset="euc-kr">`)...))
	f.Add([]byte("\x01<meta charset=shift_jis><p>\x82\xa0</p>"))
	f.Add([]byte("\x03\xff\xfe<\x00p\x00>\x00"))
	f.Add([]byte("\x04caf\xe9 au lait"))
	f.Add([]byte("\x01<?xml version='1.0' encoding='utf-16'?><p>x</p>"))
	f.Add([]byte("\x07<meta http-equiv=content-type content='charset=replacement'>"))
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) == 0 {
			return
		}
		isHTML := in[0]&1 == 1
		contentType := fuzzContentTypes[int(in[0]>>1)%len(fuzzContentTypes)]
		b := in[1:]
		d := decode(b, contentType, isHTML)
		if !utf8.ValidString(d.text) {
			t.Fatalf("decode(%q) = %q, not valid UTF-8", b, d.text)
		}
		if d.encoding == "" || d.by == "" {
			t.Fatalf("decode(%q) gave no encoding (%q by %q)", b, d.encoding, d.by)
		}
		// Undeclared UTF-8 passes through untouched.
		undeclared := contentType == "" && !isHTML && !bytes.HasPrefix(b, []byte("<?xml")) &&
			!bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) && !bytes.HasPrefix(b, []byte{0xFE, 0xFF}) && !bytes.HasPrefix(b, []byte{0xFF, 0xFE})
		if undeclared && utf8.Valid(b) && d.text != string(b) {
			t.Fatalf("decode changed valid UTF-8 %q into %q", b, d.text)
		}
	})
}

var fuzzContentTypes = []string{
	"", "text/html; charset=iso-8859-1", "text/html; charset=utf-16", "text/plain; charset=euc-kr",
	"text/html; charset=\"", "text/html; charset=replacement", "text/html; charset=shift_jis", "text/html",
}
