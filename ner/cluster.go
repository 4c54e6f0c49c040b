package ner

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word clusters from unlabelled text, learnt with the predictive exchange
// algorithm (Uszkoreit and Brants 2008, after Kneser and Ney 1993): each
// word is put in the class that best predicts it from the word before,
// maximizing the likelihood of the class bigram model
//
//	P(w_i | w_i-1) = P(w_i | c(w_i)) P(c(w_i) | w_i-1).
//
// The tagger uses a word's classes at several granularities as features:
// words used alike (surnames, towns, company suffixes, ...) share them, so
// what the labelled data teaches about one spreads to the others.

// clusterSizes are the numbers of classes of the clusterings the model
// keeps, from coarse to fine. Each must be below 1<<clusterBits - 1.
var clusterSizes = [nClusterings / 2]int{64, 256, 1000}

const (
	// nClusterings is the number of clusterings: those of clusterSizes by
	// the word before, then those by the word after.
	nClusterings = 6
	clusterBits  = 10
	// clusterMinCount is how often a word must occur to get classes.
	clusterMinCount = 3
	// clusterMaxContext is how many of the most frequent words are told
	// apart as the word before.
	clusterMaxContext = 20000
	// clusterIters is the number of exchange passes over the vocabulary.
	clusterIters = 8
)

// corpus is tokenized text as word ids; id 0 separates sentences.
type corpus struct {
	ids   map[string]int32
	words []string
	toks  []int32
}

func newCorpus() *corpus {
	return &corpus{ids: map[string]int32{bos: 0}, words: []string{bos}, toks: []int32{0}}
}

// clusterForm normalizes a word for clustering: digits become 0.
func clusterForm(w string) string {
	if strings.IndexFunc(w, unicode.IsDigit) < 0 {
		return w
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, w)
}

// add appends a sentence.
func (c *corpus) add(words []string) {
	if len(words) == 0 {
		return
	}
	for _, w := range words {
		w = clusterForm(w)
		id, ok := c.ids[w]
		if !ok {
			id = int32(len(c.words))
			c.ids[w] = id
			c.words = append(c.words, w)
		}
		c.toks = append(c.toks, id)
	}
	c.toks = append(c.toks, 0)
}

// gTable holds x*ln(x) for small x.
var gTable = func() []float64 {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}()

func xlogx(x int32) float64 {
	if int(x) < len(gTable) {
		return gTable[x]
	}
	return float64(x) * math.Log(float64(x))
}

// pred is a predecessor of a word and how often it precedes it.
type pred struct {
	u int32
	n int32
}

// exchange clusters the vocabulary (ids 0..v-1, by rank) of a bigram
// table into k classes. preds[w] lists the predecessors of w (context ids
// below nctx), cnt[w] how often w follows anything. The result is
// deterministic.
func exchange(preds [][]pred, cnt []int32, nctx, k, iters int) []uint16 {
	v := len(cnt)
	cls := make([]uint16, v)
	// The k-1 most frequent words start in classes of their own, the rest
	// share the last.
	for w := range cls {
		cls[w] = uint16(min(w, k-1))
	}
	nvc := make([]int32, nctx*k) // N(u, c): u followed by a word of class c
	nc := make([]int32, k)       // N(c)
	for w, ps := range preds {
		c := int(cls[w])
		for _, p := range ps {
			nvc[int(p.u)*k+c] += p.n
		}
		nc[c] += cnt[w]
	}
	gain := make([]float64, k)
	for it := 0; it < iters; it++ {
		moved := 0
		for w := 0; w < v; w++ {
			ps := preds[w]
			if len(ps) == 0 {
				continue
			}
			a := int(cls[w])
			for _, p := range ps {
				nvc[int(p.u)*k+a] -= p.n
			}
			nc[a] -= cnt[w]
			for c := range gain {
				gain[c] = xlogx(nc[c]) - xlogx(nc[c]+cnt[w])
			}
			for _, p := range ps {
				row := nvc[int(p.u)*k : int(p.u)*k+k]
				n := p.n
				for c, x := range row {
					if x != 0 {
						gain[c] += xlogx(x+n) - xlogx(x)
					} else {
						gain[c] += xlogx(n)
					}
				}
			}
			best := a
			for c, g := range gain {
				if g > gain[best] {
					best = c
				}
			}
			if best != a {
				moved++
				cls[w] = uint16(best)
			}
			for _, p := range ps {
				nvc[int(p.u)*k+best] += p.n
			}
			nc[best] += cnt[w]
		}
		if moved == 0 {
			break
		}
	}
	return cls
}

