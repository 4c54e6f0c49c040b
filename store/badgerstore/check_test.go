package badgerstore

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/storetest"
)

func check(t *testing.T, db *DB) []store.Problem {
	t.Helper()
	ps, err := db.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func TestCheckHealthy(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	if ps := check(t, db); len(ps) != 0 {
		t.Errorf("Check on an empty database: %v", ps)
	}
	fill(t, db)
	if ps := check(t, db); len(ps) != 0 {
		t.Errorf("Check after fill: %v", ps)
	}
	if err := db.ReplaceGraph(context.Background(), storetest.Graph(2), 3); err != nil {
		t.Fatal(err)
	}
	if ps := check(t, db); len(ps) != 0 {
		t.Errorf("Check after a second graph: %v", ps)
	}
}

// TestCheckCorrupted damages a healthy database through Badger directly,
// one way per case, and expects Check to say where and what.
func TestCheckCorrupted(t *testing.T) {
	g := storetest.Graph(1)
	doc := storetest.Documents()[0]
	const gen = 1 // the first ReplaceGraph of a new database
	del := func(k []byte) func(*badger.Txn) error {
		return func(txn *badger.Txn) error { return txn.Delete(k) }
	}
	set := func(k, v []byte) func(*badger.Txn) error {
		return func(txn *badger.Txn) error { return txn.Set(k, v) }
	}
	jsonOf := func(v any) []byte { b, _ := json.Marshal(v); return b }
	ok := orderKeys(g.Events)
	sk0, _, _ := parseOrderKey([]byte(ok[0]))
	for _, c := range []struct {
		name    string
		corrupt func(txn *badger.Txn) error
		key     string // expected Problem.Key prefix
		msg     string // expected in Problem.Message
	}{
		{"VersionMissing", del([]byte(keyVersion)), "version", "format version missing"},
		{"VersionNewer", set([]byte(keyVersion), []byte("7")), "version", "format version 7"},
		{"DocumentGarbage", set(docKey(doc.ID), []byte("{not json")), "doc/" + doc.ID, "does not decode"},
		{"DocumentUnderOtherID", set(docKey("other"), jsonOf(doc)), "doc/other", "document has ID"},
		{"GenGarbage", set([]byte(keyGen), []byte("xyz")), "gen", "bad generation"},
		{"EntityMissing", del(entKey(gen, storetest.Sinaloa)), "g/0000000000000001/", "not an entity"},
		{"EntityMissingAliasDangles", del(entKey(gen, storetest.Sinaloa)), "g/0000000000000001/alias/sinaloa cartel|",
			"names missing entity"},
		{"EntityUnderOtherID", set(entKey(gen, "per:x"), jsonOf(g.Entities[0])), "g/0000000000000001/ent/per:x",
			"entity has ID"},
		{"EventGap", del(evtKey(gen, ok[3])), "g/0000000000000001/eid/" + g.Events[3].ID, "names missing event"},
		{"EventMisfiled", set(evtKey(gen, orderKey("0000", "5")), jsonOf(g.Events[2])), "g/0000000000000001/evt/0000|5",
			"sorts under"},
		{"EventBadRank", set(evtKey(gen, sk0+"\x00x1"), jsonOf(g.Events[0])), "g/0000000000000001/evt/", "bad event order key"},
		{"RunUncounted", set(evtKey(gen, orderKey(sk0, "5")), jsonOf(g.Events[0])), "g/0000000000000001/run/" + sk0,
			"found"},
		{"EventGarbage", set(evtKey(gen, ok[1]), []byte("[")), "g/0000000000000001/evt/", "does not decode"},
		{"EventIDIndexMissing", del(eidKey(gen, g.Events[5].ID)), "g/0000000000000001/eid/" + g.Events[5].ID,
			"no ID index entry"},
		{"EventIDIndexWrong", set(eidKey(gen, g.Events[5].ID), []byte(ok[6])),
			"g/0000000000000001/eid/" + g.Events[5].ID, "points at"},
		{"RunCount", set(runKey(gen, sk0), []byte("5")), "g/0000000000000001/run/" + sk0, "found"},
		{"RunWithoutEvents", set(runKey(gen, "1900"), []byte("1")), "g/0000000000000001/run/1900", "without events"},
		{"AliasMissing", del(aliasKey(gen, "trump", storetest.Trump)), "g/0000000000000001/alias/trump|per:donald-trump",
			"not indexed under name"},
		{"AliasForeign", set(aliasKey(gen, "el jefe", storetest.Trump), nil), "g/0000000000000001/alias/el jefe|",
			`has no name "el jefe"`},
		{"ParticipantIndexMissing", del(partKey(gen, storetest.Trump, ok[7])),
			"g/0000000000000001/part/per:donald-trump|", "not indexed"},
		{"ParticipantIndexForeign", set(partKey(gen, storetest.Rubio, ok[0]), nil),
			"g/0000000000000001/part/per:marco-rubio|", "has no participant"},
		{"ParticipantIndexDangling", set(partKey(gen, storetest.Rubio, orderKey("2999", "1")), nil),
			"g/0000000000000001/part/per:marco-rubio|2999|1", "missing event"},
		{"ParticipantDate", set(partKey(gen, storetest.Trump, ok[7]), []byte(`{"value":"1999"}`)),
			"g/0000000000000001/part/per:donald-trump|", "gives date"},
		{"MetaMissing", del(metaKey(gen)), "g/0000000000000001/meta", "no meta record"},
		{"MetaCount", set(metaKey(gen), []byte(`{"documents":3,"entities":7,"events":9}`)), "g/0000000000000001/meta",
			"meta counts 9 events, found 8"},
		{"LeftoverGeneration", set(entKey(5, "per:x"), jsonOf(graph.Entity{ID: "per:x"})), "g/0000000000000005/",
			"leftover generation 5"},
		{"UnknownKey", set([]byte("zzz"), nil), "zzz", "outside the layout"},
		{"UnknownGenKey", set(genKey(gen, "junk"), nil), "g/0000000000000001/junk", "outside the layout"},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := openTemp(t)
			defer db.Close()
			fill(t, db)
			if err := db.bdb.Update(c.corrupt); err != nil {
				t.Fatal(err)
			}
			ps := check(t, db)
			for _, p := range ps {
				if strings.HasPrefix(p.Key, c.key) && strings.Contains(p.Message, c.msg) {
					return
				}
			}
			t.Errorf("no problem at %q saying %q; got %d problems:", c.key, c.msg, len(ps))
			for _, p := range ps {
				t.Logf("  %s: %s", p.Key, p.Message)
			}
		})
	}
}

