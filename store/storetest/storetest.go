package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
)

// Run runs the conformance suite against the backend that open creates.
// open is called once per subtest and must return a new, empty store; Run
// closes it when the subtest ends. Every subtest is named after the
// behaviour it checks, so `go test -run 'Conformance/Graph/Events'` selects
// a part.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	t.Helper()
	fresh := func(t *testing.T) store.Store {
		t.Helper()
		s := open(t)
		t.Cleanup(func() {
			if err := s.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
		return s
	}
	t.Run("Fixtures", testFixtures)
	t.Run("Empty", func(t *testing.T) { testEmpty(t, fresh(t)) })
	t.Run("Documents", func(t *testing.T) {
		t.Run("PutAndGet", func(t *testing.T) { testPutAndGet(t, fresh(t)) })
		t.Run("Replace", func(t *testing.T) { testReplaceDocument(t, fresh(t)) })
	})
	t.Run("Graph", func(t *testing.T) {
		t.Run("Entities", func(t *testing.T) { testEntities(t, fresh(t)) })
		t.Run("FindEntities", func(t *testing.T) { testFindEntities(t, fresh(t)) })
		t.Run("Event", func(t *testing.T) { testEvent(t, fresh(t)) })
		t.Run("Events", func(t *testing.T) { testEvents(t, fresh(t)) })
		t.Run("Replace", func(t *testing.T) { testReplaceGraph(t, fresh(t)) })
		t.Run("ReplaceWithEmpty", func(t *testing.T) { testReplaceWithEmpty(t, fresh(t)) })
	})
	t.Run("Stats", func(t *testing.T) { testStats(t, fresh(t)) })
	t.Run("CallbackErrors", func(t *testing.T) { testCallbackErrors(t, fresh(t)) })
	t.Run("Context", func(t *testing.T) {
		t.Run("Cancelled", func(t *testing.T) { testCancelled(t, fresh(t)) })
		t.Run("CancelledDuringIteration", func(t *testing.T) { testCancelDuring(t, fresh(t)) })
	})
	t.Run("ConcurrentReadersDuringReplace", func(t *testing.T) { testConcurrentReaders(t, fresh(t)) })
}

// opts compares stored values with fixtures; a backend need not keep the
// difference between a nil and an empty slice.
var opts = cmp.Options{cmpopts.EquateEmpty()}

func diff(t *testing.T, what string, want, got any) {
	t.Helper()
	if d := cmp.Diff(want, got, opts); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, d)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func putDocuments(t *testing.T, s store.Store, docs []*graph.Document) {
	t.Helper()
	for _, d := range docs {
		must(t, s.PutDocument(context.Background(), d))
	}
}

func replace(t *testing.T, s store.Store, g *graph.Snapshot, docs int) {
	t.Helper()
	if err := s.ReplaceGraph(context.Background(), g, docs); err != nil {
		t.Fatalf("ReplaceGraph: %v", err)
	}
}

func wantNotFound(t *testing.T, what string, err error) {
	t.Helper()
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("%s: got error %v, want store.ErrNotFound", what, err)
	}
}

func allDocuments(t *testing.T, s store.Store) []*graph.Document {
	t.Helper()
	var ds []*graph.Document
	must(t, s.Documents(context.Background(), func(d *graph.Document) error { ds = append(ds, d); return nil }))
	return ds
}

func allEntities(t *testing.T, s store.Store) []graph.Entity {
	t.Helper()
	var es []graph.Entity
	must(t, s.Entities(context.Background(), func(e *graph.Entity) error { es = append(es, *e); return nil }))
	return es
}

func events(t *testing.T, s store.Store, q store.EventQuery) []graph.Event {
	t.Helper()
	var es []graph.Event
	must(t, s.Events(context.Background(), q, func(e *graph.Event) error { es = append(es, *e); return nil }))
	return es
}

