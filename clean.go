package chronograph

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/timeline"
)

// lineKind is what the structure of the source says a line is.
type lineKind int

const (
	plainLine   lineKind = iota
	headingLine          // a heading by markup (Markdown "#", HTML <h1>)
	bulletLine           // a list item, its bullet already removed
)

// srcLine is one line of an article before cleaning.
type srcLine struct {
	text string
	kind lineKind
}

// cleaned is the result of cleaning an article's lines.
type cleaned struct {
	Title      string
	Header     []string
	Text       string
	Blocks     []graph.Block
	BlockDates []string
}

// cleanText splits plain text into lines, recognising bullets, and cleans
// it; without a title, the first line that can be one is the title.
func cleanText(s, title string) cleaned {
	c := clean(splitLines(s), title, title == "")
	if c.Text == "" && c.Title != "" {
		// A one-line article: its line is both headline and text.
		c.Text = endSentence(c.Title)
	}
	return c
}

// splitLines splits text into srcLines, marking bulleted lines.
func splitLines(s string) []srcLine {
	raw := strings.Split(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"), "\n")
	lines := make([]srcLine, 0, len(raw))
	for _, l := range raw {
		l = normalizeSpace(l)
		kind := plainLine
		if m := bulletRe.FindStringIndex(l); m != nil && m[1] < len(l) {
			l = l[m[1]:]
			kind = bulletLine
		}
		lines = append(lines, srcLine{text: l, kind: kind})
	}
	return lines
}

// bulletRe matches a list bullet at the start of a line. An em dash is not a
// bullet: it starts a post's attribution line.
var bulletRe = regexp.MustCompile(`^(?:[•·▪●◦‣∙○■□➢►▶*+–-]|\d{1,2}[.)])\s+`)

// normalizeSpace turns every kind of space into a plain space, drops
// zero-width and control characters, collapses runs of spaces and trims.
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// post is an embedded post found among an article's lines.
type post struct {
	first, last int // line range of the post's text, inclusive
	author      string
	date        string
}

// clean builds an article's title, header, text and embedded posts from its
// lines; title is the headline from metadata, if any. When detectTitle is
// set and title is empty, the first line that reads as a headline becomes
// the title.
func clean(lines []srcLine, title string, detectTitle bool) cleaned {
	for i := range lines {
		lines[i].text = stripEmojiMojibake(normalizeSpace(lines[i].text))
	}
	lines = truncateAtTrailer(lines)
	joinBroken(lines)
	posts, inPost, drop := findPosts(lines)

	var out cleaned
	out.Title = normalizeSpace(title)
	titleKey := foldKey(out.Title)
	top := true // still above the first line of body text
	standfirst := false
	last := len(lines) - 1
	for last >= 0 && strings.TrimSpace(lines[last].text) == "" {
		last--
	}
	var kept []string
	type span struct{ post, first, last int }
	var spans []span
	for i := 0; i < len(lines); i++ {
		if p := inPost[i]; p >= 0 {
			first := len(kept)
			for j := posts[p].first; j <= posts[p].last; j++ {
				if t := cleanPostLine(lines[j].text); t != "" {
					kept = append(kept, t)
				}
			}
			if len(kept) > first {
				spans = append(spans, span{p, first, len(kept) - 1})
				top = false
			}
			i = posts[p].last
			continue
		}
		if drop[i] {
			continue
		}
		l := lines[i]
		t := l.text
		if t == "" || isNoise(t) {
			continue
		}
		if isHeaderLine(t) {
			// above the body, or after a one-line standfirst ("*Home
			// Office announces visa changes*" then "**Mon 12 May 2025
			// 14.30 BST**"), or a labelled date closing the article
			// ("Updated Sept. 21, 2025, 9:14 a.m. ET")
			if top || len(kept) == 1 && standfirst || i == last && (labelledDateLine(t) || bareDayLine(t)) {
				out.Header = append(out.Header, t)
			}
			continue
		}
		if detectTitle && titleKey == "" && l.kind != bulletLine && len(kept) == 0 && isTitleCandidate(t) {
			if isPipeTitle(t) {
				t = siteTitle(t) // "Headline | Outlet"
			}
			out.Title = t
			titleKey = foldKey(t)
			continue
		}
		if titleKey != "" && foldKey(t) == titleKey {
			continue // the headline repeated in the body
		}
		if l.kind == headingLine {
			continue
		}
		if l.kind != bulletLine && (isHeadingText(t) || isPipeTitle(t) || isFragment(t)) {
			continue
		}
		if len(kept) == 0 {
			standfirst = !endsSentence(t) // a subtitle, not a sentence of the body
		}
		kept = append(kept, endSentence(t))
		top = false
	}

	// Assemble Text and the block spans.
	var b strings.Builder
	starts := make([]int, len(kept))
	for i, k := range kept {
		if i > 0 {
			b.WriteByte('\n')
		}
		starts[i] = b.Len()
		b.WriteString(k)
	}
	out.Text = b.String()
	for _, s := range spans {
		p := posts[s.post]
		out.Blocks = append(out.Blocks, graph.Block{
			Span:   graph.Span{Start: starts[s.first], End: starts[s.last] + len(kept[s.last])},
			Kind:   "post",
			Author: p.author,
		})
		out.BlockDates = append(out.BlockDates, p.date)
	}
	return out
}

// joinBroken rejoins a sentence that the source broke across lines, as
// scraped text does where a link was removed ("after the team qualified
// from Group" / "beat" / "of South Africa 3-2 in Douala, ..."): a plain line
// without sentence punctuation is joined with the next non-empty line when
// that one starts in lower case or with a comma. The first line, which may
// be a headline, is never joined. Leading commas and colons are dropped.
func joinBroken(lines []srcLine) {
	first := true
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		if l.text == "" {
			continue
		}
		if l.kind == plainLine {
			l.text = strings.TrimLeft(l.text, ",;: ")
		}
		if first {
			first = false
			continue
		}
		for l.kind == plainLine && l.text != "" && !endsSentence(l.text) && !strings.HasSuffix(l.text, ":") {
			j := i + 1
			for j < len(lines) && lines[j].text == "" {
				j++
			}
			if j == len(lines) || lines[j].kind != plainLine {
				break
			}
			r, _ := utf8.DecodeRuneInString(lines[j].text)
			if !unicode.IsLower(r) && r != ',' {
				break
			}
			if r == ',' {
				l.text += ", " + strings.TrimLeft(lines[j].text, ", ")
			} else {
				l.text += " " + lines[j].text
			}
			lines[j].text = ""
		}
	}
}

