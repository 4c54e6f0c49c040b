package timeline

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chronograph/chronograph/graph"
)

// TimeMLDoc is a TimeML (.tml) document: its creation time, the plain text
// of its TEXT element and the gold TIMEX3 annotations in that text.
type TimeMLDoc struct {
	// ID is the DOCID element, or the file name when there is none.
	ID string
	// DCT is the date of the CREATION_TIME TIMEX3 (unknown when absent).
	DCT graph.Date
	// Text is the character data of TEXT with every tag removed.
	Text string
	// Timexes are the gold TIMEX3 elements of TEXT, in text order, with byte
	// spans into Text.
	Timexes []graph.Timex
	// Skip are extents of Text where expressions are not scored (the date
	// line a CAT document annotates as its creation time); see Unskipped.
	Skip []graph.Span
}

// ReadTimeML reads one TimeML document.
func ReadTimeML(r io.Reader) (TimeMLDoc, error) {
	var doc TimeMLDoc
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var text strings.Builder
	inText, inDCT, inID := false, false, false
	type open struct {
		start int
		typ   string
		val   string
	}
	var stack []open
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return doc, fmt.Errorf("timeline: timeml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "DCT":
				inDCT = true
			case "DOCID":
				inID = true
			case "TIMEX3":
				o := open{start: text.Len(), typ: attr(t, "type"), val: attr(t, "value")}
				if (inDCT || attr(t, "functionInDocument") == "CREATION_TIME") && !doc.DCT.Known() {
					if d, err := dateFromValue(o.val); err == nil {
						doc.DCT = d
					}
				}
				stack = append(stack, o)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "DOCID":
				inID = false
			case "TIMEX3":
				if len(stack) == 0 {
					return doc, errors.New("timeline: timeml: unbalanced TIMEX3")
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if inText {
					s, e := o.start, text.Len()
					doc.Timexes = append(doc.Timexes, graph.Timex{Span: graph.Span{Start: s, End: e},
						Type: o.typ, Value: o.val})
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			} else if inID {
				doc.ID += strings.TrimSpace(string(t))
			}
		}
	}
	doc.Text = text.String()
	for i := range doc.Timexes {
		x := &doc.Timexes[i]
		// Trim white space inside the tag from the extent.
		for x.Start < x.End && isSpaceByte(doc.Text[x.Start]) {
			x.Start++
		}
		for x.End > x.Start && isSpaceByte(doc.Text[x.End-1]) {
			x.End--
		}
		x.Text = doc.Text[x.Start:x.End]
		x.Date = dateOfTimex(x.Type, x.Value)
	}
	sort.SliceStable(doc.Timexes, func(a, b int) bool { return doc.Timexes[a].Start < doc.Timexes[b].Start })
	return doc, nil
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// dateFromValue reads the day, month or year at the start of a TIMEX3 value.
func dateFromValue(v string) (graph.Date, error) {
	switch {
	case len(v) >= 10 && v[4] == '-' && v[7] == '-':
		return graph.ParseDate(v[:10])
	case len(v) == 8 && txAllDigits(v):
		return graph.ParseDate(v[:4] + "-" + v[4:6] + "-" + v[6:])
	}
	return graph.ParseDate(v)
}

func dateOfTimex(typ, v string) graph.Date {
	if typ == TypeDate || typ == TypeTime {
		return txDateOfValue(v)
	}
	return graph.Date{}
}

// ReadTimeMLDir reads every .tml file under dir (recursively), sorted by path.
func ReadTimeMLDir(dir string) ([]TimeMLDoc, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".tml") && !strings.HasPrefix(d.Name(), "._") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	sort.Strings(paths)
	docs := make([]TimeMLDoc, 0, len(paths))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return docs, fmt.Errorf("timeline: %w", err)
		}
		d, err := ReadTimeML(f)
		f.Close()
		if err != nil {
			return docs, fmt.Errorf("timeline: %s: %w", p, err)
		}
		if d.ID == "" {
			d.ID = strings.TrimSuffix(filepath.Base(p), ".tml")
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// TimexScore counts how a system's time expressions compare with gold ones,
// the TempEval-3 way. Scores of several documents add up with Add.
type TimexScore struct {
	Gold    int `json:"gold"`    // gold expressions
	System  int `json:"system"`  // system expressions
	Strict  int `json:"strict"`  // system expressions with exactly a gold extent
	Relaxed int `json:"relaxed"` // system expressions overlapping a gold one (one to one)
	TypeOK  int `json:"type_ok"` // relaxed matches of equal type
	ValueOK int `json:"value_ok"`
}

// ScoreTimex scores the system expressions of one document against the gold
// ones: each gold expression is matched with at most one overlapping system
// expression (preferring an exact extent), in text order.
func ScoreTimex(gold, system []graph.Timex) TimexScore {
	s := TimexScore{Gold: len(gold), System: len(system)}
	used := make([]bool, len(system))
	for _, g := range gold {
		best := -1
		for k, x := range system {
			if used[k] || x.End <= g.Start || x.Start >= g.End {
				continue
			}
			if best < 0 || (x.Start == g.Start && x.End == g.End) {
				best = k
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		x := system[best]
		s.Relaxed++
		if x.Start == g.Start && x.End == g.End {
			s.Strict++
		}
		if x.Type == g.Type {
			s.TypeOK++
		}
		if x.Value == g.Value {
			s.ValueOK++
		}
	}
	return s
}

// Add returns the sum of two scores.
func (s TimexScore) Add(o TimexScore) TimexScore {
	return TimexScore{Gold: s.Gold + o.Gold, System: s.System + o.System, Strict: s.Strict + o.Strict,
		Relaxed: s.Relaxed + o.Relaxed, TypeOK: s.TypeOK + o.TypeOK, ValueOK: s.ValueOK + o.ValueOK}
}

// PRF is a precision, a recall and their harmonic mean, as percentages.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

func prf(ok, sys, gold int) PRF {
	var r PRF
	if sys > 0 {
		r.P = 100 * float64(ok) / float64(sys)
	}
	if gold > 0 {
		r.R = 100 * float64(ok) / float64(gold)
	}
	if r.P+r.R > 0 {
		r.F1 = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// StrictPRF scores exact extents.
func (s TimexScore) StrictPRF() PRF { return prf(s.Strict, s.System, s.Gold) }

// RelaxedPRF scores overlapping extents.
func (s TimexScore) RelaxedPRF() PRF { return prf(s.Relaxed, s.System, s.Gold) }

// TypePRF scores relaxed matches with the gold type, as the TE3 scorer does.
func (s TimexScore) TypePRF() PRF { return prf(s.TypeOK, s.System, s.Gold) }

// ValuePRF scores relaxed matches with the gold value, as the TE3 scorer does.
func (s TimexScore) ValuePRF() PRF { return prf(s.ValueOK, s.System, s.Gold) }

// TypeAccuracy is the share of relaxed matches with the gold type, in percent.
func (s TimexScore) TypeAccuracy() float64 {
	if s.Relaxed == 0 {
		return 0
	}
	return 100 * float64(s.TypeOK) / float64(s.Relaxed)
}

// ValueAccuracy is the share of relaxed matches with the gold value, in percent.
func (s TimexScore) ValueAccuracy() float64 {
	if s.Relaxed == 0 {
		return 0
	}
	return 100 * float64(s.ValueOK) / float64(s.Relaxed)
}
