package dgraphstore

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/storetest"
)

// envAddr names the environment variable holding the address of the Dgraph
// alpha the tests use; .ci/dgraph.sh start prints it.
const envAddr = "CHRONOGRAPH_DGRAPH"

func addr(tb testing.TB) string {
	tb.Helper()
	a := os.Getenv(envAddr)
	if a == "" {
		tb.Skip(envAddr + " is not set: run `eval \"$(.ci/dgraph.sh start)\"` to test against a local Dgraph")
	}
	return a
}

var fresh sync.Map // testing.TB -> true once its database was dropped

// open returns a DB on the test Dgraph, dropping all data the first time a
// test opens one, so every test starts empty and a test that
// reopens sees what it wrote. Tests using it must not run in parallel.
func open(tb testing.TB) *DB {
	tb.Helper()
	a := addr(tb)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	db, err := Open(ctx, a)
	if err != nil {
		tb.Fatalf("Open(%s): %v", a, err)
	}
	tb.Cleanup(func() { db.Close() })
	if _, done := fresh.LoadOrStore(tb, true); !done {
		if err := db.dg.DropAll(ctx); err != nil {
			tb.Fatalf("drop all: %v", err)
		}
		if err := db.init(ctx); err != nil {
			tb.Fatalf("init after drop all: %v", err)
		}
	}
	return db
}

// countNodes counts the nodes having predicate pred with value val.
func countNodes(tb testing.TB, db *DB, pred, val string) int {
	tb.Helper()
	var out struct {
		N []struct {
			Count int `json:"count"`
		} `json:"n"`
	}
	err := query(context.Background(), db.dg.NewReadOnlyTxn(),
		`n(func: eq(`+pred+`, $v)) { count(uid) }`, &out, str("v", val))
	if err != nil {
		tb.Fatal(err)
	}
	if len(out.N) == 0 {
		return 0
	}
	return out.N[0].Count
}

func testDocument(n int) *graph.Document {
	text := fmt.Sprintf("Article %d\n\nClaudia Sheinbaum met Marco Rubio in Mexico City on April 16.", n)
	return &graph.Document{
		ID: graph.DocumentID([]byte(text)), Path: fmt.Sprintf("a/%03d.txt", n), Format: "text",
		Title: fmt.Sprintf("Article %d", n), Published: graph.DayDate(time.Date(2025, 4, 17, 0, 0, 0, 0, time.UTC)),
		DateSource: graph.FromHeader, Text: text,
		Sentences: []graph.Span{{Start: 0, End: 9}, {Start: 11, End: len(text)}},
		Mentions: []graph.Mention{
			{Span: graph.Span{Start: 11, End: 28}, Text: "Claudia Sheinbaum", Kind: graph.Person, Sentence: 1, Entity: 0},
			{Span: graph.Span{Start: 33, End: 44}, Text: "Marco Rubio", Kind: graph.Person, Sentence: 1, Entity: 1},
		},
		Entities: []graph.LocalEntity{
			{Name: "Claudia Sheinbaum", Kind: graph.Person, Mentions: 1},
			{Name: "Marco Rubio", Kind: graph.Person, Mentions: 1},
		},
		Events: []graph.LocalEvent{{Type: graph.Meeting, Lemma: "meet", Trigger: graph.Span{Start: 29, End: 32},
			Sentence: 1, Date: graph.DayDate(time.Date(2025, 4, 16, 0, 0, 0, 0, time.UTC)),
			Participants: []graph.LocalParticipant{{Entity: 0, Role: graph.Agent}, {Entity: 1, Role: graph.Target}},
			Confidence:   0.9, Timex: -1}},
	}
}

