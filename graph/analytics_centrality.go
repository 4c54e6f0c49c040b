package graph

import (
	"runtime"
	"sync"
)

// betweennessChunks is the fixed number of source ranges betweenness splits
// the work into; partial sums are added in range order, so the result does
// not depend on the number of CPUs or on scheduling.
const betweennessChunks = 16

// betweenness is network.Betweenness(g.Undirected()) (Brandes' algorithm,
// unnormalized, each pair of endpoints counted in both directions) on
// arrays: gonum resets a map entry for every node before each source, which
// is quadratic in the number of entities however sparse the graph, and
// looks every node up in maps. Here a source's search touches only its own
// component. Sources run in parallel over fixed ranges; within a range each
// source's search and accumulation is gonum's, step for step, so the only
// difference is the order in which ranges' sums are added (the last bits of
// a float, far below the 1e-3 Ranked keeps).
func betweenness(g *EntityGraph) []float64 {
	n := len(g.IDs)
	cb := make([]float64, n)
	if n == 0 {
		return cb
	}
	chunks := min(betweennessChunks, n)
	partial := make([][]float64, chunks)
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), chunks) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := newBrandes(n)
			for c := range work {
				out := make([]float64, n)
				for s := c * n / chunks; s < (c+1)*n/chunks; s++ {
					b.source(g, int32(s), out)
				}
				partial[c] = out
			}
		}()
	}
	for c := range chunks {
		work <- c
	}
	close(work)
	wg.Wait()
	for _, p := range partial {
		for i, x := range p {
			cb[i] += x
		}
	}
	return cb
}

// brandes is the scratch space of one worker.
type brandes struct {
	sigma, delta []float64
	dist         []int32
	preds        [][]int32
	stack, queue []int32
}

func newBrandes(n int) *brandes {
	b := &brandes{sigma: make([]float64, n), delta: make([]float64, n), dist: make([]int32, n), preds: make([][]int32, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	return b
}

// source adds the dependencies of every node on source s to cb.
func (b *brandes) source(g *EntityGraph, s int32, cb []float64) {
	if len(g.undAdj[s]) == 0 {
		return // an isolated node lies on no path
	}
	stack := b.stack[:0]
	queue := append(b.queue[:0], s)
	b.sigma[s], b.dist[s] = 1, 0
	for head := 0; head < len(queue); head++ {
		v := queue[head]
		stack = append(stack, v)
		for _, w64 := range g.undAdj[v] {
			w := int32(w64)
			if b.dist[w] < 0 {
				queue = append(queue, w)
				b.dist[w] = b.dist[v] + 1
			}
			if b.dist[w] == b.dist[v]+1 {
				b.sigma[w] += b.sigma[v]
				b.preds[w] = append(b.preds[w], v)
			}
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		w := stack[i]
		for _, v := range b.preds[w] {
			b.delta[v] += b.sigma[v] / b.sigma[w] * (1 + b.delta[w])
		}
		if w != s {
			if d := b.delta[w]; d != 0 {
				cb[w] += d
			}
		}
	}
	for _, v := range stack {
		b.sigma[v], b.delta[v], b.dist[v] = 0, 0, -1
		b.preds[v] = b.preds[v][:0]
	}
	b.stack, b.queue = stack, queue
}
