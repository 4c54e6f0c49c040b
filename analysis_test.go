package chronograph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/timeline"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// relatedSnapshot is a small random graph: entities of every kind, events
// of several types with agents, targets and other participants, some
// undated; the same seed gives the same snapshot.
func relatedSnapshot(seed uint64) *graph.Snapshot {
	rng := rand.New(rand.NewPCG(seed, 5))
	kinds := []graph.Kind{graph.Person, graph.Organization, graph.Place}
	s := &graph.Snapshot{}
	for i := range 40 {
		k := kinds[i%len(kinds)]
		s.Entities = append(s.Entities, graph.Entity{ID: fmt.Sprintf("%s:e%02d", k[:3], i), Name: fmt.Sprintf("Entity %d", i), Kind: k, Mentions: 1 + i})
	}
	types := []string{graph.Call, graph.Meeting, graph.Statement, graph.Tariff}
	for j := range 160 {
		var ps []graph.Participant
		used := map[int]bool{}
		for r := range 2 + rng.IntN(3) {
			i := int(40 * rng.Float64() * rng.Float64()) // low numbers are hubs
			if used[i] {
				continue
			}
			used[i] = true
			role := graph.Involved
			if r == 0 {
				role = graph.Agent
			} else if r == 1 && rng.IntN(2) == 0 {
				role = graph.Target
			}
			e := s.Entities[i]
			ps = append(ps, graph.Participant{ID: e.ID, Name: e.Name, Kind: e.Kind, Role: role})
		}
		date := graph.Date{}
		if j%7 != 0 {
			date, _ = graph.ParseDate(fmt.Sprintf("2025-%02d-%02d", 1+j/30, 1+j%28))
		}
		doc := fmt.Sprintf("doc%03d", j/3)
		s.Events = append(s.Events, graph.Event{ID: fmt.Sprintf("ev:%03d", j), Type: types[j%len(types)], Title: fmt.Sprintf("event %d", j),
			Date: date, Participants: ps, Order: j,
			Sources: []graph.Source{{Document: doc, Sentence: fmt.Sprintf("Sentence %d.", j)}}})
	}
	sort.Slice(s.Entities, func(i, j int) bool { return s.Entities[i].ID < s.Entities[j].ID })
	timeline.Order(s.Events)
	return s
}

// TestRelatedWithinMatchesView checks that the store-backed related query
// gives what the in-memory view gives, for every entity, depth and limit.
func TestRelatedWithinMatchesView(t *testing.T) {
	ctx := context.Background()
	s := relatedSnapshot(1)
	p, err := Open(filepath.Join(t.TempDir(), "rel.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	if err := p.Store().ReplaceGraph(ctx, s, 0); err != nil {
		t.Fatal(err)
	}
	v := NewView(s, graph.Filter{})
	truncations := 0
	for i := range s.Entities {
		e := &s.Entities[i]
		for _, depth := range []int{1, 2, 3} {
			for _, limit := range []int{0, 1, 3, 10} {
				want, wantTr := v.Related(e.ID, depth, limit)
				got, gotTr, err := p.RelatedWithin(ctx, e, depth, limit)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want, got); diff != "" || wantTr != gotTr {
					t.Fatalf("%s depth %d limit %d: truncated %v, view %v; (-view +store):\n%s", e.ID, depth, limit, gotTr, wantTr, diff)
				}
				if gotTr {
					truncations++
				}
			}
		}
		prof, _, err := p.ProfileWithin(ctx, e, 0)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(v.Profile(e), prof, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("%s profile (-view +store):\n%s", e.ID, diff)
		}
	}
	if truncations == 0 {
		t.Error("no query was truncated: the test does not exercise the limit")
	}
}

// TestRelatedWithinRealDB runs the same comparison on the 100 most
// mentioned entities of the database named by CHRONOGRAPH_BENCH_DB.
func TestRelatedWithinRealDB(t *testing.T) {
	path := os.Getenv("CHRONOGRAPH_BENCH_DB")
	if path == "" {
		t.Skip("CHRONOGRAPH_BENCH_DB is not set")
	}
	ctx := context.Background()
	p, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	v, err := p.View(ctx, graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	ents, err := p.Entities(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for i := range ents[:min(100, len(ents))] {
		e := &ents[i]
		want, wantTr := v.Related(e.ID, 2, graph.DefaultRelatedLimit)
		got, gotTr, err := p.RelatedWithin(ctx, e, 2, graph.DefaultRelatedLimit)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" || wantTr != gotTr {
			t.Fatalf("%s: truncated %v, view %v; (-view +store):\n%.2000s", e.ID, gotTr, wantTr, diff)
		}
	}
}
