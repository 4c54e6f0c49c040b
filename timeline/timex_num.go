package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chronograph/chronograph/graph"
)

// amount parses a count at token i: "3", "2.5", "two", "twenty-five", "a",
// "a few", "several", "a couple of", "half a", "two and a half". n is -1
// for an unspecified count.
func (m *txMatcher) amount(i int) (n float64, end int, ok bool) {
	t := m.tok(i)
	switch {
	case t.kind == tkNum:
		if t.val >= 0 {
			n, end = float64(t.val), i+1
		} else {
			f, err := strconv.ParseFloat(strings.ReplaceAll(t.low, ",", ""), 64)
			if err != nil {
				return 0, i, false
			}
			n, end = f, i+1
		}
		if m.adj(i+1) && m.punct(i+1, "/") {
			return 0, i, false
		}
		if a, s, b := m.tok(end), m.tok(end+1), m.tok(end+2); a.val == 1 && s.low == "/" && b.val >= 2 && b.val <= 4 && m.adj(end+1) && m.adj(end+2) {
			n, end = n+1/float64(b.val), end+3
		}
	case t.cls&cNumWord != 0:
		n, end = float64(t.val), i+1
		if t.val >= 20 && t.val < 100 {
			k := end
			if m.punct(k, "-") && m.adj(k) {
				k++
			}
			if u := m.tok(k); u.cls&cNumWord != 0 && u.val > 0 && u.val < 10 {
				n, end = n+float64(u.val), k+1
			}
		}
		if m.is(end, "hundred") && t.val < 100 {
			n, end = n*100, end+1
		}
	case t.low == "a" || t.low == "an":
		switch {
		case m.is(i+1, "few"):
			return -1, i + 2, true
		case m.is(i+1, "couple"):
			if m.is(i+2, "of") {
				return 2, i + 3, true
			}
			return 2, i + 2, true
		case m.is(i+1, "half"):
			return 0.5, i + 2, true
		case m.is(i+1, "dozen"):
			return 12, i + 2, true
		}
		return 1, i + 1, true
	case t.low == "few" || t.low == "several" || t.low == "many":
		return -1, i + 1, true
	case t.low == "half":
		if m.is(i+1, "a") || m.is(i+1, "an") {
			return 0.5, i + 2, true
		}
		return 0, i, false
	case t.low == "dozens" || t.low == "hundreds":
		if m.is(i+1, "of") {
			return -1, i + 2, true
		}
		return 0, i, false
	case t.low == "couple":
		if m.is(i+1, "of") {
			return 2, i + 2, true
		}
		return 0, i, false
	default:
		return 0, i, false
	}
	if n >= 0 && m.is(end, "and") && m.is(end+1, "a") && m.is(end+2, "half") {
		n, end = n+0.5, end+3
	}
	return n, end, true
}

// unitAt reports a unit of time at token i, or after a hyphen there
// ("two-year"), and the index after it.
func (m *txMatcher) unitAt(i int) (u int, plural bool, end int, ok bool) {
	j := i
	if m.punct(j, "-") && m.adj(j) && m.adj(j+1) {
		j++
	}
	t := m.tok(j)
	if t.kind != tkWord || t.cls&cUnit == 0 {
		return 0, false, i, false
	}
	if t.cls&cOrdinal != 0 {
		// "second" is both; its val is the ordinal's 2
		return uSecond, false, j + 1, true
	}
	return t.val, t.cls&cPlural != 0, j + 1, true
}

// txBigNumber are the words of a large count before a plural noun.
var txBigNumber = map[string]bool{"million": true, "billion": true, "trillion": true, "bn": true, "m": true}

// txAmountAside reports whether token k closes a parenthesis around an
// amount, as the BBC gives a sum in a second currency: "£20 ($38) a month".
func txAmountAside(m *txMatcher, k int) bool {
	if !m.punct(k, ")") {
		return false
	}
	for l := k - 1; l >= k-5 && l >= 0; l-- {
		if m.punct(l, "(") {
			b := m.tok(l - 1)
			return b.kind == tkNum || txBigNumber[b.low] // the amount the aside converts
		}
		if t := m.tok(l); t.kind != tkNum && t.kind != tkPunct && !txBigNumber[t.low] && t.low != "p" && len(t.low) > 3 {
			return false
		}
	}
	return false
}

// txQuarterTime reports whether "a quarter" between tokens p (the word
// before it and its modifier) and l (the word after it) is a span of time:
// "for a quarter", "a quarter ago", "a quarter in advance".
func txQuarterTime(m *txMatcher, p, l int) bool {
	switch m.tok(p).low {
	case "for", "over", "within", "during", "each", "every", "per":
		return true
	}
	switch m.tok(l).low {
	case "ago", "earlier", "later", "before", "after":
		return true
	case "in":
		return m.is(l+1, "advance")
	}
	return false
}

