// Package rules is whosaid's deterministic, rule-based quote attribution
// engine. It needs no network and no model, and runs in time linear in the
// article's length.
//
// Extract works paragraph by paragraph, in text order, in four passes:
//
//   - quotemarks.go scans a paragraph for direct quotes in every common
//     style (“ ” ‘ ’ " ' « » » « „ “ ‹ › and “ ”), telling apostrophes
//     (don't, Lopez's, '90s, the Smiths') from quote marks. A quote left open
//     at the end of a paragraph continues when the next paragraph opens with
//     a quote mark (news style); otherwise an opening mark with no closing
//     mark is stray and ignored, and no quote may exceed maxQuoteBytes, so a
//     broken mark never swallows the article.
//   - tokens.go splits the paragraph into words, punctuation and whole
//     quotes (one opaque token each), and into sentences.
//   - attrib.go, indirect.go and clause.go run the patterns over each sentence: first
//     direct quotes with their attribution beside them (“…,” she said;
//     said Maria Lopez, director of X; Lopez said: “…”); then reported
//     speech with the cues that are left (X said (that) …; …, X said;
//     according to X, …; X told Y that …; as experts claim, …); then
//     partial quotes inside a sentence, which are type mixed. Reported
//     content holding a partial quote is one mixed record, and so is a
//     naming verb's object with its quote ("called the delay “a decade of
//     deferred maintenance”").
//   - para.go then gives unattributed quotes of a paragraph the speaker of
//     its nearest attributed quote (a quote split around its attribution),
//     links a quote carried over paragraphs to its earlier pieces (one record
//     per paragraph piece, every piece with the speaker named at any of
//     them), gives a paragraph that is only a quote the speaker of the
//     quote just before it, and gives the quote opening a paragraph the
//     speaker of "Lopez continued:" closing the one before.
//
// Speakers: phrase.go finds the speaker phrase beside a cue (names, titles,
// appositives, "a person familiar with the matter", "critics who say");
// speaker.go and person.go classify it as a person, organization, group or
// anonymous source and split role from affiliation; registry.go remembers
// the article's entities so that short references resolve to the full name
// first given: "Lopez" and "Ms. Lopez" by surname, "the CUP chief" and
// "Lopez of the CUP" through the acronyms of the organizations seen (even
// when the article never spells the acronym out), "the company" to the last
// company named, "the official" to the last anonymous official, and he, she,
// they and it to the latest compatible entity named (a speaker, or a person
// or organization named outside quotes; gender from honorifics, gendered
// titles, a list of given names, and from he/she once resolved). Role and
// affiliation belong to the entity, so every quote of a speaker carries
// them.
//
// Decisions where the news conventions leave room:
//   - Two people sharing a surname are never merged: a bare surname resolves
//     only when exactly one person of that surname has been named so far, or
//     when an honorific's gender or an affiliation ("Lopez of the CUP")
//     narrows it to one. Otherwise the speaker is the surname as written,
//     kind person, with no role and a low confidence (resAmbiguous).
//   - An unnamed individual described by a role ("a spokeswoman for the
//     ministry") is kind anonymous with the description as speaker; "the
//     mayor" resolves to the one person with that role, else stays the
//     description, kind person.
//   - A pronoun with no compatible antecedent, and a quote with no
//     attribution, are kind unknown with an empty speaker: never a guess.
//   - "they" resolves only to the entity mentioned last, in the same or the
//     previous paragraph; an organization named before other people is not
//     its antecedent, and the record stays unknown. "the governor" resolves
//     to the one person with that title, or, among several, to the one
//     mentioned in this paragraph or the one before.
//   - An appositive's affiliation is its organization-like object (a
//     capitalized name, preferring one after "at"); descriptive words stay
//     in the role ("vice president of advanced programs" at "Kestrel Marine").
//     "the company's chief operating officer" is affiliated with the company
//     last named. A capitalized run ending in a title and a name
//     ("Teachers Association President Keith Gambill") is that person.
//   - Cues that usually take an object (added, announced, reported ...)
//     count only with "that", a quote, a clause (a pronoun subject or an
//     auxiliary: "announced she would run"; never for "added"), or at the
//     end of the sentence (", she added."). Content after a cue without
//     "that" that opens with a preposition ("insisted on building") is no
//     claim. "called for" is a cue (a demand), "was called for" is not. A
//     capitalized word opening a sentence that looks like a plural
//     ("Sanders said") is the person of that surname when one was named,
//     else a group. A speaker mention leaves out relative clauses ("McCormick,
//     who has split from her party, told" is mentioned as "McCormick").
//   - "in a statement", "on Twitter", "at a news conference" after a cue
//     are circumstances, never speakers, and content may follow them
//     ("said in a statement, “…” at the release"). A noun phrase after a
//     preposition is never a speaker, except as part of a described one:
//     "shop owners on the east bank", "a lawmaker in the Philippines" (the
//     place is neither role nor affiliation), "six in 10 voters", "another
//     study in 40 crews".
//   - A passive cue ("were charged with", "was told that") has no speaker,
//     and gives no record.
//   - An anonymous source's mention and name are its description: "A city
//     engineer, who asked not to be named ..., said" is "a city engineer",
//     role "engineer"; a lower-case modifier ("city") is no affiliation.
//   - A nationality before a capitalized title is dropped ("Australian
//     Prime Minister" is role "Prime Minister", no affiliation); capitalized
//     names before a lower-case title are the affiliation ("Wild coach" is
//     role "coach" of "Wild"); a possessive owner is the affiliation of an
//     unnamed source ("New York's chief medical examiner"); an
//     affiliation ends before the place it is in ("the Harbor Institute
//     in Port Vale" is "Harbor Institute").
//   - A quote after a partial quote's sentence in the same paragraph, with
//     no attribution of its own, has the partial quote's speaker.
//   - Reported speech in a subordinate clause opening the sentence ends at
//     its comma ("Before the examiner concluded that A, B.").
//   - Unattributed quotes of fewer than three words (direct) or six words
//     (partial) are dropped as scare quotes and titles.
//   - Confidence is the pattern's base (baseDirect …) times how well the
//     speaker resolved (resNamed …).
//
// The word lists (cue verbs, titles, group and organization nouns, given
// names) are plain data in lexicon.go and names.go.
package rules
