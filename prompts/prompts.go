// Package prompts holds the prompt templates of the LLM stage.
//
// The templates are embedded in the binary (templates/*.tmpl) and can be
// overridden one by one from a directory (config llm.prompts_dir) by users
// who tune them. A Set's Version is a hash of the templates it uses: it goes
// into every output document and into the response cache key, so that a
// changed prompt never reuses answers given to the old one.
package prompts

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
)

//go:embed templates/*.tmpl
var embedded embed.FS

// Template names. A prompts directory may hold any of these files; the
// others come from the embedded set.
const (
	SystemFile = "system.tmpl" // the instructions and the few-shot example
	UserFile   = "user.tmpl"   // one chunk of the article, fenced as data
	RepairFile = "repair.tmpl" // sent after a reply that was not usable
)

var names = []string{SystemFile, UserFile, RepairFile}

// ErrUnknownTemplate is returned for a *.tmpl file in a prompts directory
// that is not one of the known templates: most likely a misspelling that
// would otherwise be silently ignored.
var ErrUnknownTemplate = errors.New("prompts: unknown template file")

// Set is a loaded set of templates.
type Set struct {
	system, user, repair *template.Template
	version              string
	overridden           []string
}

// Paragraph is one numbered paragraph shown to the model.
type Paragraph struct {
	Index int // 0-based index in the article
	Text  string
}

// Chunk is what the user template renders: the paragraphs to extract from,
// and earlier ones given only as context.
type Chunk struct {
	Tag        string // fence tag; see FenceTag
	Context    []Paragraph
	Paragraphs []Paragraph
}

// Default returns the embedded templates.
func Default() *Set {
	s, err := Load("")
	if err != nil {
		panic("prompts: embedded templates are broken: " + err.Error())
	}
	return s
}

// Load returns the embedded templates with those found in dir put in their
// place. An empty dir means the embedded ones only.
func Load(dir string) (*Set, error) {
	src := map[string]string{}
	for _, n := range names {
		b, err := embedded.ReadFile("templates/" + n)
		if err != nil {
			return nil, fmt.Errorf("prompts: %w", err)
		}
		src[n] = string(b)
	}
	var over []string
	if dir != "" {
		ents, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("prompts: %w", err)
		}
		for _, e := range ents {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".tmpl") {
				continue
			}
			if _, ok := src[e.Name()]; !ok {
				return nil, fmt.Errorf("%w %s in %s; want one of %s", ErrUnknownTemplate, e.Name(), dir, strings.Join(names, ", "))
			}
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				return nil, fmt.Errorf("prompts: %w", err)
			}
			src[e.Name()] = string(b)
			over = append(over, e.Name())
		}
	}
	s := &Set{overridden: over}
	var err error
	parse := func(n string) *template.Template {
		if err != nil {
			return nil
		}
		var t *template.Template
		t, err = template.New(n).Option("missingkey=error").Parse(src[n])
		if err != nil {
			err = fmt.Errorf("prompts: %s: %w", n, err)
		}
		return t
	}
	s.system, s.user, s.repair = parse(SystemFile), parse(UserFile), parse(RepairFile)
	if err != nil {
		return nil, err
	}
	s.version = version(src)
	return s, nil
}

// version hashes the template sources in name order.
func version(src map[string]string) string {
	keys := make([]string, 0, len(src))
	for k := range src {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	h := sha256.New()
	for _, k := range keys {
		fmt.Fprintf(h, "%s\x00%d\x00%s\x00", k, len(src[k]), src[k])
	}
	return "p-" + hex.EncodeToString(h.Sum(nil))[:12]
}

// Version identifies the templates: "p-" and 12 hex digits of their hash.
func (s *Set) Version() string { return s.version }

// Overridden lists the templates taken from the prompts directory.
func (s *Set) Overridden() []string { return append([]string(nil), s.overridden...) }

// System renders the system message.
func (s *Set) System() (string, error) { return render(s.system, nil) }

// User renders the user message for one chunk.
func (s *Set) User(c Chunk) (string, error) {
	if c.Tag == "" {
		return "", errors.New("prompts: chunk without a fence tag")
	}
	return render(s.user, c)
}

// Repair renders the message sent after a reply that could not be used.
func (s *Set) Repair(problem string) (string, error) {
	return render(s.repair, struct{ Error string }{problem})
}

func render(t *template.Template, data any) (string, error) {
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("prompts: %s: %w", t.Name(), err)
	}
	return b.String(), nil
}

// FenceTag returns the tag of the fence lines around an article chunk. It is
// derived from the chunk's text so that it is stable (the cache key depends
// on the message) yet cannot be guessed by whoever wrote the article: an
// article cannot close the fence early and speak as the user.
func FenceTag(texts ...string) string {
	h := sha256.New()
	for _, t := range texts {
		h.Write([]byte(t))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
