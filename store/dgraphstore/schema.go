package dgraphstore

// FormatVersion is the version of the data layout this package writes. Open
// records it in the Meta node and refuses (store.ErrVersion) a database
// written with a newer one.
const FormatVersion = 1

// schema is the DQL schema Open applies. Indexes serve the queries:
// exact indexes on the stable IDs (with @upsert so concurrent writers of the
// same ID conflict instead of creating twins), exact and term indexes on
// names and aliases, an exact index on lower-cased names and aliases for
// case-insensitive lookups, day indexes on dates, an int index on the
// timeline position for ordering and paging, int indexes on the generation
// so a ReplaceGraph can stage a new graph beside the current one, and a
// reversed participant edge so an entity's events are one hop away.
const schema = `
doc.id: string @index(exact) @upsert .
doc.json: string .
doc.path: string @index(exact) .
doc.title: string @index(term) .
doc.url: string @index(exact) .
doc.format: string @index(exact) .
doc.published: datetime @index(day) .

ent.id: string @index(exact) @upsert .
ent.gen: int @index(int) .
ent.name: string @index(exact, term) .
ent.aliases: [string] @index(exact, term) .
ent.keys: [string] @index(exact) .
ent.kind: string @index(exact) .
ent.stub: bool .
ent.json: string .

ev.id: string @index(exact) @upsert .
ev.gen: int @index(int) .
ev.order: int @index(int) .
ev.types: [string] @index(exact) .
ev.earliest: datetime @index(day) .
ev.latest: datetime @index(day) .
ev.loose: bool @index(bool) .
ev.participant: [uid] @reverse .
ev.json: string .

meta.id: string @index(exact) @upsert .
meta.version: int .
meta.gen: int .
meta.docs: int .
meta.entities: int .
meta.events: int .
meta.lock: string .
meta.until: int .

type Document {
	doc.id
	doc.json
	doc.path
	doc.title
	doc.url
	doc.format
	doc.published
}

type Entity {
	ent.id
	ent.gen
	ent.name
	ent.aliases
	ent.keys
	ent.kind
	ent.stub
	ent.json
}

type Event {
	ev.id
	ev.gen
	ev.order
	ev.types
	ev.earliest
	ev.latest
	ev.loose
	ev.participant
	ev.json
}

type Meta {
	meta.id
	meta.version
	meta.gen
	meta.docs
	meta.entities
	meta.events
	meta.lock
	meta.until
}
`

// Schema returns the DQL schema (predicates, indexes and types) that Open
// applies to the database, for operators who create it by hand or load data
// with Dgraph's bulk or live loader.
func Schema() string { return schema }
