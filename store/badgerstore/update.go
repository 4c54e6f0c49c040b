package badgerstore

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
)

var _ store.Updater = (*DB)(nil)

// UpdateGraph runs fn in one Badger transaction on the current generation
// and commits it when fn returns nil (see store.Updater). Badger bounds a
// transaction by its memtable size (about 15% of it): an update beyond that
// returns an error wrapping store.ErrTooLarge, and nothing is written. It
// waits for a ReplaceGraph in progress, and ReplaceGraph for it.
func (db *DB) UpdateGraph(ctx context.Context, fn func(tx store.GraphTx) error) error {
	if db.readOnly {
		return errReadOnly
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	db.replace.Lock()
	defer db.replace.Unlock()
	err := db.bdb.Update(func(txn *badger.Txn) error {
		gen, ok, err := currentGen(txn)
		if err != nil {
			return err
		}
		if !ok {
			return store.ErrNotFound
		}
		item, err := txn.Get(metaKey(gen))
		if err != nil {
			return err
		}
		tx := &graphTx{ctx: ctx, txn: txn, gen: gen}
		if err := decodeItem(item, &tx.meta); err != nil {
			return err
		}
		if err := fn(tx); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		v, err := encode(tx.meta)
		if err != nil {
			return err
		}
		return txn.Set(metaKey(gen), v)
	})
	if errors.Is(err, badger.ErrTxnTooBig) {
		return fmt.Errorf("badgerstore: updating graph: %w", store.ErrTooLarge)
	}
	if err != nil {
		return fmt.Errorf("badgerstore: updating graph: %w", convert(err))
	}
	return nil
}

// graphTx is store.GraphTx on one Badger transaction. Badger allows one
// iterator at a time in a read-write transaction: every method closes its
// iterators before it returns or writes.
type graphTx struct {
	ctx  context.Context
	txn  *badger.Txn
	gen  uint64
	meta genMeta
}

func (tx *graphTx) Documents() int { return tx.meta.Documents }

func (tx *graphTx) SetDocuments(n int) error {
	if n < 0 {
		return fmt.Errorf("badgerstore: negative document count %d", n)
	}
	tx.meta.Documents = n
	return nil
}

func (tx *graphTx) State(key string) ([]byte, error) {
	item, err := tx.txn.Get(stateKey(tx.gen, key))
	if err != nil {
		return nil, convert(err)
	}
	return item.ValueCopy(nil)
}

func (tx *graphTx) ScanState(prefix string, fn func(key string, value []byte) error) error {
	p := stateKey(tx.gen, prefix)
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: true, PrefetchSize: 256})
	defer it.Close()
	skip := len(stateKey(tx.gen, ""))
	n := 0
	for it.Rewind(); it.Valid(); it.Next() {
		if n++; n%1024 == 0 {
			if err := tx.ctx.Err(); err != nil {
				return err
			}
		}
		item := it.Item()
		if err := item.Value(func(v []byte) error { return fn(string(item.Key()[skip:]), v) }); err != nil {
			return err
		}
	}
	return nil
}

func (tx *graphTx) PutState(key string, value []byte) error {
	if strings.IndexByte(key, sep) >= 0 {
		return fmt.Errorf("badgerstore: state key %q holds a NUL byte", key)
	}
	return tx.txn.Set(stateKey(tx.gen, key), value)
}

func (tx *graphTx) DeleteState(key string) error {
	return tx.txn.Delete(stateKey(tx.gen, key))
}

func (tx *graphTx) Entity(id string) (*graph.Entity, error) {
	item, err := tx.txn.Get(entKey(tx.gen, id))
	if err != nil {
		return nil, convert(err)
	}
	e := new(graph.Entity)
	return e, decodeItem(item, e)
}

func (tx *graphTx) PutEntity(e *graph.Entity) error {
	if e.ID == "" || strings.IndexByte(e.ID, sep) >= 0 {
		return fmt.Errorf("badgerstore: entity with an empty or NUL-bearing ID %q", e.ID)
	}
	old, err := tx.Entity(e.ID)
	switch {
	case errors.Is(err, store.ErrNotFound):
		tx.meta.Entities++
	case err != nil:
		return err
	default:
		for _, n := range names(old) {
			if !slices.Contains(names(e), n) {
				if err := tx.txn.Delete(aliasKey(tx.gen, n, e.ID)); err != nil {
					return err
				}
			}
		}
	}
	v, err := encode(e)
	if err != nil {
		return err
	}
	if err := tx.txn.Set(entKey(tx.gen, e.ID), v); err != nil {
		return err
	}
	for _, n := range names(e) {
		if err := tx.txn.Set(aliasKey(tx.gen, n, e.ID), nil); err != nil {
			return err
		}
	}
	return nil
}

