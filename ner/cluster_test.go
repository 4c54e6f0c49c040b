package ner

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// tinyCorpus has seven kinds of words, told apart by the word before them:
// names follow "met" or "saw", towns follow "in" or "near", those two
// verbs follow "we", ...: seven classes hold them exactly (words of one
// kind have the same contexts, so more classes could split a kind at no
// cost).
func tinyCorpus() *corpus {
	c := newCorpus()
	names := []string{"Smith", "Jones", "Brown", "Patel"}
	towns := []string{"Paris", "Lima", "Oslo", "Rome"}
	for i := range 64 { // every name, town, verb and preposition together
		n, t := names[i%4], towns[i/4%4]
		verb, prep := "met", "in"
		if i/16%2 == 1 {
			verb = "saw"
		}
		if i/32 == 1 {
			prep = "near"
		}
		c.add(strings.Fields(fmt.Sprintf("we %s %s %s %s today", verb, n, prep, t)))
	}
	return c
}

func TestLearnClustersSeparatesContexts(t *testing.T) {
	cl := learnClusters(tinyCorpus(), []int{2, 7}, 3, 100, 10, false)
	coarse := func(w string) uint64 {
		c, ok := cl[w]
		if !ok {
			t.Fatalf("no classes for %q", w)
		}
		return c & (1<<clusterBits - 1)
	}
	fine := func(w string) uint64 { return cl[w] >> clusterBits & (1<<clusterBits - 1) }
	for _, group := range [][]string{{"Smith", "Jones", "Brown", "Patel"}, {"Paris", "Lima", "Oslo", "Rome"}, {"met", "saw"}, {"in", "near"}} {
		for _, w := range group[1:] {
			if fine(w) != fine(group[0]) {
				t.Errorf("%s and %s in different fine classes: %d, %d", w, group[0], fine(w), fine(group[0]))
			}
		}
	}
	for _, pair := range [][2]string{{"Smith", "Paris"}, {"met", "in"}, {"Smith", "met"}, {"Paris", "today"}} {
		if fine(pair[0]) == fine(pair[1]) {
			t.Errorf("%s and %s share fine class %d", pair[0], pair[1], fine(pair[0]))
		}
	}
	for _, w := range []string{"Smith", "Paris", "met", "today"} {
		if c := coarse(w); c < 1 || c > 2 {
			t.Errorf("coarse class of %s = %d, want 1 or 2", w, c)
		}
		if c := fine(w); c < 1 || c > 7 {
			t.Errorf("fine class of %s = %d, want 1..7", w, c)
		}
	}
}

func TestLearnClustersDeterministic(t *testing.T) {
	want := learnClusters(tinyCorpus(), []int{3, 5}, 1, 100, 5, false)
	for range 3 {
		got := learnClusters(tinyCorpus(), []int{3, 5}, 1, 100, 5, false)
		if len(got) != len(want) {
			t.Fatalf("got %d words, want %d", len(got), len(want))
		}
		for w, c := range want {
			if got[w] != c {
				t.Fatalf("classes of %q: got %x, want %x", w, got[w], c)
			}
		}
	}
}

func TestLearnClustersMinCount(t *testing.T) {
	c := newCorpus()
	c.add([]string{"a", "b", "a", "b", "rare"})
	cl := learnClusters(c, []int{2}, 2, 100, 3, false)
	if _, ok := cl["rare"]; ok {
		t.Error("a word below the minimum count got a class")
	}
	if _, ok := cl["a"]; !ok {
		t.Error("a frequent word got no class")
	}
}

func TestClustersOf(t *testing.T) {
	cl := map[uint64]uint64{clusterKey("Japan"): 1, clusterKey("the"): 2, clusterKey("000"): 3, clusterKey("Mr."): 4}
	for _, tc := range []struct {
		w    string
		want uint64
	}{
		{"Japan", 1}, {"JAPAN", 1}, {"japan", 1}, {"the", 2}, {"The", 2}, {"THE", 2},
		{"123", 3}, {"Mr.", 4}, {"MR.", 4}, {"Korea", 0}, {"", 0},
	} {
		if got := clustersOf(cl, tc.w); got != tc.want {
			t.Errorf("clustersOf(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
	if got := clustersOf(nil, "Japan"); got != 0 {
		t.Errorf("clustersOf(nil) = %d, want 0", got)
	}
}

func TestModelClustersRoundTrip(t *testing.T) {
	m := &Model{weights: map[uint64][]weight{7: {{cls: 1, w: 0.5}}}, lr: map[uint64]uint8{3: 2},
		clusters: map[uint64]uint64{clusterKey("Japan"): 1 | 7<<clusterBits, clusterKey("the"): 2}}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.clusters) != len(m.clusters) {
		t.Fatalf("got %d cluster entries, want %d", len(got.clusters), len(m.clusters))
	}
	for k, v := range m.clusters {
		if got.clusters[k] != v {
			t.Errorf("cluster entry %x: got %x, want %x", k, got.clusters[k], v)
		}
	}
}