// durationExpr handles counted units: "two days", "a year ago", "nearly two
// decades", "three days later", "30-year", "more than four hours".
func (m *txMatcher) durationExpr(i int) (txCand, bool) {
	j := i
	mod := ""
	switch m.tok(i).low {
	case "nearly", "almost":
		mod, j = "LESS_THAN", i+1
	case "about", "around", "roughly", "approximately", "some":
		mod, j = "APPROX", i+1
	case "more", "less":
		if !m.is(i+1, "than") {
			return txCand{}, false
		}
		mod, j = "MORE_THAN", i+2
	case "at":
		if !m.is(i+1, "least") {
			return txCand{}, false
		}
		mod, j = "EQUAL_OR_MORE", i+2
	case "up":
		if !m.is(i+1, "to") {
			return txCand{}, false
		}
		mod, j = "EQUAL_OR_LESS", i+2
	case "no":
		if !m.is(i+1, "more") || !m.is(i+2, "than") {
			return txCand{}, false
		}
		mod, j = "EQUAL_OR_LESS", i+3
	case "decade", "year", "month", "week", "day", "hour":
		if c, ok := m.longUnit(i); ok {
			return c, true
		}
		return txCand{}, false
	case "decades", "years", "months", "weeks", "days", "hours":
		if c, ok := m.longUnit(i); ok {
			return c, true
		}
		if m.is(i+1, "ago") && m.tok(i).val >= uWeek {
			return txCand{end: i + 2, typ: TypeDate, val: "PAST_REF"}, true
		}
		// "for years", "within weeks", "for the first time in years", and
		// "hours later" (the duration, "later" its signal)
		if m.is(i+1, "later") && m.tok(i-1).kind != tkNum && m.tok(i-1).cls&cNumWord == 0 {
			c := txCand{end: i + 1, typ: TypeDuration, val: txDurationValue(txScale(-1, m.tok(i).val))}
			if m.tok(i).val < uDay && m.ref.ok {
				c.date = graph.DayDate(m.ref.t) // "hours later": the day mentioned last
			}
			return c, true
		}
		if p := m.tok(i - 1).low; (p == "for" || p == "within" || p == "in") && !m.is(i+1, "of") && !m.is(i+1, "old") &&
			!m.punct(i+1, "-") && !m.is(i+1, "past") && !m.is(i+1, "gone") {
			return txCand{end: i + 1, typ: TypeDuration, val: txDurationValue(txScale(-1, m.tok(i).val))}, true
		}
		return txCand{}, false
	}
	n, k, ok := m.amount(j)
	if !ok {
		return txCand{}, false
	}
	if mod == "APPROX" && m.tok(i).low == "some" && m.tok(j).kind != tkNum && m.tok(j).cls&cNumWord == 0 {
		return txCand{}, false
	}
	if (m.is(k, "to") || m.is(k, "or")) && n >= 1 {
		// "two to three weeks", "three or four days": one range, at
		// least its lower count, as TimeBank annotates it
		if n2, k2, ok := m.amount(k + 1); ok && n2 > n {
			if _, _, _, unit := m.unitAt(k2); unit {
				k = k2
				if mod == "" {
					mod = "EQUAL_OR_MORE"
				}
			}
		}
	}
	if nx := m.tok(k); (nx.low == "more" && n >= 1) || nx.low == "additional" || nx.low == "extra" ||
		nx.low == "straight" || nx.low == "consecutive" || nx.low == "successive" || nx.low == "full" {
		// "two more weeks", "an additional year", "12 straight months",
		// "three consecutive quarters", "two full days"
		if u := m.tok(k + 1); u.kind == tkWord && u.cls&cUnit != 0 {
			k++
		}
	}
	u, plural, l, ok := m.unitAt(k)
	if !ok {
		return txCand{}, false
	}
	if _, long := m.longUnit(l - 1); long && (m.tok(j).low == "a" || m.tok(j).low == "an") {
		return txCand{}, false // "a week-long strike": the adjective alone, "week-long"
	}
	// "a" before a unit after a rate ("twice a year", "$5 a day") is no
	// duration, but "$5 million a year ago" is a date and "extradited 29
	// suspects a week later" a duration reaching one.
	if a := m.tok(j).low; (a == "a" || a == "an" || m.is(j, "one")) && !m.is(l, "ago") && !m.is(l, "earlier") && !m.is(l, "later") {
		switch m.tok(j - 1).low {
		case "times", "twice", "once", "per", "billion", "million", "percent", "%", "thousand", "trillion", "dollars":
			return txCand{}, false
		case "bn", "m", "mn", "k", "tn": // "£1bn a year", as the BBC writes sums
			if m.tok(j-2).kind == tkNum && m.adj(j-1) {
				return txCand{}, false
			}
		}
		if m.tok(j-1).kind == tkNum || txAmountAside(m, j-1) {
			return txCand{}, false
		}
		// "four flights a week", "24 hours a day", "84 million barrels a
		// day": a count of things per unit
		if p, pp := m.tok(j-1), m.tok(j-2); p.kind == tkWord && len(p.low) > 2 && p.low[len(p.low)-1] == 's' &&
			(pp.kind == tkNum || pp.cls&cNumWord != 0 || txBigNumber[pp.low]) {
			return txCand{}, false
		}
	}
	if m.is(l, "old") && !m.punct(k, "-") && u >= uDay {
		return txCand{}, false // "52 years old" is an age, as TimeBank leaves it
	}
	if u == uQuarter && m.is(l, "of") && (m.is(l+1, "a") || m.is(l+1, "an")) {
		switch {
		case m.is(l+2, "century"):
			return txCand{end: l + 3, typ: TypeDuration, val: txDurationValue(25*n, uYear), mod: mod}, true
		case m.is(l+2, "hour"):
			return txCand{end: l + 3, typ: TypeDuration, val: txDurationValue(15*n, uMinute), mod: mod}, true
		}
	}
	if u == uQuarter && !plural && (m.tok(j).low == "a" || m.tok(j).low == "an") && !m.is(l, "of") && !txQuarterTime(m, i-1, l) {
		// "a quarter percentage point", "almost a quarter (21%) of those
		// polled", "fell by nearly a quarter": a fraction
		return txCand{}, false
	}
	if u == uQuarter && !plural && m.is(l, "of") {
		// "a quarter of the market" is a fraction; "a quarter of a
		// century" is time
		if nx := m.tok(l + 1); nx.low == "the" || nx.low == "its" || nx.low == "their" || nx.low == "all" || nx.kind == tkNum && nx.nd != 4 ||
			(nx.low == "a" || nx.low == "an") && m.tok(l+2).cls&cUnit == 0 {
			return txCand{}, false
		}
	}
	if n == 1 && plural {
		return txCand{}, false
	}
	if n >= 1000 && !plural && !m.punct(k, "-") {
		// "for 1986 year" (a year, as "fiscal 1986"), "1,428,000 Year" (a
		// table's count above its heading): no adjective of time is so long
		if a := m.tok(j); u == uYear && a.kind == tkNum && a.nd == 4 && a.val >= 1900 && a.val <= 2100 && l == k+1 {
			return txCand{end: l, typ: TypeDate, val: txYearValue(a.val)}, true
		}
		return txCand{}, false
	}
	if n != 1 && n != 0.5 && !plural && !m.punct(k, "-") && (n < 0 || m.tok(l).kind != tkWord) {
		return txCand{}, false // "two day talks" is a duration, "two second" alone is not
	}
	if u == uHalf || (u == uSecond && m.tok(j).low == "a") {
		return txCand{}, false
	}
	if m.is(l, "and") && (m.is(l+1, "a") || m.is(l+1, "one")) && m.is(l+2, "half") && !plural && n >= 1 && n == float64(int(n)) {
		n, l = n+0.5, l+3 // "an hour and a half"
	}
	if u == uQuarter && n < 0 {
		return txCand{end: l, typ: TypeDuration, val: "PXQ"}, true
	}
	// A hyphenated unit is an adjective ("a 30-year sentence"): a duration.
	if m.punct(k, "-") {
		if plural || (m.punct(l, "-") && m.is(l+1, "old")) {
			return txCand{}, false // "three-quarters", "two-year-old"
		}
		return txCand{end: l, typ: TypeDuration, val: txDurationValue(txScale(n, u))}, true
	}
	switch {
	case (m.is(l, "ago") || m.is(l, "earlier")) && n == 1 && u == uYear && m.dct.ok && m.quarterTalk(i):
		// Earnings news: "a year ago" is the reported quarter a year before.
		t := txAddMonths(txDay(m.dct.t.Year(), m.dct.t.Month(), 1), -15)
		return txCand{end: l + 1, typ: TypeDate, val: txUnitValue(t, uQuarter), mod: mod, back: txBackKey(n, u)}, true
	case m.is(l, "ago") && m.is(l+1, "today") && m.dct.ok && n >= 1 && n == float64(int(n)) &&
		(u == uDay || u == uWeek || u == uMonth || u == uYear || u == uDecade):
		// "Thirty-six years ago today": the same day that many years
		// before the document's
		k, t := int(n), m.dct.t
		switch u {
		case uDay:
			t = t.AddDate(0, 0, -k)
		case uWeek:
			t = t.AddDate(0, 0, -7*k)
		case uMonth:
			t = t.AddDate(0, -k, 0)
		case uYear:
			t = t.AddDate(-k, 0, 0)
		case uDecade:
			t = t.AddDate(-10*k, 0, 0)
		}
		return txCand{end: l + 2, typ: TypeDate, val: txDayValue(t), mod: mod, back: txBackKey(n, u)}, true
	case m.is(l, "ago"):
		c := m.shifted(l+1, n, u, -1, m.dct, mod)
		c.back = txBackKey(n, u)
		return c, true
	case m.is(l, "later") || m.is(l, "earlier"):
		base := m.ref
		if !base.ok {
			base = m.dct
		}
		if m.is(l, "later") {
			// TimeML: "three days later" is the duration "three days",
			// "later" its signal; the day, month or year it reaches stays
			// the Date and a day the day in focus for what follows. It
			// counts from the date mentioned last: "in 1984 ... One year
			// later" is 1985, and "in 2009 ... three days later" is in
			// 2009 as far as the text tells.
			d := txCand{end: l, typ: TypeDuration, val: txDurationValue(txScale(n, u)), mod: mod}
			coarse := u == uYear || u == uDecade || u == uCentury
			switch {
			case m.refP == graph.Year && m.refY.ok && coarse:
				base = m.refY
			case m.refP == graph.Month && m.refM.ok && (coarse || u == uMonth || u == uQuarter):
				base = m.refM
			case m.refP == graph.Year && m.refY.ok:
				d.date = txDateOfValue(txUnitValue(m.refY.t, uYear))
				return d, true
			case m.refP == graph.Month && m.refM.ok:
				d.date = txDateOfValue(txUnitValue(m.refM.t, uMonth))
				return d, true
			}
			c := m.shifted(l+1, n, u, 1, base, mod)
			if dd := txDateOfValue(c.val); dd.Known() {
				d.date = dd
			} else if (u == uWeek || u == uFortnight) && base.ok && n == float64(int(n)) {
				// "a week later" after a day is a day: "on Feb. 20 ...
				// a week later" reaches Feb. 27, not the week holding it
				days := 7 * int(n)
				if u == uFortnight {
					days = 14 * int(n)
				}
				d.date = graph.DayDate(base.t.AddDate(0, 0, days))
			}
			return d, true
		}
		// "a year earlier" counts back from the date mentioned last, at
		// its own precision: "in 2009 ... a year earlier" is 2008.
		switch coarse := u == uYear || u == uDecade || u == uCentury; {
		case m.refBack == txBackKey(n, u):
		case m.refP == graph.Year && m.refY.ok && coarse:
			base = m.refY
		case m.refP == graph.Month && m.refM.ok && (coarse || u == uMonth || u == uQuarter):
			base = m.refM
		}
		c := m.shifted(l+1, n, u, -1, base, mod)
		c.back = txBackKey(n, u)
		return c, true
	case m.is(l, "from") && m.is(l+1, "now"):
		return m.shifted(l+2, n, u, 1, m.dct, mod), true
	}
	return txCand{end: l, typ: TypeDuration, val: txDurationValue(txScale(n, u)), mod: mod}, true
}

