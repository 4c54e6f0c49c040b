package timeline

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/graph"
)

// EntityEvents returns the timeline of one entity, the way SemEval-2015
// Task 4 asks for it: every event the entity takes part in, with all its
// sources, plus every event mention of which a name of the entity is an
// argument (by one of names, matched as NamesAny does). Products and other
// things the entity recognizer misses ("iPod", "iTunes store") are found
// by the second rule alone: each document that names the entity is read
// again (EventMentions) with every occurrence of a name marked as a
// mention of the entity, so the extractor's own subject, object and
// passive-agent rules decide which mentions the entity takes part in
// ("iPhone 4 has", "unveiled iPhone 4", "was praised by Jobs"), and a
// mention whose sentence merely names it ("Jobs said that iPhone 4 ...")
// is left out. A mention that is a source of a merged event keeps that
// event's date and cross-document identity; any other mention becomes an
// event of its own, dated as its document dates it. entityID may be empty;
// events must hold the merged events and docs the stored documents.
// Mentions in a document's headline are left out: the headline repeats the
// body, whose mentions are the ones SemEval annotates. A two-word name
// ending in a model code is also found in the other orders news writes it
// in ("the 3G iPhone" is "iPhone 3G", see modelVariants). The result is in
// timeline order (see Order) and shares no memory with its inputs.
func EntityEvents(docs []*graph.Document, events []graph.Event, entityID string, names []string) []graph.Event {
	names = modelVariants(names)
	type key struct {
		doc   string
		start int
	}
	at := map[key]int{}
	for i, ev := range events {
		for _, s := range ev.Sources {
			at[key{s.Document, s.Start}] = i
		}
	}
	byID := make(map[string]*graph.Document, len(docs))
	for _, d := range docs {
		if d != nil {
			byID[d.ID] = d
		}
	}
	// headlines repeat the body's events and SemEval does not annotate them
	body := func(s graph.Source) bool {
		d := byID[s.Document]
		return d == nil || !isHeadline(d, s.Sentence)
	}
	whole := map[int]bool{}
	kept := map[int][]graph.Source{}
	themeOf := map[int]bool{} // events[i] has the entity as a participant other than the agent
	var out []graph.Event
	var theme []bool // out[k] has the entity as a participant other than the agent
	// An event the entity acts in or undergoes is the entity's, all its
	// sources; one it is only involved in is kept for the sources whose
	// sentence makes it a participant once possessors of things are set
	// aside ("the text of Jobs's email" is not Jobs's release).
	for i := range events {
		if entityID == "" {
			continue
		}
		for _, p := range events[i].Participants {
			if p.ID == entityID && p.Role != graph.Involved {
				whole[i] = true
			}
		}
		if whole[i] {
			for _, p := range events[i].Participants {
				if p.ID == entityID && p.Role != graph.Agent {
					themeOf[i] = true
				}
			}
		}
	}
	for _, d := range docs {
		if d == nil || !NamesAny(d.Text, names) {
			continue
		}
		aug, target := markNames(d, names)
		for _, m := range EventMentions(aug, nil) {
			sent := d.SentenceText(m.Sentence)
			if isHeadline(d, sent) || !takesPart(m.Participants, target) {
				continue
			}
			if i, ok := at[key{d.ID, m.Trigger.Start}]; ok {
				if !whole[i] {
					for _, s := range events[i].Sources {
						if s.Document == d.ID && s.Start == m.Trigger.Start {
							kept[i] = append(kept[i], s)
						}
					}
					themeOf[i] = themeOf[i] || asTheme(m.Participants, target)
				}
				continue
			}
			m.Date = sinceStart(d, m)
			_, noun := lex.noun[normWord(d.Text[m.Trigger.Start:m.Trigger.End])]
			theme = append(theme, noun || asTheme(m.Participants, target)) // "its launch"
			out = append(out, graph.Event{
				ID:    graph.EventID(d.ID, m.Trigger.Start, m.Type),
				Type:  m.Type,
				Lemma: m.Lemma,
				Date:  m.Date,
				Sources: []graph.Source{{
					Document: d.ID, Title: d.Title, Published: d.Published.Value,
					Sentence: strings.TrimSpace(sent), Start: m.Trigger.Start, End: m.Trigger.End,
					SentenceIndex: d.SentenceNumber(m.Sentence),
					Trigger:       d.Text[m.Trigger.Start:m.Trigger.End],
					Date:          m.Date, Factuality: m.Factuality,
				}},
				Factuality: m.Factuality,
				Confidence: m.Confidence,
			})
		}
	}
	for i := range events {
		srcs := kept[i]
		if whole[i] {
			srcs = events[i].Sources
		}
		var b []graph.Source
		for _, s := range srcs {
			if body(s) {
				b = append(b, s)
			}
		}
		if len(b) > 0 {
			out = append(out, copyEvent(events[i], b))
			theme = append(theme, themeOf[i])
		}
	}
	onceDates(out, theme)
	for i := range out {
		for k, s := range out[i].Sources {
			if d := byID[s.Document]; d != nil {
				out[i].Sources[k].Trigger = withParticle(d.Text, s)
			}
		}
	}
	Order(out)
	return out
}

