package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
)

func runEntities(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("entities", "", stderr)
	db := dbFlag(fs, "database directory")
	kindFlag := fs.String("kind", "", "only this kind: person, organization, place or other")
	fmtFlag := fs.String("format", "text", "output format: text or json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := format("entities", *fmtFlag, "text", "json"); err != nil {
		return err
	}
	var kind graph.Kind
	if *kindFlag != "" {
		k, ok := graph.ParseKind(*kindFlag)
		if !ok {
			return fmt.Errorf("entities: --kind must be person, organization, place or other, not %q: %w", *kindFlag, errUsage)
		}
		kind = k
	}
	p, err := open(*db, chronograph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer p.Close()
	ents, err := p.Entities(ctx, kind)
	if err != nil {
		return err
	}
	if *fmtFlag == "json" {
		return chronograph.WriteJSON(stdout, chronograph.NewEntitiesJSON(ents))
	}
	if len(ents) == 0 {
		fmt.Fprintln(stdout, "no entities")
		return nil
	}
	for _, e := range ents {
		al := ""
		if len(e.Aliases) > 0 {
			al = "  aka " + strings.Join(e.Aliases, ", ")
		}
		fmt.Fprintf(stdout, "%-13s %4d  %s%s\n", e.Kind, e.Mentions, e.Name, al)
	}
	return nil
}

func runEntity(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("entity", "NAME", stderr)
	db := dbFlag(fs, "database directory")
	fmtFlag := fs.String("format", "text", "output format: text or json")
	ff := addFilterFlags(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := format("entity", *fmtFlag, "text", "json"); err != nil {
		return err
	}
	f, err := ff.filter("entity")
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("entity: give one name (quote names with spaces): %w", errUsage)
	}
	p, err := open(*db, chronograph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer p.Close()
	var e *graph.Entity
	var prof *chronograph.Profile
	if f.IsZero() {
		// One entity: read its events from the store, not the whole graph.
		if e, err = p.FindEntity(ctx, pos[0]); err != nil {
			return err
		}
		if prof, err = p.Profile(ctx, e); err != nil {
			return err
		}
	} else {
		v, err := p.View(ctx, f)
		if err != nil {
			return err
		}
		if e, err = v.Find(pos[0]); err != nil {
			return err
		}
		prof = v.Profile(e)
	}
	if *fmtFlag == "json" {
		return chronograph.WriteJSON(stdout, prof)
	}
	fmt.Fprintf(stdout, "%s (%s, %s)\n", e.Name, e.Kind, e.ID)
	if len(e.Aliases) > 0 {
		fmt.Fprintf(stdout, "aliases:   %s\n", strings.Join(e.Aliases, ", "))
	}
	fmt.Fprintf(stdout, "mentions:  %d in %d documents\n", e.Mentions, len(e.Documents))
	if e.FirstSeen != "" {
		fmt.Fprintf(stdout, "seen:      %s .. %s\n", e.FirstSeen, e.LastSeen)
	}
	fmt.Fprintf(stdout, "\nevents (%d):\n", len(prof.Events))
	writeTimelineText(stdout, prof.Events, false)
	fmt.Fprintf(stdout, "\nrelated (%d):\n", len(prof.Related))
	writeRelated(stdout, prof.Related, false)
	return nil
}

func runRelated(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("related", "NAME", stderr)
	db := dbFlag(fs, "database directory")
	depth := fs.Int("depth", 1, "relation hops to follow")
	limit := fs.Int("limit", graph.DefaultRelatedLimit, "relations listed per hop, strongest first (0: all, which around a hub reads most of the graph)")
	ff := addFilterFlags(fs)
	fmtFlag := fs.String("format", "text", "output format: text or json")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := format("related", *fmtFlag, "text", "json"); err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("related: give one name (quote names with spaces): %w", errUsage)
	}
	if *depth < 1 || *depth > 6 {
		return fmt.Errorf("related: --depth must be between 1 and 6: %w", errUsage)
	}
	f, err := ff.filter("related")
	if err != nil {
		return err
	}
	p, err := open(*db, chronograph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer p.Close()
	var e *graph.Entity
	var rel []chronograph.RelatedEntity
	var truncated bool
	if f.IsZero() {
		if e, err = p.FindEntity(ctx, pos[0]); err != nil {
			return err
		}
		if rel, truncated, err = p.RelatedWithin(ctx, e, *depth, *limit); err != nil {
			return err
		}
	} else {
		v, err := p.View(ctx, f)
		if err != nil {
			return err
		}
		if e, err = v.Find(pos[0]); err != nil {
			return err
		}
		rel, truncated = v.Related(e.ID, *depth, *limit)
	}
	if *fmtFlag == "json" {
		return chronograph.WriteJSON(stdout, struct {
			Entity    *graph.Entity               `json:"entity"`
			Related   []chronograph.RelatedEntity `json:"related"`
			Limit     int                         `json:"limit"`
			Truncated bool                        `json:"truncated"`
		}{e, rel, *limit, truncated})
	}
	fmt.Fprintf(stdout, "%s (%s)\n", e.Name, e.Kind)
	writeRelated(stdout, rel, true)
	if truncated {
		fmt.Fprintf(stdout, "  (only the %d strongest relations per hop are listed; --limit 0 lists all)\n", *limit)
	}
	return nil
}

func writeRelated(w io.Writer, rel []chronograph.RelatedEntity, evidence bool) {
	if len(rel) == 0 {
		fmt.Fprintln(w, "  no relations")
		return
	}
	for _, r := range rel {
		when := r.Relation.First
		if r.Relation.Last != "" && r.Relation.Last != r.Relation.First {
			when += ".." + r.Relation.Last
		}
		if when != "" {
			when = ", " + when
		}
		dir := "—"
		if r.Relation.From == r.Entity.ID {
			dir = "←"
		} else if r.Relation.To == r.Entity.ID {
			dir = "→"
		}
		fmt.Fprintf(w, "  %s %s %s (%s) [%d event(s)%s, depth %d]\n", dir, r.Relation.Kind, r.Entity.Name, r.Entity.Kind, r.Relation.Weight, when, r.Depth)
		if evidence {
			for _, ev := range r.Evidence {
				fmt.Fprintf(w, "      %s %s: %q\n", orUndated(ev.Date), ev.Type, ev.Sentence)
			}
		}
	}
}

func orUndated(s string) string {
	if s == "" {
		return "undated"
	}
	return s
}
