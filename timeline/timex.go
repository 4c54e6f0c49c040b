package timeline

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chronograph/chronograph/graph"
)

// TIMEX3 types.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Timexes finds and normalizes the time expressions of text, in text order,
// without overlaps. dct is the document creation time (day precision
// normally; it may be unknown, and then relative expressions get "XXXX"
// values and unknown Dates). sentences are the sentence spans of text; when
// nil, Timexes splits sentences itself. An expression inside one of blocks
// (a quoted post with its own known date) resolves against the block's date
// instead of dct. Relative expressions resolve against dct ("yesterday",
// "last week"), weekday names and year-less months by the tense of their
// sentence, and chained ones ("the day after", "that year") against the last
// date mentioned before them. As TimeML writes it, "two days later" is the
// DURATION "two days" ("later" is its signal); its Date is the day it
// reaches, which becomes the day in focus. Timexes never reads the clock: the same input
// gives the same output. It is safe for concurrent use.
func Timexes(text string, sentences []graph.Span, dct graph.Date, blocks []graph.Block) []graph.Timex {
	bp := txToksPool.Get().(*[]txToken)
	m := txNewMatcherIn(text, sentences, dct, blocks, *bp)
	out := m.run()
	recycle(&txToksPool, bp, m.toks)
	return out
}

// txToksPool holds the matcher's token buffers, reused from one text to the
// next like the event extractor's (toksPool).
var txToksPool = sync.Pool{New: func() any { return new([]txToken) }}

// matcher holds the state of one scan over a text.
type txMatcher struct {
	text    string
	toks    []txToken
	sents   [][2]int // token ranges of sentences
	docDCT  txAnchor
	dct     txAnchor        // the anchor in force (document or block)
	ref     txAnchor        // the last day mentioned, for chained expressions
	refM    txAnchor        // the first day of the last month mentioned
	refQ    txAnchor        // the first day of the last quarter mentioned
	refY    txAnchor        // January 1st of the last year mentioned
	refP    graph.Precision // the precision of the last date mentioned
	refS    int             // the sentence index of ref
	refBack string          // the span the last date was counted back by, if it was (txCand.back)
	blocks  []graph.Block
	block   int // index of the block the scan is in, or -1
	dmy     bool
	sent    int // index of the sentence holding the current token
}

func txNewMatcher(text string, sentences []graph.Span, dct graph.Date, blocks []graph.Block) *txMatcher {
	return txNewMatcherIn(text, sentences, dct, blocks, make([]txToken, 0, len(text)/5+1))
}

// txNewMatcherIn is txNewMatcher with the tokens appended to buf[:0].
func txNewMatcherIn(text string, sentences []graph.Span, dct graph.Date, blocks []graph.Block, buf []txToken) *txMatcher {
	m := &txMatcher{text: text, docDCT: txAnchorOf(dct), block: -1}
	m.toks = txTokenize(text, buf[:0])
	if sentences != nil {
		m.sents = txSentenceTokens(m.toks, sentences)
	} else {
		m.sents = txSplitSentences(text, m.toks, nil)
	}
	m.dct = m.docDCT
	if len(blocks) > 0 {
		m.blocks = append([]graph.Block(nil), blocks...)
		sort.SliceStable(m.blocks, func(a, b int) bool { return m.blocks[a].Start < m.blocks[b].Start })
	}
	m.dmy = txDayFirstEvidence(m.toks)
	return m
}

// txSentenceTokens maps sentence byte spans to token ranges; tokens outside
// every span form sentences of their own.
func txSentenceTokens(toks []txToken, spans []graph.Span) [][2]int {
	out := make([][2]int, 0, len(spans))
	k := 0
	for _, sp := range spans {
		for k < len(toks) && toks[k].s < sp.Start {
			out = append(out, [2]int{k, k + 1})
			k++
		}
		st := k
		for k < len(toks) && toks[k].s < sp.End {
			k++
		}
		if k > st {
			out = append(out, [2]int{st, k})
		}
	}
	for ; k < len(toks); k++ {
		out = append(out, [2]int{k, k + 1})
	}
	return out
}

