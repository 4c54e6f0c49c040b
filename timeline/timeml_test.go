package timeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

const sampleTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>ABC19980108.1830.0711</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
It's <EVENT eid="e1" class="OCCURRENCE">turning</EVENT> out to be a bad <TIMEX3 tid="t83" type="DURATION" value="P1W">week</TIMEX3> for Asia &amp; others.
In <TIMEX3 tid="t85" type="DURATION" value="P1D">the last twenty four hours</TIMEX3>, stocks fell. <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Yesterday</TIMEX3> too.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
`

func TestReadTimeML(t *testing.T) {
	doc, err := ReadTimeML(strings.NewReader(sampleTML))
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "ABC19980108.1830.0711" || doc.DCT.Value != "1998-01-08" {
		t.Errorf("ID %q DCT %+v", doc.ID, doc.DCT)
	}
	if !strings.Contains(doc.Text, "Asia & others") || strings.Contains(doc.Text, "<") {
		t.Errorf("text not plain: %q", doc.Text)
	}
	var got []tx
	for _, x := range doc.Timexes {
		if doc.Text[x.Start:x.End] != x.Text {
			t.Errorf("span %d-%d is %q, not %q", x.Start, x.End, doc.Text[x.Start:x.End], x.Text)
		}
		got = append(got, tx{x.Text, x.Type, x.Value})
	}
	want := []tx{{"week", "DURATION", "P1W"}, {"the last twenty four hours", "DURATION", "P1D"}, {"Yesterday", "DATE", "1998-01-07"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timexes (-want +got):\n%s", diff)
	}
	if _, err := ReadTimeML(strings.NewReader("<TimeML><TEXT><TIMEX3>x</TEXT>")); err == nil {
		t.Error("no error for a broken document")
	}
}

func TestScoreTimex(t *testing.T) {
	g := func(s, e int, typ, val string) graph.Timex {
		return graph.Timex{Span: graph.Span{Start: s, End: e}, Type: typ, Value: val}
	}
	gold := []graph.Timex{g(0, 5, "DATE", "1998"), g(10, 20, "DURATION", "P1D"), g(30, 35, "DATE", "1998-01-07"), g(40, 45, "SET", "P1W")}
	sys := []graph.Timex{g(0, 5, "DATE", "1998"), g(12, 20, "DURATION", "PT24H"), g(30, 35, "TIME", "1998-01-07"), g(50, 55, "DATE", "PRESENT_REF")}
	s := ScoreTimex(gold, sys)
	want := TimexScore{Gold: 4, System: 4, Strict: 2, Relaxed: 3, TypeOK: 2, ValueOK: 2}
	if s != want {
		t.Fatalf("ScoreTimex = %+v, want %+v", s, want)
	}
	if r := s.RelaxedPRF(); r.P != 75 || r.R != 75 || r.F1 != 75 {
		t.Errorf("relaxed %+v", r)
	}
	if v := s.ValuePRF(); v.F1 != 50 {
		t.Errorf("value %+v", v)
	}
	if a := s.TypeAccuracy(); a < 66.6 || a > 66.7 {
		t.Errorf("type accuracy %v", a)
	}
	if sum := s.Add(s); sum.Gold != 8 || sum.ValueOK != 4 {
		t.Errorf("Add = %+v", sum)
	}
}

// TestTBAQ guards the recognizer's quality on the TempEval-3 training data
// (development set); it skips when the data is absent.
func TestTBAQ(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "tempeval3", "TBAQ-cleaned")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("TempEval-3 data absent")
	}
	docs, err := ReadTimeMLDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var s TimexScore
	for _, d := range docs {
		sys := Timexes(d.Text, nil, d.DCT, nil)
		checkTimexes(t, d.Text, sys)
		s = s.Add(ScoreTimex(d.Timexes, sys))
	}
	t.Logf("TBAQ: %d docs, relaxed %+v strict %+v value %+v type accuracy %.1f",
		len(docs), s.RelaxedPRF(), s.StrictPRF(), s.ValuePRF(), s.TypeAccuracy())
	if len(docs) != 256 || s.Gold != 1822 {
		t.Errorf("read %d documents with %d timexes, want 256 and 1822", len(docs), s.Gold)
	}
	if f := s.RelaxedPRF().F1; f < 90 {
		t.Errorf("relaxed F1 %.2f < 90", f)
	}
	if f := s.ValuePRF().F1; f < 75 {
		t.Errorf("value F1 %.2f < 75", f)
	}
}
