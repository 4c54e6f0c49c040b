package ner

// table is an open-addressing hash table from a feature to its weights,
// faster to probe than a map: feature keys are already hashes, so their
// low bits index the slots directly.
type table struct {
	slots []slot
	ws    []weight
	mask  uint64
}

// slot holds a feature and where its weights are in table.ws; n == 0
// marks an empty slot.
type slot struct {
	key      uint64
	start, n uint32
}

// newTable indexes weights. The order of each feature's weights is kept,
// so scores add up exactly as from the map.
func newTable(weights map[uint64][]weight) *table {
	size := 1
	n := 0
	for _, ws := range weights {
		n += len(ws)
	}
	for size < 2*len(weights) {
		size *= 2
	}
	t := &table{slots: make([]slot, size), ws: make([]weight, 0, n), mask: uint64(size - 1)}
	for k, ws := range weights {
		if len(ws) == 0 {
			continue
		}
		i := k & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{key: k, start: uint32(len(t.ws)), n: uint32(len(ws))}
		t.ws = append(t.ws, ws...)
	}
	return t
}

// get returns the weights of feature k, nil when it has none.
func (t *table) get(k uint64) []weight {
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return nil
		}
		if s.key == k {
			return t.ws[s.start : s.start+s.n : s.start+s.n]
		}
	}
}
