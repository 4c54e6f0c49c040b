package badgerstore

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
)

// ReplaceGraph stores g as the consolidated graph, built from documents
// stored documents, replacing the previous graph atomically: it writes g
// under a new generation, switches the current generation in one
// transaction, syncs, then deletes the old generation. Readers see the old
// graph until the switch and the new one after it. g must be valid: entity
// IDs non-empty, without NUL bytes and strictly ascending; Events[i].Order ==
// i, dates' sort keys (graph.Date.SortKey) non-decreasing; event IDs non-empty and unique; every participant an entity of g.
// Cancelling ctx before the switch leaves the old graph in place. An error
// after the switch (removing the old generation) leaves the new graph in
// place; the next Open finishes the removal.
func (db *DB) ReplaceGraph(ctx context.Context, g *graph.Snapshot, documents int) error {
	return db.ReplaceGraphState(ctx, g, documents, nil)
}

// ReplaceGraphState is ReplaceGraph that also writes, under the new
// generation, the consolidation state records state puts (see
// store.Updater); state may be nil.
func (db *DB) ReplaceGraphState(ctx context.Context, g *graph.Snapshot, documents int,
	state func(put func(key string, value []byte) error) error) error {
	if err := validate(g, documents); err != nil {
		return err
	}
	if db.readOnly {
		return errReadOnly
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	db.replace.Lock()
	defer db.replace.Unlock()

	var cur uint64
	var hasCur bool
	err := db.bdb.View(func(txn *badger.Txn) error {
		var err error
		cur, hasCur, err = currentGen(txn)
		return err
	})
	if err != nil {
		return fmt.Errorf("badgerstore: replacing graph: %w", convert(err))
	}
	next := max(db.nextGen, cur+1)
	db.nextGen = next + 1
	if err := db.writeGeneration(ctx, next, g, documents, state); err != nil {
		// Remove what was written; if this fails too, Open does it.
		_ = db.deletePrefix(context.Background(), genPrefix(next))
		return fmt.Errorf("badgerstore: replacing graph: %w", err)
	}
	if err := db.bdb.Sync(); err != nil {
		return fmt.Errorf("badgerstore: replacing graph: sync: %w", err)
	}
	err = db.bdb.Update(func(txn *badger.Txn) error {
		return txn.Set([]byte(keyGen), encodeGen(next))
	})
	if err != nil {
		_ = db.deletePrefix(context.Background(), genPrefix(next))
		return fmt.Errorf("badgerstore: replacing graph: switching generation: %w", convert(err))
	}
	if err := db.bdb.Sync(); err != nil {
		return fmt.Errorf("badgerstore: graph replaced but not synced: %w", err)
	}
	if hasCur {
		if err := db.deletePrefix(context.Background(), genPrefix(cur)); err != nil {
			return fmt.Errorf("badgerstore: graph replaced but the old one not removed: %w", err)
		}
		if err := db.collectGarbage(); err != nil {
			return fmt.Errorf("badgerstore: graph replaced but the old one's values not collected: %w", err)
		}
	}
	return nil
}

// validate checks g against ReplaceGraph's contract.
func validate(g *graph.Snapshot, documents int) error {
	if g == nil {
		return errors.New("badgerstore: nil graph")
	}
	if documents < 0 {
		return fmt.Errorf("badgerstore: negative document count %d", documents)
	}
	for i, e := range g.Entities {
		if e.ID == "" || strings.IndexByte(e.ID, sep) >= 0 {
			return fmt.Errorf("badgerstore: invalid graph: entity %d has an empty or NUL-bearing ID %q", i, e.ID)
		}
		if i > 0 && e.ID <= g.Entities[i-1].ID {
			return fmt.Errorf("badgerstore: invalid graph: entity %d (%s) not after %s: entities must be sorted by ID without duplicates",
				i, e.ID, g.Entities[i-1].ID)
		}
	}
	ids := make(map[string]int, len(g.Events))
	for i := range g.Events {
		e := &g.Events[i]
		if e.Order != i {
			return fmt.Errorf("badgerstore: invalid graph: event %d (%s) has order %d", i, e.ID, e.Order)
		}
		if e.ID == "" {
			return fmt.Errorf("badgerstore: invalid graph: event %d has no ID", i)
		}
		if i > 0 && e.Date.SortKey() < g.Events[i-1].Date.SortKey() {
			return fmt.Errorf("badgerstore: invalid graph: event %d (%s) dated before event %d: events must be in timeline order",
				i, e.ID, i-1)
		}
		if j, dup := ids[e.ID]; dup {
			return fmt.Errorf("badgerstore: invalid graph: events %d and %d share ID %s", j, i, e.ID)
		}
		ids[e.ID] = i
		for _, p := range e.Participants {
			if _, ok := slices.BinarySearchFunc(g.Entities, p.ID, func(en graph.Entity, id string) int {
				return strings.Compare(en.ID, id)
			}); !ok {
				return fmt.Errorf("badgerstore: invalid graph: event %d (%s) has participant %q, not an entity of the graph",
					i, e.ID, p.ID)
			}
		}
	}
	return nil
}

// names returns the distinct lower-cased names an entity is found by, sorted;
// names with a NUL byte cannot be indexed and are left out.
func names(e *graph.Entity) []string {
	ns := make([]string, 0, 1+len(e.Aliases))
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		n = strings.ToLower(n)
		if n != "" && strings.IndexByte(n, sep) < 0 {
			ns = append(ns, n)
		}
	}
	slices.Sort(ns)
	return slices.Compact(ns)
}

