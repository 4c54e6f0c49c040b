package graph

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/graph/community"
)

// canonical names each node's community by its smallest member.
func canonical(comm []int) []int {
	first := map[int]int{}
	out := make([]int, len(comm))
	for n, c := range comm {
		if _, ok := first[c]; !ok {
			first[c] = n
		}
		out[n] = first[c]
	}
	return out
}

// randomSnapshot links n entities by events of two to four participants,
// some entities left without events; the same seed gives the same snapshot.
func randomSnapshot(seed uint64, n, events int) *Snapshot {
	rng := rand.New(rand.NewPCG(seed, 3))
	s := &Snapshot{}
	for i := range n {
		s.Entities = append(s.Entities, Entity{ID: fmt.Sprintf("per:e%04d", i), Name: fmt.Sprintf("E%d", i), Kind: Person})
	}
	for j := range events {
		var ps []Participant
		k := 2 + rng.IntN(3)
		for range k {
			// Skewed: low IDs are hubs; the last tenth never take part.
			i := int(float64(n*9/10) * rng.Float64() * rng.Float64())
			ps = append(ps, Participant{ID: s.Entities[i].ID, Role: Involved})
		}
		s.Events = append(s.Events, Event{ID: fmt.Sprintf("ev:%d", j), Type: Meeting, Participants: ps, Order: j})
	}
	return s
}

// TestLouvainMatchesGonum checks that louvain finds, node for node, the
// partition community.Modularize finds with the same random source, and
// modularity the same Q as community.Q, bit for bit.
func TestLouvainMatchesGonum(t *testing.T) {
	snaps := map[string]*Snapshot{
		"fixture":      fixture(),
		"synthetic500": syntheticSnapshot(500),
		"synthetic3k":  syntheticSnapshot(3000),
	}
	for seed := uint64(1); seed <= 6; seed++ {
		snaps[fmt.Sprintf("random%d", seed)] = randomSnapshot(seed, 50+int(seed)*60, int(seed)*150)
	}
	snaps["empty-events"] = &Snapshot{Entities: []Entity{{ID: "per:a"}, {ID: "per:b"}}}
	for name, s := range snaps {
		g := NewEntityGraph(s)
		if len(g.IDs) == 0 {
			continue
		}
		for _, res := range []float64{0.5, 1, 2.5} {
			for _, seed := range []uint64{1, 42} {
				t.Run(fmt.Sprintf("%s/res%v/seed%d", name, res, seed), func(t *testing.T) {
					src := func() rand.Source { return rand.NewPCG(seed, seed^0x9e3779b97f4a7c15) }
					want := make([]int, len(g.IDs))
					comms := community.Modularize(g.Weighted(), res, src()).Communities()
					for ci, c := range comms {
						for _, n := range c {
							want[n.ID()] = ci
						}
					}
					got := louvain(g, res, src())
					if diff := cmp.Diff(canonical(want), canonical(got)); diff != "" {
						t.Fatalf("partition differs from gonum's (-gonum +louvain):\n%s", diff)
					}
					var parts [][]int64
					for _, c := range comms {
						var p []int64
						for _, n := range c {
							p = append(p, n.ID())
						}
						parts = append(parts, p)
					}
					wq, gq := community.Q(g.Weighted(), comms, res), modularity(g, parts, res)
					if math.Float64bits(wq) != math.Float64bits(gq) {
						t.Errorf("Q = %v, gonum %v", gq, wq)
					}
				})
			}
		}
	}
}
