package rules

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extractor"
)

// speaker is a resolved attribution: who, as written, and how sure.
type speaker struct {
	name, mention string
	kind          extractor.SpeakerKind
	role, aff     string
	ent           *entity
	res           float64 // how well the mention resolved, in [0,1]
}

// Resolution factors: how much a record's confidence keeps for each way of
// finding its speaker.
const (
	resNamed     = 1.0  // a name, organization, group or anonymous source at the cue
	resShort     = 0.95 // a surname or acronym resolved to the full name
	resPronoun   = 0.85 // he / she / they resolved
	resDesc      = 0.85 // "the CUP chief" resolved to a person
	resUnresDesc = 0.75 // "the mayor" with no one to resolve to
	resAmbiguous = 0.45 // a surname shared by two people
	resUnknown   = 0.4  // no speaker
)

func words(toks []token, a, b int) []string {
	out := make([]string, 0, b-a)
	for i := a; i < b; i++ {
		out = append(out, toks[i].text)
	}
	return out
}

func span(p string, toks []token, a, b int) string {
	if a >= b {
		return ""
	}
	return p[toks[a].start:toks[b-1].end]
}

// stripThe drops a leading "the" from a proper name: "the State Department"
// is the State Department.
func stripThe(s string) string {
	for _, pre := range []string{"the ", "The "} {
		if rest, ok := strings.CutPrefix(s, pre); ok && rest != "" && firstRune(rest) >= 'A' && firstRune(rest) <= 'Z' {
			return rest
		}
	}
	return s
}

// resolve turns a phrase into a speaker, registering and looking up entities.
func (st *state) resolve(p string, toks []token, ph phrase) *speaker {
	sp := st.resolve0(p, toks, ph)
	// "Powell's office said", "the Kell Foods campaign said": a unit
	// speaks for whom it serves.
	if sp.kind == extractor.Organization && sp.aff == "" && ph.b-ph.a >= 2 && unitNouns[toks[ph.b-1].low] {
		q := ph.b - 2
		if o := ph.a; toks[o].low == "the" || toks[o].low == "The" {
			o++
			if q >= o && allCapitalRun(toks, o, q+1) && !isPossessive(toks[q].low) {
				sp.aff = span(p, toks, o, q+1)
			}
		} else if q == ph.a && toks[q].capital && isPossessive(toks[q].low) {
			sp.aff = trimPossessive(toks[q].text)
		}
		if sp.aff != "" && sp.ent != nil && sp.ent.aff == "" {
			sp.ent.aff = sp.aff
		}
	}
	return sp
}

// unitNouns name a unit that speaks for a person or a body: "Powell's
// office", "the Lopez campaign".
var unitNouns = set(`office campaign camp staff team administration`)

