package timeline

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/graph"
)

// DCT is a document creation time found in or inferred from a document.
type DCT struct {
	// Date is the document's date, normally at day precision.
	Date graph.Date
	// Text is the text the date was read from ("May 3, 2025").
	Text string
	// Ambiguous is set when the date is a numeric date whose day and month
	// could be swapped and nothing in the document tells which is which;
	// Date then reads it month first (US).
	Ambiguous bool
	// Note says how the date was found when that is not plain: how an
	// ambiguous numeric date was read, or how an inferred one was chosen.
	Note string
	// Mentioned is set when the date was read from the running text of the
	// first lines of the body, not from a header or date line: "the
	// Hatfield rail crash of 17 October 2000" in a story of 2005. It is a
	// lower bound of the document's date, not its date.
	Mentioned bool
}

// ErrNoDate is returned by ParseDate when its input holds no date.
var ErrNoDate = errors.New("timeline: no date")

// isoLayouts are the exact layouts ParseDate tries first.
var isoLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 MST",
	time.RFC1123, time.RFC1123Z, time.RFC850, time.RFC822, time.RFC822Z, time.ANSIC, time.UnixDate,
	"Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 02 Jan 2006 15:04:05 -0700 (MST)",
	"Mon, 2 Jan 2006", "2006-01-02", "20060102", "2006/01/02", "2006.01.02", "1/2/06", "01/02/06",
}

// ParseDate parses a single date string from metadata (a JSON "date" field,
// an HTML meta tag): ISO 8601, RFC 3339, RFC 1123, "May 3, 2025",
// "3 May 2025", "Saturday, May 3, 2025", "05/03/2025" (month first, US),
// "2025-05", "May 2025", "2025". The result has day, month or year
// precision. Surrounding white space is ignored; anything else that is not
// part of the date makes it fail with an error wrapping ErrNoDate.
func ParseDate(s string) (graph.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return graph.Date{}, fmt.Errorf("timeline: empty date: %w", ErrNoDate)
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1 {
				break
			}
			return graph.DayDate(t), nil
		}
	}
	if len(s) == 4 || len(s) == 7 {
		if d, err := graph.ParseDate(s); err == nil {
			return d, nil
		}
	}
	if len(s) > 200 {
		return graph.Date{}, fmt.Errorf("timeline: date too long: %w", ErrNoDate)
	}
	m := txNewMatcher(s, nil, graph.Date{}, nil)
	m.dmy = false
	if len(m.toks) == 0 {
		return graph.Date{}, fmt.Errorf("timeline: %q: %w", s, ErrNoDate)
	}
	first := 0
	// A leading weekday is checked against the date but not needed.
	if t := m.tok(0); t.cls&cWeekday != 0 {
		first = 1
		if m.punct(1, ".") {
			first = 2
		}
		if m.punct(first, ",") {
			first++
		}
	}
	c, ok := m.match(first)
	if !ok {
		return graph.Date{}, fmt.Errorf("timeline: %q: %w", s, ErrNoDate)
	}
	end := c.end
	if m.punct(end, ".") || m.is(end, "z") {
		end++
	}
	if end < len(m.toks) {
		return graph.Date{}, fmt.Errorf("timeline: %q: trailing text %q: %w", s, s[m.toks[end].s:], ErrNoDate)
	}
	d := absoluteDate(c.typ, c.val)
	if !d.Known() {
		return graph.Date{}, fmt.Errorf("timeline: %q: not a calendar date: %w", s, ErrNoDate)
	}
	if first > 0 && d.Precision == graph.Day && int(d.Time().Weekday()) != m.tok(0).val {
		return graph.Date{}, fmt.Errorf("timeline: %q: %s is not a %s: %w", s, d.Value, time.Weekday(m.tok(0).val), ErrNoDate)
	}
	return d, nil
}

// absoluteDate returns the Date of a fully specified DATE or TIME value
// (year given), or the zero Date.
func absoluteDate(typ, v string) graph.Date {
	if typ != TypeDate && typ != TypeTime {
		return graph.Date{}
	}
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	if len(v) != 4 && len(v) != 7 && len(v) != 10 {
		return graph.Date{}
	}
	d, err := graph.ParseDate(v)
	if err != nil {
		return graph.Date{}
	}
	return d
}

