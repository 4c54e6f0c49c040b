package timeline

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/chronograph/chronograph/graph"
)

// catTimedSentences is how many sentences of a MEANTIME document have their
// time expressions annotated: the title (sentence 0), the date line and the
// next four (MEANTIME annotates events, times and signals there only).
const catTimedSentences = 6

// catTimexDoc is the part of a NewsReader CAT XML document (MEANTIME)
// ReadCATTimexes reads: the tokens and the TIMEX3 markables.
type catTimexDoc struct {
	ID     string `xml:"doc_id,attr"`
	Tokens []struct {
		ID       string `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Timexes []struct {
		Type     string `xml:"type,attr"`
		Value    string `xml:"value,attr"`
		Function string `xml:"functionInDocument,attr"`
		Anchors  []struct {
			ID string `xml:"t_id,attr"`
		} `xml:"token_anchor"`
	} `xml:"Markables>TIMEX3"`
}

// ReadCATTimexes reads the gold time expressions of a NewsReader CAT XML
// document (MEANTIME) onto text, the document's tokens in order separated by
// white space, as the CAT reader of package chronograph rebuilds them
// (token text with its white space runs collapsed to one space). It returns
// a TimeMLDoc with the doc_id as ID, the value of the CREATION_TIME TIMEX3
// as DCT, text as Text and every TIMEX3 anchored to tokens as Timexes,
// except the creation time: MEANTIME marks the article's date line, which
// TempEval-3 keeps outside the scored text, so its extent goes to Skip. A
// TIMEX3 without token anchors (an implicit time) is not an expression of
// the text and is left out; so is one whose tokens are not found in text.
// MEANTIME annotates times in the title and the first five sentences only
// (sentence numbers 0 to 5): the text after them goes to Skip too.
func ReadCATTimexes(r io.Reader, text string) (TimeMLDoc, error) {
	var cd catTimexDoc
	if err := xml.NewDecoder(r).Decode(&cd); err != nil {
		return TimeMLDoc{}, fmt.Errorf("timeline: cat: %w", err)
	}
	doc := TimeMLDoc{ID: cd.ID, Text: text}
	spans := make(map[string]graph.Span, len(cd.Tokens))
	pos, rest := 0, false
	for _, t := range cd.Tokens {
		w := strings.Join(strings.Fields(t.Text), " ")
		if w == "" {
			continue
		}
		k := strings.Index(text[pos:], w)
		if k < 0 {
			continue
		}
		spans[t.ID] = graph.Span{Start: pos + k, End: pos + k + len(w)}
		if t.Sentence >= catTimedSentences && !rest {
			doc.Skip = append(doc.Skip, graph.Span{Start: pos + k, End: len(text)})
			rest = true
		}
		pos += k + len(w)
	}
	for _, x := range cd.Timexes {
		val := strings.TrimSpace(x.Value)
		if x.Function == "CREATION_TIME" && !doc.DCT.Known() {
			if d, err := dateFromValue(val); err == nil {
				doc.DCT = d
			}
		}
		if len(x.Anchors) == 0 {
			continue
		}
		sp, ok := graph.Span{}, true
		for i, a := range x.Anchors {
			s, found := spans[a.ID]
			switch {
			case !found:
				ok = false
			case i == 0:
				sp = s
			default:
				sp.Start, sp.End = min(sp.Start, s.Start), max(sp.End, s.End)
			}
		}
		if !ok {
			continue
		}
		if x.Function == "CREATION_TIME" {
			doc.Skip = append(doc.Skip, sp)
			continue
		}
		doc.Timexes = append(doc.Timexes, graph.Timex{Span: sp, Text: text[sp.Start:sp.End], Type: x.Type,
			Value: val, Date: dateOfTimex(x.Type, val)})
	}
	sort.SliceStable(doc.Timexes, func(a, b int) bool { return doc.Timexes[a].Start < doc.Timexes[b].Start })
	return doc, nil
}

// Unskipped returns the expressions of xs that overlap none of doc.Skip.
func (doc *TimeMLDoc) Unskipped(xs []graph.Timex) []graph.Timex {
	if len(doc.Skip) == 0 {
		return xs
	}
	out := make([]graph.Timex, 0, len(xs))
	for _, x := range xs {
		skip := false
		for _, s := range doc.Skip {
			if x.Start < s.End && x.End > s.Start {
				skip = true
			}
		}
		if !skip {
			out = append(out, x)
		}
	}
	return out
}
