package rules

import (
	"strings"

	"github.com/whosaid/whosaid/extractor"
)

// resolvePerson handles a phrase whose name words are [n0, hb), with
// honorifics, titles and organizations before them in [a, n0) and an
// affiliation after ("Lopez of the CUP") in post.
func (st *state) resolvePerson(p string, toks []token, sp *speaker, a, n0, hb int, role, aff, post string) *speaker {
	prole, paff, honor := st.prefixRole(p, toks, a, n0)
	// A title with its organization wins over one without: "Market expert
	// Sanjiv Bhasin, Director at IIFL Securities" is a director; a rank
	// loses to an office ("Capt. Iris Holt, harbor patrol commander").
	if prole != "" && (paff != "" || aff == "" || role == "") && !(ranks[lower(prole)] && role != "") {
		role = prole
	}
	// "Safety inspector Ian Holt of the Transit Board": a sentence's
	// capitalized first word before a title in lower case is the role's
	// when the body follows the name.
	if paff != "" && aff != "" && prole != "" && toks[a].first && paff == toks[a].text && !strings.Contains(prole, " ") {
		prole, paff = lower(paff)+" "+prole, ""
		role = prole
	}
	if paff != "" && (aff == "" || prole != "") {
		aff = paff
	}
	// "added her campaign manager Jeff Weaver": whose the office is.
	owner := a
	if _, ok := ownerPronouns[toks[a].low]; !ok && a > 0 {
		if _, ok := ownerPronouns[toks[a-1].low]; ok {
			owner = a - 1 // the determiner was skipped
		}
	}
	if g, ok := ownerPronouns[toks[owner].low]; ok && g != plural && aff == "" && prole != "" && a < n0 && staffRoles[lower(lastWord(prole))] {
		if e := st.reg.pronoun(g); e != nil && e.kind == extractor.Person {
			aff = lastWord(e.name)
		}
	}
	if aff != "" && !(len(strings.Fields(aff)) == 1 && len(st.reg.bySur[lower(aff)]) > 0) { // "Vale" of "her deputy" stays a person's name
		aff = st.orgName(aff)
	}
	filterAff := ""
	if post != "" {
		filterAff = st.orgName(post)
	}
	name := words(toks, n0, hb)
	// "Prince Edmund", "Queen Maud", "Pope Linus": a sovereign's or
	// a noble's title is part of a name that has no surname.
	if len(name) == 1 && n0 > a && royalTitles[toks[n0-1].low] && toks[n0-1].capital {
		name = []string{toks[n0-1].text, name[0]}
		if strings.EqualFold(role, toks[n0-1].text) {
			role = "" // the title is the name's, not an office
		}
	}
	// "according to Toyota", "Kestrel said": one word that the article
	// never uses as a person's name (no given name, title or honorific
	// with it anywhere) is an organization's.
	if len(name) == 1 && honor == unknownGender && role == "" && a == n0 && !st.reg.doc.person(name[0]) &&
		len(st.reg.bySur[lower(name[0])]) == 0 && st.reg.doc.full(name[0]) == "" {
		if _, given := firstNames[lower(name[0])]; !given && !isAcronym(name[0]) || isAcronym(name[0]) {
			st.fromEntity(sp, st.reg.org(name[0]))
			return sp
		}
	}
	e, ambiguous := st.reg.person(name, honor, filterAff)
	if ambiguous {
		sp.kind, sp.name, sp.role, sp.aff = extractor.Person, strings.Join(name, " "), role, aff
		sp.res = resAmbiguous
		return sp
	}
	role, aff = tidyRoleAff(trimField(role), trimField(aff))
	if aff == "" && e.aff == "" && corporateTitle(lower(role)) {
		aff = st.sentenceCompany(toks)
	}
	if e.role == "" && role != "" {
		e.role = role
	}
	if e.aff == "" && aff != "" {
		e.aff = aff
	}
	if g, ok := genderedTitles[lower(lastWord(e.role))]; ok && e.gender == unknownGender {
		e.gender = g
	}
	st.fromEntity(sp, e)
	if len(name) == 1 && e.name != name[0] {
		sp.res = resShort
	}
	return sp
}

// countryAbbrevs are countries written short, matched case and all ("US"
// is a country, "us" a pronoun).
var countryAbbrevs = map[string]bool{"US": true, "U.S.": true, "USA": true, "U.S.A.": true, "UK": true, "U.K.": true}

// leadVerbs in a relative clause name whom the person heads: "who heads
// the Harbor Group" is its head.
var leadVerbs = map[string]string{"heads": "head", "leads": "leader", "chairs": "chair", "directs": "director",
	"founded": "founder", "co-founded": "co-founder", "runs": "", "manages": "manager", "oversees": ""}

// workVerbs in a relative clause place the person at an organization:
// "who teaches law at Stanford University".
var workVerbs = set(`works worked teaches taught serves served studies researches writes`)

// orgRunEnd returns the end of the run of capitalized words (with the
// prepositions names hold) that starts at k.
func orgRunEnd(toks []token, k, b int) int {
	e := k
	for e < b && toks[e].kind == tWord && (toks[e].capital || (affilPreps[toks[e].low] || toks[e].low == "and") && e+1 < b && toks[e+1].capital && orgContinues(toks, e, b)) {
		e++
	}
	return e
}

// countryTitles are offices named with their country: a "U.S. Attorney".
var countryTitles = set(`attorney marshal judge`)

// royalTitles stay in the name they precede when it is a given name alone.
var royalTitles = set(`prince princess king queen pope sheikh emir sultan duke duchess`)

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// orgName registers a capitalized affiliation as an organization (so that
// its acronym resolves later) and expands a known acronym to its full name.
func (st *state) orgName(aff string) string {
	aff = stripThe(aff)
	if aff == "" || !isCapital(aff) {
		return aff
	}
	if isAcronym(aff) {
		if e := st.reg.findOrg(aff); e != nil {
			return e.name
		}
		if agencyNames[lower(aff)] {
			return st.reg.org(aff).name // "the agency" refers back to it
		}
		return aff
	}
	return st.reg.org(aff).name
}

func isCapital(s string) bool {
	r := firstRune(s)
	return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
}

