package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/chronograph/chronograph"
)

// exportNQuads writes the database db's documents and graph as RDF N-Quads
// (dir/graph.nq) and its Dgraph schema (dir/schema.dql), for Dgraph's live
// and bulk loaders, creating dir if needed. Each file is written whole under
// a temporary name, then renamed, so a failed export leaves no partial file.
func exportNQuads(ctx context.Context, db, dir string, stdout io.Writer) error {
	if dir == "" {
		return fmt.Errorf("export: nquads needs --out DIR (it writes graph.nq and schema.dql there): %w", errUsage)
	}
	p, err := open(db, chronograph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer p.Close()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	var n chronograph.NQuadsCounts
	err = writeFile(filepath.Join(dir, "graph.nq"), func(w io.Writer) error {
		var err error
		n, err = p.ExportNQuads(ctx, w)
		return err
	})
	if err != nil {
		return err
	}
	err = writeFile(filepath.Join(dir, "schema.dql"), func(w io.Writer) error {
		_, err := io.WriteString(w, chronograph.DgraphSchema())
		return err
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d documents, %d entities and %d events to %s and its schema to %s\n",
		n.Documents, n.Entities, n.Events, filepath.Join(dir, "graph.nq"), filepath.Join(dir, "schema.dql"))
	return nil
}

// writeFile writes path through fn, via a temporary file in the same
// folder renamed over path once complete.
func writeFile(path string, fn func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(f.Name())
	if err := fn(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
