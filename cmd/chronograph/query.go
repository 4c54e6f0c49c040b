package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
)

// openView opens the database read-only and returns the filtered view of its graph.
func openView(ctx context.Context, db string, f graph.Filter) (*chronograph.View, error) {
	p, err := open(db, chronograph.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer p.Close()
	return p.View(ctx, f)
}

func runPath(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("path", "FROM TO", stderr)
	db := dbFlag(fs, "database directory")
	max := fs.Int("max", 3, "most shortest paths to print")
	fmtFlag := fs.String("format", "text", "output format: text or json")
	ff := addFilterFlags(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := format("path", *fmtFlag, "text", "json"); err != nil {
		return err
	}
	if len(pos) != 2 {
		fs.Usage()
		return fmt.Errorf("path: give two entity names (quote names with spaces): %w", errUsage)
	}
	if *max < 1 || *max > 50 {
		return fmt.Errorf("path: --max must be between 1 and 50: %w", errUsage)
	}
	f, err := ff.filter("path")
	if err != nil {
		return err
	}
	v, err := openView(ctx, *db, f)
	if err != nil {
		return err
	}
	a, err := v.Find(pos[0])
	if err != nil {
		return err
	}
	b, err := v.Find(pos[1])
	if err != nil {
		return err
	}
	paths, err := v.Paths(a.ID, b.ID, *max)
	if err != nil {
		return err
	}
	if *fmtFlag == "json" {
		return chronograph.WriteJSON(stdout, struct {
			From  string       `json:"from"`
			To    string       `json:"to"`
			Paths []graph.Path `json:"paths"`
		}{a.ID, b.ID, paths})
	}
	for i, p := range paths {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "path %d (%d hop(s)): %s\n", i+1, len(p.Hops), pathNames(p))
		for j, h := range p.Hops {
			var kinds []string
			for _, r := range h.Relations {
				dir := "—"
				if r.From == h.From {
					dir = "→"
				} else if r.From == h.To {
					dir = "←"
				}
				kinds = append(kinds, dir+" "+r.Kind)
			}
			fmt.Fprintf(stdout, "  %s %s %s\n", p.Entities[j].Name, strings.Join(kinds, ", "), p.Entities[j+1].Name)
			for _, e := range h.Events {
				fmt.Fprintf(stdout, "      %-10s %-12s %s\n", orUndated(e.Date), e.Type, e.Title)
			}
		}
	}
	return nil
}

func pathNames(p graph.Path) string {
	names := make([]string, len(p.Entities))
	for i, e := range p.Entities {
		names[i] = e.Name
	}
	return strings.Join(names, " → ")
}

func runRank(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("rank", "", stderr)
	db := dbFlag(fs, "database directory")
	top := fs.Int("top", 20, "how many entities to print (0: all)")
	betweenness := fs.Bool("betweenness", true, "compute betweenness (slow on thousands of linked entities)")
	fmtFlag := fs.String("format", "text", "output format: text or json")
	ff := addFilterFlags(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := format("rank", *fmtFlag, "text", "json"); err != nil {
		return err
	}
	if *top < 0 {
		return fmt.Errorf("rank: --top must not be negative: %w", errUsage)
	}
	f, err := ff.filter("rank")
	if err != nil {
		return err
	}
	v, err := openView(ctx, *db, f)
	if err != nil {
		return err
	}
	r := v.Rank(graph.RankOptions{SkipBetweenness: !*betweenness})
	if *top > 0 && len(r) > *top {
		r = r[:*top]
	}
	if *fmtFlag == "json" {
		return chronograph.WriteJSON(stdout, struct {
			Entities []graph.Ranked `json:"entities"`
		}{r})
	}
	if len(r) == 0 {
		fmt.Fprintln(stdout, "no entities with events")
		return nil
	}
	fmt.Fprintf(stdout, "%4s  %-9s %-11s %6s %6s  %-12s %s\n", "rank", "pagerank", "betweenness", "degree", "events", "kind", "name")
	for i, x := range r {
		fmt.Fprintf(stdout, "%4d  %-9.6f %-11.3f %6d %6d  %-12s %s\n", i+1, x.PageRank, x.Betweenness, x.Degree, x.Events, x.Kind, x.Name)
	}
	return nil
}

func runCommunities(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("communities", "", stderr)
	db := dbFlag(fs, "database directory")
	res := fs.Float64("resolution", 1, "Louvain resolution: higher gives more, smaller communities")
	seed := fs.Uint64("seed", 1, "random seed (the same seed gives the same communities)")
	fmtFlag := fs.String("format", "text", "output format: text or json")
	ff := addFilterFlags(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := format("communities", *fmtFlag, "text", "json"); err != nil {
		return err
	}
	if *res <= 0 || *res > 100 {
		return fmt.Errorf("communities: --resolution must be in (0, 100]: %w", errUsage)
	}
	f, err := ff.filter("communities")
	if err != nil {
		return err
	}
	v, err := openView(ctx, *db, f)
	if err != nil {
		return err
	}
	c := v.Communities(graph.CommunityOptions{Resolution: *res, Seed: *seed})
	if *fmtFlag == "json" {
		return chronograph.WriteJSON(stdout, c)
	}
	if len(c.Communities) == 0 {
		fmt.Fprintln(stdout, "no linked entities")
		return nil
	}
	fmt.Fprintf(stdout, "%d communities, modularity %.4f\n", len(c.Communities), c.Modularity)
	for _, cm := range c.Communities {
		fmt.Fprintf(stdout, "\n%d. %s (%d members, %d internal events)\n", cm.ID, cm.Label, len(cm.Members), cm.Internal)
		for _, m := range cm.Members {
			fmt.Fprintf(stdout, "   %-12s %3d  %s\n", m.Kind, m.Degree, m.Name)
		}
	}
	return nil
}

func runBetween(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("between", "", stderr)
	db := dbFlag(fs, "database directory")
	fmtFlag := fs.String("format", "text", "output format: text or json")
	ff := addFilterFlags(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := format("between", *fmtFlag, "text", "json"); err != nil {
		return err
	}
	f, err := ff.filter("between")
	if err != nil {
		return err
	}
	v, err := openView(ctx, *db, f)
	if err != nil {
		return err
	}
	acts := v.Acts()
	if *fmtFlag == "json" {
		return chronograph.WriteJSON(stdout, struct {
			Acts []graph.Act `json:"acts"`
		}{acts})
	}
	if len(acts) == 0 {
		fmt.Fprintln(stdout, "no events")
		return nil
	}
	for _, a := range acts {
		who := graph.Names(a.Agents)
		whom := graph.Names(a.Targets)
		line := who + " " + a.Verb
		if who == "" {
			line = a.Verb
		}
		if whom != "" {
			line += " " + whom
		}
		if len(a.Others) > 0 {
			line += " (with " + graph.Names(a.Others) + ")"
		}
		fact := ""
		if a.Factuality != "" {
			fact = " [" + string(a.Factuality) + "]"
		}
		fmt.Fprintf(stdout, "%-10s %s%s — %s\n", orUndated(a.Date), line, fact, a.Title)
	}
	return nil
}