func (st *state) resolve0(p string, toks []token, ph phrase) *speaker {
	// "Psychology student at Dunmore College Amna Jaffe": a
	// role at a body, then the person's name, with no comma between.
	if ph.appB <= ph.appA && ph.b-ph.a >= 5 {
		g := trailingName(toks, ph.a, ph.b)
		if g < 0 && st.reg.doc.surnameInUse(toks[ph.b-1].text) && nameWord(toks[ph.b-2]) && !orgWords[toks[ph.b-2].low] {
			g = ph.b - 2 // "… Amna Jaffe", with "Jaffe said" elsewhere
		}
		// "the head of the (worldwide) Harbor Guild": a body's name, not a
		// person's (but "the head of the harbor police Amna Jaffe").
		theBefore := g-1 > ph.a && toks[g-1].low == "the" ||
			g-2 > ph.a && toks[g-2].low == "the" && !toks[g-1].capital && !orgNouns[toks[g-1].low] && !isTitle(toks[g-1]) && !isGroup(toks[g-1])
		if g > ph.a+2 && !theBefore {
			prep := false
			for i := ph.a + 1; i < g-1; i++ {
				prep = prep || (toks[i].low == "at" || toks[i].low == "of" || toks[i].low == "for") && !toks[i].capital && !toks[i-1].capital && toks[i-1].kind == tWord &&
					!(toks[i].low == "of" && isTitle(toks[i-1]) && g-(i+1) <= 2 && allPlain(toks, i+1, g)) // not "chief of surgery Ola Kov"
			}
			if prep {
				return st.resolve(p, toks, phrase{a: g, b: ph.b, appA: ph.a, appB: g, end: ph.end})
			}
		}
	}
	sp := &speaker{mention: span(p, toks, ph.a, ph.end), res: resNamed}
	a, b := ph.a, ph.b
	if !ph.anon && ph.appB > ph.appA {
		// "McCormick, who has split from her party, told" and "Carlos
		// Lopez, a councilman who represents the harbor district, told": a
		// relative clause describes the speaker but is not the mention.
		for r := ph.appA; r < ph.appB; r++ {
			if relPronouns[toks[r].low] {
				sp.mention = span(p, toks, ph.a, ph.b)
				if r > ph.appA {
					sp.mention = span(p, toks, ph.a, r)
				}
				break
			}
		}
	}
	if b-a == 1 {
		if g, ok := pronouns[toks[a].low]; ok {
			e := st.reg.pronoun(g)
			if e == nil {
				sp.kind = extractor.Unknown
				sp.res = resUnknown
				return sp
			}
			st.fromEntity(sp, e)
			sp.res = resPronoun
			return sp
		}
	}
	// "Kerr's statement went on": a person's statement speaks for the person.
	if b-a >= 2 && docNouns[toks[b-1].low] && isPossessive(toks[b-2].low) && toks[b-2].capital {
		// "Ivana Trump's brief" is not Donald Trump's.
		if e := st.reg.bySurname(lower(trimPossessive(toks[b-2].text))); e != nil && e.kind == extractor.Person &&
			!(b-3 >= a && toks[b-3].capital && nameWord(toks[b-3]) && !strings.HasPrefix(e.name, toks[b-3].text+" ")) {
			st.fromEntity(sp, e)
			sp.res = resShort
			return sp
		}
	}
	// "Sanders said" opening a sentence, after Bernie Sanders was named, is
	// him, not a group of sanders; "Guardian said" after Mayor Don
	// Guardian is the mayor, not a newspaper.
	if b-a == 1 && toks[a].capital && (toks[a].first && (!groupNouns[toks[a].low] || bodySurnames[toks[a].low]) || orgWords[toks[a].low]) && len(st.reg.bySur[toks[a].low]) > 0 {
		role, aff := st.appositiveRole(p, toks, ph.appA, ph.appB) // "Eke, the captain from Malmo, said"
		return st.resolvePerson(p, toks, sp, a, a, b, role, aff, "")
	}
	// "A third, Daniel Traynor, said", "Another, Ana Ruiz, said": a count
	// that the name after it fills.
	if ph.appB-ph.appA >= 2 && allNames(toks, ph.appA, ph.appB) && b-a <= 2 && (ordinals[toks[b-1].low] || toks[b-1].low == "another" || toks[b-1].low == "one") {
		return st.resolvePerson(p, toks, sp, ph.appA, ph.appA, ph.appB, "", "", "")
	}
	// "The city's transportation commissioner, Daniel Okafor, said": the
	// name is in the appositive and the phrase is the role.
	if ph.appB-ph.appA >= 2 && allNames(toks, ph.appA, ph.appB) && (headRole(toks, a, b) != "" || personNouns[toks[b-1].low] && !toks[b-1].capital) {
		role, aff := descRole(p, toks, a, b)
		if aff == "" && role != "" && isCapital(role) {
			// "A Harbor Line spokesman, Nils Farrow": the body in the
			// description.
			a2 := a
			for a2 < b && determiners[toks[a2].low] {
				a2++
			}
			if r, f, _ := st.prefixRole(p, toks, a2, b); r != "" && f != "" {
				role, aff = r, f
			}
		}
		if g, ok := ownerPronouns[toks[a].low]; ok && g != plural && aff == "" && role != "" && headRole(toks, a, b) != "" {
			// "His campaign manager, Olek Brandt": whose the office is.
			if e := st.reg.pronoun(g); e != nil && e.kind == extractor.Person && staffRoles[lower(lastWord(role))] {
				role, aff = tidyRoleAff(role, lastWord(e.name))
			}
		}
		for i := a + 1; i+1 < b; i++ {
			if affilPreps[toks[i].low] && !toks[i].capital && toks[i+1].capital {
				// "his coach at Dunmore": the body after the role
				if r, f := st.appositiveRole(p, toks, a, b); r != "" && f != "" {
					role, aff = r, f
				}
				break
			}
		}
		return st.resolvePerson(p, toks, sp, ph.appA, ph.appA, ph.appB, role, aff, "")
	}
	role, aff := st.appositiveRole(p, toks, ph.appA, ph.appB)
	if !ph.anon && ph.appB > ph.appA && role == "" && aff == "" && !allNames(toks, ph.appA, ph.appB) && !isDigitStart(toks[ph.appA].low, 0) {
		sp.mention = span(p, toks, ph.a, ph.b) // "Some residents, meanwhile, argued"
	}
	if ph.anon {
		if ph.appB > ph.appA && ph.appA > ph.a && (relPronouns[toks[ph.appA].low] || isComma(toks[ph.appA-1])) {
			// "A city engineer, who asked not to be named ..., said": the
			// anonymity clause explains the source; the mention is the
			// description.
			sp.mention = span(p, toks, ph.a, ph.b)
		}
		g := genderedTitles[toks[b-1].low]
		// "A cashier was shaken … said the woman, who did not want to be
		// named": the unnamed person the sentence before is about.
		if toks[a].low == "the" && b-a == 2 && (toks[b-1].low == "woman" || toks[b-1].low == "man") {
			if e := st.reg.salientFor(g); e != nil && e.kind == extractor.Anonymous {
				st.fromEntity(sp, e)
				sp.res = resDesc
				return sp
			}
		}
		sp.kind, sp.name = extractor.Anonymous, descName(sp.mention)
		if aff == "" {
			aff = st.descOrg(p, toks, a, b)
		}
		sp.role, sp.aff = headRole(toks, a, b), aff
		e := &entity{kind: extractor.Anonymous, name: sp.name, role: sp.role, aff: sp.aff, gender: g}
		st.reg.touch(e)
		st.reg.others = append(st.reg.others, e)
		sp.ent = e
		return sp
	}
	// "Most of them said", "the majority of them say": a share of a group
	// named before is a group.
	if q := a + boolInt(toks[a].low == "the" || toks[a].low == "a"); q+3 == b && quantifiers[toks[q].low] && toks[q+1].low == "of" && sharePronouns[toks[q+2].low] {
		whole := descName(stripThe(span(p, toks, ph.a, b)))
		if toks[ph.a].first {
			whole = lowerFirst(whole)
		}
		sp.kind, sp.name = extractor.Group, whole
		sp.ent = st.reg.group(whole)
		return sp
	}
	definite := false
	for a+1 < b && determiners[toks[a].low] {
		definite = definite || toks[a].low == "the" || isPossessive(toks[a].low)
		a++
	}
	// "Figures compiled by Kell Relations showed": the document speaks,
	// and who made it is its affiliation.
	for k := a + 2; k+1 < b; k++ {
		if toks[k].low == "by" && pastVerb(toks[k-1]) && docNouns[toks[k-2].low] {
			e := st.reg.org(descName(stripThe(span(p, toks, ph.a, b))))
			if e.aff == "" {
				m := k + 1
				if toks[m].low == "the" {
					m++
				}
				if m < b && toks[m].capital {
					e.aff = st.orgName(span(p, toks, m, b))
				}
			}
			st.fromEntity(sp, e)
			return sp
		}
		if toks[k].kind != tWord {
			break
		}
	}
	// "Mr. Grass and Mr. Lenz say", "Ann Lee and Tom Ortiz said": two
	// people speaking together are a group, which "they" finds next.
	if g := st.twoPeople(p, toks, a, b); g != nil {
		st.fromEntity(sp, g)
		return sp
	}
	// Split off a post-modifier: "Lopez of the CUP", "a spokeswoman for the ministry".
	// A place after a description ("shop owners on the east bank", "a
	// lawmaker in the Philippines") ends the head but is no affiliation.
	pi, place := -1, false
	for i := a + 1; i < b; i++ {
		if toks[i].low == "of" && isTitle(toks[i-1]) && titleField(toks, i, b) {
			continue // "chief of surgery Olena Koval": the title's field, then the name
		}
		if affilPreps[toks[i].low] && !orgContinues(toks, i, b) && !titleOfBody(toks, i, b) &&
			!(toks[i-1].capital && i+1 < b && (toks[i+1].capital || isDigitStart(toks[i+1].low, 0) || toks[i+1].text[0] == '$') && titledPerson(toks, i+1, b) && !isTitle(toks[i-1])) { // not "Fair Pay for $20 organizing director Ken Fells"
			pi = i
			break
		}
		if circumPreps[toks[i].low] && i+1 < b && !orgContinues(toks, i, b) && !(numeral(toks[i+1]) && numeral(toks[i-1])) {
			pi, place = i, true
			break
		}
		// "Vanland's ambassador to Tarsia": where the office serves.
		if toks[i].low == "to" && isTitle(toks[i-1]) && i+2 == b && toks[i+1].capital {
			pi, place = i, true
			break
		}
	}
	hb := b
	post := ""
	if pi > 0 {
		hb = pi
		if !place {
			pa := pi + 1
			if pa < b && toks[pa].low == "the" {
				pa++
			}
			for pa < b-1 && (bodyAdjectives[toks[pa].low] || hyphenAdjective(toks[pa])) && !toks[pa].capital {
				pa++ // "of the non-partisan Kell-Marsh Rowing Report"
			}
			if pa < b-1 && !toks[pa].capital {
				// "the head of the worldwide Harbor Guild": a lower-case
				// word before a name is no part of it.
				k := pa
				for k < b-1 && k-pa < 2 && toks[k].kind == tWord && !toks[k].capital && !isPossessive(toks[k].low) && !affilPreps[toks[k].low] {
					k++
				}
				if k > pa && toks[k].capital && toks[b-1].capital {
					pa = k
				}
			}
			if pa == pi+1 || pa < b && toks[pa].capital {
				post = stripThe(span(p, toks, pa, b))
			} else {
				post = stripThe(span(p, toks, pi+1, b))
			}
		}
		if aff == "" {
			aff = post
		}
	}
	// The name: trailing capitalized words that are not titles or org words.
	n0 := hb
	if hb-2 >= a && titleSurname(toks[hb-2], toks[hb-1]) {
		n0 = hb - 1 // "Former commodore Martin Judge"
	}
	for n0 > a && nameWord(toks[n0-1]) {
		n0--
	}
	// "Secretary of State Mike Dorsey": a known given name inside the run
	// starts the name.
	titled := false
	for k := max(a, n0-3); k < n0; k++ {
		titled = titled || isTitle(toks[k])
	}
	if n0 >= hb || !titled || placeAt(toks, n0, hb) > n0+1 {
		// no title before the run, or a place opening it ("San Francisco")
	} else if _, given := firstNames[toks[n0].low]; !given {
		for i := n0 + 1; i < hb-1; i++ {
			if _, ok := firstNames[toks[i].low]; ok {
				n0 = i
				break
			}
		}
	}
	for n0 < hb && particles[toks[n0].low] && toks[n0].text != "Al" { // "Al Brenner": a given name
		n0++
	}
	// "South Africa said", "Beijing wants": a place acting as a body.
	if n0 < hb && n0 >= a && placeAt(toks, n0, hb) == hb && (n0 == a || !nameWord(toks[n0-1])) {
		st.fromEntity(sp, st.reg.org(span(p, toks, n0, hb)))
		return sp
	}
	// "ambassador to Britain Liu Xiaming": a place opening a run of names
	// is not part of the name.
	if e := placeAt(toks, n0, hb); e > n0 && hb-e >= 2 {
		n0 = e
	}
	whole := descName(stripThe(span(p, toks, ph.a, b)))
	if t := toks[ph.a]; t.first && t.capital && ph.a+1 < b && !toks[ph.a+1].capital && !isAcronym(trimPossessive(t.text)) && !properWord(toks, ph.a) && !st.ownerName(t) && !isDemonym(t.low) &&
		!(strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s")) && !innerCapital(t.text) && !partyWords[t.low] { // not "Lopez's letter", "McCorwin aides", "Democratic lawmakers"
		whole = lowerFirst(whole) // "Election officials" opening a sentence
	} else if t.first && (isGroup(t) || isTitle(t)) && !(ph.a+1 < b && toks[ph.a+1].capital) && !properWord(toks, ph.a) {
		whole = lowerFirst(whole) // "Forecasters warned"
	}
	// "Ostland State Nurses Association President Karl Gambrell": an
	// organization's title before a name is a person, not the organization.
	// "the state Department of Transportation": lower-case modifiers
	// before an organization's name.
	oa := a
	for oa < hb-1 && !toks[oa].capital && (npAdjectives[toks[oa].low] || strings.Contains(toks[oa].low, "-")) {
		oa++ // "the state-run Varna News Agency"
	}
	orgRun := isOrgRun(toks, oa, hb) && !titledPerson(toks, oa, hb)
	// "The advocacy group Project Harbor", "the label Big Harbor": a name
	// right after a noun for an organization is that organization's.
	for q := hb - 2; q >= a; q-- {
		if t := toks[q]; t.capital {
			continue
		} else if orgNouns[t.low] && !titledPerson(toks, q+1, hb) && allCapitalWords(toks, q+1, hb) {
			_, given := firstNames[toks[q+1].low]
			if !given {
				e := st.reg.org(stripThe(span(p, toks, q+1, hb)))
				st.fromEntity(sp, e)
				return sp
			}
		}
		break
	}
	_, honored := honorifics[toks[max(hb-2, a)].low]
	switch {
	case honored && hb-2 >= a && toks[hb-1].capital && n0 == hb:
		// "Ms. White", "Mr. House": an honorific makes the word a name
		// whatever else it may mean.
		return st.resolvePerson(p, toks, sp, a, hb-1, hb, role, aff, post)
	case hb-a >= 2 && hb-a <= 3 && isAcronym(toks[a].text) && len(toks[a].text) >= 2 && !strings.Contains(toks[a].text, ".") && titleAbbrev[toks[a].low] == "" &&
		allNames(toks, a+1, hb) && !hasTitle(toks, a, hb) && givenStart(toks, a+1, hb+1) < 0 && st.reg.doc.full(toks[hb-1].text) == "" && !st.reg.doc.person(toks[hb-1].low):
		// "MX Kell", "BK Capital": an acronym opening a name with no
		// given name in it is a body's.
		st.fromEntity(sp, st.reg.org(span(p, toks, a, hb)))
		return sp
	case hb-a == 1 && toks[a].low == "police" && st.reg.latestOrg("police") != nil:
		// "Police said" after "Harbor City police said": those police.
		st.fromEntity(sp, st.reg.latestOrg("police"))
		sp.res = resShort
		return sp
	case orgRun || ph.org || appositiveOrg(toks, ph, n0, hb) || (n0 < hb && n0 == a && st.reg.findOrg(span(p, toks, a, hb)) != nil) ||
		movementNames[toks[hb-1].low] && toks[hb-1].capital:
		na := a
		for na < hb-1 && !toks[na].capital && strings.Contains(toks[na].low, "-") {
			na++ // "the state-run Varna News Agency" is the Varna News Agency
		}
		name := stripThe(span(p, toks, na, b))
		if pi > 0 && !orgContinuesAll(toks, a, b) {
			name = stripThe(span(p, toks, na, hb))
		}
		e := st.reg.org(name)
		if isAcronym(name) && e.name != name {
			sp.res = resShort
		}
		st.fromEntity(sp, e)
		return sp
	case hb-a == 1 && a > ph.a && !definite && toks[a].capital && len(toks[a].low) > 5 && strings.HasSuffix(toks[a].low, "s") && isDemonym(strings.TrimSuffix(toks[a].low, "s")) && !partyWords[strings.TrimSuffix(toks[a].low, "s")]:
		// "Two Americans were killed", "Many Iraqis say": people of a
		// nation, counted.
		whole := descName(stripThe(span(p, toks, ph.a, b)))
		sp.kind, sp.name = extractor.Group, whole
		sp.ent = st.reg.group(whole)
		return sp
	case n0 == a && hb-a == 1 && a > ph.a && (toks[a-1].low == "a" || toks[a-1].low == "an" || toks[a-1].low == "another") && !orgWords[toks[a].low] && !isAcronym(toks[a].text):
		// "Another Muslim who worshiped there", "a Democrat who asked not
		// to be named": one unnamed person described by a capitalized noun.
		sp.kind, sp.name = extractor.Anonymous, descName(sp.mention)
		e := &entity{kind: extractor.Anonymous, name: sp.name}
		st.reg.touch(e)
		st.reg.others = append(st.reg.others, e)
		sp.ent = e
		return sp
	case n0 < hb:
		return st.resolvePerson(p, toks, sp, a, n0, hb, role, aff, post)
	}
	head := toks[hb-1].low
	switch {
	case isGroup(toks[hb-1]) && hb-1 > a && toks[hb-1].capital && !toks[hb-1].first && allCapitalWords(toks, a, hb):
		// "the United Nations", "the Arab States": a proper name ending in
		// a plural is an organization's.
		st.fromEntity(sp, st.reg.org(stripThe(span(p, toks, a, hb))))
		return sp
	case isGroup(toks[hb-1]) || hb-2 >= ph.a && countOpeners[toks[hb-2].low] && isDigitStart(toks[hb-1].low, 0) || hb-3 >= a && toks[hb-2].low == "in" && numeral(toks[hb-1]) && numeral(toks[hb-3]): // "two in three"
		sp.kind, sp.name = extractor.Group, whole
		sp.ent = st.reg.group(whole)
		// "NASA's scientists", "Acme workers": whom the group belongs to.
		q := a
		for q < hb-2 && (isDigitStart(toks[q].low, 0) || numberWords[toks[q].low] || quantityWords[toks[q].low]) {
			q++ // "nearly 140 House members"
		}
		if _, ok := honorifics[toks[q].low]; ok && q+1 < hb-1 && isPossessive(toks[q+1].low) {
			q++ // "Mr. Rubin's advisers"
		}
		if q < hb-1 && toks[q].capital && (!toks[q].first || q > a || isAcronym(trimPossessive(toks[q].text)) || st.ownerName(toks[q]) || hb-1-q >= 2 && orgWords[trimPossessive(toks[hb-2].low)] ||
			strings.HasSuffix(toks[q].low, "'s") || strings.HasSuffix(toks[q].low, "’s")) &&
			(isPossessive(toks[q].low) && !strings.HasSuffix(toks[q].low, "s'") && !strings.HasSuffix(toks[q].low, "s’") ||
				bodyWords(toks, q, hb-1) && !isDemonym(toks[q].low) && !partyWords[toks[q].low]) {
			based := strings.HasSuffix(toks[hb-2].low, "-based")
			oe := hb - 1
			for k := q; k < hb-2; k++ {
				if isPossessive(toks[k].low) {
					oe = k + 1 // "Sandell's top advisers": the owner, not "top"
					break
				}
			}
			if sp.ent.aff == "" && !onlyPlaces(toks, q, oe) && !based { // "U.S. officials": a country named bare is no body; "Washington-based analysts" no one's
				sp.ent.aff = st.orgName(trimPossessive(span(p, toks, q, oe)))
			}
			sp.aff = sp.ent.aff
		} else if q == hb-2 && !toks[q].capital && orgNouns[toks[q].low] {
			// "agency officials", "company executives": the people of the
			// agency or the company named last.
			if o := st.reg.latestOrg(toks[q].low); o != nil && sp.ent.aff == "" {
				sp.ent.aff = o.name
			}
			sp.aff = sp.ent.aff
		} else if g, ok := ownerPronouns[toks[ph.a].low]; ok && g != plural && staffGroups[head] {
			// "Her aides said": the staff of the person she is.
			if e := st.reg.pronoun(g); e != nil && e.kind == extractor.Person && sp.ent.aff == "" {
				sp.ent.aff = lastWord(e.name)
			}
			sp.aff = sp.ent.aff
		} else if post != "" && pi > 0 && (toks[pi].low == "at" || toks[pi].low == "for" || toks[pi].low == "with" || toks[pi].low == "of" && memberNouns[head]) && !residents[head] &&
			isCapital(post) && !isState(post) && placeAt(toks, pi+1+boolInt(toks[pi+1].low == "the"), b) != b {
			// "officials at the Harbor Authority", "workers for Kell Foods"
			if sp.ent.aff == "" {
				sp.ent.aff = st.orgName(post)
			}
			sp.aff = sp.ent.aff
		}
	case orgNouns[head] && post != "" && pi > 0 && (toks[pi].low == "for" || toks[pi].low == "at" || toks[pi].low == "with") && isAgentSingular(head):
		// "a producer for Kell Studios": an occupation that is also a
		// kind of company, held at a body, is a person's.
		return st.resolveDesc(p, toks, sp, a, hb, definite, role, aff, post)
	case orgNouns[head] || docNouns[head]:
		// "the city's police" after "Harbor City police said" are those.
		local := hb-a == 2 && localOwners[toks[a].low]
		if e := st.reg.latestOrg(head); e != nil && definite && (hb-a == 1 || hb-a == 2 && (orgNameHas(e.name, toks[a].low) || local)) && orgNouns[head] {
			st.fromEntity(sp, e)
			sp.res = resShort
			return sp
		}
		// "The military said in a statement …. The statement said": who
		// issued it.
		if definite && hb-a == 1 && issuedNouns[head] {
			if e := st.reg.latestIssuer(); e != nil {
				st.fromEntity(sp, e)
				sp.res = resDesc
				return sp
			}
			// "Pell's farewell letter was dated Friday. “…,” the
			// letter reads": the owner named with it before.
			for q := a - 1; q >= 0 && a-q <= 60; q-- {
				if toks[q].low != head || q == 0 {
					continue
				}
				for o := q - 1; o >= 0 && q-o <= 3; o-- {
					if isPossessive(toks[o].low) && toks[o].capital {
						if e := st.reg.bySurname(lower(trimPossessive(toks[o].text))); e != nil && e.kind == extractor.Person {
							st.fromEntity(sp, e)
							sp.res = resDesc
							return sp
						}
						break
					}
				}
				break
			}
		}
		// "a paper printed in the journal Harbor Science on Monday": a
		// document described by a participle is named with it (less the
		// time).
		if docNouns[head] && ph.end > b && b < len(toks) && pastVerb(toks[b]) && ph.end-b <= 12 {
			e := ph.end
			for e-2 > b && (weekdays[toks[e-1].low] || timeWord(toks[e-1])) && (toks[e-2].low == "on" || timePreps[toks[e-2].low]) {
				e -= 2
			}
			whole = descName(stripThe(span(p, toks, ph.a, e)))
		}
		e := st.reg.org(whole)
		// "the Harbor Ministry's white paper": a document's owner is its
		// affiliation.
		if (docNouns[head] || head == "site" || head == "website") && e.aff == "" {
			if o := st.docOwner(p, toks, a, hb); o != e.name {
				e.aff = o
			}
			if e.aff == "" && post != "" && isCapital(post) && pi > 0 && (toks[pi].low == "from" || toks[pi].low == "of") {
				e.aff = st.orgName(post) // "a survey from the Harbor Institute"
			}

		}
		st.fromEntity(sp, e)
	case paperNames[head] && toks[hb-1].capital && !toks[hb-1].first && hb-a >= 3 && allCapitalWords(toks, a, hb-1):
		// "the Port Kell Evening Leader", "the Harbor Advocate": a
		// newspaper's name, not a leader of Sioux Falls Argus.
		st.fromEntity(sp, st.reg.org(stripThe(span(p, toks, a, hb))))
	case isTitle(toks[hb-1]) || personNouns[head] || strings.HasSuffix(head, "-year-old"):
		return st.resolveDesc(p, toks, sp, a, hb, definite, role, aff, post)
	case !toks[hb-1].capital && !strings.HasSuffix(head, "s"):
		// "a quiz", "the ranking": a thing that says something is a
		// source like a document.
		sp.kind, sp.name = extractor.Organization, whole
	default:
		sp.kind, sp.name = extractor.Group, whole
	}
	return sp
}

