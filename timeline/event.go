package timeline

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/graph"
)

// tok is one word of the text as the extractor sees it.
type tok struct {
	graph.Span
	w    string // lower case, apostrophes folded
	cap  bool   // starts with an upper-case letter
	tag  string // Penn tag from the caller's tokens, or ""
	sent int
	ment int // index into doc.Mentions, or -1
	tmx  int // index into doc.Timexes, or -1
}

// cand is a trigger found in a sentence, before roles and dates.
type cand struct {
	i, j     int // verb (or noun) token and the token holding the trigger word (j != i for "imposed a tariff")
	t        trigger
	noun     bool
	passive  bool
	ev       graph.LocalEvent
	agents   int
	borrow   bool
	pronoun  bool
	explicit bool // dated by a time expression
	objRel   bool // a light verb after its object noun and a name: "the tariffs Trump imposed"
	// borrowless marks an infinitive whose unnamed subject is an object
	// control verb's object: no event of its own, but what a time
	// expression beside it dates ("urged sectors to expand in 1987")
	borrowless bool
	// inherited marks a date taken from another candidate: the statement
	// reporting it or the verb it is coordinated with
	inherited bool
	governs   bool // a statement governing another event of its sentence
	inverted  bool // a reporting verb whose speaker follows it: "..., said Jason Daw"
	reported  bool // inside the reported speech of another candidate
	region    [2]int
	content   int // where the reported content of a reporting verb starts, or -1
}

// Events finds the events reported in doc and returns them in text order.
// It reads doc.Text, Sentences, Mentions, Entities, Timexes, Blocks and
// Published; tokens supply part-of-speech tags when they have them (the
// extractor tokenizes the text itself and never relies on tags). Every event
// has at least one participant, a trigger span inside doc.Text and a Timex
// index into doc.Timexes or -1. Events does not modify doc and is safe for
// concurrent use; the result is a fresh slice, nil when nothing was found.
func Events(doc *graph.Document, tokens []graph.Token) []graph.LocalEvent {
	if doc == nil || doc.Text == "" {
		return nil
	}
	return extract(doc, tokens, false)
}

// EventMentions finds every event mention of doc the way TimeML defines
// them, in text order: the events Events returns and also the triggers
// (verbs and event nouns of the lexicon) that name no participant, each
// typed, with its lemma, date and factuality found by the same rules. It is
// meant for evaluation against TimeML-style annotations and for callers
// that link mentions to participants themselves (by the sentence naming an
// entity the recognizer missed); events without participants never reach
// the merged graph. The same guarantees as Events hold otherwise.
func EventMentions(doc *graph.Document, tokens []graph.Token) []graph.LocalEvent {
	if doc == nil || doc.Text == "" {
		return nil
	}
	return extract(doc, tokens, true)
}

func extract(doc *graph.Document, tokens []graph.Token, all bool) []graph.LocalEvent {
	bp := toksPool.Get().(*[]tok)
	x := newExtractorIn(doc, tokens, *bp)
	x.all = all
	var out []graph.LocalEvent
	for s := range x.sents {
		out = append(out, x.sentence(s, all)...)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Trigger.Start < out[b].Trigger.Start })
	recycle(&toksPool, bp, x.toks)
	return out
}

// recycle puts buf back into pool through bp, emptied and without the
// strings it held, unless it grew past maxPooledToks.
func recycle[T any](pool *sync.Pool, bp *[]T, buf []T) {
	if cap(buf) <= maxPooledToks {
		clear(buf)
		*bp = buf[:0]
		pool.Put(bp)
	}
}

// toksPool holds token buffers for the extractor, reused from one document
// to the next: growing a new one for every document was a sixth of the
// bytes an ingest allocates. Buffers past maxPooledToks (5 MB) are left
// to the collector.
var toksPool = sync.Pool{New: func() any { return new([]tok) }}

const maxPooledToks = 1 << 16

type extractor struct {
	doc   *graph.Document
	toks  []tok
	sents []graph.Span // token index ranges [Start, End) per sentence
	sidx  []int        // document sentence index of each entry of sents
	// all reads every TimeML event mention (EventMentions): gerunds and
	// the stative verbs of possession and use too.
	all bool
	// focus is the narrative's reference time: the day of the latest
	// explicit time expression of the last week before the document's date
	// that dated an event ("Yesterday, Jobs unveiled ..."), against which
	// later past-tense events without their own expression are dated
	// ("Jobs demoed ..."); unknown until such an expression is read.
	focus graph.Date
	// bullet is the day that opens the timeline entry being read ("Feb. 4 –
	// ...") and bulletEnd the offset of the end of its line: the entry's
	// later sentences without a time expression of their own are of its day.
	bullet    graph.Date
	bulletEnd int
	// mentions counts the mentions of each local entity.
	mentions []int
}

func newExtractor(doc *graph.Document, tokens []graph.Token) *extractor {
	return newExtractorIn(doc, tokens, nil)
}

// newExtractorIn is newExtractor with the tokens appended to buf[:0].
func newExtractorIn(doc *graph.Document, tokens []graph.Token, buf []tok) *extractor {
	x := &extractor{doc: doc, toks: buf[:0]}
	tags := map[int]string{}
	for _, t := range tokens {
		if t.Tag != "" {
			tags[t.Start] = t.Tag
		}
	}
	sents := doc.Sentences
	if len(sents) == 0 {
		sents = []graph.Span{{Start: 0, End: len(doc.Text)}}
	}
	last := 0
	for si, s := range sents {
		start, end := max(s.Start, last), min(s.End, len(doc.Text))
		if start >= end {
			continue
		}
		last = end
		a := len(x.toks)
		x.toks = tokenize(doc.Text, start, end, len(x.sents), x.toks)
		x.sents = append(x.sents, graph.Span{Start: a, End: len(x.toks)})
		x.sidx = append(x.sidx, si)
	}
	for i := range x.toks {
		x.toks[i].tag = tags[x.toks[i].Start]
	}
	x.mentions = make([]int, len(doc.Entities))
	for mi, m := range doc.Mentions {
		if m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End || m.Entity < 0 || m.Entity >= len(doc.Entities) {
			continue
		}
		x.mentions[m.Entity]++
		x.mark(m.Span, func(t *tok) { t.ment = mi })
	}
	for ti, t := range doc.Timexes {
		if t.Start < 0 || t.End > len(doc.Text) || t.Start >= t.End {
			continue
		}
		x.mark(t.Span, func(k *tok) { k.tmx = ti })
	}
	return x
}

// mark calls f on every token overlapping span.
func (x *extractor) mark(sp graph.Span, f func(*tok)) {
	i := sort.Search(len(x.toks), func(i int) bool { return x.toks[i].End > sp.Start })
	for ; i < len(x.toks) && x.toks[i].Start < sp.End; i++ {
		f(&x.toks[i])
	}
}

// tokenize appends the words and punctuation of text[start:end] to toks:
// runs of letters and digits with inner '.', '-', ',' (in numbers) and
// apostrophes; "'s" and "n't" split off; every other non-space rune alone.
func tokenize(text string, start, end, sent int, toks []tok) []tok {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
	emit := func(a, b int) {
		w := normWord(text[a:b])
		r, _ := utf8.DecodeRuneInString(text[a:b])
		toks = append(toks, tok{Span: graph.Span{Start: a, End: b}, w: w, cap: unicode.IsUpper(r), sent: sent, ment: -1, tmx: -1})
	}
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWord(r) {
			// "'s" after a word was handled with the word; a lone mark is a token.
			emit(i, i+n)
			i += n
			continue
		}
		j := i + n
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:end])
			if isWord(r) {
				j += n
				continue
			}
			if r == '.' || r == '-' || r == '\'' || r == '\u2019' || r == ',' || r == '&' {
				r2, n2 := utf8.DecodeRuneInString(text[j+n : end])
				if j+n < end && isWord(r2) && (r != ',' || unicode.IsDigit(r2) && j > i && isDigitByte(text[j-1])) {
					j += n + n2
					continue
				}
				if r == '.' && strings.Contains(text[i:j], ".") {
					j += n // the last period of "U.S."
				}
			}
			break
		}
		// split possessive 's and n't
		w := text[i:j]
		lw := normWord(w)
		switch {
		case len(lw) > 2 && strings.HasSuffix(lw, "'s"):
			k := strings.LastIndexAny(w, "'\u2019")
			emit(i, i+k)
			emit(i+k, j)
		case len(lw) > 3 && strings.HasSuffix(lw, "n't"):
			k := strings.LastIndexAny(w, "'\u2019") - 1
			emit(i, i+k)
			emit(i+k, j)
		default:
			emit(i, j)
		}
		i = j
	}
	return toks
}

// crimeWords reports whether tokens [a, b) describe someone as a criminal.
func (x *extractor) crimeWords(a, b int) bool {
	for _, t := range x.toks[a:b] {
		if criminals[t.w] {
			return true
		}
	}
	return false
}

// shouting reports whether most words of tokens [a, b) are in capitals (a
// social-media banner, whose grammar cannot be trusted).
func (x *extractor) shouting(a, b int) bool {
	words, caps := 0, 0
	for _, t := range x.toks[a:b] {
		if len(t.w) < 2 || !unicode.IsLetter(rune(t.w[0])) {
			continue
		}
		words++
		if w := x.doc.Text[t.Start:t.End]; strings.ToUpper(w) == w {
			caps++
		}
	}
	return words >= 3 && caps*2 > words
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// sentence extracts the events of sentence s (an index into x.sents); with
// all, also the mentions that name no participant.
func (x *extractor) sentence(s int, all bool) []graph.LocalEvent {
	a, b := x.sents[s].Start, x.sents[s].End
	x.entryDay(a, b)
	has := false
	for i := a; i < b; i++ {
		if x.toks[i].ment >= 0 || x.toks[i].ment < 0 && (subjectPronouns[x.toks[i].w] || x.toks[i].w == "his" || x.toks[i].w == "her") {
			has = true
			break
		}
	}
	if !has && !all || x.shouting(a, b) || !all && (x.question(a, b) || x.retracted(a, b)) {
		return nil
	}
	cands := x.triggers(a, b)
	for k := range cands {
		x.roles(cands, k, a, b)
	}
	x.frontedParticiple(cands, a)
	x.borrowRoles(cands)
	x.undoneRoles(cands, a)
	x.objectOwners(cands, b)
	x.dates(cands, a, b)
	x.objectAgents(cands)
	x.moveFocus(cands)
	x.foldObjects(cands)
	var out []graph.LocalEvent
	for k := range cands {
		c := &cands[k]
		if !all && (!hasCore(c.ev.Participants) || x.mediumOf(cands, c) || x.occasionDup(cands, c) || x.settingDup(cands, c) || x.objectDup(cands, c) || x.purposeDup(cands, c) ||
			x.restatement(cands, c) >= 0) {
			continue
		}
		c.ev.Sentence = x.sidx[s]
		c.ev.Confidence = x.confidence(c)
		out = append(out, c.ev)
	}
	return out
}

// question reports whether sentence [a, b) asks something ("How did China
// respond?", "Will Trump sign it?"): it reports no event, though a Q&A's
// answers do.
func (x *extractor) question(a, b int) bool {
	if b-a < 2 || x.toks[b-1].w != "?" {
		return false
	}
	first := a
	for first < b && !isLetters(x.toks[first].w) {
		first++ // "**What happened?**", a quote mark
	}
	return first < b && questionWords[strings.ToLower(x.toks[first].w)]
}

// retracted reports whether sentence [a, b) tells what an earlier version
// of the story wrongly said ("An earlier version of this story said Apple
// reported results on Wednesday"): what it reports did not happen so.
func (x *extractor) retracted(a, b int) bool {
	for k := a; k+3 < b; k++ {
		if x.toks[k].w == "earlier" && x.toks[k+1].w == "version" && x.toks[k+2].w == "of" &&
			(x.toks[k+3].w == "this" || x.toks[k+3].w == "the") {
			return true
		}
	}
	return false
}

// questionWords open a question.
var questionWords = set("how", "what", "why", "when", "where", "who", "which", "whose", "whom", "did", "does", "do",
	"will", "would", "can", "could", "should", "is", "are", "was", "were", "has", "have", "had")

// tariffDutyWords are the words before "duty" or "duties" that make it a
// tax on goods ("import duties", "anti-dumping duty").
var tariffDutyWords = set("customs", "import", "imports", "export", "exports", "anti-dumping", "antidumping",
	"excise", "countervailing", "stamp", "punitive", "retaliatory", "additional", "higher", "lower", "tariff",
	"fuel", "duty-free", "protective", "compensatory")

// eventNoun returns the event noun token i is, if any: "duty" and
// "duties" only as taxes on goods, not "a sense of duty" or "his duties";
// none that only qualifies the noun after it ("election campaign").
func (x *extractor) eventNoun(i int) (trigger, bool) {
	w := x.toks[i].w
	n, ok := lex.noun[w]
	if !ok {
		// "counter-tariffs", "counteroffer", "re-election": the noun's event
		for _, pre := range nounPrefixes {
			if rest, cut := strings.CutPrefix(w, pre); cut && len(rest) > 3 {
				if n, ok = lex.noun[rest]; ok {
					w = rest
					break
				}
			}
		}
	}
	if ok && (w == "duty" || w == "duties") && !x.dutyIsTariff(i) {
		return trigger{}, false
	}
	if ok && x.qualifier(i) {
		return trigger{}, false
	}
	if ok && !x.all && (w == "demand" || w == "demands") && !x.demandIsRequest(i) {
		return trigger{}, false
	}
	if ok && !x.all && (w == "vote" || w == "votes") && x.voteShare(i) {
		return trigger{}, false
	}
	if ok && !x.all && w == "sales" && x.measureBefore(i) {
		return trigger{}, false // "sales fell 18%": a measure, no selling
	}
	return n, ok
}

// measureBefore reports whether the noun at token i is the subject of a
// verb of change within eight words after it ("sales fell for nine
// quarters", "sales in the past three months dropped 18%"): a measure.
func (x *extractor) measureBefore(i int) bool {
	for k := i + 1; k < len(x.toks) && k <= i+8; k++ {
		t := x.toks[k]
		if changeVerbs[t.w] {
			return true
		}
		if t.w == "," || t.w == "." || t.w == ";" || t.ment >= 0 || auxiliaries[t.w] && t.w != "have" && t.w != "has" {
			return false
		}
	}
	return false
}

// changeVerbs say how a measure moved.
var changeVerbs = set("rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "dropped", "drop", "drops",
	"increased", "increase", "increases", "decreased", "declined", "decline", "declines", "climbed", "jumped", "slipped",
	"grew", "grow", "grows", "grown", "surged", "plunged", "slumped", "gained", "eased", "totaled", "totalled", "totalling",
	"totaling", "slid", "tumbled", "soared", "doubled", "halved")

// voteShare reports whether the noun "vote" at token i counts a share of
// the ballots cast ("taking 34.5% of the vote", "a third of the votes"),
// no act of voting.
func (x *extractor) voteShare(i int) bool {
	if i < 3 || x.toks[i-1].w != "the" || x.toks[i-2].w != "of" {
		return false
	}
	switch p := x.toks[i-3].w; p {
	case "%", "pct", "percent", "share", "half", "majority", "third", "quarter", "fifth", "most", "bulk", "rest", "cent":
		return true
	default:
		return isDigitByte(p[0])
	}
}

// nounPrefixes make a noun of the same event: "counter-tariffs",
// "counteroffer", "re-election".
var nounPrefixes = []string{"counter-", "counter", "re-"}

// demandIsRequest reports whether the noun "demand" at token i is someone's
// demand, a request ("Trump's demand", "U.S. demands", "a demand that
// Mexico act", "demands to extradite him"), not the market's ("demand for
// its chips", "oil demand", "weak demand"). EventMentions keeps both, as
// TimeML counts the market's demand an event too (SemEval-2015 trial F1
// falls from 47.0 to 46.7 without it).
func (x *extractor) demandIsRequest(i int) bool {
	if i+1 < len(x.toks) {
		if next := x.toks[i+1].w; next == "that" || next == "to" || next == "from" || next == "by" {
			return true
		}
	}
	if i == 0 {
		return false
	}
	prev := x.toks[i-1]
	return prev.ment >= 0 || prev.w == "'s" || prev.w == "their" || prev.w == "his" || prev.w == "her"
}

// qualifier reports whether token i stands before a noun it only
// qualifies (compoundHeads).
func (x *extractor) qualifier(i int) bool {
	return i+1 < len(x.toks) && x.toks[i+1].ment < 0 && compoundHeads[x.toks[i+1].w]
}

// unmetNouns are the objects "meet" takes when it means to satisfy.
var unmetNouns = set("demand", "demands", "needs", "need", "requirements", "requirement", "target", "targets",
	"goal", "goals", "deadline", "deadlines", "obligations", "obligation", "expectations", "expectation",
	"criteria", "standards", "standard", "costs", "cost", "payments", "commitments", "conditions", "terms",
	"forecasts", "estimates", "challenge", "challenges", "quota", "quotas", "specifications", "shortfall")

// compoundHeads are nouns that an event noun before them only qualifies:
// "election campaign coordinator", "meeting room" name no election or
// meeting.
var compoundHeads = set("campaign", "campaigns", "coordinator", "coordinators", "manifesto", "broadcast",
	"broadcasts", "spending", "agent", "agents", "chief", "chiefs", "official", "officials", "team", "teams",
	"committee", "rules", "process", "material", "materials", "room", "rooms", "venue",
	"hall", "table", "schedule", "calendar", "agenda", "site", "fever", "race", "literature", "leaflet",
	"leaflets", "strategy", "strategist", "strategists", "machine", "machinery", "expenses", "funding",
	"court", "courts", "judge", "judges", "trustee", "trustees", "examiner") // "a federal appeals court", "a U.S. Bankruptcy Judge": no appeal, no bankruptcy

// officeTitles are the capitalized nouns that close an office's title
// after its department: "Fire Chief", "Press Secretary", "Trade
// Representative".
var officeTitles = set("chief", "secretary", "minister", "director", "commissioner", "officer", "spokesman",
	"spokeswoman", "representative", "administrator", "marshal", "commander", "inspector", "attorney", "adviser",
	"advisor", "counsel", "superintendent", "chairman", "chairwoman")

// officeHeads are nouns that make a verb's base form before them a noun of
// their compound: "White House press secretary", "the press office".
var officeHeads = set("secretary", "secretaries", "spokesman", "spokeswoman", "spokesperson", "office", "officer",
	"officers", "corps", "briefing", "briefings")

// imposeWords are the verbs that impose a tax.
var imposeWords = set("impose", "imposes", "imposed", "imposing", "levy", "levies", "levied", "levying", "slap",
	"slapped", "raise", "raised", "cut", "cuts", "lift", "lifted", "scrap", "scrapped")

// dutyIsTariff reports whether "duty" or "duties" at token i is a tax on
// goods: after a word that says so or a name ("U.S. duties"), as the
// object of a verb that imposes it ("imposing heavy duties"), or before
// "on", "against" ("duties on steel") or a rate ("a duty of 25 percent").
func (x *extractor) dutyIsTariff(i int) bool {
	if i > 0 && (tariffDutyWords[x.toks[i-1].w] || x.toks[i-1].ment >= 0) {
		return true // "import duties", "U.S. duties"
	}
	if i > 1 && (imposeWords[x.toks[i-1].w] || imposeWords[x.toks[i-2].w]) && x.toks[i].w == "duties" {
		return true // "imposing heavy duties"
	}
	if i+1 < len(x.toks) {
		switch x.toks[i+1].w {
		case "on", "against", "levied", "imposed":
			return true
		case "of":
			return i+2 < len(x.toks) && isNumber(x.toks[i+2].w)
		}
	}
	return false
}

// lookup returns the trigger token i (in a sentence starting at token a)
// stands for, whether it is read as a noun, and whether it is a trigger.
func (x *extractor) lookup(i, a int) (trigger, bool, bool) {
	t := x.toks[i]
	if t.ment >= 0 || t.tmx >= 0 {
		return trigger{}, false, false
	}
	if t.cap && i > a && x.toks[i-1].ment >= 0 && i+1 < len(x.toks) && x.toks[i+1].sent == t.sent &&
		x.toks[i+1].cap && officeTitles[x.toks[i+1].w] {
		// "Washington Fire Chief John Donnelly": a word of a title, not
		// "Sheinbaum Defends Sovereignty"
		return trigger{}, false, false
	}
	v, isV := lex.verb[t.w]
	if isV && v.lemma == "charge" && !x.accusation(i) {
		isV = false // "clients are charged per delivery", "charged the commission with examining"
	}
	n, isN := x.eventNoun(i)
	if _, noun := lex.noun[t.w]; noun && x.qualifier(i) {
		return trigger{}, false, false // "tender offer materials": neither noun nor verb
	}
	if !isV && !isN && x.all {
		if st, ok := x.stative(i); ok {
			return st, false, true
		}
		if g, ok := x.generic(i, a); ok {
			return g, false, true
		}
	}
	if !isV && !isN {
		return trigger{}, false, false
	}
	prev := ""
	if i > a {
		prev = x.toks[i-1].w
	}
	if t.tag != "" {
		switch {
		case strings.HasPrefix(t.tag, "NN") && isN:
			return n, true, true
		case strings.HasPrefix(t.tag, "VB") && isV:
			return v, false, true
		case strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "VB"):
			return trigger{}, false, false
		}
	}
	nounish := determiners[prev] || prev == "-" || (prepositions[prev] && prev != "to") || isNumber(prev)
	afterMention := i > a && x.toks[i-1].ment >= 0
	if afterMention && isV && v.form == 'b' && plainNouns[t.w] && i+1 < len(x.toks) && x.toks[i+1].sent == t.sent &&
		x.toks[i+1].ment < 0 && (auxiliaries[x.toks[i+1].w] || strings.HasSuffix(x.toks[i+1].w, "ed") && len(x.toks[i+1].w) > 4) {
		// "U.S. support depended on the outcome", "Mexican support was
		// strong": a noun the name qualifies, before the clause's verb
		if isN {
			return n, true, true
		}
		return trigger{}, false, false
	}
	if afterMention && isV && v.form == 'b' {
		// "a Welsh-English issue": a name qualifying the noun after a
		// determiner, no subject
		q := i - 1
		for q > a && x.toks[q-1].ment == x.toks[i-1].ment {
			q--
		}
		if q > a && (x.toks[q-1].w == "a" || x.toks[q-1].w == "an") {
			if isN {
				return n, true, true // "a New York Times report", "an EU demand"
			}
			return trigger{}, false, false
		}
	}
	if isV && isN {
		switch {
		case v.form == 'd':
			return v, false, true
		case nounish || nounModifiers[prev]:
			return n, true, true
		case v.form == 'g' || afterMention:
			return v, false, true
		case (v.form == 's' || v.form == 'b') && x.modifiedNoun(i, a):
			return n, true, true // "his first face-to-face talks with Xi"
		case i == a && t.cap:
			return n, true, true
		}
		return v, false, true
	}
	if isN {
		return n, true, true
	}
	adverb := i > a+1 && (prev == "first" || prev == "last") &&
		(x.toks[i-2].ment >= 0 || subjectPronouns[x.toks[i-2].w]) || // "Jobs first introduced"
		x.adverbialBefore(i, a) // "has twice before sued"
	if articles[prev] || (determiners[prev] && !adverb || prepositions[prev] && prev != "by" && !adverb) && v.form == 'd' {
		return trigger{}, false, false
	}
	if v.form == 'd' && i > a && x.isVerbWord(i-1, a) {
		return trigger{}, false, false // "permit increased involvement"
	}
	if (v.form == 'b' || v.form == 's' && plainNouns[t.w]) && i > a && !subjectLike(x.toks[i-1]) {
		return trigger{}, false, false // "a sensitive issue"
	}
	if v.form == 'b' && i+1 < len(x.toks) && x.toks[i+1].sent == t.sent && officeHeads[x.toks[i+1].w] {
		return trigger{}, false, false // "White House press secretary Karoline Leavitt"
	}
	return v, false, true
}

// accusation reports whether "charge" at token i accuses: "was charged
// with fraud", "charged Dean Witter with failing to report", "charged
// that the ruling violates", not "charged per delivery" nor "charged the
// commission with examining".
func (x *extractor) accusation(i int) bool {
	s := x.toks[i].sent
	for k := i + 1; k < len(x.toks) && k <= i+10 && x.toks[k].sent == s; k++ {
		switch w := x.toks[k].w; {
		case w == "that" && k == i+1:
			return true
		case w == "with":
			return k+1 >= len(x.toks) || !strings.HasSuffix(x.toks[k+1].w, "ing") || chargedWith[x.toks[k+1].w]
		case w == "," || w == ";" || boundaries[w]:
			return false
		}
	}
	return false
}

// chargedWith are the -ing words an accusation is "charged with" (not "the
// commission with examining").
var chargedWith = set("failing", "conspiring", "violating", "defrauding", "making", "profiting", "providing",
	"masterminding", "infringing", "obstructing")

// modifiedNoun reports whether the words right before token i, in a
// sentence starting at token a, are a determiner and one or two modifiers
// ("his first face-to-face talks", "the latest trade talks"), which make
// a plural form a noun.
func (x *extractor) modifiedNoun(i, a int) bool {
	for q := i - 1; q >= a && q >= i-3; q-- {
		t := x.toks[q]
		if q < i-1 && articles[t.w] {
			return true
		}
		if t.ment >= 0 || t.tmx >= 0 || t.cap || x.isVerbWord(q, a) || auxiliaries[t.w] || prepositions[t.w] ||
			!isLetters(strings.ReplaceAll(t.w, "-", "")) {
			return false
		}
		if !determiners[t.w] && !strings.Contains(t.w, "-") && !adjectiveEnding(t.w) {
			return false // "the plan calls for": a noun before it is its subject
		}
	}
	return false
}

// adjectiveEnding reports whether w ends as adjectives do ("bilateral",
// "diplomatic", "substantive", "fruitful", "serious").
func adjectiveEnding(w string) bool {
	for _, e := range []string{"al", "ic", "ive", "ful", "ous"} {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// generic returns the trigger of token i, a word the lexicon does not
// know, when its form and place make it a verb, which TimeML counts as an
// event: a past form (-ed, or an irregular one) after a subject or an
// auxiliary ("Jobs underwent", "has reassumed"), an -ing form after a
// preposition or subordinator that opens an adjunct ("by walking onto the
// stage"), or any word before a particle after "to", a modal or a subject
// ("to step down"). Its type is an action and its lemma the word.
func (x *extractor) generic(i, a int) (trigger, bool) {
	t := x.toks[i]
	w := t.w
	if i <= a || t.cap || len(w) < 4 || !isLetters(w) || notVerbs[w] || determiners[w] || prepositions[w] || adverbs[w] {
		return trigger{}, false
	}
	prev := x.toks[i-1]
	subjectBefore := prev.ment >= 0 || subjectPronouns[prev.w] || prev.w == "they" || prev.w == "it" || prev.w == "we" ||
		kindWords[prev.w] && i-2 >= a && x.toks[i-2].ment >= 0 // "the FTSE 100 index slid"
	switch {
	case (strings.HasSuffix(w, "ed") && len(w) >= 5 || irregularPast[w]) &&
		(subjectBefore || auxiliaries[prev.w] || strings.HasSuffix(prev.w, "ly") && i-2 >= a && x.toks[i-2].ment >= 0):
		return trigger{lemma: w, typ: graph.Action, form: 'd'}, true
	case strings.HasSuffix(w, "ing") && len(w) >= 6 && (prev.w == "by" || prev.w == "while" || prev.w == "after" ||
		prev.w == "before" || prev.w == "and" && i-2 >= a && x.toks[i-2].ment < 0):
		return trigger{lemma: w, typ: graph.Action, form: 'g'}, true
	case i+1 < len(x.toks) && x.toks[i+1].sent == t.sent && particleWords[x.toks[i+1].w] &&
		(prev.w == "to" || modalPos[prev.w] || modalFut[prev.w] || subjectBefore):
		return trigger{lemma: w, typ: graph.Action, form: 'b'}, true
	}
	return trigger{}, false
}

// isLetters reports whether w holds only ASCII letters.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// irregularPast are past forms generic recognizes as verbs.
var irregularPast = set("took", "went", "came", "gave", "brought", "bought", "sold", "won", "lost", "left", "led",
	"ran", "saw", "sent", "spent", "stood", "thought", "wrote", "grew", "paid", "kept", "chose", "drove", "flew",
	"knew", "felt", "fought", "sought", "taught", "caught", "threw", "broke", "spoke", "stole", "wore", "withdrew",
	"underwent", "overtook", "forgave", "held", "told", "became", "began", "hit", "quit", "split", "shut", "slid",
	"sank", "shrank", "swung", "sprang", "struck", "bid", "shed")

// particleWords follow a phrasal verb (see generic).
var particleWords = set("down", "up", "off", "out", "away", "over", "back")

// notVerbs are words ending in -ed or -ing that are rarely verbs.
var notVerbs = set("based", "united", "need", "needs", "speed", "hundred", "limited", "related", "red", "bed", "seed",
	"feed", "indeed", "naked", "wicked", "sacred", "beloved", "aged", "something", "nothing", "anything", "everything",
	"during", "including", "according", "following", "regarding", "concerning", "morning", "evening", "spring",
	"thing", "things", "king", "ring", "wing", "ceiling", "building", "meeting", "pricing", "funding", "ruling",
	"hearing", "earnings", "savings", "offering", "opening", "closing", "trading", "ending", "beginning", "being")

// stative returns the trigger of token i when it is a stative verb of
// possession or use that TimeML counts as an event ("iPhone 4 has a new
// screen", "it uses Apple's A4", "It comes in two colors"): a form of
// statives followed by what reads as its object, so that the auxiliary of
// "has filed" is none.
func (x *extractor) stative(i int) (trigger, bool) {
	t := x.toks[i]
	st, ok := statives[t.w]
	if !ok || i+1 >= len(x.toks) || x.toks[i+1].sent != t.sent {
		return trigger{}, false
	}
	next := x.toks[i+1]
	switch {
	case articles[next.w] || determiners[next.w] || isNumber(next.w) || numberWords[next.w] || next.ment >= 0:
	case st.lemma == "come" && (next.w == "in" || next.w == "with"):
	case st.lemma == "work" && next.w == "with":
	default:
		return trigger{}, false
	}
	return st, true
}

// isVerbWord reports whether token i reads as a lexicon verb.
func (x *extractor) isVerbWord(i, a int) bool {
	v, ok := lex.verb[x.toks[i].w]
	if !ok || x.toks[i].ment >= 0 {
		return false
	}
	if _, isN := lex.noun[x.toks[i].w]; isN && v.form != 'd' {
		return false
	}
	return i == a || !articles[x.toks[i-1].w]
}

// subjectLike reports whether a base-form verb may follow t: after "to", a
// modal or auxiliary, a negation, an adverb, a pronoun, a name, a
// coordinator or a relative pronoun.
func subjectLike(t tok) bool {
	return t.ment >= 0 || t.w == "to" || auxiliaries[t.w] || modalPos[t.w] || negation[t.w] || adverbs[t.w] ||
		strings.HasSuffix(t.w, "ly") || pronouns[t.w] || t.w == "and" || t.w == "or" || t.w == "who" ||
		t.w == "which" || t.w == "that" || t.w == "," || t.w == ":"
}

// isAmount reports whether w is a number with digits, bare or with a unit
// after it: "1,780", "9.26bn", "51.6m", "8.1%" (the tokenizer keeps a
// currency sign apart: "£", "51.6m").
func isAmount(w string) bool {
	for _, unit := range []string{"bn", "mn", "tn", "m", "k"} {
		if len(w) > len(unit) && strings.HasSuffix(w, unit) {
			w = strings.TrimSuffix(w, unit)
			break
		}
	}
	return isNumber(w) && strings.ContainsAny(w, "0123456789")
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' && r != '%' {
			return false
		}
	}
	return true
}