// txBackKey names a span counted back ("a year ago" is "1/8" for one
// unit 8) so that two comparisons with the same period can be told apart
// from a chain of them.
func txBackKey(n float64, u int) string {
	return strconv.FormatFloat(n, 'g', -1, 64) + "/" + strconv.Itoa(u)
}

// longUnit handles a unit made an adjective by "-long": "week-long" is
// P1W, "decades-long" PXY.
func (m *txMatcher) longUnit(i int) (txCand, bool) {
	t := m.tok(i)
	if t.kind != tkWord || t.cls&cUnit == 0 || t.cls&cOrdinal != 0 || !m.punct(i+1, "-") || !m.adj(i+1) || !m.is(i+2, "long") || !m.adj(i+2) {
		return txCand{}, false
	}
	n := 1.0
	if t.cls&cPlural != 0 {
		n = -1
	}
	return txCand{end: i + 3, typ: TypeDuration, val: txDurationValue(txScale(n, t.val))}, true
}

// scale turns decades and centuries into years, as TimeBank writes them.
func txScale(n float64, u int) (float64, int) {
	if n < 0 {
		if u == uDecade {
			return n, uYear // "decades-long" is PXY in TimeBank
		}
		return n, u
	}
	switch u {
	case uDecade:
		return n * 10, uYear
	case uCentury:
		return n * 100, uYear
	}
	return n, u
}