// titledPerson says whether [a, b) ends with a name after a title:
// "Ostland State Nurses Association President Karl Gambrell" is a person,
// not the organization its capitals and "Association" suggest.
func titledPerson(toks []token, a, b int) bool {
	n0 := b
	for n0 > a && nameWord(toks[n0-1]) {
		n0--
	}
	return n0 < b && n0 > a && (isTitle(toks[n0-1]) || titleAbbrev[toks[n0-1].low] != "")
}

var relPronouns = set(`who which whose whom`)

// issuedNouns are documents a speaker issues, which speak for the speaker.
var issuedNouns = set(`statement release letter email e-mail memo post tweet notice communique communiqué`)

// nameWord says whether t can be part of a person's name.
func nameWord(t token) bool {
	if t.kind != tWord {
		return false
	}
	l := t.low
	f := nameLex[l] // one lookup for every list below
	if f&nlName != 0 {
		return true
	}
	if !t.capital || f&nlNever != 0 || t.first && (isGroup(t) || isTitle(t) || isAdverb(l) || verbForm(l)) {
		return false
	}
	return !isAcronym(t.text) && !isPossessive(l) && !isContraction(l)
}

// nameLex flags the words nameWord looks up: nlName for particles and
// suffixes that belong to names ("van", "Jr."), nlNever for words that are
// never part of one (stop words, determiners, titles, organization and
// group nouns, honorifics). Built once from those lists.
var nameLex = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, set := range []map[string]bool{stopCaps, determiners, titles, orgWords, groupNouns, orgNouns, docNouns, personNouns} {
		for w := range set {
			if !kinNouns[w] && w != "son" && w != "bill" { // "Masayoshi Son", "Ann Brother", "Bill Carver"
				m[w] |= nlNever
			}
		}
	}
	for w := range honorifics {
		m[w] |= nlNever
	}
	for w := range titleAbbrev {
		m[w] |= nlNever
	}
	for _, set := range []map[string]bool{particles, nameSuffixes} {
		for w := range set {
			m[w] = nlName
		}
	}
	return m
}()