// triggers finds the trigger words of tokens [a, b).
func (x *extractor) triggers(a, b int) []cand {
	var cs []cand
	used, fusedLeft := map[int]bool{}, map[int]bool{}
	for i := a; i < b; i++ {
		if used[i] {
			continue
		}
		t, noun, ok := x.lookup(i, a)
		if !ok {
			continue
		}
		c := cand{i: i, j: i, t: t, noun: noun}
		next := func(k int) string {
			if i+k < b {
				return x.toks[i+k].w
			}
			return ""
		}
		if !noun {
			switch t.lemma {
			case "strike":
				// "struck a deal", "the deal, struck at the European
				// Council": an agreement, not an attack; "struck a balance"
				// or "a chord": neither
				balance := false
				for k := -3; k <= 3; k++ {
					if i+k < a || i+k >= b || k == 0 {
						continue
					}
					if w := x.toks[i+k].w; dealNouns[w] {
						c.t.typ, c.t.lemma = graph.Agreement, "agree"
						break
					} else if k > 0 && (w == "balance" || w == "chord" || w == "note" || w == "tone") {
						balance = true
					}
				}
				if balance && c.t.typ != graph.Agreement && !x.all {
					continue
				}
			case "lay":
				// "would lay off 20% of its workers"; not "laid the groundwork"
				if next(1) != "off" {
					if !x.all {
						continue
					}
				} else {
					c.t.lemma = "lay off"
				}
			case "call":
				if next(1) == "for" || next(1) == "on" {
					c.t.typ, c.t.lemma = graph.Request, "call for"
				} else if next(1) == "off" {
					c.t.typ, c.t.lemma = graph.Action, "call off" // "called off strikes": cancelled them
				}
			case "confirm":
				// "The Senate confirmed Pete Hegseth as secretary of
				// defense": an appointment, not a statement
				if i+1 < b && x.toks[i+1].ment >= 0 && x.doc.Mentions[x.toks[i+1].ment].Kind == graph.Person {
					// not "confirmed Mr Smith was still in post", "confirmed
					// Mr Blair's insistence"
					if e := x.mentionEnd(i + 1); e >= b || x.toks[e].tmx >= 0 || appointNext[x.toks[e].w] {
						c.t.typ = graph.Nomination
					}
				}
			case "suggest":
				if !strings.HasSuffix(next(1), "ing") {
					c.t.typ = graph.Statement // "suggested that ...", not "suggested deploying"
				}
			case "respond":
				// "responded last week with retaliatory duties": an act,
				// unless words answer ("responded with a statement")
				for k := 1; k <= 6 && i+k < b; k++ {
					if w := x.toks[i+k].w; w == "with" || w == "by" {
						if nt, ok := x.eventNoun(min(i+k+2, b-1)); !ok || nt.typ != graph.Statement {
							c.t.typ = graph.Action
						}
						break
					}
				}
			case "plead":
				if next(1) == "guilty" || next(1) == "not" || next(1) == "innocent" || next(1) == "no" {
					c.t.typ = graph.Action // "pleaded not guilty": a plea in court, no request
				}
			case "give":
				if x.toks[i].w == "given" && x.givenPreposition(i, a) {
					continue // "prepare for all scenarios given Trump's threats": in view of them
				}
			case "hear":
				// "will hear arguments on the tariffs", "heard the appeal": a
				// court's hearing; otherwise a perception
				court := false
				for k := 1; k <= 4 && i+k < b; k++ {
					if heardNouns[next(k)] {
						court = true
						break
					}
				}
				if !court {
					if !x.all {
						continue
					}
					c.t.typ = graph.Action
				}
			case "seek":
				if next(1) == "to" {
					c.t.typ = graph.Action // "sought to calm fears": an attempt, not a request
				}
			case "warn":
				if next(1) == "that" {
					c.t.typ = graph.Statement
				}
			case "send":
				for k := 1; k <= 4 && i+k < b; k++ {
					if troopWords[x.toks[i+k].w] {
						c.t.typ = graph.Deployment
					}
				}
			case "declare":
				// "declared a state of emergency", "declared war": an act,
				// not a statement
				for k := 1; k <= 4 && i+k < b; k++ {
					if declaredActs[next(k)] {
						c.t.typ = graph.Action
						break
					}
				}
			case "deploy":
				// "airbags may fail to deploy": no object, nothing sent
				if n := next(1); n == "" || n == "." || n == "," || n == ";" || n == "and" || n == "or" || n == "when" ||
					n == "if" || n == "properly" || n == "correctly" {
					if !x.all {
						continue
					}
					c.t.typ = graph.Action
				}
			case "speak", "talk":
				if next(1) == "with" || next(1) == "by" && next(2) == "phone" {
					c.t.typ = graph.Call
				}
			case "meet":
				// "to meet demand", "met its targets": no meeting
				skip := false
				for k := 1; k <= 4 && i+k < b; k++ {
					if x.toks[i+k].ment >= 0 {
						break
					}
					if unmetNouns[next(k)] {
						skip = true
						break
					}
				}
				if skip {
					continue
				}
			}
			// gerunds of reporting and plain action verbs are adjuncts
			// ("emphasizing ...", "with rising nationalism"), not events
			// (but a progressive act is a finite verb: "is recalling
			// 300,000 vehicles"; not "was commenting on reports")
			if !x.all && t.form == 'g' && (c.t.typ == graph.Statement || c.t.typ == graph.Action && !lightVerbs[t.lemma]) &&
				!(c.t.typ == graph.Action && !drifting[t.lemma] && x.progressive(i, a)) {
				continue
			}
			// light verbs lend their subject to an event noun object
			if lightVerbs[t.lemma] || t.typ == graph.Action && (t.lemma == "take" || t.lemma == "make") {
				for k := i + 1; k < b && k <= i+8; k++ { // "signed a 12-1/2 year rescheduling accord"
					kw := x.toks[k].w
					if boundaries[kw] || kw == "," || (prepositions[kw] && kw != "of") || x.toks[k].ment >= 0 && k > i+1 {
						break
					}
					if nt, ok := x.eventNoun(k); ok && nt.typ != graph.Action && x.toks[k].ment < 0 {
						c.j = k
						c.t.typ, c.t.lemma = nt.typ, nt.lemma
						used[k] = true
						break
					}
				}
				// passive: "tariffs imposed by Trump", "tariffs were imposed on Mexico"
				if c.j == i && t.form == 'd' {
					p := i - 1
					for p > a && (beForms[x.toks[p].w] || adverbs[x.toks[p].w]) {
						p--
					}
					// "a deal reached last week": a participle right after its
					// noun, with no object after it
					bare := i+1 >= b || x.toks[i+1].tmx >= 0 || next(1) == "," || next(1) == "."
					if nt, ok := x.eventNoun(max(p, a)); ok && p >= a && nt.typ != graph.Action && (p < i-1 || next(1) == "by" || bare) {
						c.j, c.passive = p, true
						c.t.typ, c.t.lemma = nt.typ, nt.lemma
						fusedLeft[p] = true
					} else if q := x.objectRelative(i, a); q >= 0 {
						// "the tariffs President Donald Trump imposed": the
						// noun is the object of the name's verb
						if nt, ok := x.eventNoun(q); ok && nt.typ != graph.Action {
							c.j, c.objRel = q, true
							c.t.typ, c.t.lemma = nt.typ, nt.lemma
							fusedLeft[q] = true
						}
					}
				}
			} else if t.form == 'd' && t.typ != graph.Action {
				// a passive verb of the same type as its subject noun is
				// one event with it: "a new report was published by"
				p := i - 1
				for p > a && (beForms[x.toks[p].w] || adverbs[x.toks[p].w]) {
					p--
				}
				if p >= a && p < i-1 && beForms[x.toks[p+1].w] {
					if nt, ok := x.eventNoun(p); ok && nt.typ == t.typ {
						c.j, c.passive = p, true
						c.t.lemma = nt.lemma
						fusedLeft[p] = true
					}
				}
			}
		}
		cs = append(cs, c)
	}
	if len(fusedLeft) > 0 {
		keep := cs[:0]
		for _, c := range cs {
			if !(c.noun && fusedLeft[c.i]) {
				keep = append(keep, c)
			}
		}
		cs = keep
	}
	// drop bare light verbs that found no noun and are too vague alone
	out := cs[:0]
	for _, c := range cs {
		if c.i == c.j && !c.noun && (c.t.lemma == "make" || c.t.lemma == "take" || c.t.lemma == "give" || c.t.lemma == "hold" || c.t.lemma == "place") &&
			!(c.t.lemma == "hold" && x.heldSteady(c.i, b)) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// drifting are the lemmas of a measure's or a process's course, which a
// progressive describes rather than reports ("debt is rising", "the
// recovery is starting to take hold").
var drifting = func() map[string]bool {
	m := set("start", "begin", "move")
	for w := range measureLemmas {
		m[w] = true
	}
	return m
}()

// heardNouns are what a court or a panel hears.
var heardNouns = set("arguments", "argument", "case", "cases", "appeal", "appeals", "challenge", "challenges", "testimony",
	"evidence", "petition", "petitions", "lawsuit", "suit")

// fallVerbs say where a thing came down or went, or how a measure moved,
// with no object ("said it fell outside the zone", "it rose 5 pct"): their
// "it" is no actor.
var fallVerbs = set("fell", "fall", "falls", "fallen", "rose", "rise", "rises", "risen", "slipped", "plunged", "tumbled",
	"soared", "slid", "climbed", "landed", "crashed", "sank", "exploded", "splashed", "collapsed")

// nounModifiers make the word after them a noun: "a conference call", "a
// phone call".
var nounModifiers = set("conference", "phone", "telephone", "video", "earnings", "investor")

// declaredActs are what declaring puts in force ("declared a state of
// emergency", "declared war", "declared martial law").
var declaredActs = set("emergency", "war", "martial", "disaster", "bankruptcy", "independence", "curfew", "ceasefire",
	"truce", "moratorium", "default")

// effectNouns name what an event does, after which "of" and the event noun
// lend the noun no roles ("weighed the impact of tariffs on inflation").
var effectNouns = set("impact", "impacts", "effect", "effects", "cost", "costs", "threat", "risk", "risks", "prospect",
	"prospects", "fear", "fears", "legality", "scope", "size", "wake")

// dealNouns are what is struck when striking agrees ("struck a deal").
var dealNouns = set("deal", "deals", "agreement", "agreements", "accord", "bargain", "compromise", "pact")

// progressiveBe make a progressive of the -ing form after them.
var progressiveBe = set("is", "are", "was", "were", "been", "be", "am")

// progressive reports whether the -ing form at token i is the head of a
// progressive verb ("is recalling 300,000 vehicles", "were still
// buying"), a finite verb rather than an adjunct.
func (x *extractor) progressive(i, a int) bool {
	for k := i - 1; k >= a && k >= i-3; k-- {
		w := x.toks[k].w
		if progressiveBe[w] {
			return true
		}
		if x.toks[k].ment >= 0 || !(adverbs[w] || negation[w] || strings.HasSuffix(w, "ly") && len(w) > 4) {
			return false
		}
	}
	return false
}

// heldSteady reports whether the verb "hold" at token i keeps something as
// it was, within four tokens before a boundary: "held interest rates steady",
// "held its key rate unchanged".
func (x *extractor) heldSteady(i, b int) bool {
	for k := i + 1; k < b && k <= i+5; k++ {
		switch w := x.toks[k].w; w {
		case "steady", "unchanged", "flat", "stable":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// hasCore reports whether ps has an agent or a target.
func hasCore(ps []graph.LocalParticipant) bool {
	for _, p := range ps {
		if p.Role != graph.Involved {
			return true
		}
	}
	return false
}

// isTrigger reports whether token k starts one of cs.
// clauseOpeners open a clause of their own when a subject and a verb
// follow them ("after U.S. forces destroyed"), and are prepositions
// otherwise ("after the summit").
var clauseOpeners = set("after", "before", "until", "once", "since")

// subordinateClause reports whether token k is a subordinator opening a
// clause: a word ending in -ed, or a verb of the lexicon in the past or
// third person, follows within nine tokens, before any comma or boundary.
func (x *extractor) subordinateClause(k, b int) bool {
	if !clauseOpeners[x.toks[k].w] {
		return false
	}
	for q := k + 1; q < b && q <= k+9; q++ {
		t := x.toks[q]
		if t.w == "," || boundaries[t.w] {
			return false
		}
		if t.ment >= 0 || t.tmx >= 0 || t.cap || q == k+1 {
			continue
		}
		if v, ok := lex.verb[t.w]; ok && (v.form == 'd' || v.form == 's') || len(t.w) > 4 && strings.HasSuffix(t.w, "ed") {
			return true
		}
	}
	return false
}

// subordinateSubject returns the first mention of the subject of a
// subordinate clause opened in tokens [from, to), or -1: the verb at to,
// coordinated after that clause, shares it.
func (x *extractor) subordinateSubject(from, to int) int {
	if to < 1 || !coordinators[x.toks[to-1].w] {
		return -1
	}
	for k := from; k < to; k++ {
		if !x.subordinateClause(k, to) {
			continue
		}
		for q := k + 1; q < to && q <= k+4; q++ {
			if m := x.toks[q].ment; m >= 0 {
				return m
			}
		}
		return -1
	}
	return -1
}

// verbAt reports whether a trigger read as a verb stands at token k.
func verbAt(cs []cand, k int) bool {
	for _, c := range cs {
		if c.i == k && !c.noun {
			return true
		}
	}
	return false
}

func isTrigger(cs []cand, k int) bool {
	for _, c := range cs {
		if c.i == k || c.j == k {
			return true
		}
	}
	return false
}

func (x *extractor) addPart(c *cand, m int, r graph.Role) {
	e := x.doc.Mentions[m].Entity
	for k, p := range c.ev.Participants {
		if p.Entity == e {
			if rank(r) < rank(p.Role) {
				c.ev.Participants[k].Role = r
			}
			return
		}
	}
	c.ev.Participants = append(c.ev.Participants, graph.LocalParticipant{Entity: e, Role: r})
}

func rank(r graph.Role) int {
	switch r {
	case graph.Agent:
		return 0
	case graph.Target:
		return 1
	}
	return 2
}

// mentionsIn returns the distinct mention indexes of tokens [a, b) with the
// token where each starts.
func (x *extractor) mentionsIn(a, b int) (ms, at []int) {
	last := -1
	for k := a; k < b; k++ {
		if m := x.toks[k].ment; m >= 0 && m != last {
			ms = append(ms, m)
			at = append(at, k)
			last = m
		} else if m < 0 {
			last = -1
		}
	}
	return ms, at
}

// mentionEnd returns the token after mention m starting at token k.
func (x *extractor) mentionEnd(k int) int {
	m := x.toks[k].ment
	for k < len(x.toks) && x.toks[k].ment == m {
		k++
	}
	return k
}

// roles fills the participants of cands[k] from the words around it.
func (x *extractor) roles(cs []cand, k, a, b int) {
	c := &cs[k]
	c.ev = graph.LocalEvent{Type: c.t.typ, Lemma: c.t.lemma, Trigger: x.toks[c.j].Span, Timex: -1}
	if c.noun {
		x.nounRoles(cs, k, a, b)
		return
	}
	i := c.i
	// passive: be-form before a participle, or "<participle> by"
	p := i - 1
	for p >= a && (adverbs[x.toks[p].w] || strings.HasSuffix(x.toks[p].w, "ly") && x.toks[p].ment < 0) {
		p--
	}
	if c.t.form == 'd' {
		if i+1 < b && x.toks[i+1].w == ":" || i == b-1 {
			c.passive = true // headline: "Offer Rejected: ..."
		} else if p >= a && beForms[x.toks[p].w] {
			c.passive = true
		} else if i+1 < b && x.toks[i+1].w == "by" && (p < a || !perfect[x.toks[p].w]) && (p < a || x.toks[p].ment < 0) {
			c.passive = true
		} else if p-1 >= a && (x.toks[p].w == "and" || x.toks[p].w == "or") && passiveAt(cs, p-1) && x.toks[i].tag != "VBD" &&
			!reportingVerbs[c.t.lemma] {
			c.passive = true // "was seized and sold to JPMorgan": sold, too
		} else if p-1 >= a && x.toks[p].w == "and" && x.toks[i].tag != "VBD" && !reportingVerbs[c.t.lemma] && x.passiveBefore(cs, p, a) {
			c.passive = true // "was sentenced on Friday to 50 months in prison and fined $500,000"
		}
	}
	reduced := c.t.form == 'd' && !c.passive && x.reducedRelative(i, a)
	if reduced {
		c.passive = true // "Jobs, born in San Francisco": Jobs was born
	}
	postNominal := c.t.form == 'd' && !c.passive && c.j == c.i && x.postNominal(cs, i, a, b)
	if postNominal {
		c.passive = true // "export rules for advanced chips sold to China": the chips were sold, by no one named
	}
	subjRole, obj := graph.Agent, graph.Target
	if reportingVerbs[c.t.lemma] && c.t.typ != graph.Nomination {
		obj = graph.Involved // "claimed Sheinbaum is fearful": Sheinbaum is not acted on
	}
	if c.passive {
		subjRole, obj = graph.Target, graph.Target
	}
	// left: the subject (none when an event noun before the verb is it)
	var ss []subj
	inherit := false
	switch {
	case reduced:
		ss = []subj{{m: x.toks[i-2].ment}}
	case postNominal:
	case c.j >= c.i && c.t.form == 'g' && x.afterComma(i, a):
		// "Jobs unveiled the products at the Cupertino, California
		// event, saying ...": a participle after a comma is an adjunct
		// of the clause before it and shares its subject
		inherit = true
	case c.j >= c.i || c.objRel:
		ss, inherit = x.subject(cs, i, a)
	}
	if inherit && len(ss) == 0 {
		x.inheritSubject(cs, k, a)
	}
	for _, s := range ss {
		r := subjRole
		if s.other {
			r = graph.Involved
		}
		if s.pronoun {
			c.pronoun = true
		}
		x.addPart(c, s.m, r)
		if r == graph.Agent {
			c.agents++
		}
	}
	// right: objects and prepositional phrases
	x.rightRoles(cs, c, max(c.i, c.j)+1, b, obj)
	if c.ev.Type == graph.Nomination {
		x.officeOwners(c, max(c.i, c.j)+1, b)
	}
	if c.ev.Type == graph.Statement && c.agents == 0 && !c.noun {
		if m := x.invertedSpeaker(c.i, a, b); m >= 0 {
			// "'The story is costs,' said analyst Alex Potter at Lehman
			// Brothers": the speaker follows the verb
			e := x.doc.Mentions[m].Entity
			for k := range c.ev.Participants {
				if c.ev.Participants[k].Entity == e {
					c.ev.Participants[k].Role = graph.Agent
				}
			}
			x.addPart(c, m, graph.Agent)
			c.agents++
			c.inverted = true
		}
	}
	if c.ev.Type == graph.Order && x.purchaseOrder(c.j, b) {
		c.ev.Type = graph.Action // "an order for 40 Boeing 737 MAX 10 aircraft", "ordered 12 jets": a purchase
	}
	if c.ev.Lemma == "charge" && c.j+1 < b && x.toks[c.j+1].w == "that" {
		c.ev.Type = graph.Statement // "The SIA charged that the ruling violates the law": an accusation
	}
	if c.ev.Lemma == "deny" && x.deniedThing(c.j, b) {
		c.ev.Type = graph.Rejection // "denied him bail": no statement
		if m := x.toks[c.j+1].ment; m >= 0 {
			for k := range c.ev.Participants {
				if p := &c.ev.Participants[k]; p.Entity == x.doc.Mentions[m].Entity && p.Role == graph.Involved {
					p.Role = graph.Target // "denied Combs bail": Combs is refused
				}
			}
		}
	}
	if c.ev.Type == graph.Statement && (c.ev.Lemma == "tell" || c.ev.Lemma == "testify") {
		for _, p := range c.ev.Participants {
			if p.Role != graph.Target {
				continue
			}
			name := strings.ToLower(x.doc.Entities[p.Entity].Name)
			for _, l := range legislatures {
				if strings.Contains(name, l) {
					c.ev.Type = graph.Hearing
				}
			}
		}
	}
	if (c.ev.Lemma == "land" || c.ev.Lemma == "arrive") && x.crimeWords(a, b) {
		// "cartel leader Caro Quintero has landed in New York": a handover
		c.ev.Type = graph.Extradition
		for k := range c.ev.Participants {
			if c.ev.Participants[k].Role == graph.Agent {
				c.ev.Participants[k].Role = graph.Target
				c.agents--
			}
		}
	}
	if c.ev.Lemma == "testify" {
		c.ev.Type = graph.Hearing
	}
	if c.ev.Type == graph.Call && !c.noun && c.ev.Lemma == "call" {
		target := false
		for _, p := range c.ev.Participants {
			target = target || p.Role == graph.Target
		}
		if !target {
			c.ev.Type = graph.Statement // "Trump called cartels evil"
		}
	}
}

// invertedSpeaker returns the mention of the speaker after a reporting
// verb at token i that follows a quotation's closing comma or quote mark
// (", said analyst Alex Potter", "” said Jason Daw"), past at most three
// words of a title, or -1.
func (x *extractor) invertedSpeaker(i, a, b int) int {
	if i <= a {
		return -1
	}
	if p := x.toks[i-1].w; p != "," && p != "”" && p != "\"" && p != "''" {
		return -1
	}
	// the speaker ends the sentence or is followed by what qualifies it,
	// not by a verb ("Analysts, however, said Icahn would have to prove")
	ends := func(m int) bool {
		e := x.mentionEnd(m)
		if e >= b {
			return true
		}
		switch x.toks[e].w {
		case ".", ",", ";", "of", "at", "in", "with", "from", "for", "'s", "”", "\"", "and", "who", "adding", "on":
			return true
		}
		return false
	}
	org := -1
	for k := i + 1; k < b && k <= i+7; k++ {
		t := x.toks[k]
		if t.ment >= 0 {
			if !ends(k) && x.doc.Mentions[t.ment].Kind == graph.Person {
				return -1
			}
			switch x.doc.Mentions[t.ment].Kind {
			case graph.Person:
				return t.ment // "said Yukos chief executive Steven Theede": the person, not Yukos
			case graph.Organization:
				if org < 0 && (ends(k) || k+1 < b && x.toks[x.mentionEnd(k)].w != "" && !x.toks[x.mentionEnd(k)].cap &&
					!x.isVerbWord(x.mentionEnd(k), a) && !auxiliaries[x.toks[x.mentionEnd(k)].w] && !plainNouns[x.toks[x.mentionEnd(k)].w]) {
					org = t.ment // "said Sumitomo Bank Ltd chief economist, Masahiko Koido"
				}
			default:
				return org
			}
			continue
		}
		if k > i+4 && org < 0 || t.tmx >= 0 || !isLetters(t.w) || x.isVerbWord(k, a) || prepositions[t.w] && t.w != "of" {
			return org
		}
	}
	return org
}

// officeOwners makes a place or an organization whose office an elected or
// appointed person takes, in tokens [from, b), involved rather than chosen:
// "was elected Japan's prime minister", "named him the party's new leader".
func (x *extractor) officeOwners(c *cand, from, b int) {
	for q := from; q < b && q < from+8; q++ {
		m := x.toks[q].ment
		if m < 0 || q > from && x.toks[q-1].ment == m {
			continue
		}
		e := x.mentionEnd(q)
		if e >= b || x.toks[e].w != "'s" {
			continue
		}
		for n := e + 1; n < b && n <= e+4; n++ {
			w := x.toks[n].w
			if officeNouns[w] {
				ent := x.doc.Mentions[m].Entity
				for k := range c.ev.Participants {
					if c.ev.Participants[k].Entity == ent && c.ev.Participants[k].Role == graph.Target {
						c.ev.Participants[k].Role = graph.Involved
					}
				}
				break
			}
			if x.toks[n].cap || x.toks[n].ment >= 0 || !isLetters(w) {
				break
			}
		}
	}
}

// purchaseOrder reports whether the order at token j, in a sentence ending
// at b, buys goods: "an order for 40 Boeing 737 MAX 10 aircraft", "last
// ordered aircraft in 2019", "ordered 12 jets".
func (x *extractor) purchaseOrder(j, b int) bool {
	n := j + 1
	if n < b && x.toks[n].w == "for" {
		n++
	}
	for q := n; q < b && q <= n+5; q++ {
		w := x.toks[q].w
		if goodsWords[w] {
			return true
		}
		if boundaries[w] || w == "," || w == "to" || x.toks[q].tmx >= 0 || x.isVerbWord(q, j) {
			return false
		}
	}
	return false
}

// goodsWords are the goods an order buys.
var goodsWords = set("aircraft", "jets", "jet", "planes", "airplanes", "airliners", "ships", "vessels", "vehicles",
	"trucks", "locomotives", "turbines", "tanks", "helicopters", "satellites", "units", "tonnes", "tons", "barrels",
	"cars", "buses", "engines", "chips", "reactors")

// deniedThing reports whether "deny" at token j, in a sentence ending at
// b, withholds something from someone ("denied him bail", "denied Combs
// bail", "denied them entry"), not an account ("denied the report",
// "denied Trump had called").
func (x *extractor) deniedThing(j, b int) bool {
	n := j + 1
	switch {
	case n < b && (x.toks[n].w == "him" || x.toks[n].w == "her" || x.toks[n].w == "them" || x.toks[n].w == "us"):
		n++
	case n < b && x.toks[n].ment >= 0:
		n = x.mentionEnd(n)
	default:
		return false
	}
	if n >= b {
		return false
	}
	t := x.toks[n]
	return t.ment < 0 && t.tmx < 0 && !t.cap && isLetters(t.w) && !auxiliaries[t.w] && !x.isVerbWord(n, j) &&
		!determiners[t.w] && !prepositions[t.w] && t.w != "that" && t.w != "and" && t.w != "or"
}

// officeNouns are the offices a person is elected or appointed to.
var officeNouns = set("president", "minister", "premier", "chancellor", "mayor", "governor", "leader", "speaker",
	"chairman", "chairwoman", "chair", "head", "ambassador", "envoy", "secretary", "chief", "king", "queen", "pope",
	"senator", "judge", "commissioner", "director", "governor-general", "representative")

// objectControl verbs lend their object to their infinitive complement
// ("urged Sheinbaum to allow": Sheinbaum allows).
var objectControl = set("urge", "ask", "press", "pressure", "allow", "permit", "help", "tell", "force", "invite",
	"encourage", "persuade", "order", "call for", "request", "demand", "grant", "enable", "authorize", "instruct",
	"require", "advise", "compel", "call", "give")

// inheritSubject gives the verb cs[k], which has no subject of its own,
// the agents of the nearest verb before it in the sentence, or that verb's
// target when it is an object-control verb and cs[k] its infinitive.
func (x *extractor) inheritSubject(cs []cand, k, a int) {
	c := &cs[k]
	if v := x.preventedBy(c, a); v >= 0 {
		// "barred the government from deporting people": the one barred
		// would deport, not the one who bars
		if ms, _ := x.mentionsIn(v+1, c.i-1); len(ms) == 1 {
			x.addPart(c, ms[0], graph.Agent)
			c.agents++
		}
		return
	}
	if v := c.i - 2; !c.passive && v > a && x.toks[c.i-1].w == "and" && x.unknownPast(cs, v) && !beForms[x.toks[v-1].w] {
		// "The watchdog's chairman, Richard Hughes, apologised and
		// ordered an inquiry": the subject of the verb the lexicon does
		// not know before "and"
		ss, _ := x.subject(cs, v, a)
		for _, sb := range ss {
			if kind := x.doc.Mentions[sb.m].Kind; !sb.other && (kind == graph.Person || kind == graph.Organization) {
				x.addPart(c, sb.m, graph.Agent) // (not "operations in Britain and West Germany manufactured")
				c.agents++
				c.borrow = true
			}
		}
		if c.borrow {
			return
		}
	}
	toInf := x.toBefore(c.i, a)
	infinitive := toInf || c.t.form == 'g'
	if toInf && x.raisedSubject(cs, c, a) {
		return
	}
	if toInf && c.i-2 >= a && abilityNouns[x.toks[c.i-2].w] {
		for k := c.i - 3; k >= a && k >= c.i-8; k-- {
			if grantVerbs[x.toks[k].w] {
				return // "gave the president power to impose tariffs": the power is the president's, not the giver's
			}
		}
	}
	if toInf && c.i-2 > a {
		for n := range cs {
			if g := &cs[n]; g.i == c.i-2 && !g.noun && len(g.ev.Participants) == 0 && x.indefiniteSubject(g.i, a) {
				return // "an appeals court declined to block that ruling": the court's, no one named
			}
		}
	}
	for n := k - 1; n >= 0; n-- {
		g := &cs[n]
		if len(g.ev.Participants) == 0 {
			continue
		}
		if g.noun {
			// "Trump's offer to send troops": the offer's agent sends
			if toInf && c.i-g.j <= 10 && g.agents > 0 && (g.ev.Type == graph.Offer || g.ev.Type == graph.Request ||
				g.ev.Type == graph.Order || g.ev.Type == graph.Threat) {
				c.borrowAgents(g)
				return
			}
			continue
		}
		if !infinitive && (g.t.form == 'b' || g.t.form == 'g') && c.t.form != 'b' {
			continue // "he asked how the U.S. could help ... and suggested": asked, not help
		}
		if x.complementBetween(g.j, c.i) && !coordinators[x.toks[c.i-1].w] {
			return // "Jobs admitted that the percentage of calls dropped": not Jobs's calls
		}
		if x.questionBetween(g.j, c.i) && !(coordinators[x.toks[c.i-1].w] && (c.t.form == 'd' || c.t.form == 's')) {
			return // "asked whether any president had used the law to impose tariffs": not the asker
		}
		if reportingVerbs[g.t.lemma] && x.zeroThatClause(g.j, c.i) &&
			!(coordinators[x.toks[c.i-1].w] && (c.t.form == 'd' || c.t.form == 's')) {
			// "Lutnick said the card would cost $5 million and replace the
			// program": the card replaces it; "said ... but added" is the
			// reporter's own second verb
			return
		}
		if m := x.subordinateSubject(g.j+1, c.i); m >= 0 {
			// "met Bush after U.S. forces destroyed a platform and
			// raided another": the forces raided it
			x.addPart(c, m, graph.Agent)
			c.agents++
			c.borrow = true
			return
		}
		if infinitive && objectControl[g.t.lemma] && c.borrowTargetAsAgent(g) {
			return
		}
		if toInf && objectControl[g.t.lemma] && !g.passive && x.unnamedObject(g.j, c.i) && !abilityNouns[x.toks[c.i-2].w] {
			// "had pressed both sides to reach a deal": the sides reach it,
			// not the one who pressed; "granted Mexico a waiver to buy
			// steel": Mexico, named first, buys
			if m := x.toks[g.j+1].ment; m >= 0 {
				x.addPart(c, m, graph.Agent)
				c.agents++
				c.borrow = true
			}
			c.borrowless = true // still the verb a time expression next to it dates
			return
		}
		if g.passive && c.passive && !toInf && c.i+1 < len(x.toks) && x.toks[c.i+1].w != "to" && x.toks[c.i+1].w != "by" {
			// "was sentenced ... and fined $500,000": fined, too
			for _, p := range g.ev.Participants {
				if p.Role == graph.Target {
					c.ev.Participants = append(c.ev.Participants, p)
					c.borrow = true
				}
			}
			return
		}
		if g.passive && !c.passive {
			if toInf && x.gerundBetween(g.j, c.i-1) {
				return // "was sentenced ... for transporting people to engage in prostitution": the people's
			}
			// "Apple was started by Jobs in 1976, and launched the
			// store": the passive's subject, not its agent, launched it
			c.borrowTargetAsAgent(g)
			return
		}
		if c.passive && !g.passive && x.afterComma(c.i, a) {
			// "reported a record profit on Thursday, helped by strong
			// demand": the airline was helped
			for _, p := range g.ev.Participants {
				if p.Role == graph.Agent {
					c.ev.Participants = append(c.ev.Participants, graph.LocalParticipant{Entity: p.Entity, Role: graph.Target})
					c.borrow = true
				}
			}
			return
		}
		c.borrowAgents(g)
		return
	}
}

// unknownPast reports whether token v is a past form no trigger stands
// for ("apologised", "resigned" is one): lower-case letters ending in -ed.
func (x *extractor) unknownPast(cs []cand, v int) bool {
	t := x.toks[v]
	return t.ment < 0 && t.tmx < 0 && !t.cap && len(t.w) >= 5 && strings.HasSuffix(t.w, "ed") && isLetters(t.w) &&
		!isTrigger(cs, v) && !notVerbs[t.w]
}

// passiveBefore reports whether the nearest verb candidate before token p,
// in a sentence starting at token a, is a passive with nothing named
// between them that could be a new subject: "was sentenced on Friday to
// 50 months in prison and".
func (x *extractor) passiveBefore(cs []cand, p, a int) bool {
	var g *cand
	for n := range cs {
		if o := &cs[n]; !o.noun && o.i < p && o.i >= a && (g == nil || o.i > g.i) {
			g = o
		}
	}
	if g == nil || !g.passive || p-g.i > 12 {
		return false
	}
	for q := g.i + 1; q < p; q++ {
		if t := x.toks[q]; t.ment >= 0 || t.w == "," || boundaries[t.w] || subjectPronouns[t.w] {
			return false
		}
	}
	return true
}

// gerundBetween reports whether a preposition's -ing verb stands between
// tokens i and j (exclusive), heading a phrase of its own ("for
// transporting people").
func (x *extractor) gerundBetween(i, j int) bool {
	for k := i + 2; k < j; k++ {
		if w := x.toks[k].w; x.toks[k].ment < 0 && len(w) > 5 && strings.HasSuffix(w, "ing") && isLetters(w) && !x.toks[k].cap &&
			prepositions[x.toks[k-1].w] {
			return true
		}
	}
	return false
}

// raisedSubject makes the named subject of the verb before "to" the agent
// of infinitive c when that verb is no event of its own: "Putin is
// expected to speak with Trump", "Trump plans to sanction Mexico", "Mexico
// wants to buy". It reports whether it found one.
func (x *extractor) raisedSubject(cs []cand, c *cand, a int) bool {
	v := c.i - 2
	if v > a+1 && abilityNouns[x.toks[v].w] {
		// "Mexico reserves the right to extradite": the holder of the right
		v--
		for v > a && (articles[x.toks[v].w] || determiners[x.toks[v].w] || !x.toks[v].cap && x.toks[v].ment < 0 &&
			!isTrigger(cs, v) && (strings.HasSuffix(x.toks[v].w, "ive") || strings.HasSuffix(x.toks[v].w, "ed"))) {
			v-- // "the exclusive right", "its unlimited power", "has reserved the right"
		}
		if v <= a || isTrigger(cs, v) || grantVerbs[x.toks[v].w] || x.toks[v].ment >= 0 || x.toks[v].tmx >= 0 {
			return false
		}
	} else if v <= a || isTrigger(cs, v) || x.toks[v].ment >= 0 || x.toks[v].tmx >= 0 || !raisingVerbs[x.toks[v].w] {
		return false
	}
	k := v - 1
	for k > a && x.toks[k].ment < 0 && (auxiliaries[x.toks[k].w] || adverbs[x.toks[k].w] || negation[x.toks[k].w]) {
		k--
	}
	m := x.toks[k].ment
	if m < 0 && subjectPronouns[x.toks[k].w] {
		m = x.resolvePronoun(k, x.toks[k].w)
	} else if m >= 0 {
		s := k
		for s > a && x.toks[s-1].ment == m {
			s--
		}
		if s > a && (prepositions[x.toks[s-1].w] || articles[x.toks[s-1].w] && s-1 > a && prepositions[x.toks[s-2].w]) {
			return false // "a federal judge in Texas is scheduled to hold": not Texas
		}
	}
	if m < 0 {
		return false
	}
	x.addPart(c, m, graph.Agent)
	c.agents++
	c.borrow = true
	return true
}

// abilityNouns take an infinitive that is a power, not an act: "power
// to impose", "the right to appeal".
var abilityNouns = set("power", "powers", "authority", "right", "rights", "ability", "capacity", "permission",
	"license", "licence", "leeway", "freedom", "discretion")

// grantVerbs give a power or a right to their indirect object.
var grantVerbs = set("give", "gives", "gave", "given", "giving", "grant", "grants", "granted", "granting")

// raisingVerbs take an infinitive whose subject is theirs ("is expected
// to speak", "plans to sanction"): no events of their own in the lexicon.
var raisingVerbs = set("expected", "likely", "unlikely", "set", "due", "plans", "planned", "planning", "intends",
	"intended", "wants", "wanted", "hopes", "hoped", "aims", "aimed", "tried", "tries", "trying", "attempted",
	"vowed", "vows", "needs", "needed", "prepared", "preparing", "ready", "able", "unable", "willing", "unwilling",
	"decided", "decides", "chose", "continued", "continues", "began", "started", "appeared", "seems", "seemed",
	"scheduled", "slated", "poised", "moved", "moving", "going", "sought", "seeks", "declined", "refused",
	"failed", "managed")

// indefiniteSubject reports whether the verb at token v has a subject
// opened by "a" or "an" ("an appeals court declined", "a group of
// investors offered"): someone not named, whom nobody named before is.
func (x *extractor) indefiniteSubject(v, a int) bool {
	for q := v - 1; q >= a && q >= v-6; q-- {
		t := x.toks[q]
		switch {
		case t.w == "a" || t.w == "an":
			return true
		case t.ment >= 0 || t.tmx >= 0 || t.cap || !isLetters(t.w) || auxiliaries[t.w] || x.isVerbWord(q, a) ||
			prepositions[t.w] && t.w != "of" || articles[t.w]:
			return false
		}
	}
	return false
}

// borrowAgents makes g's agents c's, borrowed.
func (c *cand) borrowAgents(g *cand) {
	for _, p := range g.ev.Participants {
		if p.Role == graph.Agent {
			c.ev.Participants = append(c.ev.Participants, p)
			c.agents++
			c.borrow = true
		}
	}
}

// borrowTargetAsAgent makes g's first target c's agent, borrowed, and
// reports whether g had one.
func (c *cand) borrowTargetAsAgent(g *cand) bool {
	for _, p := range g.ev.Participants {
		if p.Role == graph.Target {
			c.ev.Participants = append(c.ev.Participants, graph.LocalParticipant{Entity: p.Entity, Role: graph.Agent})
			c.agents++
			c.borrow = true
			return true
		}
	}
	return false
}

type subj struct {
	m       int
	other   bool
	pronoun bool
}

// subject returns the mentions of the subject of the verb at token i, the
// head (and mentions coordinated with it) first, others in its phrase marked
// other. A subject pronoun resolves to the nearest preceding person of its
// gender. inherit is true when the verb has no subject of its own: it is
// coordinated ("and urged"), infinitive ("to allow") or a gerund following
// another verb, so it shares the subject (or object) of the verb before.
func (x *extractor) subject(cs []cand, i, a int) (out []subj, inherit bool) {
	k := i - 1
	appos := [2]int{-1, -1} // the apposition skipped, [start, end) tokens
	if x.adverbialBefore(i, a) {
		k-- // "has twice before sued": "before" is an adverb
	}
	for k >= a {
		w := x.toks[k].w
		if x.toks[k].ment < 0 && x.toks[k].tmx < 0 && (auxiliaries[w] || adverbs[w] || negation[w] || modalPos[w] ||
			strings.HasSuffix(w, "ly") && len(w) > 4) {
			k--
			continue
		}
		break
	}
	if k < a {
		return nil, true
	}
	w := x.toks[k].w
	if x.toks[k].ment < 0 && !x.toks[k].cap && k > a && x.toks[k-1].ment < 0 && (x.toks[k-1].w == "the" || x.toks[k-1].w == "a" || x.toks[k-1].w == "an" ||
		x.toks[k-1].w == "his" || x.toks[k-1].w == "her" || x.toks[k-1].w == "their") && // "his family said": not he

		unicode.IsLetter(rune(w[0])) && !x.passiveAfter(k, i) && verbAt(cs, i) &&
		!(isTrigger(cs, k) && strings.HasSuffix(x.toks[i].w, "ing")) && // "an order imposing a tariff": the order's
		(k-2 < a || !prepositions[x.toks[k-2].w]) {
		// "... and the association was seeking": a subject that names no
		// entity (not "the Board of Governors of the exchange approved")
		return nil, false
	}
	if w == ")" && k > a && x.toks[k-1].ment >= 0 {
		k-- // "(Trump) said"
		w = x.toks[k].w
	}
	if x.toks[k].ment < 0 {
		switch {
		case subjectPronouns[w]:
			if m := x.resolvePronoun(k, w); m >= 0 {
				return []subj{{m: m, pronoun: true}}, false
			}
			return nil, false
		case w == "it" && k > a && x.toks[k-1].tmx >= 0 && x.reporterIt(cs, k) >= 0:
			return []subj{{m: x.reporterIt(cs, k), pronoun: true}}, false
		case w == "it" && fallVerbs[x.toks[i].w]:
			// "the defense ministry said it fell outside Japan's zone": a
			// thing that fell or rose, not the reporter nor an actor
			return nil, false
		case w == "it" && (k == a || x.toks[k-1].w == "," || x.toks[k-1].w == "and" || x.toks[k-1].w == "that" ||
			isTrigger(cs, k-1)):
			if m := x.reporterIt(cs, k); m >= 0 {
				return []subj{{m: m, pronoun: true}}, false
			}
			if m := x.resolveIt(k); m >= 0 {
				return []subj{{m: m, pronoun: true}}, false
			}
			return nil, false
		case w == "to" || w == "and" || w == "or" || w == "but" || w == "then" || isTrigger(cs, k) ||
			prepositions[w] || w == "-" || w == "—" || w == "–":
			return nil, true
		case w == "who" || w == "which" || w == "that":
			// relative clause: the antecedent before it
			k--
			if k >= a && x.toks[k].w == "," {
				k--
			}
			if k < a {
				return nil, false
			}
		case boundaries[w]:
			return nil, false
		case w == ",":
			// apposition: "Ronald Johnson, Trump's nominee ..., told"
			found := false
			for p := k - 1; p >= a && p >= k-25; p-- {
				pw := x.toks[p].w
				if boundaries[pw] && pw != "who" && pw != "which" && pw != "whose" || isTrigger(cs, p) && pw != "took" {
					if found {
						break // "Harris County, Texas, asked": the place is all there is
					}
					return nil, true
				}
				if pw != "," {
					continue
				}
				if found {
					// the earlier comma of "an investor from Birmingham,
					// Alabama,": the apposition runs from it
					appos[0], k = p+1, p-1
					break
				}
				appos = [2]int{p + 1, k}
				k, found = p-1, true
				if !x.cityState(p, appos[1]) {
					break
				}
				// a place after a place is where it is ("Birmingham,
				// Alabama"): the apposition may open at an earlier comma
			}
			if !found || k < a || x.toks[k].w == "," {
				return nil, true
			}
			if x.toks[k].w == ")" {
				// "The Director-General of the Food and Agricultural
				// Organisation (FAO), Edouard Saouma, signed"
				for p := k - 1; p > a && p >= k-6; p-- {
					if x.toks[p].w == "(" {
						k = p - 1
						break
					}
				}
			}
		}
	}
	// the subject phrase: back to a boundary, comma or trigger, or a
	// subordinator opening the verb's clause ("extradited him on Thursday
	// after Trump called": Trump called)
	start := k
	for start > a {
		pw := x.toks[start-1].w
		if x.toks[start-1].ment < 0 && (boundaries[pw] || pw == "," || pw == "•" || pw == "-" || isTrigger(cs, start-1) ||
			clauseOpeners[pw] && x.subordinateClause(start-1, i+1)) {
			break
		}
		start--
	}
	if appos[0] >= 0 && x.describes(start, k+1) {
		// "The company's largest subsidiary, Georgia Power Co, said",
		// "Apple's vice-president of marketing for the iPod, Greg Joswiak,
		// indicated": a name alone in the apposition is who the
		// description before it stands for, and the subject; a place is
		// where the name before it is ("Harris County, Texas, asked")
		from := appos[0]
		if from < appos[1] && x.toks[from].w == "the" {
			from++ // "The paper's owner, the Wall Street Journal, said"
		}
		for n := 0; n < 5 && from < appos[1] && x.toks[from].ment < 0 && x.toks[from].cap; n++ {
			from++ // "the official, Assistant Defense Secretary Richard Perle, told": a title before the name
		}
		am, aat := x.mentionsIn(from, appos[1])
		if len(am) == 1 && aat[0] == from && x.mentionEnd(aat[0]) == appos[1] && x.doc.Mentions[am[0]].Kind != graph.Place {
			return []subj{{m: am[0]}}, false
		}
	}
	ms, at := x.mentionsIn(start, k+1)
	if len(ms) == 0 {
		return nil, false
	}
	pp := make([]bool, len(ms))
	head := -1
	for n := range ms {
		if at[n] > start && prepositions[x.toks[at[n]-1].w] {
			pp[n] = true
		} else if at[n] > start+1 && x.toks[at[n]-1].cap && x.toks[at[n]-2].ment < 0 && prepositions[x.toks[at[n]-2].w] {
			pp[n] = true // "of U.S. President Trump"
		} else if at[n] > start+1 && x.toks[at[n]-1].w == "the" && prepositions[x.toks[at[n]-2].w] &&
			x.doc.Mentions[ms[n]].Kind == graph.Place {
			pp[n] = true // "homes in the United States"
		}
		if x.basedMention(at[n]) || x.placeModifier(at[n], k+1) {
			pp[n] = true // "The Pittsburgh-based steelmaker said", "The Hong Kong conglomerate will sell": the steelmaker, the conglomerate
		}
		if !pp[n] {
			head = n
		}
	}
	if head < 0 && (x.basedMention(at[len(ms)-1]) || x.placeModifier(at[len(ms)-1], k+1)) {
		return nil, false
	}
	if head < 0 && x.placeOfNoun(ms[len(ms)-1], at[len(ms)-1], start) {
		return nil, false
	}
	if head < 0 {
		head = len(ms) - 1
	}
	// "The death toll from an earthquake that struck central Myanmar on
	// Friday rose": a name inside a relative clause of the subject is not
	// its head; a name before the clause may be
	if start > a && x.toks[start-1].ment < 0 && (x.toks[start-1].w == "that" || x.toks[start-1].w == "which") &&
		x.isVerbWord(start, a) {
		return nil, false
	}
	for r := at[head] - 1; r >= start; r-- {
		if w := x.toks[r].w; x.toks[r].ment < 0 && (w == "that" || w == "which" || w == "who") && r+1 < at[head] {
			for head >= 0 && at[head] > r {
				head--
			}
			for head >= 0 && pp[head] {
				head--
			}
			if head < 0 {
				return nil, false
			}
			break
		}
	}
	if g, finite := x.finiteGroup(i, a); finite && x.ownVerbAfter(x.mentionEnd(at[head]), min(g, k+1)) && x.plainWordBefore(g) {
		// "Trump's suggestion of action if Mexico does not address
		// cartel activities has raised concerns": Mexico is the subject
		// of the clause inside the subject, not of "raised"
		return nil, false
	}
	out = []subj{{m: ms[head]}}
	// coordinated: "Trump and Sheinbaum discussed", "Trump and Mexican President Sheinbaum"
	for n := head - 1; n >= 0; n-- {
		end := x.mentionEnd(at[n])
		and := false
		ok := end < at[n+1]
		for q := end; q < at[n+1]; q++ {
			switch w := x.toks[q].w; {
			case w == "and" || w == "&":
				and = true
			case w == "," || x.toks[q].cap:
			case w == "the" && and:
				// "the European Union and the United States agreed"
			default:
				ok = false
			}
		}
		if !ok || !and || !coordinated(out, ms[n+1]) {
			break
		}
		out = append(out, subj{m: ms[n]})
	}
	for n := range ms {
		if !coordinated(out, ms[n]) {
			out = append(out, subj{m: ms[n], other: true})
		}
	}
	return out, false
}

// givenPreposition reports whether "given" at token i means "in view of":
// no auxiliary before it ("was given", "has given") and a determiner, a
// clause or a name's possessive after it ("given the risks", "given that",
// "given Trump's threats"; not "given to", "given a mandate").
func (x *extractor) givenPreposition(i, a int) bool {
	p := i - 1
	for p >= a && x.toks[p].ment < 0 && (adverbs[x.toks[p].w] || strings.HasSuffix(x.toks[p].w, "ly")) {
		p--
	}
	if p >= a && x.toks[p].ment < 0 && (auxiliaries[x.toks[p].w] || beForms[x.toks[p].w] || finiteAux[x.toks[p].w]) {
		return false
	}
	if i+1 >= len(x.toks) || x.toks[i+1].sent != x.toks[i].sent {
		return false
	}
	if x.toks[i+1].ment >= 0 {
		end := x.mentionEnd(i + 1)
		return end < len(x.toks) && x.toks[end].w == "'s"
	}
	switch x.toks[i+1].w {
	case "the", "that", "this", "these", "those", "his", "her", "its", "their", "our", "how", "what", "recent", "current":
		return true
	}
	return false
}

// basedMention reports whether the mention starting at token k only says
// where something is based: "the Pittsburgh-based steelmaker", "a New York
// based firm".
func (x *extractor) basedMention(k int) bool {
	e := x.mentionEnd(k)
	last := x.toks[e-1].w
	if strings.HasSuffix(last, "-based") || strings.HasSuffix(last, "-headquartered") {
		return true
	}
	after := e
	switch {
	case e < len(x.toks) && (x.toks[e].w == "based" || x.toks[e].w == "-based"):
		after = e + 1
	case e+1 < len(x.toks) && x.toks[e].w == "-" && x.toks[e+1].w == "based":
		after = e + 2
	default:
		return false
	}
	// not "an agreement with Baker based on revised terms"
	return after >= len(x.toks) || !prepositions[x.toks[after].w]
}

// placeModifier reports whether the place mentioned at token k only
// qualifies the common noun after it, the last word before token end:
// "The Hong Kong conglomerate will sell", "the Texas company said".
func (x *extractor) placeModifier(k, end int) bool {
	// a determiner before the place, not a possessive ("Mexico's")
	if x.doc.Mentions[x.toks[k].ment].Kind != graph.Place || k == 0 || !articles[x.toks[k-1].w] || x.toks[k-1].w == "'s" {
		return false
	}
	e := x.mentionEnd(k)
	if e+1 != end || e >= len(x.toks) {
		return false
	}
	t := x.toks[e]
	return t.ment < 0 && t.tmx < 0 && !t.cap && isLetters(t.w) && !auxiliaries[t.w] && !x.isVerbWord(e, 0) &&
		!stateNouns[t.w]
}

// placeOfNoun reports whether mention m, at token t of a subject phrase
// opening at token start, is a place that only says where the noun before
// its preposition is: "Dockworkers at East Coast ports returned", "Schools
// in Istanbul will stay closed", "a quake near Izmit killed". The noun
// acts, not the place; "Officials in Mexico rejected", "Police in Mexico
// arrested" are the state's (stateNouns), and an organization after "at"
// is who its people speak for ("Analysts at Morgan Stanley said").
func (x *extractor) placeOfNoun(m, t, start int) bool {
	if x.doc.Mentions[m].Kind != graph.Place || t-2 < start {
		return false
	}
	p := t - 1 // the preposition
	if x.toks[p].w == "the" && p-2 >= start {
		p-- // "homes in the United States"
	}
	if x.toks[p].w == "of" && p-2 >= start && x.toks[p-1].ment < 0 && !x.toks[p-1].cap && isLetters(x.toks[p-1].w) &&
		!stateNouns[x.toks[p-1].w] {
		// "Dockworkers at the port of Rotterdam returned": where the
		// dockworkers are is the port, which is in Rotterdam
		q := p - 2
		if articles[x.toks[q].w] {
			q--
		}
		if q-1 >= start && placePreps[x.toks[q].w] {
			p = q
		}
	}
	if p-1 < start || !placePreps[x.toks[p].w] {
		return false
	}
	n := x.toks[p-1]
	return n.ment < 0 && n.tmx < 0 && (!n.cap || p-1 == start) && isLetters(n.w) && !stateNouns[n.w] && !x.isVerbWord(p-1, 0)
}

// placePreps say where something is (placeOfNoun).
var placePreps = set("at", "in", "near", "off", "outside", "inside", "across", "along", "around", "beneath", "under",
	"within", "beyond", "between")

// stateNouns after a place's name make the phrase the state acting: "the
// Singapore government should reduce", "the U.S. official said".
var stateNouns = set("government", "governments", "cabinet", "administration", "authorities", "authority",
	"official", "officials", "spokesman", "spokeswoman", "spokesperson", "delegation", "ministry", "parliament",
	"military", "army", "navy", "troops", "forces", "police", "court", "courts", "regulators", "regulator",
	"leader", "leaders", "president", "premier", "minister", "ministers", "envoy", "ambassador", "negotiators",
	"prosecutors", "state", "legislature", "congress", "senate", "embassy", "consulate", "agency", "treasury", "mission")

// ownVerbAfter reports whether a finite auxiliary stands in tokens [from,
// to) with no coordinator after it: the mention before it is the subject
// of a clause of its own, not of a verb phrase joined to it ("is leading
// the fight and has proposed"). A capitalized word is none ("from May 2").
func (x *extractor) ownVerbAfter(from, to int) bool {
	found := false
	for q := from; q < to; q++ {
		t := x.toks[q]
		if t.ment < 0 && t.tmx < 0 && !t.cap && finiteAux[t.w] {
			found = true
		} else if found && coordinators[t.w] {
			return false
		}
	}
	return found
}

// plainWordBefore reports whether the word before token g is no pronoun,
// relative pronoun or coordinator: one that ends a noun phrase ("cartel
// activities has raised"), not a subject of its own ("confident it can
// raise", "a group that has started").
func (x *extractor) plainWordBefore(g int) bool {
	if g < 1 || x.toks[g-1].ment >= 0 {
		return false
	}
	w := x.toks[g-1].w
	return !subjectPronouns[w] && w != "it" && w != "that" && w != "which" && w != "who" && !coordinators[w] &&
		w != "," && !boundaries[w]
}

// finiteGroup returns the first token of the verb group of the verb at
// token i (its auxiliaries, adverbs, negation and time adverbs: "is
// currently negotiating") and whether a finite auxiliary opens it ("has
// raised", "did not say"). A bare past or third-person form is left out:
// most of those after another verb are participles ("sanctions imposed in
// 1982") or nouns ("had guaranteed markets").
func (x *extractor) finiteGroup(i, a int) (int, bool) {
	g := i
	for g > a {
		t := x.toks[g-1]
		if t.ment >= 0 || !(auxiliaries[t.w] || beForms[t.w] || finiteAux[t.w] || negation[t.w] ||
			adverbs[t.w] || t.tmx >= 0 || strings.HasSuffix(t.w, "ly") && len(t.w) > 4) {
			break
		}
		g--
	}
	for q := g; q < i; q++ {
		if finiteAux[x.toks[q].w] && x.toks[q].tmx < 0 {
			return g, true
		}
		if auxiliaries[x.toks[q].w] || beForms[x.toks[q].w] {
			return g, false // "being", "been"
		}
	}
	return g, false
}

// cityState reports whether the tokens between the comma at token p and
// token end are one place named after another place that ends at the comma:
// "Birmingham, Alabama", "Harris County, Texas".
func (x *extractor) cityState(p, end int) bool {
	if p < 1 || x.toks[p-1].ment < 0 || x.doc.Mentions[x.toks[p-1].ment].Kind != graph.Place {
		return false
	}
	ms, at := x.mentionsIn(p+1, end)
	return len(ms) == 1 && at[0] == p+1 && x.mentionEnd(at[0]) == end && x.doc.Mentions[ms[0]].Kind == graph.Place
}

// describes reports whether tokens [a, b) are a description rather than a
// name: they open with a word that is not a name ("the", "its", "one of",
// "Chairman of the FCA board") or hold a possessive ("Apple's
// vice-president").
func (x *extractor) describes(a, b int) bool {
	if x.toks[a].ment < 0 {
		return true // "the", "its", "Another senior Morgan Grenfell executive", "Chairman of the FCA board"
	}
	for k := a; k < b; k++ {
		if x.toks[k].w == "'s" || x.toks[k].w == "'" {
			return true
		}
	}
	return false
}

// passiveAfter reports whether the verb at token i is passive after its
// subject ending at token k: a form of "be" stands between them and the verb
// is no gerund ("the tariffs were paused", not "the association was
// seeking"). Its subject is then what is acted on.
func (x *extractor) passiveAfter(k, i int) bool {
	if strings.HasSuffix(x.toks[i].w, "ing") {
		return false
	}
	for q := k + 1; q < i; q++ {
		if beForms[x.toks[q].w] {
			return true
		}
	}
	return false
}

func coordinated(ss []subj, m int) bool {
	for _, s := range ss {
		if s.m == m {
			return true
		}
	}
	return false
}

// resolvePronoun returns the mention of the nearest person before token k
// within the last three sentences whose first name does not contradict the
// pronoun ("she", "her" / "he", "his"), or -1.
func (x *extractor) resolvePronoun(k int, pronoun string) int {
	female := pronoun == "she" || pronoun == "her"
	s := x.toks[k].sent
	fits := func(m int) bool {
		e := x.doc.Mentions[m].Entity
		for q := k + 1; q < len(x.toks) && x.toks[q].sent == s; q++ {
			if n := x.toks[q].ment; n >= 0 && x.doc.Mentions[n].Entity == e {
				return false // "He refused to reveal Wakaoji's whereabouts": not Wakaoji
			}
		}
		g := genderOf(x.doc.Entities[e].Name)
		return g == 0 || g == 'f' && female || g == 'm' && !female
	}
	if m := x.previousSubject(k); m >= 0 && fits(m) && !x.personBefore(k, fits) {
		// "Cheney served as defense secretary under President George H.W.
		// Bush. He underwent a heart transplant": the subject before, not
		// the name nearest
		return m
	}
	for p := k - 1; p >= 0; p-- {
		if x.toks[p].sent < s-3 {
			break
		}
		m := x.toks[p].ment
		if m < 0 || x.doc.Mentions[m].Kind != graph.Person || x.unlikelyPerson(p, m) && !x.subjectHere(p, s) {
			continue
		}
		g := genderOf(x.doc.Entities[x.doc.Mentions[m].Entity].Name)
		if g == 0 || g == 'f' && female || g == 'm' && !female {
			return m
		}
	}
	return -1
}

// personBefore reports whether a person mention that fits stands before
// token k in its own sentence.
func (x *extractor) personBefore(k int, fits func(int) bool) bool {
	for p := k - 1; p >= 0 && x.toks[p].sent == x.toks[k].sent; p-- {
		if m := x.toks[p].ment; m >= 0 && x.doc.Mentions[m].Kind == graph.Person && fits(m) {
			return true
		}
	}
	return false
}

// previousSubject returns the person mention that is the subject of the
// sentence before token k's (its first mention, opening the sentence or
// its first clause after a fronted phrase and a comma, followed by a
// verb), or -1.
func (x *extractor) previousSubject(k int) int {
	s := x.toks[k].sent
	start := k
	for start > 0 && x.toks[start-1].sent == s {
		start--
	}
	if start == 0 {
		return -1
	}
	ps := start - 1
	for ps > 0 && x.toks[ps-1].sent == x.toks[start-1].sent {
		ps--
	}
	if m := x.closingSpeaker(ps, start); m >= 0 {
		// "..., Sin told reporters at a briefing. He refused": the speaker
		return m
	}
	q := ps
	if q < start && articles[x.toks[q].w] {
		q++
	}
	m := x.toks[q].ment
	if m < 0 && !subjectPronouns[x.toks[q].w] {
		// "As vice president from 2001 to 2009, Cheney pushed": past the
		// fronted phrase's comma
		for c := ps; c < start-1 && c < ps+12; c++ {
			if x.toks[c].w == "," && (x.toks[c+1].ment >= 0 || subjectPronouns[x.toks[c+1].w]) {
				q, m = c+1, x.toks[c+1].ment
				break
			}
		}
	}
	if w := x.toks[q].w; m < 0 && (w == "he" || w == "she") {
		// "..., he pushed for the invasion. He underwent": the same one
		return x.resolvePronoun(q, w)
	}
	if m < 0 || x.doc.Mentions[m].Kind != graph.Person {
		return -1
	}
	e := x.mentionEnd(q)
	if e >= start || !(auxiliaries[x.toks[e].w] || x.isVerbWord(e, ps) || x.toks[e].w == "," ||
		!x.toks[e].cap && isLetters(x.toks[e].w) && strings.HasSuffix(x.toks[e].w, "ed")) {
		return -1 // (not "Trump's envoy", "Trump and ...")
	}
	return m
}

// closingSpeaker returns the person mention that closes sentence [a, b)
// as the subject of a reporting verb after a comma ("..., Sin told
// reporters at a briefing."), or -1.
func (x *extractor) closingSpeaker(a, b int) int {
	for v := b - 1; v > a+1 && v >= b-8; v-- {
		lv, ok := lex.verb[x.toks[v].w]
		if !ok || !reportingVerbs[lv.lemma] && !closingLemmas[lv.lemma] || x.toks[v-1].ment < 0 {
			continue
		}
		m := x.toks[v-1].ment
		q := v - 1
		for q > a && x.toks[q-1].ment == m {
			q--
		}
		for q > a && !x.toks[q-1].cap && x.toks[q-1].w != "," && q > v-4 {
			q-- // "prosecutor Laure Beccuau", "the company's chairman, ..."
		}
		if q > a && x.toks[q-1].w == "," && x.doc.Mentions[m].Kind == graph.Person && x.closingTail(v, b) {
			return m
		}
		return -1
	}
	return -1
}

// subjectHere reports whether the mention ending at token p is in sentence
// s and the subject of the verb right after it: "Trump had said on Oct.
// 14, when he hosted Milei" (a name mentioned once is still the "he" of
// its own sentence).
func (x *extractor) subjectHere(p, s int) bool {
	if x.toks[p].sent != s {
		return false
	}
	n := x.mentionEnd(p)
	if n >= len(x.toks) || x.toks[n].sent != s {
		return false
	}
	return auxiliaries[x.toks[n].w] || x.isVerbWord(n, p)
}

// reporterIt returns a mention of the organization or place that reports
// what "it" at token k does, right after the reporting verb ("Venezuela's
// government called the deportations a kidnapping and said it would seek
// the men's return": Venezuela), or -1.
func (x *extractor) reporterIt(cs []cand, k int) int {
	v := k - 1
	if v >= 0 && x.toks[v].w == "that" {
		v--
	}
	if v >= 0 && x.toks[v].tmx >= 0 {
		// "said on Wednesday it would impose counter-tariffs"
		for v >= 0 && x.toks[v].tmx >= 0 {
			v--
		}
		if v >= 0 && (x.toks[v].w == "on" || x.toks[v].w == "in") {
			v--
		}
	}
	for _, g := range cs {
		if g.i != v || g.noun || !reportingVerbs[g.t.lemma] {
			continue
		}
		for _, p := range g.ev.Participants {
			if p.Role != graph.Agent {
				continue
			}
			if kind := x.doc.Entities[p.Entity].Kind; kind != graph.Organization && kind != graph.Place {
				return -1
			}
			for q := v - 1; q >= 0 && x.toks[q].sent >= x.toks[k].sent-1; q-- {
				if m := x.toks[q].ment; m >= 0 && x.doc.Mentions[m].Entity == p.Entity {
					return m
				}
			}
		}
	}
	return -1
}

// resolveIt returns the mention of the organization "it" at token k stands
// for: the nearest organization before it, in its sentence or the one
// before, when no other organization is named there ("Standard and Poor's
// Corp upgraded the debt ... It raised the bonds to AA"), or -1.
func (x *extractor) resolveIt(k int) int {
	s := x.toks[k].sent
	found := -1
	for p := k - 1; p >= 0 && x.toks[p].sent >= s-1; p-- {
		m := x.toks[p].ment
		if m < 0 || x.doc.Mentions[m].Kind != graph.Organization {
			continue
		}
		if found >= 0 && x.doc.Mentions[m].Entity != x.doc.Mentions[found].Entity {
			return -1 // "Apple sued Samsung. It said": which?
		}
		if found < 0 {
			if x.toks[p].sent < s && x.closingReporter(p) && !x.reportsNext(k) && !x.reportedBefore(k) {
				// "The storm made landfall near New Hope, the U.S. National
				// Hurricane Center said. It struck eastern Cuba": the
				// reporter closing the sentence before is not what it says
				return -1
			}
			found = m
		}
	}
	return found
}

// reportsNext reports whether a reporting verb follows token k, past an
// adverb ("It said", "It also said", "it added").
func (x *extractor) reportsNext(k int) bool {
	for n := k + 1; n < len(x.toks) && n <= k+2; n++ {
		if v, ok := lex.verb[x.toks[n].w]; ok && reportingVerbs[v.lemma] {
			return true
		}
		if !adverbs[x.toks[n].w] {
			return false
		}
	}
	return false
}

// reportedBefore reports whether a reporting verb, or one and "that",
// comes right before token k ("The department said it may buy").
func (x *extractor) reportedBefore(k int) bool {
	for n := k - 1; n >= 0 && n >= k-2; n-- {
		if v, ok := lex.verb[x.toks[n].w]; ok && reportingVerbs[v.lemma] {
			return true
		}
		if x.toks[n].w != "that" {
			return false
		}
	}
	return false
}

// closingReporter reports whether the mention ending at token p is the
// subject of a reporting verb that closes its sentence after a comma
// ("..., the U.S. National Hurricane Center said.").
func (x *extractor) closingReporter(p int) bool {
	m := x.toks[p].ment
	q := p
	for q > 0 && x.toks[q-1].ment == m {
		q--
	}
	if q > 0 && x.toks[q-1].w == "the" {
		q--
	}
	if q == 0 || x.toks[q-1].w != "," || p+1 >= len(x.toks) {
		return false
	}
	v := x.toks[p+1]
	if _, ok := lex.verb[v.w]; !ok || !reportingVerbs[lex.verb[v.w].lemma] {
		return false
	}
	return p+2 >= len(x.toks) || x.toks[p+2].sent != v.sent || x.toks[p+2].w == "."
}

// rightRoles gives roles to the mentions after a trigger, from token from
// up to the clause's end or the next trigger. obj is the role of a direct
// object.
func (x *extractor) rightRoles(cs []cand, c *cand, from, b int, obj graph.Role) {
	end := x.rightEnd(cs, from, b)
	prep := ""
	gotObj := false
	for k := from; k < end; k++ {
		t := x.toks[k]
		if t.ment < 0 {
			if prepositions[t.w] {
				prep = t.w
			}
			continue
		}
		if k > from && x.toks[k-1].ment == t.ment {
			continue
		}
		if x.modifier(k, end) || x.adjectival(k, cs) {
			x.addPart(c, t.ment, graph.Involved) // "U.S. President Donald Trump": U.S. only qualifies
			continue
		}
		r := graph.Involved
		switch prep {
		case "":
			if !gotObj {
				r, gotObj = obj, true
			} else if k > from && (x.toks[k-1].w == "and" || x.toks[k-1].w == ",") {
				r = obj
			}
		case "to", "with", "on", "against", "into", "onto", "at", "upon":
			r = graph.Target
			if c.ev.Type == graph.Extradition && prep != "on" {
				r = graph.Involved // the destination, not who is extradited
			}
			if c.ev.Type == graph.Nomination && prep == "to" {
				r = graph.Involved // "was elected to the House of Representatives": the body, not who is elected
			}
			if (prep == "on" || prep == "in") && platforms[strings.ToLower(x.doc.Entities[x.doc.Mentions[t.ment].Entity].Name)] {
				r = graph.Involved // "congratulated Merz on Truth Social": where, not whom
			}
			if prep == "at" && c.ev.Type != graph.Attack && c.ev.Type != graph.Threat && c.ev.Lemma != "fire" &&
				gotObj {
				r = graph.Involved // "hosted Milei at the White House": where, not whom
			}
		case "by":
			if c.passive || c.noun {
				r = graph.Agent
			}
		case "from":
			if c.noun && (c.ev.Type == graph.Offer || c.ev.Type == graph.Request || c.ev.Type == graph.Report || c.ev.Type == graph.Statement) {
				r = graph.Agent
			}
		case "of":
			if c.noun && c.ev.Type != graph.Report && c.ev.Type != graph.Statement {
				r = graph.Target
			}
		case "in":
			if c.noun && c.ev.Type == graph.Report {
				r = graph.Agent
			}
		case "between":
			r = graph.Agent
			if c.agents > 0 {
				r = graph.Target
			}
		}
		if r == graph.Target && prep != "" && k-from > 8 {
			r = graph.Involved // too far from the trigger to be what it acts on
		}
		if r == graph.Agent {
			c.agents++
		}
		x.addPart(c, t.ment, r)
		// a preposition governs one phrase, or a coordination ("between X and Y")
		if e := x.mentionEnd(k); e >= end || x.toks[e].w != "and" && x.toks[e].w != "," && x.toks[e].w != "or" {
			prep = ""
			gotObj = true
		}
	}
}

// platforms are the networks a post is written on: the medium of a saying,
// not whom it addresses.
var platforms = set("truth social", "twitter", "x", "facebook", "instagram", "youtube", "tiktok", "telegram",
	"weibo", "wechat", "linkedin", "threads", "bluesky", "reddit")

// adjectival reports whether the mention starting at token k qualifies the
// common noun after it ("U.S. troops"): the noun, not the place, is what
// the phrase names. Only places and other names qualify nouns this way.
func (x *extractor) adjectival(k int, cs []cand) bool {
	e := x.mentionEnd(k)
	if e >= len(x.toks) || x.toks[e].sent != x.toks[k].sent {
		return false
	}
	t := x.toks[e]
	if k := x.doc.Mentions[x.toks[k].ment].Kind; k != graph.Place && k != graph.Other {
		return false
	}
	if t.ment >= 0 || t.tmx >= 0 || t.cap || !unicode.IsLetter(rune(t.w[0])) || pronouns[t.w] ||
		strings.HasSuffix(t.w, "ed") {
		return false
	}
	return !prepositions[t.w] && !boundaries[t.w] && !auxiliaries[t.w] && !modalPos[t.w] && !negation[t.w] &&
		t.w != "and" && t.w != "or" && !adverbs[t.w] && !isTrigger(cs, e) && !strings.HasSuffix(t.w, "ly") && !x.isVerbWord(e, 0)
}

// modifier reports whether the mention starting at token k only qualifies
// the next mention: they are separated by capitalized title words alone.
func (x *extractor) modifier(k, end int) bool {
	e := x.mentionEnd(k)
	office := false
	for q := e; q < end && q <= e+3; q++ {
		t := x.toks[q]
		if t.ment >= 0 {
			// "U.S. President Donald Trump", "EU trade commissioner Maros
			// Sefcovic" (a lower-case office before a person)
			return q > e && (office || x.toks[q-1].cap)
		}
		if !t.cap && !officeNouns[t.w] && !officeWords[t.w] {
			return false
		}
		office = office || officeNouns[t.w]
	}
	return false
}

// officeWords qualify an office's noun: "trade commissioner", "foreign
// minister", "deputy prime minister".
var officeWords = set("trade", "foreign", "finance", "economy", "economic", "defence", "defense", "interior", "health",
	"deputy", "prime", "vice", "senior", "former", "top", "energy", "agriculture", "industry", "justice", "environment",
	"transport", "labour", "labor", "education", "home")

// rightEnd returns the end of the phrase after a trigger: the next clause
// boundary, comma outside a time expression, or trigger.
func (x *extractor) rightEnd(cs []cand, from, b int) int {
	for k := from; k < b; k++ {
		t := x.toks[k]
		if t.ment >= 0 {
			continue
		}
		if x.subordinateClause(k, b) {
			return k // "met Bush after U.S. forces destroyed ...": not the forces
		}
		if boundaries[t.w] || t.w == "•" || t.w == "," && t.tmx < 0 && !(k+1 < b && x.toks[k+1].tmx >= 0 && k > from && x.toks[k-1].tmx >= 0) {
			return k
		}
		if isTrigger(cs, k) {
			return k
		}
	}
	return b
}

// nounRoles fills the participants of an event noun: its possessor and
// modifiers, and its of/by/from/with/to phrases.
func (x *extractor) nounRoles(cs []cand, k, a, b int) {
	c := &cs[k]
	i := c.i
	typ := c.ev.Type
	// left: modifiers back to a preposition, verb, boundary or comma
	p := i - 1
	for p >= a && p >= i-6 {
		t := x.toks[p]
		if t.ment < 0 && (boundaries[t.w] || t.w == "," || t.w == "and" || t.w == "or" || prepositions[t.w] ||
			isTrigger(cs, p) || auxiliaries[t.w] && t.w != "'s" || restrictVerbs[t.w] || t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP") {
			// a verb ends the noun's modifiers: "The United States
			// restricted sales of chips": the sales are not its own
			break
		}
		p--
	}
	ms, at := x.mentionsIn(p+1, i)
	held := false // an election held: it borrows no agent ("its worst result in a federal election")
	if typ == graph.Nomination && c.ev.Lemma == "elect" {
		// "Germany's national election", "a federal election": an
		// election held, nobody named to an office; "the election of
		// Sheinbaum", "Trump's election as president" name someone
		held = i+1 >= b || x.toks[i+1].w != "of" && x.toks[i+1].w != "as"
		for _, m := range ms {
			held = held && x.doc.Mentions[m].Kind != graph.Person
		}
		if held {
			typ, c.ev.Type = graph.Action, graph.Action
		}
	}
	for n, m := range ms {
		end := x.mentionEnd(at[n])
		poss := end < i && x.toks[end].w == "'s"
		var r graph.Role
		switch {
		case patientNoun(typ):
			r = graph.Target
		case poss:
			r = graph.Agent
		case typ == graph.Hearing || typ == graph.Call || typ == graph.Meeting:
			r = graph.Involved
		default:
			r = graph.Agent
		}
		if r == graph.Agent {
			c.agents++
		}
		x.addPart(c, m, r)
	}
	// "her request": a possessive pronoun is the agent
	for q := p + 1; q < i; q++ {
		if w := x.toks[q].w; (w == "her" || w == "his") && x.toks[q].ment < 0 {
			if m := x.resolvePronoun(q, w); m >= 0 {
				r := graph.Agent
				if patientNoun(typ) {
					r = graph.Target
				}
				x.addPart(c, m, r)
				if r == graph.Agent {
					c.agents++
				}
				c.pronoun = true
			}
			break
		}
	}
	x.rightRoles(cs, c, i+1, b, graph.Involved)
	// "recounted a phone conversation with Trump": the subject took part
	if symmetric(typ) && c.agents == 0 && p >= a && isTrigger(cs, p) {
		for n := k - 1; n >= 0; n-- {
			if g := &cs[n]; g.i == p && !g.noun {
				for _, gp := range g.ev.Participants {
					if gp.Role == graph.Agent {
						c.ev.Participants = append(c.ev.Participants, gp)
						c.agents++
					}
				}
			}
		}
	}
	if held {
		return
	}
	if len(c.ev.Participants) == 0 && p >= a && adverbialPreps[x.toks[p].w] &&
		!(x.toks[p].w == "of" && p > a && (x.toks[p-1].w == "ahead" || x.toks[p-1].w == "instead" || effectNouns[x.toks[p-1].w])) &&
		!((x.toks[p].w == "before" || x.toks[p].w == "after") && p > a && x.toks[p-1].tmx >= 0 &&
			x.doc.Timexes[x.toks[p-1].tmx].Type == "DURATION" && !(c.j+1 < b && finiteAux[x.toks[c.j+1].w])) {
		// not "a surge in February ahead of new tariffs": tariffs to come,
		// not the reporter's; nor "A week before the talks, Beijing had
		// expanded": an event a time away is only a landmark (unless it is
		// a clause's subject: "one day after the merger was unveiled by")
		c.borrow = true
	}
	if len(c.ev.Participants) == 0 && p >= a+1 && x.toks[p].w == "of" && (x.toks[p-1].w == "end" || x.toks[p-1].w == "one" || x.toks[p-1].w == "course") {
		c.borrow = true
	}
}

// borrowRoles gives an event noun in an adverbial phrase ("during a recent
// call, Trump urged Sheinbaum") the participants of the nearest verb event.
func (x *extractor) borrowRoles(cs []cand) {
	for k := range cs {
		c := &cs[k]
		if !c.borrow || !c.noun {
			continue
		}
		if x.setting(c.i) {
			// "said Steve Jobs during the keynote", "In a July 16 press
			// conference, Jobs said": where it was said, no second event
			// of the speaker's
			c.borrow = false
			continue
		}
		best, bd := -1, 0
		for n := range cs {
			o := &cs[n]
			if o.noun || o.agents == 0 || n == k {
				continue
			}
			d := o.i - c.i
			if d < 0 {
				d = -d + 1 // prefer the verb that follows ("during a call, X said")
			}
			if best < 0 || d < bd {
				best, bd = n, d
			}
		}
		if best < 0 {
			c.borrow = false
			continue
		}
		if o := &cs[best]; (o.ev.Type == graph.Statement || o.ev.Type == graph.Rejection) && o.j < c.i && x.objectNoun(o.j, c.i) {
			// "quoted Ronald Reagan criticizing tariffs": the tariffs are
			// not the critic's
			c.borrow = false
			continue
		}
		for _, p := range cs[best].ev.Participants {
			if p.Role == graph.Involved {
				continue
			}
			c.ev.Participants = append(c.ev.Participants, p)
			if p.Role == graph.Agent {
				c.agents++
			}
		}
	}
}

// setting reports whether the event noun at token i is the occasion
// something is said or shown at: a conference, keynote, briefing, speech,
// address or interview after "at", "during" or "in" ("during the
// keynote", "in his keynote address", "at a developers' conference").
func (x *extractor) setting(i int) bool {
	w := x.toks[i].w
	if i+1 < len(x.toks) && x.toks[i+1].w == "address" {
		w = "address"
	}
	told := toldNouns[w] // "told a meeting of the ruling Golkar party"
	if !settingNouns[w] && !told {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5 && x.toks[k].sent == x.toks[i].sent; k-- {
		t := x.toks[k]
		switch {
		case !told && (t.w == "at" || t.w == "during" || t.w == "in") || tellForms[t.w]:
			return true // "told a news conference", "addressed the party's conference"
		case t.w == "," || t.ment >= 0 || boundaries[t.w] || x.isVerbWord(k, 0):
			return false
		}
	}
	return false
}

// toldNouns are settings only as what something is told to: "told a
// meeting of party leaders" (but "said at a meeting with Putin" is a
// meeting).
var toldNouns = set("meeting", "luncheon", "seminar", "gathering", "dinner", "rally", "symposium", "forum")

// tellForms are the verbs whose object a setting noun can be.
var tellForms = set("tell", "tells", "told", "telling", "address", "addresses", "addressed", "addressing")

// settingNouns are the occasions of speaking (setting).
var settingNouns = set("conference", "conferences", "keynote", "briefing", "speech", "address", "interview", "remarks", "statement")

// restrictVerbs keep their object from happening: its event noun is not
// their subject's doing (nounRoles).
var restrictVerbs = set("restrict", "restricts", "restricted", "restricting", "ban", "bans", "banned", "banning",
	"curb", "curbs", "curbed", "curbing", "halt", "halts", "halted", "halting", "limit", "limits", "limited", "limiting",
	"suspend", "suspends", "suspended", "suspending", "freeze", "freezes", "froze", "frozen", "freezing", "prohibit",
	"prohibits", "prohibited", "prohibiting", "cap", "caps", "capped", "capping", "block", "blocks", "blocked", "blocking")

// objectOwners gives a verb without a target whose object is an event noun
// the noun's agents as targets ("rejected a proposal from Trump": Trump).
func (x *extractor) objectOwners(cs []cand, b int) {
	for k := range cs {
		c := &cs[k]
		if c.noun || c.passive || c.i != c.j || reportingVerbs[c.t.lemma] {
			continue
		}
		target := false
		for _, p := range c.ev.Participants {
			target = target || p.Role == graph.Target
		}
		if target {
			continue
		}
		// Only the candidate right after the verb can be its object.
		if n := k + 1; n < len(cs) {
			o := &cs[n]
			if !o.noun || o.i-c.i > 4 || o.i >= b {
				continue
			}
			for _, p := range o.ev.Participants {
				if p.Role == graph.Agent && !hasEntity(c.ev.Participants, p.Entity) {
					c.ev.Participants = append(c.ev.Participants, graph.LocalParticipant{Entity: p.Entity, Role: graph.Target})
				}
			}
		}
	}
}

func hasEntity(ps []graph.LocalParticipant, e int) bool {
	for _, p := range ps {
		if p.Entity == e {
			return true
		}
	}
	return false
}

// refDate returns the date relative expressions of token k resolve against:
// its block's date when inside a dated block, else the document's.
func (x *extractor) refDate(off int) graph.Date {
	best := -1
	for n, bl := range x.doc.Blocks {
		if bl.Start <= off && off < bl.End && bl.Date.Known() {
			if best < 0 || bl.End-bl.Start < x.doc.Blocks[best].End-x.doc.Blocks[best].Start {
				best = n
			}
		}
	}
	if best >= 0 {
		return x.doc.Blocks[best].Date
	}
	return x.doc.Published
}

// clause returns the token range of the clause around token i for dating:
// between hard boundaries (commas do not end it).
func (x *extractor) clause(i, a, b int) (int, int) {
	s := i
	for s > a && !boundaries[x.toks[s-1].w] && x.toks[s-1].w != "•" {
		s--
	}
	e := i + 1
	for e < b && !boundaries[x.toks[e].w] && x.toks[e].w != "•" {
		e++
	}
	return s, e
}

// closingSubject reports whether the words before a sentence-final
// reporting verb at i are a comma and a short subject ("..., the report
// said", "..., an Apple spokesman said"), with no trigger among them.
func (x *extractor) closingSubject(cs []cand, a, i int) bool { return x.closingSubjectIn(cs, a, i, 5) }

// closingSubjectIn is closingSubject looking back up to n0 tokens.
func (x *extractor) closingSubjectIn(cs []cand, a, i, n0 int) bool {
	limit := i - n0
	for n := i - 1; n >= a && n >= limit; n-- {
		if x.toks[n].w == "," {
			return n < i-1
		}
		if isTrigger(cs, n) || boundaries[x.toks[n].w] {
			return false
		}
	}
	return false
}

// closingTail reports whether the reporting verb at token j ends its
// sentence [.., b), alone or with whom it was said to or where: "...,
// Trump said.", "..., prosecutor Laure Beccuau told reporters.", "..., the
// ministry said in a statement."
func (x *extractor) closingTail(j, b int) bool { return x.closingTailAt(j, b, false) }

// closingTailAt is closingTail, also with a time after the verb when
// withTime ("..., Rubio said on Sunday.").
func (x *extractor) closingTailAt(j, b int, withTime bool) bool {
	if j+2 >= b {
		return true
	}
	end := b
	if w := x.toks[b-1].w; w == "." || w == "!" || w == "”" || w == "\"" {
		end--
	}
	if end-j-1 > 4 {
		return false
	}
	for n := j + 1; n < end; n++ {
		if t := x.toks[n]; t.ment < 0 && (t.tmx < 0 || !withTime) && !tailWords[t.w] {
			return false
		}
	}
	return true
}

// toldContent returns where what was told starts after "told" at token j,
// in a sentence ending at b: after a time that follows whom it was told to
// ("told the official news agency PAP yesterday the talks were ...", "told
// journalists here on Wednesday"), else right after the verb, so that no
// time in what was told dates the telling ("told Reuters the company
// expected its best December quarter", "told a conference of Saudi
// businessmen the government ... in its 1987 budget"); or -1 when "that",
// a comma or a colon opens what was told (dates reads those itself).
func (x *extractor) toldContent(j, b int) int {
	nounish := func(q int) bool {
		t := x.toks[q]
		return t.ment >= 0 || !t.cap && isLetters(t.w) && !articles[t.w] && !prepositions[t.w] && !auxiliaries[t.w] &&
			t.w != "and" && t.w != "or" && t.w != "here" && t.w != "there"
	}
	for q := j + 1; q < b && q <= j+12; q++ {
		t := x.toks[q]
		switch {
		case t.tmx >= 0:
			e := q
			for e < b && x.toks[e].tmx == t.tmx {
				e++
			}
			if e >= b || x.toks[e].w == "." || x.toks[e].w == "that" || x.toks[e].w == "," {
				return -1
			}
			return e
		case t.w == "that" || t.w == "," || t.w == ":" || t.w == "." || t.w == "\"" || t.w == "“":
			return -1
		case x.isVerbWord(q, j) || auxiliaries[t.w] || t.w == "to" || isNumber(t.w):
			return j + 1 // "told reporters there will be", "told a luncheon Reagan could decide", "fell to 159,000 tonnes"
		case articles[t.w] && q > j+1 && nounish(q-1):
			return j + 1 // "told Reuters the company expected": a new subject
		}
	}
	return j + 1
}

// closingLemmas are the reporting verbs that close a sentence with whom or
// where it was said to (closingTail).
var closingLemmas = set("say", "tell", "add", "write", "state", "announce", "confirm", "note", "explain")

// tailWords may follow a closing reporting verb (closingTail).
var tailWords = set("reporters", "journalists", "lawmakers", "senators", "the", "a", "an", "in", "at", "on", "to",
	"statement", "interview", "conference", "news", "briefing", "post", "television", "radio", "broadcaster",
	"newspaper", "agency", "parliament", "congress")

// clauseVerbs are the reporting verbs whose complement is a clause even
// without "that" ("said sales rose"): a date in it dates what was said.
var clauseVerbs = set("say", "add", "note", "insist", "argue", "claim", "state", "assert", "acknowledge",
	"explain", "indicate", "stress", "emphasize", "reiterate", "confirm", "deny", "hint")

// dates sets Date, Timex and Factuality of every candidate of a sentence.
func (x *extractor) dates(cs []cand, a, b int) {
	// reporting regions first
	for k := range cs {
		c := &cs[k]
		c.region = [2]int{-1, -1}
		c.content = -1
		if c.ev.Type != graph.Statement && c.ev.Type != graph.Report || c.noun || len(c.ev.Participants) == 0 {
			continue
		}
		after := false
		for n := c.j + 1; n < b && n <= c.j+10; n++ {
			w := x.toks[n].w
			if w == "that" || w == ":" || w == "“" || w == "\"" || w == "," && n == c.j+1 {
				after = true
				c.content = n + 1
				break
			}
			if boundaries[w] || isTrigger(cs, n) && !(n == c.j+3 && x.inMedium(n)) {
				break // (but "said in a speech yesterday that" goes on)
			}
		}
		if !after && c.ev.Lemma == "tell" {
			// "Tim Cook told Reuters the company expected its best December
			// quarter ever": past whom it was told, what was told
			if n := x.toldContent(c.j, b); n > 0 {
				c.content = n
			}
		}
		if !after && clauseVerbs[c.ev.Lemma] {
			// "Baxter said sales rose 13 pct in the third quarter": what
			// follows the verb, past a time expression dating the saying
			// ("said on Tuesday sales rose", "said last week."), is what
			// was said ("said 1987 earnings")
			n := c.j + 1
			if n+2 < b && x.toks[n].w == "in" && isTrigger(cs, n+2) && x.inMedium(n+2) {
				n += 3 // "said in a speech yesterday": the speech is the saying
			}
			if n+1 < b && x.toks[n].w == "on" && x.toks[n+1].tmx >= 0 {
				n++
			}
			if n < b && x.toks[n].tmx >= 0 {
				tm, end := x.toks[n].tmx, n
				for end < b && x.toks[end].tmx == tm {
					end++
				}
				v := x.doc.Timexes[tm].Value
				if len(v) == len("2006-01-02") || strings.Contains(v, "-W") ||
					end == b || x.toks[end].w == "," || x.toks[end].w == "." || x.toks[end].w == "that" {
					n = end
				}
			}
			c.content = n
		}
		switch {
		case after:
			c.region = [2]int{c.j + 1, b}
		case c.j+2 >= b && c.i > a && x.toks[c.i-1].ment >= 0 || c.j+2 >= b && x.closingSubject(cs, a, c.i), c.inverted,
			closingLemmas[c.ev.Lemma] && x.closingTail(c.j, b) && x.closingSubject(cs, a, c.i):
			c.region = [2]int{a, c.i} // "..., Trump said.", "..., the report said."
		}
	}
	order := make([]int, 0, len(cs))
	for k := range cs {
		if cs[k].region[0] >= 0 {
			order = append(order, k)
		}
	}
	for k := range cs {
		if cs[k].region[0] < 0 {
			order = append(order, k)
		}
	}
	for _, k := range order {
		c := &cs[k]
		gov := -1
		for n := range cs {
			r := cs[n].region
			if n != k && r[0] >= 0 && c.j >= r[0] && c.j < r[1] && len(cs[n].ev.Participants) > 0 {
				gov = n
			}
		}
		if gov >= 0 && len(c.ev.Participants) > 0 {
			cs[gov].governs = true
		}
		c.reported = gov >= 0
		x.date(cs, c, gov, a, b)
		x.factuality(cs, c, gov, a, b)
	}
}

// date sets one candidate's date.
func (x *extractor) date(cs []cand, c *cand, gov, a, b int) {
	ref := x.refDate(x.toks[c.j].Start)
	cs0, ce := x.clause(c.i, a, b)
	if c.j != c.i {
		_, ce = x.clause(c.j, a, b)
	}
	// "Sheinbaum, who took office in January 2025, has sought": the
	// relative clause's dates are not the main verb's
	if cs0 > a && (x.toks[cs0-1].w == "who" || x.toks[cs0-1].w == "which") {
		for k := c.i - 1; k > cs0; k-- {
			if x.toks[k].w == "," && x.toks[k].tmx < 0 {
				cs0 = k + 1
				break
			}
		}
	}
	// an event cancelled or put off (cancelledBy) is not of the day it was
	// cancelled on; what is put off "until" or "to" a time is of that time
	if v, put := x.cancelledBy(c, a); v >= 0 && put {
		for k := c.i + 1; k < ce; k++ {
			if tm := x.toks[k].tmx; tm >= 0 && (x.toks[k-1].w == "until" || x.toks[k-1].w == "till" || x.toks[k-1].w == "to") {
				if tx := x.doc.Timexes[tm]; (tx.Type == "DATE" || tx.Type == "TIME") && (tx.Date.Known() || tx.Date.Earliest != "") {
					c.ev.Date, c.ev.Timex, c.explicit = tx.Date, tm, true
					return
				}
			}
		}
		if ref.Earliest != "" {
			c.ev.Date = graph.Between(ref.Earliest, "")
		}
		return
	}
	if n := x.anniversaryOf(c, a); n >= 0 {
		// "on Dec. 10, the anniversary of Alfred Nobel's death": the day
		// marks the death, which lies before the story; only a time of its
		// own dates it ("the anniversary of the 1989 massacre")
		for k := n + 1; k < c.i; k++ {
			if tm := x.toks[k].tmx; tm >= 0 && x.doc.Timexes[tm].Type == "DATE" && x.doc.Timexes[tm].Date.Known() {
				c.ev.Date, c.ev.Timex, c.explicit = x.doc.Timexes[tm].Date, tm, true
				return
			}
		}
		c.ev.Date = graph.Between("", ref.Latest)
		return
	}
	best, bd := -1, 0
	// period: an expression ends the accounting period whose results c
	// reports (periodEnd); then only a day, dayBest, dates c
	period, dayBest, dayD := false, -1, 0
	var bound graph.Date // the latest day an after-clause's event can have
	for k := cs0; k < ce; k++ {
		t := x.toks[k]
		if t.tmx < 0 || k > cs0 && x.toks[k-1].tmx == t.tmx {
			continue
		}
		tx := x.doc.Timexes[t.tmx]
		if tx.Type == "SET" || tx.Type == "DURATION" && !tx.Date.Known() {
			continue
		}
		if !tx.Date.Known() && tx.Date.Earliest == "" && tx.Date.Latest == "" && !strings.HasSuffix(tx.Value, "_REF") {
			continue
		}
		if x.periodEnd(k, a, c) {
			// results of a period are reported after it: and the other
			// dates of such a sentence are the comparisons ("a 7.2 pct
			// increase over a year earlier"), which date nothing either,
			// but for a day the reporting is on ("for its fiscal fourth
			// quarter ended Sept. 27 on Wednesday")
			period = true
			continue
		}
		if c.noun && k > c.i && !x.scheduledBefore(k, c.i) {
			if v := x.cancelVerbBefore(c.i, a); v >= 0 && !x.commaBetween(v, k) {
				// "cancelled a meeting with Trump on Thursday", "postponed a
				// vote on the nomination on Thursday": the cancelling's day
				continue
			}
		}
		if !c.noun && putOffLemmas[c.t.lemma] && k > c.j && (prevWord(x.toks, k, a) == "until" || prevWord(x.toks, k, a) == "to" ||
			prevWord(x.toks, k, a) == "till") {
			continue // "postponed the talks until next week": the talks' new time
		}
		if x.pastPlanner(cs, c, k) != nil {
			continue // "agreed to buy Norfolk Southern in July": the buying lies after July
		}
		if k > c.j+2 && x.nounParticiple(cs, k) {
			continue // "will be asked to change its name to reflect the logo adopted last year": the adopting's
		}
		if x.datesOther(cs, c, k, a, b, cs0) {
			continue
		}
		if n := x.participleFront(a, b); k < n && n < c.i {
			continue // "Born in 1943 in Uppsala, Lindqvist joined the ministry in 1968": not joined in 1943
		}
		if c.content >= 0 && k >= c.content {
			continue // "This switch, he said, would happen next year": not said next year
		}
		if k > c.j+1 && cancelLemmas[c.t.lemma] && x.scheduledBefore(k, c.j) {
			continue // "called off strikes planned for this weekend": the strikes' time, not the calling off
		}
		if !c.noun && k > c.j+2 && txPromises[x.toks[c.j].w] && x.toks[c.j].w != "warning" && !x.commaBetween(c.j, k) &&
			ref.Latest != "" && tx.Date.Earliest > ref.Latest {
			// "warned of another storm arriving on Sunday night", "responded
			// by promising further talks in May": a time ahead of the
			// warning or the promise is what it is about ("warned the EC
			// yesterday" is the warning's)
			continue
		}
		if k < c.i && x.afterBetween(k, c.i, b) {
			// "extradited him on Thursday after Trump called": not called
			// on Thursday, but by then
			if tx.Date.Latest != "" && (bound.Latest == "" || tx.Date.Latest < bound.Latest) {
				bound = graph.Between("", tx.Date.Latest)
			}
			continue
		}
		if x.firstSince(k, cs0) {
			continue // "his first talks with Xi since 2019": not in 2019, nor since
		}
		if k > a && (x.toks[k-1].w == "base" || x.toks[k-1].w == "basis") {
			continue // "the index, base 1981, rose 14 pct in March": an index's base year
		}
		if k < c.i && x.reportersTime(cs, c, k) {
			continue // "said on Wednesday it would impose counter-tariffs from next month": the saying's day
		}
		if k > a && k < c.i && x.toks[k-1].w == "for" && x.coordinatorBetween(k, c.i) {
			continue // "scheduled a hearing for Tuesday and ordered": the hearing's day, not the order's
		}
		if c.region[0] >= 0 && c.region[1] == c.i && k < c.i {
			continue // "The shares were bought on October 16, Bastian said": not said then
		}
		end := k + 1
		for end < b && x.toks[end].tmx == t.tmx {
			end++
		}
		if end < b && (x.toks[end].w == "'s" || x.toks[end].w == "'") {
			continue // "this year's conference": it dates the noun
		}
		if !c.noun && k > c.j && c.ev.Lemma != "win" && c.ev.Lemma != "lose" && x.premodifier(k, end, a, b) {
			continue // "publish the October jobs report on Friday": October is the report's
		}
		if !c.noun && k > c.j && articles[x.toks[k-1].w] && x.narrowerAfter(tx.Date, end, ce) {
			continue // "won the 2025 Nobel Peace Prize on Friday": the year is the prize's, Friday the winning's
		}
		// "Yesterday, at the conference, Jobs unveiled": a sentence-initial
		// adverbial dates the whole sentence
		fronted := k == a && end < b && frontEnders[x.toks[end].w] || x.frontPhrase(cs, k, c.i, a, b)
		if !fronted && c.noun && (c.ev.Type == graph.Report || c.ev.Type == graph.Statement) && k < c.i && x.commaBetween(k, c.i) {
			continue // "extradited him on Tuesday, according to a report by Reuters": not the report's day
		}
		d := min(abs(k-c.i), abs(k-c.j))
		if d > 3 && !fronted && x.closerTrigger(cs, c, k, d, cs0, ce) {
			continue // the expression dates another event of the clause
		}
		if best < 0 || d < bd {
			best, bd = k, d
		}
		if tx.Date.Precision == graph.Day && (fronted || k > a && x.toks[k-1].w == "on") && (dayBest < 0 || d < dayD) {
			dayBest, dayD = k, d
		}
	}
	if period {
		best = dayBest
	}
	if best < 0 && cs0 >= a+3 && x.toks[cs0-1].w == "when" && x.toks[cs0-2].w == "," && x.toks[cs0-3].tmx >= 0 &&
		!(c.region[0] >= 0 && c.region[1] == c.i) && !x.perfectAt(c.i, cs0) && !x.cueBefore(c.i, cs0) {
		// "since 2006, when Calderón sent the army": the clause is the
		// time it follows, itself (not since it); not a closing "..., Boren
		// said", a perfect ("when AMC has said") or a past cue ("when he
		// retires as previously announced")
		tm := x.toks[cs0-3].tmx
		if tx := x.doc.Timexes[tm]; tx.Type == "DATE" && tx.Date.Known() {
			c.ev.Date, c.ev.Timex, c.explicit = tx.Date, tm, true
			return
		}
	}
	front := a
	if a+1 < b && frontPreps[x.toks[a].w] && x.toks[a+1].tmx >= 0 {
		front = a + 1
	}
	relative := cs0 > a && (x.toks[cs0-1].w == "which" || x.toks[cs0-1].w == "who")
	closing := c.region[0] >= 0 && c.region[1] == c.i
	if best < 0 && cs0 > front && x.toks[front].tmx >= 0 && !relative && !closing {
		// "Yesterday, at the conference (WWDC), Jobs unveiled", "In July,
		// Diageo, which is listed in London, reported": a sentence-initial
		// adverbial dates the sentence's events
		end := front + 1
		for end < b && x.toks[end].tmx == x.toks[front].tmx {
			end++
		}
		if end < b && frontEnders[x.toks[end].w] && end < c.i {
			if tx := x.doc.Timexes[x.toks[front].tmx]; tx.Type == "DATE" && tx.Date.Known() {
				best = front
			}
		}
	}
	if c.noun {
		if k := x.effectTime(c.i, b); k >= 0 {
			best = k // "Trump's 25% tariffs on steel, which took effect earlier in the day"
		}
	}
	if best >= 0 {
		t := x.toks[best]
		tx := x.doc.Timexes[t.tmx]
		prev := ""
		if best > a {
			prev = x.toks[best-1].w
		}
		c.ev.Timex = t.tmx
		c.explicit = true
		switch {
		case tx.Value == "PRESENT_REF":
			c.ev.Date, c.explicit = ref, false
		case tx.Value == "PAST_REF":
			c.ev.Date, c.explicit = graph.Between("", ref.Latest), false
		case tx.Value == "FUTURE_REF":
			c.ev.Date, c.explicit = graph.Between(ref.Earliest, ""), false
		case prev == "since" || prev == "after":
			c.ev.Date = graph.Between(tx.Date.Earliest, ref.Latest)
			if prev == "after" {
				c.ev.Date.Earliest = tx.Date.Latest
			}
		case prev == "by":
			c.ev.Date = graph.Between("", tx.Date.Latest) // "by the end of the year": no later than its end
		case prev == "before" || prev == "until":
			c.ev.Date = graph.Between("", tx.Date.Earliest)
		default:
			c.ev.Date = tx.Date
			if r, ok := x.dayRange(best); ok {
				c.ev.Date = r // "will meet in Brussels on Dec. 3-4"
			}
		}
		return
	}
	// "told the committee on Thursday, a week after Trump doubled the
	// levy": what follows "after" happened before the main event
	if d, ok := x.afterClause(cs, c, a, b); ok {
		c.ev.Date, c.inherited = d, true
		return
	}
	if bound.Latest != "" {
		c.ev.Date = bound
		return
	}
	// cues before the trigger in its clause: earlier, previously, has ...
	future, past := false, x.cueBefore(c.i, cs0)
	for k := max(cs0, c.i-4); k < c.i; k++ {
		if modalFut[x.toks[k].w] {
			future = true
		}
	}
	// "Earlier, Trump imposed a tariff, though the tariffs were paused": a
	// fronted cue and its comma put the whole sentence in the past
	if a+1 < c.i && pastCues[x.toks[a].w] && x.toks[a+1].w == "," {
		past = true
	}
	past = past || x.perfectAt(c.i, cs0) || x.sharedPerfect(cs, c, cs0)
	if gov >= 0 {
		// reported speech: relative to the statement's date
		g := &cs[gov]
		ref = g.ev.Date
		if !future && !past {
			c.ev.Date, c.ev.Timex, c.explicit, c.inherited = g.ev.Date, g.ev.Timex, g.explicit, true
			return
		}
	}
	if o := x.conjunctOf(cs, c, cs0); o != nil && !future && !past && gov < 0 && x.narrative(c) {
		// "he was fired in 1985 and he founded NeXT": one date for both
		c.ev.Date, c.ev.Timex, c.explicit, c.inherited = o.ev.Date, o.ev.Timex, o.explicit, true
		return
	}
	if !future && !past && gov < 0 && x.bullet.Known() && x.toks[c.i].Start < x.bulletEnd {
		// "Feb. 4 – The 10% tariff takes effect. China responds with
		// levies": a later sentence of a timeline's entry is of its day
		c.ev.Date, c.inherited = x.bullet, true
		return
	}
	if !future && !past && x.focus.Known() && ref == x.doc.Published && x.narrative(c) {
		c.ev.Date = x.focus
		return
	}
	switch {
	case future && ref.Earliest != "":
		c.ev.Date = graph.Between(ref.Earliest, "")
	case past && ref.Latest != "":
		c.ev.Date = graph.Between("", ref.Latest)
	case !future && !past && ref.Known():
		c.ev.Date = ref
	}
}

// perfectAt reports whether a perfect auxiliary stands before the verb at
// token i in its clause (from token cs0), past adverbs, negations and
// forms of be: "has deployed", "had not been told".
func (x *extractor) perfectAt(i, cs0 int) bool {
	for k := i - 1; k >= cs0 && k >= i-4; k-- {
		w := x.toks[k].w
		if perfect[w] {
			return true
		}
		if !adverbs[w] && !negation[w] && !beForms[w] && w != "since" && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// sharedPerfect reports whether verb candidate c, a past form right after
// a coordinator, shares the perfect auxiliary of the verb it is
// coordinated with, the nearest verb candidate before it in its clause
// (from token cs0): "Mexico has increased border security and extradited
// criminals" (extradited before the article's date, not on it). A subject
// between the two ("has resigned and the board named") makes two clauses.
func (x *extractor) sharedPerfect(cs []cand, c *cand, cs0 int) bool {
	if c.noun || c.t.form != 'd' || c.i-1 <= cs0 {
		return false
	}
	if w := x.toks[c.i-1].w; w != "and" && w != "or" {
		return false
	}
	var o *cand
	for n := range cs {
		if g := &cs[n]; !g.noun && g.i >= cs0 && g.i < c.i-1 && (o == nil || g.i > o.i) {
			o = g
		}
	}
	return o != nil && o.t.form == 'd' && x.perfectAt(o.i, cs0)
}

// afterClause returns the date of candidate c when it is the verb of a
// clause opened by "after" in a sentence [a, b) whose main verb before it
// is dated: a day a duration before that verb's day ("a week after Trump
// doubled the levy", "two days after the company announced"), or any time
// before it.
func (x *extractor) afterClause(cs []cand, c *cand, a, b int) (graph.Date, bool) {
	p := -1
	for k := c.i - 1; k >= a && k >= c.i-8; k-- {
		if x.toks[k].w == "after" {
			p = k
			break
		}
		if boundaries[x.toks[k].w] || x.toks[k].w == "," || isTrigger(cs, k) || x.toks[k].tmx >= 0 {
			return graph.Date{}, false
		}
	}
	if p < 0 || !x.subordinateClause(p, b) {
		return graph.Date{}, false
	}
	// a named subject (or a pronoun) and, before an event noun, the
	// clause's verb: "after Trump doubled the tariff", not "after the
	// merger took place" nor "after allowances for exchanges and returns"
	subject, verb := false, !c.noun
	for k := p + 1; k < c.i; k++ {
		t := x.toks[k]
		subject = subject || t.ment >= 0 || pronouns[t.w] || k == p+1 && articles[t.w]
		verb = verb || subject && t.ment < 0 && strings.HasSuffix(t.w, "ed")
	}
	if !subject || !verb {
		return graph.Date{}, false
	}
	// the main verb: the nearest verb before "after", dated by an expression
	var main *cand
	for n := range cs {
		if o := &cs[n]; !o.noun && o.i < p && (main == nil || o.i > main.i) && o.t.form != 'g' {
			main = o // the finite verb: "blocked Trump from deploying troops, a day after"
		}
	}
	var day graph.Date // the day the clause is counted back from
	if main != nil && main.explicit && main.ev.Date.Known() {
		day = main.ev.Date
	} else if d, ok := x.dayBeforeDuration(p, a); ok {
		// "surrendered on Friday, two days after a federal appeals court
		// rejected his request": no event of its own before, but the day
		day = d
	} else if main == nil && x.focus.Precision == graph.Day && p > a && x.toks[p-1].tmx >= 0 {
		// "The victory came two weeks after Bessent announced": no event
		// before "after", whose clause is of the day in focus
		day = x.focus
	} else {
		return graph.Date{}, false
	}
	if p > a && x.toks[p-1].tmx >= 0 && day.Precision == graph.Day {
		if days, ok := durationDays(x.doc.Timexes[x.toks[p-1].tmx].Value); ok {
			if t := day.Time(); !t.IsZero() {
				return graph.DayDate(t.AddDate(0, 0, -days)), true
			}
		}
	}
	if p > a && x.toks[p-1].tmx >= 0 && day.Precision == graph.Month {
		// "took over in March, three months after the board ousted him":
		// December
		if v := x.doc.Timexes[x.toks[p-1].tmx].Value; len(v) >= 3 && v[0] == 'P' && v[len(v)-1] == 'M' {
			if n, err := strconv.Atoi(v[1 : len(v)-1]); err == nil && n > 0 && n <= 24 {
				if t, err := time.Parse("2006-01", day.Value); err == nil {
					if d, err := graph.ParseDate(t.AddDate(0, -n, 0).Format("2006-01")); err == nil {
						return d, true
					}
				}
			}
		}
	}
	if main == nil || !main.explicit {
		return graph.Date{}, false
	}
	// by the end of the main verb's time: "suspended in 2021 after the
	// administration agreed" is by the end of 2021
	return graph.Between("", day.Latest), true
}

// dayBeforeDuration returns the day of a time expression set off by a
// comma before the duration that ends right before "after" at token p:
// "on Friday, two days after".
func (x *extractor) dayBeforeDuration(p, a int) (graph.Date, bool) {
	if p-1 <= a || x.toks[p-1].tmx < 0 {
		return graph.Date{}, false
	}
	dur := x.toks[p-1].tmx
	q := p - 1
	for q > a && x.toks[q-1].tmx == dur {
		q--
	}
	if q-2 < a || x.toks[q-1].w != "," || x.toks[q-2].tmx < 0 || x.toks[q-2].tmx == dur {
		return graph.Date{}, false
	}
	if d := x.doc.Timexes[x.toks[q-2].tmx].Date; d.Precision == graph.Day || d.Precision == graph.Month {
		return d, true // "on Friday, two days after", "in March, three months after"
	}
	return graph.Date{}, false
}

// cueBefore reports whether a past cue ("previously", "already") stands
// before token i in its clause (from cs0).
func (x *extractor) cueBefore(i, cs0 int) bool {
	for k := cs0; k < i; k++ {
		if pastCues[x.toks[k].w] {
			return true
		}
	}
	return false
}

// inContent reports whether token i lies in what reporting verb candidate c
// says, past a verb of the reported clause ("said the breakthrough came
// during a call"; not "said at a press conference").
func (x *extractor) inContent(c *cand, i int) bool {
	if c.content < 0 || i < c.content {
		return false
	}
	for q := c.content; q < i; q++ {
		w := x.toks[q].w
		if x.toks[q].ment < 0 && (irregularPast[w] || strings.HasSuffix(w, "ed") && len(w) > 4 || finiteAux[w]) {
			return true
		}
	}
	return false
}

// occasionOf reports whether event noun o is the occasion of verb
// candidate c, in a phrase after c's trigger opened by "at" or "during", or
// "for" when both are of one type, with no other verb, comma or name
// between: "won a landslide at the general election", "spoke at the
// summit", "met for talks".
func (x *extractor) occasionOf(c, o *cand) bool {
	if !o.noun || c.noun || o.i <= c.j {
		return false
	}
	if (c.ev.Lemma == "win" || c.ev.Lemma == "lose") && (o.ev.Lemma == "elect" || o.ev.Lemma == "vote") && o.i-c.j <= 6 {
		// "won Germany's national election on Sunday": the winning is the
		// election's day
		object := true
		for p := o.i - 1; p > c.j; p-- {
			if w := x.toks[p].w; w == "," || boundaries[w] || x.toks[p].tmx >= 0 || prepositions[w] && w != "of" {
				object = false
			}
		}
		if object {
			return true
		}
	}
	for p := o.i - 1; p > c.j; p-- {
		w := x.toks[p].w
		if w == "at" || w == "during" || w == "for" && o.ev.Type == c.ev.Type && o.ev.Type != graph.Action {
			return true // "met in Jeddah for eight hours of talks": the talks are the meeting
		}
		if w == "on" && (o.ev.Type == graph.Call || x.toks[o.i].w == "call" || o.i+1 < len(x.toks) && x.toks[o.i+1].w == "call") {
			return true // "told analysts on a conference call": the call is where it was told
		}
		if tm := x.toks[p].tmx; tm >= 0 && x.doc.Timexes[tm].Type == "DURATION" {
			continue // "for eight hours of talks"
		}
		if w == "," || boundaries[w] || x.toks[p].ment >= 0 || x.toks[p].tmx >= 0 || prepositions[w] && w != "of" {
			return false
		}
	}
	return false
}

// afterBetween reports whether "after" opens a clause between tokens k
// and i of a sentence ending at b, and i is in that clause (no comma or
// boundary after "after": not the closing "..., the Fed said").
func (x *extractor) afterBetween(k, i, b int) bool {
	for p := i - 1; p > k; p-- {
		w := x.toks[p].w
		if w == "after" {
			// "extradited him on Thursday after Trump called", "called off
			// strikes planned for this weekend after reaching a deal"
			return x.subordinateClause(p, b) || p+1 < b && x.toks[p+1].ment < 0 && strings.HasSuffix(x.toks[p+1].w, "ing") &&
				len(x.toks[p+1].w) > 5
		}
		if x.toks[p].tmx < 0 && (w == "," || boundaries[w]) {
			return false
		}
	}
	return false
}

// durationDays returns the days of a duration of days, weeks or hours
// (hours count as the same day): "P2D" 2, "P1W" 7, "PT5H" 0.
func durationDays(v string) (int, bool) {
	if strings.HasPrefix(v, "PT") && strings.HasSuffix(v, "H") {
		return 0, true
	}
	if len(v) < 3 || v[0] != 'P' {
		return 0, false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n < 0 || n > 366 {
		return 0, false
	}
	switch v[len(v)-1] {
	case 'D':
		return n, true
	case 'W':
		return 7 * n, true
	}
	return 0, false
}

// otherConjunct reports whether the time expression at token k, before
// candidate c in its clause (from token cs0), belongs to the conjunct
// before c's: a coordinator stands between them and a verb trigger stands
// before the expression ("was started in 1976, and launched the store in
// 2003" does not date "launched" in 1976).
func (x *extractor) otherConjunct(cs []cand, c *cand, k, cs0 int) bool {
	if k >= c.i {
		return false
	}
	and := false
	for n := k + 1; n < c.i; n++ {
		if coordinators[x.toks[n].w] {
			and = true
		}
	}
	if !and {
		return false
	}
	for n := range cs {
		o := &cs[n]
		if o != c && !o.noun && o.i >= cs0 && o.i < k && hasCore(o.ev.Participants) {
			return true
		}
	}
	return false
}

// conjunctOf returns the verb candidate whose explicitly dated clause c's
// is coordinated with ("he was fired in 1985 and he founded NeXT"): the
// last explicitly dated verb before c in its clause (from token cs0), when
// c's own conjunct starts with a coordinator after that verb, or nil. Only
// c's subject, a prepositional phrase naming an entity, adverbs and
// auxiliaries may stand between the coordinator and c ("and with Western
// Europe increased"): in "registrations for April and May, Arango said" or
// "the Camaro and Pontiac Firebird models built there" the coordinator
// joins nouns. In a list of verb phrases a comma right before a past form
// coordinates it ("acquired ..., divested ..., renamed the company"), and
// before a participle it opens a clause of the same time ("reached a deal
// on March 3, agreeing to send troops").
func (x *extractor) conjunctOf(cs []cand, c *cand, cs0 int) *cand {
	report := c.ev.Type == graph.Statement || c.ev.Type == graph.Report
	and := -1
	for m := c.i - 1; m >= cs0; m-- {
		t := x.toks[m]
		if coordinators[t.w] || t.w == "," && m == c.i-1 && (c.t.form == 'd' || c.t.form == 'g') && !c.noun && !report {
			and = m
			break
		}
		if t.ment < 0 && !pronouns[t.w] && !adverbs[t.w] && !auxiliaries[t.w] && !strings.HasSuffix(t.w, "ly") &&
			t.w != "since" && !prepositions[t.w] && !articles[t.w] && !determiners[t.w] {
			return nil
		}
	}
	var best *cand
	for n := range cs {
		o := &cs[n]
		if o == c || o.noun || o.i < cs0 || o.j >= and || !o.explicit || !o.ev.Date.Known() || o.reported {
			continue
		}
		best = o
	}
	return best
}

// coordinators join two clauses or verb phrases (see otherConjunct).
var coordinators = set("and", "but")

// unlikelyPerson reports whether mention m, at token p, is a person the
// recognizer probably got wrong, so that no pronoun should refer to it: a
// name after an article ("an \"Antennagate\"", "the Lion"), or a one-word
// name mentioned once in the document.
func (x *extractor) unlikelyPerson(p, m int) bool {
	for q := p - 1; q >= 0 && x.toks[q].ment == m; q-- {
		p = q
	}
	for q := p - 1; q >= 0 && x.toks[q].sent == x.toks[p].sent; q-- {
		w := x.toks[q].w
		if w == "\"" || w == "“" || w == "'" || w == "‘" {
			continue
		}
		if w == "a" || w == "an" || w == "the" {
			return true
		}
		break
	}
	e := x.doc.Mentions[m].Entity
	return !strings.Contains(strings.TrimSpace(x.doc.Entities[e].Name), " ") && x.mentions[e] < 2
}

// frontedParticiple gives a participle that opens the sentence (at token
// a), alone or after a subordinator, and has no agent the agent of the
// first verb after the comma that ends it: "While introducing iPhone 4, at
// the annual conference, Jobs started ..." is Jobs introducing it.
func (x *extractor) frontedParticiple(cs []cand, a int) {
	for k := range cs {
		c := &cs[k]
		if c.noun || c.t.form != 'g' || c.agents > 0 {
			continue
		}
		if c.i != a && !(c.i == a+1 && subordinators[x.toks[a].w]) {
			continue
		}
		comma := -1
		for n := c.j + 1; n < len(x.toks) && x.toks[n].sent == x.toks[c.i].sent; n++ {
			if x.toks[n].w == "," {
				comma = n
				break
			}
		}
		if comma < 0 {
			continue
		}
		for n := k + 1; n < len(cs); n++ {
			o := &cs[n]
			if o.noun || o.i < comma || o.agents == 0 || o.passive {
				continue
			}
			c.borrowAgents(o)
			break
		}
	}
}

// subordinators open an adverbial clause (see frontedParticiple).
var subordinators = set("while", "after", "before", "when", "since", "by", "upon", "on", "in")

// complementBetween reports whether a complement clause opens between
// tokens g and i with "that", so that a verb at i is inside the clause a
// verb at g governs (the caller lets a coordinator just before i join it
// to g: "Jobs acknowledged that ..., but dismissed").
func (x *extractor) complementBetween(g, i int) bool {
	for n := g + 1; n < i && n < len(x.toks); n++ {
		if x.toks[n].w == "that" {
			return true
		}
	}
	return false
}

// coordinatedInfinitive returns the verb candidate of the infinitive that
// "and to" or "or to" before candidate c joins it to in its clause (from
// token cs0), or nil.
func (x *extractor) coordinatedInfinitive(cs []cand, c *cand, cs0 int) *cand {
	if c.noun || c.i-2 <= cs0 || x.toks[c.i-1].w != "to" || x.toks[c.i-2].w != "and" && x.toks[c.i-2].w != "or" {
		return nil
	}
	var o *cand
	for n := range cs {
		g := &cs[n]
		if !g.noun && g.i >= cs0 && g.i < c.i-2 && g.i > cs0 && x.toks[g.i-1].w == "to" && (o == nil || g.i > o.i) {
			o = g
		}
	}
	return o
}

// toBefore reports whether "to" makes the verb at token i an infinitive,
// split or not: "to reduce", "to sharply reduce", "to further cut".
func (x *extractor) toBefore(i, a int) bool {
	for k := i - 1; k >= a && k >= i-3; k-- {
		w := x.toks[k].w
		if w == "to" {
			return true
		}
		if x.toks[k].ment >= 0 || x.toks[k].tmx >= 0 || !(adverbs[w] || strings.HasSuffix(w, "ly") && len(w) > 4) {
			return false
		}
	}
	return false
}

// reportersTime reports whether the time expression at token k sits between
// a reporting verb and the clause it reports, which c is in: "said on
// Wednesday it would impose", "told reporters Tuesday that Mexico would".
func (x *extractor) reportersTime(cs []cand, c *cand, k int) bool {
	p := k - 1
	if p >= 0 && (x.toks[p].w == "on" || x.toks[p].w == "in") {
		p--
	}
	if p < 0 {
		return false
	}
	found := false
	for n := range cs {
		if o := &cs[n]; o != c && o.i == p && !o.noun && reportingVerbs[o.t.lemma] {
			found = true
		}
	}
	if !found {
		return false
	}
	e := k
	for e < len(x.toks) && x.toks[e].tmx == x.toks[k].tmx {
		e++
	}
	if e >= len(x.toks) || e >= c.i {
		return false
	}
	t := x.toks[e]
	return t.ment >= 0 || t.w == "it" || t.w == "that" || pronouns[t.w]
}

// unnamedObject reports whether an object stands between the verb at token
// g and the "to" of the infinitive at token i, one the caller found no
// entity for: it does what the infinitive says ("pressed both sides to
// reach", "urged officials in Mexico to extradite", "asked them to"), not
// the verb's subject ("urged on Monday to act" has none).
func (x *extractor) unnamedObject(g, i int) bool {
	to := i - 1
	for to > g && x.toks[to].w != "to" {
		to--
	}
	object := false
	for q := g + 1; q < to; q++ {
		t := x.toks[q]
		if t.w == "," || boundaries[t.w] || coordinators[t.w] {
			return false // "telephoned banks to ask for quotes, and intervened to sell": another verb's
		}
		object = object || t.tmx < 0 && !adverbs[t.w] && !(strings.HasSuffix(t.w, "ly") && len(t.w) > 4)
	}
	return object
}

// objectRelative returns the token of the noun that the verb at token i
// takes as its object in a relative clause without "that", a name (and its
// titles) between them: "the tariffs President Donald Trump imposed"; or -1.
func (x *extractor) objectRelative(i, a int) int {
	m := i - 1
	if m < a || x.toks[m].ment < 0 {
		return -1
	}
	q := m
	for q > a && x.toks[q-1].ment == x.toks[m].ment {
		q--
	}
	for n := 0; n < 3 && q > a && x.toks[q-1].ment < 0 && x.toks[q-1].cap; n++ {
		q-- // "President"
	}
	q--
	if q < a || x.toks[q].ment >= 0 || x.toks[q].cap || q > a && x.toks[q-1].w == "to" {
		return -1
	}
	return q
}

// effectTime returns the token of the time expression of a relative clause
// that says when the noun at token i took effect ("tariffs on steel and
// aluminum, which took effect earlier in the day", "the law, which came
// into force on Monday"), or -1.
func (x *extractor) effectTime(i, b int) int {
	for k := i + 1; k < b && k <= i+8; k++ {
		w := x.toks[k].w
		if w != "which" && w != "that" {
			if boundaries[w] || x.toks[k].tmx >= 0 {
				return -1
			}
			continue
		}
		v := k + 1
		if v < b && (x.toks[v].w == "had" || x.toks[v].w == "has" || x.toks[v].w == "have") {
			v++
		}
		if v+1 >= b {
			return -1
		}
		switch x.toks[v].w + " " + x.toks[v+1].w {
		case "took effect", "came into", "went into", "entered into", "kicked in", "expired on", "began on":
		default:
			return -1
		}
		for q := v + 2; q < b && q <= v+6; q++ {
			if x.toks[q].tmx >= 0 {
				if tx := x.doc.Timexes[x.toks[q].tmx]; tx.Type == "DATE" || tx.Type == "TIME" {
					return q
				}
				return -1
			}
			if x.toks[q].w == "," || boundaries[x.toks[q].w] && x.toks[q].w != "that" {
				return -1
			}
		}
		return -1
	}
	return -1
}

// objectNoun reports whether the noun at token o is the object of the verb
// at token v: only a determiner, adjectives or a name's possessive between.
func (x *extractor) objectNoun(v, o int) bool { return x.objectWithin(v, o, 4, false) }

// objectWithin reports whether event noun o is the object of the verb at
// token v: at most max tokens after it, with no comma, boundary, time or
// verb between (a participle of planning aside when !of), and no
// preposition but, when of, "of".
func (x *extractor) objectWithin(v, o, max int, of bool) bool {
	if o-v > max {
		return false
	}
	for q := v + 1; q < o; q++ {
		t := x.toks[q]
		if t.w == "," || boundaries[t.w] || prepositions[t.w] && !(of && t.w == "of") || t.tmx >= 0 ||
			x.isVerbWord(q, 0) && !articles[t.w] && (of || !plannedWords[t.w]) {
			return false
		}
	}
	return true
}

// plannedWords qualify a noun as set for later: "canceled a planned summit".
var plannedWords = set("planned", "proposed", "scheduled", "expected", "upcoming", "long-awaited", "promised")

// objectAgents gives an event noun with no agent of its own that is the
// object of a verb of enacting the verb's agents and, when the noun has no
// time of its own, the verb's date: "The European Union adopted its 19th
// package of sanctions against Russia on Thursday" is the EU's sanctions,
// of Thursday.
func (x *extractor) objectAgents(cs []cand) {
	for k := range cs {
		c := &cs[k]
		if !c.noun || c.agents > 0 {
			continue
		}
		for n := range cs {
			v := &cs[n]
			if v.noun || !enactLemmas[v.ev.Lemma] || v.agents == 0 || v.j >= c.i || !x.objectPhrase(v.j, c.i) {
				continue
			}
			for _, p := range v.ev.Participants {
				if p.Role == graph.Agent && !hasEntity(c.ev.Participants, p.Entity) {
					c.ev.Participants = append(c.ev.Participants, p)
					c.agents++
				}
			}
			if !c.explicit && v.explicit {
				c.ev.Date, c.ev.Timex, c.explicit, c.inherited = v.ev.Date, v.ev.Timex, true, true
			}
			break
		}
	}
}

// enactLemmas are the verbs whose object event is their agent's doing.
var enactLemmas = set("adopt", "approve", "impose", "issue", "levy",
	"pass", "implement")

// futureBefore reports whether a future auxiliary stands before the verb at
// token i (in its clause from cs0) while day d lies before the story: the
// day was read in the closing reporter's past ("will issue ... at its
// tender on Thursday, the Bank of France said").
func (x *extractor) futureBefore(i, cs0 int, d graph.Date) bool {
	pub := x.doc.Published
	if pub.Earliest == "" || d.Latest == "" || d.Latest >= pub.Earliest {
		return false
	}
	for k := max(cs0, i-4); k < i; k++ {
		if modalFut[x.toks[k].w] {
			return true
		}
	}
	return false
}

// showLemmas report figures: what they show is not dated by their time.
var showLemmas = set("show", "indicate", "reveal", "suggest", "demonstrate")

// objectPhrase reports whether the event noun at token o heads or ends the
// object of the verb at token v: within six tokens, past at most "of"
// ("its 19th package of sanctions"), with no comma, boundary or verb.
func (x *extractor) objectPhrase(v, o int) bool { return x.objectWithin(v, o, 6, true) }

// entryDay notes the day of a timeline entry that sentence [a, b) opens
// with a day and a dash, colon or bar ("Feb. 4 – ..."), up to the end of its
// line; a sentence on a new line ends an entry.
func (x *extractor) entryDay(a, b int) {
	if a >= b {
		return
	}
	start := x.toks[a].Start
	if x.bullet.Known() && start >= x.bulletEnd {
		x.bullet = graph.Date{}
	}
	t := x.toks[a]
	if t.tmx < 0 {
		return
	}
	e := a
	for e < b && x.toks[e].tmx == t.tmx {
		e++
	}
	if e >= b || !frontEnders[x.toks[e].w] || x.toks[e].w == "," {
		return
	}
	tx := x.doc.Timexes[t.tmx]
	if tx.Type != "DATE" || !tx.Date.Known() {
		return
	}
	x.bullet = tx.Date
	x.bulletEnd = len(x.doc.Text)
	if i := strings.IndexByte(x.doc.Text[start:], '\n'); i >= 0 {
		x.bulletEnd = start + i
	}
}

// frontEnders close a time expression that opens a sentence and dates it:
// "Yesterday, ...", and a timeline's "Feb. 1 – Trump signs", "March 4:
// Trump doubles".
var frontEnders = set(",", "–", "—", "-", ":", "|")

// coordinatorBetween reports whether "and" or "but" joins what follows
// token k to the verb at token i.
func (x *extractor) coordinatorBetween(k, i int) bool {
	for q := k + 1; q < i; q++ {
		if coordinators[x.toks[q].w] && x.toks[q].ment < 0 {
			return true
		}
	}
	return false
}

// coordinatedAfter reports whether the verb at token i follows the time
// expression at token k right after a coordinator, as the head of a verb
// phrase joined to the one the expression ends ("on Monday and ordered",
// "last year, and sold").
func (x *extractor) coordinatedAfter(k, i int) bool {
	q := min(x.timexEnd(k), i)
	if q < i && x.toks[q].w == "," {
		q++
	}
	return q+1 == i && (x.toks[q].w == "and" || x.toks[q].w == "but")
}

// clauseJoinedAfter reports whether the time expression at token k ends its
// clause right before a comma and a coordinator that open another one, in
// which candidate o lies: "met Xi in Busan on Thursday, and the White House
// announced a truce" (not a range, "between 1987 and 1992").
func (x *extractor) clauseJoinedAfter(k int, o *cand) bool {
	q := x.timexEnd(k)
	return q+2 < o.i && x.toks[q].w == "," && (x.toks[q+1].w == "and" || x.toks[q+1].w == "but") && x.toks[q+2].tmx < 0
}

// questionBetween reports whether an embedded question with a subject of its
// own opens between tokens g and i ("asked whether any president had used",
// "asked how the U.S. could help"), not an infinitive one ("whether to
// accept").
func (x *extractor) questionBetween(g, i int) bool {
	for q := g + 1; q < i; q++ {
		switch x.toks[q].w {
		case "whether", "how", "why", "what":
			// "whether to accept": the one who decides accepts
			return !(q+1 < i && (x.toks[q+1].w == "to" || x.toks[q+1].w == "or" && q+3 < i && x.toks[q+3].w == "to"))
		}
	}
	return false
}

// zeroThatClause reports whether a clause without "that" opens right after
// the reporting verb at token g, before token i, with a subject naming no
// entity: "said the card would cost", "told reporters the government did
// not refuse".
func (x *extractor) zeroThatClause(g, i int) bool {
	for n := g + 1; n < i && n < len(x.toks); n++ {
		t := x.toks[n]
		if t.ment >= 0 || t.w == "," || boundaries[t.w] || subjectPronouns[t.w] || pronouns[t.w] {
			return false
		}
		if finiteAux[t.w] && !t.cap && t.tmx < 0 {
			return n > g+1
		}
	}
	return false
}

// reducedRelative reports whether the participle at token i opens a
// reduced relative clause after a name that opens its sentence (at token
// a) or follows a comma: "Jobs, born in San Francisco in 1955, has built
// ...", "Sheinbaum, asked about the offer, said ...", "its chief, Steve
// Jobs, born in 1955, said".
func (x *extractor) reducedRelative(i, a int) bool {
	if i-2 < a || x.toks[i-1].w != "," || x.toks[i-2].ment < 0 {
		return false
	}
	m := x.toks[i-2].ment
	s := i - 2
	for s > a && x.toks[s-1].ment == m {
		s--
	}
	if s == a {
		return true
	}
	if x.toks[s-1].w != "," {
		return false
	}
	// after a name in apposition the participle may be the sentence's own
	// verb ("The company's largest subsidiary, Georgia Power Co, said",
	// "its president, Gabriel Fusco, resigned as president"): a reduced
	// relative reports no saying and closes with a comma before that verb
	if t, ok := lex.verb[x.toks[i].w]; ok && reportingVerbs[t.lemma] {
		return false
	}
	for q := i + 1; q < len(x.toks) && q <= i+15 && x.toks[q].sent == x.toks[i].sent; q++ {
		if x.toks[q].w == "," {
			return true
		}
	}
	return false
}

// postNominal reports whether the participle at token i qualifies the
// common noun before it, itself the object of a preposition after a verb
// of the same clause, and a preposition follows it: "tightened rules for
// advanced chips sold to China", "stopped the flow of weapons smuggled
// into Mexico". The noun, inside a prepositional phrase, is not the verb's
// subject, and the sentence's subject is not its agent. Without a verb
// before it the participle is the clause's own verb ("Talks on trade ended
// in failure").
func (x *extractor) postNominal(cs []cand, i, a, b int) bool {
	if i+1 >= b || !postPreps[x.toks[i+1].w] || i-1 <= a || x.toks[i].tag != "" && x.toks[i].tag != "VBN" {
		return false // "reserves of crude oil fell to": a verb of its own
	}
	for q := i - 1; q > a && q >= i-4; q-- {
		t := x.toks[q]
		if t.ment >= 0 || t.tmx >= 0 || t.cap || !isWordByte(t.w[0]) || postNominalStops[t.w] {
			return false
		}
		if q < i-1 && phrasePreps[t.w] {
			return x.verbBefore(cs, a, q)
		}
		if q == i-1 && (phrasePreps[t.w] || t.tag != "" && !strings.HasPrefix(t.tag, "NN")) {
			return false
		}
	}
	return false
}

// verbBefore reports whether a verb trigger of cs, or a word tagged as a
// finite verb, lies between tokens a and q with no clause boundary after it.
func (x *extractor) verbBefore(cs []cand, a, q int) bool {
	var verbs []int
	for k := range cs {
		if o := &cs[k]; !o.noun && o.i >= a && o.i < q {
			verbs = append(verbs, o.i)
		}
	}
	for n := a; n < q; n++ {
		if t := x.toks[n].tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			verbs = append(verbs, n)
		}
	}
	for _, v := range verbs {
		open := true
		for n := v + 1; n < q; n++ {
			if w := x.toks[n].w; w == "that" || w == "which" || w == "who" || w == "," || w == ";" {
				open = false
				break
			}
		}
		if open {
			return true
		}
	}
	return false
}

// phrasePreps open the prepositional phrase of postNominal, postPreps
// follow its participle.
var (
	phrasePreps      = set("for", "of", "on", "from", "with", "about", "against", "into", "over")
	postPreps        = set("to", "from", "into", "by", "in", "at", "under", "through", "across", "abroad", "overseas")
	postNominalStops = set("that", "which", "who", "whom", "whose", "it", "he", "she", "they", "we", "i", "you", "and", "or", "but",
		"is", "are", "was", "were", "be", "been", "has", "have", "had", "not")
)

// afterComma reports whether token i follows a comma, or a comma and a
// closing quotation mark (`an "Antennagate," saying`), inside the
// sentence starting at token a, with a trigger-bearing clause before it.
func (x *extractor) afterComma(i, a int) bool {
	k := i - 1
	if k > a && (x.toks[k].w == "\"" || x.toks[k].w == "”") {
		k--
	}
	return k > a && x.toks[k].w == ","
}

// adverbialBefore reports whether the word before token i is "before" or
// "since" used as an adverb, after an auxiliary or an adverb: "Apple Corps
// has twice before sued", "has since filed".
func (x *extractor) adverbialBefore(i, a int) bool {
	if i-2 < a {
		return false
	}
	p, pp := x.toks[i-1].w, x.toks[i-2].w
	return (p == "before" || p == "since") && (auxiliaries[pp] || adverbs[pp] || negation[pp])
}

// frontPhrase reports whether the time expression at token k lies in a
// prepositional phrase that opens the sentence (starting at token a) and
// ends in a comma before token i, with no verb trigger inside it: "In a
// July 16 press conference, Jobs said" dates "said" as well as the
// "conference" that holds the date, since the phrase sets the time of the
// clause it introduces.
func (x *extractor) frontPhrase(cs []cand, k, i, a, b int) bool {
	if k <= a || !frontPreps[x.toks[a].w] {
		return false
	}
	n := a + 1
	for n < b && x.toks[n].w != "," && !boundaries[x.toks[n].w] {
		n++
	}
	if n >= b || x.toks[n].w != "," || k >= n || n >= i {
		return false
	}
	for _, o := range cs {
		if !o.noun && o.i > a && o.i < n {
			return false
		}
	}
	return true
}

// participleFront returns the comma closing a phrase of a past participle
// that opens the clause at token a and tells when its subject came to be
// what it is ("Born in 1943 in Uppsala,", "Founded in 1998,", "Elected in
// 2018,"), or -1. Its time is the participle's, not the main verb's; a
// participle of the occasion ("Asked on Monday about tariffs, Trump said")
// is not one of these.
func (x *extractor) participleFront(a, b int) int {
	if a >= b || !frontParticiples[x.toks[a].w] {
		return -1
	}
	for n := a + 1; n < b && n <= a+12; n++ {
		if x.toks[n].w == "," {
			return n
		}
		if boundaries[x.toks[n].w] {
			break
		}
	}
	return -1
}

// frontParticiples are the participles of participleFront.
var frontParticiples = set("born", "founded", "established", "elected", "re-elected", "appointed", "named", "educated",
	"raised", "built", "launched", "formed", "created", "incorporated", "opened", "introduced", "acquired", "hired",
	"drafted", "ordained", "listed", "nationalized", "privatized", "privatised", "nationalised")

// frontPreps are the prepositions of a sentence-initial phrase that sets
// the time of its clause (see frontPhrase).
var frontPreps = set("in", "at", "during", "on")

// focusDays is how many days before the document's date an explicit day
// may lie and still become the narrative's reference time (see
// extractor.focus): a news report's "yesterday", "on Monday", "Friday".
const focusDays = 7

// moveFocus makes the day of the last explicitly dated verb of a sentence
// with an agent or a target the narrative's reference time when it lies
// within focusDays before the document's date ("today" brings it back to
// that date). An event noun does not move it: "following a report from
// May 2" looks back from the narrative instead of advancing it; nor does
// reported speech ("She noted that Trump issued an order on April 30").
func (x *extractor) moveFocus(cs []cand) {
	pub := x.doc.Published
	if pub.Precision != graph.Day {
		return
	}
	for k := range cs {
		c := &cs[k]
		if !c.explicit || c.noun || c.reported || !hasCore(c.ev.Participants) || c.ev.Timex < 0 || c.ev.Date.Precision != graph.Day ||
			x.refDate(x.toks[c.j].Start) != pub {
			continue
		}
		if x.bullet.Known() && x.toks[c.i].Start < x.bulletEnd {
			continue // "- Nov. 12 – The House passed the bill": a list's entry, not the narrative's day
		}
		if c.ev.Date.Value <= pub.Value && daysApart(c.ev.Date, pub) <= focusDays && !x.flashback(c) && !x.pluperfect(c) {
			x.focus = c.ev.Date
		}
	}
}

// flashback reports whether candidate c's time expression looks back from
// the narrative to a day before its reference time ("rejected the tariffs
// last Friday", "held talks the day before" after "told the committee on
// Thursday"): the narrative does not move back with it.
func (x *extractor) flashback(c *cand) bool {
	if !x.focus.Known() || c.ev.Date.Value >= x.focus.Value {
		return false
	}
	tx := x.doc.Timexes[c.ev.Timex]
	for _, w := range strings.Fields(strings.ToLower(x.doc.Text[tx.Start:tx.End])) {
		if backWords[w] {
			return true
		}
	}
	return false
}

// scopeEnders open a clause of their own: a negation or a modal before them
// does not reach a verb after them.
var scopeEnders = set("until", "till", "unless", "because", "although", "though", "whereas")

// preventedBy returns the token of the verb that prevents gerund c ("barred
// the government from deporting", "to stop Mexico from extraditing"), or
// -1.
func (x *extractor) preventedBy(c *cand, a int) int {
	if c.noun || c.t.form != 'g' || c.i-2 < a || x.toks[c.i-1].w != "from" {
		return -1
	}
	for k := c.i - 2; k >= a && k >= c.i-8; k-- {
		w := x.toks[k].w
		if preventVerbs[w] {
			return k
		}
		if w == "," || boundaries[w] && x.toks[k].ment < 0 {
			return -1
		}
	}
	return -1
}

// preventVerbs keep someone from doing what follows "from".
var preventVerbs = set("bar", "bars", "barred", "barring", "prevent", "prevents", "prevented", "preventing",
	"stop", "stops", "stopped", "stopping", "block", "blocks", "blocked", "blocking", "ban", "bans", "banned",
	"banning", "prohibit", "prohibits", "prohibited", "prohibiting", "forbid", "forbids", "forbade", "forbidding",
	"restrain", "restrains", "restrained", "restraining", "enjoin", "enjoins", "enjoined", "enjoining", "keep",
	"keeps", "kept", "keeping", "deter", "deters", "deterred", "deterring")

// pluperfect reports whether verb candidate c is in the past perfect ("had
// issued an order on Saturday"): a step back from the narrative, which does
// not move with it.
func (x *extractor) pluperfect(c *cand) bool {
	if c.noun {
		return false
	}
	for k := c.i - 1; k >= 0 && k >= c.i-4 && x.toks[k].sent == x.toks[c.i].sent; k-- {
		w := x.toks[k].w
		if w == "had" || w == "'d" {
			return true
		}
		if !adverbs[w] && !negation[w] && !beForms[w] && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// backWords make a time expression look back: "last Friday", "the day
// before", "a week earlier", "the previous day", "two days ago".
var backWords = set("last", "earlier", "before", "previous", "prior", "ago")

// narrative reports whether a candidate without a time expression of its
// own is told in the narrative's past: a verb in the simple past or a
// participle ("demoed", "was praised"), or a gerund adjunct of one ("While
// introducing iPhone 4, Jobs started"), not a present or progressive form.
func (x *extractor) narrative(c *cand) bool {
	if c.noun {
		return false
	}
	switch c.t.form {
	case 'd':
		return true
	case 'g':
		return c.i == 0 || !beForms[x.toks[c.i-1].w]
	}
	return false
}

// nameYear reports whether token k (of a sentence starting at token a) is
// a bare year that belongs to a name ("WWDC 2005", "Worldwide Developers
// Conference 2010", "Windows 95"): it follows a capitalized word that is
// neither the sentence's first nor part of a time expression. Such a year
// names an edition, not the time of the sentence's events.
func (x *extractor) nameYear(k, a int) bool {
	t := x.toks[k]
	if len(t.w) != 4 || !isNumber(t.w) || k+1 < len(x.toks) && x.toks[k+1].tmx == t.tmx {
		return false
	}
	if x.lawYear(k) {
		return true
	}
	if k <= a+1 {
		return false
	}
	p := x.toks[k-1]
	return p.cap && p.tmx < 0
}

// instruments are the nouns of debts whose maturity "due" dates.
var instruments = map[string]bool{"bond": true, "bonds": true, "eurobond": true, "eurobonds": true, "note": true,
	"notes": true, "debenture": true, "debentures": true, "loan": true, "loans": true, "securities": true,
	"bill": true, "bills": true, "paper": true, "obligations": true, "certificates": true, "warrants": true,
	"issue": true, "issues": true, "tranche": true, "stock": true, "shares": true, "mortgage": true, "credit": true, "facility": true}

// periodEnd reports whether the time expression at token k (of a sentence
// starting at token a) ends an accounting period ("for the year ended
// December 31, 1986") and candidate c reports or states: the results of
// the period are reported after it, on the document's day. What happened
// in the period ("earnings rose in the half ended December 31") keeps the
// date.
func (x *extractor) periodEnd(k, a int, c *cand) bool {
	if c.ev.Type != graph.Report && c.ev.Type != graph.Statement {
		return false
	}
	return k-2 >= a && (x.toks[k-1].w == "ended" || x.toks[k-1].w == "ending") && periodNouns[x.toks[k-2].w]
}

// resultsPeriod reports whether the time expression at token k names the
// period of the results candidate c reports or states ("Onyx reported a
// 1986 net loss", "reported fourth quarter earnings"): they are reported
// after it, on the document's day or when another expression of the
// sentence says.
func (x *extractor) resultsPeriod(k int, c *cand) bool {
	if c.ev.Type != graph.Report && c.ev.Type != graph.Statement {
		return false
	}
	// past the expression and any that follows ("fourth quarter fiscal
	// 1986 earnings")
	end := k + 1
	for end < len(x.toks) && x.toks[end].sent == x.toks[k].sent &&
		(x.toks[end].tmx >= 0 || x.toks[end].w == "fiscal" || x.toks[end].w == "calendar") {
		end++
	}
	return end < len(x.toks) && x.toks[end].sent == x.toks[k].sent && resultNouns[x.toks[end].w]
}

// payment reports whether the time expression at token k (of a sentence
// starting at token a) is when a dividend is paid or who holds the shares
// on it ("payable April 13 to shareholders of record March 13", "pay March
// 31, record March 26"): it dates the payment, not the declaring.
func (x *extractor) payment(k, a int) bool {
	if k-2 >= a && x.toks[k-1].w == "on" {
		k-- // "shareholders of record on March 16"
	}
	if k-1 < a {
		return false
	}
	switch x.toks[k-1].w {
	case "payable", "record", "pay", "paid":
		return true
	}
	return false
}

// resultNouns are the words of a company's results that a period names
// before them ("1986 net loss", "fourth quarter earnings").
var resultNouns = map[string]bool{"net": true, "earnings": true, "loss": true, "losses": true, "profit": true,
	"profits": true, "income": true, "results": true, "revenue": true, "revenues": true, "sales": true,
	"turnover": true, "pretax": true, "pre-tax": true, "operating": true, "dividend": true, "dividends": true}

// periodNouns are the accounting periods whose end date ("the quarter ended
// March 31") names the period.
var periodNouns = map[string]bool{"year": true, "quarter": true, "months": true, "period": true, "weeks": true,
	"half": true, "month": true}

// maturity reports whether the time expression at token k (of a sentence
// starting at token a) is a debt's maturity or names the debt ("a 50 mln
// dlr bond due April 7, 1997", "debentures due 2012", "notes of 1997", "the
// 2011 maturity"): the date is the bond's, not the time of the issue the
// sentence reports.
func (x *extractor) maturity(k, a int) bool {
	// "the 2011 maturity", "8.50 pct December 2012 tap stock": the date
	// names the debt
	if v := x.doc.Timexes[x.toks[k].tmx].Value; len(v) == 4 || len(v) == 7 {
		// a year or a month of a year, not a day ("said Tuesday stock
		// prices fell")
		if next, ok := x.afterTimex(k); ok {
			if w := x.toks[next].w; w == "maturity" || w == "maturities" || w == "tap" || instruments[w] && w != "issue" && w != "credit" {
				return true
			}
		}
	}
	// "issues maturing between September 1988 and September 1991": both
	if k-2 > a && x.toks[k-1].w == "and" && x.toks[k-2].tmx >= 0 {
		k -= 2
		for k > a && x.toks[k-1].tmx == x.toks[k].tmx {
			k--
		}
	}
	if k-2 > a && x.toks[k-1].w == "between" {
		k--
	}
	if k-2 > a && x.toks[k-1].w == "on" {
		k-- // "a eurobond maturing on March 25, 1992"
	}
	if k-2 >= a && x.toks[k-1].w == "of" && instruments[x.toks[k-2].w] {
		return true // "its 11.20 pct notes of 1997"
	}
	if k-1 <= a || x.toks[k-1].w != "due" && x.toks[k-1].w != "maturing" {
		return false
	}
	if x.toks[k-1].w == "maturing" {
		return true // "a 50-day repurchase agreement maturing on May 2": only debts mature
	}
	for j := k - 2; j >= a && j >= k-6; j-- {
		if instruments[x.toks[j].w] {
			return true
		}
	}
	return false
}

// datesOther reports whether the time expression at token k, in candidate
// c's sentence [a, b) and clause (from cs0), dates something other than c:
// a name, a debt, a shipment, a comparison's standard, a results period, a
// dividend's payment, an extension's deadline, or another conjunct's event.
func (x *extractor) datesOther(cs []cand, c *cand, k, a, b, cs0 int) bool {
	if k > a && c.ev.Lemma == "extend" && extendBounds[x.toks[k-1].w] && (x.toks[k-1].w != "from" || x.newDeadline(k, a, b)) {
		return true // "extended the offer to April 17 from March 13": the deadlines
	}
	return x.nameYear(k, a) || x.maturity(k, a) || x.shipping(k, a, c) || x.comparison(cs, k, a) ||
		x.resultsPeriod(k, c) || x.payment(k, a) || x.otherConjunct(cs, c, k, cs0) || x.purposePeriod(c, k, a)
}

// purposePeriod reports whether the time expression at token k, after
// candidate c, follows "for" and so names the period of a thing rather than
// the time of c: "introduce a bill for 1987", "told MPs he had hit his
// growth target for 2004", "attributed blame for the 1989 disaster",
// "expects to report a loss for the year". It does not when the expression
// follows a word of scheduling ("a strike set for March 9", "an election
// predicted for next May") or c's own noun ("orders for 1986"), or when c
// is a change over the period ("sales rose 5 pct for the month").
func (x *extractor) purposePeriod(c *cand, k, a int) bool {
	// "a bill for 1987 and 1988 wheat": the second names a period too
	for k-2 > a && rangeLinks[x.toks[k-1].w] && x.toks[k-2].tmx >= 0 {
		k -= 2
		for k > a && x.toks[k-1].tmx == x.toks[k].tmx {
			k--
		}
	}
	p := k - 1
	if p > a && x.toks[p].w == "the" {
		p--
	}
	if p <= a || x.toks[p].w != "for" || k < c.i || p-1 == c.j || scheduling[x.toks[p-1].w] {
		return false
	}
	return !changeLemmas[c.ev.Lemma]
}

// rangeLinks join two time expressions into a pair or a range.
var rangeLinks = set("and", "or", "to", "-", "/", "through")

// scheduling words put an event at the time that follows them with "for".
var scheduling = set("set", "scheduled", "slated", "planned", "due", "predicted", "expected", "timed", "fixed",
	"called", "targeted", "pencilled", "penciled", "earmarked", "booked", "reserved", "postponed", "delayed",
	"rescheduled", "moved", "date")

// changeLemmas are the events that are a change of a quantity over a
// period: the period dates them.
var changeLemmas = set("rise", "fall", "gain", "drop", "increase", "decrease", "decline", "climb", "jump", "slip",
	"grow", "shrink", "surge", "plunge", "slump", "soar", "tumble", "ease", "earn", "lose", "rebound", "dip",
	"sink", "advance", "improve", "weaken", "strengthen", "total", "average")

// afterTimex returns the token after the time expression that token k is
// part of, and whether there is one in k's sentence.
func (x *extractor) afterTimex(k int) (int, bool) {
	end := k + 1
	for end < len(x.toks) && x.toks[end].tmx == x.toks[k].tmx {
		end++
	}
	return end, end < len(x.toks) && x.toks[end].sent == x.toks[k].sent
}

// extendBounds are the prepositions before the new or the old deadline of
// an extension ("extended to April 3 from March 13", "until March 31").
var extendBounds = map[string]bool{"to": true, "through": true, "until": true, "till": true, "from": true}

// newDeadline reports whether a time expression other than the one at
// token k follows "to", "until", "through" or "till" in the sentence of
// tokens [a, b): "from March 13" is then the old deadline of an extension,
// not when it takes effect ("will extend its trading hours from May 1").
func (x *extractor) newDeadline(k, a, b int) bool {
	for j := a + 1; j < b; j++ {
		t := x.toks[j]
		if t.tmx >= 0 && t.tmx != x.toks[k].tmx && x.toks[j-1].tmx != t.tmx && x.toks[j-1].w != "from" && extendBounds[x.toks[j-1].w] {
			return true
		}
	}
	return false
}

// comparisonMarkers open the standard a figure is compared with: "rose to
// 1.01 mln from 0.9 mln a year earlier", "against 917 one year ago", "up
// 10 pct over the same period last year", "higher than a year ago".
// "compared", "compares" and "comparison" take "with" or "to" ("compared
// with 1.5 mln in 1985").
// currencySigns are the tokens of a currency before an amount.
var currencySigns = set("$", "£", "€", "¥")

var comparisonMarkers = map[string]bool{"from": true, "against": true, "versus": true, "vs": true, "vs.": true,
	"over": true, "than": true}

// multiples compare an amount with another: "double its share in 2021",
// "half the level of 1985".
var multiples = map[string]bool{"double": true, "twice": true, "triple": true, "treble": true, "half": true,
	"quadruple": true}

// comparisonOpeners are the words before "with" or "to" that make it a
// comparison marker.
var comparisonOpeners = map[string]bool{"compared": true, "compares": true, "comparison": true, "comparing": true}

// anaphoricPast are the words of a time expression that places its time
// before another one ("a year earlier", "one year ago", "the previous
// year", "last year", "the year-ago quarter").
var anaphoricPast = []string{"ago", "earlier", "previous", "prior", "before", "last"}

// samePeriod reports whether a lower-cased text names the same period of
// another time ("the same period last year", "the comparable quarter"), not
// the same day or time as another event ("from the same day").
func samePeriod(lower string) bool {
	ws := strings.Fields(lower)
	for i := 0; i+1 < len(ws); i++ {
		if periodOf(ws[i], ws[i+1]) {
			return true
		}
	}
	return false
}

// periodOf reports whether adj and noun are "same", "comparable" or
// "corresponding" and a period ("quarter").
func periodOf(adj, noun string) bool {
	switch adj {
	case "same", "comparable", "corresponding":
	default:
		return false
	}
	switch noun {
	case "period", "month", "quarter", "year", "week", "half", "season":
		return true
	}
	return false
}

// comparison reports whether the time expression at token k (of a sentence
// starting at token a) is the standard of a comparison: the figure it
// dates is the one the reported one is measured against ("sales rose to
// 1.01 mln from 0.9 mln a year earlier", "a net loss of 1.16 billion dlrs,
// down from a gain of 301.8 mln a year ago", "compared with the same
// period last year"), or a "year-ago" before the noun it dates ("the
// year-ago quarter"). It dates that figure, not the event. The expression
// must follow a comparison marker either directly and place its time
// before another ("from a year earlier", "than last year"), or across an
// amount or "the same period" without a verb, a name, a clause or another
// time expression between them ("from 265,925 ounces the previous year",
// "up from a loss of 1.1 mln dlrs, or 19 cts a share, in 1985").
func (x *extractor) comparison(cs []cand, k, a int) bool {
	t := x.toks[k]
	tx := x.doc.Timexes[t.tmx]
	lower := strings.ToLower(x.doc.Text[tx.Start:tx.End])
	if strings.HasSuffix(lower, "year-ago") || strings.HasSuffix(lower, "year-earlier") {
		// "the year-ago quarter", "a year-ago loss": before a noun
		if next, ok := x.afterTimex(k); ok && isLetters(x.toks[next].w) {
			return true
		}
	}
	anaphoric := samePeriod(lower)
	for _, w := range anaphoricPast {
		if strings.Contains(lower, w) {
			anaphoric = true
			break
		}
	}
	amount, same, articles := false, false, true
	for j := k - 1; j >= a && j >= k-16; j-- {
		p := x.toks[j]
		if x.comparisonMarker(j, a) {
			if multiples[p.w] {
				// "20.8% of the vote, double its share in 2021": a multiple
				// set off by a comma compares; not "sold half its finance
				// arm and recapitalised in 2003", "lost half its value in
				// 2004"
				return j > a && x.toks[j-1].w == "," && k-j <= 6 && !x.coordinatorBetween(j, k) && !x.commaBetween(j, k)
			}
			if amount || same {
				return true
			}
			if !anaphoric || !articles {
				return false
			}
			if strings.Contains(lower, "last") || strings.Contains(lower, "past") {
				// "over the last week" is during it, "suspended payments
				// from last January" since then; "rose 96.2 pct from last
				// year" compares an amount
				return p.w != "over" && x.amountBefore(j, a)
			}
			return true
		}
		if p.w != "the" && p.w != "a" && p.w != "an" {
			articles = false
		}
		switch {
		case p.tmx >= 0, p.ment >= 0, verbAt(cs, j), strings.HasPrefix(p.tag, "VB"), p.w == "to", p.w == "that", p.w == "which", p.w == "who",
			p.w == "when", p.w == ";", p.w == ":":
			return false
		case isAmount(p.w):
			amount = true
		case j+1 < k && periodOf(p.w, x.toks[j+1].w):
			same = true // "from 12,861 cars in the same period of 1986"
		}
	}
	return false
}

// comparisonMarker reports whether token j (of a sentence starting at
// token a) opens a comparison's standard: not "over" or "than" before a
// number, or "than" after "more", "less", "fewer" or "rather" ("over 5 mln
// dlrs", "more than 20 pct" are quantities).
func (x *extractor) comparisonMarker(j, a int) bool {
	w := x.toks[j].w
	if w == "with" || w == "to" {
		return j > a && comparisonOpeners[x.toks[j-1].w]
	}
	if multiples[w] && j+1 < len(x.toks) {
		// "20.8% of the vote, double its share in 2021": the share is
		// the standard
		switch x.toks[j+1].w {
		case "its", "their", "his", "her", "the", "that":
			return true
		}
		return false
	}
	if !comparisonMarkers[w] {
		return false
	}
	if w == "over" || w == "than" {
		n := j + 1
		if n+1 < len(x.toks) && currencySigns[x.toks[n].w] {
			n++ // "over $1bn"
		}
		if n < len(x.toks) && (isNumber(x.toks[n].w) || isAmount(x.toks[n].w)) && !x.bareYear(n) {
			return false
		}
		if j > a && w == "than" {
			switch x.toks[j-1].w {
			case "more", "less", "fewer", "rather":
				return false
			}
		}
	}
	return true
}

// amountBefore reports whether a number stands among the six tokens before
// token j, in its sentence from token a.
func (x *extractor) amountBefore(j, a int) bool {
	for i := j - 1; i >= a && i >= j-6; i-- {
		if x.toks[i].tmx < 0 && isAmount(x.toks[i].w) {
			return true
		}
	}
	return false
}

// bareYear reports whether token k is a whole time expression that is a
// year ("over 1986").
func (x *extractor) bareYear(k int) bool {
	t := x.toks[k]
	if t.tmx < 0 || len(t.w) != 4 {
		return false
	}
	tx := x.doc.Timexes[t.tmx]
	return tx.Start == t.Start && tx.End == t.End
}

// shippingNouns name the moving of goods, whose period a sale states
// ("sold 18,000 tonnes for shipment April 15/May 15").
var shippingNouns = map[string]bool{"shipment": true, "shipments": true, "delivery": true, "deliveries": true,
	"loading": true, "arrival": true}

// shipping reports whether the time expression at token k (of a sentence
// starting at token a) is the period of a shipment or delivery ("for
// shipment April 15/May 15", "for delivery in May", "for April shipment") that candidate c, a
// sale or a purchase, is not itself: it dates the goods' moving, not the
// deal the sentence reports.
func (x *extractor) shipping(k, a int, c *cand) bool {
	if shippingNouns[x.toks[c.j].w] {
		return false
	}
	// "for April shipment", "for March 15/April 15 shipment", "for March
	// 20 to April 5 delivery"
	end := k + 1
	for end < len(x.toks) && x.toks[end].sent == x.toks[k].sent {
		if w := x.toks[end].w; x.toks[end].tmx < 0 && w != "/" && w != "-" && w != "–" && w != "to" && w != "and" {
			break
		}
		end++
	}
	if end < len(x.toks) && x.toks[end].sent == x.toks[k].sent && shippingNouns[x.toks[end].w] {
		return true
	}
	// Walk back over the period's words ("for shipment April 15/May 15":
	// both days) to the noun.
	for j := k - 1; j >= a && j >= k-10; j-- {
		t := x.toks[j]
		switch {
		case shippingNouns[t.w]:
			return true
		case t.tmx >= 0:
		case t.w == "in", t.w == "on", t.w == "from", t.w == "during", t.w == "by", t.w == "between",
			t.w == "until", t.w == "through", t.w == "to", t.w == "and", t.w == "/", t.w == "-", t.w == "–":
		default:
			return false
		}
	}
	return false
}

// lawHeads are the last words of the names of laws and agreements.
var lawHeads = map[string]bool{"act": true, "law": true, "treaty": true, "accord": true, "accords": true,
	"agreement": true, "convention": true, "amendments": true, "code": true}

// lawYear reports whether the year at token k is part of the name of a law
// or an agreement: "the Securities Act of 1933", "the 1933 Glass-Steagall
// Act". It names the law, not the time of what the sentence reports.
func (x *extractor) lawYear(k int) bool {
	if k >= 2 && x.toks[k-1].w == "of" && x.toks[k-2].cap && lawHeads[x.toks[k-2].w] {
		return true
	}
	for j := k + 1; j < len(x.toks) && j <= k+5; j++ {
		t := x.toks[j]
		if !t.cap && t.w != "-" {
			return false
		}
		if lawHeads[t.w] && j > k+1 {
			return true
		}
	}
	return false
}

// closerTrigger reports whether another candidate with participants in the
// clause [cs0, ce) is nearer than d tokens to the time expression at token k.
func (x *extractor) closerTrigger(cs []cand, c *cand, k, d, cs0, ce int) bool {
	for n := range cs {
		o := &cs[n]
		if o == c || o.i < cs0 || o.i >= ce || !hasCore(o.ev.Participants) && !o.borrowless {
			continue
		}
		if o.t.form == 'g' && o.i == c.j+1 && c.j > c.i {
			continue // "signed an order imposing them in late January": the signing's
		}
		if o.noun && (o.ev.Type == graph.Statement || o.ev.Type == graph.Report) && c.ev.Type == graph.Statement && !c.noun &&
			x.inMedium(o.i) {
			continue // "praised the move in a statement on Thursday": the statement is the praising
		}
		if o.noun && (o.ev.Type == graph.Statement || o.ev.Type == graph.Report) && o.i > k && x.commaBetween(k, o.i) &&
			!x.commaBetween(k, c.i) {
			continue // "extradited him on Tuesday, according to a report": not the report's day
		}
		if x.occasionOf(c, o) {
			continue // "won a landslide at the general election last July": the election's day is the winning's
		}
		if c.content > k && o.i >= c.content {
			continue // "told the Journal yesterday the talks were a step": yesterday is the telling's
		}
		if k < o.i && k > 0 && x.toks[k-1].w == "on" && x.doc.Timexes[x.toks[k].tmx].Date.Precision == graph.Day && !o.noun &&
			!x.futureBefore(c.i, cs0, x.doc.Timexes[x.toks[k].tmx].Date) &&
			closingLemmas[o.ev.Lemma] && x.closingTailAt(o.j, ce, true) && x.closingSubjectIn(cs, cs0, o.i, 8) {
			continue // "will designate the cartel ... on Nov. 24, Secretary of State Marco Rubio said on Sunday": not the reporter's
		}
		if c.ev.Type == graph.Statement && !c.noun && o.noun && c.j < o.i && x.setting(o.i) {
			continue // "told a meeting of the ruling party in Jakarta yesterday": the telling's day
		}
		if !c.noun && o.noun && c.j < o.i && o.i < k && x.objectPhrase(c.j, o.i) && !x.setting(o.i) && !x.commaBetween(o.i, k) &&
			!x.verbBetween(o.i, k) && c.ev.Type != graph.Statement && c.ev.Type != graph.Report && !showLemmas[c.t.lemma] {
			continue // "adopted its 19th package of sanctions against Russia on Thursday": the adopting's day
		}
		if e := x.timexEnd(k); o.i > k && e+1 == o.i && x.toks[e].w == "to" && c.i < k {
			continue // "agreed ... on Monday to reach a deal": Monday is the agreeing's, the deal lies ahead
		}
		if o.i > k && x.subordinatorBetween(k, o.i) {
			continue // "... on Wednesday, the first sanctions since Trump returned": the since-clause is not Wednesday's
		}
		if r := x.restatement(cs, o); r >= 0 && &cs[r] == c {
			continue // "imposed sanctions ... on Wednesday, the first sanctions since": the apposition restates the imposing
		}
		if o.i > k && x.afterBetween(k, o.i, ce) {
			continue // "extradited him on Thursday after Trump called": the after-clause is not Thursday's
		}
		if !c.noun && !o.noun && c.j < k && k < o.i && x.coordinatedAfter(k, o.i) && !x.coordinatorBetween(c.j, k) {
			continue // "declared an emergency on Monday and ordered an evacuation": Monday ends the declaring's phrase
		}
		if !c.noun && !o.noun && (o.t.form == 'g' || o.t.form == 'd' && o.i+1 < ce && x.toks[o.i+1].w == "by") && c.j < k && k < o.i &&
			x.afterComma(o.i, cs0) && !x.commaBetween(c.j, k) {
			continue // "raised taxes in her budget on Wednesday, extending a freeze": the participle shares Wednesday
		}
		if !c.noun && c.j < k && k < o.i && x.clauseJoinedAfter(k, o) && !x.coordinatorBetween(c.j, k) {
			continue // "met Xi in Busan on Thursday, and the White House announced": Thursday ends the meeting's clause
		}
		if (undoLemmas[c.t.lemma] || c.t.lemma == "call off") && !c.noun && o.noun && c.j < o.i && o.i < k && !x.commaBetween(c.j, k) &&
			!x.verbBetween(c.j, o.i) {
			continue // "postponed a vote on the nomination on Thursday": Thursday is the postponing's
		}
		if x.sameObject(c, o) {
			continue // "agreed on a framework trade deal at Turnberry on Sunday": the deal is the agreeing
		}
		if x.pastPlanner(cs, o, k) == c {
			continue // "had agreed to buy Merrill Lynch the day before": the agreeing's day
		}
		if o.noun && !c.noun && c.j < o.i && o.i < k && k-o.i <= 2 && x.objectNoun(c.j, o.i) {
			continue // "had blocked the deal on Jan. 3": the blocking's day
		}
		if min(abs(k-o.i), abs(k-o.j)) < d {
			return true
		}
	}
	return false
}

// factuality sets how the text presents one candidate.
func (x *extractor) factuality(cs []cand, c *cand, gov, a, b int) {
	cs0, _ := x.clause(c.i, a, b)
	from := max(cs0, c.i-5)
	neg, plan, poss, claim := false, false, false, gov >= 0
	for k := from; k < c.i; k++ {
		w := x.toks[k].w
		if x.toks[k].ment >= 0 || x.toks[k].tmx >= 0 || w == "may" && x.toks[k].cap && k > a {
			continue
		}
		switch {
		case scopeEnders[w]:
			// "the truce would not start until Israel received the list":
			// what comes before "until" is not said of what follows it
			neg, plan, poss = false, false, false
		case negation[w] && w != "without":
			neg = true
		case negVerbs[w] && k+1 < c.i && x.toks[k+1].w == "to":
			neg = true
		case modalFut[w]:
			plan = true
		case (w == "would" || w == "'d") && x.futureInPast(cs, c, a, b):
			plan = true // "Trudeau said Canada would appoint a czar"
			if o := x.pastSayer(cs, c); o != nil && o.explicit && o.ev.Date.Earliest != "" && !c.explicit &&
				(c.ev.Date.Earliest == "" || o.ev.Date.Earliest < c.ev.Date.Earliest) {
				// "In 2024 he said he would vote for Harris": after 2024,
				// not after the story
				c.ev.Date, c.ev.Timex, c.inherited = graph.Between(o.ev.Date.Earliest, ""), o.ev.Timex, true
			}
		case modalPos[w] || possibleWords[w]:
			poss = true
		case claimWords[w]:
			claim = true
		}
	}
	if x.preventedBy(c, a) >= 0 {
		neg = true // "barring the government from deporting people"
	}
	if v, put := x.cancelledBy(c, a); v >= 0 {
		// "cancelled a meeting with Trump": it will not take place;
		// "postponed a vote on Greer's nomination": it lies ahead
		if put {
			plan = true
		} else {
			neg = true
		}
	}
	if x.conditional(c.i, a) {
		// "the sanctions could be lifted if Russia agreed to a ceasefire",
		// "unless Mexico extradited him": a condition, not a fact
		poss, plan = true, false
	}
	// an infinitive of a power or a right is a possibility, not a fact:
	// "did not give the president unlimited power to impose tariffs"
	if c.i-2 >= a && x.toks[c.i-1].w == "to" && abilityNouns[x.toks[c.i-2].w] {
		poss = true
	}
	// infinitive or gerund complement of a planning verb, an offer, a
	// request, a threat or an order ("an order to implement measures"), or
	// an infinitive of purpose of a planned event ("to implement measures
	// to prevent arms from entering", "will meet today to discuss");
	// planner is the planning word's token, or -1
	planner, chainAfter := -1, false
	toInf := x.toBefore(c.i, a)
	if o := x.coordinatedInfinitive(cs, c, cs0); o != nil && o.ev.Factuality == graph.Planned {
		// "agreed to pause the controls and to resume purchases": the
		// second infinitive is as planned as the first
		plan, chainAfter = true, o.ev.Date.Earliest != "" && o.ev.Date.Latest == ""
	}
	if c.i > a && (toInf || c.t.form == 'g') {
		for k := c.i - 1; k >= cs0 && k >= c.i-12; k-- {
			w := x.toks[k].w
			if w == "," && !toInf {
				break // "rejected the offer yesterday, calling it": no complement
			}
			if w == "after" || w == "before" {
				break // "called off strikes planned for Sunday after reaching a deal": the deal is not planned
			}
			if planVerbs[w] || toInf && k == c.i-2 && scheduledTo[w] {
				plan, planner = true, k
				break
			}
			if isTrigger(cs, k) {
				nounOnly := true
				for _, o := range cs {
					if (o.i == k || o.j == k) && (!o.noun || o.ev.Type == graph.Offer || o.ev.Type == graph.Request ||
						o.ev.Type == graph.Threat || o.ev.Type == graph.Order) {
						nounOnly = false
					}
				}
				if nounOnly && toInf && k+1 < c.i-1 && x.inPhrase(k, cs0) {
					continue // "agreed at the G7 summit on Monday to reach a deal": past the summit to the agreeing
				}
				for _, o := range cs {
					switch {
					case o.i != k && o.j != k:
					case o.ev.Type == graph.Order && c.t.form == 'g' && !toInf:
						// "signed an executive order imposing a 10% tariff":
						// the order does it, on its day
					case o.ev.Type == graph.Offer || o.ev.Type == graph.Request || o.ev.Type == graph.Threat || o.ev.Type == graph.Order:
						plan, planner = true, k
					case toInf && o.ev.Factuality == graph.Planned && o.i < c.i:
						// a purpose shares its event's time: after a day
						// when that event is ("an order on May 2 to
						// implement measures to prevent arms")
						plan = true
						chainAfter = o.ev.Date.Earliest != "" && o.ev.Date.Latest == ""
					}
				}
				break
			}
		}
	}
	// an event noun that is the object of a rejection, an offer or a
	// request was proposed, not done: "rejects U.S. troop deployment"
	// (but "rejected Trump's offer": the offer itself was made)
	switch c.ev.Type {
	case graph.Offer, graph.Request, graph.Statement, graph.Report, graph.Rejection, graph.Threat:
	default:
		plan = plan || c.noun && x.proposedObject(cs, c, cs0)
	}
	// what a time expression puts wholly after the article's own date had
	// not happened when it was written: "the committee meets tomorrow",
	// "the acquisition is expected to be completed March 13"
	if !neg && !poss && c.explicit && x.doc.DateSource != graph.FromInferred && x.doc.DateSource != graph.FromNone &&
		x.doc.Published.Latest != "" && c.ev.Date.Earliest > x.doc.Published.Latest {
		plan = true
	}
	switch {
	case neg:
		c.ev.Factuality = graph.Negated
	case plan:
		c.ev.Factuality = graph.Planned
	case poss:
		c.ev.Factuality = graph.Possible
	case claim:
		c.ev.Factuality = graph.Claimed
	}
	// a plan made on a day, its own date, is carried out after it:
	// "reached a deal on March 3, agreeing to send troops"
	if plan && !c.explicit && planner >= 0 {
		for _, o := range cs {
			if (o.i == planner || o.j == planner) && o.explicit && o.ev.Date.Known() {
				c.ev.Date, c.ev.Timex = graph.Between(o.ev.Date.Earliest, ""), o.ev.Timex
			}
		}
	}
	// what was planned on a day happens after it: "disclosed on May 3
	// that she rejected a proposal to deploy troops" (not deployed then),
	// "On May 2, Trump issued an order to implement measures", "offered on
	// March 3 to buy the stake" (a time expression before the planning word
	// or right after it dates the planning)
	if plan && (!c.explicit || c.inherited || chainAfter || x.datesPlanner(c, planner)) && c.ev.Date.Known() {
		c.ev.Date = graph.Between(c.ev.Date.Earliest, "")
	}
	if plan && c.ev.Date.Earliest == "" && c.ev.Date.Latest != "" {
		// "is expected to release the remaining hostages by Monday": after
		// the story's day and by Monday, not any time before Monday (a
		// bound not ahead of the story is a past plan's: "urged her to
		// allow" during "a recent call")
		if ref := x.refDate(x.toks[c.j].Start); ref.Earliest != "" && ref.Earliest < c.ev.Date.Latest {
			c.ev.Date.Earliest = ref.Earliest
		}
	}
	if poss && !neg && !c.explicit && c.ev.Date.Known() {
		c.ev.Date = graph.Date{}
	}
}

// conditional reports whether the verb at token i is in a clause opened by
// "if" or "unless" (within ten tokens, no comma or other clause between).
func (x *extractor) conditional(i, a int) bool {
	for k := i - 1; k >= a && k >= i-10; k-- {
		t := x.toks[k]
		if t.ment >= 0 || t.tmx >= 0 {
			continue
		}
		switch t.w {
		case "if", "unless":
			return true
		case ",", ";", ":", "?", "!", "\"", "“", "”", "that", "which", "who", "because", "when", "while", "after", "before",
			"and", "but", "said":
			return false // "How can there be a program if there is no finance?" she said
		}
	}
	return false
}

// mediumOf reports whether candidate c is a statement noun that is the
// medium of a saying verb before it in the sentence ("praised the move in a
// statement", "told Reuters in an interview"): one event, the verb's.
func (x *extractor) mediumOf(cs []cand, c *cand) bool {
	if !c.noun || c.ev.Type != graph.Statement && c.ev.Type != graph.Report || !x.inMedium(c.i) {
		return false
	}
	for k := range cs {
		if o := &cs[k]; !o.noun && o.ev.Type == graph.Statement && o.j < c.i && hasCore(o.ev.Participants) {
			return true
		}
	}
	return false
}

// occasionDup reports whether event noun c is the occasion of a verb
// candidate of the sentence that names its agents too ("Labour won a
// landslide at the general election": the winning, not a second event).
func (x *extractor) occasionDup(cs []cand, c *cand) bool {
	if !c.noun {
		return false
	}
	for k := range cs {
		o := &cs[k]
		if !x.occasionOf(o, c) || !hasCore(o.ev.Participants) {
			continue
		}
		for _, p := range c.ev.Participants {
			if p.Role == graph.Agent && !hasEntity(o.ev.Participants, p.Entity) {
				return false
			}
			if p.Role == graph.Target && !hasEntity(o.ev.Participants, p.Entity) && x.inContent(o, c.i) {
				return false // "said the breakthrough came during a call with Lutnick": the call is what was said
			}
		}
		return true
	}
	return false
}

// settingDup reports whether event noun c is the setting of a statement
// of the sentence whose speakers it names no more than ("Mr Blair told a
// news conference", "In a July 16 press conference, Jobs said").
func (x *extractor) settingDup(cs []cand, c *cand) bool {
	if !c.noun || !x.setting(c.i) {
		return false
	}
	for k := range cs {
		if o := &cs[k]; !o.noun && o.ev.Type == graph.Statement && hasCore(o.ev.Participants) && agentsWithin(c, o) {
			return true
		}
	}
	return false
}

// purposeDup reports whether verb candidate c is a meeting's purpose, an
// infinitive right after it in its clause that reports the same meeting:
// "will meet in Brussels on Dec. 3-4 to discuss support for Ukraine".
func (x *extractor) purposeDup(cs []cand, c *cand) bool {
	if c.noun || c.ev.Type != graph.Meeting || c.i < 1 || x.toks[c.i-1].w != "to" {
		return false
	}
	for k := range cs {
		o := &cs[k]
		if o == c || o.ev.Type != graph.Meeting || o.j >= c.i || c.i-o.j > 12 || !hasCore(o.ev.Participants) ||
			x.commaBetween(o.j, c.i) || x.verbBetween(o.j, c.i-1) {
			continue
		}
		return agentsWithin(c, o)
	}
	return false
}

// agentsWithin reports whether every agent of candidate c takes part in
// candidate o, so that c may be the same event reported again.
func agentsWithin(c, o *cand) bool {
	for _, p := range c.ev.Participants {
		if p.Role == graph.Agent && !hasEntity(o.ev.Participants, p.Entity) {
			return false
		}
	}
	return true
}

// sameObject reports whether event noun o is the object of verb candidate
// c and names what c does, so that both report one event: "agreed on a
// framework trade deal", "agreed to the settlement" (not "filed a suit",
// "approved the acquisition").
func (x *extractor) sameObject(c, o *cand) bool {
	if c.noun || !o.noun || o.ev.Lemma != c.ev.Lemma || o.ev.Type != c.ev.Type || o.i <= c.j {
		return false
	}
	v := c.j
	if v+1 < o.i && (x.toks[v+1].w == "on" || x.toks[v+1].w == "to" || x.toks[v+1].w == "upon") {
		v++
	}
	return x.objectNoun(v, o.i)
}

// foldObjects gives a verb candidate the participants of the event noun it
// takes as its object and reports itself (objectDup), but for places:
// "struck a deal with Trump" is the agreement with Trump.
func (x *extractor) foldObjects(cs []cand) {
	for k := range cs {
		c := &cs[k]
		if !x.objectDup(cs, c) {
			continue
		}
		for n := range cs {
			o := &cs[n]
			if !x.sameObject(o, c) || !hasCore(o.ev.Participants) {
				continue
			}
			for _, p := range c.ev.Participants {
				// not a place, which may only say where ("a deal at Turnberry")
				if !hasEntity(o.ev.Participants, p.Entity) && x.doc.Entities[p.Entity].Kind != graph.Place {
					o.ev.Participants = append(o.ev.Participants, p)
				}
			}
			break
		}
	}
}

// objectDup reports whether event noun c is the object of a verb candidate
// of its type that names its agents too (sameObject): the verb reports it.
func (x *extractor) objectDup(cs []cand, c *cand) bool {
	for k := range cs {
		o := &cs[k]
		if !x.sameObject(o, c) || !hasCore(o.ev.Participants) {
			continue
		}
		return agentsWithin(c, o)
	}
	return false
}

// scheduledBefore reports whether the time expression at token k follows
// a participle of scheduling after token j ("strikes planned for this
// weekend", "a vote scheduled on Friday", "talks set for May"): it is the
// time of the noun the participle qualifies.
func (x *extractor) scheduledBefore(k, j int) bool {
	p := k - 1
	if p > j && (x.toks[p].w == "for" || x.toks[p].w == "on" || x.toks[p].w == "in") {
		p--
	}
	if p <= j+1 || !scheduleParticiples[x.toks[p].w] {
		return false
	}
	n := x.toks[p-1]
	return n.ment < 0 && n.tmx < 0 && !n.cap && isLetters(n.w) && !auxiliaries[n.w] && n.w != "to"
}

// firstSince reports whether the time expression at token k follows
// "since" after "first" in its clause (from token cs0): "the first rate
// cut since 2020" was not made in 2020 nor over the years since.
func (x *extractor) firstSince(k, cs0 int) bool {
	if k < cs0+1 || x.toks[k-1].w != "since" {
		return false
	}
	for q := k - 2; q >= cs0 && q >= k-10; q-- {
		switch x.toks[q].w {
		case "first", "biggest", "largest", "highest", "lowest", "worst", "best":
			return true
		case ",", ";", "and", "but":
			return false
		}
	}
	return false
}

// narrowerAfter reports whether a time expression in tokens [from, to)
// names a known part of date d: "won the 2025 prize on Friday".
func (x *extractor) narrowerAfter(d graph.Date, from, to int) bool {
	for k := from; k < to; k++ {
		if tm := x.toks[k].tmx; tm >= 0 {
			o := x.doc.Timexes[tm].Date
			if o.Known() && o.Value != d.Value && o.Earliest >= d.Earliest && o.Latest <= d.Latest {
				return true
			}
		}
	}
	return false
}

// anniversaryOf returns the token of "anniversary" when event noun c is
// what an anniversary is of ("the anniversary of Alfred Nobel's death",
// "the 80th anniversary of the liberation"), or -1.
func (x *extractor) anniversaryOf(c *cand, a int) int {
	if !c.noun {
		return -1
	}
	for k := c.i - 1; k > a && k >= c.i-6; k-- {
		switch w := x.toks[k].w; {
		case w == "of" && (x.toks[k-1].w == "anniversary" || x.toks[k-1].w == "anniversaries"):
			return k - 1
		case boundaries[w] || w == "," || x.isVerbWord(k, a):
			return -1
		}
	}
	return -1
}

// premodifier reports whether the time expression in tokens [k, end) stands
// between a determiner and the noun it qualifies, outside a prepositional
// phrase: "the October jobs report", "its 2026 budget". It dates the noun,
// not a verb whose object the noun is ("in the February 17 poll", "in the
// 1986 calendar year" still date their clause; date lets "win the 1987
// election" keep the election's year).
func (x *extractor) premodifier(k, end, a, b int) bool {
	if k <= a+1 || end >= b || !articles[x.toks[k-1].w] || x.toks[k-1].w == "'s" || x.toks[k-1].ment >= 0 ||
		prepositions[x.toks[k-2].w] {
		return false
	}
	if tx := x.doc.Timexes[x.toks[k].tmx]; tx.Type != "DATE" || strings.HasSuffix(tx.Value, "_REF") {
		return false // "its current price": the present is the verb's too
	}
	n := x.toks[end]
	return n.ment < 0 && n.tmx < 0 && !n.cap && isLetters(n.w) && !prepositions[n.w] && !x.isVerbWord(end, a) &&
		!boundaries[n.w] && n.w != "and" && n.w != "or"
}

// scheduledTo put the infinitive right after them ahead: "is due to publish
// the report", "is scheduled to meet" (not "fell due to rising costs").
var scheduledTo = set("due", "scheduled", "slated", "poised")

// cancelledBy returns the token of the verb that cancels or puts off event
// noun c, its object ("cancelled a meeting", "postponed the vote on the
// nomination", "called off strikes"), and whether it puts it off rather
// than cancels it; or -1.
func (x *extractor) cancelledBy(c *cand, a int) (int, bool) {
	if !c.noun {
		return -1, false
	}
	for v := c.i - 1; v >= a && v >= c.i-5; v-- {
		if ok, put := x.undoAt(v, c.i, a); ok {
			if x.objectNoun(v, c.i) {
				return v, put
			}
			return -1, false
		}
	}
	return -1, false
}

// undoAt reports whether token v, before event noun i in a sentence
// starting at token a, cancels or puts off what follows it ("cancelled",
// "postponed", the "off" of "called off" or "put off"; not a gerund right
// before the noun, "rescheduling agreement"), and whether it puts it off.
func (x *extractor) undoAt(v, i, a int) (ok, put bool) {
	w := x.toks[v].w
	if t, isV := lex.verb[w]; isV && undoLemmas[t.lemma] && !(t.form == 'g' && v == i-1) {
		return true, putOffLemmas[t.lemma]
	}
	if w == "off" && v > a {
		switch x.toks[v-1].w {
		case "call", "calls", "called", "calling":
			return true, false
		case "put", "puts", "putting":
			return true, true
		}
	}
	return false, false
}

// cancelVerbBefore returns the token of a verb that cancels or puts off
// the phrase holding event noun i, before it in its clause with no boundary
// between ("postponed a vote on Greer's nomination"), or -1.
func (x *extractor) cancelVerbBefore(i, a int) int {
	for v := i - 1; v >= a && v >= i-10; v-- {
		if w := x.toks[v].w; w == "," || boundaries[w] {
			return -1
		}
		if ok, _ := x.undoAt(v, i, a); ok {
			return v
		}
	}
	return -1
}

// prevWord returns the word of the token before token k in a sentence
// starting at token a, or "".
func prevWord(toks []tok, k, a int) string {
	if k <= a {
		return ""
	}
	return toks[k-1].w
}

// undoneRoles gives an event noun that a verb cancels or puts off
// (cancelledBy), without an agent of its own, the verb's agents: "The
// Senate postponed a vote on Greer's nomination" is the Senate's vote.
func (x *extractor) undoneRoles(cs []cand, a int) {
	for k := range cs {
		c := &cs[k]
		v, _ := x.cancelledBy(c, a)
		if v < 0 || c.agents > 0 {
			continue
		}
		for n := range cs {
			o := &cs[n]
			if o.noun || v < o.i || v > o.j+1 {
				continue
			}
			for _, p := range o.ev.Participants {
				if p.Role == graph.Agent && !hasEntity(c.ev.Participants, p.Entity) {
					c.ev.Participants = append(c.ev.Participants, p)
					c.agents++
				}
			}
		}
	}
}

// undoLemmas cancel or put off the event their object names (cancelledBy);
// putOffLemmas put it off.
var (
	undoLemmas   = set("cancel", "postpone", "delay", "defer", "scrap", "abandon")
	putOffLemmas = set("postpone", "delay", "defer")
)

// verbBetween reports whether a verb, an auxiliary, a subject pronoun or an
// infinitive's "to" stands between tokens from and to ("suspended repayments
// in order to start renegotiating", "told the conference he was ready to").
func (x *extractor) verbBetween(from, to int) bool {
	for q := from + 1; q < to; q++ {
		if w := x.toks[q].w; w == "to" || x.isVerbWord(q, from) || finiteAux[w] || subjectPronouns[w] {
			return true
		}
	}
	return false
}

// cancelLemmas undo or move what was set for a time (scheduledBefore).
var cancelLemmas = set("call off", "cancel", "postpone", "delay", "scrap", "suspend", "halt", "abandon", "reschedule",
	"defer", "drop")

// scheduleParticiples qualify a noun with the time it is set for.
var scheduleParticiples = set("planned", "scheduled", "set", "slated", "due", "expected", "called")

// inPhrase reports whether the noun at token k is the object of a
// preposition at most three tokens before it, after token from: "at the G7
// summit".
func (x *extractor) inPhrase(k, from int) bool {
	for q := k - 1; q >= from && q >= k-3; q-- {
		if prepositions[x.toks[q].w] && x.toks[q].ment < 0 {
			return true
		}
		if x.toks[q].w == "," || boundaries[x.toks[q].w] {
			return false
		}
	}
	return false
}

// passiveAt reports whether a passive verb of cs stands at token i.
func passiveAt(cs []cand, i int) bool {
	for k := range cs {
		if cs[k].i == i && cs[k].passive && !cs[k].noun {
			return true
		}
	}
	return false
}

// appointNext may follow the person an appointment confirms.
var appointNext = set("as", "to", "on", "late", "early", "by", ",", ".", "for", "in")

// timexEnd returns the token after the time expression at token k.
func (x *extractor) timexEnd(k int) int {
	tm := x.toks[k].tmx
	e := k
	for e < len(x.toks) && x.toks[e].tmx == tm && tm >= 0 {
		e++
	}
	return e
}

// subordinatorBetween reports whether a conjunction opening an adverbial
// clause of its own stands between tokens k and i.
func (x *extractor) subordinatorBetween(k, i int) bool {
	for q := k + 1; q < i; q++ {
		switch x.toks[q].w {
		case "since", "because", "when", "while", "until", "although", "unless", "whereas":
			return x.toks[q].tmx < 0
		}
	}
	return false
}

// restatement returns the index in cs of the event that the event noun c
// restates in an apposition ("imposed sanctions on Rosneft on Wednesday,
// the first major sanctions on Moscow since January": one act), or -1: an
// earlier event of c's type in the sentence, then a comma and a
// determiner, with at most two words (an ordinal, an adjective) before c.
func (x *extractor) restatement(cs []cand, c *cand) int {
	// a word after a determiner is a noun, whatever the tagger made of it;
	// a saying or an action of no particular kind restates nothing ("said
	// ..., a treasury statement said" is a second saying)
	switch c.ev.Type {
	case graph.Action, graph.Statement, graph.Report:
		return -1
	}
	if c.i+1 < len(x.toks) && x.toks[c.i+1].sent == x.toks[c.i].sent && x.toks[c.i+1].ment < 0 && !x.toks[c.i+1].cap &&
		isLetters(x.toks[c.i+1].w) && !prepositions[x.toks[c.i+1].w] {
		return -1 // "a newly formed investment group": the noun qualifies another
	}
	d := c.i - 1
	for n := 0; n < 2 && d >= 0 && x.toks[d].ment < 0 && x.toks[d].tmx < 0 && isLetters(x.toks[d].w) &&
		x.toks[d].w != "the" && x.toks[d].w != "a" && x.toks[d].w != "an" && x.toks[d].w != "its" && x.toks[d].w != "their"; n++ {
		d--
	}
	switch {
	case d >= 1 && (x.toks[d].w == "the" || x.toks[d].w == "a" || x.toks[d].w == "an") && x.toks[d-1].w == ",":
	case d >= 2 && (x.toks[d].w == "its" || x.toks[d].w == "their") && x.toks[d-1].w == "in" && x.toks[d-2].w == ",":
		// "sanctioned Rosneft and Lukoil, ..., in its first sanctions on
		// Moscow since Trump took office"
	default:
		return -1
	}
	for k := range cs {
		o := &cs[k]
		if o != c && o.i < d && o.ev.Type == c.ev.Type && x.toks[o.i].sent == x.toks[c.i].sent {
			return k
		}
	}
	return -1
}

// inMedium reports whether the noun at token i is the medium of a saying,
// within three words after "in": "in a statement", "in a television
// interview", "in his speech".
func (x *extractor) inMedium(i int) bool {
	for n := i - 1; n >= 0 && n >= i-3; n-- {
		if x.toks[n].w == "in" {
			return true
		}
		if x.toks[n].tmx >= 0 || x.toks[n].ment >= 0 || x.toks[n].w == "," {
			return false
		}
	}
	return false
}

// dayRange returns the span of a range the expression at token k begins
// or ends: two days joined by a dash ("Dec. 3-4", "June 8 – 10"), "from"
// one day or year "to" or "until" another ("from Nov. 27 to Nov. 30"), or
// "between" one "and" another ("between 2009 and 2014"); or false.
func (x *extractor) dayRange(k int) (graph.Date, bool) {
	tm := x.toks[k].tmx
	txs := x.doc.Timexes
	joined := func(i int) bool { // timexes i and i+1 make a range
		if i < 0 || i+1 >= len(txs) || txs[i].End > txs[i+1].Start {
			return false
		}
		between := strings.ToLower(strings.TrimSpace(x.doc.Text[txs[i].End:txs[i+1].Start]))
		if isDash(between) {
			return true
		}
		before := strings.ToLower(x.doc.Text[max(0, txs[i].Start-8):txs[i].Start])
		bareDay := isNumber(txs[i+1].Text) && len(txs[i+1].Text) <= 2 // "the February 21 to 28 period"
		return (between == "to" || between == "until" || between == "through") && (strings.HasSuffix(before, "from ") || bareDay) ||
			between == "and" && strings.HasSuffix(before, "between ")
	}
	first := tm
	if !joined(tm) {
		if !joined(tm - 1) {
			return graph.Date{}, false
		}
		first = tm - 1
	}
	a, b := txs[first].Date, txs[first+1].Date
	if a.Precision != b.Precision || a.Precision != graph.Day && a.Precision != graph.Year || !(a.Value < b.Value) ||
		a.Precision == graph.Day && daysApart(a, b) > 62 {
		return graph.Date{}, false
	}
	return graph.Between(a.Earliest, b.Latest), true
}

// isDash reports whether w is a dash joining a range.
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// nounParticiple reports whether the time expression at token k follows a
// past participle that qualifies the noun before it and is no candidate of
// its own ("the logo adopted last year", "the plan announced in May"): the
// time is the participle's.
func (x *extractor) nounParticiple(cs []cand, k int) bool {
	p := k - 1
	if p > 0 && (x.toks[p].w == "in" || x.toks[p].w == "on") {
		p--
	}
	if p < 2 {
		return false
	}
	for _, o := range cs {
		if (o.i == p || o.j == p) && hasCore(o.ev.Participants) {
			return false // a participle that names its own participants is an event of its own
		}
	}
	v, n := x.toks[p], x.toks[p-1]
	if v.ment >= 0 || v.tmx >= 0 || v.cap || !strings.HasSuffix(v.w, "ed") || len(v.w) < 5 || v.w == "dated" || v.w == "ended" {
		// (not "in a letter dated March 10": the letter's day is what it
		// tells; nor "in its first quarter ended January 31", periodEnd's)
		return false
	}
	if !(n.ment < 0 && n.tmx < 0 && !n.cap && isLetters(n.w) && !auxiliaries[n.w] && !beForms[n.w] && !adverbs[n.w] &&
		!prepositions[n.w] && !articles[n.w] && !strings.HasSuffix(n.w, "ly") && !isTrigger(cs, p-1) &&
		!subjectPronouns[n.w] && !pronouns[n.w] && n.w != "and" && n.w != "or" && n.w != "that" && n.w != "which" && n.w != "who") {
		return false
	}
	// a noun phrase opened by a determiner, not a clause's subject ("new
	// orders and production slowed in February")
	for q := p - 2; q >= 0 && q >= p-4; q-- {
		w := x.toks[q].w
		if articles[w] {
			// "after the market closed on Wednesday": a clause's subject
			return q == 0 || !clauseSubordinators[x.toks[q-1].w]
		}
		if x.toks[q].ment >= 0 || x.toks[q].tmx >= 0 || x.toks[q].cap || !isLetters(w) || prepositions[w] || w == "and" || w == "or" {
			return false
		}
	}
	return false
}

// pastPlanner returns the verb of planning in the past tense whose
// infinitive candidate c is ("agreed to buy", "decided to sell"), when the
// time expression at token k follows c's phrase and lies wholly before the
// document's date: a past time after the infinitive's object is the
// planning's ("Union Pacific agreed to buy Norfolk Southern in July"),
// while a time to come is the plan's ("agreed to meet Xi in December").
// It returns nil otherwise.
func (x *extractor) pastPlanner(cs []cand, c *cand, k int) *cand {
	if c.noun || c.i < 2 || x.toks[c.i-1].w != "to" || k <= c.j || x.commaBetween(c.j, k) {
		return nil
	}
	var p *cand
	for n := range cs {
		if g := &cs[n]; !g.noun && g.j == c.i-2 {
			p = g
		}
	}
	if p == nil || p.t.form != 'd' || !planVerbs[x.toks[p.j].w] {
		return nil
	}
	tx := x.doc.Timexes[x.toks[k].tmx]
	pub := x.doc.Published
	if tx.Date.Latest == "" || pub.Earliest == "" || tx.Date.Latest >= pub.Earliest || hasWeekday(tx.Text) {
		return nil // "agreed to meet ... at 1000 EST Thursday": a weekday is the meeting's, read past or not
	}
	return p
}

// hasWeekday reports whether s names a day of the week.
func hasWeekday(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if timexWords[strings.Trim(w, ".,")].cls&cWeekday != 0 {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma outside time expressions stands
// between tokens from and to.
func (x *extractor) commaBetween(from, to int) bool {
	for n := from + 1; n < to; n++ {
		if x.toks[n].w == "," && x.toks[n].tmx < 0 {
			return true
		}
	}
	return false
}

// futureInPast reports whether a "would" before candidate c, in its
// sentence [a, b), is the future of a past statement that reports c ("said
// Canada would appoint", "told reporters that it would buy") rather than a
// condition's consequence ("would fall if the price stayed low").
func (x *extractor) futureInPast(cs []cand, c *cand, a, b int) bool {
	said := false
	for _, o := range cs {
		if (o.ev.Type == graph.Statement || o.ev.Type == graph.Report) && !o.noun && o.t.form == 'd' && o.j < c.i {
			said = true
		}
	}
	if !said {
		return false
	}
	for k := a; k < b; k++ {
		if w := x.toks[k].w; w == "if" || w == "unless" || w == "otherwise" {
			return false
		}
	}
	return true
}

// pastSayer returns the nearest past reporting verb before candidate c
// (futureInPast's), or nil.
func (x *extractor) pastSayer(cs []cand, c *cand) *cand {
	var g *cand
	for n := range cs {
		o := &cs[n]
		if (o.ev.Type == graph.Statement || o.ev.Type == graph.Report) && !o.noun && o.t.form == 'd' && o.j < c.i &&
			(g == nil || o.j > g.j) {
			g = o
		}
	}
	return g
}

// datesPlanner reports whether the time expression dating the planned
// complement c dates its planning word at token planner instead: it stands
// before that word, or right after it, alone or after a preposition ("On
// Friday, Taft offered to acquire", "offered on March 3 to buy", "an order
// on April 30, 2025, to ensure"). One further on dates the complement ("will
// ask shareholders at the April 23 meeting to approve", "plans to visit
// Mexico on May 10").
func (x *extractor) datesPlanner(c *cand, planner int) bool {
	if planner < 0 || c.ev.Timex < 0 {
		return false
	}
	start := x.doc.Timexes[c.ev.Timex].Start
	if start < x.toks[planner].Start {
		return true
	}
	if c.i > 1 && x.toks[c.i-1].w == "to" && x.toks[c.i-2].tmx == c.ev.Timex {
		return true // "agreed at the summit on Monday to reach a deal"
	}
	next := planner + 1
	if next < len(x.toks) && prepositions[x.toks[next].w] {
		next++
	}
	return next < len(x.toks) && x.toks[next].Start == start
}

// proposedObject reports whether event noun c is the direct object of a
// verb of rejection, offer or request within five tokens before it in its
// clause (which starts at cs0), with no preposition or comma between:
// "rejects U.S. troop deployment", "offered military assistance".
func (x *extractor) proposedObject(cs []cand, c *cand, cs0 int) bool {
	for k := c.i - 1; k >= cs0 && k >= c.i-5; k-- {
		if w := x.toks[k].w; prepositions[w] || boundaries[w] || w == "," || w == "to" {
			return false // not the verb's object: "asked for information on acquisitions"
		}
		if !isTrigger(cs, k) {
			continue
		}
		for _, o := range cs {
			if (o.i == k || o.j == k) && !o.noun &&
				(o.ev.Type == graph.Rejection || o.ev.Type == graph.Offer || o.ev.Type == graph.Request) {
				return true
			}
		}
		return false
	}
	return false
}

// confidence scores how a candidate was found: a typed trigger with an
// agent and a date from a time expression scores highest.
func (x *extractor) confidence(c *cand) float64 {
	v := 0.3
	if c.ev.Type != graph.Action {
		v += 0.2
	}
	switch {
	case c.agents > 0:
		v += 0.2
	case len(c.ev.Participants) > 0:
		v += 0.1
	}
	switch {
	case c.explicit:
		v += 0.2
	case c.ev.Date.Known():
		v += 0.1
	case c.ev.Date.Earliest != "" || c.ev.Date.Latest != "":
		v += 0.05
	}
	if !c.noun {
		v += 0.05
	}
	if c.governs {
		v -= 0.1
	}
	if c.borrow {
		v -= 0.1
	}
	if c.pronoun {
		v -= 0.05
	}
	v = math.Max(0.05, math.Min(0.95, v))
	return math.Round(v*100) / 100
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
