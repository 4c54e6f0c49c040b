package timeline

import (
	"bytes"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

const semevalDir = "../../shared/data/semeval2015-task4-timeline"

func TestReadSemEval(t *testing.T) {
	tests := []struct {
		name, in string
		entity   string
		rows     []SemEvalRow
		errLine  int
	}{
		{name: "rows", in: "Steve Jobs\n0\tXXXX-XX-XX\t18315-4-said\n1\t1955-02-24\t18355-5-born\t18355-6-re-elected\n\n",
			entity: "Steve Jobs", rows: []SemEvalRow{
				{Order: 0, Date: "XXXX-XX-XX", Events: []SemEvalEvent{{"18315", 4, "said"}}},
				{Order: 1, Date: "1955-02-24", Events: []SemEvalEvent{{"18355", 5, "born"}, {"18355", 6, "re-elected"}}},
			}},
		{name: "crlf and bom", in: "\ufeffiPod\r\n2\t2005-XX-XX\t1-0-x\r\n", entity: "iPod",
			rows: []SemEvalRow{{Order: 2, Date: "2005-XX-XX", Events: []SemEvalEvent{{"1", 0, "x"}}}}},
		{name: "bad order", in: "e\nx\t2005\t1-0-x\n", entity: "e", errLine: 2},
		{name: "bad event", in: "e\n1\t2005\t1-0-x\n2\t2005\t1-x\n", entity: "e", errLine: 3,
			rows: []SemEvalRow{{Order: 1, Date: "2005", Events: []SemEvalEvent{{"1", 0, "x"}}}}},
		{name: "no events", in: "e\n1\t2005\t\n", entity: "e", errLine: 2},
		{name: "no tabs", in: "e\n1 2005 1-0-x\n", entity: "e", errLine: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entity, rows, err := ReadSemEval(strings.NewReader(tt.in))
			if entity != tt.entity {
				t.Errorf("entity %q, want %q", entity, tt.entity)
			}
			if diff := cmp.Diff(tt.rows, rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			var se *SemEvalError
			switch {
			case tt.errLine == 0 && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.errLine != 0 && (!errors.As(err, &se) || se.Line != tt.errLine || !errors.Is(err, ErrSemEvalSyntax)):
				t.Errorf("error %v, want a syntax error at line %d", err, tt.errLine)
			case tt.errLine != 0 && strings.Count(err.Error(), "timeline:") != 1:
				t.Errorf("error %q: want one package prefix", err)
			}
		})
	}
}

func TestSemEvalDates(t *testing.T) {
	tests := []struct{ in, value, out string }{
		{"2008-06-09", "2008-06-09", "2008-06-09"},
		{"2008-06-XX", "2008-06", "2008-06-XX"},
		{"2008-XX-XX", "2008", "2008-XX-XX"},
		{"2006-03", "2006-03", "2006-03-XX"},
		{"1989", "1989", "1989-XX-XX"},
		{"XXXX-XX-XX", "", "XXXX-XX-XX"},
		{"XXX-XX-XX", "", "XXXX-XX-XX"},
	}
	for _, tt := range tests {
		d := ParseSemEvalDate(tt.in)
		if d.Value != tt.value {
			t.Errorf("ParseSemEvalDate(%q) = %+v, want %q", tt.in, d, tt.value)
		}
		if got := SemEvalDate(d); got != tt.out {
			t.Errorf("SemEvalDate(%+v) = %q, want %q", d, got, tt.out)
		}
	}
}

func TestWriteSemEvalRoundTrip(t *testing.T) {
	evs := []graph.Event{
		{ID: "1", Date: evDay("2025-02"), Sources: []graph.Source{{Document: "doc1", SentenceIndex: 3, Trigger: "classified"}}},
		{ID: "2", Date: evDay("2025-04-16"), Sources: []graph.Source{{Document: "doc1", SentenceIndex: 5, Trigger: "call"},
			{Document: "doc2", SentenceIndex: 1, Trigger: "phone call"}}},
		{ID: "3", Date: evDay("2025-04-16"), Sources: []graph.Source{{Document: "doc3", SentenceIndex: 0, Trigger: "urged"}}},
		{ID: "4", Date: graph.Between("", "2025-05-03"), Sources: []graph.Source{{Document: "doc1", SentenceIndex: 9, Trigger: "imposed"}}},
	}
	var buf bytes.Buffer
	if err := WriteSemEval(&buf, "Donald Trump", evs, func(id string) string { return strings.TrimPrefix(id, "doc") }); err != nil {
		t.Fatal(err)
	}
	want := "Donald Trump\n1\t2025-02-XX\t1-3-classified\n2\t2025-04-16\t1-5-call\t2-1-phone_call\t3-0-urged\n0\tXXXX-XX-XX\t1-9-imposed\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Fatalf("output (-want +got):\n%s", diff)
	}
	entity, rows, err := ReadSemEval(&buf)
	if err != nil || entity != "Donald Trump" || len(rows) != 3 || len(rows[1].Events) != 3 {
		t.Errorf("read back %q %+v %v", entity, rows, err)
	}
}