const (
	nlName uint8 = 1 << iota
	nlNever
)

// verbForm spots "Hosting" or "Asked" opening a sentence: a participle, not
// a name ("Sterling" and "Ted" are on the list of given names).
func verbForm(l string) bool {
	if _, name := firstNames[l]; name {
		return false
	}
	return len(l) >= 5 && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed"))
}

// isAdverb spots "Finally" opening a sentence, not "Carly" or "Kelly".
func isAdverb(l string) bool {
	_, name := firstNames[l]
	return strings.HasSuffix(l, "ly") && len(l) >= 6 && !name
}

// isContraction spots "I'm", "we're", "don't": never part of a name.
func isContraction(l string) bool {
	if strings.IndexByte(l, '\'') < 0 && !strings.Contains(l, "’") {
		return false
	}
	l = strings.ReplaceAll(l, "’", "'")
	for _, suf := range []string{"'m", "'re", "'ve", "'d", "'ll", "n't"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// isOrgRun says whether tokens [a, b) name an organization: capitalized words
// with an organization word ("Acme Corp.", "State Department"), or an acronym.
func isOrgRun(toks []token, a, b int) bool {
	if b-a == 1 && isAcronym(strings.TrimSuffix(toks[a].text, ".")) && len(toks[a].text) <= 6 && !isTitle(toks[a]) { // not "CEO"
		return true
	}
	if b-2 >= a && titleSurname(toks[b-2], toks[b-1]) {
		return false // "Sen. Frank Church", "Mayor Don Guardian": a person
	}
	hasOrg := false
	for i := a; i < b; i++ {
		t := toks[i]
		if !t.capital && !(affilPreps[t.low] || t.low == "and" || t.low == "&" || t.low == "on" && i > a && orgWords[toks[i-1].low] ||
			t.low == "the" && i-2 >= a && affilPreps[toks[i-1].low] && orgWords[toks[i-2].low] && i+1 < b && toks[i+1].capital) { // "School of the Oceans"

			return false
		}
		if orgWords[t.low] || t.low == "today" && i > a { // "USA Today"
			hasOrg = true
		}
	}
	return hasOrg
}

// movementNames are armed or political movements named without a word for
// their kind: "the Afghan Taliban" is a body, not a person.
var movementNames = set(`taliban hamas hezbollah hizbollah isis isil al-qaeda al-shabaab boko houthis houthi`)

// trailingName returns where a person's name closing [a, b) starts (a
// given name, then one or two more names), or -1.
func trailingName(toks []token, a, b int) int {
	for g := b - 2; g >= a && g >= b-3; g-- {
		if _, given := firstNames[toks[g].low]; given && toks[g].capital && allNames(toks, g, b) {
			return g
		}
	}
	return -1
}

// paperNames end newspapers' names and are titles too: "Evening Leader".
var paperNames = set(`leader advocate reporter examiner observer monitor guardian courier inquirer sentinel messenger star`)

// orgContinues says whether the preposition at i is inside an organization's
// name ("Center for Urban Policy", "Ministry of Health").
func orgContinues(toks []token, i, b int) bool {
	if i == 0 || i+1 >= b || toks[i].low == "at" {
		return false // names hold "of" and "for", not "at"
	}
	prev, next := toks[i-1], toks[i+1]
	if (next.low == "the" || next.low == "a") && i+2 < b { // "Committee for a Balanced Harbor Budget"
		next = toks[i+2]
	}
	if !prev.capital || !next.capital {
		return false
	}
	if toks[i].low == "in" {
		return false // "Police in Dunmore said": a body and where it is
	}
	if orgWords[prev.low] {
		return true
	}
	// "Coastal Council for the Rights of Swimmers": a name that holds
	// an organization's word before goes on.
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		t := toks[k]
		if t.capital && orgWords[t.low] {
			return true
		}
		if !t.capital && !nameJoiners[t.low] {
			break
		}
	}
	return false
}

func orgContinuesAll(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if affilPreps[toks[i].low] && !orgContinues(toks, i, b) {
			return false
		}
	}
	return true
}