func (m *txMatcher) run() []graph.Timex {
	var out []graph.Timex
	last := [2]int{-1, -1} // the token range of the last expression
	for i := 0; i < len(m.toks); {
		m.enter(i)
		c, ok := m.match(i)
		if !ok {
			i++
			continue
		}
		if m.tok(c.end-1).low == "quarter" && m.punct(c.end, "-") && strings.HasPrefix(m.tok(c.end+1).low, "final") {
			i = c.end + 2 // "the quarter-finals": a round of a contest
			continue
		}
		c = m.compound(c)
		if !ValueForm.MatchString(c.val) {
			i = c.end // an arithmetic result outside four-digit years
			continue
		}
		s, e := m.toks[i].s, m.toks[c.end-1].e
		tx := graph.Timex{Span: graph.Span{Start: s, End: e}, Text: m.text[s:e], Type: c.typ, Value: c.val, Date: c.date}
		if len(out) > 0 && m.rangeOrder(&out[len(out)-1], &tx, last, [2]int{i, c.end}) {
			c.val = tx.Value
		}
		out = append(out, tx)
		last = [2]int{i, c.end}
		switch {
		case c.typ == TypeDate || c.typ == TypeTime:
			if m.noteRef(c.val) {
				m.refBack = c.back
			}
		case c.typ == TypeDuration && c.date.Precision == graph.Day:
			m.noteRef(c.date.Earliest) // "two days later" moves the day in focus
			m.refBack = ""
		case c.typ == TypeDuration && (c.date.Precision == graph.Month || c.date.Precision == graph.Year):
			// "two years later" moves the year in focus: "That year" is
			// the year it reaches
			if m.noteRef(c.date.Value) {
				m.refBack = ""
			}
		}
		i = c.end
	}
	return out
}

// rangeOrder makes the end of a range or a pair of year-less months or
// days follow its start ("April/Dec", "between March 25 and June 25", "the
// October-September season", "registrations for April and May"), each
// resolved alone by the tense: when the end came out before the start,
// either the start moves a year back or the end a year on, whichever keeps
// the range nearer the document date. Two weekday names go to weekdayPair.
// a and b are the two expressions, at token ranges ra and rb, joined by one
// connecting token; rangeOrder reports whether it changed b.
func (m *txMatcher) rangeOrder(a, b *graph.Timex, ra, rb [2]int) bool {
	if a.Type != TypeDate || b.Type != TypeDate || !m.dct.ok || ra[1] < 0 || rb[0]-ra[1] != 1 {
		return false
	}
	switch m.tok(ra[1]).low {
	case "-", "/", "to", "through", "until", "till", "and", "or":
	default:
		return false
	}
	if m.weekdayPair(a, b, ra, rb, !m.is(ra[1], "and") && !m.is(ra[1], "or")) {
		return true
	}
	if !m.yearlessCal(ra) || !m.yearlessCal(rb) || len(a.Value) != len(b.Value) || a.Value <= b.Value {
		return false
	}
	ta, errA := time.Parse(txDayFmt, (a.Value + "-01")[:10])
	tb, errB := time.Parse(txDayFmt, (b.Value + "-01")[:10])
	if errA != nil || errB != nil {
		return false
	}
	mid := func(x, y time.Time) float64 { return absDays(x.Add(y.Sub(x)/2), m.dct.t) }
	if mid(ta.AddDate(-1, 0, 0), tb) < mid(ta, tb.AddDate(1, 0, 0)) {
		a.Value = txShiftYear(a.Value, -1)
		a.Date = txShiftDate(a.Date, a.Value, -1)
		return false
	}
	b.Value = txShiftYear(b.Value, 1)
	b.Date = txShiftDate(b.Date, b.Value, 1)
	return true
}

