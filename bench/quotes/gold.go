package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// goldQuote is one record of the gold, in the form of docs/annotation.md.
type goldQuote struct {
	Type        string   `json:"type"`
	Quote       string   `json:"quote,omitempty"`
	Cue         *string  `json:"cue"`
	CueClass    *string  `json:"cue_class"`
	Optional    bool     `json:"optional"`
	Speaker     string   `json:"speaker"`
	Aliases     []string `json:"aliases"`
	Kind        string   `json:"kind"`
	Role        string   `json:"role,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`
	AffAliases  []string `json:"affiliation_aliases,omitempty"`

	// The packed form, stored in this repository: code point offsets into
	// the benchmark's article text and a hash of the quote's words.
	At   []int  `json:"at,omitempty"`
	Hash string `json:"sha256,omitempty"`
}

// goldPage is the gold of one benchmark page.
type goldPage struct {
	Page   string      `json:"page"`
	URL    string      `json:"url"`
	Split  string      `json:"split,omitempty"` // "dev" or "heldout"; empty: by page id
	Notes  string      `json:"notes,omitempty"`
	Traps  []string    `json:"boilerplate_traps,omitempty"`
	Quotes []goldQuote `json:"quotes"`

	from string // the file it was read from
}

var errGold = errors.New("gold")

// readGoldDir reads every *.gold.json file of dir. Packed quotes are
// unpacked with the article bodies in truth (page id to article text).
func readGoldDir(dir string, truth map[string]string) ([]*goldPage, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	var out []*goldPage
	for _, f := range files {
		g, err := readGoldFile(f)
		if err != nil {
			return nil, err
		}
		body, ok := truth[g.Page]
		if !ok {
			return nil, fmt.Errorf("%w: %s: page %s is not in the data read (is -data the right file or directory?)", errGold, f, g.Page)
		}
		if err := unpack(g, body); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, g)
	}
	return out, nil
}

func readGoldFile(path string) (*goldPage, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g goldPage
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", errGold, path, err)
	}
	g.from = path
	for i, q := range g.Quotes {
		switch q.Type {
		case "direct", "indirect", "mixed":
		default:
			return nil, fmt.Errorf("%w: %s quote %d: type %q", errGold, path, i, q.Type)
		}
		switch q.Kind {
		case "person", "organization", "group", "anonymous", "unknown":
		default:
			return nil, fmt.Errorf("%w: %s quote %d: kind %q", errGold, path, i, q.Kind)
		}
		if q.Quote == "" && len(q.At) != 2 {
			return nil, fmt.Errorf("%w: %s quote %d: neither quote nor at", errGold, path, i)
		}
	}
	return &g, nil
}

// wsRun matches runs of white space.
var wsRun = regexp.MustCompile(`\s+`)

func collapseSpace(s string) string { return strings.TrimSpace(wsRun.ReplaceAllString(s, " ")) }

// quoteHash is the hash stored beside a packed quote, over its words with
// white space collapsed, so that unpacking from a changed article text fails
// loudly instead of scoring the wrong words.
func quoteHash(q string) string {
	h := sha256.Sum256([]byte(collapseSpace(q)))
	return hex.EncodeToString(h[:8])
}

// unpack fills in the quote text of packed quotes from the article body.
func unpack(g *goldPage, body string) error {
	rs := []rune(body)
	for i := range g.Quotes {
		q := &g.Quotes[i]
		if len(q.At) != 2 {
			continue
		}
		s, e := q.At[0], q.At[1]
		if s < 0 || e > len(rs) || s >= e {
			return fmt.Errorf("%w: quote %d: offsets %d..%d outside the article text", errGold, i, s, e)
		}
		text := collapseSpace(string(rs[s:e]))
		if quoteHash(text) != q.Hash {
			return fmt.Errorf("%w: quote %d: the article text at %d..%d does not hash to %s", errGold, i, s, e, q.Hash)
		}
		q.Quote = text
	}
	return nil
}

// pack replaces each quote's text by its code point offsets into body and
// its hash. Quotes are looked up in text order (a quote that occurs twice is
// the occurrence after the previous quote), with white space collapsed.
// Notes lose any stretch between quote marks, so that no article text is
// stored.
func pack(g *goldPage, body string) error {
	nb := newNormBody(body)
	cursor := 0
	for i := range g.Quotes {
		q := &g.Quotes[i]
		if q.Quote == "" {
			continue
		}
		s, e, ok := nb.find(q.Quote, cursor)
		if !ok {
			if s, e, ok = nb.find(q.Quote, 0); !ok {
				return fmt.Errorf("%w: quote %d is not in the article text: %.60q", errGold, i, q.Quote)
			}
		}
		cursor = nb.normAt(s)
		q.At = []int{s, e}
		q.Hash = quoteHash(q.Quote)
		q.Quote = ""
	}
	g.Traps = nil
	g.Notes = scrubNotes(g.Notes, body)
	return nil
}

// scrubNotes replaces every run of five or more words of the notes that is
// also in the article text by "…", so that notes keep the annotator's
// reasons and names but no article text.
func scrubNotes(notes, body string) string {
	bw := noteWords.FindAllString(strings.ToLower(body), -1)
	grams := map[string]bool{}
	const n = 5
	for i := 0; i+n <= len(bw); i++ {
		grams[strings.Join(bw[i:i+n], " ")] = true
	}
	locs := noteWords.FindAllStringIndex(notes, -1)
	words := make([]string, len(locs))
	for i, l := range locs {
		words[i] = strings.ToLower(notes[l[0]:l[1]])
	}
	cover := make([]bool, len(words))
	for i := 0; i+n <= len(words); i++ {
		if grams[strings.Join(words[i:i+n], " ")] {
			for k := i; k < i+n; k++ {
				cover[k] = true
			}
		}
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(words); {
		if !cover[i] {
			i++
			continue
		}
		j := i
		for j < len(words) && cover[j] {
			j++
		}
		b.WriteString(notes[last:locs[i][0]])
		b.WriteString("…")
		last = locs[j-1][1]
		i = j
	}
	b.WriteString(notes[last:])
	return b.String()
}

// noteWords are the words compared by scrubNotes.
var noteWords = regexp.MustCompile(`[\pL\pN]+`)

// normBody is an article body with white space collapsed and a map from its
// runes back to code points of the original.
type normBody struct {
	norm []rune
	pos  []int // norm index -> original code point index
}

func newNormBody(body string) *normBody {
	nb := &normBody{}
	space := false
	for i, r := range []rune(body) {
		if unicode.IsSpace(r) {
			space = len(nb.norm) > 0
			continue
		}
		if space {
			nb.norm = append(nb.norm, ' ')
			nb.pos = append(nb.pos, i-1)
			space = false
		}
		nb.norm = append(nb.norm, r)
		nb.pos = append(nb.pos, i)
	}
	return nb
}

// find returns the original code point range of quote, searched from norm
// index from on.
func (nb *normBody) find(quote string, from int) (s, e int, ok bool) {
	q := []rune(collapseSpace(quote))
	if len(q) == 0 {
		return 0, 0, false
	}
	for i := from; i+len(q) <= len(nb.norm); i++ {
		if nb.norm[i] != q[0] {
			continue
		}
		if string(nb.norm[i:i+len(q)]) == string(q) {
			return nb.pos[i], nb.pos[i+len(q)-1] + 1, true
		}
	}
	return 0, 0, false
}

// normAt maps an original code point index back to the norm index at or
// after it.
func (nb *normBody) normAt(orig int) int {
	return sort.SearchInts(nb.pos, orig)
}