// participants returns the distinct participant IDs of e, sorted.
func participants(e *graph.Event) []string {
	ids := make([]string, len(e.Participants))
	for i, p := range e.Participants {
		ids[i] = p.ID
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// writeGeneration writes g and the state records state puts (if state is
// not nil) under generation gen with a WriteBatch.
func (db *DB) writeGeneration(ctx context.Context, gen uint64, g *graph.Snapshot, documents int,
	state func(put func(key string, value []byte) error) error) error {
	wb := db.bdb.NewWriteBatch()
	defer wb.Cancel()
	set := func(k, v []byte) error {
		if err := wb.Set(k, v); err != nil {
			return convert(err)
		}
		return nil
	}
	for i := range g.Entities {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		e := &g.Entities[i]
		v, err := encode(e)
		if err != nil {
			return err
		}
		if err := set(entKey(gen, e.ID), v); err != nil {
			return err
		}
		for _, n := range names(e) {
			if err := set(aliasKey(gen, n, e.ID), nil); err != nil {
				return err
			}
		}
	}
	for lo := 0; lo < len(g.Events); {
		if err := ctx.Err(); err != nil {
			return err
		}
		sk := g.Events[lo].Date.SortKey()
		hi := lo + 1
		for hi < len(g.Events) && g.Events[hi].Date.SortKey() == sk {
			hi++
		}
		for i := lo; i < hi; i++ {
			if err := putEvent(set, gen, orderKey(sk, spacedRank(i-lo)), &g.Events[i]); err != nil {
				return err
			}
		}
		if err := set(runKey(gen, sk), []byte(strconv.Itoa(hi-lo))); err != nil {
			return err
		}
		lo = hi
	}
	if state != nil {
		n := 0
		err := state(func(key string, value []byte) error {
			if n++; n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if strings.IndexByte(key, sep) >= 0 {
				return fmt.Errorf("badgerstore: state key %q holds a NUL byte", key)
			}
			return set(stateKey(gen, key), value)
		})
		if err != nil {
			return err
		}
	}
	meta, err := encode(genMeta{Documents: documents, Entities: len(g.Entities), Events: len(g.Events)})
	if err != nil {
		return err
	}
	if err := set(metaKey(gen), meta); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return convert(wb.Flush())
}

// putEvent writes event e under order key okey with set: the event, stored
// with Order 0 (readers count it), its ID index entry and its participant
// index entries, valued with its date.
func putEvent(set func(k, v []byte) error, gen uint64, okey string, e *graph.Event) error {
	c := *e
	c.Order = 0
	v, err := encode(&c)
	if err != nil {
		return err
	}
	if err := set(evtKey(gen, okey), v); err != nil {
		return err
	}
	if err := set(eidKey(gen, e.ID), []byte(okey)); err != nil {
		return err
	}
	date, err := encode(e.Date)
	if err != nil {
		return err
	}
	for _, id := range participants(e) {
		if err := set(partKey(gen, id, okey), date); err != nil {
			return err
		}
	}
	return nil
}

// runIndex returns the position within its run of each event of the runs
// of sort keys sks: order key -> index, from a scan of each run's keys.
func runIndex(txn *badger.Txn, gen uint64, sks map[string]bool) map[string]int {
	idx := map[string]int{}
	pre := genKey(gen, kindEvt)
	for sk := range sks {
		p := append(evtKey(gen, sk), sep)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		n := 0
		for it.Rewind(); it.Valid(); it.Next() {
			idx[string(it.Item().Key()[len(pre):])] = n
			n++
		}
		it.Close()
	}
	return idx
}

// runStarts returns, for each run of generation gen, the timeline position
// of its first event: the counts of the runs before it, summed.
func runStarts(txn *badger.Txn, gen uint64) (map[string]int, error) {
	p := genKey(gen, kindRun)
	it := txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: true, PrefetchSize: 256})
	defer it.Close()
	starts := map[string]int{}
	n := 0
	for it.Rewind(); it.Valid(); it.Next() {
		c, err := runCount(it.Item())
		if err != nil {
			return nil, err
		}
		starts[string(it.Item().Key()[len(p):])] = n
		n += c
	}
	return starts, nil
}

