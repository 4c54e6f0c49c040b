package dgraphstore

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/dgraph-io/dgo/v250/protos/api"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/storetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
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
		t.Errorf("%s differs (-want +got; go test -update rewrites it):\n%s", path, diff)
	}
}

func exportFixture(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteNQuads(storetest.Graph(1), storetest.Documents(), &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteNQuadsGolden(t *testing.T) {
	got := exportFixture(t)
	for range 2 {
		if again := exportFixture(t); !bytes.Equal(got, again) {
			t.Fatal("WriteNQuads gave different bytes for the same input")
		}
	}
	golden(t, "fixture.nq", got)
	golden(t, "schema.dql", []byte(Schema()))
}

func TestWriteNQuadsEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteNQuads(nil, nil, &buf); err != nil {
		t.Fatal(err)
	}
	want := `_:meta <dgraph.type> "Meta" .
_:meta <meta.id> "chronograph" .
_:meta <meta.version> "1"^^<xs:int> .
_:meta <meta.gen> "1"^^<xs:int> .
_:meta <meta.docs> "0"^^<xs:int> .
_:meta <meta.entities> "0"^^<xs:int> .
_:meta <meta.events> "0"^^<xs:int> .
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("WriteNQuads(nil, nil) (-want +got):\n%s", diff)
	}
	if err := WriteNQuads(nil, []*graph.Document{{}}, &buf); err == nil {
		t.Error("WriteNQuads of a document without ID: no error")
	}
}

// TestWriteNQuadsLoads loads the export into the test Dgraph and reads it
// back through a DB: the export is in the layout the store serves.
func TestWriteNQuadsLoads(t *testing.T) {
	ctx := context.Background()
	// Load into an empty database with only the schema, as the live loader
	// would, then open it.
	empty := open(t)
	if err := empty.dg.DropAll(ctx); err != nil {
		t.Fatal(err)
	}
	if err := empty.dg.SetSchema(ctx, Schema()); err != nil {
		t.Fatal(err)
	}
	_, err := empty.dg.NewTxn().Mutate(ctx, &api.Mutation{SetNquads: exportFixture(t), CommitNow: true})
	if err != nil {
		t.Fatal(err)
	}
	db := open(t)
	g, docs := storetest.Graph(1), storetest.Documents()
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := store.Stats{Documents: len(docs), Entities: len(g.Entities), Events: len(g.Events), GraphDocuments: len(docs)}
	if st != want {
		t.Errorf("Stats after loading the export = %+v, want %+v", st, want)
	}
	opts := cmpopts.EquateEmpty()
	for _, d := range docs {
		got, err := db.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d, got, opts); diff != "" {
			t.Errorf("document %s (-want +got):\n%s", d.ID, diff)
		}
	}
	var ents []graph.Entity
	if err := db.Entities(ctx, func(e *graph.Entity) error { ents = append(ents, *e); return nil }); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(g.Entities, ents, opts); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	for _, e := range g.Entities {
		var want, got []string
		for _, ev := range g.Events {
			if ev.HasParticipant(e.ID) {
				want = append(want, ev.ID)
			}
		}
		err := db.Events(ctx, store.EventQuery{Entity: e.ID}, func(ev *graph.Event) error {
			got = append(got, ev.ID)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("events of %s (-want +got):\n%s", e.ID, diff)
		}
	}
}

// FuzzLiteral checks that every string survives N-Quads quoting: the
// literal reads back (with Go's compatible escapes) as the string, on one
// line.
func FuzzLiteral(f *testing.F) {
	for _, s := range []string{"", `a "quoted" \ word`, "line\nbreak\ttab\r", "México \x00 \x7f", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		lit := literal(s)
		if bytes.ContainsAny([]byte(lit), "\n\r") {
			t.Fatalf("literal(%q) = %q spans lines", s, lit)
		}
		back, err := strconv.Unquote(lit)
		if err != nil || back != s {
			t.Fatalf("literal(%q) = %s reads back as %q, %v", s, lit, back, err)
		}
	})
}
