package dgraphstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v250/protos/api"
	"github.com/google/go-cmp/cmp"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/storetest"
)

// mutate commits one mutation in its own transaction.
func mutate(t *testing.T, db *DB, mu *api.Mutation) {
	t.Helper()
	mu.CommitNow = true
	if _, err := db.dg.NewTxn().Mutate(context.Background(), mu); err != nil {
		t.Fatal(err)
	}
}

// uidOf returns the UID of the node whose pred is val in the current graph
// or among documents.
func uidOf(t *testing.T, db *DB, pred, val string) string {
	t.Helper()
	var out struct {
		N []struct {
			UID string `json:"uid"`
		} `json:"n"`
	}
	if err := query(context.Background(), db.dg.NewReadOnlyTxn(), `n(func: eq(`+pred+`, $v)) { uid }`,
		&out, str("v", val)); err != nil {
		t.Fatal(err)
	}
	if len(out.N) != 1 {
		t.Fatalf("%d nodes with %s = %q, want 1", len(out.N), pred, val)
	}
	return out.N[0].UID
}

func check(t *testing.T, db *DB) []string {
	t.Helper()
	problems, err := db.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.Key+": "+p.Message)
	}
	return got
}

func TestCheck(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	if got := check(t, db); len(got) != 0 {
		t.Errorf("Check of an empty database: %q", got)
	}
	for _, d := range storetest.Documents() {
		if err := db.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.ReplaceGraph(ctx, testSnapshot("a"), 3); err != nil {
		t.Fatal(err)
	}
	if got := check(t, db); len(got) != 0 {
		t.Fatalf("Check of a consistent database: %q", got)
	}

	// Break it in ways Check must see, one of each.
	var m metaNode
	if err := func() error { var err error; m, err = db.meta(ctx, db.dg.NewReadOnlyTxn()); return err }(); err != nil {
		t.Fatal(err)
	}
	gen := m.Gen
	// A participant's entity node disappears (its edges dangle).
	mutate(t, db, &api.Mutation{DelNquads: []byte("<" + uidOf(t, db, "ent.id", "per:marco-rubio") + "> * * .")})
	// An event's position is taken twice.
	mutate(t, db, &api.Mutation{SetNquads: []byte(fmt.Sprintf("<%s> <ev.order> \"0\" .", uidOf(t, db, "ev.id", "ev:2a")))})
	// A document record is not JSON.
	mutate(t, db, &api.Mutation{SetNquads: []byte(fmt.Sprintf("<%s> <doc.json> \"{\" .",
		uidOf(t, db, "doc.id", storetest.Documents()[0].ID)))})
	// A staged node of another generation, left behind.
	mutate(t, db, &api.Mutation{SetNquads: []byte(fmt.Sprintf("_:x <dgraph.type> \"Entity\" .\n_:x <ent.id> \"per:x\" .\n_:x <ent.gen> \"%d\" .", gen+1))})

	got := strings.Join(check(t, db), "\n")
	for _, want := range []string{
		"doc/" + storetest.Documents()[0].ID + ": record does not decode",
		"event/ev:3a: participant edge to",
		"event/ev:3a: participant per:marco-rubio is not an entity of the current graph",
		"graph: timeline positions are not 0..4: 1 is missing",
		"graph: 1 nodes of generations other than the current",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Check found:\n%s\nwant a problem containing %q", got, want)
		}
	}
	if !strings.Contains(got, "timeline position 0 is also event") {
		t.Errorf("Check found:\n%s\nwant the shared position", got)
	}

	// The counts the Meta node recorded reveal an incomplete generation.
	mutate(t, db, &api.Mutation{SetNquads: []byte(fmt.Sprintf("<%s> <meta.entities> \"7\" .", m.UID))})
	if got := strings.Join(check(t, db), "\n"); !strings.Contains(got, "graph: generation "+fmt.Sprint(gen)+" has 3 entities, 7 when it became current") {
		t.Errorf("Check found:\n%s\nwant the entity count", got)
	}

	// The next ReplaceGraph repairs the graph (not the document).
	if err := db.ReplaceGraph(ctx, testSnapshot("b"), 3); err != nil {
		t.Fatal(err)
	}
	got = strings.Join(check(t, db), "\n")
	if want := "doc/" + storetest.Documents()[0].ID + ": record does not decode"; !strings.HasPrefix(got, want) || strings.Contains(got, "\n") {
		t.Errorf("Check after a new graph found:\n%s\nwant only %q", got, want)
	}
}

