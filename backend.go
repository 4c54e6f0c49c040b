package chronograph

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/dgraphstore"
)

// ConnectTimeout bounds how long Open waits for a database server named by
// an address to answer.
const ConnectTimeout = 30 * time.Second

// IsAddress reports whether db names a database server ("dgraph://host:port")
// rather than a Badger directory: it has a scheme.
func IsAddress(db string) bool { return strings.Contains(db, "://") }

// openAddress opens a Pipeline on the database server at addr. The only
// scheme is dgraph: "dgraph://host:port", a comma-separated list of alphas
// ("dgraph://alpha1:9080,alpha2:9080") or a dgo connection string with
// credentials and TLS options; see dgraphstore.Open.
func openAddress(addr string, opts Options) (*Pipeline, error) {
	scheme, _, _ := strings.Cut(addr, "://")
	if scheme != "dgraph" {
		return nil, fmt.Errorf("chronograph: unsupported store address %q (want dgraph://host:port or a directory)", addr)
	}
	ctx, cancel := context.WithTimeout(context.Background(), ConnectTimeout)
	defer cancel()
	st, err := dgraphstore.Open(ctx, addr)
	if err != nil {
		return nil, fmt.Errorf("chronograph: open %s: %w", addr, err)
	}
	return New(st, opts), nil
}

// DgraphSchema returns the DQL schema of a Chronograph database in Dgraph:
// what `dgraph live --schema` and `dgraph bulk --schema` take with the
// N-Quads ExportNQuads writes.
func DgraphSchema() string { return dgraphstore.Schema() }

// NQuadsCounts says what ExportNQuads wrote.
type NQuadsCounts struct {
	Documents, Entities, Events int
}

// ExportNQuads writes every stored document and the consolidated graph to w
// as RDF N-Quads in the layout of Chronograph's Dgraph store, for Dgraph's
// live and bulk loaders (with DgraphSchema as their schema): loaded into an
// empty Dgraph, it gives a database that `--store dgraph://...` serves with
// the same answers as this pipeline's store. It reads the whole database
// into memory. The same database gives the same bytes.
func (p *Pipeline) ExportNQuads(ctx context.Context, w io.Writer) (NQuadsCounts, error) {
	var docs []*graph.Document
	if err := p.st.Documents(ctx, func(d *graph.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		return NQuadsCounts{}, err
	}
	g := &graph.Snapshot{}
	if err := p.st.Entities(ctx, func(e *graph.Entity) error {
		g.Entities = append(g.Entities, *e)
		return nil
	}); err != nil {
		return NQuadsCounts{}, err
	}
	if err := p.st.Events(ctx, store.EventQuery{}, func(e *graph.Event) error {
		g.Events = append(g.Events, *e)
		return nil
	}); err != nil {
		return NQuadsCounts{}, err
	}
	n := NQuadsCounts{Documents: len(docs), Entities: len(g.Entities), Events: len(g.Events)}
	if err := dgraphstore.WriteNQuads(g, docs, w); err != nil {
		return n, fmt.Errorf("chronograph: %w", err)
	}
	return n, nil
}