// testFixtures guards the fixtures themselves: a wrong fixture would make
// every backend look wrong, or right.
func testFixtures(t *testing.T) {
	for _, v := range []int{1, 2} {
		g := Graph(v)
		for i := 1; i < len(g.Entities); i++ {
			if g.Entities[i-1].ID >= g.Entities[i].ID {
				t.Errorf("Graph(%d): entities not sorted at %d", v, i)
			}
		}
		for i, e := range g.Events {
			if e.Order != i {
				t.Errorf("Graph(%d): event %d has order %d", v, i, e.Order)
			}
			if i > 0 && g.Events[i-1].Date.SortKey() > e.Date.SortKey() {
				t.Errorf("Graph(%d): event %d out of timeline order", v, i)
			}
		}
	}
	for _, d := range Documents() {
		for _, m := range d.Mentions {
			if d.Text[m.Start:m.End] != m.Text {
				t.Errorf("document %s: mention %q at %d:%d reads %q", d.ID, m.Text, m.Start, m.End, d.Text[m.Start:m.End])
			}
		}
	}
}

func testEmpty(t *testing.T, s store.Store) {
	ctx := context.Background()
	st, err := s.Stats(ctx)
	must(t, err)
	diff(t, "Stats", store.Stats{}, st)
	ok, err := s.HasDocument(ctx, "missing")
	must(t, err)
	if ok {
		t.Error("HasDocument(missing) = true on an empty store")
	}
	_, err = s.Document(ctx, "missing")
	wantNotFound(t, "Document", err)
	_, err = s.Entity(ctx, Trump)
	wantNotFound(t, "Entity", err)
	_, err = s.Event(ctx, "ev:0000000000000000")
	wantNotFound(t, "Event", err)
	if ds := allDocuments(t, s); len(ds) != 0 {
		t.Errorf("Documents returned %d documents", len(ds))
	}
	if es := allEntities(t, s); len(es) != 0 {
		t.Errorf("Entities returned %d entities", len(es))
	}
	if es := events(t, s, store.EventQuery{}); len(es) != 0 {
		t.Errorf("Events returned %d events", len(es))
	}
	if es := events(t, s, store.EventQuery{Entity: Trump}); len(es) != 0 {
		t.Errorf("Events(entity) returned %d events", len(es))
	}
	found, err := s.FindEntities(ctx, "Trump")
	must(t, err)
	if len(found) != 0 {
		t.Errorf("FindEntities returned %d entities", len(found))
	}
}

func testPutAndGet(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := Documents()
	putDocuments(t, s, docs)
	for _, d := range docs {
		ok, err := s.HasDocument(ctx, d.ID)
		must(t, err)
		if !ok {
			t.Errorf("HasDocument(%s) = false after PutDocument", d.ID)
		}
		got, err := s.Document(ctx, d.ID)
		must(t, err)
		diff(t, "Document "+d.ID, d, got)
	}
	want := slices.Clone(docs)
	slices.SortFunc(want, func(a, b *graph.Document) int { return strings.Compare(a.ID, b.ID) })
	diff(t, "Documents (in ID order)", want, allDocuments(t, s))
	// Values handed out are the caller's: changing one changes nothing stored.
	got, err := s.Document(ctx, docs[0].ID)
	must(t, err)
	got.Title = "changed by the caller"
	again, err := s.Document(ctx, docs[0].ID)
	must(t, err)
	diff(t, "Document after the caller changed a copy", docs[0], again)
}

func testReplaceDocument(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := Documents()
	putDocuments(t, s, docs)
	d := Documents()[1]
	d.Title = "Sheinbaum rejects U.S. military action (updated)"
	d.Mentions = d.Mentions[:1]
	d.Events = nil
	must(t, s.PutDocument(ctx, d))
	got, err := s.Document(ctx, d.ID)
	must(t, err)
	diff(t, "replaced Document", d, got)
	st, err := s.Stats(ctx)
	must(t, err)
	if st.Documents != len(docs) {
		t.Errorf("Stats.Documents = %d after replacing a document, want %d", st.Documents, len(docs))
	}
	if n := len(allDocuments(t, s)); n != len(docs) {
		t.Errorf("Documents returned %d documents, want %d", n, len(docs))
	}
}

