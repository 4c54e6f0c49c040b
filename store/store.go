// Package store defines Store, the one contract between Chronograph and the
// databases that hold its graph, at the level of the domain: documents,
// entities and events, never key-value pairs. The embedded default backend
// is store/badgerstore; store/storetest is the conformance suite every
// backend must pass.
//
// Data flows in two stages. PutDocument stores one document with everything
// extracted from it, atomically. ReplaceGraph stores the consolidated graph
// (entities merged across documents, events merged across sources, in
// timeline order), also atomically, replacing the previous one. Readers see
// either the old graph or the new one, never a mixture.
package store

import (
	"context"
	"errors"

	"github.com/chronograph/chronograph/graph"
)

// ErrNotFound is returned when a document, entity or event does not exist.
var ErrNotFound = errors.New("store: not found")

// ErrLocked is returned by a backend's Open when another process holds the database.
var ErrLocked = errors.New("store: database in use by another process")

// ErrVersion is returned by a backend's Open when the database was written in
// a format this version does not read.
var ErrVersion = errors.New("store: unsupported database format version")

// EventQuery selects events. The zero value selects every event.
type EventQuery struct {
	// Entity, when set, keeps the events the entity takes part in.
	Entity string
	// Types, when set, keeps events of these types (or lemmas).
	Types []string
	// From and To, when set, keep events whose dates may fall in the
	// inclusive range of days (YYYY-MM-DD).
	From, To string
}

// Match reports whether e is selected by q.
func (q *EventQuery) Match(e *graph.Event) bool {
	if q.Entity != "" && !e.HasParticipant(q.Entity) {
		return false
	}
	if !e.IsType(q.Types) {
		return false
	}
	if q.From != "" || q.To != "" {
		return e.Date.Overlaps(q.From, q.To)
	}
	return true
}

// Stats counts what a store holds.
type Stats struct {
	Documents int `json:"documents"`
	Entities  int `json:"entities"`
	Events    int `json:"events"`
	// GraphDocuments is the number of documents the stored graph was built
	// from; when it differs from Documents the graph is stale.
	GraphDocuments int `json:"graph_documents"`
}

// Store holds Chronograph's documents and graph. Implementations are safe
// for concurrent use. Values passed to callbacks belong to the callee and
// stay valid after the callback returns. A callback's error stops the
// iteration and is returned.
type Store interface {
	// HasDocument reports whether a document with this ID is stored.
	HasDocument(ctx context.Context, id string) (bool, error)
	// PutDocument stores a document and everything extracted from it,
	// completely or not at all. Storing an existing ID replaces it.
	PutDocument(ctx context.Context, d *graph.Document) error
	// Document returns a stored document, or ErrNotFound.
	Document(ctx context.Context, id string) (*graph.Document, error)
	// Documents calls fn for every document in ID order.
	Documents(ctx context.Context, fn func(*graph.Document) error) error

	// ReplaceGraph atomically replaces the consolidated graph with g, built
	// from `documents` stored documents. g.Entities must be sorted by ID and
	// g.Events be in timeline order.
	ReplaceGraph(ctx context.Context, g *graph.Snapshot, documents int) error
	// Entity returns an entity by ID, or ErrNotFound.
	Entity(ctx context.Context, id string) (*graph.Entity, error)
	// Entities calls fn for every entity in ID order.
	Entities(ctx context.Context, fn func(*graph.Entity) error) error
	// FindEntities returns the entities having name as their name or one of
	// their aliases, compared case-insensitively, sorted by ID.
	FindEntities(ctx context.Context, name string) ([]*graph.Entity, error)
	// Event returns an event by ID, or ErrNotFound.
	Event(ctx context.Context, id string) (*graph.Event, error)
	// Events calls fn for every event matching q, in timeline order.
	Events(ctx context.Context, q EventQuery, fn func(*graph.Event) error) error

	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store. It is safe to call once.
	Close() error
}

// Checker is implemented by stores that can verify their own integrity, found
// by type assertion on a Store. Check reads the whole store and returns every
// inconsistency it finds (dangling references, index entries without records
// or records without index entries, undecodable values, a missing format
// version), sorted by Key; an empty result means the store is consistent. The
// error is for failures to read, not for problems found.
type Checker interface {
	Check(ctx context.Context) ([]Problem, error)
}

// Problem is one inconsistency found by Checker.Check: where it was found (a
// backend key or record name, printable) and what is wrong.
type Problem struct {
	Key     string `json:"key"`
	Message string `json:"message"`
}
