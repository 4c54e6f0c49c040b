package timeline

import (
	"time"
)

// txMovable names the holidays whose day moves from year to year, by the
// word that starts them; each entry lists the words that must follow (in
// lower case, "'" for an apostrophe) and the day in a given year.
var txMovable = map[string][]struct {
	rest []string
	day  func(y int) time.Time
}{
	"easter": {
		{[]string{"sunday"}, txEaster},
		{[]string{"monday"}, func(y int) time.Time { return txEaster(y).AddDate(0, 0, 1) }},
		{nil, txEaster},
	},
	"palm":      {{[]string{"sunday"}, func(y int) time.Time { return txEaster(y).AddDate(0, 0, -7) }}},
	"good":      {{[]string{"friday"}, func(y int) time.Time { return txEaster(y).AddDate(0, 0, -2) }}},
	"holy":      {{[]string{"thursday"}, func(y int) time.Time { return txEaster(y).AddDate(0, 0, -3) }}},
	"maundy":    {{[]string{"thursday"}, func(y int) time.Time { return txEaster(y).AddDate(0, 0, -3) }}},
	"ash":       {{[]string{"wednesday"}, func(y int) time.Time { return txEaster(y).AddDate(0, 0, -46) }}},
	"pentecost": {{nil, func(y int) time.Time { return txEaster(y).AddDate(0, 0, 49) }}},
	"election":  {{[]string{"day"}, func(y int) time.Time { return txNthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1) }}},
	"memorial":  {{[]string{"day"}, func(y int) time.Time { return txNthWeekday(y, 6, time.Monday, 1).AddDate(0, 0, -7) }}},
	"labor":     {{[]string{"day"}, func(y int) time.Time { return txNthWeekday(y, 9, time.Monday, 1) }}},
	"mother":    {{[]string{"'", "s", "day"}, func(y int) time.Time { return txNthWeekday(y, 5, time.Sunday, 2) }}},
	"father":    {{[]string{"'", "s", "day"}, func(y int) time.Time { return txNthWeekday(y, 6, time.Sunday, 3) }}},
	"presidents": {
		{[]string{"'", "day"}, func(y int) time.Time { return txNthWeekday(y, 2, time.Monday, 3) }},
		{[]string{"day"}, func(y int) time.Time { return txNthWeekday(y, 2, time.Monday, 3) }},
	},
}

// txFixedHolidays are holidays on a fixed day, by their words in lower case.
var txFixedHolidays = []struct {
	words  []string
	mo, dd int
}{
	{[]string{"st", ".", "patrick", "'", "s", "day"}, 3, 17},
	{[]string{"saint", "patrick", "'", "s", "day"}, 3, 17},
	{[]string{"st", "patrick", "'", "s", "day"}, 3, 17},
	{[]string{"veterans", "day"}, 11, 11},
	{[]string{"boxing", "day"}, 12, 26},
	{[]string{"bastille", "day"}, 7, 14},
	{[]string{"guy", "fawkes", "night"}, 11, 5},
}

// txEaster returns Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian computus).
func txEaster(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	mo := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return txDay(y, time.Month(mo), dd)
}

// txNthWeekday returns the n-th weekday wd of month mo of year y.
func txNthWeekday(y, mo int, wd time.Weekday, n int) time.Time {
	first := txDay(y, time.Month(mo), 1)
	return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
}

// words reports whether the tokens from i on are ws (lower case, "'"
// matching either apostrophe), returning the index after them.
func (m *txMatcher) words(i int, ws []string) (int, bool) {
	for _, w := range ws {
		t := m.tok(i)
		switch {
		case w == "'" && (t.low == "'" || t.low == "’"):
		case t.low != w:
			return i, false
		}
		i++
	}
	return i, true
}

// movableHoliday handles the holidays of txMovable and txFixedHolidays
// starting at token i, capitalized: "Easter", "Palm Sunday", "Election
// Day", "St. Patrick's Day", with an optional year after them; "Easter
// week" is the ISO week holding Easter Sunday. Without a year, the tense
// picks the occurrence: the last one not after the anchor for the past,
// the next one not before it for the future, else the nearest.
func (m *txMatcher) movableHoliday(i int) (txCand, bool) {
	t := m.tok(i)
	if t.cls&cCap == 0 {
		return txCand{}, false
	}
	for _, f := range txFixedHolidays {
		if f.words[0] != t.low {
			continue
		}
		if j, ok := m.words(i+1, f.words[1:]); ok {
			y := 0
			if yy, ok := m.yearNum(j); ok {
				y, j = yy, j+1
			}
			v, ok := m.calValue(y, f.mo, f.dd, i, j)
			return txCand{end: j, typ: TypeDate, val: v}, ok
		}
	}
	for _, h := range txMovable[t.low] {
		j, ok := m.words(i+1, h.rest)
		if !ok {
			continue
		}
		if nx := m.tok(j); nx.low == "agreement" || nx.low == "accord" || nx.low == "accords" || nx.low == "deal" {
			return txCand{}, false // the Good Friday agreement is a name
		}
		week := t.low == "easter" && h.rest == nil && m.is(j, "week")
		if week {
			j++
		}
		dayOf := h.day
		if week {
			// the ISO week ending on Easter Sunday, which has begun once
			// its Monday is past
			dayOf = func(y int) time.Time { return txEaster(y).AddDate(0, 0, -6) }
		}
		var day time.Time
		if yy, ok := m.yearNum(j); ok {
			day, j = dayOf(yy), j+1
		} else if m.dct.year {
			day = m.nearestYearly(i, j, dayOf)
		} else {
			if week {
				return txCand{end: j, typ: TypeDate, val: "XXXX-WXX"}, true
			}
			return txCand{end: j, typ: TypeDate, val: "XXXX-XX-XX"}, true
		}
		if week {
			return txCand{end: j, typ: TypeDate, val: txIsoWeek(day)}, true
		}
		return txCand{end: j, typ: TypeDate, val: txDayValue(day)}, true
	}
	return txCand{}, false
}

// nearestYearly picks the occurrence of a yearly day around the anchor for
// the tense of the expression at [i, j).
func (m *txMatcher) nearestYearly(i, j int, day func(int) time.Time) time.Time {
	a := m.dct.t
	y := a.Year()
	prev, cur, next := day(y-1), day(y), day(y+1)
	switch m.tenseAt(i, j) {
	case tensePast:
		if cur.After(a) {
			return prev
		}
		return cur
	case tenseFuture:
		if cur.Before(a) {
			return next
		}
		return cur
	}
	best := cur
	for _, d := range []time.Time{prev, next} {
		if absDays(d, a) < absDays(best, a) {
			best = d
		}
	}
	return best
}