// txShiftDate moves the bounds of d by dy years and gives it value v,
// keeping the part of a month it covers ("early May": May 1-10); a bound
// on February 29 becomes February 28 in a common year.
func txShiftDate(d graph.Date, v string, dy int) graph.Date {
	shift := func(day string) string {
		if len(day) != 10 {
			return day
		}
		out := txShiftYear(day, dy)
		if _, err := time.Parse(txDayFmt, out); err != nil && day[5:] == "02-29" {
			out = out[:5] + "02-28"
		}
		return out
	}
	d.Value, d.Earliest, d.Latest = v, shift(d.Earliest), shift(d.Latest)
	return d
}

// weekdayPair keeps two weekday names of one range or pair ("on Thursday
// and Friday", "Monday to Wednesday"), each resolved alone by the tense,
// within a week of each other, and a range (ordered) in order; a pair may
// go back in time ("statements made Friday and Thursday"). When they came
// out otherwise, the first moves by whole weeks to the days before the
// second or the second to the days after the first, whichever keeps them
// nearer the document date. It reports whether it changed b.
func (m *txMatcher) weekdayPair(a, b *graph.Timex, ra, rb [2]int, ordered bool) bool {
	if ra[1]-ra[0] != 1 || rb[1]-rb[0] != 1 || m.tok(ra[0]).cls&cWeekday == 0 || m.tok(rb[0]).cls&cWeekday == 0 ||
		len(a.Value) != 10 || len(b.Value) != 10 {
		return false
	}
	ta, errA := time.Parse(txDayFmt, a.Value)
	tb, errB := time.Parse(txDayFmt, b.Value)
	if errA != nil || errB != nil {
		return false
	}
	if d := tb.Sub(ta).Hours() / 24; (ordered && d > 0 && d <= 6) || (!ordered && absDays(ta, tb) <= 6) {
		return false
	}
	// the first moved by weeks into the six days before the second, or the
	// second into the six days after the first: in the order written
	a2 := ta.AddDate(0, 0, 7*int(math.Floor(tb.Sub(ta).Hours()/24/7)))
	if !a2.Before(tb) {
		a2 = a2.AddDate(0, 0, -7)
	}
	b2 := tb.AddDate(0, 0, -7*int(math.Floor(tb.Sub(ta).Hours()/24/7)))
	if !b2.After(ta) {
		b2 = b2.AddDate(0, 0, 7)
	}
	mid := func(x, y time.Time) float64 { return absDays(x.Add(y.Sub(x)/2), m.dct.t) }
	if mid(a2, tb) < mid(ta, b2) {
		a.Value = txDayValue(a2)
		a.Date = txDateOfValue(a.Value)
		return false
	}
	b.Value = txDayValue(b2)
	b.Date = txDateOfValue(b.Value)
	return true
}

// yearlessCal reports whether tokens r are a month or a day of a month
// with no year: "April", "Dec.", "June 25", "25 June", "late April",
// "mid-May".
func (m *txMatcher) yearlessCal(r [2]int) bool {
	if r[1]-r[0] > 1 && monthParts[m.tok(r[0]).low] {
		r[0]++
		if r[1]-r[0] > 1 && m.is(r[0], "-") {
			r[0]++
		}
	}
	first := m.tok(r[0])
	if first.cls&cMonth == 0 && !(first.kind == tkNum && first.nd <= 2 && m.tok(r[0]+1).cls&cMonth != 0) {
		return false
	}
	for k := r[0]; k < r[1]; k++ {
		if t := m.tok(k); t.kind == tkNum && t.nd > 2 {
			return false
		}
	}
	return true
}

// monthParts are the words naming a part of a month before its name.
var monthParts = map[string]bool{"early": true, "late": true, "mid": true}

// txShiftYear moves a "YYYY-MM" or "YYYY-MM-DD" value by dy years.
func txShiftYear(v string, dy int) string {
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return v
	}
	return fmt.Sprintf("%04d", y+dy) + v[4:]
}

