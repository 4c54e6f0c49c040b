package badgerstore

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronograph/chronograph/store"
)

// DB is a Store kept in a Badger database in one directory. It is safe for
// concurrent use; every read method sees one consistent snapshot of the
// database, and ReplaceGraph calls are serialised.
type DB struct {
	bdb      *badger.DB
	path     string
	readOnly bool
	inMemory bool

	// replace serialises ReplaceGraph and Check, so that Check never sees a
	// generation being written as a leftover.
	replace sync.Mutex
	// nextGen, guarded by replace, is the lowest generation number that no
	// key uses: set by Open, which holds the only read-write handle, and
	// advanced by ReplaceGraph, so that a new generation never lands on
	// the leftovers of a failed one.
	nextGen   uint64
	closeOnce sync.Once
	closeErr  error

	// docs caches the number of stored documents once Stats has counted
	// them (counting reads every document's blocks: about a second for the
	// Reuters corpus); PutDocument adds the new ones. Puts hold docsMu for
	// reading, the count holds it for writing, so that none is counted
	// twice or missed.
	docsMu    sync.RWMutex
	docs      atomic.Int64
	docsKnown bool
}

var (
	_ store.Store   = (*DB)(nil)
	_ store.Checker = (*DB)(nil)
)

// errReadOnly is returned by write methods of a database opened read-only.
var errReadOnly = errors.New("badgerstore: database opened read-only")

// Open opens the database in directory path, creating it unless
// opts.ReadOnly is set. It returns an error wrapping store.ErrLocked when
// another process (or another Open in this process) holds the database, and
// one wrapping store.ErrVersion when the database's format version is newer
// than FormatVersion or missing from a non-empty database. A read-only Open
// of a directory holding no database fails with an error wrapping
// fs.ErrNotExist. A read-write Open
// writes the format version into a new database and removes what an
// interrupted ReplaceGraph left behind. The caller must Close the DB.
func Open(path string, opts Options) (*DB, error) {
	if path == "" && !opts.InMemory {
		return nil, errors.New("badgerstore: empty database path")
	}
	if opts.ReadOnly && opts.InMemory {
		return nil, errors.New("badgerstore: an in-memory database cannot be read-only")
	}
	if opts.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("badgerstore: open %s read-only: %w", path, err)
		}
		// Badger writes its MANIFEST first thing; without one the
		// directory holds no database (a mistyped --db naming some other
		// folder), and must not become one.
		if _, err := os.Stat(filepath.Join(path, "MANIFEST")); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("badgerstore: open %s read-only: no database in this directory: %w", path, fs.ErrNotExist)
		}
	}
	bdb, err := badger.Open(opts.badgerOptions(path))
	if err != nil {
		if isLockError(err) {
			return nil, fmt.Errorf("badgerstore: open %s: %w%s", path, store.ErrLocked, lockHolder(path))
		}
		return nil, fmt.Errorf("badgerstore: open %s: %w", path, err)
	}
	db := &DB{bdb: bdb, path: path, readOnly: opts.ReadOnly, inMemory: opts.InMemory}
	if err := db.init(); err != nil {
		bdb.Close()
		return nil, err
	}
	return db, nil
}

// isLockError reports whether err is Badger failing to lock its directory.
// Badger formats the cause with %v, so the message is all there is to test;
// errors.Is covers Badger builds that wrap it.
func isLockError(err error) bool {
	return errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN) ||
		strings.Contains(err.Error(), "Cannot acquire directory lock")
}

// lockHolder names the process in Badger's pid file, if it can be read.
func lockHolder(path string) string {
	b, err := os.ReadFile(filepath.Join(path, "LOCK"))
	if err != nil {
		return ""
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return ""
	}
	if pid == os.Getpid() {
		return " (already open in this process)"
	}
	return fmt.Sprintf(" (held by process %d)", pid)
}

