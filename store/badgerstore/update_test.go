package badgerstore

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/storetest"
)

func TestRanksBetween(t *testing.T) {
	for _, c := range []struct {
		before, after string
		n             int
	}{
		{"", "", 1}, {"", "", 5}, {"", "0000001024", 3}, {"0000001024", "", 2},
		{"0000001024", "0000002048", 1}, {"0000001024", "0000001025", 1}, {"0000001024", "0000001025", 40},
		{"00000010245", "0000001025", 3}, {"0000001024", "00000010240001", 2}, {"9999999999", "", 4},
		{"", "0000000000001", 2},
	} {
		got := ranksBetween(c.before, c.after, c.n)
		if len(got) != c.n {
			t.Errorf("ranksBetween(%q, %q, %d) = %q: want %d ranks", c.before, c.after, c.n, got, c.n)
			continue
		}
		prev := c.before
		for i, r := range got {
			if r <= prev || (c.after != "" && r >= c.after) || strings.Trim(r, "0123456789") != "" {
				t.Errorf("ranksBetween(%q, %q, %d) = %q: rank %d out of order", c.before, c.after, c.n, got, i)
			}
			prev = r
		}
	}
}

func TestLongestIncreasing(t *testing.T) {
	for _, c := range []struct {
		seq  []int
		want []bool
	}{
		{nil, []bool{}},
		{[]int{-1, -1}, []bool{false, false}},
		{[]int{0, 1, 2}, []bool{true, true, true}},
		{[]int{2, 0, 1}, []bool{false, true, true}},
		{[]int{0, -1, 3, 1, 2}, []bool{true, false, false, true, true}},
		{[]int{1, 0}, []bool{false, true}},
	} {
		if got := longestIncreasing(c.seq); !slices.Equal(got, c.want) {
			t.Errorf("longestIncreasing(%v) = %v, want %v", c.seq, got, c.want)
		}
	}
}

// model is what the store should hold after a sequence of updates: the
// runs of events by sort key, each in the order it was put.
type model struct {
	runs     map[string][]graph.Event
	entities []graph.Entity
}

func (m *model) timeline() []graph.Event {
	var out []graph.Event
	for _, sk := range sortedKeys(m.runs) {
		for _, e := range m.runs[sk] {
			e.Order = len(out)
			out = append(out, e)
		}
	}
	return out
}

