package chronograph

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// The JSON fields an article is read from, in order of preference; keys
// are matched without regard to case.
var (
	jsonTextKeys  = []string{"text", "body", "content", "articlebody", "article", "full_text", "fulltext"}
	jsonTitleKeys = []string{"title", "headline", "name"}
	jsonDateKeys  = []string{"date", "published", "published_at", "publishedat", "datepublished", "pubdate", "publication_date", "created_at", "dct"}
	jsonURLKeys   = []string{"url", "link", "href", "source_url"}
	// jsonListKeys hold an array of articles in a wrapping object.
	jsonListKeys = []string{"articles", "items", "documents", "data", "results"}
)

// readJSON reads a .json file: one article object, an array of them, or an
// object wrapping such an array under "articles", "items", "documents",
// "data" or "results". Each element of an array is a record (1-based).
func readJSON(path string, data []byte, text string) ([]Article, error) {
	trimmed := strings.TrimSpace(text)
	if strings.HasPrefix(trimmed, "{") {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal([]byte(trimmed), &obj); err != nil {
			return nil, &ReadError{Path: path, Err: fmt.Errorf("bad JSON: %w", err)}
		}
		fields := lowerKeys(obj)
		if _, ok := firstString(fields, jsonTextKeys); !ok {
			for _, k := range jsonListKeys {
				if raw, ok := fields[k]; ok && bytes.HasPrefix(bytes.TrimSpace(raw), []byte("[")) {
					return readJSONArray(path, raw)
				}
			}
		}
		a, err := jsonArticle(fields)
		if err != nil {
			return nil, &ReadError{Path: path, Err: err}
		}
		return finish(path, 0, "json", data, a)
	}
	if strings.HasPrefix(trimmed, "[") {
		return readJSONArray(path, []byte(trimmed))
	}
	return nil, &ReadError{Path: path, Err: errors.New("bad JSON: want an object or an array of objects")}
}

// readJSONArray reads an array of article objects; bad elements are
// reported by their 1-based index, good ones kept.
func readJSONArray(path string, data []byte) ([]Article, error) {
	var elems []json.RawMessage
	if err := json.Unmarshal(data, &elems); err != nil {
		return nil, &ReadError{Path: path, Err: fmt.Errorf("bad JSON: %w", err)}
	}
	var arts []Article
	var errs []error
	for i, raw := range elems {
		a, err := jsonRecord(path, i+1, "json", raw)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a...)
	}
	return arts, joinErrors(errs)
}

// readJSONL reads a .jsonl or .ndjson file: one article object per line.
// Blank lines are skipped; a malformed line is reported by its line number
// and the other lines are still read.
func readJSONL(path string, data []byte) ([]Article, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, &ReadError{Path: path, Err: err}
	}
	var arts []Article
	var errs []error
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		a, err := jsonRecord(path, i+1, "jsonl", []byte(line))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a...)
	}
	return arts, joinErrors(errs)
}

// jsonRecord reads one article object of a multi-record file.
func jsonRecord(path string, record int, format string, raw []byte) ([]Article, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			err = fmt.Errorf("bad JSON at byte %d: %w", se.Offset, err)
		} else {
			err = fmt.Errorf("bad JSON: %w", err)
		}
		return nil, &ReadError{Path: path, Record: record, Err: err}
	}
	if obj == nil {
		return nil, &ReadError{Path: path, Record: record, Err: errors.New("bad JSON: want an object")}
	}
	a, err := jsonArticle(lowerKeys(obj))
	if err != nil {
		return nil, &ReadError{Path: path, Record: record, Err: err}
	}
	return finish(path, record, format, raw, a)
}

func lowerKeys(obj map[string]json.RawMessage) map[string]json.RawMessage {
	out := make(map[string]json.RawMessage, len(obj))
	for k, v := range obj {
		lk := strings.ToLower(k)
		if _, dup := out[lk]; !dup || k == lk {
			out[lk] = v
		}
	}
	return out
}

// jsonArticle builds an article from an object's fields. The body may be
// plain text or HTML.
func jsonArticle(fields map[string]json.RawMessage) (Article, error) {
	body, ok := firstString(fields, jsonTextKeys)
	if !ok {
		return Article{}, fmt.Errorf("%w field (want one of %s)", ErrNoText, strings.Join(jsonTextKeys[:3], ", "))
	}
	var a Article
	a.Title, _ = firstString(fields, jsonTitleKeys)
	a.Title = normalizeSpace(repairMojibake(a.Title))
	a.Date, _ = firstString(fields, jsonDateKeys)
	a.URL, _ = firstString(fields, jsonURLKeys)
	a.Date, a.URL = strings.TrimSpace(a.Date), strings.TrimSpace(a.URL)
	body = repairMojibake(strings.ToValidUTF8(body, "\uFFFD"))
	var lines []srcLine
	if looksHTML(body) {
		lines = htmlFragmentLines(body)
	} else {
		lines = splitLines(body)
	}
	c := clean(lines, a.Title, false)
	a.Title, a.Header, a.Text, a.Blocks, a.BlockDates = c.Title, c.Header, c.Text, c.Blocks, c.BlockDates
	return a, nil
}

// firstString returns the first of keys whose value is a non-empty string
// (or a number, an array of strings joined as lines, or an object with a
// "rendered", "text" or "value" string).
func firstString(fields map[string]json.RawMessage, keys []string) (string, bool) {
	for _, k := range keys {
		raw, ok := fields[k]
		if !ok {
			continue
		}
		if s, ok := jsonString(raw); ok && strings.TrimSpace(s) != "" {
			return s, true
		}
	}
	return "", false
}

func jsonString(raw json.RawMessage) (string, bool) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, true
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String(), true
	}
	var parts []string
	if json.Unmarshal(raw, &parts) == nil {
		return strings.Join(parts, "\n"), true // paragraphs
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) == nil {
		for _, k := range []string{"rendered", "text", "value"} {
			if v, ok := obj[k]; ok && json.Unmarshal(v, &s) == nil {
				return s, true
			}
		}
	}
	return "", false
}

var htmlTagRe = regexp.MustCompile(`(?i)<(?:p|div|br|li|ul|h[1-6]|span|a|b|i|em|strong|blockquote|article|section|figure|img)\b[^>]*>`)

// looksHTML reports whether a text field holds HTML markup.
func looksHTML(s string) bool { return htmlTagRe.MatchString(s) }

// htmlFragmentLines returns the visible lines of an HTML fragment.
func htmlFragmentLines(s string) []srcLine {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		a := readHTMLTokens(s)
		return splitLines(a.Text)
	}
	return htmlLines(doc)
}
