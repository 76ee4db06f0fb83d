package feed

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// ErrList: a feeds file that cannot be read.
var ErrList = errors.New("feed: bad feeds file")

// Entry is a feed named in a feeds file.
type Entry struct {
	URL  string
	Name string // from OPML's title or text; "" for plain lists
}

// ReadList reads a feeds file: an OPML document (the export format of feed
// readers; every outline with an xmlUrl, at any depth) or plain text with
// one URL a line, where blank lines and lines starting with # are skipped.
// Every URL must be absolute http or https. Duplicates are dropped.
func ReadList(r io.Reader) ([]Entry, error) {
	b, err := io.ReadAll(io.LimitReader(r, 16<<20))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrList, err)
	}
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\ufeff")))
	var out []Entry
	if bytes.HasPrefix(trimmed, []byte("<")) {
		out, err = readOPML(trimmed)
	} else {
		out, err = readLines(trimmed)
	}
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	uniq := out[:0]
	for _, e := range out {
		if !seen[e.URL] {
			seen[e.URL] = true
			uniq = append(uniq, e)
		}
	}
	return uniq, nil
}

func readLines(b []byte) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := checkURL(line); err != nil {
			return nil, fmt.Errorf("%w: line %d: %v", ErrList, n, err)
		}
		out = append(out, Entry{URL: line})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrList, err)
	}
	return out, nil
}

type outline struct {
	XMLURL   string    `xml:"xmlUrl,attr"`
	Title    string    `xml:"title,attr"`
	Text     string    `xml:"text,attr"`
	Children []outline `xml:"outline"`
}

func readOPML(b []byte) ([]Entry, error) {
	var doc struct {
		XMLName xml.Name
		Body    struct {
			Outlines []outline `xml:"outline"`
		} `xml:"body"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%w: OPML: %v", ErrList, err)
	}
	if !strings.EqualFold(doc.XMLName.Local, "opml") {
		return nil, fmt.Errorf("%w: XML root is <%s>, want <opml>", ErrList, doc.XMLName.Local)
	}
	var out []Entry
	var walk func([]outline, int) error
	walk = func(os []outline, depth int) error {
		if depth > 64 {
			return fmt.Errorf("%w: OPML nested too deeply", ErrList)
		}
		for _, o := range os {
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				if err := checkURL(u); err != nil {
					return fmt.Errorf("%w: OPML outline %q: %v", ErrList, o.Text, err)
				}
				name := strings.TrimSpace(o.Title)
				if name == "" {
					name = strings.TrimSpace(o.Text)
				}
				out = append(out, Entry{URL: u, Name: name})
			}
			if err := walk(o.Children, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(doc.Body.Outlines, 0); err != nil {
		return nil, err
	}
	return out, nil
}

func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("bad URL %q", s)
	}
	if sch := strings.ToLower(u.Scheme); (sch != "http" && sch != "https") || u.Host == "" {
		return fmt.Errorf("%q is not an http(s) URL", s)
	}
	return nil
}