// truncateAtTrailer drops the "Recommended news" block (and the like) and
// everything after it, once some body text has been seen.
func truncateAtTrailer(lines []srcLine) []srcLine {
	seen := 0
	for i, l := range lines {
		if trailerRe.MatchString(l.text) && seen >= 2 {
			return lines[:i]
		}
		if utf8.RuneCountInString(l.text) > 60 {
			seen++
		}
	}
	return lines
}

var trailerRe = regexp.MustCompile(`(?i)^(recommended( news| stories| for you| reading)?|related (news|articles|stories|coverage|content)|you (may|might) also like|more from [\pL .]+|trending( now| stories)?|most (read|popular|viewed)|read next|up next|comments?( \(\d+\))?)[:.]?$`)

// Post markers: an attribution line "— Mario Nawfal (@MarioNawfal) March
// 14, 2025" ends a post; so does a trailing "11:58 PM · Feb 27, 2025
// @TomHoman_" on the post's last line.
var (
	attributionRe = regexp.MustCompile(`^[—―–]{1,2}\s*(.*?)\s*\((@\w{1,30})\)\s*(.*)$`)
	postTrailerRe = regexp.MustCompile(`\s*\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·¡•∙|-]\s*(` + monthPat + `\.?\s+\d{1,2},?\s+\d{4})\s*(@\w{1,30})?\s*$`)
	postDateRe    = regexp.MustCompile(`^` + monthPat + `\.?\s+\d{1,2},?\s+\d{4}$|^\d{1,2}\s+` + monthPat + `\.?\s+\d{4}$`)
)