// dctLabels are words that mark a line as the article's date line.
var dctLabels = []string{"date", "published", "updated", "posted", "last modified", "dateline", "created", "released", "issued"}

// FindDCT looks for the document's own date in its header lines (the lines
// before and around the title) and in the first lines of body. A line that
// is mostly a date, or a labelled one ("Date:", "Published"), wins; failing
// that, the first fully specified date of the header, then of the first
// lines of the body (Mentioned and Note say so). Formats: "May 3, 2025",
// "Date: 05-05-2025", "05-05-2025", "Published 3 May 2025 14:02 GMT",
// "2025-05-03T10:00:00Z", "Saturday, May 3, 2025", "26-FEB-1987 15:01:01.79".
// A numeric date whose fields could be swapped is resolved by evidence
// elsewhere in header and body (a weekday name, the same day written out,
// other numeric dates with a field above 12) and flagged Ambiguous when
// nothing decides. It reports false when no date was found.
func FindDCT(header []string, body string) (DCT, bool) {
	lines := make([]string, 0, len(header)+8)
	for _, h := range header {
		lines = append(lines, strings.Split(h, "\n")...)
	}
	nh := len(lines)
	lines = append(lines, firstLines(body, 8, 1500)...)
	type found struct {
		dct   DCT
		score int
		line  int
	}
	var best *found
	for li, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || len(line) > 2000 {
			continue
		}
		m := txNewMatcher(line, nil, graph.Date{}, nil)
		m.dmy = false
		for _, x := range m.run() {
			d := absoluteDate(x.Type, x.Value)
			if d.Precision != graph.Day {
				continue
			}
			rest := len(strings.TrimSpace(line)) - len(x.Text)
			score := 1
			low := strings.ToLower(line)
			for _, l := range dctLabels {
				// a label opens the line or is followed by a colon, or the
				// line is little more than label and date: "released" in
				// "The single was originally released on 7 March 1985 and
				// sold 800,000 copies" labels nothing
				if strings.HasPrefix(low, l) || strings.Contains(low, l+":") || strings.Contains(low, l) && rest <= 40 {
					score = 3
					break
				}
			}
			if rest <= 30 && score < 3 {
				score = 2
			}
			if rest <= 12 {
				score = 3
			}
			if li >= nh && score < 3 && !opensDateline(line, x.Span) {
				score = 0 // a date in running text of the body
			} else if li >= nh && score < 3 {
				score = 3
			}
			dct := DCT{Date: d, Text: x.Text}
			if li >= nh && score == 0 {
				dct.Note = "date mentioned in the first lines of the text"
				dct.Mentioned = true
			}
			if best == nil || score > best.score {
				best = &found{dct: dct, score: score, line: li}
			}
			break
		}
		if best != nil && best.score == 3 {
			break
		}
	}
	if best == nil || best.score == 0 {
		// no date of the article's own in its header: a dateline without
		// a year may give one
		if dct, ok := yearlessDateline(lines[nh:], body); ok {
			return dct, true
		}
	}
	if best == nil {
		return DCT{}, false
	}
	dct := best.dct
	resolveNumeric(&dct, lines[best.line], header, body)
	return dct, true
}

// yearlessDateline finds a wire dateline without a year opening one of the
// first lines of the body ("MOSCOW, Oct 3 (Reuters) - ...") and gives it
// the year of the latest date the text mentions, or the next year when the
// day would fall before that date.
func yearlessDateline(lines []string, body string) (DCT, bool) {
	md, text, ok := datelineMonthDay(lines)
	if !ok {
		return DCT{}, false
	}
	latest, ok := InferDCT(body)
	if !ok || len(latest.Date.Latest) < 4 {
		return DCT{}, false
	}
	year := latest.Date.Latest[:4]
	v := year + "-" + md
	if v < latest.Date.Latest && latest.Date.Precision == graph.Day {
		y, err := strconv.Atoi(year)
		if err != nil {
			return DCT{}, false
		}
		v = strconv.Itoa(y+1) + "-" + md
	}
	d, err := graph.ParseDate(v)
	if err != nil || !d.Known() {
		return DCT{}, false
	}
	return DCT{Date: d, Text: text, Note: "dateline without a year; year of the latest date the text mentions (" +
		latest.Date.Value + ")"}, true
}