func testEntities(t *testing.T, s store.Store) {
	ctx := context.Background()
	g := Graph(1)
	replace(t, s, g, 3)
	diff(t, "Entities (in ID order)", g.Entities, allEntities(t, s))
	for _, want := range g.Entities {
		got, err := s.Entity(ctx, want.ID)
		must(t, err)
		diff(t, "Entity "+want.ID, &want, got)
	}
	_, err := s.Entity(ctx, Johnson)
	wantNotFound(t, "Entity(not in graph)", err)
	_, err = s.Entity(ctx, "")
	wantNotFound(t, "Entity(\"\")", err)
}

func testFindEntities(t *testing.T, s store.Store) {
	replace(t, s, Graph(1), 3)
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Donald Trump", []string{Trump}},
		{"trump", []string{Trump}},
		{"PRESIDENT TRUMP", []string{Trump}},
		{"Sheinbaum", []string{Sheinbaum}},
		{"Washington", []string{UnitedStates, WashingtonDC}}, // an alias two entities share, sorted by ID
		{"washington, d.c.", []string{WashingtonDC}},
		{"México", []string{Mexico}},
		{"MÉXICO", []string{Mexico}},
		{"Mexico", []string{Mexico}},
		{"u.s.", []string{UnitedStates}},
		{"Cártel de Sinaloa", []string{Sinaloa}},
		{"Trump ", nil}, // no trimming: names are compared whole
		{"Tru", nil},    // no prefix matching
		{"Ronald Johnson", nil},
		{"", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.FindEntities(context.Background(), c.name)
			must(t, err)
			var ids []string
			for _, e := range got {
				ids = append(ids, e.ID)
			}
			diff(t, fmt.Sprintf("FindEntities(%q) IDs", c.name), c.want, ids)
			for _, e := range got {
				if e.Name == "" || len(e.Aliases) == 0 {
					t.Errorf("FindEntities(%q) returned an incomplete entity %+v", c.name, e)
				}
			}
		})
	}
}

func testEvent(t *testing.T, s store.Store) {
	ctx := context.Background()
	g := Graph(1)
	replace(t, s, g, 3)
	for _, want := range g.Events {
		got, err := s.Event(ctx, want.ID)
		must(t, err)
		diff(t, "Event "+want.ID, &want, got)
	}
	_, err := s.Event(ctx, Graph(2).Events[0].ID)
	wantNotFound(t, "Event(not in graph)", err)
}

// positions returns the Order of each event.
func positions(es []graph.Event) []int {
	var ps []int
	for _, e := range es {
		ps = append(ps, e.Order)
	}
	return ps
}

