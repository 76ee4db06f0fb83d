package rules

import (
	"strings"

	"github.com/whosaid/whosaid/extractor"
)

// cueClass says what kind of claim a cue makes (docs/annotation.md).
type cueClass uint8

const (
	classNone      cueClass = iota
	classSpeech             // said, told, added, asked
	classStatement          // claimed, denied, warned, accused
	classEvidence           // found, showed, according to a report
	classBelief             // believes, thinks, expects, fears
	classIntent             // urged, called for, vowed, proposed
)

func (c cueClass) String() string {
	switch c {
	case classSpeech:
		return "speech"
	case classStatement:
		return "statement"
	case classEvidence:
		return "evidence"
	case classBelief:
		return "belief"
	case classIntent:
		return "intent"
	}
	return ""
}

// frame says what may follow a cue verb as its content. A cue counts only
// where one of its frames fits what follows it, which keeps "announced his
// resignation" and "talked about taxes" from becoming claims.
type frame uint16

const (
	fThat     frame = 1 << iota // "said that the plan failed"
	fZero                       // a clause without "that": "said the plan failed"
	fClause                     // likewise, but only what reads as a clause: "announced she would run", not "announced a plan"
	fEnd                        // closing its clause: "the plan failed, she said."
	fIO                         // an indirect object before the content: "told reporters (that) …"
	fWh                         // "asked whether …", "explained how …"
	fInf                        // "vowed to fight on"
	fObjInf                     // "urged Congress to act": object and infinitive are the content
	fObj                        // a noun phrase object is the content: "criticized the plan"
	fAs                         // "described the plan as reckless": the whole object and predicate
	fName                       // "called the plan “reckless”": only with a partial quote
	fClaimObj                   // an object that names a claim: "rejected the allegations"
	fDocObj                     // an object, when a document or data is the source: "the poll shows Cruz ahead"
)

// cueInfo is what the lexicon knows of one word form.
type cueInfo struct {
	class  cueClass
	frames frame
	part   string // a particle the cue needs: "out" for "pointed out", "for" for "called for"
	lemma  string
	past   bool // a past form ("-ed"), which may be a passive participle
	ing    bool // a present participle
	noun   bool // the form is as often a noun ("claims", "reports", "plans"): needs more evidence
}