func (st *state) fromEntity(sp *speaker, e *entity) {
	sp.ent, sp.name, sp.kind, sp.role, sp.aff = e, e.name, e.kind, e.role, e.aff
}

// descName lower-cases the first letter of a description that is capitalized
// only because it opens a sentence: "Critics said" is said by "critics".
func descName(s string) string {
	w, rest, _ := strings.Cut(s, " ")
	l := lower(w)
	if w != l && l != "democrats" && l != "republicans" && !isAcronym(w) && !isDemonym(l) && !partyWords[l] && !innerCapital(w) && (determiners[l] || groupNouns[l] || titles[l] || orgNouns[l] || docNouns[l] || personNouns[l] || npAdjectives[l]) &&
		!(!determiners[l] && rest != "" && startsUpper(rest)) { // "White House advisers" keeps its capital
		return l[:len(string(firstRune(l)))] + w[len(string(firstRune(w))):] + strings.TrimPrefix(" "+rest, " "[:boolInt(rest == "")])
	}
	return s
}

func allNames(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if !nameWord(toks[i]) {
			return false
		}
	}
	return true
}

// descRole reads a description standing for a role: "the city's
// transportation commissioner" is a transportation commissioner, "Veloria's
// trade minister" a trade minister of Veloria.
func descRole(p string, toks []token, a, b int) (role, aff string) {
	for a < b && determiners[toks[a].low] {
		a++
	}
	// "Hong Kong’s new police commissioner": the owner, then the role.
	for q := a; q < b && q-a < 4; q++ {
		if !isPossessive(toks[q].low) {
			if !toks[q].capital {
				break
			}
			continue
		}
		if (toks[q].capital || q > a && toks[a].capital) && (!toks[q].first || !determiners[trimPossessive(toks[q].low)]) {
			aff = trimPossessive(span(p, toks, a, q+1)) // "the Afghan team's coach": the Afghan team
		}
		a = q + 1
		break
	}
	for a < b-1 && (toks[a].low == "new" || toks[a].low == "own") {
		a++
	}
	// "a spokeswoman for the Harbor Authority": the role, then the body.
	if aff == "" {
		for i := a + 1; i+1 < b; i++ {
			if !affilPreps[toks[i].low] || toks[i].capital {
				continue
			}
			if !isTitle(toks[i-1]) || officeOf(toks, i, b) {
				break
			}
			k := i + 1
			if toks[k].low == "the" {
				k++
			}
			for k < b-1 && (titleAbbrev[toks[k].low] != "" || isTitle(toks[k])) && toks[k].capital {
				k++ // "for Governor Tom Bell": the person whose office it is
			}
			if k < b && toks[k].capital && allCapitalRun(toks, k, b) {
				return span(p, toks, a, i), span(p, toks, k, b)
			}
			break
		}
	}
	return span(p, toks, a, b), aff
}

