package graph

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", name, diff)
	}
}

// encodeTwice encodes the fixture twice and fails if the outputs differ.
func encodeTwice(t *testing.T, enc func(*Snapshot) ([]byte, error)) []byte {
	t.Helper()
	a, err := enc(fixture())
	if err != nil {
		t.Fatal(err)
	}
	b, err := enc(fixture())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("output differs between runs")
	}
	return a
}

// dotValid runs Graphviz on a DOT text when it is installed.
func dotValid(t *testing.T, text []byte) {
	t.Helper()
	bin, err := exec.LookPath("dot")
	if err != nil {
		t.Log("Graphviz not installed: DOT not checked by dot")
		return
	}
	cmd := exec.Command(bin, "-Tsvg")
	cmd.Stdin = bytes.NewReader(text)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("dot rejects the output: %v\n%s", err, msg)
	}
}

func TestEncodeEntityDOT(t *testing.T) {
	out := encodeTwice(t, func(s *Snapshot) ([]byte, error) { return EncodeEntityDOT(s, EntityDOTOptions{}) })
	golden(t, "entities.dot", out)
	dotValid(t, out)
	text := string(out)
	for _, want := range []string{
		"subgraph cluster_legend {",
		"subgraph cluster_c0 {",
		`"per:donald-trump" -> "per:claudia-sheinbaum" [label="called 2025-04-16"]`,
		`label="Cartel \"<script>alert(1)</script>\""`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("DOT lacks %s", want)
		}
	}
	if strings.Contains(text, "label=<") || strings.Contains(text, "per:lonely") {
		t.Error("HTML label or unlinked entity in DOT")
	}
	focus, err := EncodeEntityDOT(fixture(), EntityDOTOptions{Focus: "per:marco-rubio", NoLegend: true, NoClusters: true})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "entities-focus.dot", focus)
	dotValid(t, focus)
	if strings.Contains(string(focus), "claudia") || strings.Contains(string(focus), "cluster") {
		t.Errorf("focused DOT has entities beyond depth 1 or clusters:\n%s", focus)
	}
}

func TestEncodeGraphML(t *testing.T) {
	out := encodeTwice(t, EncodeGraphML)
	golden(t, "graph.graphml", out)
	// Valid XML, and every edge end is a node.
	var doc struct {
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("GraphML is not XML: %v", err)
	}
	dec := xml.NewDecoder(bytes.NewReader(out))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("GraphML is not well-formed: %v", err)
		}
	}
	nodes := map[string]bool{}
	names := map[string]string{}
	for _, n := range doc.Nodes {
		nodes[n.ID] = true
		for _, d := range n.Data {
			if d.Key == "d_name" {
				names[n.ID] = d.Value
			}
		}
	}
	if len(nodes) != 13 {
		t.Errorf("%d nodes, want 7 entities + 6 events", len(nodes))
	}
	for _, e := range doc.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s -> %s has an unknown end", e.Source, e.Target)
		}
	}
	if names["org:cartel"] != `Cartel "<script>alert(1)</script>"` {
		t.Errorf("name did not round-trip: %q", names["org:cartel"])
	}
}

