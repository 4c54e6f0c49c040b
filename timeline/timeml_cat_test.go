package timeline

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

const sampleCAT = `<?xml version="1.0" ?><Document doc_id="10450" doc_name="10450_Apple" lang="en">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="0" t_id="2">keynote</token>
<token number="2" sentence="0" t_id="3">2005</token>
<token number="3" sentence="1" t_id="4">June</token>
<token number="4" sentence="1" t_id="5">6</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2005</token>
<token number="7" sentence="2" t_id="8">Jobs</token>
<token number="8" sentence="2" t_id="9">spoke</token>
<token number="9" sentence="2" t_id="10">for</token>
<token number="10" sentence="2" t_id="11">two</token>
<token number="11" sentence="2" t_id="12">hours</token>
<token number="12" sentence="2" t_id="13">  on  </token>
<token number="13" sentence="2" t_id="14">Monday</token>
<token number="14" sentence="6" t_id="15">Later</token>
<token number="15" sentence="6" t_id="16">in</token>
<token number="16" sentence="6" t_id="17">2006</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="46" type="DATE" value="2005-06-06"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="48" type="DURATION" value="PT2H"><token_anchor t_id="11"/><token_anchor t_id="12"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="81" type="DATE" value="2005"><token_anchor t_id="3"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="82" type="DATE" value=" 2005-06-06 "><token_anchor t_id="14"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="83" type="DATE" value="2006"><token_anchor t_id="99"/></TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="1995-06-06" functionInDocument="NONE" m_id="79" type="DATE" value="1995-06-06"/>
</Markables>
</Document>`

func TestReadCATTimexes(t *testing.T) {
	text := "Apple keynote 2005\nJune 6 , 2005\nJobs spoke for two hours on Monday\nLater in 2006"
	doc, err := ReadCATTimexes(strings.NewReader(sampleCAT), text)
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "10450" || doc.DCT.Value != "2005-06-06" || doc.Text != text {
		t.Errorf("ID %q DCT %+v", doc.ID, doc.DCT)
	}
	want := []tx{{"2005", "DATE", "2005"}, {"two hours", "DURATION", "PT2H"}, {"Monday", "DATE", "2005-06-06"}}
	if diff := cmp.Diff(want, short(doc.Timexes)); diff != "" {
		t.Errorf("timexes (-want +got):\n%s", diff)
	}
	for _, x := range doc.Timexes {
		if text[x.Start:x.End] != x.Text {
			t.Errorf("span %d-%d is %q, not %q", x.Start, x.End, text[x.Start:x.End], x.Text)
		}
	}
	later := strings.Index(text, "Later")
	wantSkip := []graph.Span{{Start: later, End: len(text)}, {Start: 19, End: 27}}
	sort.Slice(doc.Skip, func(a, b int) bool { return doc.Skip[a].Start > doc.Skip[b].Start })
	if diff := cmp.Diff(wantSkip, doc.Skip); diff != "" {
		t.Errorf("skip (-want +got):\n%s", diff)
	}
	sys := Timexes(text, nil, doc.DCT, nil)
	var kept []string
	for _, x := range doc.Unskipped(sys) {
		kept = append(kept, x.Text)
	}
	if diff := cmp.Diff([]string{"2005", "two hours", "Monday"}, kept); diff != "" {
		t.Errorf("unskipped system expressions (-want +got):\n%s", diff)
	}
	if _, err := ReadCATTimexes(strings.NewReader("<Document><token>x</Document>"), "x"); err == nil {
		t.Error("no error for a broken document")
	}
}

// FuzzReadCATTimexes checks that any input reads without panicking and that
// every expression read is a span of the given text naming its text.
func FuzzReadCATTimexes(f *testing.F) {
	f.Add(sampleCAT, "Apple keynote 2005\nJune 6 , 2005\nJobs spoke for two hours on Monday\nLater in 2006")
	f.Add(`<Document><token t_id="1" sentence="0">a b</token><Markables><TIMEX3><token_anchor t_id="1"/></TIMEX3></Markables></Document>`, "a b")
	f.Fuzz(func(t *testing.T, data, text string) {
		doc, err := ReadCATTimexes(strings.NewReader(data), text)
		if err != nil {
			return
		}
		for _, x := range doc.Timexes {
			if x.Start < 0 || x.End > len(text) || x.Start > x.End || text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %+v of %q", x, text)
			}
		}
		for _, s := range doc.Skip {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("bad skip %+v of %q", s, text)
			}
		}
	})
}

// TestMEANTIME guards the recognizer's quality on MEANTIME's apple topic
// (development set), text rebuilt as the CAT reader does: tokens joined by
// spaces, sentences by newlines. It skips when the data is absent.
func TestMEANTIME(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "meantime-english", "intra_cross-doc_annotation", "corpus_apple")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
	if len(paths) == 0 {
		t.Skip("MEANTIME data absent")
	}
	var s TimexScore
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := catTestText(t, raw)
		doc, err := ReadCATTimexes(strings.NewReader(string(raw)), text)
		if err != nil || !doc.DCT.Known() {
			t.Fatalf("%s: %v, DCT %+v", p, err, doc.DCT)
		}
		sys := doc.Unskipped(Timexes(text, nil, doc.DCT, nil))
		checkTimexes(t, text, sys)
		s = s.Add(ScoreTimex(doc.Timexes, sys))
	}
	t.Logf("MEANTIME: %d docs, relaxed %+v strict %+v value %+v type accuracy %.1f",
		len(paths), s.RelaxedPRF(), s.StrictPRF(), s.ValuePRF(), s.TypeAccuracy())
	if len(paths) != 30 || s.Gold != 81 {
		t.Errorf("read %d documents with %d timexes, want 30 and 81", len(paths), s.Gold)
	}
	if f := s.RelaxedPRF().F1; f < 90 {
		t.Errorf("relaxed F1 %.2f < 90", f)
	}
	if f := s.ValuePRF().F1; f < 80 {
		t.Errorf("value F1 %.2f < 80", f)
	}
}

// catTestText rebuilds a CAT document's text as package chronograph's
// reader does: tokens joined by spaces, sentences by newlines.
func catTestText(t *testing.T, raw []byte) string {
	t.Helper()
	var cd catTimexDoc
	if err := xml.Unmarshal(raw, &cd); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i, tok := range cd.Tokens {
		if i > 0 {
			if tok.Sentence != cd.Tokens[i-1].Sentence {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(strings.Join(strings.Fields(tok.Text), " "))
	}
	return b.String()
}
