package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/graph"
)

// tokenize splits text into CoNLL-like tokens with byte offsets and groups
// them into sentences. Every token's Text is text[Start:End].
func tokenize(text string) ([]graph.Token, []graph.Span) {
	toks := make([]graph.Token, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isSpace(r) {
				break
			}
			j += n
		}
		toks = splitChunk(text, i, j, toks)
		i = j
	}
	return toks, sentences(text, toks)
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xa0, 0x200b, 0xfeff:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// isOpen reports runes split off the front of a chunk.
func isOpen(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '<', '“', '‘', '«', '‹', '„', '•', '·', '*', '–', '—', '…', '‚', '¿', '¡', '#', '@':
		return true
	}
	return false
}

// isClose reports runes split off the end of a chunk.
func isClose(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '>', '”', '’', '»', '›', ',', ';', ':', '!', '?', '…', '–', '—', '*':
		return true
	}
	return false
}

// abbrevs are words whose final period belongs to them.
var abbrevs = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "jr.": true, "sr.": true, "st.": true,
	"inc.": true, "corp.": true, "co.": true, "ltd.": true, "plc.": true, "gen.": true, "gov.": true,
	"sen.": true, "rep.": true, "jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true,
	"jul.": true, "aug.": true, "sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
	"vs.": true, "no.": true, "mt.": true, "ft.": true, "prof.": true, "rev.": true, "lt.": true,
	"col.": true, "capt.": true, "sgt.": true, "dept.": true, "univ.": true, "bros.": true, "etc.": true,
	"adm.": true, "cmdr.": true, "pres.": true, "gov't.": true, "approx.": true, "est.": true, "fig.": true,
}

// titleAbbrevs never end a sentence: a name follows them.
var titleAbbrevs = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "st.": true, "gen.": true, "gov.": true,
	"sen.": true, "rep.": true, "prof.": true, "rev.": true, "lt.": true, "col.": true, "capt.": true,
	"sgt.": true, "adm.": true, "cmdr.": true, "pres.": true, "mt.": true, "ft.": true, "no.": true, "vs.": true,
}

// isAbbrev reports whether w (ending in '.') keeps its period: a listed
// abbreviation or letters separated by periods ("U.S.", "a.m.", "C.I.A.").
func isAbbrev(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	if abbrevs[strings.ToLower(w)] {
		return true
	}
	// letter-dot pattern
	n := 0
	for i := 0; i < len(w); {
		r, sz := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsLetter(r) {
			return false
		}
		i += sz
		if i >= len(w) || w[i] != '.' {
			return false
		}
		i++
		n++
	}
	return n >= 1 && (n >= 2 || len(w) == 2 && unicode.IsUpper(rune(w[0])))
}

func emit(text string, start, end int, toks []graph.Token) []graph.Token {
	if end <= start {
		return toks
	}
	return append(toks, graph.Token{Span: graph.Span{Start: start, End: end}, Text: text[start:end]})
}

// splitChunk splits the whitespace-free text[a:b] into tokens.
func splitChunk(text string, a, b int, toks []graph.Token) []graph.Token {
	// Leading punctuation.
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !isOpen(r) || a+n == b {
			break
		}
		if r == '\'' {
			// '90s: keep an apostrophe that starts a number.
			if c := text[a+n]; c >= '0' && c <= '9' {
				break
			}
		}
		toks = emit(text, a, a+n, toks)
		a += n
	}
	if a >= b {
		return toks
	}
	// Trailing punctuation, collected in reverse.
	var tail [8]graph.Span
	nt := 0
	for a < b && nt < len(tail) {
		w := text[a:b]
		if len(w) > 2 {
			if ps := possessive(w); ps > 0 {
				tail[nt] = graph.Span{Start: b - ps, End: b}
				nt++
				b -= ps
				continue
			}
			if strings.HasSuffix(w, "n't") && len(w) > 3 {
				tail[nt] = graph.Span{Start: b - 3, End: b}
				nt++
				b -= 3
				continue
			}
		}
		r, n := utf8.DecodeLastRuneInString(w)
		if r == '.' {
			if strings.HasSuffix(w, "...") && len(w) > 3 {
				tail[nt] = graph.Span{Start: b - 3, End: b}
				nt++
				b -= 3
				continue
			}
			if len(w) == 1 || isAbbrev(w) {
				break
			}
			tail[nt] = graph.Span{Start: b - 1, End: b}
			nt++
			b--
			continue
		}
		if isClose(r) && len(w) > n {
			tail[nt] = graph.Span{Start: b - n, End: b}
			nt++
			b -= n
			continue
		}
		break
	}
	toks = splitMiddle(text, a, b, toks)
	for k := nt - 1; k >= 0; k-- {
		toks = emit(text, tail[k].Start, tail[k].End, toks)
	}
	return toks
}