func testEvents(t *testing.T, s store.Store) {
	g := Graph(1)
	replace(t, s, g, 3)
	diff(t, "Events (all, in timeline order)", g.Events, events(t, s, store.EventQuery{}))
	for _, c := range []struct {
		name string
		q    store.EventQuery
		want []int
	}{
		{"All", store.EventQuery{}, []int{0, 1, 2, 3, 4, 5, 6, 7}},
		{"Entity/Trump", store.EventQuery{Entity: Trump}, []int{2, 3, 7}},
		{"Entity/Mexico", store.EventQuery{Entity: Mexico}, []int{0, 2, 6, 7}},
		{"Entity/Sheinbaum", store.EventQuery{Entity: Sheinbaum}, []int{3, 4, 5}},
		{"Entity/Unknown", store.EventQuery{Entity: "per:nobody"}, nil},
		{"Entity/NameIsNotID", store.EventQuery{Entity: "Donald Trump"}, nil},
		{"Types/TwoTypesAnyCase", store.EventQuery{Types: []string{"tariff", "CALL"}}, []int{2, 3}},
		{"Types/Lemma", store.EventQuery{Types: []string{"Say"}}, []int{4}},
		{"Types/None", store.EventQuery{Types: []string{graph.Nomination}}, nil},
		{"Dates/Month", store.EventQuery{From: "2025-02-01", To: "2025-02-28"}, []int{0, 1, 2, 3}},
		{"Dates/OneDay", store.EventQuery{From: "2025-02-02", To: "2025-02-02"}, []int{0, 1}},
		{"Dates/OneDayExact", store.EventQuery{From: "2025-02-03", To: "2025-02-03"}, []int{0, 1, 3}},
		{"Dates/InsideTheYear", store.EventQuery{From: "2025-06-01", To: "2025-06-30"}, []int{0, 6}},
		{"Dates/FromOnly", store.EventQuery{From: "2025-04-17"}, []int{0, 6}},
		{"Dates/FromNextYear", store.EventQuery{From: "2026-01-01"}, []int{6}},
		{"Dates/ToOnlyKeepsUnknown", store.EventQuery{To: "2025-01-31"}, []int{0, 7}},
		{"Dates/Before", store.EventQuery{From: "2024-01-01", To: "2024-12-31"}, nil},
		{"Combined/EntityAndFrom", store.EventQuery{Entity: Sheinbaum, From: "2025-03-01"}, []int{4, 5}},
		{"Combined/EntityTypesTo", store.EventQuery{Entity: Mexico, Types: []string{graph.Extradition, graph.Threat},
			To: "2025-05-01"}, []int{6, 7}},
		{"Combined/NoMatch", store.EventQuery{Entity: Rubio, Types: []string{graph.Call}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := events(t, s, c.q)
			diff(t, "event positions", c.want, positions(got))
			// The backend agrees with EventQuery.Match, the contract's definition.
			var want []int
			for i := range g.Events {
				if c.q.Match(&g.Events[i]) {
					want = append(want, i)
				}
			}
			diff(t, "event positions against EventQuery.Match", want, positions(got))
			for _, e := range got {
				diff(t, "event "+e.ID, g.Events[e.Order], e)
			}
		})
	}
}

func testReplaceGraph(t *testing.T, s store.Store) {
	ctx := context.Background()
	old, g := Graph(1), Graph(2)
	replace(t, s, old, 3)
	replace(t, s, g, 4)
	diff(t, "Entities", g.Entities, allEntities(t, s))
	diff(t, "Events", g.Events, events(t, s, store.EventQuery{}))
	_, err := s.Entity(ctx, Rubio)
	wantNotFound(t, "Entity(dropped)", err)
	for _, e := range old.Events {
		_, err := s.Event(ctx, e.ID)
		wantNotFound(t, "Event(old "+e.Title+")", err)
	}
	for _, name := range []string{"Rubio", "México", "Washington, D.C."} {
		found, err := s.FindEntities(ctx, name)
		must(t, err)
		if len(found) != 0 {
			t.Errorf("FindEntities(%q) after replacement found %d entities from the old graph", name, len(found))
		}
	}
	for name, id := range map[string]string{"ambassador johnson": Johnson, "Washington": UnitedStates} {
		found, err := s.FindEntities(ctx, name)
		must(t, err)
		if len(found) != 1 || found[0].ID != id {
			t.Errorf("FindEntities(%q) = %v, want [%s]", name, found, id)
		}
	}
	diff(t, "Events(Rubio)", []int(nil), positions(events(t, s, store.EventQuery{Entity: Rubio})))
	diff(t, "Events(Trump)", []int{0, 1}, positions(events(t, s, store.EventQuery{Entity: Trump})))
	diff(t, "Events(Sheinbaum)", []int{3, 4}, positions(events(t, s, store.EventQuery{Entity: Sheinbaum})))
	st, err := s.Stats(ctx)
	must(t, err)
	diff(t, "Stats", store.Stats{Entities: len(g.Entities), Events: len(g.Events), GraphDocuments: 4}, st)
	// And back: generations must not collide with leftovers of earlier ones.
	replace(t, s, Graph(1), 3)
	diff(t, "Entities after replacing back", old.Entities, allEntities(t, s))
	diff(t, "Events after replacing back", old.Events, events(t, s, store.EventQuery{}))
}