// withParticle returns the trigger of s with the particle of a phrasal
// verb appended, the way SemEval writes such a trigger ("showed off",
// "took six months off" is "took off", "taking the iPhone out of" is
// "taking out"): the first of the next four words of its sentence that is
// a particle, unless a preposition, a conjunction or punctuation comes
// first, or the particle is "up to" (a bound: "sold up to"). text is the
// document's text; a trigger of more than one word is kept as it is.
func withParticle(text string, s graph.Source) string {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End || strings.ContainsAny(s.Trigger, " _") {
		return s.Trigger
	}
	rest := text[s.End:]
	if i := strings.IndexAny(rest, ".,;:!?\"“”()\n"); i >= 0 {
		rest = rest[:i]
	}
	ws := wordsOf(rest)
	for n, w := range ws[:min(len(ws), 4)] {
		if particles[w.w] {
			if w.w == "up" && n+1 < len(ws) && ws[n+1].w == "to" {
				return s.Trigger
			}
			return s.Trigger + " " + rest[w.Start:w.End]
		}
		if notInVerbPhrase[w.w] {
			break
		}
	}
	return s.Trigger
}

// particles are the adverbs that make a phrasal verb with the verb before
// them ("step down", "show off").
var particles = set("off", "out", "down", "up", "away")

// notInVerbPhrase are the words that end the stretch after a verb in
// which its particle may stand.
var notInVerbPhrase = set("in", "on", "at", "for", "of", "with", "by", "from", "to", "into", "as", "and", "or",
	"that", "which", "who", "than", "since", "after", "before", "while", "when", "is", "are", "was", "were")

// asTheme reports whether one of ps is an entity of target in a role
// other than the agent's: what the event happens to.
func asTheme(ps []graph.LocalParticipant, target map[int]bool) bool {
	for _, p := range ps {
		if target[p.Entity] && p.Role != graph.Agent {
			return true
		}
	}
	return false
}

// onceLemmas are the events that happen to a thing once: it is launched,
// founded, born, introduced once, so every mention of such an event of
// the entity is one event (see onceDates).
var onceLemmas = set("launch", "found", "establish", "bear", "die", "debut", "introduce", "unveil")

// onceDates gives the events of a onceLemmas lemma that happen to the
// entity (theme[k] for events[k]; an event noun of which the entity is an
// argument, "its launch", happens to it) one date: the most precise date one of
// them has from its text (a known date other than its document's
// publication date), which replaces the date of every other such event
// that has none or only a coarser one containing it ("its launch" in an
// article of 2008 is the launch of April 28, 2003 another sentence
// dates). Dates that disagree are left alone.
func onceDates(events []graph.Event, theme []bool) {
	fromText := func(e *graph.Event) bool {
		return e.Date.Known() && len(e.Sources) > 0 && e.Date.Value != e.Sources[0].Published
	}
	anchor := map[string]graph.Date{}
	for k := range events {
		e := &events[k]
		if !theme[k] || !onceLemmas[e.Lemma] || !fromText(e) {
			continue
		}
		if a, ok := anchor[e.Lemma]; !ok || precRank(e.Date.Precision) > precRank(a.Precision) ||
			precRank(e.Date.Precision) == precRank(a.Precision) && e.Date.Value < a.Value {
			anchor[e.Lemma] = e.Date
		}
	}
	for k := range events {
		e := &events[k]
		a, ok := anchor[e.Lemma]
		if !theme[k] || !ok || e.Date == a {
			continue
		}
		coarser := e.Date.Known() && precRank(e.Date.Precision) < precRank(a.Precision) && strings.HasPrefix(a.Value, e.Date.Value)
		if !e.Date.Known() || !fromText(e) || coarser {
			e.Date = a
			for n := range e.Sources {
				e.Sources[n].Date = a
			}
		}
	}
}

