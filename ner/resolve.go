package ner

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/graph"
)

// kindVote counts votes for kinds.
type kindVote map[graph.Kind]int

// winner returns the kind with most votes, ties going to person, then
// organization, place and other.
func (v kindVote) winner() graph.Kind {
	best, bestN := graph.Other, -1
	for _, k := range []graph.Kind{graph.Person, graph.Organization, graph.Place, graph.Other} {
		if v[k] > bestN {
			best, bestN = k, v[k]
		}
	}
	return best
}

// cand is a mention before resolution.
type cand struct {
	span    graph.Span
	text    string
	kind    graph.Kind
	name    string
	key     string
	sent    int
	tok     [2]int // token range
	cluster string // key of the cluster it ends in
	// weight is the mention's vote for its kind: more than one when its
	// context says what it is ("watchdog Ofcom"), so that such evidence
	// outweighs the tagger's guesses elsewhere in the document.
	weight int
	// tagged is the tagger's kind when the context overrode it.
	tagged graph.Kind
	// title and sex: a title that tells a person's sex, opening the
	// mention or just before it ("Mrs"), and "f" or "m" (see sexTitle).
	title, sex string
	// state marks a country named by its state ("Mexican officials", see
	// stateActors): its words are no alias of the country.
	state bool
	// alias is one more name the mention gives its entity: a nickname
	// (see nicknamed).
	alias string
}

func hasUpper(s string) bool { return strings.IndexFunc(s, unicode.IsUpper) >= 0 }

