package badgerstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/storetest"
)

// openTemp opens a new database in a temporary directory; the caller closes it.
func openTemp(t *testing.T) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestConformanceInMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := Open("", Options{InMemory: true})
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

// fill stores the fixture documents and graph 1.
func fill(t *testing.T, db *DB) {
	t.Helper()
	ctx := context.Background()
	for _, d := range storetest.Documents() {
		if err := db.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.ReplaceGraph(ctx, storetest.Graph(1), 3); err != nil {
		t.Fatal(err)
	}
}

// dump reads everything through the Store interface.
func dump(t *testing.T, db *DB) (docs []*graph.Document, ents []*graph.Entity, evs []*graph.Event, st store.Stats) {
	t.Helper()
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(db.Documents(ctx, func(d *graph.Document) error { docs = append(docs, d); return nil }))
	must(db.Entities(ctx, func(e *graph.Entity) error { ents = append(ents, e); return nil }))
	must(db.Events(ctx, store.EventQuery{}, func(e *graph.Event) error { evs = append(evs, e); return nil }))
	st, err := db.Stats(ctx)
	must(err)
	return docs, ents, evs, st
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fill(t, db)
	d1, e1, v1, s1 := dump(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	for _, ro := range []bool{false, true} {
		db, err = Open(path, Options{ReadOnly: ro})
		if err != nil {
			t.Fatalf("reopen (read-only %v): %v", ro, err)
		}
		d2, e2, v2, s2 := dump(t, db)
		for _, c := range []struct {
			what      string
			want, got any
		}{{"documents", d1, d2}, {"entities", e1, e2}, {"events", v1, v2}, {"stats", s1, s2}} {
			if d := cmp.Diff(c.want, c.got, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("%s after reopening (read-only %v) (-before +after):\n%s", c.what, ro, d)
			}
		}
		if ro {
			if err := db.PutDocument(context.Background(), storetest.Documents()[0]); err == nil {
				t.Error("PutDocument on a read-only database succeeded")
			}
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, ro := range []bool{false, true} {
		db2, err := Open(path, Options{ReadOnly: ro})
		if err == nil {
			db2.Close()
			t.Fatalf("second Open (read-only %v) of a held database succeeded", ro)
		}
		if !errors.Is(err, store.ErrLocked) {
			t.Errorf("second Open (read-only %v): got %v, want store.ErrLocked", ro, err)
		}
		if !strings.Contains(err.Error(), path) {
			t.Errorf("error %q does not name the path", err)
		}
	}
}

// rawSet writes keys straight through Badger, bypassing the store.
func rawUpdate(t *testing.T, path string, fn func(txn *badger.Txn) error) {
	t.Helper()
	bdb, err := badger.Open(badger.DefaultOptions(path).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	if err := bdb.Update(fn); err != nil {
		t.Fatal(err)
	}
}

// TestOpenForeign opens a Badger database some other program wrote.
func TestOpenForeign(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db")
	rawUpdate(t, path, func(txn *badger.Txn) error { return txn.Set([]byte("some/key"), []byte("v")) })
	for _, ro := range []bool{false, true} {
		db, err := Open(path, Options{ReadOnly: ro})
		if err == nil {
			db.Close()
		}
		if !errors.Is(err, store.ErrVersion) || !strings.Contains(err.Error(), "no format version in a non-empty database (not a Chronograph store?)") {
			t.Errorf("Open (read-only %v): got %v", ro, err)
		}
	}
}

func TestOpenVersion(t *testing.T) {
	for _, c := range []struct {
		name    string
		setup   func(txn *badger.Txn) error
		wantErr error
		wantMsg string
	}{
		{"Current", func(txn *badger.Txn) error { return nil }, nil, ""},
		{"Newer", func(txn *badger.Txn) error { return txn.Set([]byte(keyVersion), []byte("3")) },
			store.ErrVersion, "version 3 is newer than this program's 2"},
		{"Garbage", func(txn *badger.Txn) error { return txn.Set([]byte(keyVersion), []byte("x")) },
			store.ErrVersion, `unreadable format version "x"`},
		{"Missing", func(txn *badger.Txn) error { return txn.Delete([]byte(keyVersion)) },
			store.ErrVersion, "the format version is missing but Chronograph's records are there: the database is damaged"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "db")
			db, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			fill(t, db)
			db.Close()
			rawUpdate(t, path, c.setup)
			for _, ro := range []bool{false, true} {
				db, err = Open(path, Options{ReadOnly: ro})
				if err == nil {
					db.Close()
				}
				if !errors.Is(err, c.wantErr) || (err != nil && !strings.Contains(err.Error(), c.wantMsg)) {
					t.Errorf("Open (read-only %v): got %v, want %v containing %q", ro, err, c.wantErr, c.wantMsg)
				}
			}
		})
	}
}

// TestMigrate1 writes a graph the way format version 1 did (events under
// their positions) and expects a read-only Open to refuse it and a
// read-write Open to migrate it to a consistent version 2 database with the
// same graph.
func TestMigrate1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fill(t, db)
	want := storetest.Graph(1)
	var gen uint64
	if err := db.bdb.View(func(txn *badger.Txn) error { gen, _, err = currentGen(txn); return err }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	rawUpdate(t, path, func(txn *badger.Txn) error {
		for _, kind := range []string{kindEvt, kindEID, kindPart, kindRun} {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: genKey(gen, kind)})
			var ks [][]byte
			for it.Rewind(); it.Valid(); it.Next() {
				ks = append(ks, it.Item().KeyCopy(nil))
			}
			it.Close()
			for _, k := range ks {
				if err := txn.Delete(k); err != nil {
					return err
				}
			}
		}
		for i, e := range want.Events {
			pos := fmt.Sprintf("%010d", i)
			v, _ := json.Marshal(e)
			if err := txn.Set(genKey(gen, kindEvt, pos), v); err != nil {
				return err
			}
			if err := txn.Set(genKey(gen, kindEID, e.ID), []byte(pos)); err != nil {
				return err
			}
			for _, id := range participants(&e) {
				if err := txn.Set(genKey(gen, kindPart, id, pos), nil); err != nil {
					return err
				}
			}
		}
		return txn.Set([]byte(keyVersion), []byte("1"))
	})
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, store.ErrVersion) ||
		!strings.Contains(err.Error(), "older than this program's 2") {
		t.Fatalf("read-only Open of a version 1 database: got %v", err)
	}
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if ps := check(t, db); len(ps) != 0 {
		t.Errorf("migrated database has problems: %v", ps)
	}
	var got []graph.Event
	if err := db.Events(ctx, store.EventQuery{}, func(e *graph.Event) error { got = append(got, *e); return nil }); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.Events, got); diff != "" {
		t.Errorf("events after migration (-want +got):\n%s", diff)
	}
	st, err := db.Stats(ctx)
	if err != nil || st.GraphDocuments != 3 || st.Events != len(want.Events) {
		t.Errorf("Stats after migration: %+v, %v", st, err)
	}
}