// allCapitalRun says whether [a, b) is a name: capitalized words and the
// small words inside names ("Council on Tides and Harbors").
func allCapitalRun(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if toks[i].kind != tWord || !toks[i].capital && !(nameJoiners[toks[i].low] && i > a && i+1 < b) {
			return false
		}
	}
	return b > a && toks[b-1].capital
}

func lowerFirst(s string) string {
	r := firstRune(s)
	return strings.ToLower(string(r)) + s[len(string(r)):]
}

// appositiveOrg says whether a name without a given name is described by
// its appositive as an organization: "Harbor Rising, a rowing
// advocacy committee, said".
func appositiveOrg(toks []token, ph phrase, n0, hb int) bool {
	if ph.appB <= ph.appA || n0 >= hb {
		return false
	}
	if _, given := firstNames[toks[n0].low]; given {
		return false
	}
	last := toks[ph.appB-1]
	for i := ph.appA; i < ph.appB; i++ {
		if relPronouns[toks[i].low] || affilPreps[toks[i].low] {
			last = toks[i-1] // "a group of doctors": the head before the preposition
			break
		}
	}
	return orgNouns[last.low] && !last.capital && determiners[toks[ph.appA].low]
}

// properWord says whether the capitalized word at i is a proper noun even
// opening a sentence: a place ("Washington-based"), or a person's name the
// article uses.
func properWord(toks []token, i int) bool {
	w := toks[i].low
	if k := strings.IndexAny(w, "-‐"); k > 0 {
		w = w[:k]
	}
	return places[w] || w == "democrats" || w == "republicans"
}