func TestEncodeJSONLD(t *testing.T) {
	out := encodeTwice(t, EncodeJSONLD)
	golden(t, "graph.jsonld", out)
	var doc struct {
		Context string           `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Context != "https://schema.org" {
		t.Errorf("@context = %q", doc.Context)
	}
	types := map[string]int{}
	ids := map[string]bool{}
	for _, n := range doc.Graph {
		id, _ := n["@id"].(string)
		if !strings.HasPrefix(id, JSONLDPrefix) {
			t.Errorf("node without a proper @id: %v", n)
		}
		ids[id] = true
		typ, _ := n["@type"].(string)
		types[typ]++
	}
	want := map[string]int{"Person": 4, "Organization": 1, "Place": 2, "Event": 6, "NewsArticle": 6}
	if diff := cmp.Diff(want, types); diff != "" {
		t.Errorf("@type counts (-want +got):\n%s", diff)
	}
	// Every reference points at a node of the graph.
	for _, n := range doc.Graph {
		for _, prop := range []string{"organizer", "about", "attendee", "location", "subjectOf"} {
			refs, _ := n[prop].([]any)
			for _, r := range refs {
				id := r.(map[string]any)["@id"].(string)
				if !ids[id] {
					t.Errorf("%v: %s refers to unknown %s", n["@id"], prop, id)
				}
			}
		}
	}
}

func TestEncodeTimelineJS(t *testing.T) {
	out := encodeTwice(t, func(s *Snapshot) ([]byte, error) { return EncodeTimelineJS(s, "US & Mexico") })
	golden(t, "timeline.timelinejs.json", out)
	var doc struct {
		Title struct {
			Text struct{ Headline string } `json:"text"`
		} `json:"title"`
		Events []struct {
			StartDate map[string]int `json:"start_date"`
			Text      struct {
				Headline string `json:"headline"`
				Text     string `json:"text"`
			} `json:"text"`
			Group string `json:"group"`
		} `json:"events"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 5 {
		t.Fatalf("%d slides, want the 5 dated events", len(doc.Events))
	}
	if doc.Title.Text.Headline != "US &amp; Mexico" {
		t.Errorf("title headline %q", doc.Title.Text.Headline)
	}
	for _, e := range doc.Events {
		if e.StartDate["year"] != 2025 || e.Group == "" || e.Text.Headline == "" {
			t.Errorf("bad slide %+v", e)
		}
		if strings.Contains(e.Text.Text, "<img") || strings.Contains(e.Text.Headline, "<script") {
			t.Errorf("unescaped HTML in slide text: %+v", e.Text)
		}
	}
	if got := doc.Events[1].StartDate; got["month"] != 3 || got["day"] != 0 {
		t.Errorf("month-precision date = %v", got)
	}
}

func TestEncodeCSV(t *testing.T) {
	out := encodeTwice(t, EncodeCSV)
	golden(t, "events.csv", out)
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 7 {
		t.Fatalf("%d rows, want header + 6", len(rows))
	}
	if diff := cmp.Diff(CSVHeader, rows[0]); diff != "" {
		t.Errorf("header:\n%s", diff)
	}
	if rows[5][3] != "'=Mexico said something" {
		t.Errorf("formula not neutralised: %q", rows[5][3])
	}
	if rows[3][5] != "d3; d5" {
		t.Errorf("sources = %q", rows[3][5])
	}
}

// FuzzEncoders feeds arbitrary names and titles to every encoder: none may
// fail or panic, GraphML must stay XML and JSON stay JSON.
func FuzzEncoders(f *testing.F) {
	f.Add("Donald Trump", `<script>alert("x")</script>`, "2025-04-16")
	f.Add("\x00\xff\"\\\n", "=cmd|' /C calc'!A0", "")
	f.Add("]]>", "&amp;", "2025-02")
	f.Fuzz(func(t *testing.T, name, title, date string) {
		s := fixture()
		s.Entities[4].Name = name
		s.Events[2].Title = title
		s.Events[2].Participants[0].Name = name
		if d, err := ParseDate(date); err == nil {
			s.Events[2].Date = d
		}
		if _, err := EncodeEntityDOT(s, EntityDOTOptions{}); err != nil {
			t.Fatal(err)
		}
		if b, err := EncodeGraphML(s); err == nil {
			var v any
			if err := xml.Unmarshal(b, &v); err != nil {
				t.Fatalf("GraphML not XML: %v", err)
			}
		}
		for _, enc := range []func(*Snapshot) ([]byte, error){EncodeJSONLD, func(s *Snapshot) ([]byte, error) { return EncodeTimelineJS(s, title) }} {
			b, err := enc(s)
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(b) {
				t.Fatal("invalid JSON")
			}
		}
		b, err := EncodeCSV(s)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := csv.NewReader(bytes.NewReader(b)).ReadAll(); err != nil {
			t.Fatalf("CSV does not read back: %v", err)
		}
	})
}

func TestEncodeEventDOT(t *testing.T) {
	out := encodeTwice(t, func(s *Snapshot) ([]byte, error) { return EncodeEventDOT(s, EntityDOTOptions{}) })
	golden(t, "events-clustered.dot", out)
	dotValid(t, out)
	text := string(out)
	for _, want := range []string{"subgraph cluster_legend {", "subgraph cluster_c0 {", `"legend:event"`,
		`"per:donald-trump" -> "ev:03" [label="agent"]`, `"ev:03" -> "per:claudia-sheinbaum" [label="target"]`} {
		if !strings.Contains(text, want) {
			t.Errorf("DOT lacks %s", want)
		}
	}
	// Without clusters and legend it draws what EncodeDOT draws.
	plain, err := EncodeEventDOT(fixture(), EntityDOTOptions{NoClusters: true, NoLegend: true})
	if err != nil {
		t.Fatal(err)
	}
	base, err := EncodeDOT(fixture(), DOTOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if string(plain) != string(base) {
		t.Errorf("EncodeEventDOT without extras differs from EncodeDOT:\n%s\n---\n%s", plain, base)
	}
}