func testReplaceWithEmpty(t *testing.T, s store.Store) {
	ctx := context.Background()
	replace(t, s, Graph(1), 3)
	replace(t, s, &graph.Snapshot{}, 3)
	if es := allEntities(t, s); len(es) != 0 {
		t.Errorf("Entities returned %d entities of a replaced graph", len(es))
	}
	if es := events(t, s, store.EventQuery{Entity: Trump}); len(es) != 0 {
		t.Errorf("Events returned %d events of a replaced graph", len(es))
	}
	st, err := s.Stats(ctx)
	must(t, err)
	diff(t, "Stats", store.Stats{GraphDocuments: 3}, st)
}

func testStats(t *testing.T, s store.Store) {
	ctx := context.Background()
	putDocuments(t, s, Documents())
	st, err := s.Stats(ctx)
	must(t, err)
	diff(t, "Stats before a graph", store.Stats{Documents: 3}, st)
	g := Graph(1)
	replace(t, s, g, 2)
	st, err = s.Stats(ctx)
	must(t, err)
	diff(t, "Stats", store.Stats{Documents: 3, Entities: len(g.Entities), Events: len(g.Events), GraphDocuments: 2}, st)
}

var errStop = errors.New("storetest: stop")

func testCallbackErrors(t *testing.T, s store.Store) {
	ctx := context.Background()
	putDocuments(t, s, Documents())
	replace(t, s, Graph(1), 3)
	for _, c := range []struct {
		name string
		iter func(stop func() error) error
	}{
		{"Documents", func(stop func() error) error {
			return s.Documents(ctx, func(*graph.Document) error { return stop() })
		}},
		{"Entities", func(stop func() error) error {
			return s.Entities(ctx, func(*graph.Entity) error { return stop() })
		}},
		{"Events", func(stop func() error) error {
			return s.Events(ctx, store.EventQuery{}, func(*graph.Event) error { return stop() })
		}},
		{"EventsByEntity", func(stop func() error) error {
			return s.Events(ctx, store.EventQuery{Entity: Mexico}, func(*graph.Event) error { return stop() })
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			calls := 0
			err := c.iter(func() error {
				calls++
				if calls == 2 {
					return fmt.Errorf("wrapped: %w", errStop)
				}
				return nil
			})
			if !errors.Is(err, errStop) {
				t.Errorf("got error %v, want the callback's", err)
			}
			if calls != 2 {
				t.Errorf("callback called %d times, want 2 (iteration must stop at the error)", calls)
			}
		})
	}
}

func testCancelled(t *testing.T, s store.Store) {
	putDocuments(t, s, Documents())
	replace(t, s, Graph(1), 3)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := Documents()[0]
	d.ID = "new-document"
	nop := func(any) error { return nil }
	for _, c := range []struct {
		name string
		call func() error
	}{
		{"HasDocument", func() error { _, err := s.HasDocument(ctx, d.ID); return err }},
		{"PutDocument", func() error { return s.PutDocument(ctx, d) }},
		{"Document", func() error { _, err := s.Document(ctx, Documents()[0].ID); return err }},
		{"Documents", func() error { return s.Documents(ctx, func(d *graph.Document) error { return nop(d) }) }},
		{"ReplaceGraph", func() error { return s.ReplaceGraph(ctx, Graph(2), 3) }},
		{"Entity", func() error { _, err := s.Entity(ctx, Trump); return err }},
		{"Entities", func() error { return s.Entities(ctx, func(e *graph.Entity) error { return nop(e) }) }},
		{"FindEntities", func() error { _, err := s.FindEntities(ctx, "Trump"); return err }},
		{"Event", func() error { _, err := s.Event(ctx, Graph(1).Events[0].ID); return err }},
		{"Events", func() error {
			return s.Events(ctx, store.EventQuery{}, func(e *graph.Event) error { return nop(e) })
		}},
		{"Stats", func() error { _, err := s.Stats(ctx); return err }},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := c.call(); !errors.Is(err, context.Canceled) {
				t.Errorf("got error %v, want context.Canceled", err)
			}
		})
	}
	// Nothing was written with the cancelled context.
	bg := context.Background()
	ok, err := s.HasDocument(bg, d.ID)
	must(t, err)
	if ok {
		t.Error("PutDocument with a cancelled context stored the document")
	}
	diff(t, "Events after a cancelled ReplaceGraph", Graph(1).Events, events(t, s, store.EventQuery{}))
}