// prefixRole reads what stands before a name: "Health Minister" (a role),
// "Urban Policy Center chief" (an affiliation and a role), "Interim BART
// Police Chief" (role "Interim Police Chief" of "BART"), "Ms." (a gender).
func (st *state) prefixRole(p string, toks []token, a, n0 int) (role, aff string, honor gender) {
	// "After Judge Orlin ruled": a sentence's opening word is
	// not part of the title.
	for a < n0 && toks[a].capital && (subordinators[toks[a].low] || circumPreps[toks[a].low] || toks[a].low == "as" || toks[a].low == "to" || toks[a].low == "for") {
		a++
	}
	// "Coach Ida Bell and former Idaho Gov. Sam Kroll":
	// what stands before "and" is another person's.
	for i := n0 - 1; i-1 >= a; i-- {
		// "Former prosecutor and Dunmore City Mayor Orla Fenn": two
		// roles, the one with its body next to the name.
		if toks[i].low == "and" && isTitle(toks[i-1]) && !toks[i-1].capital && i+1 < n0 && toks[i+1].capital && hasTitle(toks, i+1, n0) {
			a = i + 1
			break
		}
		if i-2 < a {
			continue
		}
		_, given := firstNames[toks[i-2].low]
		if toks[i].low == "and" && nameWord(toks[i-1]) && !isTitle(toks[i-1]) && (nameWord(toks[i-2]) && !isTitle(toks[i-2]) && (given || i-3 >= a && isTitle(toks[i-3])) ||
			i+1 < n0 && (isTitle(toks[i+1]) || roleModifiers[toks[i+1].low] || titleAbbrev[toks[i+1].low] != "")) {
			a = i + 1
			break
		}
	}
	var rest []int
	for i := a; i < n0; i++ {
		l := toks[i].low
		if g, ok := honorifics[l]; ok {
			honor = g
			continue
		}
		if r, ok := titleAbbrev[l]; ok {
			if r != "" {
				role = r
			}
			continue
		}
		rest = append(rest, i)
	}
	if len(rest) == 0 {
		return role, "", honor
	}
	// Only a contiguous tail before the name counts.
	ra := rest[0]
	t := -1
	for i := ra; i < n0; i++ {
		if isTitle(toks[i]) {
			t = i
		}
	}
	if t < 0 {
		// "Texas Gov. Greg Abbott", "Acme Corp.'s Ana Ruiz", "Apple's Tim
		// Cook".
		oe := n0
		for oe-1 > ra && titleAbbrev[toks[oe-1].low] != "" {
			oe-- // "Oregon Gov. Kim Dale": the state, then the title
		}
		oa := ra
		for oa < oe && roleModifiers[toks[oa].low] {
			oa++ // "former Ohio Gov.": a former governor
		}
		if oe < n0 && role != "" && bodyWords(toks, oa, oe) && !partyWords[toks[oa].low] && !isDemonym(toks[oa].low) {
			if oa > ra {
				role = lower(span(p, toks, ra, oa)) + " " + role
			}
			return role, span(p, toks, oa, oe), honor
		}
		if isOrgRun(toks, ra, n0) || role != "" && bodyWords(toks, ra, n0) && !partyWords[toks[ra].low] && !isDemonym(toks[ra].low) ||
			n0-ra == 1 && toks[ra].capital && isPossessive(toks[ra].low) && placeAt(toks, ra, n0) == ra && st.reg.bySurname(lower(trimPossessive(toks[ra].text))) == nil &&
				!(n0 < len(toks) && strings.EqualFold(trimPossessive(toks[ra].text), lastNameWord(toks, n0))) {
			return role, trimPossessive(span(p, toks, ra, n0)), honor
		}
		return role, "", honor
	}
	// The role: the title and the words of the office before it
	// ("defensive captain", "Police Chief", "founder and co-CEO").
	rs := t
	for rs-1 >= ra {
		w := toks[rs-1]
		// "Valmont School District spokesman", "Ministry of Fisheries
		// press officer": a title in lower case takes no capitalized
		// word; those name the body.
		if !toks[t].capital && w.capital && !w.first && !isTitle(w) && !roleModifiers[w.low] && titleAbbrev[w.low] == "" {
			break
		}
		if isTitle(w) && !(w.capital && orgWords[w.low]) || !w.capital && npAdjectives[w.low] || officeAdjectives[w.low] ||
			officeWords[w.low] && !(w.capital && (w.low == "news" || w.low == "sports" || w.low == "media") && rs-2 >= ra && toks[rs-2].capital && !isTitle(toks[rs-2])) || // not the "News" of "Fox News host"
			roleModifiers[w.low] || w.low == "and" && rs-2 >= ra && isTitle(toks[rs-2]) {
			rs--
			continue
		}
		break
	}
	// "Dunmore City-based activist": where the person is based is no
	// body.
	for k := t - 1; k >= ra; k-- {
		if strings.HasSuffix(toks[k].low, "-based") || strings.HasSuffix(toks[k].low, "-area") || strings.HasSuffix(toks[k].low, "-born") {
			ra = k + 1 // (and "Baltimore-area businessman", "Iowa-born actor")
			break
		}
	}
	// Words like "Interim" and "Former" before the organization belong
	// to the role.
	lead := ra
	var mods []string
	for lead < rs && roleModifiers[toks[lead].low] {
		mods = append(mods, toks[lead].text)
		lead++
	}
	for lead < rs && (isDemonym(toks[lead].low) && !hasOrgWord(toks, lead, rs) || partyWords[toks[lead].low] && !partyOfficers[toks[t].low] || hyphenAdjective(toks[lead]) ||
		toks[lead].first && roleAdjectives[toks[lead].low] || lead > ra && toks[lead].low == "party" && partyWords[toks[lead-1].low] && !partyOfficers[toks[t].low]) {
		lead++ // "Australian Prime Minister", "Republican Gov.", "Oscar-winning actress", "Top Republican Party donor"
	}
	// "U.S. President", "French Prime Minister": a country named bare
	// before the title is a nationality, like a demonym; "Austria's
	// interior minister" (a possessive) names whom the office serves.
	e := placeAt(toks, lead, rs)
	if lead < rs && countryAbbrevs[toks[lead].text] {
		e = lead + 1
	}
	if e == rs && e > lead && countryTitles[toks[t].low] && !isPossessive(toks[e-1].low) {
		return span(p, toks, lead, t+1), "", honor // "U.S. Attorney"
	}
	if e > lead && e < rs+1 && !isPossessive(toks[e-1].low) && (e == rs || partyWords[toks[e].low]) {
		lead = e
		for lead < rs && partyWords[toks[lead].low] {
			lead++
		}
	}
	for rs < t && appointed[toks[rs].low] {
		rs++ // "recently named executive chair" is an executive chair
	}
	te := t + 1
	// "ambassador to Britain", "envoy for Syria": the place of the office.
	if te+1 < n0 && (toks[te].low == "to" || toks[te].low == "for") && placeAt(toks, te+1, n0) == n0 {
		te = n0
	}
	// "Secretary of State", "Minister of Finance": the office's own name;
	// "Governor of Oregon", "CEO of the Harbor Council": the body.
	ofBody := ""
	if te+1 < n0 && toks[te].low == "of" {
		k := te + 1
		if toks[k].low == "the" {
			k++
		}
		switch {
		case officeOf(toks, te, n0):
			te = n0
		case k < n0 && !isTitle(toks[k]) && bodyWords(toks, k, n0) && !isDemonym(toks[k].low) && !partyWords[toks[k].low]:
			ofBody = span(p, toks, k, n0)
		case allCapitalWords(toks, te+1, n0) && n0-te <= 4:
			te = n0
		case n0-(te+1) <= 2 && allPlain(toks, te+1, n0):
			te = n0 // "chief of surgery", "head of operations": the title's field
		}
	}
	r := span(p, toks, rs, te)
	if len(mods) > 0 {
		r = strings.Join(mods, " ") + " " + r
	}
	if toks[rs].first && toks[rs].capital && (!toks[t].capital || rs == t && !titles[toks[t].low] && lower(r) == toks[t].low) {
		r = lowerFirst(r) // "High school math teacher", "Geologist" opening a sentence
	}
	if ofBody != "" && lead == rs {
		return r, ofBody, honor
	}
	// "The Harbor Group’s recently named executive chair", "The
	// Courier's Andes correspondent": the owner before the role's own words.
	for q := rs - 1; q >= lead; q-- {
		if isPossessive(toks[q].low) && toks[q].capital {
			rs2 := q + 1
			for rs2 < rs && appointed[toks[rs2].low] {
				rs2++
			}
			for k := rs2; k < rs; k++ {
				if !npAdjectives[toks[k].low] && !toks[k].capital && !officeWords[toks[k].low] {
					q = -1
					break
				}
			}
			if q >= 0 {
				role := r
				if rs2 < rs {
					role = span(p, toks, rs2, te)
				}
				return role, trimPossessive(span(p, toks, lead, q+1)), honor
			}
			break
		}
	}
	// "NOAA oceanographer and survey co-leader": two roles joined, the first
	// with its organization.
	for k := lead + 1; k < rs; k++ {
		if toks[k].low != "and" || !isTitle(toks[k-1]) {
			continue
		}
		rs2 := k - 1
		for rs2-1 > lead && (isTitle(toks[rs2-1]) && !toks[rs2-1].capital || officeWords[toks[rs2-1].low]) {
			rs2--
		}
		if rs2 > lead && (bodyWords(toks, lead, rs2) || isOrgRun(toks, lead, rs2) || isPossessive(toks[rs2-1].low)) {
			return span(p, toks, rs2, k), trimPossessive(span(p, toks, lead, rs2)), honor
		}
		break
	}
	if lead < rs {
		org := span(p, toks, lead, rs)
		switch {
		case isPossessive(toks[rs-1].low):
			return r, trimPossessive(org), honor
		case rs-lead == 1 && orgWords[toks[lead].low] && !isAcronym(toks[lead].text):
			// "Council President", "House Speaker": a generic body
			// before the title is part of the role.
		case rs-lead == 1 && toks[lead].first && adjectiveForm(toks[lead].low) && !orgWords[toks[lead].low] && !isDemonym(toks[lead].low):
			// "Political scientist Ana Roth", "Presidential hopeful Ted
			// Cruz": an adjective capitalized only to open the sentence.
			return lower(toks[lead].text) + " " + r, "", honor
		case bodyWords(toks, lead, rs) || isOrgRun(toks, lead, rs) || st.reg.findOrg(org) != nil ||
			rs-lead >= 2 && toks[rs-1].capital && orgWords[toks[rs-1].low] && allCapitalRun(toks, lead, rs): // "General Motors spokesman"
			return r, org, honor
		case rs-lead == 1 && rs == t && toks[lead].capital && corporateTitle(toks[t].low) && !isDemonym(toks[lead].low) && !partyWords[toks[lead].low] &&
			placeAt(toks, lead, rs) == lead && !roleAdjectives[toks[lead].low] && !npAdjectives[toks[lead].low] && st.reg.bySurname(toks[lead].low) == nil:
			// "Tidewatch spokesman Ian Holt": only a company or a body has a
			// spokesman or a founder; a place does not.
			return r, org, honor
		}
		// "Dunmore planetary scientist", "Kell College athletic director":
		// a body's name, then the role's own lower-case words.
		m := lead
		for m < rs && (toks[m].capital || m > lead && nameJoiners[toks[m].low] && m+1 < rs && (toks[m+1].capital || nameJoiners[toks[m+1].low] && m+2 < rs && toks[m+2].capital)) { // "Ministry of Fisheries", "Council for the Welfare of
			m++
		}
		if m > lead && m < rs && bodyWords(toks, lead, m) && !isDemonym(toks[lead].low) && !partyWords[toks[lead].low] && placeAt(toks, lead, m) != m &&
			!(toks[lead].first && (npAdjectives[toks[lead].low] || roleAdjectives[toks[lead].low])) { // not "High school math teacher" opening a sentence

			for k := m; k < rs; k++ {
				if toks[k].capital || toks[k].kind != tWord || affilPreps[toks[k].low] || !plainWord(toks[k]) && !officeWords[toks[k].low] && !strings.HasSuffix(toks[k].low, "ing") {
					m = -1
					break
				}
			}
			if m > 0 {
				return span(p, toks, m, t+1), st.orgName(trimPossessive(span(p, toks, lead, m))), honor
			}
		}
		if r := span(p, toks, ra, t+1); toks[ra].first && toks[ra].capital && !toks[t].capital {
			return lowerFirst(r), "", honor
		}
		return span(p, toks, ra, t+1), "", honor
	}
	return r, "", honor
}

