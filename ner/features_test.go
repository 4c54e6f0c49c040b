package ner

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// benchDoc prepares the example articles, repeated into one long document
// (so that words occur past occWindow), for model m.
func benchDoc(t *testing.T, m *Model) *doc {
	t.Helper()
	_, texts := exampleDocs(t)
	text := strings.Repeat(strings.Join(texts, "\n\n"), 3)
	toks, sents := tokenize(text)
	words := make([]string, len(toks))
	for i := range toks {
		words[i] = toks[i].Text
	}
	var ranges [][2]int
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i == len(toks) || toks[i].Sentence != toks[i-1].Sentence {
			ranges = append(ranges, [2]int{start, i})
			start = i
		}
	}
	if len(sents) != len(ranges) {
		t.Fatalf("%d sentences, %d ranges", len(sents), len(ranges))
	}
	return m.prepare(words, ranges)
}

// TestFeatureSplit checks that the word, neighbour, context and
// aggregation features the tagger scores separately are exactly the
// static features training uses.
func TestFeatureSplit(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	d := benchDoc(t, m)
	for _, s := range d.sents {
		lo, hi := s[0], s[1]
		for i := lo; i < hi; i++ {
			want := d.staticFeatures(i, lo, hi, nil)
			got := d.wordFeatures(i, nil)
			for pos, off := range [nbPositions]int{-2, -1, 1, 2} {
				switch j := i + off; {
				case j < lo:
					got = neighbourFeatures(pos, bos, bos, boundaryClasses, got)
				case j >= hi:
					got = neighbourFeatures(pos, eos, eos, boundaryClasses, got)
				default:
					got = neighbourFeatures(pos, d.lw[j], d.shape[j], d.cl[j], got)
				}
			}
			got = d.contextFeatures(i, lo, hi, got)
			got = d.occFeatures(i, d.occ[d.lw[i]], got)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("token %d %q: split features differ from staticFeatures", i, d.words[i])
			}
		}
	}
}

// TestStaticScores checks Model.staticScores against the sum of the
// weights of staticFeatures.
func TestStaticScores(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	d := benchDoc(t, m)
	got := m.staticScores(d)
	for _, s := range d.sents {
		for i := s[0]; i < s[1]; i++ {
			var want [nTags]float32
			m.score(d.staticFeatures(i, s[0], s[1], nil), &want)
			for c := range want {
				if math.Abs(float64(got[i][c]-want[c])) > 1e-3*(1+math.Abs(float64(want[c]))) {
					t.Fatalf("token %d %q tag %d: score %v, want %v", i, d.words[i], c, got[i][c], want[c])
				}
			}
		}
	}
}
