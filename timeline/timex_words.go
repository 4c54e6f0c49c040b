package timeline

import "fmt"

// This file holds the rules for years, decades and centuries written out in
// words, as broadcast transcripts have them ("nineteen ninety-six", "the
// year two thousand", "the nineties", "the 20th century").

// txDecadeWords maps "twenties".."nineties" to the decade's tens.
var txDecadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9}

// txWordYearPrep are the words before "two thousand" or "twelve hundred"
// that make it a year.
var txWordYearPrep = map[string]bool{"in": true, "since": true, "by": true, "until": true, "from": true,
	"before": true, "after": true, "during": true, "of": true, "year": true, "through": true}

// wordYear parses a year written in words at token i: "nineteen
// ninety-six", "nineteen oh five", "nineteen hundred", "two thousand",
// "two thousand and one". It returns the year and the index after it.
func (m *txMatcher) wordYear(i int) (int, int, bool) {
	t := m.tok(i)
	if t.kind != tkWord || t.cls&cNumWord == 0 {
		return 0, i, false
	}
	if t.val == 2 && m.is(i+1, "thousand") {
		y, j := 2000, i+2
		k := j
		if m.is(k, "and") {
			k++
		}
		if n, l, ok := m.wordBelow100(k); ok && n > 0 {
			y, j = 2000+n, l
		}
		return y, j, true
	}
	if t.val < 10 || t.val > 19 {
		return 0, i, false
	}
	c := t.val * 100
	j := i + 1
	switch {
	case m.is(j, "hundred"):
		return c, j + 1, true
	case m.is(j, "oh"):
		if u := m.tok(j + 1); u.kind == tkWord && u.cls&cNumWord != 0 && u.val >= 1 && u.val <= 9 {
			return c + u.val, j + 2, true
		}
		return 0, i, false
	}
	n, l, ok := m.wordBelow100(j)
	if !ok || n < 10 {
		return 0, i, false
	}
	return c + n, l, true
}

// wordBelow100 parses a number from one to ninety-nine written in words
// at token i ("six", "sixteen", "ninety-six", "ninety six").
func (m *txMatcher) wordBelow100(i int) (int, int, bool) {
	t := m.tok(i)
	if t.kind != tkWord || t.cls&cNumWord == 0 || t.val < 1 || t.val >= 100 || t.low == "dozen" {
		return 0, i, false
	}
	n, j := t.val, i+1
	if n >= 20 && n%10 == 0 {
		k := j
		if m.punct(k, "-") && m.adj(k) {
			k++
		}
		if u := m.tok(k); u.kind == tkWord && u.cls&cNumWord != 0 && u.val >= 1 && u.val <= 9 {
			n, j = n+u.val, k+1
		}
	}
	return n, j, true
}

// wordYearExpr handles a year in words at token i ("in nineteen
// ninety-one"), and "the year two thousand" when start is the "the".
func (m *txMatcher) wordYearExpr(start, i int) (txCand, bool) {
	y, j, ok := m.wordYear(i)
	if !ok {
		return txCand{}, false
	}
	if (m.is(i+1, "thousand") || m.is(i+1, "hundred")) && j == i+2 && start == i && !txWordYearPrep[m.tok(i-1).low] {
		return txCand{}, false // "two thousand people", "twelve hundred students"
	}
	if nx := m.tok(j); nx.kind == tkWord && (txYearWordsAfter[nx.low] || nx.cls&cUnit != 0) {
		return txCand{}, false
	}
	return txCand{end: j, typ: TypeDate, val: txYearValue(y)}, true
}

// centuryExpr handles "20th century", "the twentieth century" at token i:
// the value is the century's first two digits ("19").
func (m *txMatcher) centuryExpr(i int) (txCand, bool) {
	t := m.tok(i)
	n, j := 0, i+1
	switch {
	case t.kind == tkWord && t.cls&cOrdinal != 0:
		n = t.val
	case t.kind == tkNum && t.nd <= 2 && t.val >= 1:
		s := m.tok(j)
		if !m.adj(j) || (s.low != "st" && s.low != "nd" && s.low != "rd" && s.low != "th") {
			return txCand{}, false
		}
		n, j = t.val, j+1
	default:
		return txCand{}, false
	}
	if m.punct(j, "-") && m.adj(j) {
		j++
	}
	if u := m.tok(j); u.kind != tkWord || u.cls&cUnit == 0 || u.val != uCentury || u.cls&cPlural != 0 {
		return txCand{}, false
	}
	if n < 1 || n > 21 {
		return txCand{}, false
	}
	return txCand{end: j + 1, typ: TypeDate, val: fmt.Sprintf("%02d", n-1)}, true
}

// decadeWord handles "the nineties" at token i (the word after "the"): the
// decade of the anchor's century, or of the twentieth when the anchor is
// unknown.
func (m *txMatcher) decadeWord(i int) (txCand, bool) {
	d, ok := txDecadeWords[m.tok(i).low]
	if !ok {
		return txCand{}, false
	}
	c := 19
	if m.dct.year {
		c = m.dct.t.Year() / 100
		if c*100+d*10 > m.dct.t.Year() {
			c-- // the nineties, said in 2025, are the 1990s
		}
	}
	return txCand{end: i + 1, typ: TypeDate, val: fmt.Sprintf("%02d%d", c, d)}, true
}
