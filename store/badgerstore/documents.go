package badgerstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronograph/chronograph/graph"
)

// HasDocument reports whether a document with this ID is stored.
func (db *DB) HasDocument(ctx context.Context, id string) (bool, error) {
	found := false
	err := db.view(ctx, func(txn *badger.Txn) error {
		_, err := txn.Get(docKey(id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		found = err == nil
		return err
	})
	if err != nil {
		return false, fmt.Errorf("badgerstore: document %s: %w", id, err)
	}
	return found, nil
}

// PutDocument stores d under its ID in one transaction, replacing a document
// with the same ID. d must be non-nil with a non-empty ID.
func (db *DB) PutDocument(ctx context.Context, d *graph.Document) error {
	if d == nil || d.ID == "" {
		return errors.New("badgerstore: document without an ID")
	}
	if db.readOnly {
		return errReadOnly
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	v, err := encode(d)
	if err != nil {
		return err
	}
	err = db.bdb.Update(func(txn *badger.Txn) error {
		return txn.Set(docKey(d.ID), v)
	})
	if err != nil {
		return fmt.Errorf("badgerstore: storing document %s: %w", d.ID, convert(err))
	}
	return nil
}

// Document returns the document with this ID, or an error wrapping
// store.ErrNotFound. The result is the caller's.
func (db *DB) Document(ctx context.Context, id string) (*graph.Document, error) {
	d := new(graph.Document)
	err := db.view(ctx, func(txn *badger.Txn) error {
		item, err := txn.Get(docKey(id))
		if err != nil {
			return err
		}
		return decodeItem(item, d)
	})
	if err != nil {
		return nil, fmt.Errorf("badgerstore: document %s: %w", id, convert(err))
	}
	return d, nil
}

// Documents calls fn for every document in ID order, from one snapshot.
// Iteration stops at fn's first error, or when ctx is done, and returns it.
func (db *DB) Documents(ctx context.Context, fn func(*graph.Document) error) error {
	return db.view(ctx, func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = []byte(prefixDoc)
		opts.PrefetchSize = 16
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			d := new(graph.Document)
			if err := decodeItem(it.Item(), d); err != nil {
				return err
			}
			if err := fn(d); err != nil {
				return err
			}
		}
		return nil
	})
}

// countPrefix counts the keys with prefix p without reading values.
func countPrefix(txn *badger.Txn, p []byte) int {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
	defer it.Close()
	n := 0
	for it.Rewind(); it.Valid(); it.Next() {
		n++
	}
	return n
}
