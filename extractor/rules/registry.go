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
	para        int    // paragraph of the latest mention
	idx         int    // order among the persons, persons only
}

// registry remembers the entities of one article, in the order they appear,
// so that short references and pronouns resolve to the full name first given.
type registry struct {
	persons []*entity
	orgs    []*entity
	others  []*entity // groups and anonymous sources, for "they"
	clock   int
	para    int                // the paragraph being read
	orgKey  map[string]*entity // organizations by lower-case name and by acronym
	groups  map[string]*entity // groups by name
	// Persons by lower-case full name, by "first last", by surname and by
	// given name, so that lookups stay constant-time on long articles.
	byName, byFL   map[string]*entity
	bySur, byGiven map[string][]*entity
	recent         []*entity // entities in the order they were last touched, newest last

	doc *docNames // the names the whole article gives

	// For pronouns: the entities touched in the sentence being read, and
	// the subject (first person or organization touched) of the last
	// sentence that named one.
	sentTouch []*entity
	prevSubj  *entity
	// The surname of the last sentence's subject when it named several
	// people ("Clinton used the exchange … She noted"): a pronoun picks
	// the one of them it fits.
	subjSur, prevSubjSur string
	prevPerson           *entity // the first person named in the sentence before
	// lastClauseSubj is the person opening the last clause of the sentence
	// being read ("…, but a soaked Bell kept shouting"), who is the subject
	// the next sentence's pronoun means.
	lastClauseSubj *entity
	// subjGroup is a group that opened the sentence being read as its
	// subject ("Corwin aides admitted …"): "they" in the next one.
	subjGroup *entity
}

// beginSentence and endSentence bracket a sentence, so that a pronoun can
// prefer the subject of the sentence before it to whoever was named last.
func (r *registry) beginSentence() { r.sentTouch = r.sentTouch[:0]; r.subjSur = "" }

func (r *registry) endSentence() {
	if e := r.subjGroup; e != nil {
		r.subjGroup = nil
		r.prevSubj, r.prevSubjSur = e, ""
		return
	}
	if e := r.lastClauseSubj; e != nil {
		r.lastClauseSubj = nil
		r.prevSubj, r.prevPerson, r.prevSubjSur = e, e, ""
		return
	}
	if r.subjSur != "" || len(r.sentTouch) > 0 {
		r.prevSubjSur = r.subjSur // a sentence naming others drops an older subject
	}
	if len(r.sentTouch) > 0 {
		r.prevPerson = nil
	}
	for _, e := range r.sentTouch {
		if e.kind == extractor.Person {
			r.prevPerson = e
			break
		}
	}
	for _, e := range r.sentTouch {
		if e.kind == extractor.Person || e.kind == extractor.Organization || e.kind == extractor.Anonymous {
			r.prevSubj = e
			return
		}
	}
}

func (r *registry) tick() int { r.clock++; return r.clock }

// touch records a mention of e now. Pronouns look only at the recent
// mentions, which keeps resolution constant-time on long articles.
func (r *registry) touch(e *entity) {
	e.seen = r.tick()
	e.para = r.para
	if len(r.sentTouch) < 64 {
		r.sentTouch = append(r.sentTouch, e)
	}
	r.recent = append(r.recent, e)
	if len(r.recent) > 512 {
		r.recent = append(r.recent[:0], r.recent[len(r.recent)-128:]...)
	}
}