// sinceStart returns the date of a mention, except that a state dated
// from a time on ("has been fighting cancer since 2004", an open range
// starting where its time expression starts) is anchored at that time, as
// SemEval anchors it.
func sinceStart(d *graph.Document, m graph.LocalEvent) graph.Date {
	if m.Date.Known() || m.Timex < 0 || m.Timex >= len(d.Timexes) {
		return m.Date
	}
	tx := d.Timexes[m.Timex]
	if !tx.Date.Known() || m.Date.Earliest != tx.Date.Earliest || tx.Start < 0 || tx.Start > len(d.Text) {
		return m.Date
	}
	ws := wordsOf(d.Text[max(0, tx.Start-12):tx.Start])
	if len(ws) == 0 || ws[len(ws)-1].w != "since" {
		return m.Date
	}
	return tx.Date
}

// modelVariants returns names followed by the other ways news names a
// product of every two-word name whose last word is a model code, letters
// and digits mixed: "iPhone 3G" is also "3G iPhone" and "a 3G version of
// its iPhone" ("iPhone 4" stays as it is: "4 iPhone" is a count). names
// is not modified.
func modelVariants(names []string) []string {
	out := append([]string(nil), names...)
	for _, n := range names {
		ws := strings.Fields(n)
		if len(ws) == 2 && isModelCode(ws[1]) && !isModelCode(ws[0]) {
			for _, of := range []string{" ", " version of ", " version of its ", " version of the "} {
				out = append(out, ws[1]+of+ws[0])
			}
		}
	}
	return out
}

// isModelCode reports whether w is made of letters and digits and holds
// both ("3G", "X1").
func isModelCode(w string) bool {
	letter, digit := false, false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r):
			digit = true
		default:
			return false
		}
	}
	return letter && digit
}

