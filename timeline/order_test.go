package timeline

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

func evDay(s string) graph.Date {
	d, err := graph.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestOrder(t *testing.T) {
	src := func(doc string, start int) []graph.Source { return []graph.Source{{Document: doc, Start: start}} }
	events := []graph.Event{
		{ID: "undated-b", Sources: src("b", 5)},
		{ID: "undated-a", Sources: src("a", 50)},
		{ID: "may3-late", Date: evDay("2025-05-03"), Sources: src("a", 90)},
		{ID: "earlier", Date: graph.Between("", "2025-05-03"), Sources: src("a", 10)},
		{ID: "may3-early", Date: evDay("2025-05-03"), Sources: src("a", 20)},
		{ID: "feb", Date: evDay("2025-02"), Sources: src("c", 0)},
		{ID: "feb14", Date: evDay("2025-02-14"), Sources: src("c", 0)},
		{ID: "since2006", Date: graph.Between("2006-01-01", ""), Sources: src("a", 0)},
		{ID: "y2006", Date: evDay("2006"), Sources: src("z", 0)},
		{ID: "apr16", Date: evDay("2025-04-16"), Sources: src("b", 0)},
		{ID: "tie-b", Date: evDay("2025-04-30"), Sources: src("x", 7)},
		{ID: "tie-a", Date: evDay("2025-04-30"), Sources: src("x", 7)},
	}
	want := []string{"y2006", "since2006", "feb", "feb14", "apr16", "tie-a", "tie-b", "earlier", "may3-early",
		"may3-late", "undated-a", "undated-b"}
	for run := 0; run < 5; run++ {
		evs := append([]graph.Event(nil), events...)
		rand.New(rand.NewSource(int64(run))).Shuffle(len(evs), func(i, j int) { evs[i], evs[j] = evs[j], evs[i] })
		Order(evs)
		var got []string
		for i, e := range evs {
			got = append(got, e.ID)
			if e.Order != i {
				t.Errorf("event %s: Order %d at index %d", e.ID, e.Order, i)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("run %d: order (-want +got):\n%s", run, diff)
		}
	}
}

func TestOrderEmpty(t *testing.T) {
	Order(nil)
	evs := []graph.Event{{ID: "x"}}
	Order(evs)
	if evs[0].Order != 0 {
		t.Errorf("Order = %d", evs[0].Order)
	}
}

// BenchmarkExtractMergeOrder runs what ingestion adds to entity extraction
// on one goroutine: event extraction of every document, then merging and
// ordering the example corpus copied 40 times (as if 200 outlets had
// published it). Issue 5 asks for more than 20,000 words/s.
func BenchmarkExtractMergeOrder(b *testing.B) {
	base := loadUSMexico(b)
	var docs []*graph.Document
	words := 0
	for c := 0; c < 40; c++ {
		for _, d := range base {
			cp := *d
			cp.ID = fmt.Sprintf("%02d-%s", c, d.ID)
			docs = append(docs, &cp)
			words += len(strings.Fields(d.Text))
		}
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	byID := map[string]*graph.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	entity := func(doc string, local int) graph.Participant {
		e := byID[doc].Entities[local]
		return graph.Participant{ID: graph.EntityID(e.Kind, e.Name), Name: e.Name, Kind: e.Kind}
	}
	b.ResetTimer()
	events := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Events = Events(d, nil)
		}
		out := Merge(docs, entity)
		Order(out)
		events = len(out)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(events), "events/op")
}

// TestOrderSignals: events of one date keep text order unless the sentence
// that reports both says otherwise.
func TestOrderSignals(t *testing.T) {
	day := evDay("1996-12-20")
	ev := func(id, sentence, trigger string, sentIdx int) graph.Event {
		start := strings.Index(sentence, trigger) + 100*sentIdx
		return graph.Event{ID: id, Date: day, Sources: []graph.Source{{Document: "d", Sentence: sentence,
			Start: start, End: start + len(trigger), Trigger: trigger}}}
	}
	tests := []struct {
		name string
		evs  []graph.Event
		want []string
	}{
		{"after puts the second event first", []graph.Event{
			ev("returned", "Jobs returned to Apple after Apple bought NeXT.", "returned", 0),
			ev("bought", "Jobs returned to Apple after Apple bought NeXT.", "bought", 0)},
			[]string{"bought", "returned"}},
		{"following too", []graph.Event{
			ev("resigned", "Cook resigned following the merger vote.", "resigned", 0),
			ev("vote", "Cook resigned following the merger vote.", "vote", 0)},
			[]string{"vote", "resigned"}},
		{"before keeps text order", []graph.Event{
			ev("met", "Trump met Sheinbaum before he signed the order.", "met", 0),
			ev("signed", "Trump met Sheinbaum before he signed the order.", "signed", 0)},
			[]string{"met", "signed"}},
		{"a fronted after keeps text order", []graph.Event{
			ev("closed", "After the case closed, Jobs extended an invitation.", "closed", 0),
			ev("extended", "After the case closed, Jobs extended an invitation.", "extended", 0)},
			[]string{"closed", "extended"}},
		{"after in another clause says nothing of the first", []graph.Event{
			ev("spoke", "Jobs spoke, and after the talk ended, he left.", "spoke", 0),
			ev("ended", "Jobs spoke, and after the talk ended, he left.", "ended", 0)},
			[]string{"spoke", "ended"}},
		{"other sentences keep text order", []graph.Event{
			ev("a", "Jobs returned.", "returned", 0),
			ev("b", "After that, Apple bought NeXT.", "bought", 1)},
			[]string{"a", "b"}},
	}
	for _, tt := range tests {
		for _, rev := range []bool{false, true} {
			evs := append([]graph.Event(nil), tt.evs...)
			if rev {
				evs[0], evs[1] = evs[1], evs[0]
			}
			Order(evs)
			var got []string
			for _, e := range evs {
				got = append(got, e.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: order (-want +got):\n%s", tt.name, diff)
			}
		}
	}
}

// BenchmarkOrderOneDay orders a day of 20,000 events, as a wire archive
// holds (most events of a day share no sentence; every tenth pair is one
// sentence with "after" between its triggers). Signals are looked for only
// between events of one sentence, so this is linear in the events.
func BenchmarkOrderOneDay(b *testing.B) {
	day := evDay("1987-03-02")
	const n = 20000
	evs := make([]graph.Event, 0, n)
	for i := 0; len(evs) < n; i++ {
		doc := fmt.Sprintf("d%05d", i)
		if i%10 == 0 {
			s := "Shares fell after the company reported a loss."
			for _, tr := range []string{"fell", "reported"} {
				start := strings.Index(s, tr)
				evs = append(evs, graph.Event{ID: doc + tr, Date: day, Sources: []graph.Source{{Document: doc,
					Sentence: s, Start: start, End: start + len(tr), Trigger: tr}}})
			}
			continue
		}
		evs = append(evs, graph.Event{ID: doc, Date: day, Sources: []graph.Source{{Document: doc,
			Sentence: "The company said profits rose.", Start: 12, End: 16, Trigger: "said"}}})
	}
	work := make([]graph.Event, len(evs))
	b.ResetTimer()
	for range b.N {
		copy(work, evs)
		Order(work)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}
