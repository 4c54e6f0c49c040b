package ner

import (
	"math/rand/v2"
	"testing"
)

func TestTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	weights := map[uint64][]weight{0: {{cls: 1, w: 1}}}
	for i := range 1000 {
		k := rng.Uint64()
		if i%7 == 0 {
			k &^= 0xffff // keys that collide in the low bits
		}
		ws := make([]weight, 1+i%300)
		for j := range ws {
			ws[j] = weight{cls: uint16(j), w: float32(i)}
		}
		weights[k] = ws
	}
	tab := newTable(weights)
	for k, want := range weights {
		got := tab.get(k)
		if len(got) != len(want) {
			t.Fatalf("key %x: %d weights, want %d", k, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("key %x weight %d: %v, want %v", k, i, got[i], want[i])
			}
		}
	}
	for range 1000 {
		k := rng.Uint64()
		if _, ok := weights[k]; !ok && tab.get(k) != nil {
			t.Fatalf("key %x: weights for a missing feature", k)
		}
	}
	if got := newTable(nil).get(5); got != nil {
		t.Errorf("empty table: %v", got)
	}
}