// mention records that e is named again in this paragraph, outside any
// attribution, so that the subject of the sentences before stays within
// reach of a pronoun in the next paragraph.
func (r *registry) mention(e *entity) {
	e.para = r.para // not the order of recent mentions: "they" there means the last entity acting
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
		p := r.byName[lower(full)]
		if q := r.byFL[first+" "+last]; q != nil && q.first != q.last && (p == nil || q.idx < p.idx) {
			p = q
		}
		if p == nil {
			// "Josh Apte" after "Joshua Apte": a short form of the given
			// name of exactly one person of that surname.
			variant := filter(r.bySur[last], func(q *entity) bool {
				return q.first != q.last && sameGiven(q.first, first)
			})
			if len(variant) == 1 {
				p = variant[0]
			}
		}
		if p == nil {
			// "Hawk Sawyer" after "Kathleen Hawk Sawyer": the last words of
			// exactly one longer name already given are that person.
			tail := filter(r.bySur[last], func(q *entity) bool {
				return strings.HasSuffix(lower(q.name), " "+lower(full))
			})
			if len(tail) == 1 {
				p = tail[0]
			}
		}
		if p != nil {
			r.touch(p)
			return p, false
		}
		e = &entity{kind: extractor.Person, name: full, first: first, last: last}
		r.touch(e)
		e.gender = firstNames[first]
		if honor == male || honor == female {
			e.gender = honor
		}
		r.addPerson(e)
		return e, false
	}
	cands := r.bySur[last]
	if _, given := firstNames[first]; len(cands) == 0 && given { // a given name alone, if it fits exactly one person ("Apple" is no given name)
		cands = filter(r.byGiven[first], func(p *entity) bool { return p.first != p.last })
	}
	if len(cands) > 1 && (honor == male || honor == female) {
		cands = filter(cands, func(p *entity) bool { return p.gender == honor })
	} else if len(cands) == 1 && (honor == male || honor == female) && cands[0].gender != unknownGender && cands[0].gender != honor {
		cands = nil // "Mr. Marlow" after "Ivana Marlow" is another Marlow
	}
	if len(cands) > 1 && aff != "" {
		cands = filter(cands, func(p *entity) bool { return sameOrg(p.aff, aff) })
	}
	if len(cands) > 1 && len(toks) == 1 {
		// "Clinton said" after Hillary Clinton spoke and "her husband,
		// Bill Clinton" did not: the one who has been speaking.
		if spoke := filter(cands, func(p *entity) bool { return p.spoke > 0 }); len(spoke) == 1 {
			cands = spoke
		}
	}
	switch len(cands) {
	case 1:
		r.touch(cands[0])
		if cands[0].gender == unknownGender && (honor == male || honor == female) {
			cands[0].gender = honor
		}
		return cands[0], false
	case 0:
		if len(toks) == 1 {
			// "Lula" after "Luis Inacio Lula da Silva": an inner name of
			// exactly one person named before.
			if p := r.innerName(first); p != nil {
				r.touch(p)
				return p, false
			}
		}
		if fn := r.doc.full(full); fn != "" && len(r.byName) > 0 && r.byName[lower(fn)] != nil {
			r.touch(r.byName[lower(fn)])
			return r.byName[lower(fn)], false
		} else if fn != "" {
			// "Volden said", with "Kurt Volden" named elsewhere only.
			ws := strings.Fields(fn)
			e = &entity{kind: extractor.Person, name: fn, first: lower(ws[0]), last: lower(surname(ws)), gender: firstNames[lower(ws[0])]}
			if honor == male || honor == female {
				e.gender = honor
			}
			r.touch(e)
			r.addPerson(e)
			return e, false
		}
		e = &entity{kind: extractor.Person, name: full, first: first, last: last, gender: honor}
		r.touch(e)
		if honor == plural || honor == neuter {
			e.gender = unknownGender
		}
		r.addPerson(e)
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
	if e := r.orgKey[lower(n)]; e != nil {
		return e
	}
	// "Amnesty" after "Amnesty International", "Kestrel" after "Kestrel
	// Group": a body's name without its generic last word.
	if !strings.Contains(n, " ") && len(r.orgs) <= 200 && len(r.bySur[lower(n)]) == 0 && !r.doc.person(n) && r.doc.full(n) == "" { // not "Trump" of Trump University
		for _, e := range r.orgs {
			if first, rest, ok := strings.Cut(e.name, " "); ok && first == n && !strings.Contains(rest, " ") && (orgWords[lower(rest)] || companyWords[lower(rest)]) {
				return e
			}
		}
	}
	return nil
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
	// "Dunmore Capital, the investment firm, said …. The firm said": a
	// company named last and nearby, whose name says no other kind.
	if anyOrgHeads[head] && head != "company" { // "the company" is most often the one the article is about
		for i := len(r.recent) - 1; i >= 0; i-- {
			e := r.recent[i]
			if r.para-e.para > 1 {
				break
			}
			if e.kind != extractor.Organization || docName(e.name) || strings.HasPrefix(lower(e.name), "the ") {
				continue
			}
			if orgHasHead(e.name, head) || !otherKind(e.name) {
				return e
			}
		}
	}
	for i := len(r.recent) - 1; i >= 0; i-- {
		e := r.recent[i]
		if e.kind != extractor.Organization {
			continue
		}
		if orgHasHead(e.name, head) {
			return e
		}
		// "NOAA's Kell Reef Research Center … the agency": the owner
		// named in the possessive is the agency.
		if w, _, ok := strings.Cut(e.name, " "); ok && isPossessive(lower(w)) && orgHasHead(trimPossessive(w), head) {
			return r.org(trimPossessive(w))
		}
	}
	// "Big Machine says …. But the company says": a name with no word
	// for its kind is the company, label or firm last named nearby.
	if anyOrgHeads[head] {
		for i := len(r.recent) - 1; i >= 0; i-- {
			e := r.recent[i]
			if r.para-e.para > 2 {
				break
			}
			if e.kind == extractor.Organization && !docName(e.name) && !strings.HasPrefix(lower(e.name), "the ") {
				return e
			}
		}
	}
	return nil
}

