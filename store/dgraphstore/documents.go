package dgraphstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/dgo/v250/protos/api"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
)

// docPage is how many documents one query of Documents fetches; documents
// carry their whole text, so pages stay small.
const docPage = 64

// HasDocument reports whether a document with this ID is stored.
func (db *DB) HasDocument(ctx context.Context, id string) (bool, error) {
	if id == "" {
		return false, ctx.Err()
	}
	txn := db.dg.NewReadOnlyTxn()
	var out struct {
		D []struct{ UID string } `json:"d"`
	}
	err := query(ctx, txn, `d(func: eq(doc.id, $id), first: 1) { uid }`, &out, str("id", id))
	if err != nil {
		return false, fmt.Errorf("dgraphstore: has document %s: %w", id, err)
	}
	return len(out.D) > 0, nil
}

// PutDocument upserts d keyed on its ID in one transaction: a new node the
// first time, the same node rewritten after, so re-ingesting is idempotent.
func (db *DB) PutDocument(ctx context.Context, d *graph.Document) error {
	if d == nil || d.ID == "" {
		return errors.New("dgraphstore: put document: empty document ID")
	}
	blob, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("dgraphstore: encode document %s: %w", d.ID, err)
	}
	node := map[string]any{
		"uid":         "uid(d)",
		"dgraph.type": "Document",
		"doc.id":      d.ID,
		"doc.json":    string(blob),
		"doc.path":    d.Path,
		"doc.title":   d.Title,
		"doc.url":     d.URL,
		"doc.format":  d.Format,
	}
	if day, ok := dayTime(d.Published.Earliest); ok {
		node["doc.published"] = day
	}
	set, err := json.Marshal(node)
	if err != nil {
		return fmt.Errorf("dgraphstore: encode document %s: %w", d.ID, err)
	}
	err = retry(ctx, func() error {
		_, err := db.dg.NewTxn().Do(ctx, &api.Request{
			Query: `query q($id: string) { d as var(func: eq(doc.id, $id)) }`,
			Vars:  map[string]string{"$id": d.ID},
			Mutations: []*api.Mutation{
				// Clear the optional date first: a re-ingested document may
				// have lost it.
				{DelNquads: []byte(`uid(d) <doc.published> * .`), Cond: `@if(gt(len(d), 0))`},
				{SetJson: set},
			},
			CommitNow: true,
		})
		return err
	})
	if err != nil {
		return fmt.Errorf("dgraphstore: put document %s: %w", d.ID, err)
	}
	return nil
}

// Document returns a stored document, or store.ErrNotFound.
func (db *DB) Document(ctx context.Context, id string) (*graph.Document, error) {
	if id == "" {
		return nil, notFound(ctx, "document", id)
	}
	txn := db.dg.NewReadOnlyTxn()
	var out struct {
		D []struct {
			JSON string `json:"doc.json"`
		} `json:"d"`
	}
	err := query(ctx, txn, `d(func: eq(doc.id, $id), first: 1) { doc.json }`, &out, str("id", id))
	if err != nil {
		return nil, fmt.Errorf("dgraphstore: document %s: %w", id, err)
	}
	if len(out.D) == 0 {
		return nil, notFound(ctx, "document", id)
	}
	return decodeDocument(id, out.D[0].JSON)
}

// Documents calls fn for every document in ID order, reading pages of
// documents from one snapshot of the database.
func (db *DB) Documents(ctx context.Context, fn func(*graph.Document) error) error {
	txn := db.dg.NewReadOnlyTxn()
	after := ""
	for {
		var out struct {
			D []struct {
				ID   string `json:"doc.id"`
				JSON string `json:"doc.json"`
			} `json:"d"`
		}
		root, args := "has(doc.id)", []arg{num("n", docPage)}
		if after != "" {
			root, args = "gt(doc.id, $after)", append(args, str("after", after))
		}
		err := query(ctx, txn, `d(func: `+root+`, orderasc: doc.id, first: $n) { doc.id doc.json }`,
			&out, args...)
		if err != nil {
			return fmt.Errorf("dgraphstore: documents: %w", err)
		}
		for _, r := range out.D {
			d, err := decodeDocument(r.ID, r.JSON)
			if err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(d); err != nil {
				return err
			}
			after = r.ID
		}
		if len(out.D) < docPage {
			return nil
		}
	}
}

func decodeDocument(id, blob string) (*graph.Document, error) {
	d := new(graph.Document)
	if err := json.Unmarshal([]byte(blob), d); err != nil {
		return nil, fmt.Errorf("dgraphstore: decode document %s: %w", id, err)
	}
	return d, nil
}

// dayTime parses a YYYY-MM-DD day for a datetime predicate.
func dayTime(day string) (time.Time, bool) {
	if len(day) != 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", day)
	return t, err == nil
}

// notFound returns store.ErrNotFound for the named kind of record, or the
// context's error when ctx has ended.
func notFound(ctx context.Context, kind, id string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return fmt.Errorf("dgraphstore: %s %q: %w", kind, id, store.ErrNotFound)
}
