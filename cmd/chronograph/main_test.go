package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const examples = "../../examples/us-mexico"

// cli runs the command line in-process and returns its output.
func cli(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	return out.String(), errb.String(), err
}

func mustCLI(t *testing.T, args ...string) string {
	t.Helper()
	out, stderr, err := cli(t, args...)
	if err != nil {
		t.Fatalf("chronograph %s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	return out
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", name, diff)
	}
}

// ingestExamples ingests the example corpus into a new database.
func ingestExamples(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "news.db")
	out := mustCLI(t, "ingest", "--db", db, examples)
	if !strings.Contains(out, "5 new") {
		t.Fatalf("ingest summary: %s", out)
	}
	return db
}

func TestExampleCorpus(t *testing.T) {
	db := ingestExamples(t)

	timelineJSON := mustCLI(t, "timeline", "--db", db, "--format", "json")
	exportJSON := mustCLI(t, "export", "json", "--db", db)
	if timelineJSON != exportJSON {
		t.Error("timeline --format json and export json differ")
	}
	golden(t, "timeline.json", timelineJSON)
	golden(t, "entities.json", mustCLI(t, "entities", "--db", db, "--format", "json"))
	dot := mustCLI(t, "export", "dot", "--db", db)
	golden(t, "graph.dot", dot)
	golden(t, "timeline.txt", mustCLI(t, "timeline", "--db", db))

	// A second database from the same corpus gives byte-identical output.
	db2 := ingestExamples(t)
	if got := mustCLI(t, "export", "json", "--db", db2); got != exportJSON {
		t.Error("timeline JSON differs between two ingests of the same corpus")
	}
	if got := mustCLI(t, "export", "dot", "--db", db2); got != dot {
		t.Error("DOT differs between two ingests of the same corpus")
	}

	// Ingesting again changes nothing.
	out := mustCLI(t, "ingest", "--db", db, examples)
	if !strings.Contains(out, "0 new, 5 unchanged") {
		t.Errorf("re-ingest: %s", out)
	}
	if got := mustCLI(t, "export", "json", "--db", db); got != exportJSON {
		t.Error("re-ingesting the same corpus changed the timeline")
	}
	if out := mustCLI(t, "check", "--db", db); !strings.Contains(out, "is consistent") {
		t.Errorf("check: %s", out)
	}
}

type tlEvent struct {
	ID, Type, Date, Precision, Earliest, Latest, Title string
	Participants                                       []struct{ ID, Name, Kind, Role string }
	Sources                                            []struct {
		Document, Sentence string
		Start, End         int
	}
}

func (e tlEvent) has(name string) bool {
	for _, p := range e.Participants {
		if p.Name == name {
			return true
		}
	}
	return false
}

// TestExampleFacts checks the facts a reader of the example articles expects.
func TestExampleFacts(t *testing.T) {
	db := ingestExamples(t)
	var tl struct{ Events []tlEvent }
	if err := json.Unmarshal([]byte(mustCLI(t, "timeline", "--db", db, "--format", "json")), &tl); err != nil {
		t.Fatal(err)
	}
	find := func(desc string, ok func(tlEvent) bool) {
		t.Helper()
		for _, e := range tl.Events {
			if ok(e) {
				return
			}
		}
		t.Errorf("no event: %s", desc)
	}
	find("the Trump–Sheinbaum phone call of 2025-04-16", func(e tlEvent) bool {
		return e.Type == "call" && e.Date == "2025-04-16" && e.has("Donald Trump") && e.has("Claudia Sheinbaum")
	})
	find("the February 2025 designation of the Sinaloa Cartel", func(e tlEvent) bool {
		return e.Type == "designation" && e.Date == "2025-02" && e.has("Sinaloa Cartel")
	})
	find("the 25% tariff on Mexican goods, before 2025-05-03", func(e tlEvent) bool {
		return e.Type == "tariff" && e.has("Donald Trump") && e.Latest != "" && e.Latest <= "2025-05-03"
	})
	find("Sheinbaum's rejection of the troop offer", func(e tlEvent) bool {
		return e.Type == "rejection" && e.has("Claudia Sheinbaum") && strings.HasPrefix(e.Date, "2025-05")
	})
	// Evidence points at the trigger word.
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if s.Start >= s.End || s.Sentence == "" {
				t.Errorf("event %s: bad evidence %+v", e.ID, s)
			}
		}
	}
	var ents struct {
		Entities []struct {
			Name, Kind string
			Aliases    []string
		}
	}
	if err := json.Unmarshal([]byte(mustCLI(t, "entities", "--db", db, "--format", "json")), &ents); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, e := range ents.Entities {
		if k, dup := kinds[e.Name]; dup {
			t.Errorf("entity %q appears twice (%s, %s)", e.Name, k, e.Kind)
		}
		kinds[e.Name] = e.Kind
	}
	for name, kind := range map[string]string{
		"Donald Trump": "person", "Claudia Sheinbaum": "person", "Mexico": "place",
		"United States": "place", "White House": "organization", "Sinaloa Cartel": "organization",
	} {
		if kinds[name] != kind {
			t.Errorf("entity %q: kind %q, want %q", name, kinds[name], kind)
		}
	}
	for _, junk := range []string{"Trump", "Sheinbaum", "President Trump", "U.S.", "Mexican", "Summary", "Author", "Key Points", "Recommended"} {
		if _, ok := kinds[junk]; ok {
			t.Errorf("junk or unmerged entity %q", junk)
		}
	}
}

func TestCLIErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "none.db")
	for _, tc := range []struct {
		args  []string
		want  string
		usage bool
	}{
		{[]string{"timeline", "--db", missing}, "no database at", false},
		{[]string{"timeline", "--db", missing, "--format", "xml"}, "--format must be one of text, json", true},
		{[]string{"timeline", "--db", missing, "--from", "May 2025"}, "from", true},
		{[]string{"timeline", "--db", missing, "--type", "Call!"}, "unknown event type", true},
		{[]string{"entities", "--db", missing, "--kind", "animal"}, "--kind must be", true},
		{[]string{"ingest", "--db", filepath.Join(dir, "x.db")}, "no files or folders", true},
		{[]string{"export", "svg", "--db", missing}, "say what to export", true},
		{[]string{"frobnicate"}, "unknown command", true},
	} {
		_, _, err := cli(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want it to mention %q", tc.args, err, tc.want)
		}
		if tc.usage != errors.Is(err, errUsage) {
			t.Errorf("%v: usage error = %v, want %v", tc.args, errors.Is(err, errUsage), tc.usage)
		}
	}
}

func TestIngestBadFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Mexico and the United States signed an agreement on May 1, 2025.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "bin.txt"), []byte("%PDF-1.4\x00\x01\x02binary"), 0o644)
	db := filepath.Join(t.TempDir(), "news.db")
	out, stderr, err := cli(t, "ingest", "--db", db, dir)
	if err == nil {
		t.Fatal("ingest of bad files succeeded; want a failing exit status")
	}
	if !strings.Contains(out, "1 new") || !strings.Contains(out, "2 failed") {
		t.Errorf("summary: %s", out)
	}
	for _, want := range []string{"empty.txt", "bin.txt"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("errors do not name %s:\n%s", want, stderr)
		}
	}
	if out := mustCLI(t, "check", "--db", db); !strings.Contains(out, "1 documents") {
		t.Errorf("check after partial ingest: %s", out)
	}
}
