package graph

import (
	"cmp"
	"math"
	"slices"
)

// This file finds shortest paths exactly as gonum's
// path.YenKShortestPaths(g.Undirected(), k, 0, s, t) finds them (gonum v0.17
// yen_ksp.go and dijkstra.go), step for step, on arrays: gonum's Dijkstra
// keeps its tree in maps and its Yen adjuster copies every neighbour list
// and looks blocked nodes and edges up in maps, which made a path query
// between two well-linked entities of Reuters-21578 take 30 ms. The
// replica pushes and pops the same binary heap (container/heap's code)
// with the same entries in the same order, offers each node's neighbours
// in the order gonum's adjuster offers them (sorted, then blocked ones
// swapped out with the last), and sorts candidate paths with the same
// (unstable) sort, so it returns the same paths. Every edge weighs 1, so
// path weights are exact. TestYenMatchesGonum checks this against gonum.

// yen is the scratch space of one k-shortest-paths search on g.
type yen struct {
	g *EntityGraph

	// Blocked nodes carry the current stamp; blocked edges are few (one
	// per path found so far), kept as a list of ordered pairs.
	blocked      []uint32
	stamp        uint32
	blockedEdges [][2]int32

	// Dijkstra state: dist and prev per node, valid for nodes in touched.
	dist    []float64
	prev    []int32
	touched []int32
	queue   yenQueue
	nbrs    []int64
}

func newYen(g *EntityGraph) *yen {
	n := len(g.IDs)
	y := &yen{g: g, blocked: make([]uint32, n), dist: make([]float64, n), prev: make([]int32, n), stamp: 1}
	for i := range y.dist {
		y.dist[i] = math.Inf(1)
	}
	return y
}

// reset unblocks every node and edge.
func (y *yen) reset() {
	y.stamp++
	y.blockedEdges = y.blockedEdges[:0]
}

func (y *yen) canWalk(u, v int32) bool {
	if y.blocked[v] == y.stamp {
		return false
	}
	for _, e := range y.blockedEdges {
		if e[0] == u && e[1] == v {
			return false
		}
	}
	return true
}

// from returns the walkable neighbours of u in the order gonum's adjuster
// gives them, valid until the next call; the caller must not modify them.
func (y *yen) from(u int32) []int64 {
	if y.blocked[u] == y.stamp {
		return nil
	}
	all := y.g.undAdj[u]
	i := 0
	for i < len(all) && y.canWalk(u, int32(all[i])) {
		i++
	}
	if i == len(all) {
		return all // nothing blocked: the sorted neighbours
	}
	nodes := append(y.nbrs[:0], all...)
	for i < len(nodes) {
		if y.canWalk(u, int32(nodes[i])) {
			i++
			continue
		}
		nodes[i] = nodes[len(nodes)-1]
		nodes = nodes[:len(nodes)-1]
	}
	y.nbrs = nodes
	return nodes
}

// shortest is gonum's DijkstraFromTo(s, t, adjuster): a path from s to t
// and its length, or nil and +Inf.
func (y *yen) shortest(s, t int32) ([]int32, float64) {
	if len(y.from(s)) == 0 {
		return nil, math.Inf(1)
	}
	for _, v := range y.touched {
		y.dist[v] = math.Inf(1)
	}
	y.touched = append(y.touched[:0], s)
	y.dist[s], y.prev[s] = 0, -1
	y.queue = append(y.queue[:0], yenItem{s, 0})
	for len(y.queue) != 0 {
		mid := y.queue.pop()
		if mid.dist > y.dist[mid.node] {
			continue
		}
		if mid.node == t {
			break
		}
		k := mid.node
		for _, v64 := range y.from(k) {
			v := int32(v64)
			if math.IsInf(y.dist[v], 1) {
				y.touched = append(y.touched, v)
			}
			joint := y.dist[k] + 1
			if joint < y.dist[v] {
				y.queue.push(yenItem{v, joint})
				y.dist[v], y.prev[v] = joint, k
			}
		}
	}
	if math.IsInf(y.dist[t], 1) {
		return nil, math.Inf(1)
	}
	var path []int32
	for v := t; v != -1; v = y.prev[v] {
		path = append(path, v)
	}
	slices.Reverse(path)
	return path, y.dist[t]
}

// kShortest is YenKShortestPaths(g.Undirected(), k, 0, s, t): up to k
// loopless paths from s to t as short as the shortest.
func (y *yen) kShortest(k int, s, t int32) [][]int32 {
	y.reset()
	first, cost := y.shortest(s, t)
	switch len(first) {
	case 0:
		return nil
	case 1:
		return [][]int32{first}
	}
	paths := [][]int32{first}
	type candidate struct {
		path   []int32
		weight float64
	}
	var pot []candidate
	for i := 1; k < 0 || i < k; i++ {
		prev := paths[i-1]
		for n := 0; n < len(prev)-1; n++ {
			y.reset()
			spur := prev[n]
			root := append([]int32(nil), prev[:n+1]...)
			for _, p := range paths {
				if len(p) <= n {
					continue
				}
				if slices.Equal(p[:len(root)], root) {
					y.blockedEdges = append(y.blockedEdges, [2]int32{p[n], p[n+1]}, [2]int32{p[n+1], p[n]})
				}
			}
			for _, u := range root[:len(root)-1] {
				y.blocked[u] = y.stamp
			}
			spath, weight := y.shortest(spur, t)
			if weight > cost || math.IsInf(weight, 1) {
				continue
			}
			if len(root) > 1 {
				weight += float64(len(root) - 1)
				spath = append(root[:len(root)-1], spath...)
			}
			isNew := true
			for _, c := range pot {
				if slices.Equal(c.path, spath) {
					isNew = false
					break
				}
			}
			if isNew {
				pot = append(pot, candidate{spath, weight})
			}
		}
		if len(pot) == 0 {
			break
		}
		slices.SortFunc(pot, func(a, b candidate) int { return cmp.Compare(a.weight, b.weight) })
		best := pot[0]
		if len(best.path) <= 1 || best.weight > cost {
			break
		}
		paths = append(paths, best.path)
		pot = pot[1:]
	}
	return paths
}

// yenItem is gonum's distanceNode.
type yenItem struct {
	node int32
	dist float64
}

// yenQueue is gonum's priorityQueue driven by container/heap, with heap's
// up and down inlined unchanged (no boxing of items in interfaces), so
// items come out in the same order.
type yenQueue []yenItem

func (q *yenQueue) push(x yenItem) {
	*q = append(*q, x)
	h := *q
	j := len(h) - 1
	for {
		i := (j - 1) / 2 // parent
		if i == j || !(h[j].dist < h[i].dist) {
			break
		}
		h[i], h[j] = h[j], h[i]
		j = i
	}
}

func (q *yenQueue) pop() yenItem {
	h := *q
	n := len(h) - 1
	h[0], h[n] = h[n], h[0]
	i := 0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 { // j1 < 0 after int overflow
			break
		}
		j := j1 // left child
		if j2 := j1 + 1; j2 < n && h[j2].dist < h[j1].dist {
			j = j2 // right child
		}
		if !(h[j].dist < h[i].dist) {
			break
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
	*q = h[:n]
	return h[n]
}