// roleAdjectives open a role, capitalized only at a sentence's start:
// "High school math teacher", "Longtime team doctor".
var roleAdjectives = set(`high middle elementary junior top local longtime veteran retired chief head lead`)

// bodyWords says whether [a, b) are capitalized names that can stand for
// an organization or a public body before a title: "Wild", "Indiana House",
// "United Nations", "BART", "Texas".
func bodyWords(toks []token, a, b int) bool {
	if a >= b {
		return false
	}
	for i := a; i < b; i++ {
		t := toks[i]
		if t.kind != tWord || !t.capital && !(i > a && (affilPreps[t.low] || t.low == "and" || nameJoiners[t.low] && i+1 < b && toks[i+1].capital)) || isTitle(t) && !orgWords[t.low] {
			return false
		}
		if _, given := firstNames[t.low]; t.first && !nameWord(t) && !given && !isAcronym(t.text) && !orgWords[t.low] && !(b-a >= 2 && orgWords[toks[b-1].low]) {
			return false // ("United Nations" opening a sentence is still a body)
		}
	}
	return toks[b-1].capital
}

// chamberOffices are led in a chamber: "Senate Majority Leader".
var chamberOffices = map[string]bool{"majority leader": true, "minority leader": true, "majority whip": true, "minority whip": true,
	"speaker": true, "democratic leader": true, "republican leader": true}

// officeAdjectives qualify an office and stay in the role, in capitals
// too: "Deputy Municipal Commissioner", "Chief Cabinet Secretary" (offices, not bodies).
var officeAdjectives = set(`municipal federal provincial regional metropolitan parliamentary presidential ministerial judicial legislative cabinet`)

// roleModifiers qualify a title and stay with it even when an organization
// stands between: "Interim BART Police Chief", "Former Acme chief".
var roleModifiers = set(`interim acting former deputy assistant associate senior vice executive managing
	general principal lead founding outgoing incoming ex presumptive major brigadier lieutenant rear`)

// partyOfficers are titles a party gives its own officers: before them a
// party is an organization ("GOP chairman"), before any other title only a
// label ("GOP front-runner", "Republican senator").
var partyOfficers = set(`chairman chairwoman chair spokesman spokeswoman spokesperson treasurer`)

// appointed are words that date an appointment, not part of the role.
var appointed = set(`newly recently named appointed elected hired installed designated nominated new`)

// officeWords name the field of an office, part of the role: "Police
// Chief", "Health Minister", "defensive captain".
var officeWords = set(`police fire health finance foreign defense defence education interior justice trade
	transport transportation economy energy environment labor labour agriculture commerce security
	intelligence communications budget housing homeland treasury defensive offensive special
	co-ceo co-chair co-founder prime surgeon majority minority press media policy research campaign
	program project sales marketing operations technology product editorial news sports science
	medical legal home shadow district circuit appeals`)

// isDemonym spots a nationality before a title ("Australian", "Israeli",
// "French"): it says where a person is from, not who they work for, so it
// is neither role nor affiliation.
func isDemonym(l string) bool {
	if partyWords[l] || l == "urban" || l == "taliban" || len(l) < 4 || states[l] || places[l] {
		return false // "Michigan", "Hawaii", "Pakistan": places, not their people
	}
	if oddDemonyms[l] {
		return true
	}
	for _, suf := range []string{"an", "ese", "ish", "i"} { // not "-ch": "Fitch", "Bosch"
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

func allCapitalWords(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if t := toks[i]; t.kind != tWord || !t.capital || isTitle(t) || isPossessive(t.low) {
			return false
		}
	}
	return true
}

func hasOrgWord(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if orgWords[toks[i].low] {
			return true
		}
	}
	return false
}

var partyWords = set(`republican democratic democrat labour labor conservative liberal green libertarian socialist gop tory dem`)

func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if r, ok := strings.CutSuffix(s, suf); ok {
			return r
		}
	}
	return s
}

