package badgerstore

import (
	"fmt"
	"io"
	"sync"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
)

// DefaultMemoryBudget is the MemoryBudget used when Options.MemoryBudget is
// zero: 64 MiB for memtables and caches (see badgerOptions for the split).
const DefaultMemoryBudget = 64 << 20

// RecommendedMemoryLimit is the Go memory limit (runtime/debug.SetMemoryLimit)
// a program using this store should set when the GOMEMLIMIT environment
// variable is not set: 224 MiB. Badger allocates and drops large buffers
// faster than the default GOGC=100 pacing returns them, so heap peaks near
// 600 MB on a million small writes whatever the cache sizes; a soft limit
// makes the collector run, and return memory to the system, before that.
// The rest of a process's RSS is Badger's memory-mapped files (tables read
// by compactions, write-ahead logs) and the runtime's own: 150-250 MB during
// a large ingest. Measured on the whole Reuters-21578 ingest with the faster
// entity tagger (2026-11-22, idle machine): peak RSS 455-506 MB at 288 MiB,
// 418-510 MB at 256 MiB (one worker on one core crossed 500 MB at both),
// 426-463 MB over four ingests at 224 MiB, in the same times within the
// run-to-run noise (15.9-16.3 s with two workers, 23.4-24.8 s with one on
// one core). The store does not set it itself: the limit is process-wide,
// which is the program's decision.
const RecommendedMemoryLimit = 224 << 20

// Options configures Open. The zero value opens a read-write database sized
// for a small shared machine, logging nothing.
type Options struct {
	// ReadOnly opens the database without writing: no format version is
	// written, no leftovers are cleaned, and write methods return an error.
	// Several read-only processes may share a database; a read-write one
	// excludes every other process.
	ReadOnly bool
	// InMemory keeps everything in memory and ignores the path: for tests
	// and one-shot runs. Nothing survives Close.
	InMemory bool
	// SyncWrites makes every commit wait for the disk. Without it a crashed
	// process loses nothing (the operating system holds the writes) but a
	// power failure may lose the last writes; ReplaceGraph syncs anyway.
	SyncWrites bool
	// Logger receives Badger's warnings and errors (and informational
	// messages), one line each; nil discards them.
	Logger io.Writer
	// MemoryBudget is roughly how many bytes Badger may hold in memtables
	// and block and index caches; zero means DefaultMemoryBudget. Values
	// below 8 MiB are raised to 8 MiB.
	MemoryBudget int64

	// valueLogFileSize overrides the 64 MiB value log files (tests).
	valueLogFileSize int64
}

// ValueThreshold is the size above which a value is kept in Badger's value
// log instead of its tree: 512 bytes, so that documents (4 KB on average in
// Reuters-21578) and most events (1.1 KB) are, and entities (about 250
// bytes) and index keys are not. Measured on the whole Reuters ingest
// (2026-12-07, two workers, alternated runs): 13.0-13.9 s against 22.3-23.4 s
// with everything in the tree, 22.5-23.8 s of user CPU against 38.6-39.9,
// peak RSS 368-370 MB against 451-460, and the graph written in 1.2-1.6 s
// instead of 3.1-4.0; with one worker on one core 22.4 s against 29.8 s. At
// 2048 bytes (documents only) it took 15.1 s. The database is larger on
// disk (141 MB against 66 MB: the value log is not compressed), and the
// values of a replaced graph are garbage in the log until ReplaceGraph
// collects it (collectGarbage).
const ValueThreshold = 512

// badgerOptions translates o into Badger's options for the directory path.
func (o Options) badgerOptions(path string) badger.Options {
	budget := o.MemoryBudget
	if budget == 0 {
		budget = DefaultMemoryBudget
	}
	budget = max(budget, 8<<20)
	vlogSize := o.valueLogFileSize
	if vlogSize == 0 {
		vlogSize = 64 << 20
	}
	bo := badger.DefaultOptions(path)
	if o.InMemory {
		bo = badger.DefaultOptions("").WithInMemory(true)
	}
	bo = bo.
		WithReadOnly(o.ReadOnly).
		WithSyncWrites(o.SyncWrites).
		WithLogger(nil).
		WithMetricsEnabled(false).
		// Two memtables of an eighth of the budget each: one filling, one
		// flushing. Badger's default is five of 64 MiB. A flush builds one
		// table of the whole memtable in an allocator that doubles as it
		// grows (4, 8, 16 MiB...) and that Badger's pool then keeps, up to
		// eight of them, for later compactions: 16 MiB memtables left 28 MiB
		// allocators in that pool, 8 MiB ones leave 12 MiB. Measured with
		// BenchmarkPut100kDocuments (2026-12-07): peak heap 215-266 MiB
		// against 444-445 without a memory limit, 204-207 against 210-230
		// under RecommendedMemoryLimit, at the same speed; and at most
		// 350-379 MB of live heap against 463-484 in whole-Reuters ingests.
		WithMemTableSize(budget / 8).
		WithNumMemtables(2).
		WithBlockCacheSize(budget / 4).
		WithIndexCacheSize(budget / 8).
		// Two cores: two compactors (the minimum Badger accepts) and few
		// goroutines for streams.
		WithNumCompactors(2).
		WithNumGoroutines(2).
		WithNumLevelZeroTables(3).
		WithNumLevelZeroTablesStall(8).
		WithBaseTableSize(2 << 20).
		WithBaseLevelSize(8 << 20).
		// Value log files are memory-mapped at twice this size; Badger's
		// 1 GiB default maps 2 GiB per file.
		WithValueLogFileSize(vlogSize).
		WithCompression(options.Snappy).
		WithDetectConflicts(true)
	// Every level's tables stay at the base size: a compaction builds up to
	// eight tables at once and each builder allocates twice its table size
	// up front, so Badger's default growth (x2 a level, 64 MiB tables at the
	// bottom) made a graph rebuild's compactions hold over 300 MiB.
	bo.TableSizeMultiplier = 1
	if !o.InMemory {
		// Values of more than ValueThreshold bytes (documents, most
		// events) go to the value log, and the tree keeps a pointer to
		// them: compactions then move keys and pointers, not whole values,
		// and their table builders stay small. Badger's default keeps
		// values up to 1 MiB in the tree, where each is rewritten at every
		// level it moves through. See ValueThreshold for the measurements.
		// An in-memory database has no value log.
		bo = bo.WithValueThreshold(ValueThreshold)
	}
	if o.Logger != nil {
		bo = bo.WithLogger(&logger{w: o.Logger}).WithLoggingLevel(badger.INFO)
	}
	return bo
}

// logger adapts an io.Writer to Badger's Logger, one line per message.
type logger struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *logger) printf(level, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	for len(msg) > 0 && msg[len(msg)-1] == '\n' {
		msg = msg[:len(msg)-1]
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.w, "badger %s: %s\n", level, msg)
}

func (l *logger) Errorf(f string, a ...any)   { l.printf("error", f, a...) }
func (l *logger) Warningf(f string, a ...any) { l.printf("warning", f, a...) }
func (l *logger) Infof(f string, a ...any)    { l.printf("info", f, a...) }
func (l *logger) Debugf(f string, a ...any)   {}
