package timeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/chronograph/chronograph/graph"
)

// cand is a recognized expression starting at the token the matcher tried:
// it ends before token end.
type txCand struct {
	end  int
	typ  string
	val  string
	mod  string
	date graph.Date
	// back names the span a date was counted back by ("a year ago",
	// "a year earlier": "1y"): it becomes the focus for anaphors ("that
	// year"), but the next "a year earlier" compares with the same period
	// again and counts from the focus before it.
	back string
}

// Tense of a sentence around an expression.
const (
	tensePast    = -1
	tenseUnknown = 0
	tenseFuture  = 1
	// tensePresent marks a present passive ("the case is heard"): it ends
	// the search for the governing verb with no tense.
	tensePresent = 2
	// tenseScheduled marks a present scheduling verb ("the summit starts
	// Thursday"): future when it governs from the left, nothing on the
	// right ("Tuesday's declaration by Ford, which holds a stake").
	tenseScheduled = 3
)

// tok returns token i, or a zero token past the end.
func (m *txMatcher) tok(i int) *txToken {
	if i < 0 || i >= len(m.toks) {
		return &txNilTok
	}
	return &m.toks[i]
}

var txNilTok = txToken{val: -1}

// is reports whether token i is the word w (lower case).
func (m *txMatcher) is(i int, w string) bool {
	t := m.tok(i)
	return t.kind == tkWord && t.low == w
}

// punct reports whether token i is the punctuation p.
func (m *txMatcher) punct(i int, p string) bool {
	t := m.tok(i)
	return t.kind == tkPunct && t.low == p
}

// adj reports whether token i touches token i-1 (no space between).
func (m *txMatcher) adj(i int) bool {
	return i > 0 && i < len(m.toks) && m.toks[i].s == m.toks[i-1].e
}

// match tries every rule at token i and returns the longest expression.
func (m *txMatcher) match(i int) (txCand, bool) {
	t := m.tok(i)
	var best txCand
	ok := false
	try := func(c txCand, good bool) {
		if good && c.end > i && (!ok || c.end > best.end) {
			best, ok = c, true
		}
	}
	switch t.kind {
	case tkNum:
		try(m.rangeEnd(i))
		try(m.numeric(i))
		try(m.clock(i))
		try(m.dayMonth(i))
		try(m.yearExpr(i))
		try(m.durationExpr(i))
		try(m.centuryExpr(i))
	case tkWord:
		if t.cls == 0 || t.cls == cCap {
			if _, ok := txTriggers[t.low]; !ok {
				return txCand{}, false
			}
		}
		if m.mediaName(i) {
			return txCand{}, false
		}
		try(m.wordExpr(i))
		try(m.durationExpr(i))
	case tkPunct:
		if t.low == "'" || t.low == "’" {
			try(m.yearExpr(i))
		}
	}
	if ok {
		best.date = m.finishDate(best)
	}
	return best, ok
}

// txMediaWords are the capitalized words after "Sunday", "Daily" or "Today"
// that make a newspaper or a programme of them.
var txMediaWords = map[string]bool{"times": true, "telegraph": true, "mirror": true, "express": true, "mail": true,
	"herald": true, "post": true, "star": true, "sport": true, "record": true, "observer": true, "independent": true,
	"tribune": true, "news": true, "journal": true, "standard": true, "nation": true, "gazette": true,
	"chronicle": true, "business": true, "sun": true, "telegraph's": true}

// mediaName reports whether the capitalized word at i names a newspaper or
// a programme, not a day: "the Sunday Times", "the Daily Telegraph", "the
// Mail on Sunday", "Radio 4's Today programme".
func (m *txMatcher) mediaName(i int) bool {
	t := m.tok(i)
	if t.cls&cCap == 0 || m.sent < len(m.sents) && i == m.sents[m.sent][0] && t.low != "today" {
		// a sentence's first word may be capitalized for its place alone
		// ("Daily flights resume"), but "Today programme" still names one
		if t.low != "sunday" {
			return false
		}
	}
	nx := m.tok(i + 1)
	switch t.low {
	case "today":
		return nx.kind == tkWord && (nx.low == "programme" || nx.low == "show")
	case "sunday", "daily", "weekly":
		if nx.kind == tkWord && nx.cls&cCap != 0 && txMediaWords[nx.low] {
			return true
		}
		if t.low == "sunday" {
			if p := m.tok(i - 2).low; m.is(i-1, "on") && m.tok(i-2).cls&cCap != 0 && (p == "mail" || p == "independent" || p == "scotland") {
				return true // "the Mail on Sunday"
			}
			// "the Daily and Sunday Telegraph"
			return false
		}
		if m.is(i+1, "and") && m.tok(i+2).cls&cCap != 0 && m.tok(i+2).cls&cWeekday != 0 {
			nn := m.tok(i + 3)
			return nn.cls&cCap != 0 && txMediaWords[nn.low]
		}
	}
	return false
}

// rangeEnd handles the bare day that ends a range of days after a date:
// "March 18-20", "Oct. 3 to 5", "April 24 and 25" give the 20th, 5th and
// 25th of the month of the day just mentioned.
func (m *txMatcher) rangeEnd(i int) (txCand, bool) {
	d, end, ok := m.dayNum(i)
	if !ok || m.tok(i).kind != tkNum || !m.ref.ok || m.refS != m.sent {
		return txCand{}, false
	}
	p := i - 1
	if !m.rangeJoin(p) {
		return txCand{}, false
	}
	prev := m.tok(p - 1)
	if prev.kind != tkNum || prev.val != m.ref.t.Day() || d <= prev.val {
		return txCand{}, false
	}
	if mo := m.tok(p - 2); mo.cls&cMonth == 0 && !(m.punct(p-2, ".") && m.tok(p-3).cls&cMonth != 0) {
		return txCand{}, false
	}
	t := m.ref.t
	if !txValidDay(t.Year(), int(t.Month()), d) {
		return txCand{}, false
	}
	k := end
	if m.punct(k, ",") {
		k++
	}
	if y, ok := m.yearNum(k); ok && y == t.Year() {
		end = k + 1
	}
	return txCand{end: end, typ: TypeDate, val: txDayValue(txDay(t.Year(), t.Month(), d))}, true
}

// rangeJoin reports whether token k joins the two ends of a range: a dash
// touching both, or "to", "and", "through", "until".
func (m *txMatcher) rangeJoin(k int) bool {
	return (m.punct(k, "-") || m.punct(k, "–")) && m.adj(k) && m.adj(k+1) ||
		m.is(k, "to") || m.is(k, "and") || m.is(k, "through") || m.is(k, "until")
}

// rangeYear reports the year that ends a range of days starting at token
// k, after the first day: "-25, 1999", " and 25 1999".
func (m *txMatcher) rangeYear(k int) (int, bool) {
	if !m.rangeJoin(k) {
		return 0, false
	}
	if _, l, ok := m.dayNum(k + 1); ok && m.tok(k+1).kind == tkNum {
		if m.punct(l, ",") {
			l++
		}
		return m.yearNum(l)
	}
	return 0, false
}

// rangeDateYear reports the year of a range's first day, of month mo, when
// the range ends at token k with a full date: "February 18 and February 21,
// 1986", "Dec 18 to Jan 3, 1987" (the year before: the range crosses it).
func (m *txMatcher) rangeDateYear(k, mo int) (int, bool) {
	if !m.rangeJoin(k) {
		return 0, false
	}
	mo2, j, ok := m.monthAt(k + 1)
	if !ok {
		return 0, false
	}
	_, l, ok := m.dayNum(j)
	if !ok || m.tok(j).kind != tkNum {
		return 0, false
	}
	if m.punct(l, ",") {
		l++
	}
	y, ok := m.yearNum(l)
	if !ok {
		return 0, false
	}
	if mo2 < mo {
		y--
	}
	return y, true
}

// txTriggers are the words outside the lexicon classes that can start an expression.
var txTriggers = map[string]struct{}{
	"the": {}, "this": {}, "last": {}, "next": {}, "past": {}, "previous": {}, "coming": {}, "following": {},
	"early": {}, "late": {}, "mid": {}, "earlier": {}, "later": {}, "today": {}, "tomorrow": {}, "yesterday": {},
	"tonight": {}, "now": {}, "currently": {}, "current": {}, "recently": {}, "recent": {}, "soon": {},
	"previously": {}, "lately": {}, "nowadays": {}, "presently": {}, "every": {}, "each": {}, "a": {}, "an": {},
	"few": {}, "several": {}, "couple": {}, "many": {}, "nearly": {}, "almost": {}, "about": {}, "around": {},
	"roughly": {}, "approximately": {}, "more": {}, "less": {}, "at": {}, "fiscal": {}, "q": {}, "fy": {},
	"christmas": {}, "thanksgiving": {}, "halloween": {}, "new": {}, "independence": {}, "valentine": {},
	"upcoming": {}, "this-year": {}, "up": {}, "no": {}, "some": {}, "half": {}, "latest": {}, "same": {},
	"easter": {}, "palm": {}, "good": {}, "holy": {}, "maundy": {}, "ash": {}, "pentecost": {}, "election": {}, "memorial": {},
	"labor": {}, "mother": {}, "father": {}, "presidents": {}, "st": {}, "saint": {}, "veterans": {}, "boxing": {},
	"bastille": {}, "guy": {}, "twice": {}, "once": {}, "thrice": {},
	"that": {}, "future": {}, "right": {}, "year": {}, "these": {}, "formerly": {}, "hundreds": {}, "dozens": {}, "decades": {}, "years": {}, "months": {}, "weeks": {},
}

// finishDate derives the calendar interval of a candidate from its value,
// unless a rule set one already.
func (m *txMatcher) finishDate(c txCand) graph.Date {
	if c.date != (graph.Date{}) {
		return c.date
	}
	switch c.typ {
	case TypeDate, TypeTime:
		switch c.val {
		case "PRESENT_REF":
			if m.dct.ok {
				return graph.DayDate(m.dct.t)
			}
			return graph.Date{}
		case "PAST_REF":
			if m.dct.ok {
				return graph.Between("", txDayValue(m.dct.t))
			}
			return graph.Date{}
		case "FUTURE_REF":
			if m.dct.ok {
				return graph.Between(txDayValue(m.dct.t), "")
			}
			return graph.Date{}
		}
		return txNarrow(txDateOfValue(c.val), c.mod)
	}
	return graph.Date{}
}