// markNames returns a shallow copy of d in which every occurrence of one
// of names is a mention of one local entity, the entity the names stand
// for, and the set of d's local entities that are that entity. The
// entities of d's mentions that hold a name (the recognizer's "iTunes
// Music Store" for "iTunes store", "Jobs" for "Steve Jobs") all become
// that entity, a person when one of them is (the recognizer may take a
// lone surname for a place), so that pronouns resolve to it; an
// occurrence that overlaps no mention, or only mentions shorter than it
// and inside it, becomes a new mention of it in their place (of kind Other
// when no mention held a name). d is not modified.
func markNames(d *graph.Document, names []string) (*graph.Document, map[int]bool) {
	target := map[int]bool{}
	kind, one := graph.Other, -1
	for _, m := range d.Mentions {
		if m.Entity >= 0 && m.Entity < len(d.Entities) && headNamed(m.Text, names) {
			target[m.Entity] = true
			if one < 0 {
				one, kind = m.Entity, m.Kind
			}
			if m.Kind == graph.Person {
				kind = graph.Person
			}
		}
	}
	if kind == graph.Person {
		// a person is also called by the first name alone ("Steve called
		// podcasting ...") and by the surname, which the recognizer may
		// have taken for another entity ("Jobs" as a place): such mentions
		// are of the person too
		first := firstNames(names)
		last := surnames(names)
		for _, m := range d.Mentions {
			if m.Entity < 0 || m.Entity >= len(d.Entities) {
				continue
			}
			if first[m.Text] && !nextCapitalized(d.Text[m.End:]) || last[m.Text] {
				target[m.Entity] = true
			}
		}
		names = names[:len(names):len(names)]
		for n := range first {
			names = append(names, n)
		}
		sort.Strings(names[len(names)-len(first):])
	}
	aug := *d
	aug.Entities = append([]graph.LocalEntity(nil), d.Entities...)
	aug.Mentions = nil
	for _, m := range d.Mentions {
		if target[m.Entity] && (modifiesNoun(d.Text[m.End:]) || possessorOnly(d.Text[m.End:])) {
			continue // "the iPod nano" is not the iPod
		}
		aug.Mentions = append(aug.Mentions, m)
	}
	if one >= 0 {
		aug.Entities[one].Kind = kind
		for i, m := range aug.Mentions {
			if target[m.Entity] {
				aug.Mentions[i].Entity, aug.Mentions[i].Kind = one, kind
			}
		}
	}
	for si, s := range d.Sentences {
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
			continue
		}
		for _, sp := range nameSpans(d.Text[s.Start:s.End], names) {
			sp = graph.Span{Start: sp.Start + s.Start, End: sp.End + s.Start}
			if crossesMention(d.Mentions, sp) || modifiesNoun(d.Text[sp.End:s.End]) || possessorOnly(d.Text[sp.End:s.End]) {
				continue
			}
			if kind == graph.Person && !strings.Contains(d.Text[sp.Start:sp.End], " ") && nextCapitalized(d.Text[sp.End:s.End]) {
				continue // "Steve Ballmer" is not Steve Jobs
			}
			// a longer name swallows the mentions inside it ("a 3G
			// version of its iPhone" is not the iPhone)
			kept := aug.Mentions[:0:0]
			for _, m := range aug.Mentions {
				if m.Start < sp.Start || m.End > sp.End {
					kept = append(kept, m)
				}
			}
			aug.Mentions = kept
			if one < 0 {
				aug.Entities = append(aug.Entities, graph.LocalEntity{Name: names[0], Kind: kind})
				one = len(aug.Entities) - 1
				target[one] = true
			}
			aug.Mentions = append(aug.Mentions, graph.Mention{Span: sp, Text: d.Text[sp.Start:sp.End],
				Kind: kind, Sentence: si, Entity: one})
		}
	}
	sort.SliceStable(aug.Mentions, func(i, j int) bool { return aug.Mentions[i].Start < aug.Mentions[j].Start })
	if one >= 0 && kind != graph.Person {
		aug.Mentions = markIt(&aug, one, kind)
		aug.Mentions = markThe(&aug, one, names, kind)
	}
	return &aug, target
}

// markThe returns d's mentions with every definite description of entity
// e made a mention of it, after e is first mentioned: "the" and the last
// word of one of names when that is a common noun ("the store" after "the
// iTunes store"), and "the" and a word for the kind of thing e is ("the
// company", "the device") when, as for "it" (see markIt), every mention
// that is not a person before it in its sentence and the one before is of
// e. A word that modifies a noun ("the store's", "the phone maker") or is
// part of a mention is left alone.
func markThe(d *graph.Document, e int, names []string, kind graph.Kind) []graph.Mention {
	own := map[string]bool{}
	for _, n := range names {
		ws := strings.Fields(n)
		if last := ws[len(ws)-1]; len(ws) > 1 && len(last) > 2 && last == strings.ToLower(last) && !isModelCode(last) {
			own[last] = true
		}
	}
	generic := otherHeads
	if kind == graph.Organization {
		generic = companyHeads
	}
	out := append([]graph.Mention(nil), d.Mentions...)
	first := -1
	for _, m := range out {
		if m.Entity == e {
			first = m.Start
			break
		}
	}
	if first < 0 {
		return out
	}
	for si, s := range d.Sentences {
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End || s.End <= first {
			continue
		}
		ws := wordsOf(d.Text[s.Start:s.End])
		for k := 1; k < len(ws); k++ {
			w := ws[k]
			if ws[k-1].w != "the" || !own[w.w] && !generic[w.w] {
				continue
			}
			sp := graph.Span{Start: w.Start + s.Start, End: w.End + s.Start}
			if sp.Start <= first || crossesMention(out, sp) || modifiesNoun(d.Text[sp.End:s.End]) ||
				possessorOnly(d.Text[sp.End:s.End]) {
				continue
			}
			ante, other := antecedent(out, sp, kind, e, si)
			if !own[w.w] && (ante < 0 || other) {
				continue
			}
			out = insertMention(out, graph.Mention{Span: sp, Text: d.Text[sp.Start:sp.End], Kind: kind, Sentence: si, Entity: e})
		}
	}
	return out
}