// TestOpenCleansLeftovers plants a partial generation, as a crash during
// ReplaceGraph leaves, and expects a read-write Open to remove it.
func TestOpenCleansLeftovers(t *testing.T) {
	db := openTemp(t)
	fill(t, db)
	path := db.path
	err := db.bdb.Update(func(txn *badger.Txn) error {
		for _, k := range [][]byte{entKey(2, storetest.Trump), evtKey(2, orderKey("2025", "1")), aliasKey(2, "x", "per:x"), entKey(0, "per:y")} {
			if err := txn.Set(k, []byte("{}")); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if ps := check(t, db); len(ps) != 2 {
		t.Errorf("Check found %d problems, want 2 leftover generations: %v", len(ps), ps)
	}
	db.Close()
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if ps := check(t, db); len(ps) != 0 {
		t.Errorf("Check after reopening: %v", ps)
	}
	if _, err := db.Entity(context.Background(), storetest.Rubio); err != nil {
		t.Errorf("current graph lost: %v", err)
	}
	// The next generation is numbered past every leftover: 2 was taken.
	if err := db.ReplaceGraph(context.Background(), storetest.Graph(2), 3); err != nil {
		t.Fatal(err)
	}
	if ps := check(t, db); len(ps) != 0 {
		t.Errorf("Check after ReplaceGraph: %v", ps)
	}
}

// orderKeys returns the order keys ReplaceGraph files events (in timeline
// order) under.
func orderKeys(evs []graph.Event) []string {
	ks := make([]string, len(evs))
	rank := 0
	for i := range evs {
		if i > 0 && evs[i].Date.SortKey() == evs[i-1].Date.SortKey() {
			rank++
		} else {
			rank = 0
		}
		ks[i] = orderKey(evs[i].Date.SortKey(), spacedRank(rank))
	}
	return ks
}