// txLeftReach is how far tense looks left of an expression for its
// governing verb before it looks right.
const txLeftReach = 12

// tense returns the tense of the verb governing tokens [i, j): the nearest
// marker on their left within txLeftReach tokens of the clause ("said
// Friday", "will meet on Monday"), else the nearest on either side in the
// sentence.
func (m *txMatcher) tense(i, j int) int {
	if m.is(i-1, "since") {
		return tensePast // "since June", "since Monday": the time lies behind
	}
	s, e := m.window(i, j)
	for l := i - 1; l >= s && l >= i-txLeftReach; l-- {
		if t := m.tok(l); t.kind == tkPunct && (t.low == ";" || t.low == ":") {
			break
		}
		if m.is(l, "that") && m.reportedAt(l) {
			// "said that on Friday Smith would meet": the time belongs
			// to the reported clause, whose own verb comes after it
			if t := m.clauseTense(j, e); t != tenseUnknown {
				return t
			}
		}
		if txDirectives[m.tok(l).low] && i-l > 3 && m.toBetween(l, i) {
			// "asked Lecornu to hold talks with party leaders by Wednesday
			// evening": what is asked for lies ahead of the asking
			return tenseFuture
		}
		if txPromises[m.tok(l).low] && i-l > 2 {
			// "promising further talks in May": what was promised lies
			// ahead of the promise ("promised in January" is the promise's)
			return tenseFuture
		}
		if t := m.marker(l); t != tenseUnknown {
			if t == tenseScheduled {
				return tenseFuture
			}
			return txTenseOf(t)
		}
		if m.isSchedule(l, i, j) {
			return tenseFuture
		}
	}
	l, r := i-txLeftReach-1, j
	for l >= s || r < e {
		if r < e {
			if t := m.marker(r); t != tenseUnknown && t != tenseScheduled {
				return txTenseOf(t)
			}
			r++
		}
		if l >= s {
			if txDirectives[m.tok(l).low] && m.toBetween(l, i) {
				return tenseFuture // (as above, beyond the near reach)
			}
			if t := m.marker(l); t == tenseScheduled {
				return tenseFuture
			} else if t != tenseUnknown {
				return txTenseOf(t)
			}
			l--
		}
	}
	return tenseUnknown
}

// txReporting are the verbs whose "that" opens a reported clause.
var txReporting = map[string]bool{"said": true, "says": true, "told": true, "announced": true, "reported": true,
	"added": true, "stated": true, "noted": true, "explained": true, "confirmed": true}

// reportedAt reports whether the "that" at token l follows a reporting
// verb and at most two words after it: "said that", "told reporters that",
// "told the newspaper that".
func (m *txMatcher) reportedAt(l int) bool {
	for k := l - 1; k >= l-3 && k >= 0; k-- {
		t := m.tok(k)
		if t.kind != tkWord {
			return false
		}
		if txReporting[t.low] {
			return true
		}
	}
	return false
}

// clauseTense returns the tense of the first marker in tokens [r, e) (the
// rest of the sentence) before the clause ends at a comma, semicolon or
// colon.
func (m *txMatcher) clauseTense(r, e int) int {
	for ; r < e; r++ {
		if t := m.tok(r); t.kind == tkPunct && (t.low == "," || t.low == ";" || t.low == ":") {
			return tenseUnknown
		}
		if t := m.marker(r); t == tenseScheduled {
			return tenseFuture
		} else if t != tenseUnknown {
			return txTenseOf(t)
		}
	}
	return tenseUnknown
}

// isSchedule reports whether token l is a present "is" or "are" that
// states when [i, j) is: "the vote is on Sunday", "the meeting is at 3
// p.m. Thursday", "the deadline is midnight Tuesday"; not "the focus is on
// Monday's attack".
func (m *txMatcher) isSchedule(l, i, j int) bool {
	if !m.is(l, "is") && !m.is(l, "are") {
		return false
	}
	if (m.punct(j, "'") || m.punct(j, "’")) && m.is(j+1, "s") {
		return false
	}
	if l+1 == i {
		return true
	}
	switch m.tok(l + 1).low {
	case "on", "at", "set", "slated", "due", "scheduled", "for":
		return l+2 == i || m.tok(l+2).kind == tkNum || m.tok(i).kind == tkNum
	}
	return false
}

// txTenseOf turns a marker's tense into a resolved one: a present ends the
// search with no tense.
func txTenseOf(t int) int {
	if t == tensePresent {
		return tenseUnknown
	}
	return t
}

// txDirectives are the verbs whose infinitive complement lies ahead of them
// ("asked him to hold talks by Wednesday", "ordered the agency to report by
// Friday").
var txDirectives = map[string]bool{"asked": true, "urged": true, "ordered": true, "instructed": true,
	"directed": true, "pressed": true, "told": true, "requested": true}

// toBetween reports whether an infinitive's "to" stands between tokens l
// and i, before a word that is no time.
func (m *txMatcher) toBetween(l, i int) bool {
	if m.is(l+1, "by") {
		return false // "Asked by opposition members to clarify Wilson's statement on Friday": a passive
	}
	for k := l + 1; k < i-1; k++ {
		if m.is(k, "to") && m.tok(k+1).kind == tkWord && m.tok(k+1).cls&cCap == 0 && m.tok(k+1).cls&(cMonth|cWeekday) == 0 {
			return true
		}
	}
	return false
}

// txPromises are the verbs whose object lies ahead of them.
var txPromises = map[string]bool{"promise": true, "promises": true, "promised": true, "promising": true,
	"pledge": true, "pledges": true, "pledged": true, "pledging": true, "vow": true, "vows": true, "vowed": true,
	"vowing": true,
	// what is warned of is ahead too: "warned of another storm arriving on
	// Sunday night"
	"warn": true, "warns": true, "warned": true, "warning": true}

// marker returns the tense a token marks.
func (m *txMatcher) marker(i int) int {
	t := m.tok(i)
	if t.kind != tkWord {
		return tenseUnknown
	}
	switch t.low {
	case "will", "shall", "upcoming", "scheduled", "expected", "plans", "planned", "plan", "planning", "tomorrow",
		"would", "wo", "ll", "going", "aims", "intends", "due", "expects", "expect", "hopes", "soon", "payable",
		"must", "should", "anticipates", "anticipated":
		if t.low == "ll" && !m.punct(i-1, "'") && !m.punct(i-1, "’") {
			return tenseUnknown
		}
		if t.low == "due" && m.is(i+1, "to") {
			switch m.tok(i + 2).low {
			case "the", "a", "an", "its", "his", "her", "their", "our", "bad", "heavy", "poor", "lack", "concerns", "fears":
				return tenseUnknown // "canceled due to the rain": a cause
			}
		}
		if t.low == "planned" || t.low == "scheduled" || t.low == "expected" || t.low == "upcoming" {
			switch m.tok(i - 1).low {
			case "a", "an", "the", "its", "his", "her", "their", "our", "s":
				return tenseUnknown // "called off a planned summit on Tuesday": an adjective
			}
		}
		if t.low == "plan" || t.low == "plans" || t.low == "hopes" || t.low == "aims" {
			switch m.tok(i - 1).low {
			case "the", "a", "its", "his", "her", "their", "our", "this", "that", "s", "new", "peace", "rescue", "bailout":
				return tenseUnknown // "rejected the plan on Tuesday": the noun
			}
			if (t.low == "plan" || t.low == "plans") && !m.is(i+1, "to") {
				return tenseUnknown // "a takeover plan for USX in January": the noun again
			}
		}
		if (t.low == "must" || t.low == "should") && (m.is(i+1, "have") || m.is(i+2, "have")) {
			return tenseUnknown // "must have been", "should not have": no plan
		}
		if p := m.tok(i - 1).low; (p == "than" || p == "as") && strings.HasSuffix(t.low, "ed") {
			// "sales were better than expected on Tuesday", "as planned":
			// a comparison with a plan, not one
			return tenseUnknown
		}
		if m.pastAux(i) {
			// "had been scheduled to expire Friday", "was due to meet
			// Monday": a plan seen from the past.
			return tensePast
		}
		return tenseFuture
	case "meets", "starts", "begins", "opens", "resumes", "arrives", "visits", "returns", "travels", "heads", "ends",
		"closes", "expires", "goes", "plays", "faces", "kicks", "convenes", "reopens", "leaves", "holds", "hosts", "speaks",
		"testifies", "unveils", "launches", "takes", "runs", "continues",
		"meet", "start", "begin", "open", "resume", "arrive", "visit", "return", "travel", "convene", "reopen", "go",
		"hold", "host", "speak", "testify", "unveil", "launch":
		// Scheduling verbs in the present speak of what is coming: "the
		// summit starts Thursday", "voters go to the polls Sunday"; a bare
		// form after "did", "not" or "to" says nothing.
		switch m.tok(i - 1).low {
		case "did", "not", "to", "never", "t", "n't", "didn", "doesn", "don",
			// a noun: "a return to", "heads of state", "his visits"
			"a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those",
			"of", "in", "for", "on", "at", "with", "by", "from", "and", "or", "s", "'", "’", "new", "first", "last":
			return tenseUnknown
		}
		if t.cls&cCap != 0 {
			return tenseUnknown // "Goes" in a title, "Start" as a name
		}
		return tenseScheduled
	case "until":
		// "extended its deadline until Tuesday"; but "Until Thursday, they
		// had not..." looks back, "it was not until Tuesday that" and
		// "up until Thursday" look back, and "from December until
		// January" is a span that tells no tense.
		if t.cls&cCap != 0 {
			return tenseUnknown
		}
		switch m.tok(i - 1).low {
		case "not", "up":
			return tensePast
		}
		for k := i - 1; k >= i-8 && k >= 0; k-- {
			if tk := m.tok(k); tk.kind == tkPunct && (tk.low == "." || tk.low == ";") {
				break
			}
			if m.is(k, "from") {
				return tenseUnknown
			}
		}
		return tenseFuture
	case "to":
		// "is to resume", "are set to meet"
		if p := m.tok(i - 1).low; p == "is" || p == "are" || p == "set" {
			return tenseFuture
		}
		return tenseUnknown
	case "set":
		if m.is(i+1, "to") || m.is(i+1, "for") {
			return tenseFuture
		}
		return tensePast
	case "said", "was", "were", "had", "did", "told", "ago", "yesterday", "met", "made", "gave", "took", "came",
		"went", "sent", "spoke", "held", "rose", "fell", "saw", "won", "lost", "left", "began", "got", "led", "brought",
		"thought", "found", "became", "wrote", "struck", "paid", "sold", "bought", "earlier", "last", "been", "ran", "hit",
		"sought", "heard", "kept", "felt", "fled", "shot", "quit", "chose", "drew", "flew", "grew", "knew", "threw", "broke",
		"spent", "stood", "meant", "caught", "taught", "fought", "built", "lent", "bent", "slid", "swore", "wore", "tore":
		if t.low == "last" && m.punct(i+1, "-") {
			return tenseUnknown // "last-ditch talks": an adjective
		}
		if p := m.presentPassive(i); p != tensePast {
			return p
		}
		return tensePast
	}
	if n := len(t.low); n > 4 && t.low[n-2:] == "ed" && t.cls == 0 {
		if t.low[n-3] == 'e' && t.low[n-4] != 'r' && t.low[n-4] != 't' {
			return tenseUnknown // succeed, need, proceed (but agreed, guaranteed)
		}
		if p := m.presentPassive(i); p != tensePast {
			return p
		}
		if strings.HasPrefix(t.low, "un") {
			return tenseUnknown // unspecified, undisclosed: adjectives
		}
		switch m.tok(i - 1).low {
		case "a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "still", "newly", "recently", "so-called":
			return tenseUnknown // "a still unspecified date", "the long-awaited vote"
		}
		return tensePast
	}
	return tenseUnknown
}