// shifted is the date n units before (dir -1) or after (+1) an anchor, at
// the unit's granularity ("two years ago" is a year, "six weeks ago" a week).
func (m *txMatcher) shifted(end int, n float64, u, dir int, base txAnchor, mod string) txCand {
	if n < 0 {
		if dir < 0 {
			return txCand{end: end, typ: TypeDate, val: "PAST_REF", mod: mod}
		}
		return txCand{end: end, typ: TypeDate, val: "FUTURE_REF", mod: mod}
	}
	g := u
	switch u {
	case uSecond, uMinute, uHour:
		g = uDay
	case uDecade, uCentury:
		g = uYear
	case uWeekend, uFortnight:
		g = uWeek
	}
	if !base.ok && !(base.year && g >= uYear) {
		return txCand{end: end, typ: TypeDate, val: txUnknownUnitValue(g), mod: mod}
	}
	t := base.t
	switch {
	case u < uDay:
		// an hour or so: the anchor's day
	case n != float64(int(n)):
		f, v := txScale(n, u)
		d := txDurationValue(f, v) // e.g. P18M
		k, _ := strconv.Atoi(strings.TrimRight(strings.TrimPrefix(d, "P"), "YMWD"))
		switch d[len(d)-1] {
		case 'M':
			t, g = txAddMonths(t, dir*k), uMonth
		case 'D':
			t, g = t.AddDate(0, 0, dir*k), uDay
		case 'Y':
			t = t.AddDate(dir*k, 0, 0)
		}
	default:
		t = txAddUnit(t, u, dir*int(n))
	}
	return txCand{end: end, typ: TypeDate, val: txUnitValue(t, g), mod: mod}
}

