package polnear

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Span is a half-open range of code points into an article's raw .txt file
// (brat counts characters the way Python does).
type Span struct{ Start, End int }

// TextBound is a brat "T" line: a labelled, possibly discontinuous, span.
type TextBound struct {
	ID    string
	Label string // Source, Cue, Content, Attribution, Discuss, ...
	Spans []Span // sorted, non-empty
	Text  string // as written in the .ann; may be cut short when it held a newline
}

// Arg is one role of an event: "Content:T3" is Arg{"Content", "T3"}.
type Arg struct{ Role, ID string }

// Event is a brat "E" line. For PolNeAR the event type is "Attribution" or
// "Attribution-no-source" and its arguments are Source, Cue and Content.
type Event struct {
	ID      string
	Type    string
	Trigger string
	Args    []Arg
}

// Ann is a parsed .ann file.
type Ann struct {
	TextBounds map[string]*TextBound
	Events     []Event
}

// recordStart matches the first field of a brat line: a letter and a
// number (T12, E3, A1, R4, N2, #1) or "*" for equivalences.
var recordStart = regexp.MustCompile(`^(?:[A-Z#]\d+|\*)\t`)

// ParseAnn reads brat standoff annotations. Lines that do not start a
// record continue the text of the line before: brat writes the covered
// text verbatim, newlines included, which PolNeAR's files show. Attributes,
// relations, normalizations and notes are read past: PolNeAR has none that
// bear on attribution.
func ParseAnn(r io.Reader) (*Ann, error) {
	ann := &Ann{TextBounds: map[string]*TextBound{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	var last *TextBound
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if !recordStart.MatchString(line) {
			if last != nil {
				last.Text += "\n" + line
			}
			continue
		}
		last = nil
		fields := strings.SplitN(line, "\t", 3)
		id := fields[0]
		switch id[0] {
		case 'T':
			tb, err := parseTextBound(fields)
			if err != nil {
				return nil, fmt.Errorf("polnear: ann line %d: %w", n, err)
			}
			if _, dup := ann.TextBounds[id]; dup {
				return nil, fmt.Errorf("polnear: ann line %d: %w: %s defined twice", n, ErrAnnFormat, id)
			}
			ann.TextBounds[id] = tb
			last = tb
		case 'E':
			ev, err := parseEvent(fields)
			if err != nil {
				return nil, fmt.Errorf("polnear: ann line %d: %w", n, err)
			}
			ann.Events = append(ann.Events, ev)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("polnear: reading ann: %w", err)
	}
	for _, ev := range ann.Events {
		if _, ok := ann.TextBounds[ev.Trigger]; !ok {
			return nil, fmt.Errorf("polnear: %w: event %s has trigger %s, which is not defined", ErrAnnFormat, ev.ID, ev.Trigger)
		}
		for _, a := range ev.Args {
			if _, ok := ann.TextBounds[a.ID]; !ok {
				return nil, fmt.Errorf("polnear: %w: event %s names %s, which is not defined", ErrAnnFormat, ev.ID, a.ID)
			}
		}
	}
	return ann, nil
}

// parseTextBound reads "T1\tLabel 0 5;7 9\ttext".
func parseTextBound(fields []string) (*TextBound, error) {
	if len(fields) < 2 {
		return nil, fmt.Errorf("%w: %s has no label and offsets", ErrAnnFormat, fields[0])
	}
	label, offs, ok := strings.Cut(fields[1], " ")
	if !ok || label == "" {
		return nil, fmt.Errorf("%w: %s: %q is not a label with offsets", ErrAnnFormat, fields[0], fields[1])
	}
	tb := &TextBound{ID: fields[0], Label: label}
	if len(fields) == 3 {
		tb.Text = fields[2]
	}
	for _, part := range strings.Split(offs, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(part), " ")
		if !ok {
			return nil, fmt.Errorf("%w: %s: offsets %q are not \"start end\"", ErrAnnFormat, tb.ID, part)
		}
		s, err1 := strconv.Atoi(a)
		e, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || s < 0 || e < s {
			return nil, fmt.Errorf("%w: %s: bad offsets %q", ErrAnnFormat, tb.ID, part)
		}
		tb.Spans = append(tb.Spans, Span{s, e})
	}
	sort.Slice(tb.Spans, func(i, j int) bool { return tb.Spans[i].Start < tb.Spans[j].Start })
	return tb, nil
}

// parseEvent reads "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1".
func parseEvent(fields []string) (Event, error) {
	if len(fields) < 2 {
		return Event{}, fmt.Errorf("%w: event %s has no arguments", ErrAnnFormat, fields[0])
	}
	parts := strings.Fields(fields[1])
	if len(parts) == 0 {
		return Event{}, fmt.Errorf("%w: event %s has no type", ErrAnnFormat, fields[0])
	}
	ev := Event{ID: fields[0]}
	for i, p := range parts {
		role, id, ok := strings.Cut(p, ":")
		if !ok || role == "" || id == "" {
			return Event{}, fmt.Errorf("%w: event %s: %q is not role:id", ErrAnnFormat, ev.ID, p)
		}
		if i == 0 {
			ev.Type, ev.Trigger = role, id
			continue
		}
		// brat numbers repeated roles: Content2, Source2.
		ev.Args = append(ev.Args, Arg{Role: strings.TrimRight(role, "0123456789"), ID: id})
	}
	return ev, nil
}

// Arg returns the text-bound annotations filling role in ev, in order.
func (a *Ann) Arg(ev Event, role string) []*TextBound {
	var out []*TextBound
	for _, x := range ev.Args {
		if x.Role == role {
			out = append(out, a.TextBounds[x.ID])
		}
	}
	return out
}