// learnClusters clusters the words of c that occur at least minCount
// times at each size of sizes and returns, for each such word, its class
// ids plus one packed clusterBits bits apiece (coarsest lowest). The
// context is the word before, or with right the word after; only the
// maxCtx most frequent words are told apart as context.
func learnClusters(c *corpus, sizes []int, minCount, maxCtx, iters int, right bool) map[string]uint64 {
	freq := make([]int32, len(c.words))
	for _, id := range c.toks {
		freq[id]++
	}
	// Rank words by frequency; the sentence boundary and the words below
	// minCount (merged into one "rare" word) take part as context.
	order := make([]int32, 0, len(c.words))
	for id := 1; id < len(c.words); id++ {
		if freq[id] >= int32(minCount) {
			order = append(order, int32(id))
		}
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if freq[a] != freq[b] {
			return freq[a] > freq[b]
		}
		return c.words[a] < c.words[b]
	})
	rank := make([]int32, len(c.words))
	rare := int32(len(order)) + 1
	for id := range rank {
		rank[id] = rare
	}
	rank[0] = int32(len(order)) // boundary
	for r, id := range order {
		rank[id] = int32(r)
	}
	v := len(order) + 2
	nctx := min(maxCtx, len(order)) + 2
	ctx := func(r int32) int32 {
		switch {
		case r == rank[0]:
			return int32(nctx - 2)
		case int(r) >= nctx-2:
			return int32(nctx - 1)
		}
		return r
	}
	pairs := make([]uint64, 0, len(c.toks))
	for i := 1; i < len(c.toks); i++ {
		u, w := ctx(rank[c.toks[i-1]]), rank[c.toks[i]]
		if right {
			u, w = ctx(rank[c.toks[i]]), rank[c.toks[i-1]]
		}
		pairs = append(pairs, uint64(w)<<32|uint64(u))
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i] < pairs[j] })
	preds := make([][]pred, v)
	cnt := make([]int32, v)
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		w, u := int32(pairs[i]>>32), int32(uint32(pairs[i]))
		preds[w] = append(preds[w], pred{u: u, n: int32(j - i)})
		cnt[w] += int32(j - i)
		i = j
	}
	pairs = nil // let the collector have it during the clusterings
	out := make(map[string]uint64, len(order))
	for g, k := range sizes {
		cls := exchange(preds, cnt, nctx, k, iters)
		for r, id := range order {
			out[c.words[id]] |= uint64(cls[r]+1) << (clusterBits * g)
		}
	}
	return out
}

// clusterKey is the model's key of a word's classes.
func clusterKey(w string) uint64 { return f1('C', w) }

// clustersOf looks up the packed classes of word w: its own form (digits
// as 0), else, for a word in capitals or lower case, its capitalized form,
// else its lower-case form. 0 means none.
func clustersOf(cl map[uint64]uint64, w string) uint64 {
	if len(cl) == 0 {
		return 0
	}
	w = clusterForm(w)
	if c, ok := cl[clusterKey(w)]; ok {
		return c
	}
	lw := strings.ToLower(w)
	r, size := utf8.DecodeRuneInString(lw)
	if tw := string(unicode.ToUpper(r)) + lw[size:]; tw != w {
		if c, ok := cl[clusterKey(tw)]; ok {
			return c
		}
	}
	if lw != w {
		return cl[clusterKey(lw)]
	}
	return 0
}