func TestPutDocumentIdempotent(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	d := testDocument(1)
	for range 3 {
		if err := db.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if n := countNodes(t, db, "doc.id", d.ID); n != 1 {
		t.Errorf("after 3 puts of one document: %d nodes with its ID, want 1", n)
	}
	// Re-putting a changed document replaces it, and a lost date goes.
	d2 := testDocument(1)
	d2.Title, d2.Published = "Changed", graph.Date{}
	if err := db.PutDocument(ctx, d2); err != nil {
		t.Fatal(err)
	}
	got, err := db.Document(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d2, got); diff != "" {
		t.Errorf("Document after re-put (-want +got):\n%s", diff)
	}
	if n := countNodes(t, db, "doc.id", d.ID); n != 1 {
		t.Errorf("after re-put: %d nodes, want 1", n)
	}
	var dates struct {
		D []map[string]any `json:"d"`
	}
	if err := query(ctx, db.dg.NewReadOnlyTxn(), `d(func: eq(doc.id, $id)) { doc.published doc.title }`,
		&dates, str("id", d.ID)); err != nil {
		t.Fatal(err)
	}
	if len(dates.D) != 1 || dates.D[0]["doc.published"] != nil || dates.D[0]["doc.title"] != "Changed" {
		t.Errorf("indexed fields after re-put = %v, want title Changed and no date", dates.D)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 {
		t.Errorf("Stats.Documents = %d, want 1", st.Documents)
	}
}

func TestConcurrentPutSameDocument(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	d := testDocument(2)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Go(func() { errs <- db.PutDocument(ctx, d) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := countNodes(t, db, "doc.id", d.ID); n != 1 {
		t.Errorf("after 4 concurrent puts: %d nodes, want 1", n)
	}
}

func TestDocumentsOrderAndPaging(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	want := make(map[string]*graph.Document)
	for i := range docPage + 5 {
		d := testDocument(100 + i)
		want[d.ID] = d
		if err := db.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	var ids []string
	err := db.Documents(ctx, func(d *graph.Document) error {
		if diff := cmp.Diff(want[d.ID], d); diff != "" {
			t.Errorf("document %s (-want +got):\n%s", d.ID, diff)
		}
		ids = append(ids, d.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != len(want) {
		t.Fatalf("Documents gave %d, want %d", len(ids), len(want))
	}
	for i := 1; i < len(ids); i++ {
		if ids[i-1] >= ids[i] {
			t.Fatalf("Documents out of ID order at %d: %s then %s", i, ids[i-1], ids[i])
		}
	}
	if _, err := db.Document(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(nope) error = %v, want store.ErrNotFound", err)
	}
	stop := errors.New("stop")
	n := 0
	if err := db.Documents(ctx, func(*graph.Document) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("Documents with a failing callback: err %v after %d calls, want stop after 1", err, n)
	}
}

func testSnapshot(tag string) *graph.Snapshot {
	ents := []graph.Entity{
		{ID: "loc:mexico", Name: "Mexico", Kind: graph.Place, Aliases: []string{"México"}, Mentions: 5},
		{ID: "per:claudia-sheinbaum", Name: "Claudia Sheinbaum", Kind: graph.Person, Aliases: []string{"Sheinbaum"}, Mentions: 3},
		{ID: "per:donald-trump", Name: "Donald Trump", Kind: graph.Person, Aliases: []string{"Trump", "President Trump"}, Mentions: 4},
	}
	p := func(id string, r graph.Role) graph.Participant {
		for _, e := range ents {
			if e.ID == id {
				return graph.Participant{ID: id, Name: e.Name, Kind: e.Kind, Role: r}
			}
		}
		return graph.Participant{ID: id, Role: r}
	}
	day := func(s string) graph.Date { d, _ := graph.ParseDate(s); return d }
	evs := []graph.Event{
		{ID: "ev:1" + tag, Type: graph.Tariff, Lemma: "order", Date: day("2025-02"), Title: "Trump orders tariffs",
			Participants: []graph.Participant{p("per:donald-trump", graph.Agent), p("loc:mexico", graph.Target)}},
		{ID: "ev:2" + tag, Type: graph.Call, Lemma: "speak", Date: day("2025-02-03"), Title: "Trump calls Sheinbaum",
			Participants: []graph.Participant{p("per:donald-trump", graph.Agent), p("per:claudia-sheinbaum", graph.Target)}},
		{ID: "ev:3" + tag, Type: graph.Meeting, Lemma: "meet", Date: graph.Between("2025-04-01", ""), Title: "Rubio meets Sheinbaum",
			Participants: []graph.Participant{p("per:marco-rubio", graph.Agent), p("per:claudia-sheinbaum", graph.Target)}},
		{ID: "ev:4" + tag, Type: graph.Action, Lemma: "Extradite", Date: day("2025-04-20"), Title: "Mexico extradites",
			Participants: []graph.Participant{p("loc:mexico", graph.Agent)}},
		{ID: "ev:5" + tag, Type: graph.Threat, Lemma: "threaten", Title: "Trump threatens",
			Participants: []graph.Participant{p("per:donald-trump", graph.Agent), p("loc:mexico", graph.Target)}},
	}
	for i := range evs {
		evs[i].Order = i
	}
	return &graph.Snapshot{Entities: ents, Events: evs}
}

func TestGraphQueries(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	for round, tag := range []string{"a", "b"} {
		g := testSnapshot(tag)
		if err := db.ReplaceGraph(ctx, g, 3+round); err != nil {
			t.Fatal(err)
		}
		all := make(map[string]*graph.Event)
		for i := range g.Events {
			all[g.Events[i].ID] = &g.Events[i]
		}
		tests := []struct {
			q    store.EventQuery
			want []int
		}{
			{store.EventQuery{}, []int{1, 2, 3, 4, 5}},
			{store.EventQuery{Entity: "per:donald-trump"}, []int{1, 2, 5}},
			{store.EventQuery{Entity: "per:marco-rubio"}, []int{3}},
			{store.EventQuery{Entity: "per:nobody"}, nil},
			{store.EventQuery{Types: []string{"CALL", "extradite"}}, []int{2, 4}},
			{store.EventQuery{Entity: "loc:mexico", Types: []string{"threat", "tariff"}}, []int{1, 5}},
			{store.EventQuery{From: "2025-02-02"}, []int{1, 2, 3, 4}},
			{store.EventQuery{To: "2025-02-02"}, []int{1, 5}},
			{store.EventQuery{From: "2025-02-02", To: "2025-03-31"}, []int{1, 2}},
			{store.EventQuery{Entity: "per:claudia-sheinbaum", From: "2025-04-02"}, []int{3}},
		}
		for _, tt := range tests {
			var want, got []string
			for _, i := range tt.want {
				want = append(want, fmt.Sprintf("ev:%d%s", i, tag))
			}
			for _, e := range g.Events {
				if (&tt.q).Match(&e) != contains(want, e.ID) {
					t.Errorf("test table disagrees with EventQuery.Match for %+v on %s", tt.q, e.ID)
				}
			}
			// Without the client-side check: the server alone must select.
			err := db.events(ctx, tt.q, false, func(e *graph.Event) error {
				if diff := cmp.Diff(all[e.ID], e); diff != "" {
					t.Errorf("event %s (-want +got):\n%s", e.ID, diff)
				}
				got = append(got, e.ID)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("round %d Events(%+v) (-want +got):\n%s", round, tt.q, diff)
			}
		}
		found, err := db.FindEntities(ctx, "TRUMP")
		if err != nil {
			t.Fatal(err)
		}
		if len(found) != 1 || found[0].ID != "per:donald-trump" {
			t.Errorf("FindEntities(TRUMP) = %v, want per:donald-trump", found)
		}
		if found, _ := db.FindEntities(ctx, "méxico"); len(found) != 1 || found[0].ID != "loc:mexico" {
			t.Errorf("FindEntities(méxico) = %v, want loc:mexico", found)
		}
		if _, err := db.Entity(ctx, "per:marco-rubio"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Entity of a participant the graph does not hold: err %v, want ErrNotFound", err)
		}
		var ids []string
		if err := db.Entities(ctx, func(e *graph.Entity) error { ids = append(ids, e.ID); return nil }); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"loc:mexico", "per:claudia-sheinbaum", "per:donald-trump"}, ids); diff != "" {
			t.Errorf("Entities (-want +got):\n%s", diff)
		}
		e, err := db.Event(ctx, "ev:3"+tag)
		if err != nil || e.Title != "Rubio meets Sheinbaum" {
			t.Errorf("Event(ev:3%s) = %v, %v", tag, e, err)
		}
		if round == 1 {
			if _, err := db.Event(ctx, "ev:3a"); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("event of the replaced graph: err %v, want ErrNotFound", err)
			}
			if n := countNodes(t, db, "ent.id", "loc:mexico"); n != 1 {
				t.Errorf("%d nodes for loc:mexico after a second ReplaceGraph, want 1 (old generation deleted)", n)
			}
		}
		st, err := db.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := (store.Stats{Entities: 3, Events: 5, GraphDocuments: 3 + round}); st != want {
			t.Errorf("Stats = %+v, want %+v", st, want)
		}
	}
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// TestLargeGraph reads back more events than one page and more than the
// 1000 nodes Dgraph returns from a sorted query without an explicit first.
func TestLargeGraph(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	const n = 1500
	g := storetest.Synthetic("T", n)
	if err := db.ReplaceGraph(ctx, g, 1); err != nil {
		t.Fatal(err)
	}
	for _, q := range []store.EventQuery{{}, {Entity: "per:T-hub"}} {
		order := 0
		err := db.Events(ctx, q, func(e *graph.Event) error {
			if e.Order != order {
				return fmt.Errorf("event %d has order %d", order, e.Order)
			}
			order++
			return nil
		})
		if err != nil || order != n {
			t.Errorf("Events(%+v): %d events, err %v; want %d in order", q, order, err, n)
		}
	}
	count := 0
	if err := db.Entities(ctx, func(*graph.Entity) error { count++; return nil }); err != nil || count != len(g.Entities) {
		t.Errorf("Entities: %d, err %v; want %d", count, err, len(g.Entities))
	}
}

func TestOpenAddresses(t *testing.T) {
	a := addr(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	db, err := Open(ctx, a+","+a)
	if err != nil {
		t.Fatalf("Open(two addresses): %v", err)
	}
	defer db.Close()
	if _, err := db.HasDocument(ctx, "x"); err != nil {
		t.Errorf("HasDocument through a round-robin client: %v", err)
	}
	for _, s := range []string{"dgraph://" + a, "dgraph://" + a + "," + a, "dgraph://" + a + "?sslmode=disable"} {
		db, err := Open(ctx, s)
		if err != nil {
			t.Errorf("Open(%s): %v", s, err)
			continue
		}
		if _, err := db.HasDocument(ctx, "x"); err != nil {
			t.Errorf("HasDocument through Open(%s): %v", s, err)
		}
		db.Close()
	}
	if _, err := Open(ctx, "dgraph://"+a+"?sslmode=bogus"); err == nil {
		t.Error("Open with a bad connection string: no error")
	}
}
