package timeline

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/chronograph/chronograph/graph"
)

// ValueForm matches every TIMEX3 value Timexes can produce: calendar values
// ("2025-04-16", "2025-W19", "2025-Q3", "199", "XXXX-04-16", "2025-02-27T23:58"),
// durations ("P2D", "PXM", "PT5H") and the reference values ("PRESENT_REF").
var ValueForm = regexp.MustCompile(`^(?:PRESENT_REF|PAST_REF|FUTURE_REF|` +
	`P(?:(?:\d+|X)(?:Y|M|W|D|Q|DE|CE|L|E|C))|PT(?:\d+|X)(?:H|M|S)|PT\d+\.\d+S|` +
	`P\d+Y\d+M|P\d+M\d+D|P\d+DT\d+H|PT\d+H\d+M|PT\d+M\d+(?:\.\d+)?S|PT\d+H\d+M\d+(?:\.\d+)?S|` +
	`(?:\d{4}|XXXX|\d{3}|\d{2})(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-WE|-[1-7])?|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI))?` +
	`(?:T(?:\d{2}:\d{2}(?::\d{2})?|MO|AF|EV|NI))?)$`)

const txDayFmt = "2006-01-02"

// anchor is a known day against which relative expressions resolve.
type txAnchor struct {
	t    time.Time
	ok   bool // the day is known
	year bool // at least the year is known
	prec graph.Precision
}

func txAnchorOf(d graph.Date) txAnchor {
	if !d.Known() {
		return txAnchor{}
	}
	t := d.Time()
	if t.Year() < 1000 || t.Year() > 9000 {
		return txAnchor{} // no news date; keeps arithmetic inside four-digit years
	}
	return txAnchor{t: t, ok: d.Precision == graph.Day, year: true, prec: d.Precision}
}

func txDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// txValidDay reports whether y-m-d is a calendar day.
func txValidDay(y, m, d int) bool {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return txDay(y, time.Month(m), d).Day() == d
}

func txDayValue(t time.Time) string { return t.Format(txDayFmt) }

func txMonthValue(y int, m time.Month) string { return fmt.Sprintf("%04d-%02d", y, int(m)) }

func txYearValue(y int) string { return fmt.Sprintf("%04d", y) }

// txIsoWeek returns the ISO 8601 week value of t ("2020-W53").
func txIsoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// txWeekStart returns the Monday of t's ISO week.
func txWeekStart(t time.Time) time.Time {
	wd := int(t.Weekday())
	if wd == 0 {
		wd = 7
	}
	return t.AddDate(0, 0, 1-wd)
}

func txQuarterOf(m time.Month) int { return (int(m)-1)/3 + 1 }

// txDateOfValue returns the calendar interval of a TIMEX3 DATE or TIME value,
// or the zero Date when the value has no fixed interval.
func txDateOfValue(v string) graph.Date {
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
		if d, err := graph.ParseDate(v[:10]); err == nil {
			return d
		}
		return graph.Date{}
	}
	if len(v) < 3 || v[0] == 'X' || v[0] == 'P' {
		return graph.Date{}
	}
	if len(v) == 3 && txAllDigits(v) { // decade
		y, _ := strconv.Atoi(v)
		return graph.Between(fmt.Sprintf("%04d-01-01", y*10), fmt.Sprintf("%04d-12-31", y*10+9))
	}
	if len(v) == 4 || len(v) == 7 {
		if d, err := graph.ParseDate(v); err == nil {
			return d
		}
	}
	if len(v) < 7 || !txAllDigits(v[:4]) || v[4] != '-' {
		return graph.Date{}
	}
	y, _ := strconv.Atoi(v[:4])
	if y < 1 {
		return graph.Date{}
	}
	rest := v[5:]
	switch {
	case rest[0] == 'W' && len(rest) >= 3 && txAllDigits(rest[1:3]):
		w, _ := strconv.Atoi(rest[1:3])
		// ISO week 1 holds January 4th.
		mon := txWeekStart(txDay(y, 1, 4)).AddDate(0, 0, 7*(w-1))
		if len(rest) > 3 { // weekend
			return graph.Between(txDayValue(mon.AddDate(0, 0, 5)), txDayValue(mon.AddDate(0, 0, 6)))
		}
		return graph.Between(txDayValue(mon), txDayValue(mon.AddDate(0, 0, 6)))
	case rest[0] == 'Q' && len(rest) == 2 && rest[1] >= '1' && rest[1] <= '4':
		q := int(rest[1] - '0')
		first := txDay(y, time.Month(3*q-2), 1)
		return graph.Between(txDayValue(first), txDayValue(first.AddDate(0, 3, -1)))
	case rest[0] == 'H' && len(rest) == 2 && (rest[1] == '1' || rest[1] == '2'):
		first := txDay(y, time.Month(6*int(rest[1]-'1')+1), 1)
		return graph.Between(txDayValue(first), txDayValue(first.AddDate(0, 6, -1)))
	case len(rest) == 2:
		for i, s := range txSeasonCode {
			if rest == s {
				first := txDay(y, time.Month(3+3*i), 1)
				return graph.Between(txDayValue(first), txDayValue(first.AddDate(0, 3, -1)))
			}
		}
	}
	return graph.Date{}
}

func txAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// narrow shrinks d's bounds to the part a mod names (START, MID, END): the
// first, middle or last third of the interval.
func txNarrow(d graph.Date, mod string) graph.Date {
	if mod == "" || d.Earliest == "" || d.Latest == "" {
		return d
	}
	a, err1 := time.Parse(txDayFmt, d.Earliest)
	b, err2 := time.Parse(txDayFmt, d.Latest)
	if err1 != nil || err2 != nil {
		return d
	}
	n := int(b.Sub(a).Hours()/24) + 1
	third := n / 3
	if third < 1 {
		return d
	}
	switch mod {
	case "START":
		d.Latest = txDayValue(a.AddDate(0, 0, third-1))
	case "MID":
		d.Earliest = txDayValue(a.AddDate(0, 0, third))
		d.Latest = txDayValue(b.AddDate(0, 0, -third))
	case "END":
		d.Earliest = txDayValue(b.AddDate(0, 0, 1-third))
	}
	return d
}

// txAddUnit moves t by n units.
func txAddUnit(t time.Time, u, n int) time.Time {
	switch u {
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uMonth:
		return txAddMonths(t, n)
	case uQuarter:
		return txAddMonths(t, 3*n)
	case uHalf:
		return txAddMonths(t, 6*n)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// txAddMonths adds n months, clamping the day to the target month's length
// (March 31 minus one month is February 28 or 29).
func txAddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := txDay(y, m, 1).AddDate(0, n, 0)
	last := first.AddDate(0, 1, -1).Day()
	if d > last {
		d = last
	}
	return txDay(first.Year(), first.Month(), d)
}

// txUnitValue returns the TIMEX3 value of the unit holding t ("2025-W19",
// "2025-05", "2025-Q2", "2025", "202"), given a known anchor.
func txUnitValue(t time.Time, u int) string {
	switch u {
	case uDay:
		return txDayValue(t)
	case uWeek, uFortnight:
		return txIsoWeek(t)
	case uWeekend:
		return txIsoWeek(t) + "-WE"
	case uMonth:
		return txMonthValue(t.Year(), t.Month())
	case uQuarter:
		return fmt.Sprintf("%04d-Q%d", t.Year(), txQuarterOf(t.Month()))
	case uHalf:
		return fmt.Sprintf("%04d-H%d", t.Year(), (int(t.Month())-1)/6+1)
	case uYear:
		return txYearValue(t.Year())
	case uDecade:
		return fmt.Sprintf("%03d", t.Year()/10)
	case uCentury:
		return fmt.Sprintf("%02d", t.Year()/100)
	}
	return txDayValue(t)
}

// txUnknownUnitValue is txUnitValue for an unknown anchor.
func txUnknownUnitValue(u int) string {
	switch u {
	case uDay:
		return "XXXX-XX-XX"
	case uWeek, uFortnight:
		return "XXXX-WXX"
	case uWeekend:
		return "XXXX-WXX-WE"
	case uMonth:
		return "XXXX-XX"
	case uQuarter:
		return "XXXX-QX"
	}
	return "XXXX"
}

// txDurationValue returns the TIMEX3 duration of n units; n < 0 means an
// unspecified number ("PXY"). Fractions of a unit become the next finer unit.
func txDurationValue(n float64, u int) string {
	if n < 0 {
		switch u {
		case uSecond:
			return "PTXS"
		case uMinute:
			return "PTXM"
		case uHour:
			return "PTXH"
		}
		return "PX" + txDurUnit(u)
	}
	if n != float64(int(n)) && u == uSecond {
		// "7.96 seconds" is PT7.96S: TimeML keeps a fraction of the
		// smallest unit
		return "PT" + strconv.FormatFloat(math.Round(n*1000)/1000, 'f', -1, 64) + "S"
	}
	if n != float64(int(n)) {
		if whole := int(n); whole > 0 {
			// "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
			if frac := txDurationValue(n-float64(whole), u); frac != "" {
				if w := txDurationValue(float64(whole), u); txMixable(w, frac) {
					return txJoinDurations(w, frac)
				}
			}
		}
		switch u {
		case uYear:
			return txDurationValue(n*12, uMonth)
		case uMonth:
			return txDurationValue(n*30, uDay)
		case uWeek:
			return txDurationValue(n*7, uDay)
		case uDay:
			return txDurationValue(n*24, uHour)
		case uHour:
			return txDurationValue(n*60, uMinute)
		case uMinute:
			return txDurationValue(n*60, uSecond)
		case uDecade:
			return txDurationValue(n*10, uYear)
		}
		n = float64(int(n + 0.5))
	}
	k := int(n)
	switch u {
	case uSecond:
		return fmt.Sprintf("PT%dS", k)
	case uMinute:
		return fmt.Sprintf("PT%dM", k)
	case uHour:
		return fmt.Sprintf("PT%dH", k)
	case uWeekend:
		return fmt.Sprintf("P%dD", 2*k)
	case uFortnight:
		return fmt.Sprintf("P%dW", 2*k)
	case uHalf:
		return fmt.Sprintf("P%dM", 6*k)
	case uDecade:
		return fmt.Sprintf("P%dDE", k)
	case uCentury:
		return fmt.Sprintf("P%dCE", k)
	}
	return fmt.Sprintf("P%d%s", k, txDurUnit(u))
}

// txMixable reports whether whole and frac, durations of one unit and of
// the next finer one, join into one ISO 8601 duration (years then months,
// days then hours); weeks and decades do not mix.
func txMixable(whole, frac string) bool {
	order := "YMDTHMS"
	last := func(v string) int {
		// the position of v's unit in order, counting the T designator
		i := strings.IndexByte(order, v[len(v)-1])
		if strings.Contains(v, "T") {
			i = 4 + strings.IndexByte("HMS", v[len(v)-1])
		}
		return i
	}
	if strings.HasSuffix(whole, "W") || strings.HasSuffix(whole, "E") || strings.HasSuffix(whole, "Q") ||
		strings.HasSuffix(frac, "W") || strings.HasSuffix(frac, "E") || strings.HasSuffix(frac, "Q") {
		return false
	}
	return last(whole) < last(frac)
}

// txJoinDurations joins two single-unit durations, the coarser first:
// "P2Y" and "P6M" give "P2Y6M", "P1D" and "PT12H" give "P1DT12H", "PT5H"
// and "PT30M" give "PT5H30M".
func txJoinDurations(whole, frac string) string {
	if strings.HasPrefix(whole, "PT") {
		return whole + frac[2:]
	}
	return whole + frac[1:]
}

func txDurUnit(u int) string {
	switch u {
	case uDay, uWeekend:
		return "D"
	case uWeek, uFortnight:
		return "W"
	case uMonth, uHalf:
		return "M"
	case uQuarter:
		return "Q"
	case uDecade:
		return "DE"
	case uCentury:
		return "CE"
	}
	return "Y"
}