// putDocuments stores n test documents.
func putDocuments(t *testing.T, db *DB, n int) {
	t.Helper()
	for i := range n {
		if err := db.PutDocument(context.Background(), testDocument(i)); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReplaceGraphKeepsGraphFromMoreDocuments(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	putDocuments(t, db, 5)
	if err := db.ReplaceGraph(ctx, testSnapshot("new"), 5); err != nil {
		t.Fatal(err)
	}
	// A consolidation that read the documents earlier finishes later.
	if err := db.ReplaceGraph(ctx, testSnapshot("old"), 4); err != nil {
		t.Fatal(err)
	}
	e, err := db.Event(ctx, "ev:1new")
	if err != nil {
		t.Fatalf("the graph from 5 documents was replaced by one from 4: %v", err)
	}
	if e.Title != "Trump orders tariffs" {
		t.Errorf("Event = %+v", e)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.GraphDocuments != 5 || st.Events != 5 {
		t.Errorf("Stats = %+v, want the graph of 5 documents with 5 events", st)
	}
	if got := countNodes(t, db, "ev.id", "ev:1old"); got != 0 {
		t.Errorf("the discarded graph left %d nodes", got)
	}
	// The same number of documents replaces (re-ingest, same documents).
	if err := db.ReplaceGraph(ctx, testSnapshot("same"), 5); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Event(ctx, "ev:1same"); err != nil {
		t.Errorf("a graph from as many documents did not replace: %v", err)
	}
}

// TestConcurrentReplaceGraph runs ReplaceGraph from several connections at
// once, as several ingest processes do, with graphs built from different
// numbers of documents: the one from the most documents must end current,
// complete, with no other generation left.
func TestConcurrentReplaceGraph(t *testing.T) {
	putDocuments(t, open(t), 23) // after dropping everything
	ctx := context.Background()
	const writers = 4
	dbs := make([]*DB, writers)
	for i := range dbs {
		db, err := Open(ctx, addr(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		dbs[i] = db
	}
	var wg sync.WaitGroup
	for round := range 3 {
		for i, db := range dbs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				docs := 10*round + i
				g := storetest.Synthetic(fmt.Sprintf("w%dr%d", i, round), 40)
				if err := db.ReplaceGraph(ctx, g, docs); err != nil {
					t.Errorf("ReplaceGraph(%d documents): %v", docs, err)
				}
			}()
		}
		wg.Wait()
	}
	db := dbs[0]
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := storetest.Synthetic(fmt.Sprintf("w%dr%d", writers-1, 2), 40)
	if diff := cmp.Diff(store.Stats{Documents: 23, Entities: len(want.Entities), Events: len(want.Events), GraphDocuments: 20 + writers - 1}, st); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
	var got []graph.Event
	if err := db.Events(ctx, store.EventQuery{}, func(e *graph.Event) error { got = append(got, *e); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0].ID != want.Events[0].ID {
		t.Errorf("the current graph is not the one from the most documents")
	}
	if problems := check(t, db); len(problems) != 0 {
		t.Errorf("Check after concurrent replaces: %q", problems)
	}
}

// TestReplaceGraphWaitsForLease checks that a ReplaceGraph waits while
// another process holds the consolidation lease and takes it once it
// expires, and that Check does not report a leaseholder's staged nodes.
func TestReplaceGraphWaitsForLease(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	if err := db.ReplaceGraph(ctx, testSnapshot("a"), 1); err != nil {
		t.Fatal(err)
	}
	m, err := db.meta(ctx, db.dg.NewReadOnlyTxn())
	if err != nil {
		t.Fatal(err)
	}
	// Another process took the lease and is staging a generation.
	hold := 1500 * time.Millisecond
	set, _ := json.Marshal(map[string]any{"uid": m.UID, "meta.lock": "elsewhere", "meta.until": time.Now().Add(hold).UnixMilli()})
	mutate(t, db, &api.Mutation{SetJson: set})
	mutate(t, db, &api.Mutation{SetNquads: []byte(fmt.Sprintf("_:x <dgraph.type> \"Event\" .\n_:x <ev.id> \"ev:staged\" .\n_:x <ev.gen> \"%d\" .", m.Gen+1))})
	if got := check(t, db); len(got) != 0 {
		t.Errorf("Check while another process holds the lease: %q", got)
	}
	start := time.Now()
	if err := db.ReplaceGraph(ctx, testSnapshot("b"), 1); err != nil {
		t.Fatal(err)
	}
	if waited := time.Since(start); waited < hold/2 {
		t.Errorf("ReplaceGraph took %v: it did not wait for the lease", waited)
	}
	if _, err := db.Event(ctx, "ev:1b"); err != nil {
		t.Errorf("the new graph is not current: %v", err)
	}
	if n := countNodes(t, db, "ev.id", "ev:staged"); n != 0 {
		t.Errorf("the expired holder's staged node is still there (%d)", n)
	}
	m, err = db.meta(ctx, db.dg.NewReadOnlyTxn())
	if err != nil {
		t.Fatal(err)
	}
	if m.Lock != "" {
		t.Errorf("lease still held by %q after ReplaceGraph", m.Lock)
	}
	if got := check(t, db); len(got) != 0 {
		t.Errorf("Check after: %q", got)
	}
}