func TestOpenEmptyDirectoryReadOnly(t *testing.T) {
	if _, err := Open(filepath.Join(t.TempDir(), "missing"), Options{ReadOnly: true}); err == nil {
		t.Error("read-only Open of a missing directory succeeded")
	}
}

func TestReplaceGraphRefusesInvalid(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	fill(t, db)
	for _, c := range []struct {
		name   string
		change func(g *graph.Snapshot)
		msg    string
	}{
		{"EntitiesUnsorted", func(g *graph.Snapshot) { g.Entities[0], g.Entities[1] = g.Entities[1], g.Entities[0] },
			"must be sorted"},
		{"EntityDuplicate", func(g *graph.Snapshot) { g.Entities[1] = g.Entities[0] }, "must be sorted"},
		{"EntityNoID", func(g *graph.Snapshot) { g.Entities[0].ID = "" }, "empty"},
		{"OrderWrong", func(g *graph.Snapshot) { g.Events[2].Order = 5 }, "has order 5"},
		{"EventDuplicateID", func(g *graph.Snapshot) { g.Events[2].ID = g.Events[1].ID }, "share ID"},
		{"EventsOutOfTimeline", func(g *graph.Snapshot) {
			n := len(g.Events) - 1
			g.Events[0].Date, g.Events[n].Date = g.Events[n].Date, g.Events[0].Date
		}, "must be in timeline order"},
		{"ParticipantMissing", func(g *graph.Snapshot) { g.Events[0].Participants[0].ID = "per:nobody" },
			"not an entity"},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := storetest.Graph(2)
			c.change(g)
			err := db.ReplaceGraph(context.Background(), g, 3)
			if err == nil || !strings.Contains(err.Error(), c.msg) {
				t.Errorf("got %v, want an error containing %q", err, c.msg)
			}
			// The old graph is untouched.
			if _, err := db.Entity(context.Background(), storetest.Rubio); err != nil {
				t.Errorf("graph 1 damaged: %v", err)
			}
		})
	}
	if err := db.ReplaceGraph(context.Background(), nil, 0); err == nil {
		t.Error("ReplaceGraph(nil) succeeded")
	}
}