// mentionCands turns tagged token spans into candidate mentions, dropping
// possessive endings, demonyms, page furniture, handles and names left
// empty, and splitting a name that runs two known names together
// ("White House National Security Council").
func mentionCands(text string, toks []graph.Token, spans []tokSpan, m *Model) []cand {
	var out []cand
	spans = reshapeSpans(spans, toks)
	for i, sp := range spans {
		s, e := sp.start, sp.end
		// "A and W Brands Inc", "Analysis and Technology Inc": a
		// company's name that the tagger began after its "and", when a
		// word of letters alone, not itself in a name, stands before it
		// (not "Aa-2 and Standard and Poor's Corp", "Co. and Bankers Trust")
		if s >= 2 && (toks[s-1].Text == "and" || toks[s-1].Text == "&") && startsUpper(toks[s-2].Text) &&
			strings.IndexFunc(toks[s-2].Text, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 &&
			!legalDesignators[strings.ToLower(toks[s-2].Text)] &&
			toks[s-2].Sentence == toks[s].Sentence && legalDesignators[strings.ToLower(strings.Trim(toks[e-1].Text, ".,"))] &&
			(i == 0 || spans[i-1].end <= s-2) {
			s -= 2
		}
		// "S and P", "A and P": initials joined by "and", of which the
		// tagger took the last
		if e-s == 1 && s >= 2 && isInitial(toks[s].Text) && isInitial(toks[s-2].Text) &&
			(toks[s-1].Text == "and" || toks[s-1].Text == "&") && toks[s-2].Sentence == toks[s].Sentence &&
			(i == 0 || spans[i-1].end <= s-2) {
			s -= 2
		}
		for e > s && (isPossessive(toks[e-1].Text) || !hasLetter(toks[e-1].Text) && !hasDigit(toks[e-1].Text)) {
			e--
		}
		for s < e && !hasLetter(toks[s].Text) && !hasDigit(toks[s].Text) {
			s++
		}
		// a possessive inside a span ends the name when no name word
		// follows it ("the Lords' 750 hereditary peers"; not "McDonald's
		// Corp")
		for k := s + 1; k < e-1; k++ {
			if isPossessive(toks[k].Text) && !startsUpper(toks[k+1].Text) {
				e = k
				break
			}
		}
		if s >= e {
			continue
		}
		if s > 0 && toks[s-1].End == toks[s].Start && (toks[s-1].Text == "@" || toks[s-1].Text == "#") {
			continue
		}
		if c, ok := makeCand(text, toks, s, e, kindOf(sp.typ)); ok {
			c.kind = m.fixKind(c, toks)
			c.title, c.sex = sexTitle(toks, s, e)
			if diseaseAfter(toks, e) {
				c.kind, c.weight = graph.Other, evidenceWeight // "Alzheimer's disease"
			} else if c.kind != graph.Person && e-s == 1 && e < len(toks) && toks[e].Sentence == toks[s].Sentence &&
				leaderNouns[toks[e].Text] {
				c.tagged = c.kind
				c.kind, c.weight = graph.Person, evidenceWeight // "the Biden administration"
			} else if c.kind != graph.Organization && e-s == 1 && e < len(toks) && toks[e].Sentence == toks[s].Sentence &&
				staffNouns[strings.ToLower(toks[e].Text)] {
				c.tagged = c.kind
				c.kind, c.weight = graph.Organization, evidenceWeight // "Railtrack managers"
			} else if k, ok := contextKind(toks, s); ok && k != c.kind && !(c.kind == graph.Person && wordCount(c.name) > 1) &&
				(c.kind != graph.Place || k == graph.Other) {
				c.tagged = c.kind
				c.kind, c.weight = k, evidenceWeight
			}
			out = append(out, c)
		}
	}
	if more := stateActors(text, toks, out); len(more) > 0 {
		out = append(out, more...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	}
	out = nicknamed(text, toks, out)
	// "the company Jobs founded": a word of a person's name in the
	// document is that person after all
	surnames := map[string]bool{}
	for _, c := range out {
		if c.kind == graph.Person && wordCount(c.name) > 1 {
			for _, w := range strings.Fields(strings.ToLower(c.name)) {
				surnames[w] = true
			}
		}
	}
	for i := range out {
		if out[i].weight > 1 && out[i].tagged == graph.Person && surnames[strings.ToLower(out[i].name)] {
			out[i].kind, out[i].weight = graph.Person, 1
		}
	}
	return splitJoined(text, toks, out)
}

// stateActors returns a mention of a country for each "Canadian
// government", "Mexican authorities", "Chinese officials": a demonym that
// is no part of another mention, before a word for the state's own
// bodies. Such a state acts in the news as the country does (the
// government designated cartels, the authorities extradited a suspect).
// cands are the mentions found so far, in text order.
func stateActors(text string, toks []graph.Token, cands []cand) []cand {
	taken := make([]bool, len(toks))
	starts := map[int]int{} // last token of a place mention -> its first
	for _, c := range cands {
		for k := c.tok[0]; k < c.tok[1] && k < len(toks); k++ {
			taken[k] = true
		}
		if c.kind == graph.Place {
			starts[c.tok[1]-1] = c.tok[0]
		}
	}
	var out []cand
	add := func(s, e int, place string) {
		span := graph.Span{Start: toks[s].Start, End: toks[e-1].End}
		out = append(out, cand{span: span, text: text[span.Start:span.End], kind: graph.Place, name: place,
			key: nameKey(place), sent: toks[s].Sentence, tok: [2]int{s, e}, state: true})
	}
	for k := 0; k+1 < len(toks); k++ {
		if taken[k+1] || !startsUpper(toks[k].Text) || toks[k+1].Sentence != toks[k].Sentence ||
			!stateBodies[strings.ToLower(toks[k+1].Text)] {
			continue
		}
		first := k // the first token of the conjunct before the body
		if taken[k] {
			st, ok := starts[k]
			if !ok {
				continue // a name that is no place: "Exxon officials"
			}
			first = st // "U.S. officials": the place is named already
		} else {
			// "South Korean", "West German": a two-word demonym first
			s, place := k, ""
			if k > 0 && !taken[k-1] && toks[k-1].Sentence == toks[k].Sentence {
				if p := demonyms[strings.ToLower(toks[k-1].Text+" "+toks[k].Text)]; p != "" {
					s, place = k-1, p
				}
			}
			if place == "" {
				place = demonyms[strings.ToLower(toks[k].Text)]
			}
			if place == "" || regions[place] {
				continue // "Western diplomats", "European officials": no one state
			}
			add(s, k+2, place)
			first = s
		}
		// "Ukrainian and U.S. officials", "French, German and Italian
		// diplomats": each demonym coordinated before it is a state too
		for j := first - 1; j >= 1 && toks[j].Sentence == toks[k].Sentence && (toks[j].Text == "and" || toks[j].Text == ","); {
			if st, ok := starts[j-1]; ok {
				j = st - 1 // a place named already
				continue
			}
			p := demonyms[strings.ToLower(toks[j-1].Text)]
			if p == "" || regions[p] || taken[j-1] || !startsUpper(toks[j-1].Text) {
				break
			}
			add(j-1, j, p)
			j -= 2
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// nicknamed finds the persons named with a nickname in quotes between
// their names, as news writes cartel leaders ("Ismael "El Mayo" Zambada",
// "Joaquín "El Chapo" Guzmán"), which the tagger breaks into pieces or
// misses. Each becomes one person mention over the whole span, named
// without the nickname ("Ismael Zambada", so that "Zambada" alone links to
// it) and with the nickname as an alias; the pieces it covers are dropped.
// The surname must be a person's elsewhere in the document, or the first
// name a known first name (gazetteers/first-name.txt). cands are in text order, and so is the result.
func nicknamed(text string, toks []graph.Token, cands []cand) []cand {
	surnames := map[string]bool{}
	for _, c := range cands {
		if c.kind == graph.Person {
			ws := strings.Fields(strings.ToLower(c.name))
			surnames[ws[len(ws)-1]] = true
		}
	}
	var found []cand
	for k := 1; k+3 < len(toks); k++ {
		if !openQuotes[toks[k].Text] || !startsUpper(toks[k-1].Text) || toks[k-1].End != toks[k].Start-1 {
			continue
		}
		q := k + 1
		for q < len(toks) && q <= k+4 && !closeQuotes[toks[q].Text] {
			if !startsUpper(toks[q].Text) || !hasLetter(toks[q].Text) {
				q = len(toks)
			}
			q++
		}
		if q >= len(toks) || q == k+1 || !closeQuotes[toks[q].Text] || q+1 >= len(toks) || !startsUpper(toks[q+1].Text) ||
			toks[q+1].Sentence != toks[k].Sentence || toks[k-1].Sentence != toks[k].Sentence {
			continue
		}
		// the given names before, the surname (and a second one) after
		s := k - 1
		for s > 0 && s > k-3 && startsUpper(toks[s-1].Text) && toks[s-1].Sentence == toks[k].Sentence &&
			!titles[strings.ToLower(toks[s-1].Text)] && hasLetter(toks[s-1].Text) && toks[s-1].End == toks[s].Start-1 {
			s--
		}
		e := q + 2
		if e < len(toks) && startsUpper(toks[e].Text) && toks[e].Sentence == toks[k].Sentence && toks[e].Start == toks[e-1].End+1 &&
			!isPossessive(toks[e].Text) {
			e++
		}
		given, family := make([]string, 0, 2), make([]string, 0, 2)
		for n := s; n < k; n++ {
			given = append(given, toks[n].Text)
		}
		for n := q + 1; n < e; n++ {
			family = append(family, stripPossessive(toks[n].Text))
		}
		if !surnames[strings.ToLower(family[len(family)-1])] && firstNameSex(given[0]) == "" && !isFirstName(given[0]) {
			continue
		}
		name := strings.Join(append(given, family...), " ")
		span := graph.Span{Start: toks[s].Start, End: toks[e-1].End}
		nick := text[toks[k+1].Start:toks[q-1].End]
		found = append(found, cand{span: span, text: text[span.Start:span.End], kind: graph.Person, name: name,
			key: nameKey(name), sent: toks[k].Sentence, tok: [2]int{s, e}, alias: nick})
		k = e
	}
	if len(found) == 0 {
		return cands
	}
	out := cands[:0:0]
	for _, c := range cands {
		covered := false
		for _, f := range found {
			if c.tok[0] < f.tok[1] && f.tok[0] < c.tok[1] {
				covered = true
			}
		}
		if !covered {
			out = append(out, c)
		}
	}
	out = append(out, found...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

// openQuotes and closeQuotes are the quotation marks around a nickname.
var (
	openQuotes  = setOf("\"", "“", "'", "‘")
	closeQuotes = setOf("\"", "”", "'", "’")
)

// regions are the places of demonyms that are no state.
var regions = setOf("West", "Europe", "Africa", "Asia", "Latin America", "Arab world")

// stateBodies are the words after a demonym that name its state: "the
// Canadian government".
// ("Mexican President Claudia Sheinbaum" names the person, not Mexico;
// "deploy American troops" names what is sent, not the United States).
var stateBodies = setOf("government", "authorities", "officials", "administration", "prosecutors", "regulators",
	"lawmakers", "ministry", "diplomats", "embassy", "cabinet", "parliament")

// splitWords are lower-case words no name of a person, organization or
// place holds: verbs of saying and being, and conjunctions ("Lib Dems say
// Labour"). A work's title may hold anything. (Not every lower-case word:
// "K mart Corp" and "Federal reserve Board" are names written wrong.)
var splitWords = setOf("say", "says", "said", "tell", "tells", "told", "is", "are", "was", "were", "be", "been",
	"has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did",
	"won", "wins", "beat", "beats", "warned", "warns", "urged", "urges", "asked", "asks", "calls", "called",
	"agreed", "agrees", "wants", "plans", "than", "but", "or", "nor", "if", "when", "while", "because",
	"against", "versus", "vs", "with", "from")

// genericOrgHeads are words that name an organization only with what
// follows them ("Bank of England", "Ministry of Finance").
var genericOrgHeads = setOf("bank", "ministry", "department", "university", "institute", "government", "council",
	"church", "board", "academy", "society", "federation", "union", "league", "court", "office", "embassy",
	"commonwealth", "friends", "house", "museum", "college", "school", "association", "organisation", "organization")

// reshapeSpans mends two kinds of tagged spans: a span that runs over a
// word no name holds (splitWords) is split around it ("Lib Dems say
// Labour" is "Lib Dems" and "Labour"), and an organization's name cut at
// "of" or at a number is joined ("Friends of the Earth", "Bank of
// England", "Fathers 4 Justice") when its first word needs what follows
// it: "Congress of the FCC" and Reuters' "Paccar of Trico" stay apart.
func reshapeSpans(spans []tokSpan, toks []graph.Token) []tokSpan {
	var out []tokSpan
	changed := false
	for _, sp := range spans {
		for k := sp.start + 1; k < sp.end-1; k++ {
			if sp.typ != 3 && (splitWords[toks[k].Text] || listBreak(toks, sp.start, k, sp.end)) {
				out = append(out, tokSpan{sp.start, k, sp.typ})
				sp.start = k + 1
				changed = true
			}
		}
		out = append(out, sp)
	}
	for i := 0; i+1 < len(out); i++ {
		a, b := out[i], out[i+1]
		if a.typ != 1 || b.typ == 0 || b.end-b.start > 4 || toks[a.start].Sentence != toks[b.end-1].Sentence {
			continue
		}
		gap := make([]string, 0, 2)
		for k := a.end; k < b.start && len(gap) <= 2; k++ {
			gap = append(gap, strings.ToLower(toks[k].Text))
		}
		join := false
		switch {
		case len(gap) == 1 && isDigits(gap[0]):
			join = b.typ != 2
		case len(gap) == 1 && gap[0] == "of", len(gap) == 2 && gap[0] == "of" && gap[1] == "the":
			join = a.end-a.start == 1 && genericOrgHeads[strings.ToLower(toks[a.start].Text)]
		}
		if join {
			out[i] = tokSpan{a.start, b.end, 1}
			out = append(out[:i+1], out[i+2:]...)
			changed = true
		}
	}
	if !changed {
		return spans
	}
	return out
}

// listBreak reports whether token k of the span [s, e) separates two
// names of a list the tagger ran together, after a name of two words or
// more: a comma before a name ("House of Fraser, Marks & Spencer"; not
// "Foo, Inc", "Kleinwort, Benson Ltd"), or "and" after a company's or a
// body's full name and before another of two words or more ("China Construction Bank and Bank of China"; not "Standard and Poor's",
// "Marks and Spencer", "Candlewood Bank and Trust Co").
func listBreak(toks []graph.Token, s, k, e int) bool {
	w := toks[k].Text
	next := strings.ToLower(strings.Trim(toks[k+1].Text, ".,"))
	if strings.EqualFold(toks[s].Text, "the") {
		s++
	}
	if k-s < 2 {
		return false // "Kleinwort, Benson Ltd", "The Herald and Weekly Times Ltd"
	}
	switch {
	case w == ",":
		// not a series within a name ("Bear, Stearns and Co", "Ministry of
		// Agriculture, Fisheries and Food")
		series := k+2 < e && toks[k+2].Text == "and"
		return startsUpper(toks[k+1].Text) && !legalDesignators[next] && next != "jr" && next != "sr" && !series
	case w == "and" || w == "&":
		last := strings.ToLower(strings.Trim(toks[k-1].Text, ".,"))
		// the name after it more than a word and designators ("Candlewood
		// Bank and Trust Co" is one bank)
		n := e
		for n > k+1 && legalDesignators[strings.ToLower(strings.Trim(toks[n-1].Text, ".,"))] {
			n--
		}
		return n-k-1 >= 2 && startsUpper(toks[k+1].Text) && (legalDesignators[last] || orgHeads[last])
	}
	return false
}

// votesOf returns how many mentions voted for cl's kind, 0 for nil.
func votesOf(cl *cluster) int {
	if cl == nil {
		return 0
	}
	n := 0
	for _, c := range cl.votes {
		n += c
	}
	return n
}

// isInitial reports whether w is one upper-case letter.
func isInitial(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// isDigits reports whether w is a number written in digits alone.
func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// orgHeads are last words that make a name an organization's.
var orgHeads = setOf(
	"news", "times", "journal", "post", "press", "agency", "council", "party", "bank", "foundation",
	"institute", "university", "college", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "group", "army",
	"navy", "guard", "cartel", "ministry", "department", "committee", "commission", "association",
	"union", "court", "network", "company", "co", "co.", "organization", "organisation", "federation",
	"league", "club", "airlines", "airways", "bureau", "office", "service", "police", "senate", "congress",
	"parliament", "administration", "magazine", "tribune", "herald", "telegraph", "gazette",
	"philharmonic", "orchestra", "symphony", "opera", "ballet", "choir", "plc",
	// utilities and industries that name companies ("Thames Water", "Duke Energy")
	"water", "energy", "motors", "pharmaceuticals", "airline", "railways", "telecom", "holdings",
)

// leaderNouns, written in lower case after a one-word name, make it a
// person's: "the Biden administration", "the Obama presidency".
var leaderNouns = setOf("administration", "presidency", "premiership")

// evidenceWeight is the vote of a mention whose context says its kind.
const evidenceWeight = 3

// orgDescriptors are nouns that, written just before a name, say it is an
// organization's ("watchdog Ofcom", "budget airline Ryanair", "plane maker
// Airbus", "super-regulator Ofcom"). Nouns that also describe people
// ("producer", "developer", "partner") are left out.
var orgDescriptors = setOf(
	"watchdog", "regulator", "airline", "carrier", "firm", "company", "maker", "carmaker", "automaker",
	"giant", "retailer", "insurer", "lender", "broadcaster", "newspaper", "publisher", "label", "conglomerate",
	"supermarket", "chain", "operator", "manufacturer", "brewer", "refiner", "bank", "agency", "band",
	"charity", "carriers", "firms", "companies", "banks", "airlines", "newspapers", "broadcasters",
	"chipmaker", "drugmaker", "telecoms", "utility", "subsidiary", "exporter", "importer", "miner",
	"bookmaker", "bookmakers", "brokerage", "consultancy", "orchestra", "club",
)

// placeOrgHeads are last words that make even a name tagged as a place an
// organization's ("Berlin Philharmonic", "Labour Party"): words that never
// end a place's name.
var placeOrgHeads = setOf(
	"philharmonic", "orchestra", "symphony", "opera", "ballet", "choir", "party", "corp", "corp.", "inc",
	"inc.", "ltd", "ltd.", "plc", "association", "committee", "commission", "federation", "foundation",
	"institute", "ministry", "agency", "airlines", "airways", "bureau", "council",
)

// workDescriptors are nouns that, written just before a name, say it is the
// title of a work ("film biopic Ray", "the opera La Traviata"): other.
var workDescriptors = setOf(
	"film", "movie", "biopic", "album", "novel", "musical", "opera", "documentary", "sitcom", "soap",
	"films", "movies", "albums", "novels", "musicals", "operas",
)

// orgOf are phrases that, written just before a name, say it is an
// organization's: "chairman of Ofcom", "shares in Yukos".
var orgOf = [][]string{
	{"chairman", "of"}, {"chairwoman", "of"}, {"executive", "of"}, {"shareholders", "of"}, {"shareholders", "in"},
	{"shares", "in"}, {"shares", "of"}, {"stake", "in"}, {"subsidiary", "of"}, {"founder", "of"},
	{"boss", "of"}, {"unit", "of"}, {"division", "of"}, {"owner", "of"}, {"owners", "of"},
}

// staffNouns, written right after a one-word name, say it names the
// organization they work for ("Railtrack managers", "Ford workers").
var staffNouns = setOf("managers", "employees", "staff", "workers", "shareholders", "executives", "bosses",
	"engineers", "directors")

// diseaseAfter reports whether the words from token e name a disease the
// name before them is part of ("Alzheimer's disease", "Motor Neurone
// disease", "Asperger syndrome"): the name is no person or place.
func diseaseAfter(toks []graph.Token, e int) bool {
	if e < len(toks) && isPossessive(toks[e].Text) {
		e++
	}
	if e >= len(toks) || e > 0 && toks[e].Sentence != toks[e-1].Sentence {
		return false
	}
	switch strings.ToLower(toks[e].Text) {
	case "disease", "syndrome", "disorder":
		return true
	}
	return false
}

// contextKind returns the kind that the words just before token s
// give them: organization after a descriptor noun (the last part of a
// hyphenated one too: "super-regulator Ofcom") or one of the orgOf
// phrases, other after a work's descriptor; false when they say nothing.
func contextKind(toks []graph.Token, s int) (graph.Kind, bool) {
	if s == 0 || toks[s-1].Sentence != toks[s].Sentence {
		return "", false
	}
	prev := strings.ToLower(toks[s-1].Text)
	if i := strings.LastIndexByte(prev, '-'); i >= 0 {
		prev = prev[i+1:]
	}
	switch {
	case orgDescriptors[prev]:
		return graph.Organization, true
	case workDescriptors[prev]:
		return graph.Other, true
	}
	for _, ph := range orgOf {
		if s < len(ph) {
			continue
		}
		match := true
		for j, w := range ph {
			t := toks[s-len(ph)+j]
			if t.Sentence != toks[s].Sentence || !strings.EqualFold(t.Text, w) {
				match = false
				break
			}
		}
		if match {
			return graph.Organization, true
		}
	}
	return "", false
}

// fixKind corrects the tagger's kind of a mention where the name itself
// says otherwise: a "person" ending in an organization's head word ("Fox
// News") or a "place" ending in one no place ends in ("Berlin
// Philharmonic"), a web domain ("OneStat.com") and an acronym tagged "other" that the training data never calls
// anything but an organization or never saw ("CIA") are organizations.
func (m *Model) fixKind(c cand, toks []graph.Token) graph.Kind {
	switch {
	case c.kind == graph.Person && orgHeads[strings.ToLower(lastWord(c.name))] && wordCount(c.name) > 1:
		return graph.Organization
	case c.kind == graph.Place && placeOrgHeads[strings.ToLower(lastWord(c.name))] && wordCount(c.name) > 1:
		return graph.Organization
	case c.kind != graph.Organization && isDomain(c.name):
		return graph.Organization
	case c.kind == graph.Person && wordCount(c.name) == 1 && len(c.name) > 5 && bankWord(c.name):
		return graph.Organization // "Citibank", "Nordbanken"
	case c.kind == graph.Person && wordCount(c.name) > 1 && orgOpeners[strings.ToLower(strings.Fields(c.name)[0])]:
		return graph.Organization // "Banque Paribas"
	case c.kind == graph.Other && isAcronym(c.name) && !hasDigit(c.name):
		h := uint64(fnvOffset)
		for k := c.tok[0]; k < c.tok[1]; k++ {
			h = gazAdd(h, strings.ToLower(toks[k].Text))
		}
		if m.gaz.entries[h]&(1<<typeIndex("MISC")) == 0 {
			return graph.Organization
		}
	}
	return c.kind
}

// orgOpeners are first words that make a name an organization's in the
// languages news borrows names from ("Banque Paribas", "Grupo Televisa").
var orgOpeners = setOf("banque", "banco", "banca", "bank", "grupo", "groupe", "compagnie", "cie", "societe",
	"société", "sociedad", "societa", "stichting", "fondation", "fundacion", "instituto", "institut", "credit",
	"crédit", "deutsche", "kreditanstalt")

// bankWord reports whether a one-word name is a bank's ("Citibank",
// "Nordbanken", "Fleet Bancorp"'s "Bancorp").
func bankWord(name string) bool {
	l := strings.ToLower(name)
	return strings.HasSuffix(l, "bank") || strings.HasSuffix(l, "banken") || strings.HasSuffix(l, "bancorp")
}

// isDomain reports whether a name is a web domain ("OneStat.com"), a
// company's name in the news.
func isDomain(name string) bool {
	l := strings.ToLower(name)
	if strings.ContainsAny(l, " @") {
		return false
	}
	for _, tld := range []string{".com", ".net", ".org", ".co.uk", ".io"} {
		if len(l) > len(tld) && strings.HasSuffix(l, tld) {
			return true
		}
	}
	return false
}

// makeCand builds the candidate mention of tokens [s, e), or false when it
// is not a name.
func makeCand(text string, toks []graph.Token, s, e int, kind graph.Kind) (cand, bool) {
	words := make([]string, 0, e-s)
	for k := s; k < e; k++ {
		words = append(words, toks[k].Text)
	}
	// a name joined to a word that makes it an adjective ("Paris-based",
	// "American-flagged") is the name alone; the mention stays the token
	if last := words[len(words)-1]; strings.Contains(last, "-") {
		i := strings.LastIndexByte(last, '-')
		if suf := last[i+1:]; adjectiveSuffix(suf) && hasUpper(last[:i]) {
			words[len(words)-1] = last[:i] // "New York-based" is New York
		}
	}
	name, kind := canonName(words, kind)
	lname := strings.ToLower(name)
	if name == "" || junk[lname] || demonyms[lname] != "" || !hasUpper(name) || onlyTitles(words) ||
		strings.ContainsAny(name, "()\"=<>{}[]“”") {
		return cand{}, false
	}
	span := graph.Span{Start: toks[s].Start, End: toks[e-1].End}
	return cand{span: span, text: text[span.Start:span.End], kind: kind,
		name: name, key: nameKey(name), sent: toks[s].Sentence, tok: [2]int{s, e}}, true
}

// adjectiveSuffix reports whether w, written after a hyphen, makes the
// word before it an adjective: a participle ("led", "flagged",
// "appointed") or one of a few such words ("based", "born", "style").
func adjectiveSuffix(w string) bool {
	if w == "" || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
		return false
	}
	switch w {
	case "based", "born", "made", "run", "style", "era", "type", "like", "wide", "bound", "held", "built",
		"grown", "speaking", "owned", "led", "friendly", "focused", "only":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed")
}

// onlyTitles reports whether a mention's words, two or more besides
// possessive marks, are titles alone ("Lord Chancellor", "Prime Minister"):
// a role, not a name. Bodies named by such words ("White House", "Armed
// Services") are not roles.
func onlyTitles(words []string) bool {
	var ws []string
	for _, w := range words {
		if !isPossessive(w) {
			ws = append(ws, strings.ToLower(stripPossessive(w)))
		}
	}
	if len(ws) < 2 || orgHeads[ws[len(ws)-1]] || bodyTitles[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws {
		if !titles[w] {
			return false
		}
	}
	return true
}

// bodyTitles are words of the titles list that end the names of bodies,
// not of roles.
var bodyTitles = setOf("house", "senate", "army", "navy", "security", "trade", "state", "border", "health",
	"economy", "homeland", "u.s.", "us", "u.n.", "un", "national", "interior", "finance", "defense", "defence",
	"energy", "oil", "agriculture", "commerce", "labor", "labour", "transport", "transportation", "industry",
	"education", "treasury", "environment", "petroleum", "planning")

// hyphenedPersons splits a one-word mention such as "Trump-Sheinbaum"
// into one person mention per part when every part is a word of a person's
// name in the document, or returns nil.
func hyphenedPersons(c cand, personWords map[string]bool) []cand {
	if c.tok[1]-c.tok[0] != 1 || !strings.Contains(c.text, "-") {
		return nil
	}
	parts := strings.Split(c.text, "-")
	for _, p := range parts {
		if !startsUpper(p) || !personWords[strings.ToLower(p)] {
			return nil
		}
	}
	out := make([]cand, 0, len(parts))
	off := c.span.Start
	for _, p := range parts {
		name, kind := canonName([]string{p}, graph.Person)
		out = append(out, cand{span: graph.Span{Start: off, End: off + len(p)}, text: p, kind: kind,
			name: name, key: nameKey(name), sent: c.sent, tok: c.tok})
		off += len(p) + 1
	}
	return out
}

// splitJoined splits a mention of four or more words whose first words are
// a name mentioned on its own elsewhere in the document and whose rest is
// at least two capitalized words, and hyphenated persons (hyphenedPersons).
func splitJoined(text string, toks []graph.Token, cands []cand) []cand {
	known := map[string]graph.Kind{}
	for _, c := range cands {
		if wordCount(c.name) >= 2 {
			known[c.key] = c.kind
		}
	}
	personWords := map[string]bool{}
	for _, c := range cands {
		if c.kind == graph.Person {
			for _, w := range strings.Fields(strings.ToLower(c.name)) {
				personWords[w] = true
			}
		}
	}
	var out []cand
	for _, c := range cands {
		if parts := hyphenedPersons(c, personWords); parts != nil {
			out = append(out, parts...)
			continue
		}
		s, e := c.tok[0], c.tok[1]
		split := false
		for k := e - 2; k >= s+2 && e-s >= 4; k-- {
			if !startsUpper(toks[k].Text) {
				continue
			}
			head, ok := makeCand(text, toks, s, k, c.kind)
			if !ok || head.key == c.key {
				continue
			}
			kind, isKnown := known[head.key]
			if !isKnown {
				continue
			}
			tail, ok := makeCand(text, toks, k, e, c.kind)
			if !ok {
				continue
			}
			head.kind = kind
			out = append(out, head, tail)
			split = true
			break
		}
		if !split {
			out = append(out, c)
		}
	}
	return out
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// cluster is a group of names resolved to one entity.
type cluster struct {
	key    string
	name   string // fullest name
	words  int
	first  int // index of first mention
	votes  kindVote
	count  int
	parent string
	// surnamed: a mention carried a title that only precedes a surname
	// ("Mr Howard"), so the name is no first name.
	surnamed bool
}

// resolve groups candidate mentions into document-local entities.
func resolve(text string, toks []graph.Token, spans []tokSpan, m *Model) ([]graph.Mention, []graph.LocalEntity) {
	cands := mentionCands(text, toks, spans, m)
	if len(cands) == 0 {
		return nil, nil
	}
	cands = surnameEchoes(text, toks, cands)
	separateSpouses(cands)
	keepTitleOfOtherSex(cands)
	byKey := map[string]*cluster{}
	var keys []string
	for i, c := range cands {
		cl := byKey[c.key]
		if cl == nil {
			cl = &cluster{key: c.key, name: c.name, words: wordCount(c.name), first: i, votes: kindVote{}}
			byKey[c.key] = cl
			keys = append(keys, c.key)
		}
		cl.votes[c.kind] += max(c.weight, 1)
		cl.count++
		if surnameTitles[strings.ToLower(c.title)] {
			cl.surnamed = true
		}
	}
	kindOf := func(cl *cluster) graph.Kind { return cl.votes.winner() }
	// Longer names first, so short names find their full forms.
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := byKey[keys[i]], byKey[keys[j]]
		if a.words != b.words {
			return a.words > b.words
		}
		return a.first < b.first
	})
	ix := newShortIndex(keys, byKey)
	for _, k := range keys {
		cl := byKey[k]
		target := linkShort(cl.name, kindOf(cl), ix, byKey, k, kindOf)
		if target == "" {
			target = linkFirmWord(cl, keys, byKey, kindOf)
		}
		if target == "" {
			target = linkFirstName(cl, keys, byKey, kindOf)
		}
		if target != "" {
			cl.parent = target
		}
	}
	root := func(k string) string {
		for byKey[k].parent != "" {
			k = byKey[k].parent
		}
		return k
	}
	// Gather members into roots.
	type ent struct {
		key     string
		first   int
		votes   kindVote
		names   map[string]bool
		best    *cluster
		mention int
	}
	ents := map[string]*ent{}
	for i := range cands {
		r := root(cands[i].key)
		cands[i].cluster = r
		e := ents[r]
		if e == nil {
			e = &ent{key: r, first: i, votes: kindVote{}, names: map[string]bool{}}
			ents[r] = e
		}
		e.votes[cands[i].kind] += max(cands[i].weight, 1)
		e.mention++
		e.names[cands[i].name] = true
		if !cands[i].state {
			e.names[cleanSurface(cands[i].text)] = true
		}
		if cands[i].alias != "" {
			e.names[cands[i].alias] = true
		}
		cl := byKey[cands[i].key]
		if e.best == nil || cl.words > e.best.words || cl.words == e.best.words && cl.count > e.best.count {
			e.best = cl
		}
	}
	order := make([]*ent, 0, len(ents))
	for _, e := range ents {
		order = append(order, e)
	}
	sort.Slice(order, func(i, j int) bool { return order[i].first < order[j].first })
	index := map[string]int{}
	entities := make([]graph.LocalEntity, len(order))
	for i, e := range order {
		index[e.key] = i
		name := possessiveForm(e.best.name, maps.Keys(e.names))
		var aliases []string
		for n := range e.names {
			if n != name && n != "" {
				aliases = append(aliases, n)
			}
		}
		sort.Strings(aliases)
		entities[i] = graph.LocalEntity{Name: name, Kind: e.votes.winner(), Aliases: aliases, Mentions: e.mention}
	}
	mentions := make([]graph.Mention, len(cands))
	for i, c := range cands {
		ei := index[c.cluster]
		mentions[i] = graph.Mention{Span: c.span, Text: c.text, Kind: entities[ei].Kind, Sentence: c.sent, Entity: ei}
	}
	return mentions, entities
}

// surnameEchoes adds, to a document's candidate mentions in text order,
// the occurrences of a named person's surname the tagger left out ("Trump
// fired Slaughter and another commissioner" after "Rebecca Slaughter"): a
// capitalized token equal to the last word of a person's name of two or
// more words, standing alone (no capitalized word beside it) and not
// opening a sentence unless a reporting or auxiliary verb follows it.
func surnameEchoes(text string, toks []graph.Token, cands []cand) []cand {
	surnames := map[string]bool{}
	covered := map[int]bool{}
	for _, c := range cands {
		for k := c.tok[0]; k < c.tok[1]; k++ {
			covered[k] = true
		}
		if c.kind != graph.Person {
			continue
		}
		ws := strings.Fields(c.name)
		if len(ws) < 2 {
			continue
		}
		last := ws[len(ws)-1]
		if r, _ := utf8.DecodeRuneInString(last); len(last) >= 3 && unicode.IsUpper(r) && isLettersOnly(last) &&
			!junk[strings.ToLower(last)] && strings.ToUpper(last) != last {
			surnames[last] = true
		}
	}
	if len(surnames) == 0 {
		return cands
	}
	added := false
	for k, t := range toks {
		if covered[k] || !surnames[t.Text] {
			continue
		}
		capBeside := func(q int) bool {
			if q < 0 || q >= len(toks) || toks[q].Sentence != t.Sentence {
				return false
			}
			r, _ := utf8.DecodeRuneInString(toks[q].Text)
			return unicode.IsUpper(r)
		}
		opens := k == 0 || toks[k-1].Sentence != t.Sentence
		if capBeside(k+1) || !opens && capBeside(k-1) {
			continue // "Michael Jackson", "Jackson Hole": another name
		}
		if opens && !(k+1 < len(toks) && echoVerbs[strings.ToLower(toks[k+1].Text)]) {
			continue // "Rice prices rose"
		}
		if c, ok := makeCand(text, toks, k, k+1, graph.Person); ok {
			c.weight = 1
			cands = append(cands, c)
			added = true
		}
	}
	if added {
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].span.Start < cands[j].span.Start })
	}
	return cands
}

// echoVerbs may follow a surname that opens a sentence ("Slaughter said").
var echoVerbs = setOf("said", "says", "told", "added", "has", "had", "was", "is", "will", "would", "wrote", "declined")

// isLettersOnly reports whether s holds letters alone.
func isLettersOnly(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// Titles that tell a person's sex.
var (
	femaleTitles = setOf("mrs", "ms", "miss", "lady", "baroness", "dame", "madam", "madame")
	maleTitles   = setOf("mr", "lord", "sir")
	// surnameTitles precede a surname, never a first name alone ("Mr
	// Howard" is not Howard Flight; "Sir Howard" may be).
	surnameTitles = setOf("mr", "mrs", "ms", "miss", "lord", "baroness", "madame")
)

// Common English first names by sex, for telling which titled surname goes
// with a full name (separateSpouses); names given to both are left out.
var (
	maleNames = setOf(
		"aaron", "adam", "alan", "albert", "alexander", "andrew", "anthony", "arthur", "barry", "benjamin",
		"bernard", "bill", "bob", "brian", "bruce", "carl", "charles", "christopher", "colin", "craig", "daniel",
		"david", "dennis", "donald", "douglas", "edward", "eric", "frank", "fred", "gary", "george", "gerald",
		"gordon", "graham", "gregory", "harold", "harry", "henry", "howard", "ian", "jack", "james", "jason",
		"jeffrey", "jeremy", "jim", "joe", "john", "jonathan", "joseph", "keith", "kenneth", "kevin", "larry",
		"lawrence", "malcolm", "mark", "martin", "matthew", "michael", "neil", "nicholas", "nigel", "norman",
		"patrick", "paul", "peter", "philip", "ralph", "raymond", "richard", "robert", "roger", "ronald", "roy",
		"russell", "samuel", "scott", "simon", "stephen", "steve", "steven", "stuart", "thomas", "timothy",
		"tom", "tony", "victor", "walter", "william", "vladimir", "mohammed", "muhammad", "ahmed", "ali",
		"hans", "juan", "jose", "carlos", "pierre", "jean-pierre", "giuseppe", "sergei", "dmitry", "ivan",
	)
	femaleNames = setOf(
		"alice", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara", "betty", "carol", "caroline",
		"catherine", "charlotte", "cherie", "christine", "claire", "claudia", "deborah", "diana", "diane",
		"donna", "dorothy", "elizabeth", "emily", "emma", "helen", "hillary", "jane", "janet", "jennifer",
		"jessica", "joan", "judith", "julia", "julie", "karen", "kate", "katherine", "kathleen", "laura",
		"linda", "lisa", "louise", "margaret", "maria", "marie", "mary", "melania", "michelle", "nancy",
		"natalie", "nicola", "patricia", "rachel", "rebecca", "ruth", "sandra", "sarah", "sharon", "sophie",
		"stephanie", "susan", "teresa", "theresa", "tessa", "valerie", "victoria", "virginia", "wendy",
		"angela", "ursula", "christina", "hannah", "jacqueline", "jill", "laura", "nadia", "olga", "sonia",
	)
)

// sexTitle returns the title that opens tokens [s, e) or stands just
// before them when it tells a person's sex ("Mrs Howard"), and "f" or "m";
// or "", "".
func sexTitle(toks []graph.Token, s, e int) (title, sex string) {
	for _, k := range []int{s, s - 1} {
		if k < 0 || k >= e || toks[k].Sentence != toks[s].Sentence {
			continue
		}
		w := strings.TrimSuffix(toks[k].Text, ".")
		if !startsUpper(w) {
			continue // "will miss Steve": a verb, not a title
		}
		switch lw := strings.ToLower(w); {
		case femaleTitles[lw]:
			return w, "f"
		case maleTitles[lw]:
			return w, "m"
		}
	}
	return "", ""
}

// separateSpouses keeps apart two people a document names by one surname
// and titles of both sexes ("Mr Howard" and "Mrs Howard"): the mentions
// whose title does not suit the first name of the full name in the document
// ("Michael Howard": Mrs), or else the rarer title (Mrs on a tie), keep
// their title in their name, so that they are not linked to the full name
// the others stand for.
func separateSpouses(cands []cand) {
	count := map[string]map[string]int{}
	for _, c := range cands {
		if c.kind == graph.Person && c.sex != "" {
			if count[c.key] == nil {
				count[c.key] = map[string]int{}
			}
			count[c.key][c.sex]++
		}
	}
	// the sex of a full name ending in the surname, by its first name
	fullNameSex := map[string]string{}
	for _, c := range cands {
		ws := strings.Fields(c.name)
		if c.kind != graph.Person || len(ws) < 2 || count[nameKey(ws[len(ws)-1])] == nil {
			continue
		}
		first := strings.ToLower(ws[0])
		switch {
		case maleNames[first]:
			fullNameSex[nameKey(ws[len(ws)-1])] = "m"
		case femaleNames[first]:
			fullNameSex[nameKey(ws[len(ws)-1])] = "f"
		}
	}
	for i := range cands {
		c := &cands[i]
		n := count[c.key]
		if c.kind != graph.Person || n["f"] == 0 || n["m"] == 0 {
			continue
		}
		rare := fullNameSex[c.key]
		switch {
		case rare != "":
			rare = map[string]string{"m": "f", "f": "m"}[rare]
		case n["m"] < n["f"]:
			rare = "m"
		default:
			rare = "f"
		}
		if c.sex == rare {
			c.name = c.title + " " + c.name
			c.key = nameKey(c.name)
		}
	}
}

// keepTitleOfOtherSex keeps the title in the name of a surname mention
// whose title tells a sex that no full name of the document ending in that
// surname has ("Mrs Reagan" in a story that names only Ronald Reagan, or
// none), so that it is linked neither to him here nor, through the bare
// surname, across the collection; Link joins it to a full name of its sex.
func keepTitleOfOtherSex(cands []cand) {
	sexes := map[string]map[string]bool{} // surname key -> sexes of its full names
	for _, c := range cands {
		ws := strings.Fields(c.name)
		if c.kind != graph.Person || len(ws) < 2 {
			continue
		}
		k := nameKey(ws[len(ws)-1])
		if sexes[k] == nil {
			sexes[k] = map[string]bool{}
		}
		sexes[k][firstNameSex(ws[0])] = true
	}
	for i := range cands {
		c := &cands[i]
		if c.kind != graph.Person || c.sex == "" || wordCount(c.name) != 1 || sexes[c.key][c.sex] || sexes[c.key][""] ||
			firstNameSex(c.name) != "" {
			continue
		}
		if c.sex == "m" && len(sexes[c.key]) == 0 {
			continue // "Mr Howard" alone is the man the surname most often names
		}
		c.name = c.title + " " + c.name
		c.key = nameKey(c.name)
	}
}

// firstNameSex returns "m" or "f" for a common first name of that sex, or
// "" when the name tells neither.
func firstNameSex(w string) string {
	switch w = strings.ToLower(w); {
	case maleNames[w]:
		return "m"
	case femaleNames[w]:
		return "f"
	}
	return ""
}

// linkFirstName links, within one document, a person named by one word to
// the one person of the document whose full name begins with it ("Walter is
// the ideal candidate" after "Walter Smith"), and returns its key or "". A
// word that also ends another person's name is left alone.
func linkFirstName(cl *cluster, keys []string, byKey map[string]*cluster, kindOf func(*cluster) graph.Kind) string {
	if cl.words != 1 || cl.surnamed || kindOf(cl) != graph.Person {
		return ""
	}
	w := strings.ToLower(cl.name)
	found := ""
	for _, k := range keys {
		o := byKey[k]
		if k == cl.key || o.words < 2 || kindOf(o) != graph.Person {
			continue
		}
		ws := strings.Fields(strings.ToLower(o.name))
		if ws[len(ws)-1] == w {
			return ""
		}
		if ws[0] == w && o.parent == "" {
			if found != "" && found != k {
				return ""
			}
			found = k
		}
	}
	return found
}

// firmWords are the generic words that follow a company's own name
// ("Bastian Technologies Corp").
var firmWords = setOf("technologies", "technology", "industries", "group", "holdings", "holding",
	"international", "systems", "communications", "enterprises", "resources", "laboratories", "labs",
	"petroleum", "pharmaceuticals", "electronics", "partners", "associates", "services", "products")

// linkFirmWord links, within one document, an organization named by one
// word to the one company of the document named by that word and generic
// ones ("Bastian" for "Bastian Technologies Corp"), and returns its key or
// "". Across documents the word alone says too little ("United" is not
// "United Technologies").
func linkFirmWord(cl *cluster, keys []string, byKey map[string]*cluster, kindOf func(*cluster) graph.Kind) string {
	if cl.words != 1 || kindOf(cl) != graph.Organization {
		return ""
	}
	found := ""
	for _, k := range keys {
		o := byKey[k]
		if k == cl.key || o.parent != "" || o.words < 2 || kindOf(o) != graph.Organization {
			continue
		}
		ws := strings.Fields(strings.ToLower(strings.ReplaceAll(o.name, ".", "")))
		n := len(ws)
		for n > 1 && (legalDesignators[strings.TrimRight(ws[n-1], ",")] || firmWords[ws[n-1]]) {
			n--
		}
		if n == 1 && n < len(ws) && ws[0] == strings.ToLower(cl.name) {
			if found != "" {
				return ""
			}
			found = k
		}
	}
	return found
}

// cleanSurface is a mention's text with spaces normalized and any glued
// possessive dropped.
func cleanSurface(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return stripPossessive(s)
}

// shortIndex finds the fuller names a short name may stand for without
// scanning every name: by lower-cased trailing words ("trump" and "donald
// trump" for "President Donald Trump") and by initials ("CIA").
type shortIndex struct {
	bySuffix   map[string][]string
	byInitials map[string][]string
	// byBase indexes company names by their base ("apple" for "Apple Inc.").
	byBase map[string][]string
	// firmFirst holds the lower-cased first words of companies' names
	// ("hughes" for "Hughes Tool Co").
	firmFirst map[string]bool
}

func newShortIndex(keys []string, byKey map[string]*cluster) *shortIndex {
	ix := &shortIndex{bySuffix: map[string][]string{}, byInitials: map[string][]string{}, byBase: map[string][]string{},
		firmFirst: map[string]bool{}}
	for _, k := range keys {
		o := byKey[k]
		ws := strings.Fields(strings.ToLower(o.name))
		if b := companyBase(o.name); b != "" {
			ix.byBase[b] = append(ix.byBase[b], k)
			ix.firmFirst[ws[0]] = true
		} else if len(ws) > 1 && firmWords[ws[len(ws)-1]] {
			ix.firmFirst[ws[0]] = true
		}
		for j := 1; j < len(ws); j++ {
			suf := foldAccents(strings.Join(ws[len(ws)-j:], " ")) // "cardenas" finds "Osiel Cárdenas"
			ix.bySuffix[suf] = append(ix.bySuffix[suf], k)
		}
		for _, in := range allInitials(o.name) {
			ix.byInitials[in] = append(ix.byInitials[in], k)
		}
	}
	return ix
}

// isCountryQualifier reports whether lower-cased q names a country or its
// people ("u.s.", "mexican", "united states") as the first words of an
// organization's name.
func isCountryQualifier(q string) bool {
	return demonyms[q] != "" || canonical[q].kind == graph.Place
}

// linkShort finds the one longer name a short name stands for: a person's
// surname (or trailing words) of a unique fuller person name, an acronym
// of a unique name's initials, an organization named alone for the unique
// one named with its country, a company named without its legal
// designator for the company named with one (the most mentioned when
// there are several: "Reuters" for "Reuters Inc" rather than "Reuters
// Ltd"). It returns that name's key or "". Names already linked to another
// (parent set) are not candidates.
// linkCompany returns the key of the most mentioned organization whose
// name is name with legal designators ("Apple" for "Apple Inc."), or "".
func linkCompany(name string, ix *shortIndex, byKey map[string]*cluster, self string, kindOf func(*cluster) graph.Kind) string {
	base := strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(name, ".", ""))), " ")
	best, bestN := "", 0
	for _, k := range ix.byBase[base] {
		o := byKey[k]
		if k == self || o.parent != "" || kindOf(o) != graph.Organization {
			continue
		}
		n := 0
		for _, c := range o.votes {
			n += c
		}
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	return best
}

func linkShort(name string, kind graph.Kind, ix *shortIndex, byKey map[string]*cluster, self string, kindOf func(*cluster) graph.Kind) string {
	words := wordCount(name)
	lname := strings.ToLower(name)
	if ws := strings.Fields(name); len(ws) == 3 && isInitial(ws[0]) && isInitial(ws[2]) && (ws[1] == "and" || ws[1] == "&") {
		name, words = ws[0]+ws[2], 1 // "S and P" stands for "Standard and Poor's Corp" as "SP" would
	}
	acr := isAcronym(name) && kind != graph.Person
	if kind == graph.Place && !acr {
		return ""
	}
	// a body's word alone ("Treasury", "Bank") is no company's name
	// without its designator ("Treasury Corp" of New South Wales)
	if kind != graph.Person && !acr && !titles[lname] && !orgHeads[lname] && !genericOrgHeads[lname] {
		if k := linkCompany(name, ix, byKey, self, kindOf); k != "" {
			return k
		}
	}
	var cands []string
	if acr {
		cands = ix.byInitials[name]
	} else {
		cands = ix.bySuffix[foldAccents(strings.Join(strings.Fields(lname), " "))]
	}
	var found string
	n := 0
	for _, k := range cands {
		if k == self || k == found {
			continue
		}
		o := byKey[k]
		if o.words <= words || o.parent != "" {
			continue
		}
		ok := kindOf(o)
		match := false
		switch {
		case acr && ok != graph.Person:
			match = slices.Contains(allInitials(o.name), name)
		case ok == graph.Person && !acr && (kind != graph.Organization || !ix.firmFirst[lname]) &&
			strings.HasSuffix(foldAccents(strings.ToLower(o.name)), " "+foldAccents(lname)):
			// (a company named like a person is not that person: "Hughes",
			// with "Hughes Tool Co" named, is not Patrick Hughes)
			// not a name kept with its title ("Mrs Howard", separateSpouses)
			match = !titles[strings.ToLower(strings.TrimSuffix(strings.Fields(o.name)[0], "."))]
		case ok == graph.Organization && kind == graph.Organization && !acr:
			// "Army" for "U.S. Army", "Senate" for "Mexican Senate": the
			// same body named with its country.
			// The qualified name must be named often enough to speak for
			// the short one: one "U.K. House" is not the 108 "House".
			// A body named with a city too ("New York Stock Exchange") makes
			// the short name ambiguous: counted as a match that fails.
			lo := strings.ToLower(o.name)
			if strings.HasSuffix(lo, " "+lname) && !isCountryQualifier(lo[:len(lo)-len(lname)-1]) && kind == graph.Organization {
				n++
				continue
			}
			match = strings.HasSuffix(lo, " "+lname) && isCountryQualifier(lo[:len(lo)-len(lname)-1]) &&
				votesOf(byKey[self]) <= 10*votesOf(o)
		}
		if match {
			n++
			found = k
		}
	}
	if n == 1 {
		return found
	}
	return ""
}