// datelineMonthDay returns the month and day ("10-30") of a wire dateline
// without a year opening the first of lines ("FRANKFURT, Oct 30 (Reuters)
// - ..."), and its text.
func datelineMonthDay(lines []string) (md, text string, ok bool) {
	for _, line := range lines {
		line = strings.TrimSpace(line)
		m := txNewMatcher(line, nil, graph.Date{}, nil)
		m.dmy = false
		for _, x := range m.run() {
			md, ok := strings.CutPrefix(x.Value, "XXXX-")
			if !ok || len(md) != len("01-02") || !opensDateline(line, x.Span) {
				continue
			}
			return md, x.Text, true
		}
		break // only the line that opens the body
	}
	return "", "", false
}

// YearlessDateline returns the month and day ("10-30") of a wire dateline
// without a year among the first lines of text ("FRANKFURT, Oct 30
// (Reuters) - ..."), after a headline, and the dateline's date text.
func YearlessDateline(text string) (md, dateText string, ok bool) {
	lines := firstLines(text, 4, 2000)
	for k := range lines {
		if md, dt, ok := datelineMonthDay(lines[k:]); ok {
			return md, dt, true
		}
	}
	return "", "", false
}

// opensDateline reports whether the date at span opens line as a wire
// dateline: only a place in capitalized words and commas before it, and
// after it at most an agency in parentheses and then a dash ("SAN JOSE,
// California, Oct 29, 2025 (Example Wire) - Arcton reported ...", "GENEVA,
// Feb. 20, 2025 — A new vaccine ...").
func opensDateline(line string, span graph.Span) bool {
	if span.Start <= 0 || span.End > len(line) {
		return false
	}
	before := strings.TrimRight(line[:span.Start], " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	words := strings.FieldsFunc(before, func(r rune) bool { return r == ' ' || r == ',' })
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	after := strings.TrimLeft(line[span.End:], " ")
	if strings.HasPrefix(after, "(") {
		end := strings.IndexByte(after, ')')
		if end < 0 || end > 40 {
			return false
		}
		after = strings.TrimLeft(after[end+1:], " ")
	}
	for _, dash := range []string{"-", "—", "–", "--"} {
		if strings.HasPrefix(after, dash+" ") {
			return true
		}
	}
	return false
}

// firstLines returns up to n non-empty lines from the start of s, reading
// at most max bytes.
func firstLines(s string, n, max int) []string {
	if len(s) > max {
		s = s[:max]
	}
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		out = append(out, l)
		if len(out) == n {
			break
		}
	}
	return out
}

// numericFields returns the two leading fields of a numeric date "a-b-yyyy"
// or "a/b/yyyy" and its year, or ok false.
func numericFields(s string) (a, b, y int, ok bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(parts) < 3 || len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) < 4 {
		return 0, 0, 0, false
	}
	if !txAllDigits(parts[0]) || !txAllDigits(parts[1]) || !txAllDigits(parts[2][:4]) {
		return 0, 0, 0, false
	}
	fmt.Sscan(parts[0], &a)
	fmt.Sscan(parts[1], &b)
	fmt.Sscan(parts[2][:4], &y)
	return a, b, y, true
}

