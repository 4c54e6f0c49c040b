package badgerstore

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
)

// Check reads the whole database in one snapshot and returns every
// inconsistency, sorted by key: a missing, unreadable or too new format
// version; documents that do not decode or are stored under another ID; a
// missing or unreadable current generation; generations other than the
// current one; records of the current graph that do not decode or sit under
// the wrong key; events under an order key whose sort key is not their
// date's, runs whose count disagrees with the events found;
// participants that are not entities; index entries (alias, participant,
// event ID) without their record and records without their index entries;
// participant entries that do not give their event's date; counts that
// disagree with the generation's meta record; and keys outside the layout.
// Consolidation state records (st/) are opaque to it. It waits for a ReplaceGraph in progress to finish.
func (db *DB) Check(ctx context.Context) ([]store.Problem, error) {
	db.replace.Lock()
	defer db.replace.Unlock()
	c := &checker{}
	err := db.view(ctx, func(txn *badger.Txn) error {
		c.readHeader(txn)
		opts := badger.DefaultIteratorOptions
		it := txn.NewIterator(opts)
		defer it.Close()
		n := 0
		for it.Rewind(); it.Valid(); it.Next() {
			if n++; n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if err := c.visit(it.Item()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("badgerstore: check: %w", convert(err))
	}
	c.crossCheck()
	slices.SortFunc(c.problems, func(a, b store.Problem) int {
		return cmp.Or(cmp.Compare(a.Key, b.Key), cmp.Compare(a.Message, b.Message))
	})
	return c.problems, nil
}

type aliasEntry struct{ key, name, id string }
type partEntry struct {
	key, id, okey string
	date          []byte
}
type eventInfo struct {
	id    string
	parts []string
	date  []byte // the event's date, encoded
}

// checker accumulates what one pass over the keys finds.
type checker struct {
	problems []store.Problem

	gen    uint64
	hasGen bool
	prefix []byte // of the current generation

	meta     *genMeta
	entities map[string][]string  // entity ID -> names it is indexed by
	events   map[string]eventInfo // order key -> event
	runs     map[string]int       // sort key -> count
	found    map[string]int       // sort key -> events found under it
	eids     map[string]string    // event ID -> order key
	aliases  []aliasEntry
	parts    []partEntry
	stale    map[uint64]bool
}

func (c *checker) add(key []byte, format string, args ...any) {
	c.problems = append(c.problems, store.Problem{Key: printable(key), Message: fmt.Sprintf(format, args...)})
}

// readHeader reads the version and current generation keys.
func (c *checker) readHeader(txn *badger.Txn) {
	c.entities = map[string][]string{}
	c.events = map[string]eventInfo{}
	c.runs = map[string]int{}
	c.found = map[string]int{}
	c.eids = map[string]string{}
	c.stale = map[uint64]bool{}
	item, err := txn.Get([]byte(keyVersion))
	switch {
	case errors.Is(err, badger.ErrKeyNotFound):
		c.add([]byte(keyVersion), "format version missing")
	case err != nil:
		c.add([]byte(keyVersion), "unreadable: %v", err)
	default:
		v, err := item.ValueCopy(nil)
		n, perr := strconv.Atoi(string(v))
		switch {
		case err != nil:
			c.add([]byte(keyVersion), "unreadable: %v", err)
		case perr != nil || n < 1:
			c.add([]byte(keyVersion), "format version %q is not a positive number", v)
		case n != FormatVersion:
			c.add([]byte(keyVersion), "format version %d, this program reads %d", n, FormatVersion)
		}
	}
	gen, ok, err := currentGen(txn)
	if err != nil {
		c.add([]byte(keyGen), "%v", err)
		return
	}
	c.gen, c.hasGen = gen, ok
	if ok {
		c.prefix = genPrefix(gen)
	}
}

func (c *checker) visit(item *badger.Item) error {
	k := item.Key()
	switch {
	case string(k) == keyVersion || string(k) == keyGen:
		return nil
	case bytes.HasPrefix(k, []byte(prefixDoc)):
		var d graph.Document
		if err := decodeItem(item, &d); err != nil {
			c.add(k, "document does not decode: %v", err)
		} else if d.ID != string(k[len(prefixDoc):]) {
			c.add(k, "document has ID %q", d.ID)
		}
		return nil
	case bytes.HasPrefix(k, []byte(prefixGen)):
		g, ok := parseGen(k)
		if !ok {
			c.add(k, "malformed generation key")
			return nil
		}
		if !c.hasGen || g != c.gen {
			if !c.stale[g] {
				c.stale[g] = true
				c.add(genPrefix(g), "leftover generation %d (current: %s)", g, c.current())
			}
			return nil
		}
		return c.visitGen(item, k[len(c.prefix):])
	}
	c.add(k, "key outside the layout")
	return nil
}

func (c *checker) current() string {
	if !c.hasGen {
		return "none"
	}
	return strconv.FormatUint(c.gen, 10)
}

// visitGen checks one key of the current generation; rest follows "g/<gen>/".
func (c *checker) visitGen(item *badger.Item, rest []byte) error {
	k := item.Key()
	cut := func(kind string) ([]byte, bool) { return bytes.CutPrefix(rest, []byte(kind)) }
	if string(rest) == kindMeta {
		var m genMeta
		if err := decodeItem(item, &m); err != nil {
			c.add(k, "meta does not decode: %v", err)
		} else {
			c.meta = &m
		}
		return nil
	}
	if id, ok := cut(kindEnt); ok {
		var e graph.Entity
		if err := decodeItem(item, &e); err != nil {
			c.add(k, "entity does not decode: %v", err)
			return nil
		}
		if e.ID != string(id) {
			c.add(k, "entity has ID %q", e.ID)
		}
		c.entities[string(id)] = names(&e)
		return nil
	}
	if p, ok := cut(kindEvt); ok {
		sk, _, err := parseOrderKey(p)
		if err != nil {
			c.add(k, "%v", err)
			return nil
		}
		c.found[sk]++
		var e graph.Event
		if err := decodeItem(item, &e); err != nil {
			c.add(k, "event does not decode: %v", err)
			c.events[string(p)] = eventInfo{}
			return nil
		}
		if got := e.Date.SortKey(); got != sk {
			c.add(k, "event %s dated %q sorts under %q", e.ID, got, sk)
		}
		date, err := encode(e.Date)
		if err != nil {
			return err
		}
		c.events[string(p)] = eventInfo{id: e.ID, parts: participants(&e), date: date}
		return nil
	}
	if sk, ok := cut(kindRun); ok {
		n, err := runCount(item)
		if err != nil {
			c.add(k, "%v", err)
			return nil
		}
		c.runs[string(sk)] = n
		return nil
	}
	if _, ok := cut(kindState); ok {
		return nil
	}
	if id, ok := cut(kindEID); ok {
		v, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		if _, _, err := parseOrderKey(v); err != nil {
			c.add(k, "%v", err)
			return nil
		}
		c.eids[string(id)] = string(v)
		return nil
	}
	if r, ok := cut(kindAlias); ok {
		name, id, ok := splitIndex(r)
		if !ok {
			c.add(k, "malformed alias index key")
			return nil
		}
		c.aliases = append(c.aliases, aliasEntry{key: string(k), name: string(name), id: string(id)})
		return nil
	}
	if r, ok := cut(kindPart); ok {
		id, okey, found := splitPart(r)
		if !found {
			c.add(k, "malformed participant index key")
			return nil
		}
		if _, _, err := parseOrderKey(okey); err != nil {
			c.add(k, "malformed participant index key")
			return nil
		}
		v, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		c.parts = append(c.parts, partEntry{key: string(k), id: string(id), okey: string(okey), date: v})
		return nil
	}
	c.add(k, "key outside the layout")
	return nil
}

// crossCheck compares records and indexes of the current generation.
func (c *checker) crossCheck() {
	if !c.hasGen {
		return
	}
	gen := c.gen
	if c.meta == nil {
		c.add(metaKey(gen), "current generation has no meta record")
	} else {
		if c.meta.Entities != len(c.entities) {
			c.add(metaKey(gen), "meta counts %d entities, found %d", c.meta.Entities, len(c.entities))
		}
		if c.meta.Events != len(c.events) {
			c.add(metaKey(gen), "meta counts %d events, found %d", c.meta.Events, len(c.events))
		}
	}
	for _, sk := range sortedKeys(c.found) {
		if n, ok := c.runs[sk]; !ok {
			c.add(runKey(gen, sk), "run of %d events has no count", c.found[sk])
		} else if n != c.found[sk] {
			c.add(runKey(gen, sk), "run counts %d events, found %d", n, c.found[sk])
		}
	}
	for _, sk := range sortedKeys(c.runs) {
		if _, ok := c.found[sk]; !ok {
			c.add(runKey(gen, sk), "count of a run without events")
		}
	}
	// Records -> indexes.
	haveAlias := map[aliasEntry]bool{}
	for _, a := range c.aliases {
		haveAlias[aliasEntry{name: a.name, id: a.id}] = true
	}
	for _, id := range sortedKeys(c.entities) {
		for _, n := range c.entities[id] {
			if !haveAlias[aliasEntry{name: n, id: id}] {
				c.add(aliasKey(gen, n, id), "entity %s not indexed under name %q", id, n)
			}
		}
	}
	type partOf struct{ id, okey string }
	haveParts := map[partOf]bool{}
	for _, p := range c.parts {
		haveParts[partOf{p.id, p.okey}] = true
	}
	for _, okey := range sortedKeys(c.events) {
		ev := c.events[okey]
		if ev.id == "" {
			continue // did not decode: reported already
		}
		if p, ok := c.eids[ev.id]; !ok {
			c.add(eidKey(gen, ev.id), "event %s at %s has no ID index entry", ev.id, printable([]byte(okey)))
		} else if p != okey {
			c.add(eidKey(gen, ev.id), "ID index points at %s, event %s is at %s", printable([]byte(p)), ev.id, printable([]byte(okey)))
		}
		for _, id := range ev.parts {
			if _, ok := c.entities[id]; !ok {
				c.add(evtKey(gen, okey), "event %s has participant %s, not an entity", ev.id, id)
			}
			if !haveParts[partOf{id, okey}] {
				c.add(partKey(gen, id, okey), "participant %s of event %s not indexed", id, ev.id)
			}
		}
	}
	// Indexes -> records.
	for _, a := range c.aliases {
		ns, ok := c.entities[a.id]
		switch {
		case !ok:
			c.add([]byte(a.key), "alias index names missing entity %s", a.id)
		case !slices.Contains(ns, a.name):
			c.add([]byte(a.key), "entity %s has no name %q", a.id, a.name)
		}
	}
	for _, p := range c.parts {
		ev, ok := c.events[p.okey]
		switch {
		case !ok:
			c.add([]byte(p.key), "participant index names missing event %s", printable([]byte(p.okey)))
		case ev.id != "" && !slices.Contains(ev.parts, p.id):
			c.add([]byte(p.key), "event %s at %s has no participant %s", ev.id, printable([]byte(p.okey)), p.id)
		case ev.id != "" && !bytes.Equal(ev.date, p.date):
			c.add([]byte(p.key), "participant entry gives date %s, event %s is dated %s", p.date, ev.id, ev.date)
		}
	}
	for _, id := range sortedKeys(c.eids) {
		okey := c.eids[id]
		ev, ok := c.events[okey]
		switch {
		case !ok:
			c.add(eidKey(gen, id), "ID index names missing event %s", printable([]byte(okey)))
		case ev.id != "" && ev.id != id:
			c.add(eidKey(gen, id), "ID index names %s, which holds event %s", printable([]byte(okey)), ev.id)
		}
	}
}

func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
