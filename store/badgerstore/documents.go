package badgerstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"

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
	db.docsMu.RLock()
	defer db.docsMu.RUnlock()
	existed := false
	err = db.bdb.Update(func(txn *badger.Txn) error {
		k := docKey(d.ID)
		if _, err := txn.Get(k); err == nil {
			existed = true
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		return txn.Set(k, v)
	})
	if err != nil {
		return fmt.Errorf("badgerstore: storing document %s: %w", d.ID, convert(err))
	}
	if !existed && db.docsKnown {
		db.docs.Add(1)
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
// Values are decoded by up to GOMAXPROCS goroutines in batches while fn
// runs on the caller's goroutine, one document at a time, in order.
func (db *DB) Documents(ctx context.Context, fn func(*graph.Document) error) error {
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	decoders := max(runtime.GOMAXPROCS(0), 1)
	// Batches go to the decoders in order and come back through their own
	// channel, queued in order, so fn sees ID order whatever the decoders do.
	type batch struct {
		keys, vals [][]byte
		docs       []*graph.Document
		err        error
		done       chan struct{}
	}
	work := make(chan *batch, decoders)
	queue := make(chan *batch, decoders*2)
	var wg sync.WaitGroup
	for range decoders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				b.docs = make([]*graph.Document, len(b.vals))
				for i, v := range b.vals {
					d := new(graph.Document)
					if err := json.Unmarshal(v, d); err != nil {
						b.err = fmt.Errorf("badgerstore: decoding %s: %w", printable(b.keys[i]), err)
						break
					}
					b.docs[i] = d
				}
				b.vals = nil
				close(b.done)
			}
		}()
	}
	// The reader copies values out of one snapshot and hands them on.
	var readErr error
	go func() {
		defer close(queue)
		defer close(work)
		readErr = db.view(ctx, func(txn *badger.Txn) error {
			opts := badger.DefaultIteratorOptions
			opts.Prefix = []byte(prefixDoc)
			opts.PrefetchSize = 16
			it := txn.NewIterator(opts)
			defer it.Close()
			const size = 32
			b := &batch{done: make(chan struct{})}
			send := func() error {
				select {
				case work <- b:
				case <-ctx.Done():
					return ctx.Err()
				}
				select {
				case queue <- b:
				case <-ctx.Done():
					return ctx.Err()
				}
				b = &batch{done: make(chan struct{})}
				return nil
			}
			for it.Rewind(); it.Valid(); it.Next() {
				item := it.Item()
				v, err := item.ValueCopy(nil)
				if err != nil {
					return err
				}
				b.keys = append(b.keys, item.KeyCopy(nil))
				b.vals = append(b.vals, v)
				if len(b.vals) == size {
					if err := send(); err != nil {
						return err
					}
				}
			}
			if len(b.vals) > 0 {
				return send()
			}
			return nil
		})
	}()
	var err error
	for b := range queue {
		if err != nil {
			continue // drain, so the reader and decoders finish
		}
		<-b.done
		if b.err != nil {
			err = b.err
			cancel()
			continue
		}
		for _, d := range b.docs {
			if err = parent.Err(); err != nil {
				cancel()
				break
			}
			if err = fn(d); err != nil {
				cancel()
				break
			}
		}
	}
	wg.Wait()
	if err != nil {
		return err
	}
	return readErr
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
