package polnear

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extractor/eval"
)

// maxFile bounds one .txt, .ann or CoreNLP file; PolNeAR's largest CoreNLP
// file is a few megabytes.
const maxFile = 64 << 20

// annotatorSuffix is how PolNeAR names an annotator's file:
// <article>_<4 hex digits>.ann.
var annotatorSuffix = regexp.MustCompile(`^_[0-9a-f]{4}$`)

// ConvertDir converts a brat directory into gold articles, sorted by id.
//
// Two layouts are read: a flat brat directory (NAME.txt beside NAME.ann),
// and a PolNeAR compartment (text/NAME.txt, attributions/NAME_xxxx.ann, and
// optionally corenlp/NAME.txt.xml, whose coreference chains resolve pronoun
// sources). When several annotators annotated an article, the first file in
// name order is used, so that each article is scored once and the choice is
// reproducible. log may be nil.
func ConvertDir(ctx context.Context, dir string, log *slog.Logger) ([]eval.Article, Stats, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	textDir, annDir, nlpDir := dir, dir, ""
	if isDir(filepath.Join(dir, "text")) && isDir(filepath.Join(dir, "attributions")) {
		textDir, annDir = filepath.Join(dir, "text"), filepath.Join(dir, "attributions")
		if isDir(filepath.Join(dir, "corenlp")) {
			nlpDir = filepath.Join(dir, "corenlp")
		}
	}
	texts, err := filepath.Glob(filepath.Join(textDir, "*.txt"))
	if err != nil {
		return nil, Stats{}, fmt.Errorf("polnear: %w", err)
	}
	anns, err := filepath.Glob(filepath.Join(annDir, "*.ann"))
	if err != nil {
		return nil, Stats{}, fmt.Errorf("polnear: %w", err)
	}
	// Group the annotation files by the article they annotate.
	byArticle := map[string][]string{}
	sort.Strings(anns)
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		byArticle[base] = append(byArticle[base], a)
		if i := strings.LastIndexByte(base, '_'); i > 0 && annotatorSuffix.MatchString(base[i:]) {
			byArticle[base[:i]] = append(byArticle[base[:i]], a)
		}
	}
	sort.Strings(texts)
	var (
		arts  []eval.Article
		total Stats
	)
	for _, txt := range texts {
		if err := ctx.Err(); err != nil {
			return nil, total, fmt.Errorf("polnear: %w", err)
		}
		id := strings.TrimSuffix(filepath.Base(txt), ".txt")
		files := byArticle[id]
		if len(files) == 0 {
			total.MissingAnn++
			log.Warn("text without annotations", "file", txt)
			continue
		}
		total.Duplicates += len(files) - 1
		art, st, err := convertFile(id, txt, files[0], nlpDir)
		if err != nil {
			return nil, total, err
		}
		if st.CorefMissing > 0 {
			log.Warn("no CoreNLP coreference; pronoun sources left as they are", "article", id)
		}
		total.add(st)
		arts = append(arts, art)
	}
	if len(arts) == 0 {
		return nil, total, fmt.Errorf("polnear: %s: %w (want NAME.txt with NAME.ann, or text/ and attributions/)", dir, ErrNoArticle)
	}
	return arts, total, nil
}

func convertFile(id, txtPath, annPath, nlpDir string) (eval.Article, Stats, error) {
	raw, err := readFile(txtPath)
	if err != nil {
		return eval.Article{}, Stats{}, err
	}
	af, err := os.Open(annPath)
	if err != nil {
		return eval.Article{}, Stats{}, fmt.Errorf("polnear: %w", err)
	}
	defer af.Close()
	ann, err := ParseAnn(af)
	if err != nil {
		return eval.Article{}, Stats{}, fmt.Errorf("%s: %w", annPath, err)
	}
	var coref *Coref
	missing := 0
	if nlpDir != "" {
		p := filepath.Join(nlpDir, id+".txt.xml")
		f, err := os.Open(p)
		switch {
		case os.IsNotExist(err):
			missing = 1
		case err != nil:
			return eval.Article{}, Stats{}, fmt.Errorf("polnear: %w", err)
		default:
			coref, err = ReadCoreNLP(f, raw)
			f.Close()
			if err != nil {
				return eval.Article{}, Stats{}, fmt.Errorf("%s: %w", p, err)
			}
		}
	}
	art, st, err := Convert(id, raw, ann, coref)
	st.CorefMissing = missing
	if err != nil {
		return eval.Article{}, st, fmt.Errorf("%s: %w", annPath, err)
	}
	return art, st, nil
}

func readFile(path string) (string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("polnear: %w", err)
	}
	if fi.Size() > maxFile {
		return "", fmt.Errorf("polnear: %s: %d bytes is over the %d byte limit", path, fi.Size(), maxFile)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("polnear: %w", err)
	}
	return string(b), nil
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
