package graph

import (
	"slices"
	"sort"

	gonumgraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// EntityGraph is the entity graph of a snapshot in the shape gonum's
// algorithms read: one node per entity (node ID = index in IDs, which is
// sorted), an undirected edge between two entities that share events
// (weight = number of shared events), and directed edges from agents to
// targets (both ways between participants in no agent–target pair).
// Every iteration it offers is in node-ID order, so algorithms that walk it
// give the same result on every run. It is read-only and safe for
// concurrent use once built.
type EntityGraph struct {
	// IDs are the entity IDs, sorted; node i is IDs[i].
	IDs []string
	// Entities holds the entity of each node, in node order.
	Entities []Entity
	index    map[string]int64

	und      []map[int64]float64 // undirected weights
	undAdj   [][]int64           // sorted neighbours
	out, in  []map[int64]float64 // directed weights
	outAdj   [][]int64
	inAdj    [][]int64
	nodeList []gonumgraph.Node
}

// NewEntityGraph builds the entity graph of s over s.Entities; participants
// that are not among s.Entities are left out.
func NewEntityGraph(s *Snapshot) *EntityGraph {
	ents := append([]Entity(nil), s.Entities...)
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	g := &EntityGraph{Entities: ents, index: make(map[string]int64, len(ents))}
	n := len(ents)
	g.IDs = make([]string, n)
	g.und = make([]map[int64]float64, n)
	g.out = make([]map[int64]float64, n)
	g.in = make([]map[int64]float64, n)
	g.nodeList = make([]gonumgraph.Node, n)
	for i, e := range ents {
		g.IDs[i] = e.ID
		g.index[e.ID] = int64(i)
		g.nodeList[i] = simple.Node(i)
	}
	addDir := func(a, b int64) {
		if g.out[a] == nil {
			g.out[a] = map[int64]float64{}
		}
		if g.in[b] == nil {
			g.in[b] = map[int64]float64{}
		}
		g.out[a][b]++
		g.in[b][a]++
	}
	addUnd := func(a, b int64) {
		for _, p := range [2][2]int64{{a, b}, {b, a}} {
			if g.und[p[0]] == nil {
				g.und[p[0]] = map[int64]float64{}
			}
			g.und[p[0]][p[1]]++
		}
	}
	var ids []int64
	var roles []Role
	for i := range s.Events {
		ev := &s.Events[i]
		ids, roles = ids[:0], roles[:0]
		seen := map[int64]bool{}
		for _, p := range ev.Participants {
			if x, ok := g.index[p.ID]; ok && !seen[x] {
				seen[x] = true
				ids = append(ids, x)
				roles = append(roles, p.Role)
			}
		}
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				a, b := ids[x], ids[y]
				addUnd(a, b)
				switch {
				case roles[x] == Agent && roles[y] == Target:
					addDir(a, b)
				case roles[x] == Target && roles[y] == Agent:
					addDir(b, a)
				default:
					addDir(a, b)
					addDir(b, a)
				}
			}
		}
	}
	g.undAdj = sortedKeys(g.und)
	g.outAdj = sortedKeys(g.out)
	g.inAdj = sortedKeys(g.in)
	return g
}

func sortedKeys(m []map[int64]float64) [][]int64 {
	out := make([][]int64, len(m))
	for i, nb := range m {
		ks := make([]int64, 0, len(nb))
		for k := range nb {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(a, b int) bool { return ks[a] < ks[b] })
		out[i] = ks
	}
	return out
}

// NodeOf returns the node of the entity with ID id, or false.
func (g *EntityGraph) NodeOf(id string) (int64, bool) {
	n, ok := g.index[id]
	return n, ok
}

// Degree returns the number of entities node n shares events with.
func (g *EntityGraph) Degree(n int64) int { return len(g.undAdj[n]) }

// SharedEvents returns the number of events nodes x and y share (0 when none).
func (g *EntityGraph) SharedEvents(x, y int64) int {
	if !g.has(x) || !g.has(y) {
		return 0
	}
	return int(g.und[x][y])
}

func (g *EntityGraph) has(id int64) bool { return id >= 0 && id < int64(len(g.IDs)) }

func (g *EntityGraph) nodes(ids []int64) gonumgraph.Nodes {
	if len(ids) == 0 {
		return gonumgraph.Empty
	}
	ns := make([]gonumgraph.Node, len(ids))
	for i, id := range ids {
		ns[i] = g.nodeList[id]
	}
	return iterator.NewOrderedNodes(ns)
}

// Undirected returns the unweighted undirected view of g (hop counts, for
// shortest paths and betweenness).
func (g *EntityGraph) Undirected() gonumgraph.Undirected { return undirectedView{g} }

// Weighted returns the weighted undirected view of g (for communities).
func (g *EntityGraph) Weighted() gonumgraph.WeightedUndirected { return weightedView{g} }