// compound joins a counted duration to a smaller one right after it, as
// times are told: "14 minutes 32.93 seconds" is PT14M32.93S, "two hours 23
// minutes" PT2H23M.
func (m *txMatcher) compound(c txCand) txCand {
	if c.typ != TypeDuration || c.mod != "" || strings.Contains(c.val, "X") {
		return c
	}
	if nx := m.tok(c.end); nx.kind != tkNum && nx.cls&cNumWord == 0 {
		return c
	}
	d, ok := m.match(c.end)
	if !ok || d.typ != TypeDuration || d.mod != "" || strings.Contains(d.val, "X") || !txMixable(c.val, d.val) {
		return c
	}
	c.val, c.end = txJoinDurations(c.val, d.val), d.end
	return c
}

// enter updates the sentence index and the anchor in force for token i.
func (m *txMatcher) enter(i int) {
	for m.sent < len(m.sents)-1 && m.sents[m.sent][1] <= i {
		m.sent++
	}
	if len(m.blocks) == 0 {
		return
	}
	off := m.toks[i].s
	in := -1
	for b := range m.blocks {
		if off >= m.blocks[b].Start && off < m.blocks[b].End && m.blocks[b].Date.Known() {
			in = b
		}
	}
	if in != m.block {
		m.block = in
		m.ref, m.refM, m.refQ, m.refY, m.refP = txAnchor{}, txAnchor{}, txAnchor{}, txAnchor{}, ""
		if in >= 0 {
			m.dct = txAnchorOf(m.blocks[in].Date)
		} else {
			m.dct = m.docDCT
		}
	}
}

// noteRef records the calendar units a DATE or TIME value names, for the
// anaphors that follow ("that year", "the following month", "two days
// later"): a day names its day, month, quarter and year; a month its month,
// quarter and year; a quarter its quarter and year; a season or a half its
// year. It reports whether v named a calendar unit.
func (m *txMatcher) noteRef(v string) bool {
	if len(v) < 4 || !txAllDigits(v[:4]) || (len(v) > 4 && v[4] != '-') {
		return false
	}
	y, _ := strconv.Atoi(v[:4])
	if y < 1000 || y > 9000 {
		return false
	}
	mo := 0
	m.refP = graph.Year
	if len(v) >= 7 && txAllDigits(v[5:7]) {
		m.refP = graph.Month
		mo, _ = strconv.Atoi(v[5:7])
	}
	if len(v) >= 10 && v[7] == '-' {
		if t, err := time.Parse(txDayFmt, v[:10]); err == nil {
			m.ref = txAnchor{t: t, ok: true, year: true, prec: graph.Day}
			m.refP, m.refS = graph.Day, m.sent
		}
	}
	switch {
	case mo >= 1 && mo <= 12:
		m.refM = txAnchor{t: txDay(y, time.Month(mo), 1), ok: true, year: true, prec: graph.Month}
		m.refQ = txAnchor{t: txDay(y, time.Month(3*txQuarterOf(time.Month(mo))-2), 1), ok: true, year: true, prec: graph.Month}
	case len(v) == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4':
		m.refQ = txAnchor{t: txDay(y, time.Month(3*int(v[6]-'0')-2), 1), ok: true, year: true, prec: graph.Month}
	}
	m.refY = txAnchor{t: txDay(y, 1, 1), ok: true, year: true, prec: graph.Year}
	return true
}

// txDayFirstEvidence reports whether the text's numeric dates are written day
// first: one of them has a first field above 12 and none a second one.
func txDayFirstEvidence(toks []txToken) bool {
	dmy, mdy := false, false
	for i := 0; i+4 < len(toks); i++ {
		a, s1, b, s2, y := &toks[i], &toks[i+1], &toks[i+2], &toks[i+3], &toks[i+4]
		if a.kind != tkNum || b.kind != tkNum || y.kind != tkNum || a.nd > 2 || b.nd > 2 || y.nd != 4 {
			continue
		}
		if s1.low != s2.low || (s1.low != "/" && s1.low != "-" && s1.low != ".") {
			continue
		}
		if a.val > 12 && a.val <= 31 && b.val <= 12 {
			dmy = true
		}
		if b.val > 12 && b.val <= 31 && a.val <= 12 {
			mdy = true
		}
	}
	return dmy && !mdy
}