// companyHeads and otherHeads are the nouns a definite description of an
// organization, or of a product or an index, is made of (see markThe).
var (
	companyHeads = set("company", "firm", "automaker", "carmaker", "planemaker", "manufacturer", "corporation",
		"bank", "airline", "carrier", "union", "exchange", "index", "agency")
	otherHeads = set("device", "phone", "smartphone", "handset", "player", "product", "gadget", "service",
		"index", "store", "aircraft", "plane", "jet", "airliner")
)

// firstNames returns the first words of names of two or more words that
// read as given names: capitalized, longer than two letters, not a title.
func firstNames(names []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range names {
		ws := strings.Fields(n)
		if len(ws) < 2 || !nameLike(ws[0]) || titles[strings.ToLower(strings.TrimSuffix(ws[0], "."))] {
			continue
		}
		out[ws[0]] = true
	}
	return out
}

// surnames returns the last words of names of two or more words that read
// as surnames: capitalized, longer than two letters, not a suffix ("Jr").
func surnames(names []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range names {
		ws := strings.Fields(n)
		if len(ws) < 2 || !nameLike(ws[len(ws)-1]) {
			continue
		}
		out[ws[len(ws)-1]] = true
	}
	return out
}

// nameLike reports whether w is capitalized, has more than two letters and
// only letters.
func nameLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if len(w) <= 2 || !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// titles are words that open a person's name without being a given name.
var titles = set("mr", "mrs", "ms", "dr", "sir", "president", "judge", "senator", "governor", "king", "queen",
	"prince", "princess", "lord", "lady", "general", "pope", "saint", "st")

// nextCapitalized reports whether after (the text right after a name)
// starts with a space and a capitalized word ("Steve Ballmer").
func nextCapitalized(after string) bool {
	if !strings.HasPrefix(after, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after[1:])
	return unicode.IsUpper(r)
}

// modifiesNoun reports whether a name followed by after (the text right
// after it) is the modifier of a compound noun rather than its head, so
// that the compound names something else: a lower-case word follows it
// after a space that is neither a function word, an adverb, an event
// trigger ("iPod use", "iPhone 4 has") nor a word for the kind of thing a
// product is ("iPod players"), and that, when it may be a plural noun or a
// verb (-s, -ed, -ing), is followed by an auxiliary or a modal ("iPhone 4
// buyers would"). So "the iPod nano", "the iPod line" and "iPod owners
// will" are not the iPod, "the iPod comes" and "iPod players" are.
func modifiesNoun(after string) bool {
	if !strings.HasPrefix(after, " ") {
		return false
	}
	ws := wordsOf(after[:min(len(after), 80)])
	if len(ws) == 0 || ws[0].Start != 1 {
		return false
	}
	w := after[ws[0].Start:ws[0].End]
	if w != strings.ToLower(w) || strings.ContainsAny(w, "0123456789") || len(w) < 3 {
		return false
	}
	if end := ws[0].End; end < len(after) && !strings.ContainsRune(" ,.;:)", rune(after[end])) {
		return false // "iPod-like", "iPod's"
	}
	if articles[w] || determiners[w] || prepositions[w] || auxiliaries[w] || modalPos[w] || modalFut[w] ||
		adverbs[w] || negation[w] || boundaries[w] || kindWords[w] || strings.HasSuffix(w, "ly") && !lyNouns[w] {
		return false
	}
	switch w {
	case "and", "or", "nor", "but", "that", "which", "who", "whose", "than", "itself", "themselves":
		return false
	}
	if _, ok := TypeOf(w); ok {
		return false
	}
	if _, ok := statives[w]; ok {
		return false
	}
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		if len(ws) < 2 || ws[1].Start != ws[0].End+1 {
			return false
		}
		n := ws[1].w
		return auxiliaries[n] || modalPos[n] || modalFut[n]
	}
	return true
}

// lyNouns are nouns that end like adverbs.
var lyNouns = set("family", "assembly", "supply", "ally", "rally", "monopoly", "anomaly", "reply", "belly", "jelly")