// presentPassive tells the tense of the participle at token i from the
// "be" before it: tensePresent after "is" or "are" ("the case is heard in
// May"), unknown after "be" or "being" ("will be named", "to be held"), so
// that the search for the governing verb goes on, and else past.
func (m *txMatcher) presentPassive(i int) int {
	switch m.tok(i - 1).low {
	case "is", "are", "am":
		return tensePresent
	case "be", "being":
		return tenseUnknown
	}
	return tensePast
}

// pastAux reports whether the future marker at token i is governed by a
// past auxiliary: "was scheduled", "had been due", "were expected".
func (m *txMatcher) pastAux(i int) bool {
	switch m.tok(i).low {
	case "scheduled", "expected", "due", "planned":
	default:
		return false // "were planning to drive Monday" still looks ahead
	}
	if nx := m.tok(i + 1); nx.kind != tkWord {
		return false // "which had been expected," is no plan of the date
	}
	p := i - 1
	if m.is(p, "been") || m.is(p, "originally") || m.is(p, "previously") {
		p--
	}
	switch m.tok(p).low {
	case "was", "were", "had":
		return true
	}
	return false
}

// resolveTense returns the tense for resolving a year-less expression at [i, j):
// unknown tense counts as past for weekdays, as in news.
func (m *txMatcher) tenseAt(i, j int) int { return m.tense(i, j) }

// ---- calendar dates ----

// monthAt reports whether token i is a month name, returning it and the
// index after it (an abbreviation's period included).
func (m *txMatcher) monthAt(i int) (int, int, bool) {
	t := m.tok(i)
	if t.kind != tkWord || t.cls&cMonth == 0 || t.cls&cCap == 0 {
		return 0, i, false
	}
	j := i + 1
	if t.cls&cMonthAbb != 0 && m.punct(j, ".") && m.adj(j) {
		j++
	}
	return t.val, j, true
}

// dayNum reports whether token i is a day of the month (1-31, with an
// optional ordinal suffix), returning it and the index after it.
func (m *txMatcher) dayNum(i int) (int, int, bool) {
	t := m.tok(i)
	if t.kind == tkWord && t.cls&cOrdinal != 0 && t.val <= 31 {
		return t.val, i + 1, true
	}
	if t.kind != tkNum || t.nd > 2 || t.val < 1 || t.val > 31 {
		return 0, i, false
	}
	j := i + 1
	if nx := m.tok(j); nx.kind == tkWord && m.adj(j) {
		switch nx.low {
		case "st", "nd", "rd", "th":
			j++
		default:
			return 0, i, false
		}
	}
	if nx := m.tok(j); (nx.kind == tkNum || nx.low == "%" || (nx.low == ":" && m.tok(j+1).kind == tkNum && m.adj(j+1))) && m.adj(j) {
		return 0, i, false
	}
	return t.val, j, true
}

// yearNum reports whether token i is a four-digit year.
func (m *txMatcher) yearNum(i int) (int, bool) {
	t := m.tok(i)
	if t.kind != tkNum || t.nd != 4 || t.val < 1000 || t.val > 2199 {
		return 0, false
	}
	if nx := m.tok(i + 1); m.adj(i+1) && (nx.kind == tkNum || nx.low == "%") {
		return 0, false
	}
	if nx := m.tok(i + 1); nx.kind == tkWord && nx.cls&cTZ != 0 && nx.low != "z" && strings.ToUpper(nx.low) == m.text[nx.s:nx.e] &&
		t.val/100 <= 23 && t.val%100 <= 59 {
		return 0, false // "(2001 HKT)": a clock time told again in another zone
	}
	return t.val, true
}

// calDate parses a calendar date starting at token i: "May 3, 2025",
// "May 3", "May 2025", "May", "3 May 2025", "3rd of May". year is 0 when
// not given, d is 0 for a month.
func (m *txMatcher) calDate(i int) (y, mo, d, end int, ok bool) {
	if mo, j, ok := m.monthAt(i); ok {
		if dd, k, ok := m.dayNum(j); ok && m.tok(j).kind == tkNum {
			end = k
			if m.punct(k, ",") {
				if yy, ok := m.yearNum(k + 1); ok {
					return yy, mo, dd, k + 2, true
				}
			}
			if yy, ok := m.yearNum(k); ok {
				return yy, mo, dd, k + 1, true
			}
			if yy, ok := m.rangeYear(k); ok {
				return yy, mo, dd, end, true // "April 24 and 25, 1999": the year ends the range
			}
			if yy, ok := m.rangeDateYear(k, mo); ok {
				return yy, mo, dd, end, true // "between February 18 and February 21, 1986"
			}
			return 0, mo, dd, end, true
		}
		if m.is(j, "of") {
			if yy, ok := m.yearNum(j + 1); ok {
				return yy, mo, 0, j + 2, true
			}
		}
		k := j
		if m.punct(k, ",") {
			k++
		}
		if yy, ok := m.yearNum(k); ok {
			return yy, mo, 0, k + 1, true
		}
		if yy, l, ok := m.wordYear(k); ok && yy >= 1000 {
			return yy, mo, 0, l, true // "January nineteen ninety-seven"
		}
		return 0, mo, 0, j, true
	}
	if dd, j, ok := m.dayNum(i); ok {
		k := j
		if m.is(k, "of") {
			k++
		}
		if mo, l, ok := m.monthAt(k); ok {
			if m.punct(l, ",") {
				if yy, ok := m.yearNum(l + 1); ok {
					return yy, mo, dd, l + 2, true
				}
			}
			if yy, ok := m.yearNum(l); ok {
				return yy, mo, dd, l + 1, true
			}
			return 0, mo, dd, l, true
		}
	}
	return 0, 0, 0, i, false
}

// monthOK tells whether a bare month name at token i is a month: "May" and
// "March" need a year, a day or a preceding temporal word, and so do the
// months that are also first names when a name follows them ("April Jones
// disappeared", "June Carter sang"; but "in April Apple said").
func (m *txMatcher) monthOK(i int) bool {
	t := m.tok(i)
	switch t.low {
	case "may", "march":
	case "april", "june", "august":
		if nx := m.tok(i + 1); nx.kind != tkWord || nx.cls != cCap {
			return true
		}
	default:
		return true
	}
	p := m.tok(i - 1)
	switch p.low {
	case "in", "since", "by", "until", "till", "of", "early", "late", "mid", "last", "next", "this", "from", "through",
		"before", "after", "during", "-", "and", "or", "between", "to", "on", "end", "beginning", "start", "middle":
		return true
	}
	return false
}

// resolveYear chooses the year of a year-less month (d = 0) or day for the
// tense: past picks the latest not after the anchor, future the first not
// before it, unknown the nearest.
func (m *txMatcher) resolveYear(mo, d, tense int) int {
	a := m.dct.t
	y := a.Year()
	if d == 0 {
		// Months: the nearest, unless the tense rules out one two or
		// more months away on the wrong side of the anchor.
		cur := int(a.Month())
		switch {
		case tense == tensePast && mo-cur >= 2:
			return y - 1
		case tense == tenseFuture && cur-mo >= 2:
			return y + 1
		case tense != tenseUnknown:
			return y // a past month is never next year's, a future one never last year's
		case mo-cur > 6:
			return y - 1
		case cur-mo > 6:
			return y + 1
		}
		return y
	}
	dd := d
	if mo == 2 && d == 29 {
		// Feb 29 only exists in leap years: search the nearest one.
		cands := []int{}
		for k := y - 8; k <= y+8; k++ {
			if txValidDay(k, 2, 29) {
				cands = append(cands, k)
			}
		}
		best := cands[0]
		for _, k := range cands {
			t := txDay(k, 2, 29)
			switch tense {
			case tenseFuture:
				if !t.Before(a) && (txDay(best, 2, 29).Before(a) || t.Before(txDay(best, 2, 29))) {
					best = k
				}
			default:
				if !t.After(a) {
					best = k
				}
			}
		}
		return best
	}
	// Days: the nearest, unless the tense rules out one more than 90 days
	// away on the wrong side of the anchor.
	this := txDay(y, time.Month(mo), dd)
	diff := this.Sub(a).Hours() / 24
	switch {
	case tense == tensePast && diff > 90:
		return y - 1
	case tense == tenseFuture && diff < -90:
		return y + 1
	case tense != tenseUnknown:
		return y
	case diff > 183:
		return y - 1
	case diff < -183:
		return y + 1
	}
	return y
}