// appositiveRole reads "director of the Center for Urban Policy" into a role
// and an affiliation. The affiliation is the organization-like object of a
// preposition after the title, one after "at" first ("vice president of
// advanced hull programs at Kestrel Marine"); descriptive words stay in
// the role. "the company's chief operating officer" is affiliated with the
// company last named. Anything else (an age, a relative clause) gives
// nothing.
func (st *state) appositiveRole(p string, toks []token, a, b int) (role, aff string) {
	// "undersecretary of state in 2013", "chief economist at Harbor Bank
	// until May": when the office was held is no part of it.
	for b-2 > a && timeWord(toks[b-1]) && timePreps[toks[b-2].low] {
		b -= 2
	}
	// "ambassador to Vanland from 2007 to 2013", "between 2001 and 2005"
	if b-4 > a && timeWord(toks[b-1]) && timeWord(toks[b-3]) && (toks[b-4].low == "from" && toks[b-2].low == "to" || toks[b-4].low == "between" && toks[b-2].low == "and") {
		b -= 4
	}
	// "director of the National Centre for Alternative Development
	// (CENDA)": the body's acronym after its name is no part of it.
	if b-3 > a && toks[b-1].text == ")" && toks[b-3].text == "(" && isAcronym(toks[b-2].text) && toks[b-4].capital {
		b -= 3
	}
	if a >= b {
		return "", ""
	}
	// "a campaign aide in 2008 and now director of the Harbor Institute":
	// the office held now.
	for i := a + 1; i+2 < b; i++ {
		if toks[i].low == "now" && toks[i-1].low == "and" {
			a = i + 1
			break
		}
	}
	// "a physics lecturer and a member of the harbor board": two
	// offices; the one with its body gives both fields.
	for i := a + 2; i+2 < b; i++ {
		if toks[i].low == "and" && (toks[i+1].low == "a" || toks[i+1].low == "an") && hasTitle(toks, a, i) && hasTitle(toks, i+2, b) {
			r1, f1 := tidyRoleAff(st.appositiveRole(p, toks, a, i))
			r2, f2 := tidyRoleAff(st.appositiveRole(p, toks, i+1, b))
			if f1 == "" && f2 != "" {
				return r2, f2
			}
			if r1 != "" {
				return r1, f1
			}
			break
		}
	}
	// "Olek Brandt, his campaign manager": whose the office is, as the
	// pronoun's person.
	if g, ok := ownerPronouns[toks[a].low]; ok && g != plural && a+1 < b && hasTitle(toks, a+1, b) && !hasTitle(toks, a, a+1) {
		if r, f := st.appositiveRole(p, toks, a+1, b); r != "" && f == "" {
			if e := st.reg.pronoun(g); e != nil && e.kind == extractor.Person && staffRoles[lower(lastWord(r))] {
				return tidyRoleAff(r, lastWord(e.name))
			}
			return r, ""
		}
	}
	for a < b && determiners[toks[a].low] {
		a++
	}
	// "a former policeman who now runs K&L Rowing Academy": the
	// description's role, and the body its relative clause names.
	if a < b && !relPronouns[toks[a].low] {
		for r := a + 1; r < b; r++ {
			if relPronouns[toks[r].low] && toks[r].low != "whose" {
				role, aff := st.appositiveRole(p, toks, a, r)
				if role != "" && aff == "" {
					if _, a2 := st.appositiveRole(p, toks, r, b); a2 != "" {
						aff = a2
					}
				} else if role != "" && !isCapital(aff) {
					// "a coaching specialist for race planning who has
					// worked at the Harbor School": a field is part of the
					// role when the clause names the body.
					if _, a2 := st.appositiveRole(p, toks, r, b); a2 != "" && isCapital(a2) {
						role, aff = trimField(span(p, toks, a, r)), a2
					}
				}
				if role != "" || aff != "" {
					return role, aff
				}
				break
			}
		}
	}
	if a < b && relPronouns[toks[a].low] {
		// "who heads the Harbor Group", "who teaches law at Stanford
		// University": the organization the clause names.
		if a+1 < b {
			if r, ok := leadVerbs[toks[a+1].low]; ok {
				if k := orgObject(toks, a+2, b); k >= 0 {
					return r, st.orgName(stripThe(span(p, toks, k, orgRunEnd(toks, k, b))))
				}
				// "who chairs the rowing science department at the
				// University of Dunmore": the unit led, at its body.
				for k := a + 3; k+1 < b && k-a <= 10; k++ {
					if toks[k].low == "at" || toks[k].low == "of" && k-1 > a+2 && orgNouns[toks[k-1].low] {
						if o := orgObject(toks, k+1, b); o >= 0 && r != "" {
							return r + " of " + span(p, toks, a+2, k), st.orgName(stripThe(span(p, toks, o, orgRunEnd(toks, o, b))))
						}
						break
					}
				}
			}
			v := a + 1
			if v+1 < b && (toks[v].low == "now" || toks[v].low == "also" || toks[v].low == "currently") {
				v++ // "who now runs …"
			}
			if r, ok := leadVerbs[toks[v].low]; ok && v > a+1 {
				if k := orgObject(toks, v+1, b); k >= 0 {
					return r, st.orgName(stripThe(span(p, toks, k, orgRunEnd(toks, k, b))))
				}
			}
			w := a + 1
			for w+1 < b && w-a <= 2 && (toks[w].low == "has" || toks[w].low == "had" || toks[w].low == "have" || toks[w].low == "now" || toks[w].low == "also") {
				w++ // "who has worked at …"
			}
			if workVerbs[toks[w].low] && !(w+1 < b && toks[w+1].low == "as") { // "who works as a director at …" is read below
				for k := w + 1; k < b && k-w <= 5; k++ {
					if (toks[k].low == "at" || toks[k].low == "for" || toks[k].low == "with") && k+1 < b {
						if o := orgObject(toks, k+1, b); o >= 0 {
							return "", st.orgName(stripThe(span(p, toks, o, orgRunEnd(toks, o, b))))
						}
					}
				}
			}
		}
		// "who works as a managing director at Dale Securities", "who is
		// a professor at …": the description after "as" or "is".
		for k := a + 1; k < b && k-a <= 4; k++ {
			switch toks[k].low {
			case "as", "is", "was", "are", "were":
				if k+1 < b && !relPronouns[toks[k+1].low] {
					return st.appositiveRole(p, toks, k+1, b)
				}
			}
			if toks[k].kind != tWord {
				break
			}
		}
		return "", ""
	}
	if a >= b {
		return "", ""
	}
	// "Maria Diaz, of the Coastal Trust, said": the organization alone;
	// "Ed Dorne, of the tavern chain Harbor Taverns", "Deb Arne, of
	// Action on Ferries and Harbors (Afh)": a kind of body before the name,
	// an acronym after it.
	if a+1 < b && (toks[a].low == "of" || toks[a].low == "from" || toks[a].low == "with") {
		k := a + 1
		if toks[k].low == "the" {
			k++
		}
		kinds := k
		for kinds < b && kinds-k < 3 && toks[kinds].kind == tWord && !toks[kinds].capital && !affilPreps[toks[kinds].low] {
			kinds++
		}
		if kinds < b && toks[kinds].capital && (kinds == k || orgNouns[toks[kinds-1].low] || bodyKinds[toks[kinds-1].low]) {
			e := kinds
			for e < b && toks[e].kind == tWord && (toks[e].capital || nameJoiners[toks[e].low] && e+1 < b && toks[e+1].capital) {
				e++
			}
			end := e
			if e+3 == b && toks[e].text == "(" && toks[e+2].text == ")" && toks[e+1].capital && len(toks[e+1].text) <= 8 {
				end = b // "(Ash)"
			}
			name := span(p, toks, kinds, e)
			if end == b && e > kinds && (hasOrgWord(toks, kinds, e) || st.reg.findOrg(name) != nil || kinds > k ||
				e-kinds >= 3 && !isPlace(toks, kinds, e) && !isState(name)) {
				return "", st.orgName(stripThe(name))
			}
		}
	}
	// "Director, IIFL Securities": a title, a comma and the organization.
	for c := a + 1; c < b-1; c++ {
		if toks[c].text == "," {
			if hasTitle(toks, a, c) && !hasTitle(toks, c+1, b) && (isOrgRun(toks, c+1, b) || isAcronym(toks[c+1].text) && !strings.Contains(toks[c+1].text, ".")) && allCapitalWords(toks, c+1, b) &&
				placeAt(toks, c+1, b) == c+1 && !isState(span(p, toks, c+1, b)) && !(c+2 == b && strings.Contains(strings.TrimSuffix(toks[c+1].text, "."), ".")) { // not "… in Lawrenceville, N.J."
				return span(p, toks, a, c), stripThe(span(p, toks, c+1, b))
			}
			break
		}
	}
	e := a + 1
	for e < b && !relPronouns[toks[e].low] && !(toks[e].low == "such" && e+1 < b && toks[e+1].low == "as") {
		e++ // "for Ostland Greens such as …": the examples are no part of it
	}
	// "a former Ostland Navy captain and Harbor Cross winner": the first of
	// two descriptions, when it has its body.
	for k := a + 2; k < e-1; k++ {
		if toks[k].low == "and" && hasTitle(toks, a, k) && !isTitle(toks[k+1]) && toks[k+1].capital && hasTitle(toks, k+1, e) {
			if r, f := st.appositiveRole(p, toks, a, k); r != "" && f != "" {
				return r, f
			}
			break
		}
	}
	// "Citizens for Harbor's executive director": an organization's name
	// ending in a possessive, then the title.
	for q := a + 1; q < e-1 && q-a < 6; q++ {
		if isPossessive(toks[q].low) && toks[q].capital && toks[a].capital && isNameRun(toks, a, q+1) && hasTitle(toks, q+1, e) {
			return span(p, toks, q+1, e), st.orgName(trimPossessive(span(p, toks, a, q+1)))
		}
	}
	if isPossessive(toks[a].low) && a+1 < e {
		if !hasTitle(toks, a+1, e) {
			return "", ""
		}
		if toks[a].capital {
			return span(p, toks, a+1, e), trimPossessive(toks[a].text)
		}
		if head := trimPossessive(toks[a].low); orgNouns[head] {
			if o := st.reg.latestOrg(head); o != nil {
				aff = o.name
			}
		}
		return span(p, toks, a+1, e), aff
	}
	// "a onetime speechwriter for Secretary of Harbors Martha Vell": a
	// person served, as a possessive owner is.
	for k := a + 1; k+2 < e; k++ {
		if toks[k].low != "to" || !staffRoles[toks[k-1].low] {
			continue
		}
		n := k + 1
		for n < e && (toks[n].capital && (isTitle(toks[n]) || titleAbbrev[toks[n].low] != "") || toks[n].low == "of" || departments[toks[n].low] && toks[n].capital) {
			n++
		}
		if _, given := firstNames[toks[min(n, e-1)].low]; given && n+1 < e && allNames(toks, n, e) {
			return span(p, toks, a, k), span(p, toks, n, e)
		}
		break
	}
	best, bestAff, first := -1, -1, -1
	for i := a + 1; i < e; i++ {
		if !(affilPreps[toks[i].low] || toks[i].low == "in" || toks[i].low == "to" && staffRoles[toks[i-1].low]) || orgContinues(toks, i, e) || officeOf(toks, i, e) {
			continue
		}
		if !hasTitle(toks, a, i) {
			if first < 0 {
				return "", "" // "a resident of the area": no title before
			}
			continue
		}
		if first < 0 {
			first = i
		}
		k := orgObject(toks, i+1, e)
		if k >= 0 && (toks[i].low == "from" || toks[i].low == "in" && !hasPossessive(toks, i+1, e)) && !hasOrgWord(toks, k, e) && st.reg.findOrg(span(p, toks, k, e)) == nil {
			k = -1 // "a nurse from San Diego", "a director in Mesa Verde": where, not whom for
		}
		if k >= 0 && (best < 0 || toks[i].low == "at" && toks[best].low != "at") {
			best, bestAff = i, k
		}
	}
	// "founding director of the Center for Coastal Studies at the
	// University of Washington": a unit of an organization, named before
	// the "at", is the affiliation together with it.
	if best >= 0 && toks[best].low == "at" && first >= 0 && first < best && toks[first].low != "at" {
		if k := orgObject(toks, first+1, best); k >= 0 && unitWord(toks, k, best) {
			best, bestAff = first, k
		}
	}
	switch {
	case best >= 0:
		// "... of the House committee and one of its negotiators"; "... at
		// the Harbor Institute in Port Vale": the place is not the name.
		ae := bestAff + 1
		ce := bestAff
		for ce < e && !isComma(toks[ce]) {
			ce++
		}
		for ae < e && !isComma(toks[ae]) && !(toks[ae].low == "and" && ae+1 < e && !toks[ae+1].capital) &&
			!(toks[ae].low == "in" && (hasOrgWord(toks, bestAff, ae) || !hasOrgWord(toks, ae+1, ce))) {
			ae++
		}
		// "the Council on Tides, Currents and Harbors": a list of
		// capitalized words inside the name.
		if ae+2 < e && toks[ae].text == "," && toks[ae-1].capital && toks[ae+1].capital {
			m, list := ae+1, false
			for m < e && toks[m].kind == tWord && (toks[m].capital || toks[m].low == "and" && m+1 < e && toks[m+1].capital) {
				if _, given := firstNames[toks[m].low]; given {
					list = false // "director of Kell, Tom Vale and Ed Ray": people
					break
				}
				list = list || toks[m].low == "and"
				m++
			}
			if list {
				ae = m
			}
		}
		// "the University of California, San Francisco": a campus after
		// the comma is part of the name.
		if ae < e && toks[ae].text == "," && universityWord(toks, bestAff, ae) {
			k := ae + 1
			for k < e && k-ae <= 3 && toks[k].capital && toks[k].kind == tWord {
				k++
			}
			if k > ae+1 && (k == e || isComma(toks[k])) {
				ae = k
			}
		}
		_, personAfter := firstNames[toks[bestAff].low]
		if toks[best].low == "in" || toks[best].low == "under" || toks[best].low == "for" && (personAfter || isTitle(toks[bestAff])) {
			// "the Harbor Hall ferry policy director in the Vale
			// administration": the body named in the title comes first.
			if r, f, _ := st.prefixRole(p, toks, a, best); f != "" && r != "" {
				return r, f
			}
		}
		return span(p, toks, a, best), stripThe(span(p, toks, bestAff, ae))
	case first >= 0 && toks[first].low == "for" && e-first == 2 && !toks[e-1].capital && isTitle(toks[first-1]):
		return span(p, toks, a, e), "" // "undersecretary for management": the office's field
	case first >= 0 && orgNouns[toks[e-1].low]:
		// "a spokeswoman for the health ministry"; "a specialist for course
		// management at the school": no body named, none given.
		last := first
		for i := first + 1; i < e-1; i++ {
			if affilPreps[toks[i].low] {
				last = i
			}
		}
		if last > first {
			return span(p, toks, a, first), ""
		}
		return span(p, toks, a, first), stripThe(span(p, toks, first+1, e))
	case first >= 0 && (toks[first].low == "from" || toks[first].low == "in"):
		return span(p, toks, a, first), "" // "a nurse from San Diego"
	case first >= 0:
		return span(p, toks, a, e), ""
	}
	if hasTitle(toks, a, e) {
		r := a + 1
		for r < e && !(toks[r].low == "and" && !(r+1 < e && toks[r+1].capital && r > a && toks[r-1].capital)) {
			r++ // not at "Customs and Coast Protection"
		}
		// "a former National Security Council official": the
		// organization before the title, as before a name.
		if role, aff, _ := st.prefixRole(p, toks, a, r); aff != "" {
			return role, aff
		}
		return span(p, toks, a, r), ""
	}
	return "", ""
}

