package graph

import (
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/graph/network"
)

// TestBetweennessMatchesGonum checks betweenness against
// network.Betweenness on the same graphs.
func TestBetweennessMatchesGonum(t *testing.T) {
	snaps := map[string]*Snapshot{"fixture": fixture(), "synthetic500": syntheticSnapshot(500)}
	for seed := uint64(1); seed <= 4; seed++ {
		snaps[fmt.Sprintf("random%d", seed)] = randomSnapshot(seed, 40+int(seed)*50, int(seed)*120)
	}
	snaps["no-links"] = &Snapshot{Entities: []Entity{{ID: "per:a"}}}
	for name, s := range snaps {
		g := NewEntityGraph(s)
		want := network.Betweenness(g.Undirected())
		got := betweenness(g)
		for i := range g.IDs {
			w, x := want[int64(i)], got[i]
			if math.Abs(w-x) > 1e-9*math.Max(1, math.Abs(w)) {
				t.Errorf("%s: node %s: betweenness %v, gonum %v", name, g.IDs[i], x, w)
			}
		}
	}
}