// calValue builds the value of a calendar date, resolving a missing year.
func (m *txMatcher) calValue(y, mo, d, i, end int) (string, bool) {
	if d > 0 && y > 0 && !txValidDay(y, mo, d) {
		return "", false
	}
	if d > 0 && !txValidDay(2024, mo, d) {
		return "", false
	}
	if y == 0 {
		if !m.dct.year {
			if d > 0 {
				return fmt.Sprintf("XXXX-%02d-%02d", mo, d), true
			}
			return fmt.Sprintf("XXXX-%02d", mo), true
		}
		y = m.resolveYear(mo, d, m.tenseAt(i, end))
	}
	if d > 0 {
		return txDayValue(txDay(y, time.Month(mo), d)), true
	}
	return txMonthValue(y, time.Month(mo)), true
}

// wordExpr tries the rules that start with a word.
func (m *txMatcher) wordExpr(i int) (txCand, bool) {
	t := m.tok(i)
	switch {
	case t.cls&cMonth != 0:
		if y, mo, d, end, ok := m.calDate(i); ok {
			if d == 0 && y == 0 && !m.monthOK(i) {
				return txCand{}, false
			}
			if t.cls&cMonthAbb != 0 && d == 0 && y == 0 && !m.punct(i+1, ".") {
				return txCand{}, false
			}
			if y == 0 && m.dct.year && m.is(end+1, "year") {
				// "June last year", "January this year"
				if off, ok := map[string]int{"last": -1, "this": 0, "next": 1}[m.tok(end).low]; ok {
					y, end = m.dct.t.Year()+off, end+2
				}
			}
			v, ok := m.calValue(y, mo, d, i, end)
			if !ok {
				return txCand{}, false
			}
			return m.withClock(txCand{end: end, typ: TypeDate, val: v}), true
		}
	case t.cls&cWeekday != 0:
		return m.weekdayExpr(i)
	case t.cls&cSetAdv != 0:
		return txCand{end: i + 1, typ: TypeSet, val: txDurationValue(1, t.val)}, true
	case t.cls&cSeason != 0:
		return m.seasonExpr(i, i, 0, "")
	case t.cls&cPart != 0:
		return m.partAlone(i)
	case t.cls&cOrdinal != 0:
		if c, ok := m.quarterExpr(i); ok {
			return c, true
		}
		return m.centuryExpr(i)
	case t.cls&cNumWord != 0:
		return m.wordYearExpr(i, i)
	}
	switch t.low {
	case "the":
		return m.theExpr(i)
	case "this", "last", "next", "past", "previous", "coming", "following", "upcoming":
		return m.relExpr(i, i, "")
	case "early", "late", "mid", "earlier", "later":
		return m.modExpr(i)
	case "today", "tomorrow", "yesterday", "tonight":
		if (t.low == "today" || t.low == "tomorrow") && (m.punct(i+1, "'") || m.punct(i+1, "’")) && m.is(i+2, "s") {
			// "today's youth", "in today's world": the present age, no day
			switch m.tok(i + 3).low {
			case "world", "youth", "society", "generation", "children", "kids", "young", "economy", "standards",
				"technology", "culture", "politics", "media", "market", "markets", "environment", "age", "times",
				"personal", "modern", "global", "leaders", "students", "workers", "families", "women", "men", "people":
				return txCand{}, false
			}
		}
		return m.deictic(i, i, "")
	case "that":
		j := i + 1
		if m.is(j, "same") {
			j++
		}
		return m.anaphor(j)
	case "these":
		if m.is(i+1, "days") {
			return txCand{end: i + 2, typ: TypeDate, val: "PRESENT_REF"}, true
		}
	case "a":
		if m.is(i+1, "later") && (m.is(i+2, "date") || m.is(i+2, "time") || m.is(i+2, "stage")) {
			// "postponed to a later date": TimeBank's future
			return txCand{end: i + 3, typ: TypeDate, val: "FUTURE_REF"}, true
		}
	case "right":
		if m.is(i+1, "now") {
			return txCand{end: i + 2, typ: TypeDate, val: "PRESENT_REF"}, true
		}
	case "year":
		return m.yearEarlier(i, i)
	case "now", "currently", "nowadays", "presently":
		return txCand{end: i + 1, typ: TypeDate, val: "PRESENT_REF"}, true
	case "current":
		if nx := m.tok(i + 1); nx.cls&cUnit != 0 || nx.cls&cSeason != 0 {
			return m.relExpr(i, i, "")
		}
		return txCand{end: i + 1, typ: TypeDate, val: "PRESENT_REF"}, true
	case "recently", "lately":
		return txCand{end: i + 1, typ: TypeDate, val: "PAST_REF"}, true
	case "recent":
		return m.recentUnits(i, i+1)
	case "every", "each":
		return m.setExpr(i)
	case "twice", "once", "thrice":
		// "twice a year", "once a week": how often, a set
		if a := m.tok(i + 1).low; a == "a" || a == "an" || a == "per" || a == "every" || a == "each" {
			if u := m.tok(i + 2); u.kind == tkWord && u.cls&cUnit != 0 && u.cls&cPlural == 0 && u.cls&cOrdinal == 0 {
				return txCand{end: i + 3, typ: TypeSet, val: txDurationValue(1, u.val)}, true
			}
		}
	case "fiscal", "fy":
		j := i + 1
		if m.is(j, "year") {
			j++
		}
		if y, ok := m.yearNum(j); ok {
			return txCand{end: j + 1, typ: TypeDate, val: txYearValue(y)}, true
		}
		if nx := m.tok(j); t.low == "fy" && nx.kind == tkNum && nx.nd == 2 && m.adj(j) {
			return txCand{end: j + 1, typ: TypeDate, val: txYearValue(2000 + nx.val)}, true
		}
		if c, ok := m.quarterExpr(j); ok {
			return c, true
		}
	case "q":
		return m.quarterExpr(i)
	case "easter", "palm", "good", "holy", "maundy", "ash", "pentecost", "election", "memorial", "labor", "mother", "father",
		"presidents", "st", "saint", "veterans", "boxing", "bastille", "guy":
		return m.movableHoliday(i)
	case "christmas", "thanksgiving", "halloween", "new", "independence", "valentine":
		return m.holiday(i)
	}
	return txCand{}, false
}

// withClock extends a date by a clock time that follows it ("May 3, 2025
// 14:02 GMT", "May 3, 2025, 10:00 a.m.").
func (m *txMatcher) withClock(c txCand) txCand {
	j := c.end
	if m.punct(j, ",") || m.is(j, "at") {
		j++
	}
	h, mi, k, ok := m.clockAt(j)
	if !ok || len(c.val) != 10 {
		return c
	}
	return txCand{end: k, typ: TypeTime, val: c.val + fmt.Sprintf("T%02d:%02d", h, mi)}
}

// weekdayExpr handles "Saturday", "Saturday, May 3, 2025", "Friday morning".
func (m *txMatcher) weekdayExpr(i int) (txCand, bool) {
	t := m.tok(i)
	j := i + 1
	if t.cls&cPlural != 0 {
		if t.cls&cCap == 0 {
			return txCand{}, false
		}
		return txCand{end: j, typ: TypeSet, val: fmt.Sprintf("XXXX-WXX-%d", txIsoWeekday(t.val))}, true // "closed on Mondays"
	}
	if p := m.tok(i - 1); p.cls&cCap != 0 && t.cls&cCap != 0 {
		switch p.low {
		case "good", "holy", "palm", "ash", "maundy", "easter", "black", "bloody", "super", "cyber":
			return txCand{}, false // "the Good Friday agreement", "Black Monday" as a name
		}
	}
	if t.cls&cWdayAbb != 0 && m.punct(j, ".") {
		j++
	}
	k := j
	if m.punct(k, ",") {
		k++
	}
	if y, mo, d, end, ok := m.calDate(k); ok && d > 0 {
		v, ok := m.calValue(y, mo, d, i, end)
		if ok && y == 0 && m.dct.year {
			// The weekday picks the year: the nearest in which the date
			// falls on it.
			ry := m.resolveYear(mo, d, m.tenseAt(i, end))
			for _, dy := range []int{0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6} {
				if wt := txDay(ry+dy, time.Month(mo), d); int(wt.Weekday()) == t.val && wt.Day() == d {
					v = txDayValue(wt)
					break
				}
			}
		}
		if ok {
			return m.withClock(txCand{end: end, typ: TypeDate, val: v}), true
		}
	}
	if t.cls&cWdayAbb != 0 || t.cls&cCap == 0 {
		return txCand{}, false
	}
	v := m.weekdayValue(t.val, m.tenseAt(i, j), 0)
	c := txCand{end: j, typ: TypeDate, val: v}
	if p := m.tok(j); p.cls&cPart != 0 && p.val < 4 && p.cls&cCap == 0 {
		c.end = j + 1
		c = m.withPart(c, p)
	}
	return c, true
}

// withPart makes a weekday followed by a part of the day ("Friday night") a
// TIME of that part, as TimeML writes it ("2025-05-02TNI"); a plural part
// ("Tuesday nights") makes the SET of those parts ("XXXX-WXX-2TNI").
func (m *txMatcher) withPart(c txCand, p *txToken) txCand {
	if p.low[len(p.low)-1] == 's' {
		if len(c.val) == 10 {
			if t, err := time.Parse(txDayFmt, c.val); err == nil {
				return txCand{end: c.end, typ: TypeSet, val: fmt.Sprintf("XXXX-WXX-%dT%s", txIsoWeekday(int(t.Weekday())), txPartCode[p.val])}
			}
		}
		return c
	}
	c.typ, c.val = TypeTime, c.val+"T"+txPartCode[p.val]
	return c
}

// weekdayValue resolves a weekday against the anchor. rel is -1 for "last",
// +1 for "next", 0 to follow the tense (past and unknown: the latest such
// day not after the anchor; future: the first after it).
func (m *txMatcher) weekdayValue(wd, tense, rel int) string {
	if !m.dct.ok {
		return fmt.Sprintf("XXXX-WXX-%d", txIsoWeekday(wd))
	}
	a := m.dct.t
	diff := wd - int(a.Weekday())
	switch {
	case rel < 0:
		if diff >= 0 {
			diff -= 7
		}
	case rel > 0:
		if diff <= 0 {
			diff += 7
		}
	case tense == tenseFuture:
		if diff < 0 {
			diff += 7
		}
	default:
		if diff > 0 {
			diff -= 7
		}
	}
	return txDayValue(a.AddDate(0, 0, diff))
}

func txIsoWeekday(wd int) int {
	if wd == 0 {
		return 7
	}
	return wd
}