// titleOfBody says whether the "of" at i joins a title to the body it
// heads inside a name phrase: "Secretary of State Mike Dorsey", "Minister
// of Finance Ana Ruiz". The phrase goes on to a person's name, so the "of"
// starts no affiliation after the name.
func titleOfBody(toks []token, i, b int) bool {
	if toks[i].low != "of" || i == 0 || !isTitle(toks[i-1]) {
		return false
	}
	j := i + 1
	if j < b && toks[j].low == "the" {
		j++ // "President of the Rowing League Karl Mett"
	}
	if j+2 > b || !toks[j].capital {
		return false
	}
	for k := j + 1; k < b-1; k++ {
		if _, ok := firstNames[toks[k].low]; ok && nameWord(toks[k+1]) {
			return true
		}
		// A body's word, then a name of two words to the end.
		if k+2 == b && orgWords[toks[k-1].low] && nameWord(toks[k]) && nameWord(toks[k+1]) {
			return true
		}
		if toks[k].kind != tWord || !toks[k].capital {
			return false
		}
	}
	return false
}

// orgNameHas says whether an organization's name holds the word w: "the
// news agency" after the Varna News Agency.
// ownerName says whether a capitalized word opening a sentence is a name
// the article capitalizes elsewhere too, and no group or title word:
// "Alibaba leaders", "Berrien County Health Department officials".
func (st *state) ownerName(t token) bool {
	l := trimPossessive(t.low)
	return !groupNouns[l] && !titles[l] && !orgNouns[l] && !determiners[l] && !stopCaps[l] && st.reg.doc.midCap(l)
}

// docOwner returns the body a document [a, hb) belongs to: the owner in
// a possessive ("the Harbor Council's report", "the school's Web site":
// the school named last) or the body named before the document's kind
// ("the Harbor Office letter"); else "".
func (st *state) docOwner(p string, toks []token, a, hb int) string {
	for q := a; q < hb-1; q++ {
		if !isPossessive(toks[q].low) {
			continue
		}
		if toks[q].capital && bodyWords(toks, a, q+1) {
			return st.orgName(trimPossessive(span(p, toks, a, q+1)))
		}
		if h := trimPossessive(toks[q].low); q == a && orgNouns[h] {
			if o := st.reg.latestOrg(h); o != nil && !strings.EqualFold(o.name, h) {
				return o.name
			}
		}
		return ""
	}
	// "the Harbor Office letter", "a NASA report", "a new Kell poll":
	// capitals before the kind.
	for a < hb-2 && !toks[a].capital && toks[a].kind == tWord && plainWord(toks[a]) && toks[a+1].capital {
		a++
	}
	k := a
	for k < hb-1 && toks[k].capital && toks[k].kind == tWord && !isTitle(toks[k]) {
		k++
	}
	if k-a == 1 && toks[a].first && !isAcronym(toks[a].text) && !st.reg.doc.midCap(toks[a].low) && st.reg.findOrg(toks[a].text) == nil {
		return "" // "Previous studies suggest": capitalized for opening the sentence
	}
	if k > a && k < hb && (docNouns[toks[k].low] || toks[k].low == "web" && k+1 < hb) && (bodyWords(toks, a, k) || isAcronym(toks[a].text)) && !isDemonym(toks[a].low) && !onlyPlaces(toks, a, k) {
		name := span(p, toks, a, k)
		if isAcronym(name) {
			if o := st.reg.findOrg(name); o != nil && !docName(o.name) {
				return o.name
			}
			return name
		}
		return st.orgName(name)
	}
	return ""
}