// cueLexicon lists the cue verbs, one a line: lemma (with ":PAST" or
// ":PAST:PARTICIPLE" when irregular or doubling), class, frames, and
// optionally "+particle" and "noun" for forms that are often nouns. Every
// inflected form is derived from the lemma.
const cueLexicon = `
say:said                 speech    that zero end
tell:told:told           speech    io that zero end wh objinf
add                      speech    that clause end
ask                      speech    wh end objinf inf
reply                    speech    that end noun
respond                  speech    that end
answer                   speech    that end noun
write:wrote:written      speech    that clause end
tweet                    speech    that zero end noun
post                     speech    that end noun
explain                  speech    that end wh
note                     speech    that clause end noun
recall                   speech    that clause end
recount                  speech    that end
remember                 speech    end
remark                   speech    that end
comment                  speech    that end noun
observe                  speech    that end
mention                  speech    that end noun
state                    speech    that clause end noun
report                   speech    that clause end obj noun
testify                  speech    that clause end
inform                   speech    io that
remind                   speech    io that
assure                   speech    io that
continue                 speech    end
weigh                    speech    that end +in
introduce                statement as
quip:quipped             speech    that end
joke                     speech    that end
exclaim                  speech    end
bark                     speech    end
press:pressed            speech    end
interject                speech    that end
mutter                   speech    that end
muse                     speech    that end
marvel                   speech    that end
gush                     speech    end
laugh                    speech    end
sigh                     speech    end
shoot:shot:shot          speech    end +back
fire                     speech    end +back
chime                    speech    end +in
read:read:read           speech    end
fume                     statement that end
shout                    speech    that end
yell                     speech    end
whisper                  speech    that end
scream                   speech    end
chant                    speech    end noun
sing:sang:sung           speech    end
wonder                   speech    wh end
point:pointed            speech    that clause end +out
go:went:gone             speech    end +on
sum:summed               speech    that end +up
put:put:put              speech    end +it
bear:bore:borne          evidence  that clause end +out
summarize                speech    that end
make:made:made           statement that +clear
bear:bore:borne          evidence  that clause end +out
claim                    statement that zero end noun
insist                   statement that zero end
deny                     statement that end obj
warn                     statement that zero end objinf io
caution                  statement that end objinf
accuse                   statement obj
admit:admitted           statement that clause end
argue                    statement that zero end
acknowledge              statement that clause end
recognize                statement that
recognise                statement that
allege                   statement that clause end
concede                  statement that clause end
complain                 statement that clause end
criticize                statement obj
criticise                statement obj
dismiss                  statement claimobj as
reject                   statement claimobj as
cite                     speech    as obj
tout                     statement as claimobj
rule:ruled               statement obj +out
lobby:lobbied            intent    objinf obj +for
support                  statement claimobj noun
oppose                   statement claimobj
echo                     speech    that end obj
express                  statement that
highlight                statement obj that
rail                     statement obj +against
consider                 belief    as obj that
see:saw:seen             belief    as
view                     belief    as noun
regard                   belief    as noun
suggest                  statement that clause end
hint                     statement that clause end
signal                   statement that clause end noun
signal:signalled         statement that clause end noun
speculate                statement that clause end
announce                 statement that clause end
confirm                  statement that clause end
declare                  statement that clause end
assert                   statement that zero end
contend                  statement that zero end
maintain                 statement that clause end
stress                   statement that end noun
emphasize                statement that end
emphasise                statement that end
counter                  statement that end noun
charge                   statement that end noun
blame                    statement obj
praise                   statement claimobj
welcome                  statement claimobj noun
defend                   statement claimobj
predict                  statement that clause end
estimate                 statement that clause end noun
forecast:forecast        statement that clause end noun
project                  statement that end noun
boast                    statement that end
brag:bragged             statement that end
lament                   statement that end
reiterate                statement that end
proclaim                 statement that end
object                   statement that end noun
protest                  statement that end noun
disclose                 statement that end
reveal                   statement that clause end
confess                  statement that clause end
retort                   statement that end
scoff                    statement end
snap:snapped             statement end
question                 statement wh noun
dispute                  statement that obj noun
condemn                  statement obj
slam:slammed             statement obj
blast                    statement obj noun
attack                   statement claimobj noun
decry                    statement obj
denounce                 statement obj
applaud                  statement claimobj
hail                     statement claimobj
endorse                  statement claimobj
describe                 statement as wh obj
characterize             statement as
portray                  statement as
call                     statement name as noun
dub:dubbed               statement name
term                     statement name noun
label:labeled            statement name noun
brand                    statement name noun
mock                     statement obj
ridicule                 statement obj
assail                   statement obj
lash:lashed              statement obj +out
agree                    statement that clause end
disagree                 statement that end
concur:concurred         statement that end
affirm                   statement that end
indicate                 statement that clause end
imply                    statement that end
clarify                  statement that end
find:found:found         evidence  that clause docobj
find:found:found         evidence  that clause +out
show:showed:shown        evidence  that clause docobj noun
conclude                 evidence  that clause end
demonstrate              evidence  that
establish                evidence  that
determine                evidence  that
rule                     statement that clause noun
document                 evidence  that noun
believe                  belief    that clause end
think:thought:thought    belief    that zero end
expect                   belief    that end inf objinf
hope                     belief    that clause end inf noun
fear                     belief    that clause end noun
worry:worried            belief    that clause end
doubt                    belief    that end noun
concern                  belief    that noun
feel:felt:felt           belief    that clause
assume                   belief    that
suspect                  belief    that clause noun
know:knew:known          belief    that
reckon                   belief    that end
guess                    belief    that end noun
urge                     intent    objinf that noun
call:called              intent    objinf obj +for
call:called              intent    objinf +on
vow                      intent    that inf noun
pledge                   intent    that inf noun
promise                  intent    that clause inf objinf noun
propose                  intent    that inf obj
demand                   intent    that obj noun
recommend                intent    that zero obj
instruct                 intent    objinf
order                    intent    objinf noun
request                  intent    that objinf noun
plead                    intent    objinf +with
appeal:appealed          intent    objinf +to
implore                  intent    objinf
beg:begged               intent    objinf
encourage                intent    objinf
advise                   intent    objinf that
push                     intent    objinf +for noun
press                    intent    objinf +for noun
threaten                 intent    inf that
offer                    intent    inf noun
want                     intent    inf objinf
plan:planned             intent    inf noun
intend                   intent    inf
`

