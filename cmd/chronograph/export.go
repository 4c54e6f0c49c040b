package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
)

func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", "dot|json|"+strings.Join(exportFormats, "|")+"|nquads", stderr)
	db := dbFlag(fs, "database directory")
	entity := fs.String("entity", "", "dot: only this entity's neighbourhood")
	depth := fs.Int("depth", 1, "dot: neighbourhood radius around --entity")
	more := addExportFlags(fs)
	out := fs.String("out", "", "nquads: directory to write graph.nq and schema.dql into, for Dgraph's live and bulk loaders")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 1 && pos[0] == "nquads" {
		return exportNQuads(ctx, *db, *out, stdout)
	}
	if len(pos) == 1 && more.handles(pos[0]) {
		return more.run(ctx, pos[0], *db, *entity, *depth, stdout)
	}
	if len(pos) != 1 || (pos[0] != "dot" && pos[0] != "json") {
		fs.Usage()
		return fmt.Errorf("export: say what to export: dot, json, %s, nquads: %w", strings.Join(exportFormats, ", "), errUsage)
	}
	if *depth < 1 || *depth > 6 {
		return fmt.Errorf("export: --depth must be between 1 and 6: %w", errUsage)
	}
	p, err := open(*db, chronograph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer p.Close()
	snap, err := p.Snapshot(ctx)
	if err != nil {
		return err
	}
	if pos[0] == "json" {
		return chronograph.WriteJSON(stdout, chronograph.NewTimelineJSON(snap.Events))
	}
	opts := graph.DOTOptions{Depth: *depth}
	if *entity != "" {
		e, err := p.FindEntity(ctx, *entity)
		if err != nil {
			return err
		}
		opts.Focus = e.ID
	}
	b, err := graph.EncodeDOT(snap, opts)
	if err != nil {
		return err
	}
	_, err = stdout.Write(b)
	return err
}
