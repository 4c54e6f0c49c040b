package badgerstore

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/storetest"
)

// crashEnv names the database a re-executed test binary writes to until
// it is killed.
const crashEnv = "BADGERSTORE_CRASH_CHILD_DB"

// TestCrashChild is the child of TestCrashConsistency: it writes documents
// and replaces the graph in a loop, printing "round N" after each round,
// until killed. It does nothing in a normal test run.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("runs only as the child of TestCrashConsistency")
	}
	db, err := Open(path, Options{})
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(2)
	}
	ctx := context.Background()
	for round := 0; ; round++ {
		for i := range 5 {
			d := storetest.Documents()[i%3]
			d.ID = fmt.Sprintf("crash-%d-%d", round, i)
			if err := db.PutDocument(ctx, d); err != nil {
				fmt.Println("put:", err)
				os.Exit(2)
			}
		}
		tag := fmt.Sprintf("R%d", round)
		if err := db.ReplaceGraph(ctx, storetest.Synthetic(tag, 200+100*(round%5)), round); err != nil {
			fmt.Println("replace:", err)
			os.Exit(2)
		}
		fmt.Printf("round %d\n", round)
	}
}

// TestCrashConsistency kills a writing child process with SIGKILL at
// moments drawn from a fixed seed, five times on the same database, and
// after each kill expects Open to succeed, Check to find nothing and the
// graph to be one whole generated graph.
func TestCrashConsistency(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	path := filepath.Join(t.TempDir(), "db")
	rng := rand.New(rand.NewPCG(1, 2))
	for kill := range 5 {
		rounds := 1 + rng.IntN(3)
		delay := time.Duration(rng.IntN(40)) * time.Millisecond
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		seen := 0
		for seen < rounds && sc.Scan() {
			if strings.HasPrefix(sc.Text(), "round ") {
				seen++
			} else if strings.Contains(sc.Text(), ":") {
				t.Logf("child: %s", sc.Text())
			}
		}
		if seen < rounds {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("kill %d: child stopped after %d rounds", kill, seen)
		}
		time.Sleep(delay)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		go func() {
			for sc.Scan() { // drain so the child never blocks on a full pipe
			}
		}()
		cmd.Wait()

		// Before Open cleans up, look at what the kill left: more than one
		// generation means it landed inside a ReplaceGraph.
		bdb, err := badger.Open(badger.DefaultOptions(path).WithLogger(nil))
		if err != nil {
			t.Fatalf("kill %d: Badger itself cannot open the database: %v", kill, err)
		}
		var gens []uint64
		err = bdb.View(func(txn *badger.Txn) error { gens, err = generations(txn); return err })
		bdb.Close()
		if err != nil {
			t.Fatal(err)
		}

		db, err := Open(path, Options{})
		if err != nil {
			t.Fatalf("kill %d (after %d rounds + %v): Open: %v", kill, rounds, delay, err)
		}
		ps, err := db.Check(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			t.Errorf("kill %d: %s: %s", kill, p.Key, p.Message)
		}
		st, err := db.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		tags := map[string]int{}
		err = db.Events(context.Background(), store.EventQuery{}, func(e *graph.Event) error {
			tag, _, _ := strings.Cut(e.Title, " ")
			tags[tag]++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(tags) != 1 || st.Events == 0 {
			t.Errorf("kill %d: graph mixes or lacks generations: %v (stats %+v)", kill, tags, st)
		}
		t.Logf("kill %d after %d rounds + %v: generations on disk %v; after Open %d documents, graph %v",
			kill, rounds, delay, gens, st.Documents, tags)
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