// anyOrgHeads may refer back to any organization named just before.
var anyOrgHeads = set(`company firm label group brokerage outlet network carrier studio publisher startup
	utility insurer retailer automaker airline chain maker giant lender developer operator manufacturer supplier
	organization organisation nonprofit charity`)

// otherKind says whether an organization's name says it is of a kind no
// company is: "Ministry of Fisheries", "Dunmore University", "Harbor Police".
func otherKind(name string) bool {
	for _, w := range strings.Fields(lower(name)) {
		switch w {
		case "ministry", "department", "university", "college", "school", "police", "council", "committee", "commission",
			"court", "party", "government", "agency", "bureau", "authority", "institute", "foundation", "association", "union",
			"church", "army", "navy", "senate", "house", "parliament", "congress", "hospital", "embassy", "office", "board", "city", "county", "state":
			return true
		}
	}
	return false
}

// docName says whether an organization entity is a document ("the
// report"): it is no company.
func docName(name string) bool {
	w := strings.Fields(lower(name))
	if len(w) == 0 {
		return false
	}
	if docNouns[w[len(w)-1]] {
		return true
	}
	// "credible reports received by Kelwatch", "a survey from the
	// institute": a document with its maker after it.
	for i, x := range w[:len(w)-1] {
		if docNouns[x] && i+1 < len(w) && (w[i+1] == "by" || w[i+1] == "from" || w[i+1] == "of" || strings.HasSuffix(w[i+1], "ed")) {
			return true
		}
	}
	return false
}

// latestIssuer returns the speaker an issued document refers back to: "the
// statement said" after "the military said in a statement". It is the last
// person or organization who spoke in this paragraph or the two before.
func (r *registry) latestIssuer() *entity {
	for i := len(r.recent) - 1; i >= 0; i-- {
		e := r.recent[i]
		if r.para-e.para > 2 {
			break
		}
		if e.spoke > 0 && (e.kind == extractor.Organization && !docName(e.name) || e.kind == extractor.Person) {
			return e
		}
	}
	return nil
}

var companyWords = set(`corp. corp corporation inc. inc co. company ltd. ltd llc plc gmbh ag group holdings industries systems technologies airlines motors energy`)

// govWords name public bodies, which "the agency" may refer to.
var govWords = set(`department ministry agency administration office bureau commission authority service`)

// agencyNames are agencies known by their acronyms, which "the agency"
// refers back to.
var agencyNames = set(`nasa esa fbi cia nsa epa fda cdc irs fema dea atf noaa iaea usda`)

func orgHasHead(name, head string) bool {
	for _, w := range strings.Fields(lower(name)) {
		if isPossessive(w) {
			continue // "the school's Web site" is no school
		}
		if w == head || (head == "company" || head == "firm") && companyWords[w] || head == "agency" && (govWords[w] || agencyNames[w]) {
			return true
		}
	}
	return false
}