// Directed returns the weighted directed view of g (for PageRank).
func (g *EntityGraph) Directed() gonumgraph.WeightedDirected { return directedView{g} }

type undirectedView struct{ g *EntityGraph }

func (v undirectedView) Node(id int64) gonumgraph.Node {
	if !v.g.has(id) {
		return nil
	}
	return v.g.nodeList[id]
}
func (v undirectedView) Nodes() gonumgraph.Nodes {
	if len(v.g.nodeList) == 0 {
		return gonumgraph.Empty
	}
	// A copy: gonum's algorithms may sort what NodeSlice returns in place,
	// and the graph is shared between goroutines.
	return iterator.NewOrderedNodes(append([]gonumgraph.Node(nil), v.g.nodeList...))
}
func (v undirectedView) From(id int64) gonumgraph.Nodes {
	if !v.g.has(id) {
		return gonumgraph.Empty
	}
	return v.g.nodes(v.g.undAdj[id])
}
func (v undirectedView) HasEdgeBetween(x, y int64) bool {
	if !v.g.has(x) {
		return false
	}
	// A binary search of the sorted neighbours beats a map lookup: path
	// searches ask this for every edge they relax.
	_, ok := slices.BinarySearch(v.g.undAdj[x], y)
	return ok
}
func (v undirectedView) Edge(u, w int64) gonumgraph.Edge { return v.EdgeBetween(u, w) }
func (v undirectedView) EdgeBetween(x, y int64) gonumgraph.Edge {
	if !v.HasEdgeBetween(x, y) {
		return nil
	}
	return simple.Edge{F: v.g.nodeList[x], T: v.g.nodeList[y]}
}

type weightedView struct{ g *EntityGraph }

func (v weightedView) Node(id int64) gonumgraph.Node          { return undirectedView(v).Node(id) }
func (v weightedView) Nodes() gonumgraph.Nodes                { return undirectedView(v).Nodes() }
func (v weightedView) From(id int64) gonumgraph.Nodes         { return undirectedView(v).From(id) }
func (v weightedView) HasEdgeBetween(x, y int64) bool         { return undirectedView(v).HasEdgeBetween(x, y) }
func (v weightedView) Edge(u, w int64) gonumgraph.Edge        { return v.WeightedEdgeBetween(u, w) }
func (v weightedView) EdgeBetween(x, y int64) gonumgraph.Edge { return v.WeightedEdgeBetween(x, y) }
func (v weightedView) WeightedEdge(u, w int64) gonumgraph.WeightedEdge {
	return v.WeightedEdgeBetween(u, w)
}
func (v weightedView) WeightedEdgeBetween(x, y int64) gonumgraph.WeightedEdge {
	if !v.HasEdgeBetween(x, y) {
		return nil
	}
	return simple.WeightedEdge{F: v.g.nodeList[x], T: v.g.nodeList[y], W: v.g.und[x][y]}
}
func (v weightedView) Weight(x, y int64) (float64, bool) {
	if x == y {
		return 0, true
	}
	if !v.HasEdgeBetween(x, y) {
		return 0, false
	}
	return v.g.und[x][y], true
}

type directedView struct{ g *EntityGraph }

func (v directedView) Node(id int64) gonumgraph.Node { return undirectedView(v).Node(id) }
func (v directedView) Nodes() gonumgraph.Nodes       { return undirectedView(v).Nodes() }
func (v directedView) From(id int64) gonumgraph.Nodes {
	if !v.g.has(id) {
		return gonumgraph.Empty
	}
	return v.g.nodes(v.g.outAdj[id])
}
func (v directedView) To(id int64) gonumgraph.Nodes {
	if !v.g.has(id) {
		return gonumgraph.Empty
	}
	return v.g.nodes(v.g.inAdj[id])
}
func (v directedView) HasEdgeFromTo(u, w int64) bool {
	if !v.g.has(u) {
		return false
	}
	_, ok := v.g.out[u][w]
	return ok
}
func (v directedView) HasEdgeBetween(x, y int64) bool {
	return v.HasEdgeFromTo(x, y) || v.HasEdgeFromTo(y, x)
}
func (v directedView) Edge(u, w int64) gonumgraph.Edge { return v.WeightedEdge(u, w) }
func (v directedView) WeightedEdge(u, w int64) gonumgraph.WeightedEdge {
	if !v.HasEdgeFromTo(u, w) {
		return nil
	}
	return simple.WeightedEdge{F: v.g.nodeList[u], T: v.g.nodeList[w], W: v.g.out[u][w]}
}
func (v directedView) Weight(x, y int64) (float64, bool) {
	if x == y {
		return 0, true
	}
	if !v.HasEdgeFromTo(x, y) {
		return 0, false
	}
	return v.g.out[x][y], true
}