func (tx *graphTx) DeleteEntity(id string) error {
	old, err := tx.Entity(id)
	if err != nil {
		return err
	}
	for _, n := range names(old) {
		if err := tx.txn.Delete(aliasKey(tx.gen, n, id)); err != nil {
			return err
		}
	}
	tx.meta.Entities--
	return tx.txn.Delete(entKey(tx.gen, id))
}

func (tx *graphTx) Event(id string) (*graph.Event, error) {
	item, err := tx.txn.Get(eidKey(tx.gen, id))
	if err != nil {
		return nil, convert(err)
	}
	okey, err := item.ValueCopy(nil)
	if err != nil {
		return nil, err
	}
	item, err = tx.txn.Get(evtKey(tx.gen, string(okey)))
	if err != nil {
		return nil, fmt.Errorf("badgerstore: event %s: %w", id, convert(err))
	}
	e := new(graph.Event)
	return e, decodeItem(item, e)
}

// stored is an event of a run as stored: its rank and encoded value.
type stored struct {
	rank  string
	value []byte
	event graph.Event
}

// run reads the events of run sk in order.
func (tx *graphTx) run(sk string) ([]stored, error) {
	p := append(evtKey(tx.gen, sk), sep)
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: true, PrefetchSize: 64})
	defer it.Close()
	var out []stored
	for it.Rewind(); it.Valid(); it.Next() {
		item := it.Item()
		v, err := item.ValueCopy(nil)
		if err != nil {
			return nil, err
		}
		s := stored{rank: string(item.Key()[len(p):]), value: v}
		if err := decodeItem(item, &s.event); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (tx *graphTx) Run(sk string) ([]graph.Event, error) {
	ss, err := tx.run(sk)
	if err != nil {
		return nil, err
	}
	evs := make([]graph.Event, len(ss))
	for i := range ss {
		evs[i] = ss[i].event
	}
	return evs, nil
}

// PutRun keeps the rank of the longest sequence of the run's events that
// stay in the same order, rewriting those of them that changed; the other
// events get ranks between their neighbours', and those no longer in the
// run are removed with their index entries.
func (tx *graphTx) PutRun(sk string, events []graph.Event) error {
	if err := tx.ctx.Err(); err != nil {
		return err
	}
	for i := range events {
		if got := events[i].Date.SortKey(); got != sk {
			return fmt.Errorf("badgerstore: event %s dated %q put in run %q", events[i].ID, got, sk)
		}
		if events[i].ID == "" {
			return errors.New("badgerstore: event without an ID")
		}
	}
	old, err := tx.run(sk)
	if err != nil {
		return err
	}
	oldAt := make(map[string]int, len(old))
	for i := range old {
		oldAt[old[i].event.ID] = i
	}
	// The old positions of the events that stay, in the new order; the
	// longest increasing sequence of them keeps its ranks.
	seq := make([]int, len(events))
	for i := range events {
		if j, ok := oldAt[events[i].ID]; ok {
			seq[i] = j
		} else {
			seq[i] = -1
		}
	}
	keep := longestIncreasing(seq)
	ranks := make([]string, len(events))
	for i := range events {
		if keep[i] {
			ranks[i] = old[seq[i]].rank
		}
	}
	for lo := 0; lo < len(events); {
		if keep[lo] {
			lo++
			continue
		}
		hi := lo
		for hi < len(events) && !keep[hi] {
			hi++
		}
		before, after := "", ""
		if lo > 0 {
			before = ranks[lo-1]
		}
		if hi < len(events) {
			after = ranks[hi]
		}
		copy(ranks[lo:hi], ranksBetween(before, after, hi-lo))
		lo = hi
	}
	kept := map[string]bool{}
	for i := range events {
		if j := seq[i]; j >= 0 && ranks[i] == old[j].rank {
			kept[events[i].ID] = true
		}
	}
	// Remove what no longer stands under its old key.
	for i := range old {
		o := &old[i].event
		if kept[o.ID] {
			continue
		}
		okey := orderKey(sk, old[i].rank)
		if err := tx.txn.Delete(evtKey(tx.gen, okey)); err != nil {
			return err
		}
		for _, id := range participants(o) {
			if err := tx.txn.Delete(partKey(tx.gen, id, okey)); err != nil {
				return err
			}
		}
		// the ID entry, unless the event was put in another run already
		if item, err := tx.txn.Get(eidKey(tx.gen, o.ID)); err == nil {
			if v, err := item.ValueCopy(nil); err != nil {
				return err
			} else if string(v) == okey {
				if err := tx.txn.Delete(eidKey(tx.gen, o.ID)); err != nil {
					return err
				}
			}
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		tx.meta.Events--
	}
	set := func(k, v []byte) error { return tx.txn.Set(k, v) }
	for i := range events {
		e := &events[i]
		okey := orderKey(sk, ranks[i])
		if !kept[e.ID] {
			tx.meta.Events++
			if err := putEvent(set, tx.gen, okey, e); err != nil {
				return err
			}
			continue
		}
		o := &old[seq[i]]
		c := *e
		c.Order = 0
		v, err := encode(&c)
		if err != nil {
			return err
		}
		if bytes.Equal(v, o.value) {
			continue
		}
		for _, id := range participants(&o.event) {
			if err := tx.txn.Delete(partKey(tx.gen, id, okey)); err != nil {
				return err
			}
		}
		if err := putEvent(set, tx.gen, okey, e); err != nil {
			return err
		}
	}
	if len(events) == 0 {
		return tx.txn.Delete(runKey(tx.gen, sk))
	}
	return tx.txn.Set(runKey(tx.gen, sk), []byte(strconv.Itoa(len(events))))
}

func (tx *graphTx) EventDates(entity string, fn func(graph.Date) error) error {
	if strings.IndexByte(entity, sep) >= 0 {
		return nil
	}
	p := partPrefix(tx.gen, entity)
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: true, PrefetchSize: 256})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		var d graph.Date
		if err := decodeItem(it.Item(), &d); err != nil {
			return err
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	return nil
}

// longestIncreasing marks a longest strictly increasing subsequence of the
// non-negative values of seq (negative ones are never in it); of several,
// the one ending in the smallest value (patience sorting), so the choice
// is deterministic.
func longestIncreasing(seq []int) []bool {
	var tails []int // tails[k]: index in seq ending the best sequence of length k+1
	prev := make([]int, len(seq))
	for i, v := range seq {
		prev[i] = -1
		if v < 0 {
			continue
		}
		k, _ := slices.BinarySearchFunc(tails, v, func(t, v int) int { return seq[t] - v })
		if k > 0 {
			prev[i] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	keep := make([]bool, len(seq))
	if len(tails) > 0 {
		for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
			keep[i] = true
		}
	}
	return keep
}

// ranksBetween returns n ranks in increasing order, each greater than
// before (or any, if before is "") and less than after (or any, if after
// is ""), as digit strings compared as strings. Both bounds are read as
// decimal fractions of the same length, padded with zeros, and the n
// ranks spaced evenly between them, with more digits when the gap is too
// small.
func ranksBetween(before, after string, n int) []string {
	if n == 0 {
		return nil
	}
	for width := max(len(before), len(after), rankWidth); ; width += 2 {
		lo := digitsValue(before, width)
		hi := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(width)), nil)
		if after != "" {
			hi = digitsValue(after, width)
		}
		gap := new(big.Int).Sub(hi, lo)
		if gap.Cmp(big.NewInt(int64(n))) <= 0 {
			continue
		}
		step := gap.Div(gap, big.NewInt(int64(n+1)))
		out := make([]string, n)
		r := new(big.Int).Set(lo)
		for i := range out {
			r.Add(r, step)
			d := r.String()
			out[i] = strings.Repeat("0", width-len(d)) + d
		}
		return out
	}
}

// digitsValue reads the digit string s, padded with zeros to width digits,
// as a number ("" is 0).
func digitsValue(s string, width int) *big.Int {
	v, _ := new(big.Int).SetString(s+strings.Repeat("0", width-len(s)), 10)
	return v
}