// clockAt parses a clock time at token i: "11:58 PM", "14:02 GMT",
// "10 a.m.", "15:01:01.79".
func (m *txMatcher) clockAt(i int) (h, mi, end int, ok bool) {
	t := m.tok(i)
	if tz := m.tok(i + 1); t.kind == tkNum && t.nd == 4 && t.val >= 0 && t.val/100 <= 23 && t.val%100 <= 59 &&
		tz.kind == tkWord && tz.cls&cTZ != 0 && tz.low != "z" && strings.ToUpper(tz.low) == m.text[tz.s:tz.e] {
		// "at 1830 GMT", "by 1030GMT": the hours and minutes run
		// together, as the BBC and the wires write them; "10:35 a.m.
		// (0735 GMT)" is the same time told again, which TimeBank leaves
		if m.punct(i-1, "(") {
			return 0, 0, i, false
		}
		return t.val / 100, t.val % 100, i + 2, true
	}
	if end, ok := m.wireClock(i); ok {
		return t.val / 100, t.val % 100, end, true
	}
	if t.kind != tkNum || t.nd > 2 || t.val < 0 || t.val > 24 {
		return 0, 0, i, false
	}
	h, j := t.val, i+1
	hasMin := false
	if m.punct(j, ":") && m.adj(j) && m.adj(j+1) {
		mm := m.tok(j + 1)
		if mm.kind != tkNum || mm.nd != 2 || mm.val < 0 || mm.val > 59 {
			return 0, 0, i, false
		}
		mi, j, hasMin = mm.val, j+2, true
		if m.punct(j, ":") && m.adj(j) && m.adj(j+1) && m.tok(j+1).kind == tkNum && m.tok(j+1).nd == 2 {
			j += 2
		}
	}
	ampm := 0
	switch nx := m.tok(j); {
	case (nx.low == "a" || nx.low == "p") && m.punct(j+1, ".") && m.adj(j+1) && m.is(j+2, "m") && m.adj(j+2):
		ampm = 1
		if nx.low == "p" {
			ampm = 2
		}
		j += 3
		if m.punct(j, ".") && m.adj(j) {
			j++
		}
	case nx.low == "am" || nx.low == "pm":
		if nx.low == "am" && !m.adj(j) && nx.cls&cCap == 0 && !hasMin {
			break
		}
		ampm = 1
		if nx.low == "pm" {
			ampm = 2
		}
		j++
	case nx.low == "in" && m.is(j+1, "the") && (m.is(j+2, "morning") || m.is(j+2, "afternoon") || m.is(j+2, "evening")) && h >= 1 && h <= 12:
		// "4 in the morning", "5 in the afternoon"
		ampm = 2
		if m.is(j+2, "morning") {
			ampm = 1
		}
		j += 3
	}
	if !hasMin && ampm == 0 {
		return 0, 0, i, false
	}
	if ampm != 0 {
		if h < 1 || h > 12 {
			return 0, 0, i, false
		}
		if ampm == 2 && h != 12 {
			h += 12
		} else if ampm == 1 && h == 12 {
			h = 0
		}
	}
	if tz := m.tok(j); tz.kind == tkWord && tz.cls&cTZ != 0 && strings.ToUpper(tz.low) == m.text[tz.s:tz.e] {
		j++
	} else if txZoneWords[tz.low] && m.is(j+1, "time") {
		j += 2 // "2 p.m. Pacific time" (not "local time", which TimeBank leaves out)
	}
	return h, mi, j, true
}

// txZoneWords name a clock's zone before "time".
var txZoneWords = map[string]bool{"pacific": true, "eastern": true, "central": true, "mountain": true, "atlantic": true,
	"greenwich": true}

// hhmm reports whether token i is four digits that read as hours and
// minutes ("1530", "0720").
func (m *txMatcher) hhmm(i int) bool {
	t := m.tok(i)
	return t.kind == tkNum && t.nd == 4 && t.val >= 0 && t.val/100 <= 23 && t.val%100 <= 59
}