// orgObject returns where an organization's name starts in the object
// [k, e) of a preposition, or -1: "the Center for Urban Policy", "NASA's
// science mission directorate", and for "eastern Indiana's Richmond High
// School" the school.
// brandWord says whether w, opening in lower case, is written as a name:
// a capital or a digit inside a word of letters ("eBay", "my6sense").
func brandWord(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' || len(w) < 3 {
		return false
	}
	letters, inner := 0, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			inner = inner || i > 0
		default:
			return false
		}
	}
	return inner && letters >= 2
}

func orgObject(toks []token, k, e int) int {
	for k < e && (toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an") {
		k++
	}
	if k+1 == e && brandWord(toks[k].text) {
		return k // "CEO and founder of my6sense", "of eBay"
	}
	j := k
	for j < e && j-k < 4 && toks[j].kind == tWord && (!toks[j].capital || hyphenAdjective(toks[j]) || toks[j].low == "pac") && !affilPreps[toks[j].low] && toks[j].low != "in" {
		j++ // "the Dunmore-based fact-checking website Rowing Facts", "the centrist super PAC Harbor Rising"
	}
	if j >= e || toks[j].kind != tWord || !toks[j].capital || stopCaps[toks[j].low] {
		return -1
	}
	if isPossessive(toks[j].low) && j+1 < e && isNameRun(toks, j+1, e) {
		return j + 1
	}
	if j > k && bodyKinds[toks[j-1].low] {
		return j // "at trading firm Norrport"
	}
	for q := k; q < j-1; q++ {
		if isPossessive(toks[q].low) {
			return j // "of the sport's tallier Kell Relations"
		}
	}
	if j > k && j-k <= 2 && !isPossessive(toks[j].low) {
		desc := true // "at the non-partisan Kell Report": adjectives of a body's kind
		for q := k; q < j; q++ {
			desc = desc && (bodyAdjectives[toks[q].low] || strings.Contains(toks[q].low, "-"))
		}
		if desc {
			return j
		}
	}
	if j > k && !isPossessive(toks[j].low) || j-k > 2 {
		return -1
	}
	return j
}