// kindWords name the kind of thing a product or a company is; after a name
// they leave it the head of its noun phrase ("iPod players", "Apple
// computers").
var kindWords = set("player", "players", "device", "devices", "phone", "phones", "smartphone", "smartphones",
	"handset", "handsets", "music", "media", "portable", "digital", "computer", "computers", "tablet",
	"tablets", "laptop", "laptops", "jet", "jets", "plane", "planes", "aircraft", "airliner", "airliners",
	"car", "cars", "vehicle", "vehicles", "company", "group", "index", "shares", "stock", "stocks")

// markIt returns d's mentions with every referring "it" and "its" whose
// antecedent can only be entity e, of kind kind, made a mention of e:
// every mention that is not a person (nor a place, unless e is one) before
// it in its sentence and the one before is of e ("iPhone 4 has a new
// frame. It also has a new screen"; "iPhone 4 will be available in the
// United States and Japan. It comes in two colors"); for an "its" that
// owns an event noun the nearest such mention is enough ("its launch"). An
// "it" that anticipates a clause ("it is not yet clear how", "It was
// announced that") refers to nothing.
func markIt(d *graph.Document, e int, kind graph.Kind) []graph.Mention {
	out := append([]graph.Mention(nil), d.Mentions...)
	for si, s := range d.Sentences {
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
			continue
		}
		ws := wordsOf(d.Text[s.Start:s.End])
		for k, w := range ws {
			if w.w != "it" && w.w != "its" || w.w == "it" && anticipatory(ws[k+1:]) ||
				w.w == "its" && !ownsEvent(ws[k+1:]) {
				continue
			}
			sp := graph.Span{Start: w.Start + s.Start, End: w.End + s.Start}
			ante, other := antecedent(out, sp, kind, e, si)
			// "its launch": the nearest antecedent owns the event; "it"
			// needs every candidate antecedent to agree
			if ante < 0 || other && (w.w != "its" || out[ante].Entity != e) {
				continue
			}
			out = insertMention(out, graph.Mention{Span: sp, Text: d.Text[sp.Start:sp.End], Kind: out[ante].Kind, Sentence: si, Entity: e})
		}
	}
	return out
}

// possessorOnly reports whether a name followed by after is a possessor
// ("iPhone 4's new video calling abilities", "the device 's gyroscope")
// whose possession is no event: only the possessor of an event noun is an
// argument of it ("its launch", "the store's opening").
func possessorOnly(after string) bool {
	t := strings.TrimLeft(after, " ")
	for _, p := range []string{"'s ", "\u2019s ", "' ", "\u2019 "} {
		if strings.HasPrefix(t, p) {
			return !ownsEvent(wordsOf(t[len(p):]))
		}
	}
	return false
}

// ownsEvent reports whether the noun phrase a possessive opens, whose
// words are next, holds an event noun among its first four words.
func ownsEvent(next []word) bool {
	for _, w := range next[:min(len(next), 4)] {
		if prepositions[w.w] || boundaries[w.w] || w.w == "and" || w.w == "or" {
			break
		}
		if _, ok := lex.noun[w.w]; ok {
			return true
		}
	}
	return false
}

// anticipatory reports whether the words after an "it" make it the empty
// subject of a clause to come: a form of be followed, within four words,
// by "that", "to", "how" or "clear".
func anticipatory(next []word) bool {
	if len(next) == 0 || next[0].w != "is" && next[0].w != "was" {
		return false
	}
	for _, w := range next[1:min(len(next), 5)] {
		switch w.w {
		case "that", "to", "how", "clear":
			return true
		}
	}
	return false
}

// headNamed reports whether a mention's text names one of names up to its
// last word, its head: "Apple Computer CEO Steve Jobs" is Steve Jobs, but
// "iPod Mini" is another product than the iPod.
func headNamed(text string, names []string) bool {
	sp := nameSpans(text, names)
	ws := wordsOf(text)
	if len(sp) == 0 || len(ws) == 0 {
		return false
	}
	return sp[len(sp)-1].End == ws[len(ws)-1].End
}

// crossesMention reports whether sp overlaps one of ms without holding all
// of it: sp is that mention or part of it, or straddles its edge.
func crossesMention(ms []graph.Mention, sp graph.Span) bool {
	for _, m := range ms {
		inside := m.Start >= sp.Start && m.End <= sp.End && m.End-m.Start < sp.End-sp.Start
		if m.Start < sp.End && sp.Start < m.End && !inside {
			return true
		}
	}
	return false
}