const monthPat = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`

// findPostTrailer returns the submatch indexes of postTrailerRe in t, or
// nil. It runs the expression only on lines with a time near their end.
func findPostTrailer(t string) []int {
	i := strings.LastIndexByte(t, ':')
	if i < 0 || len(t)-i > 60 {
		return nil
	}
	return postTrailerRe.FindStringSubmatchIndex(t)
}

// labelledDateLine reports whether a header line opens with a word that labels
// its date as the article's: "Updated ...", "Published ...", "Posted ...".
func labelledDateLine(t string) bool {
	w, _, _ := strings.Cut(strings.ToLower(t), " ")
	switch strings.TrimRight(w, ":") {
	case "updated", "published", "posted", "date", "first":
		return true
	}
	return false
}

// bareDayLine reports whether a line is a full date alone ("Sept. 22,
// 2025"), which closing an article dates it like a labelled one.
func bareDayLine(t string) bool {
	d, err := timeline.ParseDate(strings.TrimSpace(strings.Trim(t, "*_ ")))
	return err == nil && d.Precision == graph.Day
}

// onlyDateLabel reports whether s, the text before a time and date, only
// labels them as the article's own ("Posted", "Last updated on"): the line
// is a header, not the end of a post.
func onlyDateLabel(s string) bool {
	label := false
	for _, f := range strings.Fields(strings.ToLower(s)) {
		f = strings.TrimRight(f, ":")
		switch {
		case f == "published" || f == "posted" || f == "updated" || f == "modified" || f == "date":
			label = true
		case !dateWords[f]:
			return false
		}
	}
	return label
}

// maxPostRunes bounds the text collected backwards from a post's end marker:
// a post is short (280 characters on X, links counted short).
const maxPostRunes = 320

// findPosts finds embedded posts. It returns the posts in order, for each
// line the index of the post it starts (or -1), and the marker lines to drop.
func findPosts(lines []srcLine) (posts []post, inPost []int, drop []bool) {
	inPost = make([]int, len(lines))
	for i := range inPost {
		inPost[i] = -1
	}
	drop = make([]bool, len(lines))
	used := make([]bool, len(lines))
	for i, l := range lines {
		var p post
		last := i - 1
		if m := attributionRe.FindStringSubmatch(l.text); m != nil {
			p.author = cleanAuthor(m[1], m[2])
			if d := strings.TrimSpace(m[3]); postDateRe.MatchString(d) {
				p.date = d
			}
			drop[i] = true
			used[i] = true
		} else if m := findPostTrailer(l.text); m != nil && !onlyDateLabel(l.text[:m[0]]) {
			p.date = l.text[m[2]:m[3]]
			if m[4] >= 0 {
				p.author = l.text[m[4]:m[5]]
			}
			lines[i].text = strings.TrimSpace(l.text[:m[0]])
			last = i
		} else {
			continue
		}
		first := last + 1
		total := 0
		for j := last; j >= 0 && !used[j]; j-- {
			t := lines[j].text
			if t == "" || lines[j].kind == headingLine || isNoise(t) || isHeaderLine(t) {
				break
			}
			if j < last && isHeadingText(t) && !isAllCaps(t) {
				break
			}
			total += utf8.RuneCountInString(stripLinks(t))
			if total > maxPostRunes && j < last {
				break
			}
			first = j
		}
		if first > last {
			continue
		}
		for j := first; j <= last; j++ {
			used[j] = true
		}
		p.first, p.last = first, last
		inPost[first] = len(posts)
		posts = append(posts, p)
	}
	return posts, inPost, drop
}

// cleanAuthor returns the display name of a post's author, without emoji
// or mojibake, falling back to the handle.
func cleanAuthor(name, handle string) string {
	name = strings.TrimSpace(authorJunkRe.ReplaceAllString(stripSymbols(name), ""))
	if name == "" {
		return handle
	}
	return name
}

var authorJunkRe = regexp.MustCompile(`[ÂÃâðđ][\x{80}-\x{2FF}\x{2000}-\x{2122}]*$`)

var (
	linkRe        = regexp.MustCompile(`(?i)\b(?:https?://|www\.|pic\.twitter\.com/|t\.co/)\S*`)
	trailHandleRe = regexp.MustCompile(`(?:\s+@\w{1,30})+\s*$`)
	// emojiMojibakeRe matches the remains of emoji (flags) that went
	// through a wrong 8-bit decoding with some bytes lost: "đ¨đşđ¸".
	emojiMojibakeRe = regexp.MustCompile(`[ðđ][\x{80}-\x{2FF}\x{2000}-\x{2122}]{2,}`)
)

// stripLinks removes URLs.
func stripLinks(s string) string {
	if !strings.Contains(s, "http") && !strings.Contains(s, "www.") && !strings.Contains(s, "t.co/") && !strings.Contains(s, "pic.twitter") {
		return s
	}
	return normalizeSpace(linkRe.ReplaceAllString(s, ""))
}

