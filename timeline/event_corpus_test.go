package timeline

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

// The example corpus, annotated by hand the way ner and the timex
// recognizer annotate it, so that event extraction, merging and ordering are
// tested on real articles without the rest of the pipeline.

var (
	trump     = ent{"Donald Trump", graph.Person, []string{"President Trump", "Trump", "TRUMP"}}
	sheinbaum = ent{"Claudia Sheinbaum", graph.Person, []string{"Sheinbaum"}}
	mexico    = ent{"Mexico", graph.Place, []string{"MEXICO"}}
	us        = ent{"United States", graph.Place, []string{"U.S.", "US", "United States"}}
)

// corpusDoc is one article of examples/us-mexico with its annotations.
type corpusDoc struct {
	file, published string
	ents            []ent
	txs             []etx
	blks            []blk
}

var usMexico = []corpusDoc{
	{file: "000_0f4bb0e3c4c275be.txt", published: "2025-05-03",
		ents: []ent{trump, sheinbaum, mexico, us,
			{"James Hewitt", graph.Person, nil},
			{"White House", graph.Organization, nil},
			{"National Security Council", graph.Organization, nil}},
		txs: []etx{{text: "May 3, 2025", value: "2025-05-03"}, {text: "2006", value: "2006"},
			{text: "May 2", value: "2025-05-02"}, {text: "annually", value: "P1Y", typ: "SET"}}},
	{file: "001_1c25d6400646215d.txt", published: "2025-05-04",
		ents: []ent{trump, sheinbaum, mexico, us,
			{"Wall Street Journal", graph.Organization, nil},
			{"White House", graph.Organization, nil},
			{"Reuters", graph.Organization, nil},
			{"U.S. Army", graph.Organization, nil},
			{"Sinaloa Cartel", graph.Organization, nil}},
		txs: []etx{{text: "Saturday", value: "2025-05-03"}, {text: "May 2", value: "2025-05-02"},
			{text: "recent months", value: "PAST_REF"}, {text: "April 16", value: "2025-04-16"},
			{text: "February", value: "2025-02"}, {text: "2025", value: "2025"}}},
	{file: "002_63caf43c2157054a.txt",
		ents: []ent{trump, sheinbaum, mexico, us,
			{"National Guard", graph.Organization, nil},
			{"Latin America", graph.Place, nil}},
		txs: []etx{{text: "May 3, 2025", value: "2025-05-03"}, {text: "January 2025", value: "2025-01"},
			{text: "nearly two decades", value: "P2DE", typ: "DURATION"}, {text: "April 30, 2025", value: "2025-04-30"}}},
	{file: "003_340c4602e13f5703.txt",
		ents: []ent{trump, sheinbaum, mexico, us,
			{"Ronald Johnson", graph.Person, nil},
			{"Senate", graph.Organization, nil},
			{"Mario Nawfal", graph.Person, nil},
			{"Rafael Caro Quintero", graph.Person, nil},
			{"New York", graph.Place, nil},
			{"Sinaloa", graph.Organization, nil}},
		txs: []etx{{text: "March 14, 2025", value: "2025-03-14"}, {text: "now", value: "PRESENT_REF"},
			{text: "Feb 27, 2025", value: "2025-02-27"}, {text: "February 28, 2025", value: "2025-02-28"}},
		blks: []blk{
			{from: "Ronald Johnson, Trump", to: "March 14, 2025", date: "2025-03-14", author: "Mario Nawfal"},
			{from: "Mexican cartel leader", to: "@TomHoman_", date: "2025-02-27", author: "TomHoman_"},
			{from: "Getting hold of", to: "February 28, 2025", date: "2025-02-28", author: "SubxNews"},
		}},
	{file: "004_1ff5de4112ae3e0d.txt", published: "2025-05-05",
		ents: []ent{trump, sheinbaum, mexico, us,
			{"Fox News", graph.Organization, nil},
			{"Heritage Foundation", graph.Organization, nil},
			{"CIA", graph.Organization, []string{"C.I.A."}},
			{"Warren Buffett", graph.Person, nil},
			{"The New York Times", graph.Organization, nil},
			{"The Guardian", graph.Organization, nil}},
		txs: []etx{{text: "05-05-2025", value: "2025-05-05"}, {text: "05-05-2025", value: "2025-05-05", n: 1}}},
}

// loadUSMexico reads and annotates the example corpus, or skips.
func loadUSMexico(tb testing.TB) []*graph.Document {
	tb.Helper()
	var docs []*graph.Document
	for _, c := range usMexico {
		raw, err := os.ReadFile(filepath.Join("..", "examples", "us-mexico", c.file))
		if err != nil {
			tb.Skipf("example corpus: %v", err)
		}
		id := strings.SplitN(c.file, "_", 2)[0]
		d := mkdoc(tb, id, c.published, string(raw), c.ents, c.txs, c.blks)
		d.Title = strings.TrimSpace(strings.SplitN(strings.TrimSpace(string(raw)), "\n", 2)[0])
		docs = append(docs, d)
	}
	return docs
}

