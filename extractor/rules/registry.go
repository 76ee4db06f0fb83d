package rules

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extractor"
)

// entity is a person, organization or group the article talks about.
type entity struct {
	kind        extractor.SpeakerKind
	name        string // the full name as first given
	first, last string // lower case, persons only
	gender      gender
	role, aff   string
	acronym     string // upper case, organizations only
	seen        int    // order of the latest mention
	spoke       int    // order of the latest quote attributed to it; 0 if none
}

// registry remembers the entities of one article, in the order they appear,
// so that short references and pronouns resolve to the full name first given.
type registry struct {
	persons []*entity
	orgs    []*entity
	others  []*entity // groups and anonymous sources, for "they"
	clock   int
	orgKey  map[string]*entity // organizations by lower-case name and by acronym
	groups  map[string]*entity // groups by name
	recent  []*entity          // entities in the order they were last touched, newest last
}

func (r *registry) tick() int { r.clock++; return r.clock }

// touch records a mention of e now. Pronouns look only at the recent
// mentions, which keeps resolution constant-time on long articles.
func (r *registry) touch(e *entity) {
	e.seen = r.tick()
	r.recent = append(r.recent, e)
	if len(r.recent) > 512 {
		r.recent = append(r.recent[:0], r.recent[len(r.recent)-128:]...)
	}
}

// group finds or adds the group called name.
func (r *registry) group(name string) *entity {
	if r.groups == nil {
		r.groups = map[string]*entity{}
	}
	e := r.groups[lower(name)]
	if e == nil {
		e = &entity{kind: extractor.Group, name: name}
		r.groups[lower(name)] = e
		r.others = append(r.others, e)
	}
	r.touch(e)
	return e
}

// person finds or adds the person named by toks (name words as written).
// honor narrows a bare surname by the gender of an honorific; aff narrows it
// by organization. It returns nil and ambiguous=true when a bare surname fits
// more than one person: two people sharing a surname are never merged.
func (r *registry) person(toks []string, honor gender, aff string) (e *entity, ambiguous bool) {
	if len(toks) == 0 {
		return nil, false
	}
	full := strings.Join(toks, " ")
	first, last := lower(toks[0]), lower(surname(toks))
	if len(toks) >= 2 {
		for _, p := range r.persons {
			if strings.EqualFold(p.name, full) || p.first == first && p.last == last && p.first != p.last {
				r.touch(p)
				return p, false
			}
		}
		e = &entity{kind: extractor.Person, name: full, first: first, last: last}
		r.touch(e)
		e.gender = firstNames[first]
		if honor == male || honor == female {
			e.gender = honor
		}
		r.persons = append(r.persons, e)
		return e, false
	}
	var cands []*entity
	for _, p := range r.persons {
		if p.last == last {
			cands = append(cands, p)
		}
	}
	if len(cands) == 0 { // a given name alone, if it fits exactly one person
		for _, p := range r.persons {
			if p.first == first && p.first != p.last {
				cands = append(cands, p)
			}
		}
	}
	if len(cands) > 1 && (honor == male || honor == female) {
		cands = filter(cands, func(p *entity) bool { return p.gender == honor })
	}
	if len(cands) > 1 && aff != "" {
		cands = filter(cands, func(p *entity) bool { return sameOrg(p.aff, aff) })
	}
	switch len(cands) {
	case 1:
		r.touch(cands[0])
		if cands[0].gender == unknownGender && (honor == male || honor == female) {
			cands[0].gender = honor
		}
		return cands[0], false
	case 0:
		e = &entity{kind: extractor.Person, name: full, first: first, last: last, gender: honor}
		r.touch(e)
		if honor == plural || honor == neuter {
			e.gender = unknownGender
		}
		r.persons = append(r.persons, e)
		return e, false
	}
	return nil, true
}