func FuzzReadSemEval(f *testing.F) {
	f.Add("Steve Jobs\n0\tXXXX-XX-XX\t18315-4-said\n1\t1955-02-24\t18355-5-born\n")
	f.Add("e\n1\t\t-0-\n")
	f.Fuzz(func(t *testing.T, in string) {
		entity, rows, err := ReadSemEval(strings.NewReader(in))
		if err != nil {
			return
		}
		// rows written back read the same
		var b strings.Builder
		b.WriteString(strings.ReplaceAll(entity, "\n", " ") + "\n")
		for _, r := range rows {
			var evs []string
			for _, e := range r.Events {
				evs = append(evs, e.String())
			}
			b.WriteString(strings.Join(append([]string{semevalItoa(r.Order), r.Date}, evs...), "\t") + "\n")
		}
		_, again, err := ReadSemEval(strings.NewReader(b.String()))
		if err != nil {
			t.Fatalf("rewritten timeline does not parse: %v\n%q", err, b.String())
		}
		if diff := cmp.Diff(rows, again); diff != "" {
			t.Fatalf("round trip differs:\n%s", diff)
		}
	})
}

func semevalItoa(n int) string {
	var b []byte
	if n == 0 {
		return "0"
	}
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestSemEvalTrialTimelines(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(semevalDir, "TimeLines_trial_data_task4_v1.2", "*.txt"))
	if len(files) == 0 {
		t.Skip("SemEval-2015 Task 4 trial data not present")
	}
	rowsN, mentions := 0, 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, rows, err := ReadSemEval(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		rowsN += len(rows)
		for _, r := range rows {
			mentions += len(r.Events)
		}
	}
	// the counts the data set's README verified
	if rowsN != 176 || mentions != 197 {
		t.Errorf("%d rows and %d event mentions, want 176 and 197", rowsN, mentions)
	}
}

// catDoc is a SemEval CAT XML document: tokens and event-mention anchors.
type catDoc struct {
	Tokens []struct {
		ID       int    `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Events []struct {
		Anchors []struct {
			ID int `xml:"t_id,attr"`
		} `xml:"token_anchor"`
	} `xml:"Markables>EVENT_MENTION"`
}

// TestTriggerCoverage measures how well the trigger lexicon finds the gold
// event mentions of the SemEval-2015 trial documents (Apple news; all
// events, with or without named participants). It reports token-level
// precision and recall and guards against regressions.
func TestTriggerCoverage(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(semevalDir, "Corpus-trial-data_task4", "*.xml"))
	if len(files) == 0 {
		t.Skip("SemEval-2015 Task 4 trial data not present")
	}
	tp, fp, fn := 0, 0, 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cd catDoc
		if err := xml.Unmarshal(raw, &cd); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		gold := map[int]bool{}
		for _, e := range cd.Events {
			for _, a := range e.Anchors {
				gold[a.ID] = true
			}
		}
		// rebuild the text, one space between tokens, and the sentence spans
		var b strings.Builder
		d := &graph.Document{}
		at := map[int]int{} // byte offset -> t_id
		sent := -1
		for _, tk := range cd.Tokens {
			if tk.Sentence != sent {
				if sent >= 0 {
					d.Sentences[len(d.Sentences)-1].End = b.Len()
					b.WriteByte('\n')
				}
				d.Sentences = append(d.Sentences, graph.Span{Start: b.Len()})
				sent = tk.Sentence
			} else {
				b.WriteByte(' ')
			}
			at[b.Len()] = tk.ID
			b.WriteString(tk.Text)
		}
		if len(d.Sentences) > 0 {
			d.Sentences[len(d.Sentences)-1].End = b.Len()
		}
		d.Text = b.String()
		x := newExtractor(d, nil)
		found := map[int]bool{}
		for _, s := range x.sents {
			for _, c := range x.triggers(s.Start, s.End) {
				if id, ok := at[x.toks[c.j].Start]; ok {
					found[id] = true
				}
			}
		}
		for id := range found {
			if gold[id] {
				tp++
			} else {
				fp++
			}
		}
		for id := range gold {
			if !found[id] {
				fn++
				if os.Getenv("TRIGGER_MISSES") != "" {
					for _, tk := range cd.Tokens {
						if tk.ID == id {
							t.Logf("missed %s", strings.ToLower(tk.Text))
						}
					}
				}
			}
		}
	}
	p := float64(tp) / float64(max(1, tp+fp))
	r := float64(tp) / float64(max(1, tp+fn))
	f1 := 2 * p * r / max(1e-9, p+r)
	t.Logf("trigger lexicon on SemEval-2015 trial documents: P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)", p, r, f1, tp, fp, fn)
	if p < 0.5 || r < 0.2 {
		t.Errorf("trigger precision %.3f or recall %.3f fell below the measured floor", p, r)
	}
}
