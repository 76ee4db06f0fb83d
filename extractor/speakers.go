package extractor

import (
	"strconv"
	"strings"
	"unicode"
)

// Speakers gives every record of one source the same name and the same
// SpeakerID within a document, whatever engine made the records:
//
//   - A person named by a surname alone ("Ortiz") on one record takes the
//     fuller name another record gives ("Maria Ortiz"), when exactly one
//     fuller name of that person ends that way; two people sharing a surname
//     are never merged.
//   - A record whose SpeakerID an engine already set (the rule engine sets
//     it from the entity it resolved) keeps that grouping; the others are
//     grouped by kind and name, case and a leading "the" aside.
//   - IDs are s1, s2, … in order of each source's first record; an unknown
//     speaker has none.
//
// A person's role and affiliation, where some record of that person gives
// them and another leaves them empty, are filled in on every record.
func Speakers(qs []Quote) {
	fullerNames(qs)
	// Records are grouped by the engine's id and by name: two records
	// sharing either are one source.
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		parent[x] = x
		return x
	}
	union := func(a, b string) { parent[find(a)] = find(b) }
	known := func(q Quote) bool { return q.SpeakerKind != Unknown && q.Speaker != "" }
	nameOf := func(q Quote) string { return "name:" + string(q.SpeakerKind) + ":" + nameKey(q.Speaker) }
	for _, q := range qs {
		if !known(q) {
			continue
		}
		find(nameOf(q))
		if q.SpeakerID != "" {
			union("engine:"+q.SpeakerID, nameOf(q))
		}
	}
	ids := map[string]string{}
	role, aff := map[string]string{}, map[string]string{}
	for _, q := range qs {
		if !known(q) {
			continue
		}
		r := find(nameOf(q))
		if _, ok := ids[r]; !ok {
			ids[r] = "s" + strconv.Itoa(len(ids)+1)
		}
		if role[r] == "" && aff[r] == "" && (q.Role != "" || q.Affiliation != "") {
			role[r], aff[r] = q.Role, q.Affiliation
		}
	}
	for i := range qs {
		q := &qs[i]
		if !known(*q) {
			q.SpeakerID = ""
			continue
		}
		r := find(nameOf(*q))
		q.SpeakerID = ids[r]
		if q.Role == "" && q.Affiliation == "" {
			q.Role, q.Affiliation = role[r], aff[r]
		}
	}
}

// fullerNames replaces a one-word person name by the one longer person name
// of the document that ends with it.
func fullerNames(qs []Quote) {
	longer := map[string][]string{} // lower-case last word -> distinct longer names
	for _, q := range qs {
		if q.SpeakerKind != Person {
			continue
		}
		ws := strings.Fields(q.Speaker)
		if len(ws) < 2 {
			continue
		}
		last := strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))
		seen := false
		for _, n := range longer[last] {
			if strings.EqualFold(n, q.Speaker) {
				seen = true
			}
		}
		if !seen {
			longer[last] = append(longer[last], q.Speaker)
		}
	}
	for i := range qs {
		q := &qs[i]
		if q.SpeakerKind != Person || strings.ContainsFunc(strings.TrimSpace(q.Speaker), unicode.IsSpace) {
			continue
		}
		if ns := longer[strings.ToLower(strings.Trim(q.Speaker, ".,"))]; len(ns) == 1 {
			q.Speaker = ns[0]
		}
	}
}

// nameKey is a name compared without case, a leading article or honorific.
func nameKey(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for len(ws) > 1 {
		switch strings.TrimSuffix(ws[0], ".") {
		case "the", "a", "an", "mr", "mrs", "ms", "dr":
			ws = ws[1:]
			continue
		}
		break
	}
	return strings.Join(ws, " ")
}