// byRole finds the person holding role (and belonging to org, if given):
// the only one, or, when several hold it, the one mentioned last if that was
// in this paragraph or the one before ("Gov. Eric Holcomb ... The governor
// said" after another governor named further back). Otherwise nil.
func (r *registry) byRole(role, org string) *entity {
	var found, latest *entity
	n := 0
	// Only the latest persons: "the governor" of a long article is one of
	// them, and the bound keeps the engine linear.
	for _, p := range r.persons[max(0, len(r.persons)-maxRoleScan):] {
		if role != "" && !roleHeadMatch(lower(p.role), role) {
			continue
		}
		if org != "" && !sameOrg(p.aff, org) {
			continue
		}
		if role == "" && org == "" {
			continue
		}
		n++
		found = p
		if latest == nil || p.para > latest.para || p.para == latest.para && p.seen > latest.seen {
			latest = p
		}
	}
	switch {
	case n == 1 && (r.para-found.para <= 4 || !strings.Contains(lower(found.role), " of ") && found.aff == ""):
		// "the president" is the one person with that title, unless that
		// one holds a qualified office named far back ("president of the
		// Federal Reserve Bank").
		return found
	case n > 1 && r.para-latest.para <= 1:
		return latest
	}
	return nil
}

// pronoun resolves he, she, they or it to the latest compatible entity named
// before it: a speaker (speaking counts as a mention) or a person or
// organization named outside quotes.
func (r *registry) pronoun(g gender) *entity {
	compatible := func(e *entity) bool {
		switch g {
		case male, female:
			// An unnamed source counts when its description says its
			// gender: "a middle-aged cashier … the woman … she".
			return e.kind == extractor.Person && (e.gender == g || e.gender == unknownGender) || e.kind == extractor.Anonymous && e.gender == g
		case plural:
			return e.kind == extractor.Group || e.kind == extractor.Organization ||
				e.kind == extractor.Person && e.gender == unknownGender
		case neuter:
			return e.kind == extractor.Organization
		}
		return false
	}
	var best *entity
	if g == plural {
		// "they" is bound only to the entity mentioned last, in this
		// paragraph or the one before: an organization named earlier, with
		// people named since, is a guess ("Gov. X and lawmakers ... they").
		if e := r.prevSubj; e != nil && e.kind == extractor.Group && len(r.sentTouch) == 0 && r.para-e.para <= 1 {
			return e // the group the sentence before opened with
		}
		if n := len(r.recent); n > 0 {
			if e := r.recent[n-1]; compatible(e) && r.para-e.para <= 1 {
				best = e
			}
		}
		// "Big Machine have twice denied it. “…,” they said": the subject
		// of the sentence before, when it is an organization or a group.
		if best == nil && len(r.sentTouch) == 0 && r.prevSubj != nil && r.prevSubj.kind != extractor.Person && compatible(r.prevSubj) && r.para-r.prevSubj.para <= 1 {
			best = r.prevSubj
		}
		return best
	}
	// Who was named in this sentence comes first ("Lee met Kim, and he
	// said"), then the subject of the sentence before, then whoever was
	// named last: "Morales met the minister, Ana Pérez. He said" is Morales.
	for i := len(r.sentTouch) - 1; i >= 0 && best == nil; i-- {
		if compatible(r.sentTouch[i]) {
			best = r.sentTouch[i]
		}
	}
	if best == nil && r.prevSubjSur != "" && len(r.sentTouch) == 0 {
		if fit := filter(r.bySur[r.prevSubjSur], compatible); len(fit) == 1 && (g == male || g == female) && fit[0].gender == g {
			best = fit[0]
		}
	}
	if best == nil && r.prevSubj != nil && compatible(r.prevSubj) && r.para-r.prevSubj.para <= 1 {
		best = r.prevSubj
	}
	// "Harlan County Sheriff Joe Ruiz vouched for the mayor's plan. He
	// said": the first person of the sentence before, when an organization
	// came first.
	if best == nil && len(r.sentTouch) == 0 && r.prevPerson != nil && compatible(r.prevPerson) && r.para-r.prevPerson.para <= 1 {
		best = r.prevPerson
	}
	for i := len(r.recent) - 1; i >= 0 && best == nil; i-- {
		if e := r.recent[i]; compatible(e) {
			best = e
		}
	}
	if best != nil && best.kind == extractor.Person && best.gender == unknownGender && (g == male || g == female) {
		best.gender = g // "gender from he/she": later pronouns rely on it
	}
	return best
}