// twoPeople returns the group of two people named in [a, b) joined by
// "and", each by a given name, an honorific or a surname the article has
// given a person ("Ann Lee and Tom Ortiz", "Mr. Grass and Mr. Lenz",
// "Lee and Ortiz"), or nil.
func (st *state) twoPeople(p string, toks []token, a, b int) *entity {
	m := -1
	for i := a + 1; i < b-1; i++ {
		if toks[i].low == "and" {
			if m >= 0 {
				return nil
			}
			m = i
		}
	}
	if m < 0 {
		return nil
	}
	var names []string
	for _, r := range [][2]int{{a, m}, {m + 1, b}} {
		x, y := r[0], r[1]
		if x < y {
			if _, ok := honorifics[toks[x].low]; ok {
				x++
			}
		}
		if y-x < 1 || y-x > 3 || !allNames(toks, x, y) {
			return nil
		}
		_, given := firstNames[toks[x].low]
		_, honored := honorifics[toks[max(r[0], x-1)].low]
		known := len(st.reg.bySur[toks[y-1].low]) > 0 || st.reg.doc.full(toks[y-1].text) != ""
		if !given && !honored && !known {
			return nil
		}
		name := span(p, toks, x, y)
		if y-x == 1 {
			if full := st.reg.doc.full(toks[x].text); full != "" {
				name = full
			}
		}
		names = append(names, name)
	}
	return st.reg.group(names[0] + " and " + names[1])
}

// innerCapital says whether w has a capital after its first letter, as
// names do ("McCorwin", "DeLund") and words capitalized only for
// opening a sentence do not.
func innerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isAgentSingular says whether l is a singular agent noun ("producer").
func isAgentSingular(l string) bool {
	pl, ok := agentNoun(l)
	return ok && !pl
}

// quantityWords open a count before a group: "nearly 140 House members".
var quantityWords = set(`nearly almost about roughly some more than over at least`)

// onlyPlaces says whether [a, b) names only places and nationalities:
// "U.S.", "U.S. and Iraqi".
func onlyPlaces(toks []token, a, b int) bool {
	if a >= b {
		return false
	}
	for i := a; i < b; {
		if l := toks[i].low; l == "and" || l == "&" || isDemonym(l) || l == "u.s." || l == "u.k." {
			i++
			continue
		}
		e := placeAt(toks, i, b)
		if e == i {
			return false
		}
		i = e
	}
	return true
}

// localOwners are the possessives of a place already named: "the city's
// police".
var localOwners = set(`city's city’s state's state’s country's country’s nation's nation’s town's town’s county's county’s`)

func orgNameHas(name, w string) bool {
	for _, f := range strings.Fields(lower(name)) {
		if f == w {
			return true
		}
	}
	return false
}

// descOrg returns the body a description of an unnamed source names: "an
// official at Pinecrest Hospital", "a Kell Foods executive".
func (st *state) descOrg(p string, toks []token, a, b int) string {
	for i := a + 1; i+1 < b; i++ {
		if toks[i].low != "at" && toks[i].low != "for" && toks[i].low != "of" && toks[i].low != "with" {
			continue
		}
		k := i + 1
		if toks[k].low == "the" {
			k++
		}
		if k < b && toks[k].capital && orgRunEnd(toks, k, b) == b && placeAt(toks, k, b) != b {
			return st.orgName(span(p, toks, k, b))
		}
		return ""
	}
	k := a
	for k < b && (determiners[toks[k].low] || (roleModifiers[toks[k].low] || npAdjectives[toks[k].low]) && !toks[k].capital) {
		k++
	}
	e := k
	for e < b && toks[e].capital {
		e++
	}
	if e > k && e < b && !toks[e].capital && (isOrgRun(toks, k, e) || isAcronym(toks[k].text) && e == k+1) && !isDemonym(toks[k].low) && !partyWords[toks[k].low] {
		return st.orgName(trimPossessive(span(p, toks, k, e)))
	}
	return ""
}

// quantifiers open a share of a group: "most of them", "each of the
// crews".
var quantifiers = set(`most many some all few several none half each both either neither majority minority`)

// titleField says whether "of" at i opens a title's field in lower case
// that a name closes: "chief of surgery Olena Koval".
func titleField(toks []token, i, b int) bool {
	m := i + 1
	for m < b && m-i <= 2 && toks[m].kind == tWord && !toks[m].capital && plainWord(toks[m]) {
		m++
	}
	if m == i+1 || b-m < 2 {
		return false
	}
	for k := m; k < b; k++ {
		if !nameWord(toks[k]) || !toks[k].capital {
			return false
		}
	}
	return true
}

// memberNouns are groups whose "of" names their body: "members of the
// board", "officials of the ministry" (not "critics of the plan").
var memberNouns = set(`members officials leaders employees executives staffers workers representatives officers delegates lawmakers`)

// residents are groups whose place is where they live, no body.
var residents = set(`residents locals citizens villagers neighbors neighbours people voters inhabitants`)

// ordinals count people: "a third, Daniel Traynor".
var ordinals = set(`first second third fourth fifth sixth seventh eighth ninth tenth last`)

// staffGroups work for a person: "her aides", "his advisers".
var staffGroups = set(`aides advisers advisors staffers staff lawyers attorneys spokesmen spokeswomen allies associates lieutenants strategists`)