// isNameRun says whether [a, b) is capitalized words, with the prepositions
// and conjunctions names hold ("Department of Health and Human Services").
func isNameRun(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if t := toks[i]; t.kind != tWord || !t.capital && !affilPreps[t.low] && !nameJoiners[t.low] && t.low != "&" {
			return false
		}
	}
	return toks[b-1].capital
}

func hasTitle(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if isTitle(toks[i]) {
			return true
		}
	}
	return false
}

// headRole is the title at the end of [a, b): "a nurse" gives "nurse".
func headRole(toks []token, a, b int) string {
	for i := b - 1; i >= a; i-- {
		if isTitle(toks[i]) || kinNouns[toks[i].low] {
			return toks[i].low
		}
	}
	return ""
}

// resolveDesc handles a phrase headed by a title with no name: "the CUP
// chief" resolves to the one person it fits; "a spokeswoman for the ministry"
// is an unnamed source.
func (st *state) resolveDesc(p string, toks []token, sp *speaker, a, hb int, definite bool, role, aff, post string) *speaker {
	t := hb - 1
	rs := t
	for rs-1 >= a && isTitle(toks[rs-1]) {
		rs--
	}
	head := lower(span(p, toks, rs, hb))
	org := ""
	if rs > a {
		for a < rs-1 && !toks[a].capital && (roleModifiers[toks[a].low] || npAdjectives[toks[a].low]) && toks[a+1].capital {
			a++ // "a senior State Department official": the body after the rank
		}
		mod := span(p, toks, a, rs)
		if partyWords[lower(mod)] && !partyOfficers[toks[t].low] {
			// "the GOP front-runner": a label, not an organization
		} else if isAcronym(mod) || isOrgRun(toks, a, rs) || st.reg.findOrg(mod) != nil ||
			bodyWords(toks, a, rs) && !isDemonym(toks[a].low) && !partyWords[toks[a].low] {
			org = st.orgName(trimPossessive(mod)) // "a WeWork spokesperson"
		} else if rs-a == 1 && !toks[a].capital && orgNouns[toks[a].low] {
			// "a company spokesman": the company named last.
			if o := st.reg.latestOrg(toks[a].low); o != nil {
				org = o.name
			}
		}
	}
	if org == "" && post != "" {
		org = st.orgName(post)
	}
	if definite {
		e := st.reg.byRole(head, org)
		if e == nil && org != "" {
			e = st.reg.byRole("", org)
		}
		if e == nil {
			e = st.reg.anonByRole(head)
		}
		// "the Ostland senator and Republican presidential hopeful": two
		// titles of one person; either may find them.
		if e == nil {
			for i := a; i < hb && e == nil; i++ {
				if toks[i].low == "and" {
					for k := a; k < i && e == nil; k++ {
						if isTitle(toks[k]) {
							e = st.reg.byRole(toks[k].low, "")
						}
					}
					break
				}
			}
		}
		// "The actor said", "The suspect said": a description no one
		// named so far has taken is the person the passage is about, when
		// nothing the article says of that person contradicts it.
		// "A middle-aged cashier was upset. … said the woman": a gendered
		// noun means the subject before when it fits.
		if g, ok := genderedTitles[head]; e == nil && org == "" && hb-rs == 1 && ok && (head == "woman" || head == "man") {
			e = st.reg.salientFor(g)
		}
		if e == nil && org == "" && hb-rs == 1 && !strings.Contains(head, " ") && (isTitle(toks[t]) || personNouns[head]) && !kinNouns[head] && head != "man" && head != "woman" {
			// An office ("the mayor", "the president") is never guessed
			// onto someone who was not given it.
			if c := st.reg.salientPerson(); c != nil && (c.role == "" && !publicOffices[head] || sameHead(c.role, head)) {
				if c.role == "" {
					c.role = head
				}
				e = c
			} else if c != nil && c.spoke != 0 && !publicOffices[head] && !ranks[head] && isTitle(toks[t]) && !personNouns[head] && (definiteThe(toks, a) || hb-a == 1) {
				// "Fernando Reyes, a former ambassador, said …. The analyst
				// added": an occupation for the one speaking in the passage.
				e = c
			}
		}
		// "Jane Ruiz, 54, has fished here since 1990. … the 54-year-old
		// said": an age stands for the person the passage is about.
		if e == nil && org == "" && hb-a == 1 && strings.HasSuffix(head, "-year-old") {
			e = st.reg.salientPerson()
		}
		if e != nil {
			st.fromEntity(sp, e)
			sp.res = resDesc
			return sp
		}
		sp.kind, sp.name = extractor.Person, descName(span(p, toks, a-boolInt(a > 0 && toks[a-1].low == "the"), hb))
		if post != "" {
			sp.name = descName(sp.mention)
		}
		sp.role, sp.aff, sp.res = span(p, toks, a, hb), org, resUnresDesc
		if org != "" {
			sp.role = head
		}
		if strings.HasSuffix(head, "-year-old") {
			sp.role = "" // an age is no role
		}
		if head == "man" || head == "woman" {
			sp.kind, sp.role = extractor.Anonymous, "" // "the man wrote": someone the article does not name
		}
		sp.role, sp.aff = tidyRoleAff(sp.role, sp.aff)
		return sp
	}
	sp.kind, sp.name = extractor.Anonymous, descName(sp.mention)
	sp.role = head
	// "New York's chief medical examiner": the owner is the affiliation
	// and the words after it the role.
	for q := hb - 2; q >= a; q-- {
		if isPossessive(toks[q].low) {
			if toks[q].capital && org == "" {
				org = trimPossessive(span(p, toks, a, q+1)) // a place as often as an organization: not registered
			}
			sp.role = span(p, toks, q+1, hb)
			break
		}
	}
	if org == "" {
		org = aff
	}
	sp.aff = org
	if role != "" {
		sp.role = role
	}
	sp.role, sp.aff = tidyRoleAff(sp.role, sp.aff)
	// "a company spokesman said …; the spokesman said": one source, whom
	// the definite description later finds.
	if sp.role != "" && !strings.HasSuffix(sp.role, "-year-old") {
		e := &entity{kind: extractor.Anonymous, name: sp.name, role: sp.role, aff: sp.aff, gender: genderedTitles[lower(lastWord(sp.role))]}
		st.reg.touch(e)
		st.reg.others = append(st.reg.others, e)
		sp.ent = e
	}
	return sp
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// unitWord says whether [a, b) names a unit of an organization: a center,
// an institute, a department (not a project or a program, which stay in
// the role).
func unitWord(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if t := toks[i]; t.capital && unitWords[t.low] {
			return true
		}
	}
	return false
}