func (r *registry) addPerson(e *entity) {
	e.idx = len(r.persons)
	r.persons = append(r.persons, e)
	if r.bySur == nil {
		r.byName, r.byFL = map[string]*entity{}, map[string]*entity{}
		r.bySur, r.byGiven = map[string][]*entity{}, map[string][]*entity{}
	}
	if _, ok := r.byName[lower(e.name)]; !ok {
		r.byName[lower(e.name)] = e
	}
	if _, ok := r.byFL[e.first+" "+e.last]; !ok {
		r.byFL[e.first+" "+e.last] = e
	}
	r.bySur[e.last] = append(r.bySur[e.last], e)
	r.byGiven[e.first] = append(r.byGiven[e.first], e)
}

// maxRoleScan bounds how many persons (and anonymous sources) a lookup by
// role looks at, newest first.
const maxRoleScan = 256

// bySurname returns the one person named before with surname last, or nil.
// The count keeps the common case (a capitalized word that is nobody's
// surname) constant-time.
func (r *registry) bySurname(last string) *entity {
	if l := r.bySur[last]; len(l) == 1 {
		return l[0]
	}
	return nil
}

// anonByRole finds the latest anonymous source with role, so that "the
// official" refers back to "an official who spoke on condition of anonymity".
func (r *registry) anonByRole(role string) *entity {
	var best *entity
	for _, e := range r.others[max(0, len(r.others)-maxRoleScan):] {
		if e.kind == extractor.Anonymous && (e.role == role || strings.EqualFold(lastWord(e.role), role)) && (best == nil || e.seen > best.seen) {
			best = e
		}
	}
	return best
}

// sameGiven says whether two given names are one name and its short form:
// Josh and Joshua, Chris and Christopher, Dan and Daniel.
func sameGiven(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && strings.HasPrefix(b, a)
}

// salientPerson is the person the passage is about: the subject of the
// sentence before when that is a person, else the person mentioned last,
// named in this paragraph or the one before.
func (r *registry) salientPerson() *entity {
	if e := r.prevSubj; e != nil && e.kind == extractor.Person && r.para-e.para <= 1 {
		return e
	}
	for i := len(r.recent) - 1; i >= 0 && i >= len(r.recent)-8; i-- {
		if e := r.recent[i]; e.kind == extractor.Person && r.para-e.para <= 1 {
			return e
		}
	}
	return nil
}

// roleHeadMatch says whether a description's words name the role: as its
// head ("the chief" of a police chief, "the prime minister") or before what
// qualifies it ("the director" of the director of research), but not as the
// modifier of another head ("the general" is no general counsel).
func roleHeadMatch(role, words string) bool {
	for i := 0; ; {
		j := strings.Index(role[i:], words)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(words)
		if (j == 0 || role[j-1] == ' ' || role[j-1] == '-') && (e == len(role) || role[e] == ',' || role[e] == ' ' && roleQualifiers[firstWord(role[e+1:])]) {
			return true
		}
		i = j + 1
	}
}

// roleQualifiers follow a role's head word: "senator from Florida",
// "director of research", "minister for trade".
var roleQualifiers = set(`of for to from at in with on and or`)

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// innerName returns the one recent person of three or more name words whose
// inner word (not the first, not the last) is w, or nil.
func (r *registry) innerName(w string) *entity {
	var found *entity
	for _, p := range r.persons[max(0, len(r.persons)-maxRoleScan):] {
		ws := strings.Fields(p.name)
		if len(ws) < 3 {
			continue
		}
		for _, x := range ws[1 : len(ws)-1] {
			if lower(x) == w && !particles[w] {
				if found != nil && found != p {
					return nil
				}
				found = p
			}
		}
	}
	return found
}

// salientFor returns whom a definite description of gender g ("the
// woman", "the man") means: the subject of the sentence before when an
// unnamed person of that gender (or of none said), within a paragraph, or
// nil.
func (r *registry) salientFor(g gender) *entity {
	if e := r.prevSubj; e != nil && r.para-e.para <= 1 && e.kind == extractor.Anonymous && (e.gender == g || e.gender == unknownGender) { // a named person is named again, not called "the man"
		e.gender = g
		return e
	}
	return nil
}
