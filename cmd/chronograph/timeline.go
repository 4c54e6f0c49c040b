package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
)

func runTimeline(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("timeline", "", stderr)
	db := dbFlag(fs, "database directory")
	entity := fs.String("entity", "", "only events this entity (name, alias or ID) takes part in")
	ff := addFilterFlags(fs)
	fmtFlag := fs.String("format", "text", "output format: text, json or semeval (SemEval-2015 Task 4 timeline; needs --entity)")
	evidence := fs.Bool("evidence", false, "text format: print each source's sentence")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := format("timeline", *fmtFlag, "text", "json", "semeval"); err != nil {
		return err
	}
	if *fmtFlag == "semeval" && *entity == "" {
		return fmt.Errorf("timeline: --format semeval needs --entity NAME: %w", errUsage)
	}
	f, err := ff.filter("timeline")
	if err != nil {
		return err
	}
	q := store.EventQuery{Types: f.Types, From: f.From, To: f.To}
	p, err := open(*db, chronograph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer p.Close()
	if *fmtFlag == "semeval" {
		return writeSemEvalTimeline(ctx, p, *entity, q, stdout)
	}
	if *entity != "" {
		e, err := p.FindEntity(ctx, *entity)
		if err != nil {
			return err
		}
		q.Entity = e.ID
	}
	events, err := p.Timeline(ctx, q)
	if err == nil && (len(f.Kinds) > 0 || f.AsOf != "") {
		events = graph.Filter{Kinds: f.Kinds, AsOf: f.AsOf}.Apply(&graph.Snapshot{Events: events}).Events
	}
	if err != nil {
		return err
	}
	if *fmtFlag == "json" {
		return chronograph.WriteJSON(stdout, chronograph.NewTimelineJSON(events))
	}
	writeTimelineText(stdout, events, *evidence)
	return nil
}

// knownType accepts the taxonomy's types; any other word is taken as a lemma
// of a generic action only if it is lower-case letters.
func knownType(t string) bool {
	for _, k := range graph.EventTypes {
		if strings.EqualFold(k, t) {
			return true
		}
	}
	for _, r := range t {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return t != ""
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, strings.ToLower(f))
		}
	}
	return out
}

// dayBound turns a date at any precision into the first (or, for an upper
// bound, last) day it covers.
func dayBound(s string, upper bool) (string, error) {
	if s == "" {
		return "", nil
	}
	d, err := graph.ParseDate(s)
	if err != nil {
		return "", err
	}
	if upper {
		return d.Latest, nil
	}
	return d.Earliest, nil
}

func dateColumn(d graph.Date) string {
	switch {
	case d.Known():
		return d.Value
	case d.Earliest != "" && d.Latest != "":
		return d.Earliest + ".." + d.Latest
	case d.Latest != "":
		return "before " + d.Latest
	case d.Earliest != "":
		return "after " + d.Earliest
	}
	return "undated"
}

func writeTimelineText(w io.Writer, events []graph.Event, evidence bool) {
	if len(events) == 0 {
		fmt.Fprintln(w, "no events")
		return
	}
	for _, e := range events {
		src := "1 source"
		if n := len(e.Sources); n != 1 {
			src = fmt.Sprintf("%d sources", n)
		}
		fact := ""
		if e.Factuality != "" {
			fact = " [" + string(e.Factuality) + "]"
		}
		fmt.Fprintf(w, "%-22s %-12s %s%s (%s)\n", dateColumn(e.Date), e.Type, e.Title, fact, src)
		for _, c := range e.Conflicts {
			fmt.Fprintf(w, "%-22s %-12s ! conflict: %d source(s) date it %s\n", "", "", len(c.Sources), c.Date)
		}
		if evidence {
			for _, s := range e.Sources {
				fmt.Fprintf(w, "%-22s %-12s   %q (%s)\n", "", "", s.Sentence, shortDoc(s))
			}
		}
	}
}

func shortDoc(s graph.Source) string {
	if s.Title != "" {
		t := s.Title
		if len(t) > 50 {
			t = strings.ToValidUTF8(t[:50], "") + "…"
		}
		return t
	}
	return s.Document
}