// cues maps every word form of the lexicon to what it is. A form shared by
// two lemmas (called, for "call for" and "call … “…”") keeps them all.
var cues = func() map[string][]cueInfo {
	m := buildCues(cueLexicon)
	delete(m, "reading") // "signs reading “…”" show a text, nobody's claim
	// "“…?” the host pressed": only the past form speaks; "press secretary" and
	// "pressing" do not.
	for _, f := range []string{"press", "presses", "pressing"} {
		var keep []cueInfo
		for _, ci := range m[f] {
			if !(ci.lemma == "press" && ci.class == classSpeech) {
				keep = append(keep, ci)
			}
		}
		m[f] = keep
	}
	return m
}()

// cueForms returns the infos of a word form, nil if it is no cue.
func cueForms(low string) []cueInfo { return cues[low] }

func buildCues(lex string) map[string][]cueInfo {
	m := map[string][]cueInfo{}
	for _, line := range strings.Split(lex, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		forms := strings.Split(f[0], ":")
		lemma := forms[0]
		info := cueInfo{lemma: lemma, class: parseClass(f[1])}
		for _, w := range f[2:] {
			switch {
			case w == "noun":
				info.noun = true
			case strings.HasPrefix(w, "+"):
				info.part = w[1:]
			default:
				info.frames |= parseFrame(w)
			}
		}
		past := pastOf(lemma)
		if len(forms) > 1 {
			past = forms[1]
		}
		part := past
		if len(forms) > 2 {
			part = forms[2]
		}
		add := func(form string, mod func(*cueInfo)) {
			ci := info
			mod(&ci)
			for _, have := range m[form] {
				if have.lemma == ci.lemma && have.part == ci.part && have.class == ci.class {
					return
				}
			}
			m[form] = append(m[form], ci)
		}
		add(lemma, func(ci *cueInfo) {})
		add(thirdPerson(lemma), func(ci *cueInfo) {})
		add(past, func(ci *cueInfo) { ci.past = true; ci.noun = false })
		add(part, func(ci *cueInfo) { ci.past = true; ci.noun = false })
		add(gerund(lemma, past), func(ci *cueInfo) { ci.ing = true; ci.noun = false })
	}
	return m
}

func parseClass(s string) cueClass {
	switch s {
	case "speech":
		return classSpeech
	case "statement":
		return classStatement
	case "evidence":
		return classEvidence
	case "belief":
		return classBelief
	case "intent":
		return classIntent
	}
	panic("rules: unknown cue class " + s)
}

