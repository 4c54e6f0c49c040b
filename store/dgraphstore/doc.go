// Package dgraphstore is the scale-out backend of store.Store: it keeps
// Chronograph's documents and consolidated graph in a Dgraph cluster, reached
// through Dgraph's Go client (dgo) over gRPC.
//
// Data flows as in every backend. PutDocument upserts one Document node keyed
// on its document ID (doc.id, @upsert): the whole document as a JSON blob
// (doc.json) plus indexed scalar fields (path, title, URL, format, published
// day), so re-ingesting the same article rewrites the same node. ReplaceGraph
// writes the consolidated graph as a new generation of Entity and Event nodes
// (keyed on entity and event IDs within the generation, events linked to
// their participants by ev.participant, a reversed edge), then flips the
// current generation in one final small mutation of the Meta node and only
// then deletes older generations. Readers first read the current generation
// and then query it inside the same read-only transaction, so they see either
// the old graph or the new one, never a mixture.
//
// Several processes may write to one Dgraph at once (N ingest workers over
// different folders of one corpus). Documents are upserts keyed on their
// content-derived IDs, so overlapping ingests store each document once.
// Consolidations are serialised across processes by a lease kept in the Meta
// node (meta.lock, meta.until, renewed while held, expiring a minute after a
// crashed holder's last renewal): only its holder stages, switches to and
// deletes generations. Under the lease, a graph built from fewer documents
// than are stored, when the current graph was built from more, is stale and
// discarded, so the graph left when all ingests end is built from every
// document, as one process ingesting everything would have built it. The
// Meta node also records the current generation's entity and event counts,
// which Check compares with what the generation holds.
//
// Queries run on the server in DQL: FindEntities on an exact index of
// lower-cased names and aliases, Events with an entity by walking the reverse
// participant edge (~ev.participant) from the entity node, with type and day
// filters and ordering on the indexed timeline position (ev.order). A
// selection runs once and returns the selected UIDs in order; the nodes are
// then fetched in pages by UID within the same read-only transaction, and
// callbacks are called between pages. Sorted queries always carry an
// explicit "first": Dgraph returns at most 1000 nodes of a sorted query
// without one.
//
// WriteNQuads exports documents and a graph as RDF N-Quads in the same
// layout, for Dgraph's bulk and live loaders, with Schema as their schema.
//
// Check (store.Checker) reads the whole database and reports dangling
// participants, twin nodes, broken timeline positions, an incomplete current
// generation and leftover generations, so `chronograph check --store` works.
//
// The schema (Schema) is applied by Open. Open does not start a server: tests
// and CI start a local one with .ci/dgraph.sh and pass its address in the
// CHRONOGRAPH_DGRAPH environment variable.
package dgraphstore