// globalEntity resolves local entities by name, as consolidation would.
func globalEntity(docs []*graph.Document) func(string, int) graph.Participant {
	byID := map[string]*graph.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	return func(doc string, local int) graph.Participant {
		d := byID[doc]
		if d == nil || local < 0 || local >= len(d.Entities) {
			return graph.Participant{}
		}
		e := d.Entities[local]
		return graph.Participant{ID: graph.EntityID(e.Kind, e.Name), Name: e.Name, Kind: e.Kind}
	}
}

// runPipeline extracts, merges and orders the events of docs.
func runPipeline(docs []*graph.Document) []graph.Event {
	for _, d := range docs {
		d.Events = Events(d, nil)
	}
	evs := Merge(docs, globalEntity(docs))
	Order(evs)
	return evs
}

// TestUSMexicoTimeline checks the events the example corpus must yield,
// correctly dated, and compares the whole merged timeline with a golden file.
func TestUSMexicoTimeline(t *testing.T) {
	evs := runPipeline(loadUSMexico(t))
	has := func(e graph.Event, id string, r graph.Role) bool {
		for _, p := range e.Participants {
			if p.ID == id && p.Role == r {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name, typ, lemma string
		agent, target    string
		date, latest     string // date value, or the latest bound of an undated event
		minSources       int
		conflict         string
	}{
		{name: "phone call", typ: graph.Call, agent: "per:donald-trump", target: "per:claudia-sheinbaum",
			date: "2025-04-16", minSources: 3},
		{name: "designation", typ: graph.Designation, agent: "loc:united-states", target: "org:sinaloa-cartel", date: "2025-02"},
		{name: "tariff", typ: graph.Tariff, agent: "per:donald-trump", latest: "2025-05-03"},
		{name: "arms order", typ: graph.Order, agent: "per:donald-trump", date: "2025-04-30", minSources: 2, conflict: "2025-05-02"},
		{name: "rejection", typ: graph.Rejection, agent: "per:claudia-sheinbaum", target: "per:donald-trump",
			date: "2025-05-03", minSources: 4},
		{name: "WSJ report", typ: graph.Report, agent: "org:wall-street-journal", date: "2025-05-02"},
		{name: "Senate hearing", typ: graph.Hearing, agent: "per:ronald-johnson", target: "org:senate", date: "2025-03-14"},
		{name: "Caro Quintero extradited", typ: graph.Extradition, lemma: "land", target: "per:rafael-caro-quintero", date: "2025-02-27"},
	}
	for _, tt := range tests {
		var found *graph.Event
		for i := range evs {
			e := &evs[i]
			if e.Type != tt.typ || tt.lemma != "" && e.Lemma != tt.lemma || tt.agent != "" && !has(*e, tt.agent, graph.Agent) ||
				tt.target != "" && !has(*e, tt.target, graph.Target) {
				continue
			}
			if found == nil || len(e.Sources) > len(found.Sources) {
				found = e
			}
		}
		if found == nil {
			t.Errorf("%s: no %s event by %q on %q", tt.name, tt.typ, tt.agent, tt.target)
			continue
		}
		if tt.date != "" && found.Date.Value != tt.date {
			t.Errorf("%s: date %+v, want %s", tt.name, found.Date, tt.date)
		}
		if tt.latest != "" && (found.Date.Known() || found.Date.Latest != tt.latest) {
			t.Errorf("%s: date %+v, want undated before %s", tt.name, found.Date, tt.latest)
		}
		if len(found.Sources) < tt.minSources {
			t.Errorf("%s: %d sources, want at least %d", tt.name, len(found.Sources), tt.minSources)
		}
		if tt.conflict != "" && (len(found.Conflicts) != 1 || found.Conflicts[0].Date != tt.conflict) {
			t.Errorf("%s: conflicts %+v, want one for %s", tt.name, found.Conflicts, tt.conflict)
		}
	}
	// the timeline runs from the February designation to the May reports
	if len(evs) == 0 || evs[0].Date.Value != "2025-02" {
		t.Errorf("first event %+v, want the February 2025 designation", evs[0])
	}

	got, err := json.MarshalIndent(evs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "events", "us-mexico.json")
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./timeline -run TestUSMexicoTimeline -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)+"\n"); diff != "" {
		t.Errorf("timeline differs from %s (-want +got):\n%s", golden, diff)
	}
}