// runCount reads a run key's count.
func runCount(item *badger.Item) (int, error) {
	v, err := item.ValueCopy(nil)
	if err != nil {
		return 0, err
	}
	c, err := strconv.Atoi(string(v))
	if err != nil || c < 0 {
		return 0, fmt.Errorf("badgerstore: bad run count %q at %s", v, printable(item.Key()))
	}
	return c, nil
}

// Entity returns the entity with this ID in the current graph, or an error
// wrapping store.ErrNotFound. The result is the caller's.
func (db *DB) Entity(ctx context.Context, id string) (*graph.Entity, error) {
	e := new(graph.Entity)
	err := db.view(ctx, func(txn *badger.Txn) error {
		gen, ok, err := currentGen(txn)
		if err != nil || !ok {
			return cmpErr(err, badger.ErrKeyNotFound)
		}
		item, err := txn.Get(entKey(gen, id))
		if err != nil {
			return err
		}
		return decodeItem(item, e)
	})
	if err != nil {
		return nil, fmt.Errorf("badgerstore: entity %s: %w", id, convert(err))
	}
	return e, nil
}

// cmpErr returns err, or alt when err is nil.
func cmpErr(err, alt error) error {
	if err != nil {
		return err
	}
	return alt
}

// Entities calls fn for every entity of the current graph in ID order, from
// one snapshot. Iteration stops at fn's first error, or when ctx is done,
// and returns it.
func (db *DB) Entities(ctx context.Context, fn func(*graph.Entity) error) error {
	return db.view(ctx, func(txn *badger.Txn) error {
		gen, ok, err := currentGen(txn)
		if err != nil || !ok {
			return err
		}
		opts := badger.DefaultIteratorOptions
		opts.Prefix = genKey(gen, kindEnt)
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			e := new(graph.Entity)
			if err := decodeItem(it.Item(), e); err != nil {
				return err
			}
			if err := fn(e); err != nil {
				return err
			}
		}
		return nil
	})
}