// partAlone handles "noon", "midnight", "tonight", "this morning" is in relExpr.
func (m *txMatcher) partAlone(i int) (txCand, bool) {
	t := m.tok(i)
	switch t.low {
	case "noon", "midnight", "midday":
		c := txCand{end: i + 1, typ: TypeTime}
		base := "XXXX-XX-XX"
		if m.dct.ok {
			base = txDayValue(m.dct.t)
		}
		// "midnight Friday", "midnight on Sunday", "noon that day"
		w := i + 1
		if m.is(w, "on") {
			w++
		}
		if nx := m.tok(w); nx.cls&cWeekday != 0 && nx.cls&cCap != 0 && nx.cls&cPlural == 0 {
			base = m.weekdayValue(nx.val, m.tenseAt(i, w+1), 0)
			c.end = w + 1
		} else if v, e, ok := m.thatDay(i + 1); ok {
			base, c.end = v, e
		}
		c.val = base + "T" + txPartCode[t.val]
		if t.val == 5 {
			c.val = base + "T24:00"
		}
		return c, true
	case "tonight":
		return m.deictic(i, i, "")
	}
	return txCand{}, false
}

// deictic handles today, tomorrow, yesterday, tonight, with a part of day.
func (m *txMatcher) deictic(start, i int, mod string) (txCand, bool) {
	t := m.tok(i)
	off := 0
	switch t.low {
	case "tomorrow":
		off = 1
	case "yesterday":
		off = -1
	}
	v := "XXXX-XX-XX"
	if m.dct.ok {
		v = txDayValue(m.dct.t.AddDate(0, 0, off))
	}
	if t.low == "tonight" {
		return txCand{end: i + 1, typ: TypeDate, val: v}, true
	}
	if p := m.tok(i + 1); p.cls&cPart != 0 && p.val < 4 {
		// TimeBank writes "yesterday morning" as the day.
		return txCand{end: i + 2, typ: TypeDate, val: v, mod: mod}, true
	}
	return txCand{end: i + 1, typ: TypeDate, val: v, mod: mod}, true
}

// relExpr handles this/last/next/past/previous/coming/following + unit,
// month, weekday, season or part of day, started at token start.
func (m *txMatcher) relExpr(start, i int, mod string) (txCand, bool) {
	w := m.tok(i).low
	j := i + 1
	if w == "last" && start == i {
		switch m.tok(i - 1).low {
		case "to", "will", "would", "could", "can", "may", "might", "should", "must", "not", "could've", "ll", "d":
			return txCand{}, false // "the talks could last several days": the verb
		}
	}
	if w == "this" && m.is(j, "past") {
		w = "last"
		j++
	}
	t := m.tok(j)
	rel := 0
	switch w {
	case "last", "past", "previous":
		rel = -1
	case "next", "coming", "following", "upcoming":
		rel = 1
	}
	// A count makes a duration: "last five years", "the next few days".
	if rel != 0 {
		if n, k, ok := m.amount(j); ok {
			if u, pl, l, ok := m.unitAt(k); ok && (pl || n == 1) && u != uWeekend {
				return m.spanDuration(l, n, u, rel), true
			}
		}
	}
	switch {
	case t.cls&cUnit != 0 && t.cls&cOrdinal != 0:
		return txCand{}, false // "the next second" is no date, "last second" no unit of the calendar
	case t.cls&cUnit != 0 && t.cls&cPlural == 0:
		u := t.val
		if u == uSecond || u == uMinute || u == uHour || u == uHalf {
			return txCand{}, false
		}
		// TimeBank writes "the past year" as the calendar year before the
		// DCT's, like "last year", but "the past month" and "the past
		// decade" (mostly) as durations.
		pastDate := rel < 0 && u == uYear && m.is(start, "the") && m.dct.ok && m.dct.year
		if (w == "past" && !pastDate) || (w == "coming" && m.tok(start).low == "the") {
			return m.spanDuration(j+1, 1, u, rel), true
		}
		if !m.dct.year || (!m.dct.ok && u < uMonth) {
			return txCand{end: j + 1, typ: TypeDate, val: txUnknownUnitValue(u), mod: mod}, true
		}
		base := m.dct.t
		if w == "following" || w == "previous" || (w == "next" && u == uDay && m.is(start, "the")) {
			// "the following month", "the next day": after the date in focus
			if a := m.refFor(u); a.ok {
				base = a.t
			}
		}
		tt := txAddUnit(base, u, rel)
		if u == uYear && (m.punct(j+1, "'") || m.punct(j+1, "’")) && m.is(j+2, "s") {
			if q, ok := m.quarterExpr(j + 3); ok && len(q.val) == 7 {
				// "last year's third quarter"
				q.val = txYearValue(tt.Year()) + q.val[4:]
				return q, true
			}
		}
		c := txCand{end: j + 1, typ: TypeDate, val: txUnitValue(tt, u), mod: mod}
		if u == uDay && !m.dct.ok {
			c.val = "XXXX-XX-XX"
		}
		c.date = m.modDate(c.val, mod, rel)
		return c, true
	case t.cls&cPlural != 0 && t.cls&cUnit != 0 && rel != 0:
		return m.spanDuration(j+1, -1, t.val, rel), true
	case t.cls&cMonth != 0 && t.cls&cCap != 0:
		mo, k, _ := m.monthAt(j)
		if !m.dct.year {
			return txCand{end: k, typ: TypeDate, val: fmt.Sprintf("XXXX-%02d", mo), mod: mod}, true
		}
		y := m.dct.t.Year()
		cur := int(m.dct.t.Month())
		switch {
		case rel < 0 && mo >= cur:
			y--
		case rel > 0 && mo <= cur:
			y++
		}
		if d, l, ok := m.dayNum(k); ok && m.tok(k).kind == tkNum && txValidDay(y, mo, d) {
			return txCand{end: l, typ: TypeDate, val: txDayValue(txDay(y, time.Month(mo), d)), mod: mod}, true
		}
		return txCand{end: k, typ: TypeDate, val: txMonthValue(y, time.Month(mo)), mod: mod}, true
	case t.cls&cWeekday != 0 && t.cls&cCap != 0 && t.cls&cWdayAbb == 0:
		r := rel
		if w == "this" {
			r = 0
		}
		v := m.weekdayValue(t.val, m.tenseAt(start, j+1), r)
		if p := m.tok(j + 1); p.cls&cPart != 0 && p.val < 4 {
			return m.withPart(txCand{end: j + 2, typ: TypeDate, val: v, mod: mod}, p), true
		}
		return txCand{end: j + 1, typ: TypeDate, val: v, mod: mod}, true
	case t.cls&cSeason != 0:
		return m.seasonExpr(start, j, rel, mod)
	case t.cls&cPart != 0 && t.val < 4 && (w == "next" || w == "following") && m.is(start, "the"):
		// "the next morning": the day after the day in focus, written as
		// the day like "yesterday morning"
		base := m.ref
		if !base.ok {
			base = m.dct
		}
		if !base.ok {
			return txCand{end: j + 1, typ: TypeDate, val: "XXXX-XX-XX", mod: mod}, true
		}
		return txCand{end: j + 1, typ: TypeDate, val: txDayValue(base.t.AddDate(0, 0, 1)), mod: mod}, true
	case t.cls&cPart != 0 && t.val < 4 && (w == "this" || w == "last"):
		v := "XXXX-XX-XX"
		if m.dct.ok {
			off := 0
			if w == "last" {
				off = -1
			}
			v = txDayValue(m.dct.t.AddDate(0, 0, off))
		}
		return txCand{end: j + 1, typ: TypeTime, val: v + "T" + txPartCode[t.val], mod: mod}, true
	}
	return txCand{}, false
}

// txPastDateUnit reports whether t is the singular "year" that makes "the
// past year" a date.
func txPastDateUnit(t *txToken) bool {
	return t.cls&cUnit != 0 && t.cls&cPlural == 0 && t.val == uYear
}

// refFor returns the last mentioned anchor at unit u's precision: the day
// for days and weeks, else the month, quarter or year.
func (m *txMatcher) refFor(u int) txAnchor {
	switch u {
	case uDay, uWeek, uWeekend:
		return m.ref
	case uMonth:
		return m.refM
	case uQuarter:
		return m.refQ
	case uYear:
		return m.refY
	}
	return txAnchor{}
}

// anaphor resolves a unit at token j after "that", "that same" or "the
// same" ("that year", "the same month") to the unit of the last date
// mentioned at that precision; with none mentioned it is no expression
// ("trades made that day" in a text without a day to point to).
func (m *txMatcher) anaphor(j int) (txCand, bool) {
	u := m.tok(j)
	if u.kind != tkWord || u.cls&cUnit == 0 || u.cls&cPlural != 0 || m.punct(j+1, "-") {
		return txCand{}, false
	}
	switch u.val {
	case uDay, uWeek, uMonth, uQuarter, uYear:
	default:
		return txCand{}, false
	}
	a := m.refFor(u.val)
	if u.val == uDay && m.refP == graph.Month && m.refM.ok {
		// "last October ... that same day": a day of the month in focus
		return txCand{end: j + 1, typ: TypeDate, val: txMonthValue(m.refM.t.Year(), m.refM.t.Month()) + "-XX"}, true
	}
	if !a.ok {
		return txCand{}, false
	}
	return txCand{end: j + 1, typ: TypeDate, val: txUnitValue(a.t, u.val)}, true
}

// modDate gives "earlier this year" and "later this month" their intervals:
// from the start of the unit to the anchor, or from the anchor to its end.
func (m *txMatcher) modDate(v, mod string, rel int) graph.Date {
	d := txDateOfValue(v)
	if rel != 0 || !m.dct.ok || d.Earliest == "" {
		return txNarrow(d, mod)
	}
	a := txDayValue(m.dct.t)
	if a < d.Earliest || a > d.Latest {
		return txNarrow(d, mod)
	}
	switch mod {
	case "START":
		return graph.Between(d.Earliest, a)
	case "END":
		return graph.Between(a, d.Latest)
	}
	return d
}