func filter(es []*entity, keep func(*entity) bool) []*entity {
	var out []*entity
	for _, e := range es {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

// surname is the last name word, skipping a suffix such as "Jr.".
func surname(toks []string) string {
	for i := len(toks) - 1; i > 0; i-- {
		if !nameSuffixes[lower(toks[i])] {
			return toks[i]
		}
	}
	return toks[0]
}

// org finds or adds the organization called name, or whose acronym name is.
func (r *registry) org(name string) *entity {
	name = stripThe(name)
	if e := r.findOrg(name); e != nil {
		r.touch(e)
		return e
	}
	e := &entity{kind: extractor.Organization, name: name, acronym: acronym(name)}
	r.touch(e)
	r.orgs = append(r.orgs, e)
	if r.orgKey == nil {
		r.orgKey = map[string]*entity{}
	}
	r.orgKey[lower(name)] = e
	if _, ok := r.orgKey[e.acronym]; e.acronym != "" && !ok {
		r.orgKey[e.acronym] = e
	}
	return e
}

// findOrg looks an organization up by name or acronym without adding it.
func (r *registry) findOrg(name string) *entity {
	n := strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if isAcronym(n) {
		if e := r.orgKey[n]; e != nil && e.acronym == n {
			return e
		}
	}
	return r.orgKey[lower(n)]
}

// sameOrg compares an affiliation with a name or acronym.
func sameOrg(aff, name string) bool {
	a := strings.TrimPrefix(aff, "the ")
	n := strings.TrimPrefix(name, "the ")
	return strings.EqualFold(a, n) || isAcronym(n) && acronym(a) == n
}

// acronym is the initials of an organization's capitalized words, so that
// "the CUP" finds the Center for Urban Policy even when the article never
// spells the acronym out.
func acronym(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r := firstRune(w)
		if unicode.IsUpper(r) {
			if isAcronym(strings.TrimSuffix(w, ".")) {
				b.WriteString(strings.TrimSuffix(w, "."))
				continue
			}
			b.WriteRune(r)
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// isAcronym says whether w is all upper-case letters (two or more), like "CUP".
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '.' && r != '&' {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// latestOrg returns the organization mentioned last whose name has one of the
// words of the head ("the company" finds "Acme Corp.", "the ministry" finds
// "the Ministry of Health"), or nil.
func (r *registry) latestOrg(head string) *entity {
	for i := len(r.recent) - 1; i >= 0; i-- {
		if e := r.recent[i]; e.kind == extractor.Organization && orgHasHead(e.name, head) {
			return e
		}
	}
	return nil
}

var companyWords = set(`corp. corp corporation inc. inc co. company ltd. ltd llc plc gmbh ag group holdings industries systems technologies airlines motors energy`)

func orgHasHead(name, head string) bool {
	for _, w := range strings.Fields(lower(name)) {
		if w == head || (head == "company" || head == "firm") && companyWords[w] {
			return true
		}
	}
	return false
}

// byRole finds the single person holding role (and belonging to org, if
// given). None or several: nil.
func (r *registry) byRole(role, org string) *entity {
	var found *entity
	for _, p := range r.persons {
		if role != "" && !strings.Contains(lower(p.role), role) {
			continue
		}
		if org != "" && !sameOrg(p.aff, org) {
			continue
		}
		if role == "" && org == "" {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// pronoun resolves he, she, they or it to the latest compatible entity named
// before it: a speaker (speaking counts as a mention) or a person or
// organization named outside quotes.
func (r *registry) pronoun(g gender) *entity {
	compatible := func(e *entity) bool {
		switch g {
		case male, female:
			return e.kind == extractor.Person && (e.gender == g || e.gender == unknownGender)
		case plural:
			return e.kind == extractor.Group || e.kind == extractor.Organization ||
				e.kind == extractor.Person && e.gender == unknownGender
		case neuter:
			return e.kind == extractor.Organization
		}
		return false
	}
	var best *entity
	for i := len(r.recent) - 1; i >= 0; i-- {
		if e := r.recent[i]; compatible(e) {
			best = e
			break
		}
	}
	if best != nil && best.kind == extractor.Person && best.gender == unknownGender && (g == male || g == female) {
		best.gender = g // "gender from he/she": later pronouns rely on it
	}
	return best
}

// anonByRole finds the latest anonymous source with role, so that "the
// official" refers back to "an official who spoke on condition of anonymity".
func (r *registry) anonByRole(role string) *entity {
	var best *entity
	for _, e := range r.others {
		if e.kind == extractor.Anonymous && e.role == role && (best == nil || e.seen > best.seen) {
			best = e
		}
	}
	return best
}
