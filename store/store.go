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

// ErrTooLarge is returned by Updater.UpdateGraph when the changes do not
// fit in one transaction; nothing was changed.
var ErrTooLarge = errors.New("store: update too large for one transaction")

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

// Updater is implemented by stores that keep, with the consolidated graph,
// the state consolidation needs to change the graph in place rather than
// replace it, found by type assertion on a Store. The state is records
// under string keys that only consolidation reads.
type Updater interface {
	// ReplaceGraphState is ReplaceGraph that also stores the state records
	// state puts (keys without NUL bytes), replacing the previous graph's
	// state with the graph.
	ReplaceGraphState(ctx context.Context, g *graph.Snapshot, documents int,
		state func(put func(key string, value []byte) error) error) error
	// UpdateGraph calls fn with a transaction on the current graph and its
	// state and, when fn returns nil, applies fn's changes atomically:
	// readers see the graph before them or after them. It returns fn's
	// error, an error wrapping ErrTooLarge when the changes do not fit in
	// one transaction, or ErrNotFound when there is no graph; nothing is
	// changed then. tx is valid only during fn and not for concurrent use.
	UpdateGraph(ctx context.Context, fn func(tx GraphTx) error) error
}

// GraphTx reads and changes the current graph and its state within
// Updater.UpdateGraph; reads see the transaction's own changes. Events read
// through it have Order 0.
type GraphTx interface {
	// Documents returns the number of documents the graph was built from.
	Documents() int
	// SetDocuments sets it.
	SetDocuments(n int) error
	// State returns the state record under key, or ErrNotFound.
	State(key string) ([]byte, error)
	// ScanState calls fn for each state record whose key starts with
	// prefix, in key order; value is valid only during the call.
	ScanState(prefix string, fn func(key string, value []byte) error) error
	// PutState stores a state record, replacing any under its key.
	PutState(key string, value []byte) error
	// DeleteState removes the state record under key, if any.
	DeleteState(key string) error
	// Entity returns an entity by ID, or ErrNotFound.
	Entity(id string) (*graph.Entity, error)
	// PutEntity stores e, replacing the entity with its ID.
	PutEntity(e *graph.Entity) error
	// DeleteEntity removes an entity, which no event may name.
	DeleteEntity(id string) error
	// Event returns an event by ID, or ErrNotFound.
	Event(id string) (*graph.Event, error)
	// Run returns the events whose date has the sort key sortKey
	// (graph.Date.SortKey), in timeline order.
	Run(sortKey string) ([]graph.Event, error)
	// PutRun makes events, in timeline order, all dated with sort key
	// sortKey, the events of that sort key: events of the run missing from
	// events are removed. An event whose date moves it to another run is
	// removed from its old run and put in the new one in the same
	// transaction, in either order.
	PutRun(sortKey string, events []graph.Event) error
	// EventDates calls fn with the date of every event entity takes part
	// in, in timeline order.
	EventDates(entity string, fn func(graph.Date) error) error
}