var unitWords = set(`center centre institute department school college office bureau division lab laboratory
	unit faculty clinic hospital observatory museum library council committee commission agency`)

// trimField drops punctuation and space left at the ends of a role or an
// affiliation: "former special envoy to Ukraine,".
func trimField(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ",;:—–-(")
}

func universityWord(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if l := toks[i].low; l == "university" || l == "college" || l == "state" {
			return true
		}
	}
	return false
}

// corporateTitle says whether a role is one that only a company's or an
// organization's officer holds: a CEO is always someone's.
func corporateTitle(role string) bool {
	switch role {
	case "ceo", "cfo", "coo", "cto", "chief executive", "chief executive officer", "chief financial officer",
		"chief operating officer", "chairman", "chairwoman", "founder", "co-founder", "cofounder", "spokesman",
		"spokeswoman", "spokesperson", "co-ceo":
		return true
	}
	return false
}

// sentenceCompany returns the organization the sentence being read is
// about when it opens with a one-word name and its verb ("Kestrel was pulled
// into the bidding, CEO Ana Ruiz said"), for a corporate title given
// without its company; else "".
func (st *state) sentenceCompany(toks []token) string {
	s := st.cur
	if s.b-s.a < 3 || s.b > len(toks) {
		return ""
	}
	// "said CEO Craig Menard in the company’s release": the company
	// named last.
	for i := s.a; i+1 < s.b; i++ {
		if (toks[i].low == "company's" || toks[i].low == "company’s") && i > s.a && toks[i-1].low == "the" {
			if o := st.reg.latestOrg("company"); o != nil {
				return o.name
			}
			break
		}
	}
	t, n := toks[s.a], toks[s.a+1]
	if t.kind != tWord || !t.capital || stopCaps[t.low] || isAcronym(t.text) && len(t.text) < 2 || places[t.low] {
		return ""
	}
	if _, given := firstNames[t.low]; given || len(st.reg.bySur[t.low]) > 0 || isGroup(t) || isTitle(t) {
		return ""
	}
	if n.kind != tWord || n.capital || !(auxiliaries[n.low] || pastVerb(n) || verbCue(n.low)) {
		return ""
	}
	return st.reg.org(t.text).name
}

// lastNameWord is the last word of the run of name words from n0.
func lastNameWord(toks []token, n0 int) string {
	e := n0
	for e < len(toks) && nameWord(toks[e]) {
		e++
	}
	if e == n0 {
		return ""
	}
	return toks[e-1].text
}

// hyphenAdjective says whether t is an adjective made with a hyphen and a
// lower-case participle: "Oscar-winning", "Washington-based", "Iowa-born".
func hyphenAdjective(t token) bool {
	i := strings.LastIndexAny(t.text, "-‐")
	if i <= 0 || i+1 >= len(t.text) {
		return false
	}
	tail := t.text[i+1:]
	return tail == strings.ToLower(tail) && (strings.HasSuffix(tail, "ing") || strings.HasSuffix(tail, "ed") || strings.HasSuffix(tail, "born") || strings.HasSuffix(tail, "run"))
}

// tidyRoleAff keeps the organization out of the role and descriptions out
// of the organization: "campaign spokesman" of "Lopez" is the spokesman of
// the "Lopez campaign"; "Mr. Kroll's press aide" is the press aide
// of "Mr. Kroll"; the "Alder Policy Network think tank" is the "Alder
// Policy Network".
func tidyRoleAff(role, aff string) (string, string) {
	// "Senate Minority Leader", "House Speaker": the chamber a leader
	// leads is the affiliation.
	if aff == "" {
		for _, ch := range []string{"Senate ", "House "} {
			if r, ok := strings.CutPrefix(role, ch); ok && chamberOffices[lower(r)] {
				role, aff = r, strings.TrimSpace(ch)
				break
			}
		}
	}
	// "Chilean analyst": a nationality is no part of the role.
	if w, rest, ok := strings.Cut(role, " "); ok && rest != "" && isCapital(w) && isDemonym(lower(w)) && !isCapital(rest) {
		role = rest
	}
	// "a Republican National Committeeman": a member of the Republican
	// National Committee.
	if aff == "" {
		if f := strings.Fields(role); len(f) >= 2 {
			last := lower(f[len(f)-1])
			if r, ok := strings.CutSuffix(last, "man"); ok && strings.HasSuffix(r, "committee") || last == "committeewoman" || last == "committeemember" {
				k := len(f) - 1
				for k > 0 && isCapital(f[k-1]) {
					k--
				}
				if k < len(f)-1 {
					body := strings.Join(f[k:len(f)-1], " ")
					if !isAcronym(body) {
						body += " Committee"
					}
					role, aff = strings.TrimSpace(strings.Join(f[:k], " ")+" "+lower(f[len(f)-1])), body
				}
			}
		}
	}
	// "chief of staff to Sen. Ida Moss", "an adviser to Tom Reed": the
	// person served.
	if aff == "" {
		if r, who, ok := strings.Cut(role, " to "); ok && (staffRoles[lower(lastWord(r))] || strings.HasSuffix(lower(r), " of staff")) {
			f := strings.Fields(who)
			k := 0
			for k < len(f)-1 && (titles[lower(f[k])] || titleAbbrev[lower(f[k])] != "") {
				k++
			}
			if len(f)-k >= 2 && isCapital(f[k]) && isCapital(f[len(f)-1]) {
				role, aff = r, strings.Join(f[k:], " ")
			}
		}
	}
	// "a spokeswoman for Mayor Tom Reed": the person served, without the
	// title.
	if f := strings.Fields(aff); len(f) >= 3 {
		k := 0
		for k < len(f)-2 && (titles[lower(f[k])] || titleAbbrev[lower(f[k])] != "") {
			k++
		}
		if _, given := firstNames[lower(f[k])]; k > 0 && given {
			aff = strings.Join(f[k:], " ")
		}
	}
	// "the owner of a strip mall": a body named only by its kind,
	// without its name, is no affiliation.
	if strings.HasPrefix(aff, "a ") || strings.HasPrefix(aff, "an ") {
		aff = ""
	}
	for _, sep := range []string{" at a ", " at an ", " for a ", " for an ", " with a ", " with an ", " of a ", " of an "} {
		if i := strings.Index(role, sep); i > 0 && aff == "" {
			role = role[:i] // "a lawyer at a small firm in Tolland", "the owner of a strip mall": the body unnamed
			break
		}
	}
	// "Circuit Court Judge David McKeague", "a U.S. District Court judge":
	// a court named by its kind alone is part of the judge's title, as
	// "U.S. District Judge" is; a court with a place is a body
	// ("Wisconsin Supreme Court justice").
	if l := lower(role); (l == "judge" || l == "justice" || l == "chief judge") && genericCourt(aff) {
		role, aff = aff+" "+role, ""
	}
	// "German's brother and fellow television comedian": the kinship and
	// its owner go; the job after it stays.
	if f := strings.Fields(role); len(f) > 2 && kinNouns[lower(f[0])] && f[1] == "and" {
		rest := f[2:]
		for len(rest) > 1 && (rest[0] == "a" || rest[0] == "an" || rest[0] == "fellow" || rest[0] == "longtime" || rest[0] == "his" || rest[0] == "her") {
			rest = rest[1:]
		}
		role = strings.Join(rest, " ")
		owner := true // the affiliation is the kin's owner unless it names a body
		for _, w := range strings.Fields(aff) {
			if orgWords[lower(w)] || isAcronym(w) {
				owner = false
			}
		}
		if owner {
			aff = ""
		}
	}
	// "Queen Maud's third child": kinship is no role, and whose
	// child is no affiliation.
	if l := lower(lastWord(role)); (kinNouns[l] && !(l == "partner" && aff != "")) || l == "son" || l == "child" || l == "children" || l == "grandson" || l == "granddaughter" { // "KPMG partner" is a job
		return "", ""
	}
	if aff != "" && isCapital(aff) {
		for _, body := range []string{"campaign", "administration"} {
			if r, ok := strings.CutPrefix(role, body+" "); ok && !strings.HasSuffix(aff, " "+body) {
				role, aff = r, aff+" "+body
				break
			}
		}
	}
	if aff == "" {
		for _, sep := range []string{"'s ", "’s "} {
			owner, r, ok := strings.Cut(role, sep)
			if ok && isCapital(owner) && r != "" && !isCapital(r) {
				role, aff = r, owner
				break
			}
		}
	}
	if aff == "" {
		// "the Texas senator": a state opening the role.
		for _, n := range []int{1, 2} {
			f := strings.Fields(role)
			if len(f) > n && isState(strings.Join(f[:n], " ")) && !isCapital(f[n]) {
				role, aff = strings.Join(f[n:], " "), strings.Join(f[:n], " ")
				break
			}
		}
	}
	aff = stateAffiliation(role, aff)
	// "Dundee Green MP Arla Finch": a legislator sits for a place and
	// a party, neither the body he acts for; a chamber is.
	if legislators[lower(lastWord(role))] && aff != "" && !chamberName(aff) {
		aff = ""
	}
	// "Mrs. Kerr's Council of Harbor Advisers": the body, not its owner.
	for _, sep := range []string{"'s ", "’s "} {
		if owner, body, ok := strings.Cut(aff, sep); ok && isCapital(body) && len(strings.Fields(body)) >= 2 && isCapital(owner) {
			aff = body
			break
		}
	}
	for _, desc := range []string{" think tank", " advocacy group", " lobbying group", " trade group", " nonprofit"} {
		if a, ok := strings.CutSuffix(aff, desc); ok && isCapital(a) {
			aff = a
			break
		}
	}
	return role, aff
}