// wireClock reads the other ways the wires write a time of day as four
// digits, which would otherwise pass for a year: "by 1530 hrs", "1515
// local time", "until 1500 (1400 GMT)" (the time told again in GMT), and
// both ends of "between 0720 and 1515" (a range that starts with a zero).
// It returns the end of the time.
func (m *txMatcher) wireClock(i int) (int, bool) {
	if !m.hhmm(i) {
		return i, false
	}
	nx := m.tok(i + 1)
	switch {
	case nx.low == "hrs" || nx.low == "hr":
		return i + 2, true
	case nx.low == "local" && m.is(i+2, "time"):
		return i + 1, true
	case m.punct(i+1, "(") && m.hhmm(i+2) && m.tok(i+3).kind == tkWord && m.tok(i+3).cls&cTZ != 0 && m.tok(i+3).low != "z":
		return i + 1, true
	}
	rangeWord := func(t *txToken) bool { return t.low == "and" || t.low == "to" || t.low == "-" || t.low == "–" }
	zeroLed := func(k int) bool { return m.hhmm(k) && m.tok(k).val < 1000 }
	if zeroLed(i) && rangeWord(nx) && m.hhmm(i+2) || m.hhmm(i) && rangeWord(m.tok(i-1)) && zeroLed(i-2) {
		return i + 1, true
	}
	return i, false
}

// clock handles a time of day, with the date that may follow it
// ("11:58 PM · Feb 27, 2025", "10 a.m. Friday").
func (m *txMatcher) clock(i int) (txCand, bool) {
	h, mi, j, ok := m.clockAt(i)
	if !ok {
		return txCand{}, false
	}
	// A clock time alone is on the day in focus: the last day mentioned
	// in the last few sentences, else the anchor's.
	base := "XXXX-XX-XX"
	if m.ref.ok && m.sent-m.refS <= txFocusSentences {
		base = txDayValue(m.ref.t)
	} else if m.dct.ok {
		base = txDayValue(m.dct.t)
	}
	end := j
	k := j
	if m.is(k, "local") && m.is(k+1, "time") {
		k += 2 // "8 p.m. local time (1900 GMT) on Sunday"
	}
	if m.punct(k, "(") {
		// "10:35 a.m. (0735 GMT) Friday": the day after the aside, which
		// stays an expression of its own.
		for l := k + 1; l < k+8 && l < len(m.toks); l++ {
			if m.punct(l, ")") {
				w := l + 1
				if m.is(w, "on") {
					w++
				}
				if nx := m.tok(w); nx.cls&cWeekday != 0 {
					if c, ok := m.weekdayExpr(w); ok && c.typ == TypeDate {
						base = c.val
					}
				}
				break
			}
		}
	}
	if nx := m.tok(k); (nx.kind == tkPunct && nx.low != "(" && nx.low != ")" && nx.low != ".") || m.is(k, "on") {
		k++
	}
	nx := m.tok(k)
	switch {
	case nx.cls&cMonth != 0 || nx.kind == tkNum:
		if y, mo, d, e, ok := m.calDate(k); ok && d > 0 {
			if v, ok := m.calValue(y, mo, d, i, e); ok {
				base, end = v, e
			}
		} else if c, ok := m.numeric(k); ok && len(c.val) == 10 {
			base, end = c.val, c.end
		}
	case nx.cls&cWeekday != 0:
		if c, ok := m.weekdayExpr(k); ok && c.typ == TypeDate {
			base, end = c.val, c.end
		}
	case nx.low == "today" || nx.low == "yesterday" || nx.low == "tomorrow":
		c, _ := m.deictic(k, k, "")
		if c.typ == TypeDate {
			base, end = c.val, c.end
		}
	default:
		if v, e, ok := m.thatDay(k); ok {
			base, end = v, e // "5 p.m. that day"
		}
	}
	return txCand{end: end, typ: TypeTime, val: base + fmt.Sprintf("T%02d:%02d", h, mi)}, true
}

// thatDay reads "that day" or "that same day" at token k after a time of
// day: the last day mentioned ("a hearing for Tuesday ... by noon that
// day"). It returns the day's value and the token after the expression.
func (m *txMatcher) thatDay(k int) (string, int, bool) {
	if !m.is(k, "that") || !m.ref.ok {
		return "", 0, false
	}
	e := k + 1
	if m.is(e, "same") {
		e++
	}
	if !m.is(e, "day") {
		return "", 0, false
	}
	return txDayValue(m.ref.t), e + 1, true
}

// txFocusSentences is how many sentences back a day mentioned stays the
// day in focus for a clock time alone.
const txFocusSentences = 3