// spanDuration is a duration before or after the anchor ("the past three
// months"), bounded on the calendar when the anchor is known.
func (m *txMatcher) spanDuration(end int, n float64, u, rel int) txCand {
	c := txCand{end: end, typ: TypeDuration, val: txDurationValue(txScale(n, u))}
	if m.dct.ok && u >= uDay {
		k := int(n)
		if n < 0 {
			k = 1
			if u < uYear {
				k = 3
			}
		}
		a := m.dct.t
		if rel < 0 {
			c.date = graph.Between(txDayValue(txAddUnit(a, u, -k)), txDayValue(a))
		} else if rel > 0 {
			c.date = graph.Between(txDayValue(a), txDayValue(txAddUnit(a, u, k)))
		}
	}
	return c
}

// recentUnits handles "recent months", "recent years": a duration ending at
// the anchor.
func (m *txMatcher) recentUnits(start, j int) (txCand, bool) {
	t := m.tok(j)
	if t.cls&cUnit == 0 || t.cls&cPlural == 0 || t.val < uDay {
		return txCand{}, false
	}
	if t.val == uYear {
		// TimeBank: "recent years" is the past, not a duration.
		return txCand{end: j + 1, typ: TypeDate, val: "PAST_REF"}, true
	}
	return m.spanDuration(j+1, -1, t.val, -1), true
}

// seasonExpr handles "summer", "summer 2024", "summer of 2024", "last fall".
func (m *txMatcher) seasonExpr(start, j, rel int, mod string) (txCand, bool) {
	t := m.tok(j)
	s := t.val
	k := j + 1
	y := 0
	if m.is(k, "of") {
		if yy, ok := m.yearNum(k + 1); ok {
			y, k = yy, k+2
		} else if yy, l, ok := m.wordYear(k + 1); ok && yy >= 1000 {
			y, k = yy, l // "the winter of nineteen ninety-four"
		}
	} else if yy, ok := m.yearNum(k); ok {
		y, k = yy, k+1
	}
	if y == 0 && t.cls&cCap != 0 && start == j && m.tok(start-1).kind == tkWord && m.tok(start-1).cls&cCap != 0 {
		return txCand{}, false // part of a name
	}
	if y == 0 && t.cls&cCap != 0 && m.tok(k).kind == tkWord && m.tok(k).cls&cCap != 0 && m.tok(k).cls&cMonth == 0 {
		return txCand{}, false // "the Summer Olympics", "the Spring Festival"
	}
	if y == 0 && t.low == "fall" && (start == j || m.tok(start).low == "the") {
		// the verb or the noun, but "in the fall" is the season
		if start == j || m.is(j+1, "of") {
			return txCand{}, false
		}
		switch m.tok(start - 1).low {
		case "in", "during", "by", "until", "since", "through", "before", "after", "this":
		default:
			return txCand{}, false
		}
	}
	if y == 0 {
		if !m.dct.year {
			return txCand{end: k, typ: TypeDate, val: "XXXX-" + txSeasonCode[s], mod: mod}, true
		}
		y = m.dct.t.Year()
		cur := txSeasonOf(m.dct.t)
		switch {
		case m.dct.t.Month() <= 2 && s != 3:
			// In January and February the winter began last year: last
			// fall is last year's, next spring this year's.
			if rel < 0 || (rel == 0 && s != 0 && m.tenseAt(start, k) == tensePast) {
				y--
			}
		case rel < 0 && s >= cur:
			y--
		case rel > 0 && s <= cur:
			y++
		case rel == 0 && m.tok(j-1).low != "this" && s > cur && m.tenseAt(start, k) == tensePast:
			y--
		}
	}
	return txCand{end: k, typ: TypeDate, val: fmt.Sprintf("%04d-%s", y, txSeasonCode[s]), mod: mod}, true
}

func txSeasonOf(t time.Time) int {
	switch t.Month() {
	case 3, 4, 5:
		return 0
	case 6, 7, 8:
		return 1
	case 9, 10, 11:
		return 2
	}
	return 3
}

// modExpr handles early/late/mid/earlier/later + a date.
func (m *txMatcher) modExpr(i int) (txCand, bool) {
	w := m.tok(i).low
	mod := map[string]string{"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID"}[w]
	j := i + 1
	if w == "mid" {
		if m.punct(j, "-") && m.adj(j) {
			j++
		}
	} else if m.punct(j, "-") {
		return txCand{}, false
	}
	if m.is(j, "in") && (w == "early" || w == "late") {
		j++
		if m.is(j, "the") {
			j++
		}
	}
	nx := m.tok(j)
	var c txCand
	ok := false
	if (w == "earlier" || w == "later") && m.is(j, "in") && m.is(j+1, "the") {
		// "earlier in the year", "later in the week": the anchor's unit
		u := m.tok(j + 2)
		if u.kind != tkWord || u.cls&cUnit == 0 || u.cls&cPlural != 0 || (u.val != uYear && u.val != uMonth && u.val != uWeek && u.val != uDay) {
			return txCand{}, false
		}
		if !m.dct.year || (!m.dct.ok && u.val != uYear) {
			return txCand{end: j + 3, typ: TypeDate, val: txUnknownUnitValue(u.val), mod: mod}, true
		}
		return txCand{end: j + 3, typ: TypeDate, val: txUnitValue(m.dct.t, u.val), mod: mod}, true
	}
	if (w == "earlier" || w == "later") && nx.low == "that" {
		// "later that year", "earlier that day": the unit last mentioned.
		c, ok := m.anaphor(j + 1)
		if !ok {
			return txCand{}, false
		}
		c.mod = mod
		return c, true
	}
	if (w == "earlier" || w == "later") && nx.low != "this" && nx.low != "last" && nx.low != "next" {
		// "Earlier yesterday", "Later today": the day itself.
		if m.tok(i).cls&cCap != 0 && (nx.low == "today" || nx.low == "yesterday") {
			if c, ok := m.match(j); ok && c.typ == TypeDate {
				return c, true
			}
		}
		return txCand{}, false
	}
	switch {
	case nx.kind == tkNum:
		if c, ok = m.yearExpr(j); !ok {
			if y, mo, d, end, ok2 := m.calDate(j); ok2 && d == 0 {
				v, _ := m.calValue(y, mo, d, i, end)
				c, ok = txCand{end: end, typ: TypeDate, val: v}, true
			}
		}
	case nx.cls&cMonth != 0 && nx.cls&cCap != 0:
		if y, mo, d, end, ok2 := m.calDate(j); ok2 && d == 0 {
			v, _ := m.calValue(y, mo, d, i, end)
			c, ok = txCand{end: end, typ: TypeDate, val: v}, true
		}
	case nx.cls&cWeekday != 0:
		c, ok = m.weekdayExpr(j)
	case nx.cls&cSeason != 0:
		c, ok = m.seasonExpr(i, j, 0, mod)
	case nx.cls&cPart != 0 && nx.val < 4 && w == "mid":
		v := "XXXX-XX-XX"
		if m.dct.ok {
			v = txDayValue(m.dct.t)
		}
		end := j + 1
		if d := m.tok(end).low; d == "yesterday" || d == "today" || d == "tomorrow" {
			// "mid-afternoon yesterday"
			if dc, ok := m.deictic(end, end, ""); ok && dc.end == end+1 {
				v, end = dc.val, end+1
			}
		}
		c, ok = txCand{end: end, typ: TypeTime, val: v + "T" + txPartCode[nx.val]}, true
	case nx.low == "this" || nx.low == "last" || nx.low == "next":
		c, ok = m.relExpr(i, j, mod)
	case nx.low == "today" || nx.low == "yesterday" || nx.low == "tomorrow":
		c, ok = m.deictic(i, j, mod)
	}
	if !ok || c.typ == TypeDuration {
		return txCand{}, false
	}
	c.mod = mod
	return c, true
}

// setExpr handles every/each + [other] unit, weekday, month or part of day.
func (m *txMatcher) setExpr(i int) (txCand, bool) {
	j := i + 1
	n := 1.0
	if m.is(j, "other") {
		n = 2
		j++
	} else if k, l, ok := m.amount(j); ok && k > 1 {
		n = k
		j = l
	}
	t := m.tok(j)
	switch {
	case t.cls&cUnit != 0 && t.cls&cOrdinal != 0:
		return txCand{}, false // "every second Tuesday": an ordinal
	case t.cls&cUnit != 0:
		return txCand{end: j + 1, typ: TypeSet, val: txDurationValue(n, t.val)}, true
	case t.cls&cWeekday != 0 && t.cls&cCap != 0:
		return txCand{end: j + 1, typ: TypeSet, val: fmt.Sprintf("XXXX-WXX-%d", txIsoWeekday(t.val))}, true
	case t.cls&cMonth != 0 && t.cls&cCap != 0:
		return txCand{end: j + 1, typ: TypeSet, val: fmt.Sprintf("XXXX-%02d", t.val)}, true
	case t.cls&cPart != 0 && t.val < 4:
		return txCand{end: j + 1, typ: TypeSet, val: "XXXX-XX-XXT" + txPartCode[t.val]}, true
	case t.cls&cSeason != 0:
		return txCand{end: j + 1, typ: TypeSet, val: "XXXX-" + txSeasonCode[t.val]}, true
	}
	return txCand{}, false
}