// departments are the offices a secretary or a minister is named for:
// "secretary of State", "Minister of Finance" is one title, no affiliation.
var departments = set(`state defense defence treasury labor labour commerce agriculture energy education
	transportation interior homeland health housing veterans finance justice foreign war navy army`)

// officeOf says whether the "of" at i names a department in a title.
func officeOf(toks []token, i, e int) bool {
	if toks[i].low != "of" || i+1 >= e {
		return false
	}
	switch toks[i-1].low {
	case "secretary", "undersecretary", "under-secretary", "minister", "department":
	default:
		return false
	}
	_, given := firstNames[lower(toks[min(i+2, len(toks)-1)].text)]
	return departments[toks[i+1].low] && (i+2 == e || !toks[i+2].capital || given || toks[i+1].low == "homeland" || toks[i+1].low == "veterans")
}

// legislators are elected members of a chamber.
var legislators = set(`mp mps mpp mla senator congressman congresswoman congressmember
	assemblyman assemblywoman assemblymember lawmaker legislator councillor`)

// chamberName says whether aff names a chamber or one of its bodies rather
// than a place or a party: "Senate", "House Intelligence Committee".
func chamberName(aff string) bool {
	for _, w := range strings.Fields(lower(aff)) {
		switch w {
		case "senate", "house", "parliament", "assembly", "congress", "committee", "subcommittee", "caucus", "council", "legislature", "bundestag", "commons", "lords":
			return true
		}
	}
	return false
}

// sameHead says whether role ends in the word head: "chief executive"
// and "executive".
func sameHead(role, head string) bool {
	return strings.EqualFold(lastWord(role), head)
}

// bodyKinds name kinds of bodies that stand before a body's name: "the pub
// chain Harbor Taverns", "the advocacy group Harbor Watch".
var bodyKinds = set(`chain group firm company charity organization organisation network agency pac think-tank
	institute foundation association union party campaign coalition lobby retailer bank insurer
	carrier airline maker manufacturer publisher broadcaster newspaper website club team`)

// staffRoles serve a person, whose possessive names them: "his campaign
// manager", "her deputy"; not "his challenger" or "her rival".
var staffRoles = set(`deputy aide adviser advisor spokesman spokeswoman spokesperson lawyer attorney manager speechwriter
	strategist pollster assistant secretary chief counsel director chairman chairwoman chair`)

// timePreps open a time after an office: "in 2013", "until May".
var timePreps = set(`in until since from through till by during`)

// monthNames name the months, whose capital makes them look like names.
var monthNames = set(`january february march april may june july august september october november december`)

// timeWord says whether t is a year, a month or a day.
func timeWord(t token) bool {
	return t.kind == tWord && (len(t.low) == 4 && isDigitStart(t.low, 0) || monthNames[t.low] || weekdays[t.low])
}

// bodyAdjectives describe a body before its name: "the non-partisan
// Cook Report", "the nonprofit Harbor Watch".
var bodyAdjectives = set(`nonpartisan non-partisan bipartisan nonprofit non-profit conservative liberal progressive
	independent influential powerful prestigious private public federal national international global local
	regional state-run state-owned government-run leftist rightwing right-wing left-wing libertarian centrist
	moderate left-leaning right-leaning free-market nonprofit pro-business pro-immigration anti-tax`)

// nameJoiners are the small words inside a body's name: "Action on Ferries
// and Harbors", "Council for the Welfare of Sailors".
var nameJoiners = set(`of on and for the de du des la le del`)

// oddDemonyms are nationalities without the usual endings.
var oddDemonyms = set(`welsh greek thai swiss argentine filipino basque dutch cypriot french czech`)

// ranks are military and police ranks, which say less than an office.
var ranks = set(`general colonel lieutenant sergeant captain commander admiral major corporal private
	lieutenant colonel`)

func hasPossessive(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if isPossessive(toks[i].low) {
			return true
		}
	}
	return false
}

// allPlain says whether [a, b) are plain lower-case words: "surgery".
func allPlain(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if toks[i].kind != tWord || toks[i].capital || !plainWord(toks[i]) {
			return false
		}
	}
	return b > a
}

// adjectiveForm says whether a word ends as English adjectives do:
// "political", "presidential", "economic", "legislative".
func adjectiveForm(l string) bool {
	for _, suf := range []string{"ical", "ial", "al", "ic", "ive", "ary", "ous"} {
		if len(l) > len(suf)+3 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// publicOffices are held by one known person, named as such: "the mayor"
// is whoever the article made mayor, never the person the passage is about.
var publicOffices = set(`mayor governor senator president minister chancellor premier king queen prince princess
	sheriff judge justice ambassador secretary chairman chairwoman chair commissioner representative congressman congresswoman`)

func definiteThe(toks []token, a int) bool { return a > 0 && toks[a-1].low == "the" }

// genericCourt says whether aff names a court by its kind alone: "Circuit
// Court", "U.S. District Court", "federal appeals court".
func genericCourt(aff string) bool {
	f := strings.Fields(aff)
	if len(f) < 2 || lower(f[len(f)-1]) != "court" {
		return false
	}
	for _, w := range f[:len(f)-1] {
		switch lower(w) {
		case "u.s.", "us", "federal", "circuit", "district", "appeals", "appellate", "superior", "county", "state":
		default:
			return false
		}
	}
	return true
}