// TestStatsDocumentCount checks the kept document count: new documents
// count once, a stored one put again does not, and the count is the one a
// fresh count gives (after reopening) whether it was known before the puts
// or not.
func TestStatsDocumentCount(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	put := func(id string) {
		t.Helper()
		if err := db.PutDocument(ctx, &graph.Document{ID: id, Text: "text " + id}); err != nil {
			t.Fatal(err)
		}
	}
	count := func(want int) {
		t.Helper()
		st, err := db.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != want {
			t.Errorf("Stats counts %d documents, want %d", st.Documents, want)
		}
	}
	put("a") // before the count is known
	count(1)
	put("b")
	put("a") // again: replaced, not added
	put("c")
	count(3)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	count(3)
}

// vlogBytes returns the total size of the value log files in dir.
func vlogBytes(t *testing.T, dir string) int64 {
	t.Helper()
	fs, err := filepath.Glob(filepath.Join(dir, "*.vlog"))
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, f := range fs {
		st, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		n += st.Size()
	}
	return n
}

// TestReplaceGraphCollectsValueLog checks that the values of replaced
// graphs (kept in the value log: events are over ValueThreshold) do not pile
// up. Badger learns which log files are garbage as compactions drop the
// deleted keys, so the log lags some graphs behind, but it stops growing:
// twelve more replacements after the first twelve leave it about as large,
// where without collection it nearly doubles.
func TestReplaceGraphCollectsValueLog(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	db, err := Open(dir, Options{valueLogFileSize: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if err := db.ReplaceGraph(ctx, storetest.Synthetic("first", 3000), 0); err != nil {
		t.Fatal(err)
	}
	one := vlogBytes(t, dir)
	if one < 1<<20 {
		t.Fatalf("one graph wrote %d bytes of value log; the test needs events in the log, over 1 MiB", one)
	}
	const rounds = 12
	var sizes [2]int64
	for half := range sizes {
		for i := range rounds {
			tag := fmt.Sprintf("round%02d", half*rounds+i)
			if err := db.ReplaceGraph(ctx, storetest.Synthetic(tag, 3000), 0); err != nil {
				t.Fatal(err)
			}
		}
		sizes[half] = vlogBytes(t, dir)
	}
	t.Logf("value log: %d bytes for one graph; %d after %d more, %d after %d more", one, sizes[0], rounds, sizes[1], 2*rounds)
	// Compactions run in the background: allow three graphs of lag on top
	// (without collection the log grows by some six graphs here).
	if sizes[1] > sizes[0]+3*one {
		t.Errorf("the value log grew from %d to %d bytes over %d replacements of %d bytes each: the old graphs' values were not collected",
			sizes[0], sizes[1], rounds, one)
	}
	_, _, evs, _ := dump(t, db)
	if want := fmt.Sprintf("round%02d", 2*rounds-1); len(evs) != 3000 || !strings.HasPrefix(evs[0].Title, want) {
		t.Errorf("after the collections the graph has %d events, the first titled %q, want 3000 from %s", len(evs), evs[0].Title, want)
	}
}