// FindEntities returns the entities of the current graph whose name or one
// of whose aliases equals name after lower-casing both (strings.ToLower),
// sorted by ID; nil when there are none.
func (db *DB) FindEntities(ctx context.Context, name string) ([]*graph.Entity, error) {
	key := strings.ToLower(name)
	if key == "" || strings.IndexByte(key, sep) >= 0 {
		return nil, ctx.Err()
	}
	var found []*graph.Entity
	err := db.view(ctx, func(txn *badger.Txn) error {
		gen, ok, err := currentGen(txn)
		if err != nil || !ok {
			return err
		}
		p := aliasPrefix(gen, key)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			id := it.Item().Key()[len(p):]
			item, err := txn.Get(entKey(gen, string(id)))
			if errors.Is(err, badger.ErrKeyNotFound) {
				return fmt.Errorf("badgerstore: index entry %s names a missing entity", printable(it.Item().Key()))
			}
			if err != nil {
				return err
			}
			e := new(graph.Entity)
			if err := decodeItem(item, e); err != nil {
				return err
			}
			found = append(found, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("badgerstore: finding %q: %w", name, err)
	}
	return found, nil
}

// Event returns the event with this ID in the current graph, or an error
// wrapping store.ErrNotFound. The result is the caller's.
func (db *DB) Event(ctx context.Context, id string) (*graph.Event, error) {
	e := new(graph.Event)
	err := db.view(ctx, func(txn *badger.Txn) error {
		gen, ok, err := currentGen(txn)
		if err != nil || !ok {
			return cmpErr(err, badger.ErrKeyNotFound)
		}
		item, err := txn.Get(eidKey(gen, id))
		if err != nil {
			return err
		}
		okey, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		sk, _, err := parseOrderKey(okey)
		if err != nil {
			return err
		}
		item, err = txn.Get(evtKey(gen, string(okey)))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return fmt.Errorf("badgerstore: index entry %s names a missing event", printable(eidKey(gen, id)))
		}
		if err != nil {
			return err
		}
		if err := decodeItem(item, e); err != nil {
			return err
		}
		starts, err := runStarts(txn, gen)
		if err != nil {
			return err
		}
		e.Order = starts[sk] + runIndex(txn, gen, map[string]bool{sk: true})[string(okey)]
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("badgerstore: event %s: %w", id, convert(err))
	}
	return e, nil
}

// Events calls fn for every event of the current graph matching q, in
// timeline order, from one snapshot. With q.Entity set it reads only that
// entity's events through the participant index. Iteration stops at fn's
// first error, or when ctx is done, and returns it.
func (db *DB) Events(ctx context.Context, q store.EventQuery, fn func(*graph.Event) error) error {
	return db.view(ctx, func(txn *badger.Txn) error {
		gen, ok, err := currentGen(txn)
		if err != nil || !ok {
			return err
		}
		emit := func(item *badger.Item, order int) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			e := new(graph.Event)
			if err := decodeItem(item, e); err != nil {
				return err
			}
			e.Order = order
			if !q.Match(e) {
				return nil
			}
			return fn(e)
		}
		if q.Entity == "" {
			opts := badger.DefaultIteratorOptions
			opts.Prefix = genKey(gen, kindEvt)
			it := txn.NewIterator(opts)
			defer it.Close()
			n := 0
			for it.Rewind(); it.Valid(); it.Next() {
				if err := emit(it.Item(), n); err != nil {
					return err
				}
				n++
			}
			return nil
		}
		if strings.IndexByte(q.Entity, sep) >= 0 {
			return nil
		}
		p := partPrefix(gen, q.Entity)
		var okeys []string
		sks := map[string]bool{}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		for it.Rewind(); it.Valid(); it.Next() {
			ok := it.Item().Key()[len(p):]
			sk, _, err := parseOrderKey(ok)
			if err != nil {
				it.Close()
				return fmt.Errorf("badgerstore: index entry %s: %w", printable(it.Item().Key()), err)
			}
			okeys = append(okeys, string(ok))
			sks[sk] = true
		}
		it.Close()
		if len(okeys) == 0 {
			return nil
		}
		starts, err := runStarts(txn, gen)
		if err != nil {
			return err
		}
		within := runIndex(txn, gen, sks)
		for _, ok := range okeys {
			item, err := txn.Get(evtKey(gen, ok))
			if errors.Is(err, badger.ErrKeyNotFound) {
				return fmt.Errorf("badgerstore: index entry %s names a missing event", printable(partKey(gen, q.Entity, ok)))
			}
			if err != nil {
				return err
			}
			sk, _, _ := parseOrderKey([]byte(ok))
			if err := emit(item, starts[sk]+within[ok]); err != nil {
				return err
			}
		}
		return nil
	})
}

// Stats counts the stored documents (by scanning their keys) and the current
// graph's entities and events.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	docs, err := db.documentCount(ctx)
	if err != nil {
		return store.Stats{}, fmt.Errorf("badgerstore: stats: %w", convert(err))
	}
	s.Documents = docs
	err = db.view(ctx, func(txn *badger.Txn) error {
		gen, ok, err := currentGen(txn)
		if err != nil || !ok {
			return err
		}
		item, err := txn.Get(metaKey(gen))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return fmt.Errorf("badgerstore: current generation %d has no meta record", gen)
		}
		if err != nil {
			return err
		}
		var m genMeta
		if err := decodeItem(item, &m); err != nil {
			return err
		}
		s.Entities, s.Events, s.GraphDocuments = m.Entities, m.Events, m.Documents
		return nil
	})
	if err != nil {
		return store.Stats{}, fmt.Errorf("badgerstore: stats: %w", convert(err))
	}
	return s, nil
}

// documentCount returns the number of stored documents, counting them the
// first time and keeping the count up to date after (see DB.docs).
func (db *DB) documentCount(ctx context.Context) (int, error) {
	db.docsMu.RLock()
	if db.docsKnown {
		n := int(db.docs.Load())
		db.docsMu.RUnlock()
		return n, nil
	}
	db.docsMu.RUnlock()
	db.docsMu.Lock()
	defer db.docsMu.Unlock()
	if !db.docsKnown {
		var n int
		if err := db.view(ctx, func(txn *badger.Txn) error {
			n = countPrefix(txn, []byte(prefixDoc))
			return nil
		}); err != nil {
			return 0, err
		}
		db.docs.Store(int64(n))
		db.docsKnown = true
	}
	return int(db.docs.Load()), nil
}
