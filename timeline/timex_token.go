package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tkWord  = 'w'
	tkNum   = 'n'
	tkPunct = 'p'
)

// Word classes: a bit set per lexicon entry, so rules test a class with one AND.
const (
	cMonth    = 1 << iota // val: 1..12
	cMonthAbb             // abbreviated month (Jan, Sept)
	cWeekday              // val: 0 (Sunday)..6
	cWdayAbb              // abbreviated weekday
	cUnit                 // val: unit index
	cNumWord              // val: number
	cOrdinal              // val: ordinal number
	cPart                 // part of day; val: part index
	cSeason               // val: season index
	cSetAdv               // daily, weekly; val: unit
	cTZ                   // time zone
	cCap                  // token starts with an upper-case letter
	cPlural               // plural unit (days)
)

// Units of time, ordered from finest to coarsest.
const (
	uSecond = iota
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
)

// Parts of the day, in TIMEX3 notation.
var txPartCode = [...]string{"MO", "AF", "EV", "NI", "12:00", "24:00", "MO", "NI"}

// Seasons in TIMEX3 notation.
var txSeasonCode = [...]string{"SP", "SU", "FA", "WI"}

type txLexEntry struct {
	cls uint32
	val int
}

var timexWords = map[string]txLexEntry{}

func txAddLex(cls uint32, val int, words ...string) {
	for _, w := range words {
		e := timexWords[w]
		e.cls |= cls
		e.val = val
		timexWords[w] = e
	}
}

var txMonthNames = [...]string{"", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

var txWeekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// buildTimexWords fills the lexicon. It runs once, from a package variable
// initializer, so the lexicon is read-only afterwards and safe to share.
var _ = buildTimexWords()

func buildTimexWords() bool {
	for i := 1; i <= 12; i++ {
		txAddLex(cMonth, i, txMonthNames[i])
	}
	for i, a := range []string{"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if a != "" {
			txAddLex(cMonth|cMonthAbb, i+1, a)
		}
	}
	txAddLex(cMonth|cMonthAbb, 9, "sept")
	for i, w := range txWeekdayNames {
		txAddLex(cWeekday, i, w)
		txAddLex(cWeekday|cPlural, i, w+"s") // "on Mondays": a SET
	}
	for i, ws := range [][]string{{"sun"}, {"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"}} {
		txAddLex(cWeekday|cWdayAbb, i, ws...)
	}
	units := []struct {
		u      int
		sg, pl string
	}{
		{uSecond, "second", "seconds"}, {uMinute, "minute", "minutes"}, {uHour, "hour", "hours"},
		{uDay, "day", "days"}, {uWeekend, "weekend", "weekends"}, {uWeek, "week", "weeks"},
		{uFortnight, "fortnight", "fortnights"}, {uMonth, "month", "months"}, {uQuarter, "quarter", "quarters"},
		{uHalf, "half", "halves"}, {uYear, "year", "years"}, {uDecade, "decade", "decades"},
		{uCentury, "century", "centuries"},
	}
	for _, u := range units {
		txAddLex(cUnit, u.u, u.sg)
		txAddLex(cUnit|cPlural, u.u, u.pl)
	}
	txAddLex(cUnit, uMinute, "min", "mins")
	txAddLex(cUnit, uHour, "hr", "hrs")
	txAddLex(cUnit, uYear, "yr", "yrs")
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range nums {
		txAddLex(cNumWord, i, w)
	}
	for i, w := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		txAddLex(cNumWord, 30+10*i, w)
	}
	txAddLex(cNumWord, 100, "hundred")
	txAddLex(cNumWord, 12, "dozen")
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, w := range ords {
		if w != "" {
			txAddLex(cOrdinal, i, w)
		}
	}
	txAddLex(cOrdinal, 30, "thirtieth")
	for i, w := range []string{"morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "tonight"} {
		txAddLex(cPart, i, w)
	}
	txAddLex(cPart, 4, "midday")
	txAddLex(cPart, 1, "afternoons")
	txAddLex(cPart, 0, "mornings")
	txAddLex(cPart, 3, "nights")
	txAddLex(cPart, 2, "evenings")
	for i, w := range []string{"spring", "summer", "fall", "winter"} {
		txAddLex(cSeason, i, w)
	}
	txAddLex(cSeason, 2, "autumn")
	txAddLex(cSetAdv, uDay, "daily", "nightly")
	txAddLex(cSetAdv, uWeek, "weekly")
	txAddLex(cSetAdv, uMonth, "monthly")
	txAddLex(cSetAdv, uYear, "annually", "yearly")
	txAddLex(cSetAdv, uHour, "hourly")
	txAddLex(cTZ, 0, "gmt", "utc", "est", "edt", "et", "pst", "pdt", "pt", "cst", "cdt", "ct", "bst", "cet", "cest", "mst", "mdt", "z",
		"hkt", "jst", "kst", "sgt", "msk", "aest", "aedt", "eet", "eest", "ist", "nzst", "nzdt", "sast", "pkt")
	return true
}

// token is one word, number or punctuation mark of the text.
type txToken struct {
	s, e int    // byte span in the text
	kind byte   // tkWord, tkNum, tkPunct
	sp   bool   // preceded by white space (or at the start)
	nl   bool   // preceded by a line break
	low  string // lower-cased text
	cls  uint32 // lexicon classes (words), cCap
	val  int    // lexicon value, or the value of a plain integer (-1 when not one)
	nd   int    // number of digits of a plain integer
}