// resolveNumeric decides the order of an ambiguous numeric DCT.
func resolveNumeric(dct *DCT, line string, header []string, body string) {
	a, b, y, ok := numericFields(dct.Text)
	if !ok || a > 12 || b > 12 || a == b || a < 1 || b < 1 {
		return
	}
	mdy := txDay(y, time.Month(a), b)
	dmy := txDay(y, time.Month(b), a)
	pick := func(t time.Time, why string) {
		dct.Date = graph.DayDate(t)
		order := "month-day"
		if t.Equal(dmy) {
			order = "day-month"
		}
		dct.Note = fmt.Sprintf("numeric date %s read as %s (%s)", dct.Text, order, why)
	}
	// A weekday name on the same line.
	lm := txNewMatcher(line, nil, graph.Date{}, nil)
	for _, t := range lm.toks {
		if t.cls&cWeekday != 0 && t.cls&cCap != 0 {
			switch time.Weekday(t.val) {
			case mdy.Weekday():
				pick(mdy, "weekday "+line[t.s:t.e])
				return
			case dmy.Weekday():
				pick(dmy, "weekday "+line[t.s:t.e])
				return
			}
		}
	}
	all := strings.Join(header, "\n") + "\n" + body
	if len(all) > 20000 {
		all = all[:20000]
	}
	m := txNewMatcher(all, nil, graph.Date{}, nil)
	m.dmy = false
	for _, x := range m.run() {
		if x.Text == dct.Text {
			continue
		}
		if _, _, _, num := numericFields(x.Text); num {
			continue
		}
		if v, ok := strings.CutPrefix(x.Value, "XXXX-"); ok && len(v) == len("01-02") {
			// the same day written out without its year: "on Tuesday 12
			// November"
			switch v {
			case txDayValue(mdy)[5:]:
				pick(mdy, "same day written out: "+x.Text)
				return
			case txDayValue(dmy)[5:]:
				pick(dmy, "same day written out: "+x.Text)
				return
			}
			continue
		}
		d := absoluteDate(x.Type, x.Value)
		if d.Precision != graph.Day {
			continue
		}
		switch d.Value {
		case txDayValue(mdy):
			pick(mdy, "same day written out: "+x.Text)
			return
		case txDayValue(dmy):
			pick(dmy, "same day written out: "+x.Text)
			return
		}
	}
	if txDayFirstEvidence(m.toks) {
		pick(dmy, "other numeric dates in the text are day first")
		return
	}
	if w, ok := dayFirstUsage(all); ok {
		pick(dmy, "the text writes as day-first countries do: "+w)
		return
	}
	dct.Date = graph.DayDate(mdy)
	dct.Ambiguous = true
	dct.Note = fmt.Sprintf("ambiguous numeric date %s read as month-day (US); day-month would be %s", dct.Text, txDayValue(dmy))
}

// dayFirstUsage reports whether a text writes like the countries that put
// the day before the month (pounds, euros, British spellings) more than
// like the United States (American spellings), and an example of it.
func dayFirstUsage(text string) (string, bool) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '£' && r != '€'
	})
	first, us := 0, 0
	example := ""
	for _, w := range words {
		switch {
		case dayFirstWords[w] || strings.ContainsAny(w, "£€"):
			first++
			if example == "" {
				example = w
			}
		case usWords[w]:
			us++
		}
	}
	return example, first > us
}

// dayFirstWords and usWords tell British (and euro-area) usage from
// American (dayFirstUsage).
var (
	dayFirstWords = map[string]bool{"pounds": true, "pence": true, "euros": true, "euro": true, "defence": true,
		"programme": true, "programmes": true, "organisation": true, "organisations": true, "centre": true,
		"labour": true, "favour": true, "colour": true, "realise": true, "realised": true, "apologised": true,
		"recognised": true, "criticised": true, "authorised": true, "licence": true, "neighbour": true,
		"neighbours": true, "behaviour": true, "honour": true, "jewellery": true, "tyre": true, "tyres": true}
	usWords = map[string]bool{"dollars": true, "cents": true, "defense": true, "program": true, "programs": true,
		"organization": true, "organizations": true, "center": true, "labor": true, "favor": true, "color": true,
		"realize": true, "realized": true, "apologized": true, "recognized": true, "criticized": true,
		"authorized": true, "license": true, "neighbor": true, "neighbors": true, "behavior": true, "honor": true,
		"jewelry": true, "tire": true, "tires": true}
)

// InferDCT guesses a date for a document that has none from its own fully
// specified dates: the latest day mentioned, else the latest month, else
// the latest year. The document cannot be older than that date, so the
// result is a lower bound; Note says how it was chosen. It reports false
// when the text mentions no such date.
func InferDCT(text string) (DCT, bool) {
	m := txNewMatcher(text, nil, graph.Date{}, nil)
	var best [3]graph.Timex
	var have [3]bool
	for _, x := range m.run() {
		d := absoluteDate(x.Type, x.Value)
		if !d.Known() {
			continue
		}
		k := 0
		switch d.Precision {
		case graph.Month:
			k = 1
		case graph.Year:
			k = 2
		}
		if !have[k] || d.Value > absoluteDate(best[k].Type, best[k].Value).Value {
			best[k], have[k] = x, true
		}
	}
	for k, what := range []string{"day", "month", "year"} {
		if have[k] {
			x := best[k]
			d := absoluteDate(x.Type, x.Value)
			return DCT{Date: d, Text: x.Text,
				Note: fmt.Sprintf("inferred: latest %s the text mentions (%q at byte %d)", what, x.Text, x.Start)}, true
		}
	}
	return DCT{}, false
}
