package graph

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/graph/path"
)

// TestYenMatchesGonum checks that kShortest returns the paths, in the same
// order, that path.YenKShortestPaths returns on the same graph.
func TestYenMatchesGonum(t *testing.T) {
	snaps := map[string]*Snapshot{"fixture": fixture(), "synthetic500": syntheticSnapshot(500)}
	for seed := uint64(1); seed <= 4; seed++ {
		snaps[fmt.Sprintf("random%d", seed)] = randomSnapshot(seed, 40+int(seed)*60, int(seed)*100)
	}
	for name, s := range snaps {
		g := NewEntityGraph(s)
		u := g.Undirected()
		y := newYen(g)
		rng := rand.New(rand.NewPCG(9, 9))
		n := len(g.IDs)
		compared := 0
		for range 60 {
			a, b := rng.IntN(n), rng.IntN(n)
			if a == b {
				continue
			}
			for _, k := range []int{1, 3, 7} {
				var want [][]int32
				for _, p := range path.YenKShortestPaths(u, k, 0, u.Node(int64(a)), u.Node(int64(b))) {
					var q []int32
					for _, nd := range p {
						q = append(q, int32(nd.ID()))
					}
					want = append(want, q)
				}
				got := y.kShortest(k, int32(a), int32(b))
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("%s: %s -> %s, k=%d (-gonum +yen):\n%s", name, g.IDs[a], g.IDs[b], k, diff)
				}
				if len(got) > 1 {
					compared++
				}
			}
		}
		if compared == 0 && name != "fixture" {
			t.Errorf("%s: no pair had several paths: the test compares too little", name)
		}
	}
}