// stripEmojiMojibake removes emoji mojibake runs.
func stripEmojiMojibake(s string) string {
	if !strings.ContainsAny(s, "ðđ") {
		return s
	}
	return normalizeSpace(emojiMojibakeRe.ReplaceAllString(s, " "))
}

// stripSymbols removes emoji and other pictographic symbols.
func stripSymbols(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x1f000 && r <= 0x1faff || r >= 0x2600 && r <= 0x27bf || r == 0xfe0f || r == 0x200d || r >= 0xe0000 && r <= 0xe007f {
			return -1
		}
		return r
	}, s)
}

// cleanPostLine strips from a line of a post what is not its prose: links,
// handles at the end, emoji; and makes it end as a sentence. It returns ""
// when nothing is left.
func cleanPostLine(s string) string {
	s = stripLinks(s)
	s = trailHandleRe.ReplaceAllString(s, "")
	s = normalizeSpace(stripSymbols(s))
	if !hasLetter(s) {
		return ""
	}
	return endSentence(s)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// noiseRe matches lines that are no part of an article: image blocks, ads,
// newsletter prompts, section labels, aggregator metadata.
var noiseRe = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`image(?: for .*| source:?.*| content:.*| credits?:.*| caption:.*)?`,
	`(?:photo|picture|video|graphic)s?(?: credits?)?:.*`,
	`source: ?\S+`,
	`get (?:a|our|the) (?:daily|weekly|free|morning|evening)? ?(?:email|newsletter).*`,
	`(?:sign up|subscribe)\b.*`,
	`more stories`,
	`summary based on \d+ sources?\.?`,
	`advertisements?`,
	`share(?: this(?: article| story| post)?)?(?: on \w+)?`,
	`(?:click|tap) here\b.*`,
	`read (?:more|next|the full (?:article|story))\b.*`,
	`continue reading\b.*`,
	`(?:summary|key points|key takeaways|takeaways|at a glance|articles in this cluster|highlights|in brief|overview|author|authors|tags|topics|share this)`,
	`(?:entities|tone|sentiment|intent):.*`,
	`image (?:source|caption), .*`,
	`(?:getty|ap|afp|reuters|epa|shutterstock) images?(?:/.*)?`,
	`(?:published|updated|posted)(?: on)? \d+ (?:seconds?|minutes?|hours?|days?|weeks?) ago`,
	`(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b.*`,
	`all rights reserved`,
	`follow (?:us|[\w@.]+) on (?:twitter|x|facebook|instagram|tiktok|linkedin|bluesky|threads|youtube|telegram|whatsapp)\b.*`,
	`(?:related topics|more on this story|top stories|listen to this article|video duration \d.*)`,
}, "|") + `)[:.]?$`)

// isNoise reports whether a line is to be dropped whatever its place.
func isNoise(t string) bool { return noiseRe.MatchString(t) }

var (
	// headerPrefixRe matches labelled header lines kept for their dates.
	headerPrefixRe = regexp.MustCompile(`(?i)^(?:sources?: .*\|.*|sources: .*|(?:date|published|updated|posted|last updated|first published)(?: on)?: .*\d.*)$`)
	// bylineRe matches "By Jane Doe", "By JANE DOE and John Roe | Reuters".
	bylineRe = regexp.MustCompile(`^(?:By|BY|by) (?:\p{Lu}[\pL.'’-]*|de|van|von|and|&|,| )+(?:staff|reporters|correspondents?|writers?|editors?)?(?:[|,/·•–—-].*)?$`)
)

// isHeaderLine reports whether a line belongs in the Header: a date-only
// line, a "Date:"/"Sources:" line, or a byline.
func isHeaderLine(t string) bool {
	if headerPrefixRe.MatchString(t) || isDateLine(t) || isPlaceDateLine(t) {
		return true
	}
	if bylineRe.MatchString(t) && len(strings.Fields(t)) <= 14 && !endsSentence(t) {
		return true
	}
	return false
}

var dateWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"am": true, "pm": true, "a": true, "p": true, "m": true, "utc": true, "gmt": true, "est": true, "edt": true, "cst": true,
	"cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true, "et": true, "pt": true, "ct": true, "cet": true,
	"cest": true, "bst": true, "ist": true, "jst": true, "aest": true, "z": true, "t": true,
	"date": true, "published": true, "updated": true, "posted": true, "on": true, "at": true, "last": true,
	"modified": true, "first": true, "st": true, "nd": true, "rd": true, "th": true, "of": true,
}

var monthWords = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true, "apr": true, "april": true,
	"may": true, "jun": true, "june": true, "jul": true, "july": true, "aug": true, "august": true, "sep": true,
	"sept": true, "september": true, "oct": true, "october": true, "nov": true, "november": true, "dec": true, "december": true,
}

// isPlaceDateLine reports whether a line is a dateline: a place in
// capitalized words, a comma or a dash, and a date line ("Brussels, March
// 12, 2025", "GENEVA — May 12, 2025").
func isPlaceDateLine(t string) bool {
	i := strings.IndexAny(t, ",—–")
	if i <= 0 || i > 40 {
		return false
	}
	rest := strings.TrimLeft(t[i:], ",—– ")
	if !isDateLine(rest) {
		return false
	}
	place := strings.Fields(t[:i])
	if len(place) == 0 || len(place) > 4 {
		return false
	}
	for _, w := range place {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isDateLine reports whether a line holds only a date (and time): "May 3,
// 2025", "05-05-2025", "Saturday, 3 May 2025 10:32 BST", "Date: 2025-05-05".
func isDateLine(t string) bool {
	if len(t) > 80 {
		return false
	}
	fields := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	months, numbers, year := 0, 0, false
	for _, f := range fields {
		switch {
		case monthWords[f]:
			months++
		case isDigits(f):
			numbers++
			if len(f) == 4 && (f[0] == '1' || f[0] == '2') {
				year = true
			}
		case isOrdinal(f):
			numbers++
		case dateWords[f]:
		default:
			return false
		}
	}
	return numbers > 0 && (months > 0 && numbers <= 4 || numbers >= 3 && year)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isOrdinal(s string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) && isDigits(strings.TrimSuffix(s, suf)) {
			return true
		}
	}
	return false
}

// isTitleCandidate reports whether the first line of text can be the
// headline: not a long paragraph, not ending with a full stop.
func isTitleCandidate(t string) bool {
	return len(strings.Fields(t)) <= 30 && !strings.HasSuffix(t, ".")
}

// minorWords are the words title case leaves in lower case.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "as": true, "vs": true,
	"via": true, "into": true, "onto": true, "over": true, "than": true, "up": true, "out": true, "off": true,
	"per": true, "amid": true, "about": true, "after": true, "before": true, "de": true, "la": true, "le": true, "van": true, "von": true, "der": true, "y": true,
	"under": true, "against": true, "without": true, "within": true, "between": true, "across": true,
}

// isHeadingText reports whether a line reads as a heading: short, no
// sentence punctuation at the end, and in title case (every word but
// articles, conjunctions and prepositions capitalized) or all capitals.
func isHeadingText(t string) bool {
	if endsSentence(t) || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ",") {
		return false
	}
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 18 {
		return false
	}
	sig, caps := 0, 0
	for i, w := range words {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		if i > 0 && minorWords[strings.ToLower(strings.TrimRight(w, ",:;"))] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsDigit(r) {
			continue // numbers have no case
		}
		sig++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return sig > 0 && caps == sig
}

func isAllCaps(t string) bool {
	letters, upper := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 0 && upper*10 >= letters*9
}

// isPipeTitle reports whether a line is an "Article title | Outlet" line.
func isPipeTitle(t string) bool {
	return strings.Contains(t, " | ") && !endsSentence(t)
}

// isFragment reports whether a line is too short to be a sentence and has no
// sentence punctuation: a label, a button, a name.
func isFragment(t string) bool {
	return len(strings.Fields(t)) <= 3 && !endsSentence(t)
}

// closers are the characters that may follow a sentence's final punctuation.
const closers = `"'”’»)]*`

// endsSentence reports whether t ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, closers)
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// endSentence appends a full stop to t unless it already ends as a sentence.
// A trailing colon or semicolon is replaced.
func endSentence(t string) string {
	if endsSentence(t) {
		return t
	}
	t = strings.TrimRight(t, ",;: ")
	return t + "."
}

// foldKey reduces a line to its letters and digits in lower case, to compare
// headlines.
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