func parseFrame(s string) frame {
	switch s {
	case "that":
		return fThat
	case "zero":
		return fZero
	case "clause":
		return fClause
	case "end":
		return fEnd
	case "io":
		return fIO
	case "wh":
		return fWh
	case "inf":
		return fInf
	case "objinf":
		return fObjInf
	case "obj":
		return fObj
	case "as":
		return fAs
	case "name":
		return fName
	case "claimobj":
		return fClaimObj
	case "docobj":
		return fDocObj
	}
	panic("rules: unknown cue frame " + s)
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// thirdPerson is the -s form: says, urges, worries, pushes.
func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

// pastOf is the regular past: urged, worried, stated, called. Doubling
// verbs are listed with their past.
func pastOf(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

// gerund is the -ing form, doubling where the listed past doubles
// (admitted, admitting).
func gerund(v, past string) string {
	if n := len(past); n > 3 && strings.HasSuffix(past, "ed") && past[n-3] == past[n-4] && !strings.HasSuffix(v, past[n-3:n-2]+past[n-3:n-2]) && past[:n-3] == v {
		return past[:n-2] + "ing"
	}
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee"):
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

// cueWord says whether the word form is in the cue lexicon at all.
func cueWord(low string) bool { return len(cues[low]) > 0 }

// verbCue says whether the form is a cue that is mostly a verb: it ends a
// noun phrase ("officials said"), where "the claims" or "a plan" do not.
func verbCue(low string) bool {
	for _, ci := range cues[low] {
		if !ci.noun && !nounLike(low) {
			return true
		}
	}
	return false
}

// nounLike forms are listed as nouns elsewhere in the lexicon.
func nounLike(low string) bool {
	return docNouns[low] || orgNouns[low] || personNouns[low] || titles[low] || groupNouns[low] || settingNouns[low]
}

// sayCue says whether the form is a verb cue that takes a clause or closes
// one ("said", "argued", "warned"): the cues that attribute quotes.
func sayCue(low string) bool {
	for _, ci := range cues[low] {
		if !ci.noun && ci.part == "" && ci.frames&(fThat|fZero|fClause|fEnd) != 0 {
			return true
		}
	}
	return false
}

// nameCue says whether the form names ("dubbed", "called") without a
// particle: it only introduces a partial quote.
func nameCue(low string) bool {
	for _, ci := range cues[low] {
		if ci.part == "" && ci.frames&fName != 0 {
			return true
		}
	}
	return false
}

// kind is how the cue behaves in the patterns.
func (ci cueInfo) kind() cueKind {
	switch {
	case ci.frames&fIO != 0:
		return cueTell
	case ci.frames&fName != 0 && ci.frames&(fThat|fZero|fClause|fEnd) == 0:
		return cueName
	}
	return cueSay
}

// hasFrame says whether some sense of the form takes one of the frames f.
func hasFrame(low string, f frame) bool {
	for _, ci := range cues[low] {
		if ci.frames&f != 0 {
			return true
		}
	}
	return false
}

// classOfText is the class of a cue given by its words ("said", "called
// for", "According to"): the lexicon's class of its first word, in the sense
// its second word picks.
func classOfText(text string) cueClass {
	w := strings.Fields(strings.ToLower(text))
	if len(w) == 0 {
		return classNone
	}
	if w[0] == "according" || w[0] == ":" {
		return classSpeech // a label's colon: "Lund: “…”"
	}
	infos := cues[w[0]]
	for _, ci := range infos {
		if ci.part != "" && len(w) > 1 && w[1] == ci.part {
			return ci.class
		}
	}
	for _, ci := range infos {
		if ci.part == "" {
			return ci.class
		}
	}
	if len(infos) > 0 {
		return infos[0].class
	}
	return classNone
}

// evidenceCues are statement cues that establish a finding when a
// document, a study or data is the source: "a study suggests", "the
// figures indicate".
var evidenceCues = set(`suggest indicate show find estimate project predict report reveal confirm conclude`)

// recordClass is the class of a finished record: the cue's, except that
// "according to" and the cues above report evidence when the source is a
// document or an organization's data, and speech when a person speaks.
func recordClass(r rec, q extractor.Quote) cueClass {
	c := r.class
	if c == classNone {
		c = classOfText(r.cue)
	}
	if c == classNone && r.cue == "" {
		if r.typ == extractor.Direct && q.SpeakerKind != extractor.Unknown {
			return classSpeech // a quotation continued without a cue of its own
		}
		return classNone
	}
	doc := isDocSource(q.Speaker) || isDocSource(q.SpeakerMention)
	org := q.SpeakerKind == extractor.Organization || q.SpeakerKind == extractor.Group && orgPlural(q.Speaker)
	low := strings.ToLower(r.cue)
	switch {
	case strings.HasPrefix(low, "according to"):
		if doc || org {
			return classEvidence
		}
		return classSpeech
	case (doc || org) && c != classIntent:
		for _, ci := range cues[strings.Fields(low + " x")[0]] {
			if evidenceCues[ci.lemma] && (doc || orgEvidence[ci.lemma]) {
				return classEvidence
			}
		}
	}
	return c
}

// orgEvidence are the cues that report a finding when an organization is
// the source: "The Times reported", "the company estimated".
var orgEvidence = set(`find show estimate project conclude reveal indicate`)

// orgPlural says whether a group is made of organizations: "teachers
// unions", "the companies".
func orgPlural(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "unions", "companies", "firms", "agencies", "groups", "banks", "governments", "organizations", "organisations", "automakers", "brokerages", "ministries":
		return true
	}
	return false
}

// isDocSource says whether a speaker is a document, a study, a poll or data.
func isDocSource(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	return len(w) > 0 && docNouns[strings.Trim(w[len(w)-1], ".,;:")]
}

// ClassOf is the cue class the engine gives a record with this cue and
// source: speech, statement, evidence, belief or intent, or "" for no cue.
// Other engines' records (the LLM's) are classed by it, so that a class
// means the same whichever engine found the record.
func ClassOf(cue string, kind extractor.SpeakerKind, speaker, mention string) string {
	q := extractor.Quote{Cue: cue, SpeakerKind: kind, Speaker: speaker, SpeakerMention: mention}
	return recordClass(rec{cue: strings.TrimSpace(cue)}, q).String()
}
