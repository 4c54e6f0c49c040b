package chronograph

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/chronograph/chronograph/graph"
)

var catNamePrefixRe = regexp.MustCompile(`^\d+[_-]`)

// readCAT reads a NewsReader CAT XML document (root <Document doc_id
// doc_name url>, as in MEANTIME and SemEval-2015 task 4). The text is
// rebuilt from its <token t_id sentence number> elements: tokens joined by
// single spaces, sentences by newlines. Sentences and SentenceIDs come from
// the tokens' sentence attribute; Title is sentence 0 (else the doc_name);
// DocID is doc_id; URL is url or src_url; Date is the value of the TIMEX3
// whose functionInDocument is CREATION_TIME. A date-only sentence among the
// first three is copied to Header, for documents without a creation time.
func readCAT(path string, data []byte) (Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Article{}, ErrEmpty
	}
	if kind := sniffBinary(data); kind != "" {
		return Article{}, fmt.Errorf("%w (%s), not text", ErrBinary, kind)
	}
	dec := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte{0xef, 0xbb, 0xbf})))
	a := Article{Path: path, Format: "cat", Raw: data}
	var (
		b        strings.Builder
		depth    int
		sentID   = -1
		sentOpen bool
		inToken  bool
		tokText  strings.Builder
		tokSent  int
		docName  string
		sent0    = -1 // index in a.Sentences of sentence number 0
	)
	closeSentence := func() {
		if sentOpen {
			a.Sentences[len(a.Sentences)-1].End = b.Len()
			sentOpen = false
		}
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Article{}, fmt.Errorf("cat: bad XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 1 {
				if t.Name.Local != "Document" {
					return Article{}, fmt.Errorf("%w (XML root <%s>, want a CAT <Document>)", ErrUnsupported, t.Name.Local)
				}
				a.DocID = xmlAttr(t, "doc_id")
				docName = xmlAttr(t, "doc_name")
				a.URL = xmlAttr(t, "url")
				if a.URL == "" {
					a.URL = xmlAttr(t, "src_url")
				}
				continue
			}
			switch t.Name.Local {
			case "token":
				s, err := strconv.Atoi(xmlAttr(t, "sentence"))
				if err != nil {
					return Article{}, fmt.Errorf("cat: token %s: bad sentence %q", xmlAttr(t, "t_id"), xmlAttr(t, "sentence"))
				}
				inToken, tokSent = true, s
				tokText.Reset()
			case "TIMEX3":
				if xmlAttr(t, "functionInDocument") == "CREATION_TIME" && a.Date == "" {
					a.Date = strings.TrimSpace(xmlAttr(t, "value"))
				}
			}
		case xml.CharData:
			if inToken {
				tokText.Write(t)
			}
		case xml.EndElement:
			depth--
			if t.Name.Local != "token" || !inToken {
				continue
			}
			inToken = false
			word := normalizeSpace(tokText.String())
			if word == "" {
				continue
			}
			if !sentOpen || tokSent != sentID {
				closeSentence()
				if b.Len() > 0 {
					b.WriteByte('\n')
				}
				if tokSent == 0 && sent0 < 0 {
					sent0 = len(a.Sentences)
				}
				a.Sentences = append(a.Sentences, graph.Span{Start: b.Len()})
				a.SentenceIDs = append(a.SentenceIDs, tokSent)
				sentID, sentOpen = tokSent, true
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(word)
		}
	}
	closeSentence()
	if depth != 0 {
		return Article{}, errors.New("cat: bad XML: unclosed elements")
	}
	a.Text = b.String()
	if a.Text == "" {
		return Article{}, fmt.Errorf("%w: no tokens", ErrNoText)
	}
	if sent0 >= 0 {
		s := a.Sentences[sent0]
		a.Title = a.Text[s.Start:s.End]
	} else if docName != "" {
		name := strings.TrimSuffix(catNamePrefixRe.ReplaceAllString(docName, ""), ".txt")
		a.Title = strings.ReplaceAll(name, "_", " ")
	}
	for i := 0; i < len(a.Sentences) && i < 3; i++ {
		s := a.Sentences[i]
		if line := a.Text[s.Start:s.End]; isDateLine(line) {
			a.Header = append(a.Header, line)
		}
	}
	return a, nil
}

func xmlAttr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