// txTokenize splits text into tokens. Digit groups ("450,000") and decimals
// ("12.5") stay one number token whose val is -1.
func txTokenize(text string, toks []txToken) []txToken {
	i, n := 0, len(text)
	sp, nl := true, false
	for i < n {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			sp = true
			i++
			continue
		case c == '\n':
			sp, nl = true, true
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			v := 0
			for j < n && text[j] >= '0' && text[j] <= '9' {
				if v < 1e8 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			nd := j - i
			plain := true
			for j+1 < n && (text[j] == ',' || text[j] == '.') && text[j+1] >= '0' && text[j+1] <= '9' {
				k := j + 1
				for k < n && text[k] >= '0' && text[k] <= '9' {
					k++
				}
				if text[j] == ',' && k-j-1 != 3 {
					break
				}
				plain = false
				j = k
			}
			if !plain || nd > 9 {
				v = -1
			}
			toks = append(toks, txToken{s: i, e: j, kind: tkNum, sp: sp, nl: nl, low: text[i:j], val: v, nd: nd})
			i = j
		case c < utf8.RuneSelf:
			if txIsASCIILetter(c) {
				j := i
				upper := false
				for j < n && txIsASCIILetter(text[j]) {
					if text[j] <= 'Z' {
						upper = true
					}
					j++
				}
				if j < n && text[j] >= utf8.RuneSelf {
					// A word going on in non-ASCII letters: take it whole.
					for j < n {
						r, size := utf8.DecodeRuneInString(text[j:])
						if !unicode.IsLetter(r) && !(r < utf8.RuneSelf && txIsASCIILetter(byte(r))) {
							break
						}
						j += size
					}
					toks = append(toks, txWordToken(text, i, j, sp, nl, true))
				} else {
					toks = append(toks, txWordToken(text, i, j, sp, nl, upper))
				}
				i = j
			} else {
				toks = append(toks, txToken{s: i, e: i + 1, kind: tkPunct, sp: sp, nl: nl, low: text[i : i+1], val: -1})
				i++
			}
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				sp = true
				i += size
				continue
			}
			if unicode.IsLetter(r) {
				j := i + size
				for j < n {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += s2
				}
				toks = append(toks, txWordToken(text, i, j, sp, nl, true))
				i = j
			} else {
				toks = append(toks, txToken{s: i, e: i + size, kind: tkPunct, sp: sp, nl: nl, low: text[i : i+size], val: -1})
				i += size
			}
		}
		sp, nl = false, false
	}
	return toks
}

func txIsASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func txWordToken(text string, i, j int, sp, nl, mixed bool) txToken {
	w := text[i:j]
	low := w
	if mixed {
		low = strings.ToLower(w)
	}
	t := txToken{s: i, e: j, kind: tkWord, sp: sp, nl: nl, low: low, val: -1}
	if e, ok := timexWords[low]; ok {
		t.cls, t.val = e.cls, e.val
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		t.cls |= cCap
	}
	return t
}

// txSplitSentences returns sentence spans of text as token index ranges: a
// sentence ends at '.', '!' or '?' followed by a capitalized word or a line
// break, or at a blank line or a bullet.
func txSplitSentences(text string, toks []txToken, out [][2]int) [][2]int {
	start := 0
	for i := range toks {
		t := &toks[i]
		end := false
		if i > start && t.nl {
			// A line break ends a sentence unless the line runs on in lower
			// case or the line before ends in a word no sentence ends in,
			// as in hard-wrapped wire copy ("branches of\nCitizens").
			if (t.kind != tkWord || t.cls&cCap != 0 || txBlankBefore(text, t.s)) &&
				(txBlankBefore(text, t.s) || !txRunsOn[toks[i-1].low] || toks[i-1].kind != tkWord) {
				out = append(out, [2]int{start, i})
				start = i
				continue
			}
		}
		if t.kind == tkPunct && (t.low == "." || t.low == "!" || t.low == "?") && i+1 < len(toks) {
			nx := &toks[i+1]
			if nx.sp && (nx.kind != tkWord || nx.cls&cCap != 0) && !txAbbrevBefore(toks, i) {
				end = true
			}
		}
		if end {
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

// txRunsOn are words a sentence never ends in: a line break after one
// is a wrapped line.
var txRunsOn = map[string]bool{"of": true, "and": true, "or": true, "the": true, "a": true, "an": true, "to": true,
	"in": true, "on": true, "at": true, "for": true, "by": true, "with": true, "from": true, "as": true, "than": true,
	"that": true, "its": true, "their": true, "his": true, "her": true, "said": true, "will": true, "would": true}

func txBlankBefore(text string, off int) bool {
	nls := 0
	for k := off - 1; k >= 0; k-- {
		switch text[k] {
		case '\n':
			nls++
		case ' ', '\t', '\r':
		default:
			return nls > 1
		}
	}
	return true
}

// txAbbrevBefore reports whether the period at toks[i] ends an abbreviation.
func txAbbrevBefore(toks []txToken, i int) bool {
	if i == 0 {
		return false
	}
	p := &toks[i-1]
	if p.kind != tkWord || p.e != toks[i].s {
		return false
	}
	if len(p.low) == 1 {
		return true // initials, U.S.
	}
	if p.cls&cMonthAbb != 0 || p.cls&cWdayAbb != 0 {
		return true
	}
	switch p.low {
	case "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "jr", "sr", "vs", "inc", "corp", "co", "ltd", "prof", "lt", "col", "sgt", "capt", "no":
		return true
	}
	return false
}