// init checks the format version, writes it into an empty database and
// cleans leftover generations.
func (db *DB) init() error {
	var version []byte
	empty, ours := true, false
	err := db.bdb.View(func(txn *badger.Txn) error {
		item, err := txn.Get([]byte(keyVersion))
		switch {
		case err == nil:
			version, err = item.ValueCopy(nil)
			return err
		case !errors.Is(err, badger.ErrKeyNotFound):
			return err
		}
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		it.Rewind()
		empty = !it.Valid()
		// Chronograph's own keys without the version key: damage, not
		// some other program's database.
		for _, p := range []string{prefixDoc, keyGen} {
			it.Seek([]byte(p))
			ours = ours || it.Valid() && strings.HasPrefix(string(it.Item().Key()), p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("badgerstore: open %s: reading format version: %w", db.path, err)
	}
	switch {
	case version == nil && ours:
		return fmt.Errorf("badgerstore: open %s: the format version is missing but Chronograph's records are there: the database is damaged (a lost or truncated MANIFEST or table file); re-ingest into a new database: %w",
			db.path, store.ErrVersion)
	case version == nil && !empty:
		return fmt.Errorf("badgerstore: open %s: no format version in a non-empty database (not a Chronograph store?): %w",
			db.path, store.ErrVersion)
	case version == nil:
		if db.readOnly {
			return nil
		}
		err := db.bdb.Update(func(txn *badger.Txn) error {
			return txn.Set([]byte(keyVersion), []byte(strconv.Itoa(FormatVersion)))
		})
		if err != nil {
			return fmt.Errorf("badgerstore: open %s: writing format version: %w", db.path, err)
		}
		return nil
	}
	v, err := strconv.Atoi(string(version))
	if err != nil || v < 1 {
		return fmt.Errorf("badgerstore: open %s: unreadable format version %q: %w", db.path, version, store.ErrVersion)
	}
	if v > FormatVersion {
		return fmt.Errorf("badgerstore: open %s: database format version %d is newer than this program's %d: %w",
			db.path, v, FormatVersion, store.ErrVersion)
	}
	if v < FormatVersion && db.readOnly {
		return fmt.Errorf("badgerstore: open %s: database format version %d is older than this program's %d; open it read-write once to migrate it: %w",
			db.path, v, FormatVersion, store.ErrVersion)
	}
	if db.readOnly {
		return nil
	}
	if err := db.cleanLeftovers(context.Background()); err != nil {
		return fmt.Errorf("badgerstore: open %s: %w", db.path, err)
	}
	if v == 1 {
		if err := db.migrate1(context.Background()); err != nil {
			return fmt.Errorf("badgerstore: open %s: %w", db.path, err)
		}
	}
	return nil
}

// Close closes the database, flushing what is in memory. Calls after the
// first return the first call's result.
func (db *DB) Close() error {
	db.closeOnce.Do(func() {
		if err := db.bdb.Close(); err != nil {
			db.closeErr = fmt.Errorf("badgerstore: close %s: %w", db.path, err)
		}
	})
	return db.closeErr
}

// Path returns the directory the database was opened in ("" in memory).
func (db *DB) Path() string { return db.path }

// view runs fn in a read transaction, converting Badger's errors.
func (db *DB) view(ctx context.Context, fn func(txn *badger.Txn) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return convert(db.bdb.View(fn))
}

// convert maps Badger's sentinel errors to the store's, keeping the chain.
func convert(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, badger.ErrKeyNotFound):
		return fmt.Errorf("badgerstore: %w", store.ErrNotFound)
	case errors.Is(err, badger.ErrDBClosed):
		return fmt.Errorf("badgerstore: database closed: %w", err)
	}
	return err
}

// currentGen returns the current graph generation, or 0 and false when no
// graph was ever stored.
func currentGen(txn *badger.Txn) (uint64, bool, error) {
	item, err := txn.Get([]byte(keyGen))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("badgerstore: reading current generation: %w", err)
	}
	var g uint64
	err = item.Value(func(v []byte) error {
		var err error
		g, err = decodeGen(v)
		return err
	})
	return g, err == nil, err
}

// generations lists the generations that have keys, ascending, seeking
// past each one's keys.
func generations(txn *badger.Txn) ([]uint64, error) {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixGen)})
	defer it.Close()
	var gens []uint64
	for it.Seek([]byte(prefixGen)); it.Valid(); {
		k := it.Item().Key()
		g, ok := parseGen(k)
		if !ok {
			// A malformed key under g/: skip it; Check reports it.
			next := append(bytes.Clone(k), 0)
			it.Seek(next)
			continue
		}
		gens = append(gens, g)
		if g == ^uint64(0) {
			break
		}
		it.Seek(genPrefix(g + 1))
	}
	return gens, nil
}

// cleanLeftovers deletes every generation but the current one: those an
// interrupted ReplaceGraph left, before or after its switch. It sets
// nextGen past every generation found.
func (db *DB) cleanLeftovers(ctx context.Context) error {
	var stale []uint64
	err := db.bdb.View(func(txn *badger.Txn) error {
		cur, ok, err := currentGen(txn)
		if err != nil {
			return err
		}
		gens, err := generations(txn)
		if err != nil {
			return err
		}
		for _, g := range gens {
			if !ok || g != cur {
				stale = append(stale, g)
			}
			db.nextGen = max(db.nextGen, g+1)
		}
		db.nextGen = max(db.nextGen, cur+1)
		return nil
	})
	if err != nil {
		return err
	}
	for _, g := range stale {
		if err := db.deletePrefix(ctx, genPrefix(g)); err != nil {
			return fmt.Errorf("removing leftover generation %d: %w", g, err)
		}
	}
	return nil
}

// collectGarbage rewrites the value log files that are at least half
// garbage (the values of a deleted graph generation, documents stored
// again), one after the other until none is, so that the log does not grow
// with every graph replaced. Badger samples each file it considers and keeps
// what is still live; a crash during a rewrite loses nothing.
func (db *DB) collectGarbage() error {
	if db.inMemory {
		return nil
	}
	for {
		switch err := db.bdb.RunValueLogGC(0.5); {
		case err == nil:
		case errors.Is(err, badger.ErrNoRewrite), errors.Is(err, badger.ErrRejected):
			return nil // nothing left to rewrite, or a collection already running
		default:
			return convert(err)
		}
	}
}

// deletePrefix deletes every key with prefix p in batches, resuming each
// scan after the last key deleted so tombstones are not rescanned. Readers
// holding an older snapshot keep seeing the keys.
func (db *DB) deletePrefix(ctx context.Context, p []byte) error {
	const chunk = 10000
	from := p
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var keys [][]byte
		err := db.bdb.View(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
			defer it.Close()
			for it.Seek(from); it.Valid() && len(keys) < chunk; it.Next() {
				keys = append(keys, it.Item().KeyCopy(nil))
			}
			return nil
		})
		if err != nil {
			return convert(err)
		}
		if len(keys) == 0 {
			return nil
		}
		wb := db.bdb.NewWriteBatch()
		for _, k := range keys {
			if err := wb.Delete(k); err != nil {
				wb.Cancel()
				return convert(err)
			}
		}
		if err := wb.Flush(); err != nil {
			return convert(err)
		}
		from = append(keys[len(keys)-1], 0)
	}
}