// possessive returns the byte length of a possessive suffix of w ("'s",
// "’s"), or 0.
func possessive(w string) int {
	n := len(w)
	if w[n-1] == 's' || w[n-1] == 'S' {
		if w[n-2] == '\'' {
			return 2
		}
		if strings.HasSuffix(w[:n-1], "’") && n-1 > len("’") {
			return 1 + len("’")
		}
		// "’" read as Latin-1 with its control bytes lost: "Trumpâs".
		if strings.HasSuffix(w[:n-1], "â") && n-1 > len("â") {
			return 1 + len("â")
		}
	}
	return 0
}

// splitMiddle splits text[a:b] at dashes and at hyphens after an
// abbreviation or acronym that join it to a capitalized word
// ("U.S.-Mexico", "US-China"); other hyphenated words stay whole, as in
// CoNLL ("Day-Lewis", "anti-drug").
func splitMiddle(text string, a, b int, toks []graph.Token) []graph.Token {
	start := a
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(text[i:b])
		switch {
		case r == '—' || r == '–' || r == '…' || (r == '-' && i+1 < b && text[i+1] == '-'):
			if r == '-' {
				n = 2
			}
			if i > start && i+n < b {
				toks = emit(text, start, i, toks)
				toks = emit(text, i, i+n, toks)
				start = i + n
			}
		case r == '-' && i > start && i+1 < b:
			left := text[start:i]
			next, _ := utf8.DecodeRuneInString(text[i+1 : b])
			if unicode.IsUpper(next) && (strings.HasSuffix(left, ".") || len(left) >= 2 && isAllCaps(left)) {
				toks = emit(text, start, i, toks)
				toks = emit(text, i, i+1, toks)
				start = i + 1
			}
		}
		i += n
	}
	return emit(text, start, b, toks)
}

// sentences groups toks into sentences, sets each token's Sentence and
// returns the sentence spans. A sentence ends after terminal punctuation
// (with any closing quotes) when the next token does not start in lower
// case, and at a line break unless the next line continues in lower case.
func sentences(text string, toks []graph.Token) []graph.Span {
	if len(toks) == 0 {
		return nil
	}
	var spans []graph.Span
	first := 0
	for i := range toks {
		end := i == len(toks)-1
		if !end {
			next := toks[i+1].Text
			nr, _ := utf8.DecodeRuneInString(next)
			lowerNext := unicode.IsLower(nr)
			gap := text[toks[i].End:toks[i+1].Start]
			if strings.Contains(gap, "\n") && (!lowerNext || strings.Count(gap, "\n") > 1) {
				end = true
			} else if !lowerNext && gap != "" {
				w := toks[i].Text
				switch {
				case w == "." || w == "!" || w == "?" || w == "..." || w == "…":
					end = true
				case isCloseQuote(w) && i > first && isTerminal(toks[i-1].Text):
					end = true
				case w[len(w)-1] == '.' && len(w) > 1 && !titleAbbrevs[strings.ToLower(w)] && !isAbbrev(w):
					end = true
				case w[len(w)-1] == '.' && len(w) > 1 && !titleAbbrevs[strings.ToLower(w)] && sentenceStarters[next]:
					// "... into the U.S. In February, ...": an abbreviation
					// ends the sentence when a word that only starts
					// sentences follows it.
					end = true
				}
			}
		}
		if end {
			for k := first; k <= i; k++ {
				toks[k].Sentence = len(spans)
			}
			spans = append(spans, graph.Span{Start: toks[first].Start, End: toks[i].End})
			first = i + 1
		}
	}
	return spans
}

// sentenceStarters are capitalized function words that, after an
// abbreviation's period, begin a new sentence rather than continue a name.
var sentenceStarters = map[string]bool{
	"In": true, "The": true, "A": true, "An": true, "This": true, "That": true, "These": true,
	"Those": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true,
	"But": true, "And": true, "However": true, "On": true, "At": true, "For": true, "After": true,
	"Before": true, "During": true, "Since": true, "While": true, "When": true, "Its": true,
	"Their": true, "His": true, "Her": true, "Meanwhile": true, "Earlier": true, "Later": true,
	"There": true, "Last": true, "Yet": true, "Still": true, "Also": true, "As": true, "If": true,
}

func isTerminal(w string) bool {
	return w == "." || w == "!" || w == "?" || w == "..." || w == "…"
}

func isCloseQuote(w string) bool {
	return w == "\"" || w == "”" || w == "’" || w == "'" || w == ")"
}