// takesPart reports whether one of ps is an entity of target.
func takesPart(ps []graph.LocalParticipant, target map[int]bool) bool {
	for _, p := range ps {
		if target[p.Entity] {
			return true
		}
	}
	return false
}

// isHeadline reports whether sentence (its text) is d's title.
func isHeadline(d *graph.Document, sentence string) bool {
	return d.Title != "" && strings.TrimSpace(sentence) == strings.TrimSpace(d.Title)
}

func copyEvent(e graph.Event, sources []graph.Source) graph.Event {
	e.Sources = append([]graph.Source(nil), sources...)
	e.Participants = append([]graph.Participant(nil), e.Participants...)
	e.Conflicts = append([]graph.Conflict(nil), e.Conflicts...)
	return e
}

// NamesAny reports whether text names one of names: the name's words in
// order, ignoring case, with nothing between them but spaces and
// punctuation ("Beatles' Apple Corps" names "Beatles Apple Corps"), except
// that one word may follow a longer name's first word ("iTunes Music Store"
// names "iTunes store"), and with a plural "s" allowed after a last word
// without digits ("iPods", but "iPhone 3GS" is not "iPhone 3G").
func NamesAny(text string, names []string) bool {
	return len(nameSpans(text, names)) > 0
}

// nameSpans returns the byte spans of text that name one of names (as
// NamesAny matches them), in text order, without overlaps: at each word the
// longest match wins.
func nameSpans(text string, names []string) []graph.Span {
	words := wordsOf(text)
	var out []graph.Span
	for i := 0; i < len(words); {
		end := -1
		for _, n := range names {
			if e := matchName(words, i, wordsOf(n)); e > end {
				end = e
			}
		}
		if end < 0 {
			i++
			continue
		}
		out = append(out, graph.Span{Start: words[i].Start, End: words[end-1].End})
		i = end
	}
	return out
}

// matchName returns the index after the last word of name matched at
// words[i], or -1.
func matchName(words []word, i int, nw []word) int {
	if len(nw) == 0 {
		return -1
	}
	// one word may stand between the first and the second word of a
	// longer name ("iTunes Music Store" names "iTunes store")
	for gap := 0; gap <= 1 && (gap == 0 || len(nw) > 1); gap++ {
		if i+len(nw)+gap > len(words) {
			break
		}
		ok := true
		for k, w := range nw {
			at := i + k
			if k > 0 {
				at += gap
			}
			t := words[at].w
			if t != w.w && !(k == len(nw)-1 && t == w.w+"s" && !strings.ContainsAny(w.w, "0123456789")) {
				ok = false
				break
			}
		}
		if ok {
			return i + len(nw) + gap
		}
	}
	return -1
}

// word is a lower-cased run of letters and digits and its span.
type word struct {
	graph.Span
	w string
}

// wordsOf returns the lower-cased runs of letters and digits of s.
func wordsOf(s string) []word {
	var out []word
	start := -1
	for i := 0; i <= len(s); {
		r, size := utf8.RuneError, 1
		if i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		isWord := i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
		switch {
		case isWord && start < 0:
			start = i
		case !isWord && start >= 0:
			out = append(out, word{Span: graph.Span{Start: start, End: i}, w: strings.ToLower(s[start:i])})
			start = -1
		}
		i += size
	}
	return out
}

// antecedent returns the last mention of out (sorted by start) before sp,
// in sp's sentence si or the one before, that a non-person of this kind can
// refer back to (no person; a place only for a place), or -1; other
// reports whether any such candidate is of an entity other than e.
func antecedent(out []graph.Mention, sp graph.Span, kind graph.Kind, e, si int) (ante int, other bool) {
	ante = -1
	for i, m := range out {
		if m.Start >= sp.Start {
			break
		}
		if m.Kind != graph.Person && (m.Kind != graph.Place || kind == graph.Place) && m.Sentence >= si-1 {
			ante = i
			other = other || m.Entity != e
		}
	}
	return ante, other
}

// insertMention inserts m into out, kept sorted by start.
func insertMention(out []graph.Mention, m graph.Mention) []graph.Mention {
	at := sort.Search(len(out), func(i int) bool { return out[i].Start >= m.Start })
	return append(out[:at], append([]graph.Mention{m}, out[at:]...)...)
}
