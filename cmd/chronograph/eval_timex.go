package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/timeline"
)

// timexReport is the JSON form of `chronograph eval timex`.
type timexReport struct {
	Documents     int                  `json:"documents"`
	Counts        timeline.TimexScore  `json:"counts"`
	Strict        timeline.PRF         `json:"strict"`
	Relaxed       timeline.PRF         `json:"relaxed"`
	Type          timeline.PRF         `json:"type"`
	Value         timeline.PRF         `json:"value"`
	TypeAccuracy  float64              `json:"type_accuracy"`
	ValueAccuracy float64              `json:"value_accuracy"`
	Errors        []timexErrorReported `json:"errors,omitempty"`
	Classes       []timexClassCount    `json:"classes,omitempty"`
}

// timexErrorReported is one disagreement with the gold annotation.
type timexErrorReported struct {
	Doc    string `json:"doc"`
	Kind   string `json:"kind"`  // missed, spurious, value, type, extent
	Class  string `json:"class"` // see timexErrorClass
	Gold   string `json:"gold,omitempty"`
	System string `json:"system,omitempty"`
}

// runEvalTimex scores the time expression recognizer on a directory of
// TimeML files or of MEANTIME CAT XML files, the TempEval-3 way:
// `chronograph eval timex (--tml DIR | --meantime DIR) [--format text|json] [--errors] [--classes]`.
// --classes counts the disagreements by the group they fall in (missed,
// spurious, and why a matched value is wrong: timexErrorClass).
func runEvalTimex(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval timex", "", stderr)
	dir := fs.String("tml", "", "directory of TimeML (.tml) files, searched recursively")
	catDir := fs.String("meantime", "", "directory of NewsReader CAT XML (.xml) files such as MEANTIME's")
	form := fs.String("format", "text", "output format: text or json")
	showErrors := fs.Bool("errors", false, "list every disagreement with the gold annotation")
	classes := fs.Bool("classes", false, "count the disagreements by class (missed, spurious, why a value is wrong)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := format("eval timex", *form, "text", "json"); err != nil {
		return err
	}
	if (*dir == "") == (*catDir == "") {
		return fmt.Errorf("eval timex: one of --tml DIR and --meantime DIR is required: %w", errUsage)
	}
	var docs []timeline.TimeMLDoc
	var sents [][]graph.Span
	var err error
	if *dir != "" {
		docs, err = timeline.ReadTimeMLDir(*dir)
		sents = make([][]graph.Span, len(docs))
	} else {
		docs, sents, err = readCATTimexDir(*catDir)
	}
	if err != nil {
		return fmt.Errorf("eval timex: %w", err)
	}
	if len(docs) == 0 {
		return fmt.Errorf("eval timex: no documents under %s%s", *dir, *catDir)
	}
	var rep timexReport
	var errs []timexErrorReported
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		sys := d.Unskipped(timeline.Timexes(d.Text, sents[i], d.DCT, nil))
		rep.Counts = rep.Counts.Add(timeline.ScoreTimex(d.Timexes, sys))
		if *showErrors || *classes {
			errs = append(errs, timexErrors(d.ID, d.Timexes, sys)...)
		}
	}
	if *showErrors {
		rep.Errors = errs
	}
	if *classes {
		rep.Classes = countTimexClasses(errs)
	}
	rep.Documents = len(docs)
	rep.Strict, rep.Relaxed = rep.Counts.StrictPRF(), rep.Counts.RelaxedPRF()
	rep.Type, rep.Value = rep.Counts.TypePRF(), rep.Counts.ValuePRF()
	rep.TypeAccuracy, rep.ValueAccuracy = rep.Counts.TypeAccuracy(), rep.Counts.ValueAccuracy()
	if *form == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(stdout, "%-8s %-28s gold %-40s system %-40s %s\n", e.Kind, e.Doc, e.Gold, e.System, e.Class)
	}
	for _, c := range rep.Classes {
		fmt.Fprintf(stdout, "%5d %s\n", c.Count, c.Class)
	}
	c := rep.Counts
	fmt.Fprintf(stdout, "documents %d, gold timexes %d, system timexes %d\n", rep.Documents, c.Gold, c.System)
	fmt.Fprintf(stdout, "%-8s %6s %6s %6s\n", "", "P", "R", "F1")
	for _, row := range []struct {
		name string
		s    timeline.PRF
	}{{"strict", rep.Strict}, {"relaxed", rep.Relaxed}, {"type", rep.Type}, {"value", rep.Value}} {
		fmt.Fprintf(stdout, "%-8s %6.2f %6.2f %6.2f\n", row.name, row.s.P, row.s.R, row.s.F1)
	}
	fmt.Fprintf(stdout, "type accuracy %.2f, value accuracy %.2f (over relaxed matches)\n", rep.TypeAccuracy, rep.ValueAccuracy)
	return nil
}

// readCATTimexDir reads the .xml CAT files of dir, sorted by name: each
// one's text and sentences as ingest reads them, and its gold expressions
// placed on that text.
func readCATTimexDir(dir string) ([]timeline.TimeMLDoc, [][]graph.Span, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.xml"))
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(paths)
	docs := make([]timeline.TimeMLDoc, 0, len(paths))
	sents := make([][]graph.Span, 0, len(paths))
	for _, p := range paths {
		arts, err := chronograph.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, nil, err
		}
		d, err := timeline.ReadCATTimexes(f, arts[0].Text)
		f.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, err)
		}
		if d.ID == "" {
			d.ID = strings.TrimSuffix(filepath.Base(p), ".xml")
		}
		docs = append(docs, d)
		sents = append(sents, arts[0].Sentences)
	}
	return docs, sents, nil
}

// timexErrors lists the disagreements of one document, in text order.
func timexErrors(doc string, gold, sys []graph.Timex) []timexErrorReported {
	show := func(x graph.Timex) string { return fmt.Sprintf("%q %s %s", x.Text, x.Type, x.Value) }
	var out []timexErrorReported
	used := make([]bool, len(sys))
	for _, g := range gold {
		best := -1
		for k, x := range sys {
			if !used[k] && x.Start < g.End && x.End > g.Start && (best < 0 || (x.Start == g.Start && x.End == g.End)) {
				best = k
			}
		}
		if best < 0 {
			out = append(out, timexErrorReported{Doc: doc, Kind: "missed", Class: timexErrorClass("missed", g, graph.Timex{}), Gold: show(g)})
			continue
		}
		used[best] = true
		x := sys[best]
		kind := ""
		switch {
		case x.Value != g.Value:
			kind = "value"
		case x.Type != g.Type:
			kind = "type"
		case x.Start != g.Start || x.End != g.End:
			kind = "extent"
		}
		if kind != "" {
			out = append(out, timexErrorReported{Doc: doc, Kind: kind, Class: timexErrorClass(kind, g, x), Gold: show(g), System: show(x)})
		}
	}
	for k, x := range sys {
		if !used[k] {
			out = append(out, timexErrorReported{Doc: doc, Kind: "spurious", Class: timexErrorClass("spurious", graph.Timex{}, x), System: show(x)})
		}
	}
	return out
}