// theExpr handles the expressions that start with "the".
func (m *txMatcher) theExpr(i int) (txCand, bool) {
	j := i + 1
	t := m.tok(j)
	switch t.low {
	case "past", "last", "next", "coming", "previous", "following", "upcoming":
		if c, ok := m.relExpr(i, j, ""); ok {
			if t.low == "past" && c.typ == TypeDate && !txPastDateUnit(m.tok(j+1)) {
				return txCand{}, false
			}
			return c, true
		}
		if t.low == "past" {
			if n := m.tok(j + 1); n.kind == tkNum || n.cls&cNumWord != 0 || n.low == "few" || n.low == "several" {
				if u := m.tok(j + 2).low; m.tok(j+2).cls&(cUnit|cSeason) == 0 && u != "summers" && u != "winters" && u != "springs" && u != "autumns" {
					return txCand{}, false // "the past three sessions": an adjective
				}
			}
			return txCand{end: j + 1, typ: TypeDate, val: "PAST_REF"}, true
		}
		return txCand{}, false
	case "future":
		if t.cls&cCap != 0 && m.tok(i).cls&cCap == 0 {
			return txCand{}, false // "the Forum for the Future": a name
		}
		return txCand{end: j + 1, typ: TypeDate, val: "FUTURE_REF"}, true
	case "short":
		if m.is(j+1, "term") {
			return txCand{end: j + 2, typ: TypeDate, val: "FUTURE_REF"}, true
		}
	case "near":
		if m.is(j+1, "future") || m.is(j+1, "term") {
			return txCand{end: j + 2, typ: TypeDate, val: "FUTURE_REF"}, true
		}
	case "day":
		if m.is(j+1, "before") || m.is(j+1, "after") {
			off := 1
			if m.is(j+1, "before") {
				off = -1
			}
			if nx := m.tok(j + 2); nx.low == "yesterday" || nx.low == "tomorrow" || nx.low == "today" {
				return txCand{}, false
			}
			return m.fromRef(j+2, off, uDay), true
		}
	case "same":
		if u := m.tok(j + 1); u.cls&cUnit != 0 && u.val == uDay {
			return m.fromRef(j+2, 0, uDay), true
		}
		if u := m.tok(j + 1); u.cls&cPart != 0 && u.val < 4 {
			// "the same evening": the day in focus, written as the day like
			// "the next morning"
			return m.fromRef(j+2, 0, uDay), true
		}
		return m.anaphor(j + 1)
	case "week":
		if m.is(j+1, "of") {
			// "the week of March 6": the ISO week holding the day
			if y, mo, d, end, ok := m.calDate(j + 2); ok && d > 0 {
				if v, ok := m.calValue(y, mo, d, j+2, end); ok && len(v) == 10 && v[0] != 'X' {
					if t, err := time.Parse(txDayFmt, v); err == nil {
						return txCand{end: end, typ: TypeDate, val: txIsoWeek(t)}, true
					}
				}
			}
		}
	case "weekend":
		v := "XXXX-WXX-WE"
		if m.dct.ok {
			// The weekend the anchor is in, else the last one before it
			// (the next one for the future tense).
			a := m.dct.t
			step := -1
			if m.tenseAt(i, j+1) == tenseFuture {
				step = 1
			}
			for a.Weekday() != time.Saturday && a.Weekday() != time.Sunday {
				a = a.AddDate(0, 0, step)
			}
			v = txIsoWeek(a) + "-WE"
		}
		return txCand{end: j + 1, typ: TypeDate, val: v}, true
	case "latest", "current":
		if u := m.tok(j + 1); u.cls&cUnit != 0 && u.val == uQuarter && u.cls&cPlural == 0 {
			if t.low == "current" {
				return m.quarterRel(j+2, 0), true
			}
			return m.quarterRel(j+2, -1), true
		}
		if t.low == "latest" && m.is(j+1, "period") && m.quarterTalk(i) {
			return m.quarterRel(j+2, -1), true
		}
		if m.is(j+1, "fiscal") && m.is(j+2, "year") && m.dct.year {
			// "the current fiscal year"; "the latest fiscal year" is the last one reported
			off := 0
			if t.low == "latest" {
				off = -1
			}
			return txCand{end: j + 3, typ: TypeDate, val: txYearValue(m.dct.t.Year() + off)}, true
		}
	case "quarter":
		if c, ok := m.quarterEnded(j); ok {
			return c, true
		}
		if !m.is(j+1, "of") && !m.is(j+1, "century") {
			return m.quarterRel(j+1, -1), true
		}
	case "end", "beginning", "start", "middle", "close":
		if !m.is(j+1, "of") {
			return txCand{}, false
		}
		k := j + 2
		var c txCand
		ok := false
		if m.is(k, "the") && m.tok(k+1).cls&cUnit != 0 && m.tok(k+1).cls&cPlural == 0 {
			// "the end of the year": the anchor's year, month or week
			u := m.tok(k + 1).val
			if u != uYear && u != uMonth && u != uWeek && u != uQuarter {
				return txCand{}, false
			}
			if m.dct.year && (m.dct.ok || u == uYear) {
				c, ok = txCand{end: k + 2, typ: TypeDate, val: txUnitValue(m.dct.t, u)}, true
			} else {
				c, ok = txCand{end: k + 2, typ: TypeDate, val: txUnknownUnitValue(u)}, true
			}
		} else if nx := m.tok(k); nx.cls&cMonth != 0 || nx.kind == tkNum || nx.low == "this" || nx.low == "last" || nx.low == "next" {
			c, ok = m.match(k)
		}
		if !ok || c.typ != TypeDate {
			return txCand{}, false
		}
		c.mod = map[string]string{"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}[t.low]
		c.date = txNarrow(m.finishDate(c), c.mod)
		return c, true
	case "year":
		if y, k, ok := m.wordYear(j + 1); ok {
			return txCand{end: k, typ: TypeDate, val: txYearValue(y)}, true // "the year two thousand"
		}
		if y, ok := m.yearNum(j + 1); ok {
			return txCand{end: j + 2, typ: TypeDate, val: txYearValue(y)}, true
		}
		if c, ok := m.theYear(i, j); ok {
			return c, true
		}
		return m.yearEarlier(i, j)
	case "full", "fiscal":
		if m.is(j+1, "year") {
			return m.theYear(i, j+1)
		}
	}
	if c, ok := m.decadeWord(j); ok {
		return c, true
	}
	if c, ok := m.centuryExpr(j); ok {
		return c, true
	}
	if t.cls&cOrdinal != 0 && m.punct(j+1, "-") {
		return txCand{}, false // "the third-quarter results": the article goes with the noun
	}
	if t.cls&cNumWord != 0 || t.kind == tkNum || t.low == "fiscal" || t.cls&cOrdinal != 0 || t.low == "final" {
		k := j
		if m.is(k, "fiscal") {
			k++
		}
		if c, ok := m.quarterExpr(k); ok {
			return c, true
		}
	}
	if t.low == "first" || t.low == "last" {
		if n, k, ok := m.amount(j + 1); ok && n > 1 {
			if u, pl, l, ok := m.unitAt(k); ok && pl {
				return txCand{end: l, typ: TypeDuration, val: txDurationValue(txScale(n, u))}, true
			}
		}
	}
	if t.kind == tkNum || t.low == "'" || t.low == "’" || t.low == "mid" || t.low == "early" || t.low == "late" {
		if c, ok := m.yearExpr(j); ok && (len(c.val) == 3 || (len(c.val) == 7 && c.val[5] == 'Q')) {
			return c, true // "the 1990s", "the 1988 third quarter"
		}
		if y, ok := m.yearNum(j); ok && (m.is(j+1, "quarter") || m.is(j+1, "period")) && m.refQ.ok {
			// "the 1988 quarter", "the 1989 period": the quarter in focus,
			// in that year
			return txCand{end: j + 2, typ: TypeDate, val: fmt.Sprintf("%04d-Q%d", y, txQuarterOf(m.refQ.t.Month()))}, true
		}
		if t.low == "mid" || t.low == "early" || t.low == "late" {
			if c, ok := m.modExpr(j); ok && len(c.val) == 3 {
				return c, true
			}
		}
	}
	if t.cls&cSeason != 0 {
		return m.seasonExpr(i, j, 0, "")
	}
	if n, k, ok := m.amount(j); ok && n != 1 {
		if u, pl, l, ok := m.unitAt(k); ok && pl {
			return txCand{end: l, typ: TypeDuration, val: txDurationValue(txScale(n, u))}, true
		}
	}
	return txCand{}, false
}

// theYear handles "the year" at token j after "the" (at start), possibly
// with "full" or "fiscal" between: a report's year, "the year ended June
// 30", is a DURATION of a year; "for the full year" is the anchor's year.
func (m *txMatcher) theYear(start, j int) (txCand, bool) {
	if m.is(j+1, "ended") || m.is(j+1, "ending") || m.is(j+1, "ends") {
		return txCand{end: j + 1, typ: TypeDuration, val: "P1Y"}, true
	}
	if m.is(j-1, "full") && m.dct.year {
		return txCand{end: j + 1, typ: TypeDate, val: txYearValue(m.dct.t.Year())}, true
	}
	// "for the year", "in the fiscal year", "the first nine months of the
	// year": the anchor's year (a year mentioned just before is as often a
	// comparison: "the year-earlier $4.5 million"). "the year before", "the year-earlier" and the like are not.
	if nx := m.tok(j + 1); nx.kind == tkPunct && nx.low == "-" || nx.kind == tkWord && nx.cls&cCap == 0 &&
		(nx.low == "before" || nx.low == "after" || nx.low == "earlier" || nx.low == "later" || nx.low == "ago" || nx.low == "that" || nx.low == "when") {
		return txCand{}, false
	}
	focus := false
	switch m.tok(start - 1).low {
	case "for", "throughout", "during", "in":
		focus = true
	case "of":
		p := m.tok(start - 2)
		focus = p.cls&cUnit != 0 || p.low == "rest" || p.low == "remainder" || p.low == "part"
	}
	if !focus {
		return txCand{}, false
	}
	if !m.dct.year {
		return txCand{end: j + 1, typ: TypeDate, val: "XXXX"}, true
	}
	return txCand{end: j + 1, typ: TypeDate, val: txYearValue(m.dct.t.Year())}, true
}

// fromRef is a day relative to the last mentioned day ("the day before").
func (m *txMatcher) fromRef(end, off, u int) txCand {
	base := m.ref
	if !base.ok {
		base = m.dct
	}
	if !base.ok {
		return txCand{end: end, typ: TypeDate, val: txUnknownUnitValue(u)}
	}
	return txCand{end: end, typ: TypeDate, val: txUnitValue(txAddUnit(base.t, u, off), u)}
}

// quarterEnded reads "the quarter" (its noun at token j) by the month that
// ends it: "the quarter ended March 31", "the quarter ending in June", "the
// quarter ended Sept. 30, 1989" are the quarters holding those months. A
// month without a year is the last such month by the anchor, or the next
// one for "ending" in the future tense ("will report for the quarter
// ending in June"). The expression is "the quarter" alone; the date is its
// own.
func (m *txMatcher) quarterEnded(j int) (txCand, bool) {
	verb := m.tok(j + 1).low
	if verb != "ended" && verb != "ending" {
		return txCand{}, false
	}
	k := j + 2
	if m.is(k, "in") || m.is(k, "on") {
		k++
	}
	mt := m.tok(k)
	if mt.cls&cMonth == 0 {
		return txCand{}, false
	}
	if !m.dct.year {
		return txCand{end: j + 1, typ: TypeDate, val: "XXXX-QX"}, true
	}
	mo := time.Month(mt.val)
	y := m.dct.t.Year()
	explicit := false
	for n := k + 1; n <= k+4; n++ {
		if yy, ok := m.yearNum(n); ok {
			y, explicit = yy, true
			break
		}
		if t := m.tok(n); t.kind != tkNum && !m.punct(n, ",") && !m.punct(n, ".") {
			break
		}
	}
	if !explicit {
		future := verb == "ending" && m.tenseAt(j-1, j+1) == tenseFuture
		switch {
		case !future && mo > m.dct.t.Month():
			y--
		case future && mo < m.dct.t.Month():
			y++
		}
	}
	return txCand{end: j + 1, typ: TypeDate, val: txUnitValue(txDay(y, mo, 1), uQuarter)}, true
}

// quarterRel is the quarter before or after the anchor's.
func (m *txMatcher) quarterRel(end, off int) txCand {
	if !m.dct.year {
		return txCand{end: end, typ: TypeDate, val: "XXXX-QX"}
	}
	t := txAddMonths(txDay(m.dct.t.Year(), m.dct.t.Month(), 1), 3*off)
	return txCand{end: end, typ: TypeDate, val: txUnitValue(t, uQuarter)}
}

// quarterExpr handles "first quarter", "third-quarter", "Q3", "Q3 2024",
// "the fourth quarter of 2024", "first half" (with "the" before i).
func (m *txMatcher) quarterExpr(i int) (txCand, bool) {
	t := m.tok(i)
	q, j := 0, i
	half := false
	switch {
	case t.low == "q" && t.cls&cCap != 0:
		nx := m.tok(i + 1)
		if nx.kind != tkNum || !m.adj(i+1) || nx.val < 1 || nx.val > 4 || nx.nd != 1 {
			return txCand{}, false
		}
		q, j = nx.val, i+2
	case t.cls&cOrdinal != 0 && t.val <= 4 || t.low == "final":
		q, j = t.val, i+1
		if m.punct(j, "-") && m.adj(j) {
			j++
		}
		u := m.tok(j)
		if u.cls&cUnit == 0 || u.cls&cPlural != 0 || (u.val != uQuarter && u.val != uHalf) {
			return txCand{}, false
		}
		if t.low == "final" {
			// "the final quarter of 2004", but a match's "final quarter"
			// is no date: a year must follow
			if !m.is(j+1, "of") {
				return txCand{}, false
			}
			if _, ok := m.yearNum(j + 2); !ok && !m.is(j+3, "year") {
				return txCand{}, false
			}
			q = 4
			if u.val == uHalf {
				q = 2
			}
		}
		if u.val == uHalf {
			if q > 2 {
				return txCand{}, false
			}
			half = true
		}
		j++
	default:
		return txCand{}, false
	}
	y := 0
	switch {
	case m.is(j, "of") || m.punct(j, ","):
		if yy, ok := m.yearNum(j + 1); ok {
			y, j = yy, j+2
		} else if yy, ok := m.yearNum(j + 2); ok && m.is(j, "of") && m.is(j+1, "fiscal") {
			y, j = yy, j+3 // "the first quarter of fiscal 1986"
		} else if m.is(j, "of") && (m.is(j+1, "last") || m.is(j+1, "this") || m.is(j+1, "next")) && m.is(j+2, "year") {
			if m.dct.year {
				y = m.dct.t.Year() + map[string]int{"last": -1, "this": 0, "next": 1}[m.tok(j+1).low]
			}
			j += 3
		} else if m.is(j, "of") && m.is(j+1, "the") && m.is(j+2, "year") {
			j += 3
		}
	default:
		if yy, ok := m.yearNum(j); ok {
			y, j = yy, j+1
		}
	}
	code := fmt.Sprintf("Q%d", q)
	per := 3
	if half {
		code, per = fmt.Sprintf("H%d", q), 6
	}
	if y == 0 {
		if !m.dct.year {
			return txCand{end: j, typ: TypeDate, val: "XXXX-" + code}, true
		}
		y = m.dct.t.Year()
		cur := (int(m.dct.t.Month())-1)/per + 1
		switch tense := m.tenseAt(i, j); {
		case q > cur && (tense == tensePast || (tense == tenseUnknown && q-cur >= 2)):
			y--
		case cur-q >= 2 && tense == tenseFuture:
			// "expects to report third-quarter results" in the fourth
			// quarter speaks of the quarter just ended.
			y++
		}
	}
	return txCand{end: j, typ: TypeDate, val: fmt.Sprintf("%04d-%s", y, code)}, true
}

// holiday handles a few fixed holidays.
func (m *txMatcher) holiday(i int) (txCand, bool) {
	t := m.tok(i)
	if t.cls&cCap == 0 {
		return txCand{}, false
	}
	mo, d, j := 0, 0, i+1
	switch t.low {
	case "christmas":
		mo, d = 12, 25
		if m.is(j, "eve") {
			d, j = 24, j+1
		} else if m.is(j, "day") {
			j++
		}
	case "halloween":
		mo, d = 10, 31
	case "new":
		if !m.is(j, "year") || !m.punct(j+1, "'") && !m.punct(j+1, "’") || !m.is(j+2, "s") {
			return txCand{}, false
		}
		switch {
		case m.is(j+3, "day"):
			mo, d, j = 1, 1, j+4
		case m.is(j+3, "eve"):
			mo, d, j = 12, 31, j+4
		default:
			return txCand{}, false
		}
	case "independence":
		if !m.is(j, "day") {
			return txCand{}, false
		}
		mo, d, j = 7, 4, j+1
	case "valentine":
		if !m.punct(j, "'") && !m.punct(j, "’") || !m.is(j+1, "s") || !m.is(j+2, "day") {
			return txCand{}, false
		}
		mo, d, j = 2, 14, j+3
	case "thanksgiving":
		if m.is(j, "day") {
			j++
		}
		if !m.dct.year {
			return txCand{end: j, typ: TypeDate, val: "XXXX-11-XX"}, true
		}
		thanks := func(y int) time.Time {
			first := txDay(y, 11, 1)
			return first.AddDate(0, 0, (int(time.Thursday)-int(first.Weekday())+7)%7+21)
		}
		if yy, ok := m.yearNum(j); ok {
			return txCand{end: j + 1, typ: TypeDate, val: txDayValue(thanks(yy))}, true
		}
		y := m.dct.t.Year()
		best := thanks(y)
		for _, k := range []int{y - 1, y + 1} {
			if d := thanks(k); absDays(d, m.dct.t) < absDays(best, m.dct.t) {
				best = d
			}
		}
		return txCand{end: j, typ: TypeDate, val: txDayValue(best)}, true
	default:
		return txCand{}, false
	}
	y := 0
	if yy, ok := m.yearNum(j); ok {
		y, j = yy, j+1
	}
	v, ok := m.calValue(y, mo, d, i, j)
	return txCand{end: j, typ: TypeDate, val: v}, ok
}

// yearEarlier handles "year-earlier" and "year-ago", alone (the year before
// the anchor's) or before "quarter" or "period" (the same quarter a year
// before the last one), started at token start.
func (m *txMatcher) yearEarlier(start, i int) (txCand, bool) {
	if k := i + 1; m.is(k, "end") || ((m.punct(k, "'") || m.punct(k, "’")) && m.is(k+1, "s") && m.is(k+2, "end")) {
		// "at year end", "by the year's end": the end of the anchor's
		// year, written as "the end of the year" is
		if !m.is(k, "end") {
			k += 2
		}
		if m.punct(k+1, "-") {
			return txCand{}, false
		}
		v := "XXXX"
		if m.dct.year {
			v = txYearValue(m.dct.t.Year())
		}
		c := txCand{end: k + 1, typ: TypeDate, val: v, mod: "END"}
		c.date = txNarrow(m.finishDate(c), c.mod)
		return c, true
	}
	if m.punct(i+1, "-") && m.adj(i+1) && m.is(i+2, "end") && start == i {
		if !m.dct.year {
			return txCand{end: i + 3, typ: TypeDate, val: "XXXX-12-31"}, true
		}
		return txCand{end: i + 3, typ: TypeDate, val: fmt.Sprintf("%04d-12-31", m.dct.t.Year())}, true
	}
	if !m.punct(i+1, "-") || !m.adj(i+1) || !(m.is(i+2, "earlier") || m.is(i+2, "ago")) {
		return txCand{}, false
	}
	j := i + 3
	if !m.dct.year {
		return txCand{end: j, typ: TypeDate, val: "XXXX"}, true
	}
	quarter := txUnitValue(txAddMonths(txDay(m.dct.t.Year(), m.dct.t.Month(), 1), -15), uQuarter)
	if q, ok := m.quarterExpr(j); ok && len(q.val) == 7 && q.val[5] == 'Q' && m.tok(j).kind == tkWord && m.tok(j).low != "q" {
		// "the year-earlier third quarter"
		q.val = txYearValue(m.dct.t.Year()-1) + q.val[4:]
		q.back = txBackKey(1, uYear)
		return q, true
	}
	if m.is(j, "quarter") || m.is(j, "period") {
		return txCand{end: j + 1, typ: TypeDate, val: quarter, back: txBackKey(1, uYear)}, true
	}
	if start != i {
		return txCand{}, false // "the year-earlier" needs its noun
	}
	if m.quarterTalk(i) {
		return txCand{end: j, typ: TypeDate, val: quarter, back: txBackKey(1, uYear)}, true
	}
	return txCand{end: j, typ: TypeDate, val: txYearValue(m.dct.t.Year() - 1), back: txBackKey(1, uYear)}, true
}

// absDays is the number of days between two days.
func absDays(a, b time.Time) float64 {
	d := a.Sub(b).Hours() / 24
	if d < 0 {
		return -d
	}
	return d
}

// txWindow bounds how far context is searched around an expression, so a
// text without sentence breaks stays linear.
const txWindow = 40

// window returns the token range of the current sentence around [i, j),
// clipped to txWindow tokens on either side.
func (m *txMatcher) window(i, j int) (int, int) {
	s, e := 0, len(m.toks)
	if m.sent < len(m.sents) {
		s, e = m.sents[m.sent][0], m.sents[m.sent][1]
	}
	return max(s, i-txWindow), min(e, j+txWindow)
}
