package main

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os/exec"
	"strings"
	"testing"
)

func TestQueryCommands(t *testing.T) {
	db := ingestExamples(t)

	// Every query answers in JSON, the same way twice.
	for _, args := range [][]string{
		{"rank", "--top", "5"},
		{"communities"},
		{"between", "--from", "2025-02", "--to", "2025-05"},
		{"path", "Sheinbaum", "United States"},
		{"rank", "--as-of", "2025-03-01", "--kind", "person,place"},
	} {
		full := append(append([]string{}, args...), "--db", db, "--format", "json")
		a := mustCLI(t, full...)
		if b := mustCLI(t, full...); a != b {
			t.Errorf("%v: output differs between runs", args)
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(a), &v); err != nil {
			t.Errorf("%v: not JSON: %v", args, err)
		}
		// The text format works too.
		text := append(append([]string{}, args...), "--db", db)
		if out := mustCLI(t, text...); strings.TrimSpace(out) == "" {
			t.Errorf("%v: no text output", args)
		}
	}

	var rank struct {
		Entities []struct {
			ID       string  `json:"id"`
			PageRank float64 `json:"pagerank"`
		} `json:"entities"`
	}
	json.Unmarshal([]byte(mustCLI(t, "rank", "--db", db, "--format", "json")), &rank)
	if len(rank.Entities) < 3 {
		t.Fatalf("rank: %d entities", len(rank.Entities))
	}
	for i := 1; i < len(rank.Entities); i++ {
		if rank.Entities[i].PageRank > rank.Entities[i-1].PageRank {
			t.Errorf("rank not sorted by PageRank at %d", i)
		}
	}

	var path struct {
		Paths []struct {
			Hops []struct {
				Events []struct{ ID string } `json:"events"`
			} `json:"hops"`
		} `json:"paths"`
	}
	json.Unmarshal([]byte(mustCLI(t, "path", "--db", db, "--format", "json", "Sheinbaum", "United States")), &path)
	if len(path.Paths) == 0 || len(path.Paths[0].Hops) == 0 || len(path.Paths[0].Hops[0].Events) == 0 {
		t.Errorf("path has no linking events: %+v", path)
	}

	var between struct {
		Acts []struct{ Date string } `json:"acts"`
	}
	json.Unmarshal([]byte(mustCLI(t, "between", "--db", db, "--format", "json", "--from", "2025-04-01", "--to", "2025-04-30")), &between)
	for _, a := range between.Acts {
		if a.Date != "" && (a.Date < "2025-04" || a.Date > "2025-04-30") {
			t.Errorf("between: act dated %s outside April", a.Date)
		}
	}

	// Usage errors.
	for _, args := range [][]string{
		{"path", "Sheinbaum"},
		{"rank", "--kind", "robot"},
		{"rank", "--from", "2025-13"},
		{"between", "--from", "2025-05-01", "--to", "2025-04-01"},
		{"communities", "--resolution", "0"},
		{"export", "dot", "--render", "gif"},
		{"export", "dot", "--view", "sideways"},
		{"export", "csv", "--render", "svg"},
	} {
		_, _, err := cli(t, append(args, "--db", db)...)
		if !errors.Is(err, errUsage) {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
}

func TestExportFormats(t *testing.T) {
	db := ingestExamples(t)
	ml := mustCLI(t, "export", "graphml", "--db", db)
	if err := xml.Unmarshal([]byte(ml), new(any)); err != nil {
		t.Errorf("graphml: %v", err)
	}
	for _, f := range []string{"jsonld", "timelinejs"} {
		if out := mustCLI(t, "export", f, "--db", db); !json.Valid([]byte(out)) {
			t.Errorf("%s: invalid JSON", f)
		}
	}
	rows, err := csv.NewReader(strings.NewReader(mustCLI(t, "export", "csv", "--db", db))).ReadAll()
	if err != nil || len(rows) < 2 || rows[0][0] != "id" {
		t.Errorf("csv: %d rows, %v", len(rows), err)
	}
	dot := mustCLI(t, "export", "dot", "--view", "entities", "--db", db)
	if !strings.Contains(dot, "cluster_legend") {
		t.Error("entity view has no legend")
	}
	if bin, err := exec.LookPath("dot"); err == nil {
		cmd := exec.Command(bin, "-Tsvg")
		cmd.Stdin = strings.NewReader(dot)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("dot rejects the entity view: %v\n%s", err, out)
		}
		svg := mustCLI(t, "export", "dot", "--view", "entities", "--render", "svg", "--db", db)
		if !strings.Contains(svg, "<svg") {
			t.Errorf("--render svg gave no SVG")
		}
	}
	if ev := mustCLI(t, "export", "dot", "--clusters", "--db", db); !strings.Contains(ev, "cluster_legend") || !strings.Contains(ev, `[label="agent"]`) {
		t.Error("export dot --clusters has no legend or no agent edges")
	}
	// The new flags leave the plain dot and json exports alone.
	if a, b := mustCLI(t, "export", "dot", "--db", db), mustCLI(t, "export", "dot", "--view", "events", "--db", db); a != b {
		t.Error("export dot --view events differs from export dot")
	}
	filtered := mustCLI(t, "export", "json", "--db", db, "--type", "call")
	if !strings.Contains(filtered, `"type": "call"`) || strings.Contains(filtered, `"type": "tariff"`) {
		t.Error("export json --type call is not filtered")
	}
}
