// Package badgerstore is Chronograph's embedded default store: a
// store.Store kept in a Badger key-value database in one directory. It is
// the only package that imports Badger; Badger's errors are converted here
// (badger.ErrKeyNotFound becomes store.ErrNotFound, a held directory lock
// store.ErrLocked), wrapped with %w.
//
// # Data flow
//
// PutDocument writes one key per document in one transaction, so a document
// is stored whole or not at all. ReplaceGraph writes the consolidated graph
// under a new generation number with a WriteBatch (records and indexes),
// syncs, flips the single "gen" key to the new generation in one
// transaction, syncs again, then deletes every other generation in batches.
// Every read runs in one Badger transaction that first reads "gen", so it
// sees one generation throughout: the old graph or the new one, never a
// mixture. A crash at any moment leaves "gen" naming a complete generation;
// Open (read-write) deletes the partial or stale generations a crash left.
//
// # Key layout
//
// Keys are printable except for the NUL byte separating the two halves of
// an index key; values are JSON (see BenchmarkCodec for why not gob).
//
//	version                          format version, decimal ("2")
//	gen                              current generation, 16 hex digits
//	doc/<document ID>                graph.Document
//	g/<gen>/meta                     {"documents","entities","events"} of the generation
//	g/<gen>/ent/<entity ID>          graph.Entity
//	g/<gen>/evt/<sort key>\x00<rank> graph.Event, stored with Order 0
//	g/<gen>/run/<sort key>           number of events with that sort key, decimal
//	g/<gen>/eid/<event ID>           the event's order key (<sort key>\x00<rank>)
//	g/<gen>/alias/<name>\x00<ID>     empty; name is the lower-cased name or an alias
//	g/<gen>/part/<entity ID>\x00<order key>  the event's graph.Date; one per participant and event
//	g/<gen>/st/<key>                 consolidation state, opaque to this package
//
// <gen> is 16 lower-case hex digits, so keys sort by generation and each
// generation is one prefix. An event's order key is its date's sort key
// (graph.Date.SortKey, which timeline.Order sorts by first), a NUL byte and
// its rank among the events of that sort key, its run: decimal digits
// compared as a string (ReplaceGraph writes ten, 1,024 apart), so that
// events sort in timeline order and an event can be put between two others
// without moving any. Event.Order, the position in the whole timeline, is
// not stored: Events counts it while scanning, and reads of single events
// or of one entity's events add the event's index in its run (counted from
// the run's keys) to the counts of the runs before (one run key per
// distinct date). Events with q.Entity scans g/<gen>/part/<ID>\x00, already
// in timeline order, and reads only those
// events; the entries' dates let consolidation find an entity's first and
// last dates without reading its events. FindEntities scans
// g/<gen>/alias/<lower-cased name>\x00, whose keys end in entity IDs in
// order. Stats counts doc/ keys without reading values and reads the
// generation's meta record.
//
// # Format versions
//
// FormatVersion is written into a new database by the first read-write
// Open. Open refuses a database whose version is newer (store.ErrVersion
// naming both versions), unreadable, or missing while other keys exist (not
// a Chronograph store, or damaged). Any change to the layout or the value
// encoding increments FormatVersion and adds a migration from the previous
// version, run by a read-write Open in place, one version at a time; a
// read-only Open of an older version is refused. Version 1 kept events
// under their timeline position, so an event added early moved every later
// one; migrate1 rewrites such a graph under order keys.
//
// # Sizing
//
// Options are set for a two-core laptop shared with other work: memtables
// and caches come out of Options.MemoryBudget (64 MiB by default: two
// memtables of 8 MiB, a 16 MiB block cache, an 8 MiB index cache, against
// Badger's five 64 MiB memtables and 256 MiB block cache), two compactors
// (Badger's minimum; the default is four), 64 MiB value log files (the
// default 1 GiB file is mapped at 2 GiB), and no metrics. Shrinking caches
// alone does not bound memory: Badger's defaults peak near 600 MB of heap on
// a million small writes, and even these options reach 215-270 MiB of
// HeapInuse writing 100,000 small documents (BenchmarkPut100kDocuments;
// 445 MiB with 16 MiB memtables), most of it garbage: a fresh skiplist
// arena per memtable and table-builder buffers per flush, which GOGC=100
// lets pile up. A Go memory limit does bound it, so programs should call
// debug.SetMemoryLimit(RecommendedMemoryLimit) unless the GOMEMLIMIT
// environment variable is set.
//
// Values over ValueThreshold (512 bytes: documents and most events) are kept
// in Badger's value log, with a pointer in the tree, so that compactions
// move keys, not whole values: whole-corpus ingests of Reuters-21578 are
// about 40% faster and peak about 80 MB lower than with every value in the
// tree. The log is not compressed and a replaced graph's events are garbage
// in it: ReplaceGraph runs Badger's value-log collection after removing the
// old generation. Badger writes the log through a memory map, so the pages
// it wrote count in the process's RSS (as file-backed pages the kernel can
// reclaim) until they are unmapped.
//
// # Concurrency and locking
//
// A DB is safe for concurrent use. One process at a time may open a
// database read-write (Badger locks the directory); a second Open, in this
// process or another, fails with store.ErrLocked at once rather than
// waiting. Read-only Opens may share a database with each other.
//
// DB also implements store.Checker: Check verifies every record and index.
package badgerstore
