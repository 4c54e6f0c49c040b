package badgerstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronograph/chronograph/graph"
)

// migrate1 brings a version 1 database to version 2. Version 1 kept events
// under their timeline position (g/<gen>/evt/<10 digits>), so that one
// event added early in the timeline moved every later one; version 2 keeps
// them under order keys (see orderKey) with a count per run. The current
// graph is read, written again under a new generation, and the generation
// and the version are switched in one transaction: a crash before leaves a
// version 1 database, after it a version 2 one (Open removes the old
// generation either way).
func (db *DB) migrate1(ctx context.Context) error {
	var g graph.Snapshot
	var cur uint64
	var hasCur bool
	var documents int
	err := db.bdb.View(func(txn *badger.Txn) error {
		var err error
		cur, hasCur, err = currentGen(txn)
		if err != nil || !hasCur {
			return err
		}
		item, err := txn.Get(metaKey(cur))
		if err != nil {
			return err
		}
		var m genMeta
		if err := decodeItem(item, &m); err != nil {
			return err
		}
		documents = m.Documents
		it := txn.NewIterator(badger.IteratorOptions{Prefix: genKey(cur, kindEnt), PrefetchValues: true, PrefetchSize: 100})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var e graph.Entity
			if err := decodeItem(it.Item(), &e); err != nil {
				return err
			}
			g.Entities = append(g.Entities, e)
		}
		p := genKey(cur, kindEvt)
		ev := txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: true, PrefetchSize: 100})
		defer ev.Close()
		for ev.Rewind(); ev.Valid(); ev.Next() {
			pos, err := strconv.Atoi(string(ev.Item().Key()[len(p):]))
			if err != nil || pos != len(g.Events) {
				return fmt.Errorf("version 1 event key %s out of sequence", printable(ev.Item().Key()))
			}
			var e graph.Event
			if err := decodeItem(ev.Item(), &e); err != nil {
				return err
			}
			e.Order = pos
			g.Events = append(g.Events, e)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("migrating format 1 to 2: reading the graph: %w", err)
	}
	setVersion := func(txn *badger.Txn) error { return txn.Set([]byte(keyVersion), []byte("2")) }
	if !hasCur {
		return db.bdb.Update(setVersion)
	}
	if err := validate(&g, documents); err != nil {
		return fmt.Errorf("migrating format 1 to 2: %w", err)
	}
	next := cur + 1
	if err := db.writeGeneration(ctx, next, &g, documents, nil); err != nil {
		_ = db.deletePrefix(context.Background(), genPrefix(next))
		return fmt.Errorf("migrating format 1 to 2: %w", err)
	}
	if err := db.bdb.Sync(); err != nil {
		return err
	}
	err = db.bdb.Update(func(txn *badger.Txn) error {
		if err := txn.Set([]byte(keyGen), encodeGen(next)); err != nil {
			return err
		}
		return setVersion(txn)
	})
	if err != nil {
		return fmt.Errorf("migrating format 1 to 2: switching: %w", err)
	}
	return errors.Join(db.bdb.Sync(), db.deletePrefix(ctx, genPrefix(cur)))
}