// TestUpdateGraphRandom applies random changes to the fixture graph's
// events through UpdateGraph (new events, events removed, changed, moved
// to another day or within their day, runs shuffled) and after each
// compares every read with a model, and runs Check.
func TestUpdateGraphRandom(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	defer db.Close()
	fill(t, db)
	g := storetest.Graph(1)
	m := &model{runs: map[string][]graph.Event{}, entities: g.Entities}
	for _, e := range g.Events {
		e.Order = 0
		m.runs[e.Date.SortKey()] = append(m.runs[e.Date.SortKey()], e)
	}
	dates := []graph.Date{graph.YearDate(2025), graph.MonthDate(2025, 2), day("2025-02-01"), day("2025-02-03"),
		day("2025-03-06"), day("2025-07-09"), graph.Between("2025-04-20", ""), {}}
	rng := rand.New(rand.NewPCG(7, 11))
	ids := 0
	randomEvent := func() graph.Event {
		ids++
		ents := m.entities
		return graph.Event{ID: fmt.Sprintf("ev:new%03d", ids), Type: graph.Statement, Title: fmt.Sprintf("new %d", ids),
			Date: dates[rng.IntN(len(dates))], Participants: []graph.Participant{
				{ID: ents[rng.IntN(len(ents))].ID, Role: graph.Agent}}}
	}
	insert := func(sk string, e graph.Event) {
		r := m.runs[sk]
		i := rng.IntN(len(r) + 1)
		m.runs[sk] = slices.Insert(r, i, e)
	}
	for step := range 60 {
		touched := map[string]bool{}
		var removedFirst bool
		err := db.UpdateGraph(ctx, func(tx store.GraphTx) error {
			all := m.timeline()
			switch op := rng.IntN(6); {
			case op == 0 || len(all) < 3:
				for range 1 + rng.IntN(4) {
					e := randomEvent()
					insert(e.Date.SortKey(), e)
					touched[e.Date.SortKey()] = true
				}
			case op == 1:
				e := all[rng.IntN(len(all))]
				sk := e.Date.SortKey()
				m.runs[sk] = slices.DeleteFunc(m.runs[sk], func(o graph.Event) bool { return o.ID == e.ID })
				touched[sk] = true
			case op == 2:
				e := all[rng.IntN(len(all))]
				sk := e.Date.SortKey()
				i := slices.IndexFunc(m.runs[sk], func(o graph.Event) bool { return o.ID == e.ID })
				m.runs[sk][i].Title += " (updated)"
				m.runs[sk][i].Participants = append(m.runs[sk][i].Participants,
					graph.Participant{ID: m.entities[rng.IntN(len(m.entities))].ID, Role: graph.Involved})
				touched[sk] = true
			case op == 3:
				e := all[rng.IntN(len(all))]
				sk := e.Date.SortKey()
				m.runs[sk] = slices.DeleteFunc(m.runs[sk], func(o graph.Event) bool { return o.ID == e.ID })
				e.Order = 0
				e.Date = dates[rng.IntN(len(dates))]
				insert(e.Date.SortKey(), e)
				touched[sk], touched[e.Date.SortKey()] = true, true
				removedFirst = rng.IntN(2) == 0
			default:
				sk := all[rng.IntN(len(all))].Date.SortKey()
				r := m.runs[sk]
				rng.Shuffle(len(r), func(i, j int) { r[i], r[j] = r[j], r[i] })
				touched[sk] = true
			}
			sks := sortedKeys(touched)
			if removedFirst {
				slices.Reverse(sks)
			}
			for _, sk := range sks {
				if err := tx.PutRun(sk, m.runs[sk]); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
		for sk, r := range m.runs {
			if len(r) == 0 {
				delete(m.runs, sk)
			}
		}
		want := m.timeline()
		compareEvents(t, db, fmt.Sprintf("step %d", step), want)
		if t.Failed() {
			return
		}
	}
}

// compareEvents checks every way of reading events against want.
func compareEvents(t *testing.T, db *DB, what string, want []graph.Event) {
	t.Helper()
	ctx := context.Background()
	var got []graph.Event
	if err := db.Events(ctx, store.EventQuery{}, func(e *graph.Event) error { got = append(got, *e); return nil }); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: Events (-want +got):\n%s", what, diff)
		return
	}
	byEntity := map[string][]graph.Event{}
	for _, e := range want {
		for _, id := range participants(&e) {
			byEntity[id] = append(byEntity[id], e)
		}
		one, err := db.Event(ctx, e.ID)
		if err != nil {
			t.Fatalf("%s: Event(%s): %v", what, e.ID, err)
		}
		if diff := cmp.Diff(e, *one); diff != "" {
			t.Errorf("%s: Event(%s) (-want +got):\n%s", what, e.ID, diff)
		}
	}
	for id, evs := range byEntity {
		var got []graph.Event
		if err := db.Events(ctx, store.EventQuery{Entity: id}, func(e *graph.Event) error { got = append(got, *e); return nil }); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(evs, got); diff != "" {
			t.Errorf("%s: Events of %s (-want +got):\n%s", what, id, diff)
		}
	}
	if ps := check(t, db); len(ps) != 0 {
		t.Errorf("%s: Check: %v", what, ps)
	}
	st, err := db.Stats(ctx)
	if err != nil || st.Events != len(want) {
		t.Errorf("%s: Stats %+v, %v; want %d events", what, st, err, len(want))
	}
}

// TestUpdateGraphEntitiesAndState changes entities and state records in
// place and checks the indexes, the counts, and that a failing update
// changes nothing.
func TestUpdateGraphEntitiesAndState(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	defer db.Close()
	for _, d := range storetest.Documents() {
		if err := db.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	g := storetest.Graph(1)
	err := db.ReplaceGraphState(ctx, g, 3, func(put func(string, []byte) error) error {
		for _, k := range []string{"tally/a", "tally/b", "item/x"} {
			if err := put(k, []byte("v-"+k)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err = db.UpdateGraph(ctx, func(tx store.GraphTx) error {
		if err := tx.PutState("tally/c", []byte("x")); err != nil {
			return err
		}
		if err := tx.DeleteEntity(storetest.Rubio); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("UpdateGraph returned %v, want boom", err)
	}
	if _, err := db.Entity(ctx, storetest.Rubio); err != nil {
		t.Errorf("a failed update removed an entity: %v", err)
	}
	err = db.UpdateGraph(ctx, func(tx store.GraphTx) error {
		var keys []string
		if err := tx.ScanState("tally/", func(k string, v []byte) error {
			if string(v) != "v-"+k {
				return fmt.Errorf("state %s = %q", k, v)
			}
			keys = append(keys, k)
			return nil
		}); err != nil {
			return err
		}
		if !slices.Equal(keys, []string{"tally/a", "tally/b"}) {
			return fmt.Errorf("ScanState gave %v", keys)
		}
		if _, err := tx.State("tally/c"); !errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("state of a failed update: %v", err)
		}
		if err := tx.DeleteState("tally/a"); err != nil {
			return err
		}
		if err := tx.PutState("tally/c", []byte("c")); err != nil {
			return err
		}
		e, err := tx.Entity(storetest.Trump)
		if err != nil {
			return err
		}
		e.Aliases = []string{"The Donald"}
		e.Mentions = 99
		if err := tx.PutEntity(e); err != nil {
			return err
		}
		if err := tx.PutEntity(&graph.Entity{ID: "per:new", Name: "New Person", Kind: graph.Person}); err != nil {
			return err
		}
		// Rubio's one event goes with him
		r, err := tx.Run(day("2025-04-16").SortKey())
		if err != nil || len(r) != 1 {
			return fmt.Errorf("run of 2025-04-16: %v, %v", r, err)
		}
		if err := tx.PutRun(day("2025-04-16").SortKey(), nil); err != nil {
			return err
		}
		if err := tx.DeleteEntity(storetest.Rubio); err != nil {
			return err
		}
		return tx.SetDocuments(4)
	})
	if err != nil {
		t.Fatal(err)
	}
	if ps := check(t, db); len(ps) != 0 {
		t.Errorf("Check: %v", ps)
	}
	found, err := db.FindEntities(ctx, "the donald")
	if err != nil || len(found) != 1 || found[0].Mentions != 99 {
		t.Errorf("FindEntities(the donald) = %v, %v", found, err)
	}
	if found, _ := db.FindEntities(ctx, "trump"); len(found) != 0 {
		t.Errorf("an alias dropped in place is still found: %v", found)
	}
	if _, err := db.Entity(ctx, storetest.Rubio); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("deleted entity: %v", err)
	}
	st, err := db.Stats(ctx)
	if err != nil || st.Entities != len(g.Entities) || st.Events != len(g.Events)-1 || st.GraphDocuments != 4 {
		t.Errorf("Stats %+v, %v", st, err)
	}
	// A graph replaced without state leaves none.
	if err := db.ReplaceGraph(ctx, storetest.Graph(2), 3); err != nil {
		t.Fatal(err)
	}
	err = db.UpdateGraph(ctx, func(tx store.GraphTx) error {
		return tx.ScanState("", func(k string, _ []byte) error { return fmt.Errorf("state %s left", k) })
	})
	if err != nil {
		t.Error(err)
	}
}

// TestUpdateGraphTooLarge expects an update beyond one transaction to fail
// with store.ErrTooLarge and leave the graph as it was.
func TestUpdateGraphTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a few hundred thousand keys")
	}
	ctx := context.Background()
	db := openTemp(t)
	defer db.Close()
	fill(t, db)
	err := db.UpdateGraph(ctx, func(tx store.GraphTx) error {
		for i := range 1_000_000 {
			if err := tx.PutState(fmt.Sprintf("big/%07d", i), []byte("0123456789")); err != nil {
				return err
			}
		}
		return nil
	})
	if !errors.Is(err, store.ErrTooLarge) {
		t.Fatalf("UpdateGraph: %v, want ErrTooLarge", err)
	}
	err = db.UpdateGraph(ctx, func(tx store.GraphTx) error {
		_, err := tx.State("big/0000000")
		if !errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("a failed update left state: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
}

// TestUpdateGraphWithoutGraph expects ErrNotFound on a store with no graph.
func TestUpdateGraphWithoutGraph(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	err := db.UpdateGraph(context.Background(), func(store.GraphTx) error { return nil })
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("UpdateGraph on an empty store: %v", err)
	}
}

func day(s string) graph.Date {
	d, err := graph.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}
