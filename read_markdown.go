package chronograph

import (
	"regexp"
	"strings"
)

var (
	mdHeadingRe   = regexp.MustCompile(`^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$`)
	mdSetextRe    = regexp.MustCompile(`^ {0,3}(?:=+|-+)\s*$`)
	mdRuleRe      = regexp.MustCompile(`^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`)
	mdFenceRe     = regexp.MustCompile("^ {0,3}(```+|~~~+)")
	mdListRe      = regexp.MustCompile(`^\s*(?:[*+-]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?`)
	mdQuoteRe     = regexp.MustCompile(`^\s*(?:>\s?)+`)
	mdRefDefRe    = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+.*$`)
	mdImageRe     = regexp.MustCompile(`!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])`)
	mdLinkRe      = regexp.MustCompile(`\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])`)
	mdAutoLinkRe  = regexp.MustCompile(`<(?:https?://|mailto:)[^>\s]*>`)
	mdTagRe       = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	mdStrongRe    = regexp.MustCompile(`(\*\*|__|~~)(\S(?:.*?\S)?)(\*\*|__|~~)`)
	mdEmStarRe    = regexp.MustCompile(`(^|[^\pL\pN*\\])\*(\S(?:[^*]*?\S)?)\*`)
	mdEmUnderRe   = regexp.MustCompile(`(^|[^\pL\pN_\\])_(\S(?:[^_]*?\S)?)_([^\pL\pN_]|$)`)
	mdCodeRe      = regexp.MustCompile("`+([^`]*)`+")
	mdEscapeRe    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|>~])`)
	mdTableSepRe  = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	frontFieldRe  = regexp.MustCompile(`^\s*([A-Za-z_]+)\s*[:=]\s*(.*?)\s*$`)
	frontTitleKey = map[string]bool{"title": true, "headline": true}
	frontDateKey  = map[string]bool{"date": true, "published": true, "published_at": true, "pubdate": true, "datepublished": true}
)

// readMarkdown turns Markdown into an article: front matter (YAML "---" or
// TOML "+++") gives the title, date and URL; headings are dropped from the
// text (the first one is the title when the front matter has none);
// emphasis and code marks are removed, links keep their text, images, code
// fences, rules and reference definitions are dropped.
func readMarkdown(text string) Article {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	raw := strings.Split(text, "\n")
	var a Article
	raw = frontMatter(raw, &a)
	var lines []srcLine
	cont := map[int][]string{} // continuation lines of lines[i]
	fence := ""
	for i := 0; i < len(raw); i++ {
		l := raw[i]
		if fence != "" {
			if strings.HasPrefix(strings.TrimSpace(l), fence) {
				fence = ""
			}
			continue
		}
		if m := mdFenceRe.FindStringSubmatch(l); m != nil {
			fence = m[1]
			continue
		}
		if m := mdHeadingRe.FindStringSubmatch(l); m != nil {
			h := mdInline(m[2])
			if a.Title == "" && h != "" {
				a.Title = h
			}
			lines = append(lines, srcLine{}, srcLine{text: h, kind: headingLine})
			continue
		}
		if mdRuleRe.MatchString(l) || mdRefDefRe.MatchString(l) || mdTableSepRe.MatchString(l) {
			if mdSetextRe.MatchString(l) && len(lines) > 0 && lines[len(lines)-1].text != "" && lines[len(lines)-1].kind == plainLine {
				// Setext heading: the line above was a heading.
				h := lines[len(lines)-1].text
				lines[len(lines)-1].kind = headingLine
				if a.Title == "" {
					a.Title = h
				}
			}
			lines = append(lines, srcLine{})
			continue
		}
		if mdSetextRe.MatchString(l) && len(lines) > 0 && lines[len(lines)-1].text != "" {
			lines[len(lines)-1].kind = headingLine
			if a.Title == "" {
				a.Title = lines[len(lines)-1].text
			}
			continue
		}
		kind := plainLine
		quote := mdQuoteRe.MatchString(l)
		l = mdQuoteRe.ReplaceAllString(l, "")
		if m := mdListRe.FindStringIndex(l); m != nil {
			l = l[m[1]:]
			kind = bulletLine
		}
		t := mdInline(l)
		if kind == plainLine && !quote && t != "" && len(lines) > 0 {
			// A paragraph's lines are joined: Markdown wraps freely.
			prev := lines[len(lines)-1]
			if prev.text != "" && prev.kind != headingLine {
				cont[len(lines)-1] = append(cont[len(lines)-1], t)
				continue
			}
		}
		lines = append(lines, srcLine{text: t, kind: kind})
	}
	for i, more := range cont {
		lines[i].text += " " + strings.Join(more, " ")
	}
	c := clean(lines, a.Title, false)
	a.Title, a.Header, a.Text, a.Blocks, a.BlockDates = c.Title, c.Header, c.Text, c.Blocks, c.BlockDates
	return a
}

// frontMatter reads a leading YAML or TOML front matter block into a and
// returns the lines after it.
func frontMatter(lines []string, a *Article) []string {
	if len(lines) == 0 {
		return lines
	}
	delim := strings.TrimSpace(lines[0])
	if delim != "---" && delim != "+++" {
		return metadataBlock(lines, a)
	}
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == delim || delim == "---" && strings.TrimSpace(lines[i]) == "..." {
			for _, l := range lines[1:i] {
				if m := frontFieldRe.FindStringSubmatch(l); m != nil {
					setFrontField(a, strings.ToLower(m[1]), unquote(m[2]))
				}
			}
			return lines[i+1:]
		}
	}
	return lines // no closing delimiter: not front matter
}

// metadataBlock reads MultiMarkdown-style metadata, "Key: value" lines that
// open the file up to its first blank line ("Title: ...", "Date: ..."),
// into a when they name a title or a date, and returns the lines after it.
// Other files are returned whole.
func metadataBlock(lines []string, a *Article) []string {
	n, titleOrDate := 0, false
	for n < len(lines) && strings.TrimSpace(lines[n]) != "" {
		m := frontFieldRe.FindStringSubmatch(lines[n])
		if m == nil {
			return lines
		}
		key := strings.ToLower(m[1])
		if !frontTitleKey[key] && !frontDateKey[key] && key != "url" && key != "link" && !metadataKeys[key] {
			return lines // "Note: the talks ..." opens a paragraph
		}
		titleOrDate = titleOrDate || frontTitleKey[key] || frontDateKey[key]
		n++
	}
	if !titleOrDate {
		return lines
	}
	for k := n - 1; k >= 0; k-- { // a key given twice: its last value
		m := frontFieldRe.FindStringSubmatch(lines[k])
		setFrontField(a, strings.ToLower(m[1]), unquote(m[2]))
	}
	return lines[n:]
}

// setFrontField sets a's title, date or URL from a front matter or metadata
// field, unless already set; other keys are ignored.
func setFrontField(a *Article, key, val string) {
	switch {
	case frontTitleKey[key] && a.Title == "":
		a.Title = val
	case frontDateKey[key] && a.Date == "":
		a.Date = val
	case (key == "url" || key == "link") && a.URL == "":
		a.URL = val
	}
}

// metadataKeys are the other keys a metadata block may hold.
var metadataKeys = map[string]bool{"author": true, "authors": true, "source": true, "tags": true, "category": true,
	"categories": true, "slug": true, "summary": true, "byline": true, "section": true, "language": true}

// unquote removes matching quotes around a front matter value.
func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

// mdInline removes inline Markdown from a line: images, link targets,
// emphasis, code marks, inline HTML tags and escapes.
func mdInline(s string) string {
	s = mdImageRe.ReplaceAllString(s, "")
	s = mdLinkRe.ReplaceAllString(s, "$1")
	s = mdAutoLinkRe.ReplaceAllString(s, "")
	s = mdTagRe.ReplaceAllString(s, "")
	s = mdCodeRe.ReplaceAllString(s, "$1")
	for range 3 {
		s = mdStrongRe.ReplaceAllString(s, "$2")
	}
	s = mdEmStarRe.ReplaceAllString(s, "$1$2")
	s = mdEmUnderRe.ReplaceAllString(s, "$1$2$3")
	s = mdEscapeRe.ReplaceAllString(s, "$1")
	if strings.HasPrefix(strings.TrimSpace(s), "|") {
		s = strings.Trim(strings.TrimSpace(s), "|")
	}
	return normalizeSpace(s)
}
