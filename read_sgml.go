package chronograph

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	sgmlNewIDRe = regexp.MustCompile(`\bNEWID="([^"]*)"`)
)

// readSGML reads a Reuters-21578 SGML file: many <REUTERS> stories, each a
// record numbered from 1 in file order. A story gives DocID (NEWID), Date
// (<DATE>, raw: "26-FEB-1987 15:01:01.79"), Title (<TITLE>), Header (the
// <DATELINE>) and Text (<BODY>, with character references decoded, the
// "Reuter" sign-off dropped and wrapped lines joined into paragraphs).
// Stories without a BODY are skipped; a story without its closing tag is
// reported. Bytes that are not UTF-8 are read as Latin-1 (Windows-1252).
func readSGML(path string, data []byte) ([]Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &ReadError{Path: path, Err: ErrEmpty}
	}
	if kind := sniffBinary(data); kind != "" {
		return nil, &ReadError{Path: path, Err: fmt.Errorf("%w (%s), not text", ErrBinary, kind)}
	}
	open, closeTag := []byte("<REUTERS"), []byte("</REUTERS>")
	var arts []Article
	var errs []error
	record := 0
	rest := data
	for {
		i := bytes.Index(rest, open)
		if i < 0 {
			break
		}
		record++
		rest = rest[i:]
		j := bytes.Index(rest, closeTag)
		next := bytes.Index(rest[len(open):], open)
		if j < 0 || next >= 0 && next+len(open) < j {
			errs = append(errs, &ReadError{Path: path, Record: record, Err: errors.New("sgml: <REUTERS> without </REUTERS>")})
			if next < 0 {
				break
			}
			rest = rest[len(open)+next:]
			continue
		}
		raw := rest[:j+len(closeTag)]
		rest = rest[j+len(closeTag):]
		a, ok := sgmlStory(raw)
		if !ok {
			continue
		}
		a.Path, a.Record, a.Format, a.Raw = path, record, "sgml", raw
		arts = append(arts, a)
	}
	if record == 0 {
		return nil, &ReadError{Path: path, Err: errors.New("sgml: no <REUTERS> story")}
	}
	return arts, joinErrors(errs)
}

// sgmlStory reads one <REUTERS> element; ok is false when it has no body.
func sgmlStory(raw []byte) (Article, bool) {
	var text string
	if utf8.Valid(raw) {
		text = string(raw)
	} else {
		text = decodeLatin(raw)
	}
	body, ok := sgmlElem(text, "BODY")
	if !ok {
		return Article{}, false
	}
	var a Article
	if m := sgmlNewIDRe.FindStringSubmatch(text); m != nil {
		a.DocID = strings.Clone(m[1]) // not a window on the whole story
	}
	if d, ok := sgmlElem(text, "DATE"); ok {
		a.Date = normalizeSpace(sgmlText(d))
	}
	if t, ok := sgmlElem(text, "TITLE"); ok {
		a.Title = normalizeSpace(sgmlText(t))
	}
	if d, ok := sgmlElem(text, "DATELINE"); ok {
		if d = strings.TrimRight(normalizeSpace(sgmlText(d)), " -"); d != "" {
			a.Header = []string{d}
		}
	}
	// a copy: a one-paragraph body would otherwise keep the whole raw
	// story alive as long as the document (25 MB over Reuters-21578)
	a.Text = strings.Clone(unwrapWire(dropSignOff(sgmlText(body))))
	if a.Text == "" {
		return Article{}, false
	}
	return a, true
}

// dropSignOff removes the "Reuter" (or "REUTER") that ends a story.
func dropSignOff(s string) string {
	t := strings.TrimRight(s, " \t\r\n")
	if n := len(t) - len("reuter"); n >= 0 && strings.EqualFold(t[n:], "reuter") && (n == 0 || t[n-1] == ' ' || t[n-1] == '\n' || t[n-1] == '\t') {
		return t[:n]
	}
	return s
}

// sgmlElem returns the content of the first <name ...>...</name> in s.
func sgmlElem(s, name string) (string, bool) {
	i := strings.Index(s, "<"+name)
	if i < 0 {
		return "", false
	}
	k := strings.IndexByte(s[i:], '>')
	if k < 0 {
		return "", false
	}
	start := i + k + 1
	end := strings.Index(s[start:], "</"+name+">")
	if end < 0 {
		return "", false
	}
	return s[start : start+end], true
}

// sgmlText decodes character references and drops the control characters
// they may stand for (&#3; ends a story).
func sgmlText(s string) string {
	s = html.UnescapeString(s)
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 {
			return -1
		}
		return r
	}, s)
}

// unwrapWire joins the hard-wrapped lines of wire copy into paragraphs. A
// paragraph starts at an indented line or after a blank line; table rows
// (columns separated by runs of spaces, dot leaders) stay lines of their own.
func unwrapWire(s string) string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			flush()
			continue
		}
		table := strings.Contains(trimmed, "   ") || strings.Contains(trimmed, "...")
		if table || line[0] == ' ' || line[0] == '\t' {
			flush()
		}
		if table {
			paras = append(paras, normalizeSpace(trimmed))
			continue
		}
		cur = append(cur, normalizeSpace(trimmed))
	}
	flush()
	return strings.Join(paras, "\n")
}