// numeric handles numeric dates: "2025-05-03", "2025-05-03T10:00:00Z",
// "05-05-2025", "05/03/2025", "26-FEB-1987 15:01:01.79".
func (m *txMatcher) numeric(i int) (txCand, bool) {
	a := m.tok(i)
	s1, b, s2, c := m.tok(i+1), m.tok(i+2), m.tok(i+3), m.tok(i+4)
	if !(m.adj(i+1) && m.adj(i+2) && m.adj(i+3) && m.adj(i+4)) || s1.low != s2.low || (s1.low != "-" && s1.low != "/") {
		return txCand{}, false
	}
	if m.adj(i+5) && (m.tok(i+5).kind == tkNum || m.punct(i+5, "/") || (m.punct(i+5, "-") && m.tok(i+6).kind == tkNum)) {
		return txCand{}, false
	}
	y, mo, d := 0, 0, 0
	switch {
	case a.nd == 4 && b.kind == tkNum && b.nd <= 2 && c.kind == tkNum && c.nd <= 2:
		y, mo, d = a.val, b.val, c.val
	case a.nd <= 2 && a.kind == tkNum && c.kind == tkNum && c.nd == 4 && b.kind == tkWord && b.cls&cMonth != 0:
		y, mo, d = c.val, b.val, a.val
	case a.nd <= 2 && b.kind == tkNum && b.nd <= 2 && c.kind == tkNum && c.nd == 4:
		y = c.val
		x, z := a.val, b.val
		switch {
		case x > 12:
			mo, d = z, x
		case z > 12:
			mo, d = x, z
		case m.dmy:
			mo, d = z, x
		default:
			mo, d = x, z
		}
	default:
		return txCand{}, false
	}
	if !txValidDay(y, mo, d) || y < 1000 {
		return txCand{}, false
	}
	v := txDayValue(txDay(y, time.Month(mo), d))
	end := i + 5
	// ISO time: T10:00:00Z
	if t := m.tok(end); t.kind == tkWord && t.low == "t" && m.adj(end) && m.adj(end+1) {
		if h, mi, e, ok := m.clockAt(end + 1); ok {
			e = m.skipZone(e)
			return txCand{end: e, typ: TypeTime, val: v + fmt.Sprintf("T%02d:%02d", h, mi)}, true
		}
	}
	if h, mi, e, ok := m.clockAt(end); ok {
		return txCand{end: e, typ: TypeTime, val: v + fmt.Sprintf("T%02d:%02d", h, mi)}, true
	}
	return txCand{end: end, typ: TypeDate, val: v}, true
}

// skipZone skips an ISO zone designator: "Z", "+02:00", ".123Z".
func (m *txMatcher) skipZone(j int) int {
	if m.adj(j) && m.is(j, "z") {
		return j + 1
	}
	if m.adj(j) && (m.punct(j, "+") || m.punct(j, "-")) && m.tok(j+1).kind == tkNum && m.adj(j+1) {
		j += 2
		if m.punct(j, ":") && m.adj(j) && m.tok(j+1).kind == tkNum {
			j += 2
		}
	}
	return j
}

// dayMonth handles day-first dates: "3 May 2025", "3rd of May".
func (m *txMatcher) dayMonth(i int) (txCand, bool) {
	y, mo, d, end, ok := m.calDate(i)
	if !ok || d == 0 {
		return txCand{}, false
	}
	v, ok := m.calValue(y, mo, d, i, end)
	if !ok {
		return txCand{}, false
	}
	return m.withClock(txCand{end: end, typ: TypeDate, val: v}), true
}

// txYearWordsAfter are words after a four-digit number that make it a count.
var txYearWordsAfter = map[string]bool{
	"people": true, "percent": true, "troops": true, "points": true, "votes": true, "acres": true, "feet": true,
	"miles": true, "km": true, "kilometers": true, "meters": true, "tons": true, "barrels": true, "shares": true,
	"jobs": true, "cars": true, "deaths": true, "members": true, "soldiers": true, "pounds": true, "dollars": true,
	"residents": true, "students": true, "workers": true, "employees": true, "hours": true, "days": true,
	"units": true, "homes": true, "yen": true, "euros": true, "metres": true, "words": true, "pages": true,
	"protesters": true, "demonstrators": true, "passengers": true, "victims": true, "children": true,
	"civilians": true, "refugees": true, "tourists": true, "visitors": true, "customers": true, "users": true,
	"officers": true, "policemen": true, "fans": true, "patients": true, "signatures": true,
}

// txYearPrep are words before a year below 1900 that make it one.
var txYearPrep = map[string]bool{"in": true, "since": true, "of": true, "by": true, "until": true, "from": true,
	"to": true, "between": true, "before": true, "after": true, "during": true, "year": true, "early": true,
	"late": true, "mid": true, "circa": true, "and": true, "-": true}

// txDecadeBefore are the words before a year ending in 0 that make "1990's"
// a decade, not a possessive.
var txDecadeBefore = map[string]bool{"the": true, "early": true, "late": true, "mid": true, "-": true, "and": true}

