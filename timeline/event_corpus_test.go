package timeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
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