func testCancelDuring(t *testing.T, s store.Store) {
	putDocuments(t, s, Documents())
	replace(t, s, Graph(1), 3)
	for _, c := range []struct {
		name string
		iter func(ctx context.Context, fn func() error) error
	}{
		{"Documents", func(ctx context.Context, fn func() error) error {
			return s.Documents(ctx, func(*graph.Document) error { return fn() })
		}},
		{"Entities", func(ctx context.Context, fn func() error) error {
			return s.Entities(ctx, func(*graph.Entity) error { return fn() })
		}},
		{"Events", func(ctx context.Context, fn func() error) error {
			return s.Events(ctx, store.EventQuery{}, func(*graph.Event) error { return fn() })
		}},
		{"EventsByEntity", func(ctx context.Context, fn func() error) error {
			return s.Events(ctx, store.EventQuery{Entity: Mexico}, func(*graph.Event) error { return fn() })
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			calls := 0
			err := c.iter(ctx, func() error { calls++; cancel(); return nil })
			if !errors.Is(err, context.Canceled) {
				t.Errorf("got error %v, want context.Canceled", err)
			}
			if calls != 1 {
				t.Errorf("callback called %d times after cancellation, want 1", calls)
			}
		})
	}
}

// testConcurrentReaders replaces the graph back and forth between two
// generated graphs while readers check that each read sees one of them
// whole: every entity and event of a single graph, none of the other.
func testConcurrentReaders(t *testing.T, s store.Store) {
	const rounds, readers = 6, 2
	graphs := map[string]*graph.Snapshot{"A": Synthetic("A", 300), "B": Synthetic("B", 120)}
	replace(t, s, graphs["A"], 1)
	ctx := context.Background()
	done := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, readers)
	for r := range readers {
		wg.Go(func() {
			for n := 0; ; n++ {
				select {
				case <-done:
					if n > 0 {
						return
					}
				default:
				}
				if err := readOneGraph(ctx, s, graphs, r+n); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	for i := range rounds {
		tag := "B"
		if i%2 == 1 {
			tag = "A"
		}
		if err := s.ReplaceGraph(ctx, graphs[tag], 1); err != nil {
			t.Errorf("ReplaceGraph round %d: %v", i, err)
			break
		}
	}
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// readOneGraph reads the whole graph one way (by n) and checks it is one of
// graphs, unmixed.
func readOneGraph(ctx context.Context, s store.Store, graphs map[string]*graph.Snapshot, n int) error {
	tags := map[string]int{}
	count := 0
	tagOf := func(name string) string { tag, _, _ := strings.Cut(name, " "); return tag }
	var err error
	switch n % 3 {
	case 0:
		err = s.Events(ctx, store.EventQuery{}, func(e *graph.Event) error {
			if e.Order != count {
				return fmt.Errorf("event %s at position %d has order %d", e.ID, count, e.Order)
			}
			tags[tagOf(e.Title)]++
			count++
			return nil
		})
	case 1:
		err = s.Entities(ctx, func(e *graph.Entity) error { tags[tagOf(e.Name)]++; count++; return nil })
	case 2:
		var st store.Stats
		st, err = s.Stats(ctx)
		for tag, g := range graphs {
			if st.Entities == len(g.Entities) && st.Events == len(g.Events) {
				tags[tag] = 1
			}
		}
		if len(tags) == 0 {
			return fmt.Errorf("stats %+v match neither graph", st)
		}
		return err
	}
	if err != nil {
		return err
	}
	if len(tags) != 1 {
		return fmt.Errorf("read %d items mixing graphs: %v", count, tags)
	}
	for tag := range tags {
		g := graphs[tag]
		if want := map[bool]int{true: len(g.Events), false: len(g.Entities)}[n%3 == 0]; count != want {
			return fmt.Errorf("read %d items of graph %s, want %d", count, tag, want)
		}
	}
	return nil
}
