package timeline

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func mustRows(t *testing.T, text string) []SemEvalRow {
	t.Helper()
	_, rows, err := ReadSemEval(strings.NewReader("entity\n" + text))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestTemporalGraph(t *testing.T) {
	tests := []struct {
		name             string
		rows             string
		closure, reduced []TLink
	}{
		{name: "chain of orders",
			rows:    "1\tXXXX-XX-XX\td-1-a\n2\tXXXX-XX-XX\td-2-b\n3\tXXXX-XX-XX\td-3-c\n0\tXXXX-XX-XX\td-4-z\n",
			closure: []TLink{{"d-1-a", "d-2-b", Before}, {"d-1-a", "d-3-c", Before}, {"d-2-b", "d-3-c", Before}},
			reduced: []TLink{{"d-1-a", "d-2-b", Before}, {"d-2-b", "d-3-c", Before}}},
		{name: "dates and simultaneous rows",
			rows: "1\t2008-01-01\td-1-a\n1\t2008-01-01\td-1-b\n2\t2008-02-XX\td-2-c\n",
			closure: []TLink{
				{"d-1-a", "d-1-b", Simultaneous}, {"d-1-a", "d-2-c", Before}, {"d-1-a", "date:2008-01-01", Simultaneous},
				{"d-1-a", "date:2008-02-XX", Before}, {"d-1-b", "d-2-c", Before}, {"d-1-b", "date:2008-01-01", Simultaneous},
				{"d-1-b", "date:2008-02-XX", Before}, {"d-2-c", "date:2008-02-XX", Simultaneous},
				{"date:2008-01-01", "d-2-c", Before}, {"date:2008-01-01", "date:2008-02-XX", Before}},
			reduced: []TLink{{"d-1-a", "d-1-b", Simultaneous}, {"d-1-a", "d-2-c", Before},
				{"d-1-b", "date:2008-01-01", Simultaneous}, {"d-2-c", "date:2008-02-XX", Simultaneous}}},
		{name: "contradiction collapses",
			rows: "1\t2008-01-01\td-1-a\n2\t2008-01-01\td-1-b\n",
			closure: []TLink{{"d-1-a", "d-1-b", Simultaneous}, {"d-1-a", "date:2008-01-01", Simultaneous},
				{"d-1-b", "date:2008-01-01", Simultaneous}},
			reduced: []TLink{{"d-1-a", "d-1-b", Simultaneous}, {"d-1-b", "date:2008-01-01", Simultaneous}}},
		{name: "month written two ways is one node",
			rows: "1\t2006-03\td-1-a\n2\t2006-03-XX\td-2-b\n",
			closure: []TLink{{"d-1-a", "d-2-b", Simultaneous}, {"d-1-a", "date:2006-03-XX", Simultaneous},
				{"d-2-b", "date:2006-03-XX", Simultaneous}},
			reduced: []TLink{{"d-1-a", "d-2-b", Simultaneous}, {"d-2-b", "date:2006-03-XX", Simultaneous}}},
		{name: "only unanchored", rows: "0\tXXXX-XX-XX\td-1-a\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := NewTemporalGraph(mustRows(t, tt.rows))
			if diff := cmp.Diff(tt.closure, g.Closure()); diff != "" {
				t.Errorf("closure (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.reduced, g.Reduced()); diff != "" {
				t.Errorf("reduced (-want +got):\n%s", diff)
			}
			// the reduced graph's closure is the closure
			for _, l := range g.Closure() {
				if !g.Holds(l) {
					t.Errorf("closure link %v does not hold", l)
				}
			}
		})
	}
}

func TestScoreSemEval(t *testing.T) {
	gold := "1\t2008-01-01\td-1-a\n1\t2008-01-01\td-1-b\n2\t2008-02-XX\td-2-c\n"
	tests := []struct {
		name, system string
		want         SemEvalScore
		p, r, f1     float64
	}{
		// system reduced: a = date:2008-01-01, a < c; both in the gold
		// closure. gold reduced: a = b, a < c, b = date:2008-01-01,
		// c = date:2008-02-XX; the system holds a < c only.
		{name: "partial", system: "1\t2008-01-01\td-1-a\n2\tXXXX-XX-XX\td-2-c\n0\tXXXX-XX-XX\td-1-b\n",
			want: SemEvalScore{Timelines: 1, SystemRelations: 2, SystemHits: 2, GoldRelations: 4, GoldHits: 1},
			p:    1, r: 0.25, f1: 0.4},
		{name: "identical", system: gold,
			want: SemEvalScore{Timelines: 1, SystemRelations: 4, SystemHits: 4, GoldRelations: 4, GoldHits: 4},
			p:    1, r: 1, f1: 1},
		// system: b < a (wrong), a = date:2008-01-01 (right), b and date:2008-01-01
		// ordered (b < date: wrong); reduced: a = date, b < a.
		{name: "reversed", system: "1\tXXXX-XX-XX\td-1-b\n2\t2008-01-01\td-1-a\n",
			want: SemEvalScore{Timelines: 1, SystemRelations: 2, SystemHits: 1, GoldRelations: 4, GoldHits: 0},
			p:    0.5, r: 0, f1: 0},
		{name: "empty system", system: "",
			want: SemEvalScore{Timelines: 1, GoldRelations: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreSemEval(mustRows(t, gold), mustRows(t, tt.system))
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			for _, c := range []struct {
				what      string
				got, want float64
			}{{"precision", got.Precision(), tt.p}, {"recall", got.Recall(), tt.r}, {"F1", got.F1(), tt.f1}} {
				if math.Abs(c.got-c.want) > 1e-9 {
					t.Errorf("%s %.4f, want %.4f", c.what, c.got, c.want)
				}
			}
		})
	}
	// micro average: counts add up before the ratios are taken
	var total SemEvalScore
	total.Add(SemEvalScore{Timelines: 1, SystemRelations: 2, SystemHits: 2, GoldRelations: 4, GoldHits: 1})
	total.Add(SemEvalScore{Timelines: 1, SystemRelations: 8, SystemHits: 2, GoldRelations: 6, GoldHits: 4})
	if total.Timelines != 2 || math.Abs(total.Precision()-0.4) > 1e-9 || math.Abs(total.Recall()-0.5) > 1e-9 {
		t.Errorf("micro average %+v: P %.3f R %.3f, want 0.4 0.5", total, total.Precision(), total.Recall())
	}
}

// TestScoreSemEvalGold scores every trial gold timeline against itself.
func TestScoreSemEvalGold(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(semevalDir, "TimeLines_trial_data_task4_v1.2", "*.txt"))
	if len(files) == 0 {
		t.Skip("SemEval-2015 Task 4 trial data not present")
	}
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		_, rows, err := ReadSemEval(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		sc := ScoreSemEval(rows, rows)
		if sc.F1() != 1 || sc.GoldRelations == 0 {
			t.Errorf("%s against itself: %+v", filepath.Base(f), sc)
		}
	}
}

func FuzzTemporalGraph(f *testing.F) {
	f.Add("1\t2008-01-01\ta-1-x\n2\t2008-01-01\ta-1-x\n1\tXXXX-XX-XX\tb-2-y\n")
	f.Add("3\t2006\tq-0-r\n1\t2007-05\tq-1-s\tq-1-t\n")
	f.Fuzz(func(t *testing.T, text string) {
		_, rows, _ := ReadSemEval(strings.NewReader("e\n" + text))
		g := NewTemporalGraph(rows)
		red := g.Reduced()
		cl := g.Closure()
		if len(red) > len(cl) {
			t.Fatalf("reduced graph (%d) larger than closure (%d)", len(red), len(cl))
		}
		for _, l := range cl {
			if !g.Holds(l) || g.Holds(TLink{From: l.To, To: l.From, Type: Before}) && l.Type == Before {
				t.Fatalf("inconsistent closure link %v", l)
			}
		}
		if sc := ScoreSemEval(rows, rows); len(red) > 0 && sc.F1() != 1 {
			t.Fatalf("self score %+v", sc)
		}
	})
}