// yearExpr handles years, decades and seasons of two years: "2006",
// "1990s", "'90s", "2005-06 season".
func (m *txMatcher) yearExpr(i int) (txCand, bool) {
	t := m.tok(i)
	if t.kind == tkPunct { // '90s
		n := m.tok(i + 1)
		if n.kind == tkNum && n.nd == 2 && m.adj(i+1) && !m.adj(i) && !(m.is(i+2, "s") && m.adj(i+2)) && m.dct.year {
			// "in '98", "the spring of '99": a year of the anchor's
			// century, or of the one before when that would be more than
			// ten years ahead
			p := m.tok(i - 1)
			if (txYearPrep[p.low] || p.cls&(cMonth|cSeason) != 0) && p.low != "-" && p.low != "and" &&
				(m.tok(i+2).kind != tkWord || m.tok(i+2).cls&cUnit == 0) && !m.punct(i+2, "'") && !m.punct(i+2, "%") {
				y := m.dct.t.Year()/100*100 + n.val
				if y > m.dct.t.Year()+10 {
					y -= 100
				}
				return txCand{end: i + 2, typ: TypeDate, val: txYearValue(y)}, true
			}
		}
		if n.kind != tkNum || n.nd != 2 || !m.adj(i+1) || !m.is(i+2, "s") || !m.adj(i+2) || n.val%10 != 0 {
			return txCand{}, false
		}
		c := 19
		if n.val < 30 {
			c = 20
		}
		return txCand{end: i + 3, typ: TypeDate, val: fmt.Sprintf("%02d%d", c, n.val/10)}, true
	}
	if t.kind != tkNum || t.nd != 4 || t.val < 1000 || t.val > 2199 {
		return txCand{}, false
	}
	y := t.val
	if m.is(i+1, "s") && m.adj(i+1) {
		if y%10 != 0 {
			return txCand{}, false
		}
		return txCand{end: i + 2, typ: TypeDate, val: fmt.Sprintf("%03d", y/10)}, true
	}
	if y%10 == 0 && (m.punct(i+1, "'") || m.punct(i+1, "’")) && m.is(i+2, "s") && m.adj(i+2) && txDecadeBefore[m.tok(i-1).low] {
		// "the 1990's" as the New York Times writes it (also tokenized,
		// "1990 's"); "1990's budget" after no such word stays a year
		return txCand{end: i + 3, typ: TypeDate, val: fmt.Sprintf("%03d", y/10)}, true
	}
	if (m.punct(i+1, "-") || m.punct(i+1, "/") || m.punct(i+1, "–")) && m.adj(i+1) && m.adj(i+2) {
		if n := m.tok(i + 2); n.kind == tkNum && n.nd == 2 && n.val == (y+1)%100 {
			end := i + 3
			if m.is(end, "season") || m.is(end, "seasons") {
				end++
			}
			return txCand{end: end, typ: TypeDate, val: txYearValue(y),
				date: graph.Between(fmt.Sprintf("%04d-01-01", y), fmt.Sprintf("%04d-12-31", y+1))}, true
		}
	}
	if q, ok := m.quarterExpr(i + 1); ok && m.tok(i+1).kind == tkWord && len(q.val) == 7 {
		q.val = txYearValue(y) + q.val[4:] // "the 1988 third quarter"
		return q, true
	}
	p := m.tok(i - 1)
	if p.kind == tkPunct && (p.low == "$" || p.low == "#" || p.low == "€" || p.low == "£") {
		return txCand{}, false
	}
	if p.kind == tkNum && m.adj(i) {
		return txCand{}, false
	}
	if m.adj(i) && (p.low == "-" || p.low == "/") && m.tok(i-2).kind == tkNum {
		// the end of a numeric date or range already looked at
		if m.tok(i-2).nd != 4 {
			return txCand{}, false
		}
	}
	nx := m.tok(i + 1)
	if nx.kind == tkWord && (txYearWordsAfter[nx.low] || nx.cls&cTZ != 0 && nx.low != "z") {
		return txCand{}, false // "1900 GMT" is a clock time
	}
	if m.adj(i+1) && (nx.low == "%" || nx.low == ":" || nx.kind == tkWord) {
		return txCand{}, false
	}
	if y < 1900 || y > 2100 {
		if !txYearPrep[p.low] || (p.low == "to" || p.low == "from") && m.levelBefore(i) {
			return txCand{}, false
		}
	}
	return txCand{end: i + 1, typ: TypeDate, val: txYearValue(y)}, true
}

// levelBefore reports whether a number or "points" stands in the four
// tokens before token i: after "to" or "from" they make it a level, not a
// year ("fell 508 points to 1738", "from 2246 to 1738").
func (m *txMatcher) levelBefore(i int) bool {
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		t := m.tok(k)
		if t.kind == tkNum || t.low == "points" || t.low == "point" || t.low == "index" || t.low == "level" {
			return true
		}
	}
	return false
}

// quarterTalk reports whether the current or the previous sentence speaks
// of a quarter.
func (m *txMatcher) quarterTalk(i int) bool {
	s, e := m.window(i, i)
	if m.sent > 0 && m.sent < len(m.sents) {
		s = max(m.sents[m.sent-1][0], i-3*txWindow)
	}
	for k := s; k < e; k++ {
		if t := &m.toks[k]; t.kind == tkWord && t.cls&cUnit != 0 && t.val == uQuarter {
			return true
		}
	}
	return false
}
