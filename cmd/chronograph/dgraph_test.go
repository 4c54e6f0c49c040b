//go:build unix

package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The Dgraph tests run the built CLI against the Dgraph named by
// CHRONOGRAPH_DGRAPH (host:port of an alpha's gRPC; `.ci/dgraph.sh start`
// exports it, with CHRONOGRAPH_DGRAPH_HTTP and CHRONOGRAPH_DGRAPH_BIN) and
// are skipped without it. They drop all data in that Dgraph.

// dgraphEnv returns the store address (dgraph://host:port) and the alpha's
// HTTP address, skipping the test when no Dgraph is configured. It holds a
// lock shared with store/dgraphstore's tests until the test ends, so
// packages tested in parallel do not drop each other's data.
func dgraphEnv(t *testing.T) (store, httpAddr string) {
	t.Helper()
	a := strings.TrimPrefix(os.Getenv("CHRONOGRAPH_DGRAPH"), "dgraph://")
	if a == "" {
		t.Skip("CHRONOGRAPH_DGRAPH is not set: run `eval \"$(.ci/dgraph.sh start)\"` to test against a local Dgraph")
	}
	httpAddr = os.Getenv("CHRONOGRAPH_DGRAPH_HTTP")
	if httpAddr == "" {
		// Dgraph's HTTP port is its gRPC port minus 1000.
		host, port, err := net.SplitHostPort(a)
		n, perr := strconv.Atoi(port)
		if err != nil || perr != nil {
			t.Fatalf("CHRONOGRAPH_DGRAPH=%q: want host:port", a)
		}
		httpAddr = net.JoinHostPort(host, strconv.Itoa(n-1000))
	}
	lock := filepath.Join(os.TempDir(), "chronograph-dgraph-test-"+strings.NewReplacer(":", "_", "/", "_").Replace(a)+".lock")
	f, err := os.OpenFile(lock, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() }) // closing releases the lock
	return "dgraph://" + a, httpAddr
}

// dropAll empties the Dgraph through its HTTP /alter endpoint.
func dropAll(t *testing.T, httpAddr string) {
	t.Helper()
	resp, err := http.Post("http://"+httpAddr+"/alter", "application/json", strings.NewReader(`{"drop_all": true}`))
	if err != nil {
		t.Fatalf("drop all: %v", err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(b.String(), "Success") {
		t.Fatalf("drop all: %s: %s", resp.Status, b.String())
	}
}

// cliRun runs the built CLI and returns its standard output, failing the
// test on a non-zero exit.
func cliRun(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chronograph %s: %v\n%s%s", strings.Join(args, " "), err, stdout.Bytes(), stderr.Bytes())
	}
	return stdout.Bytes()
}

// dgraphCorpus writes the example corpus plus synthetic articles, 60 in
// all, spread over three folders of one root so that every folder shares
// people and places with the others, and returns the root and the folders.
func dgraphCorpus(t *testing.T) (string, []string) {
	t.Helper()
	root := t.TempDir()
	folders := []string{filepath.Join(root, "a"), filepath.Join(root, "b"), filepath.Join(root, "c")}
	for _, f := range folders {
		if err := os.Mkdir(f, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	examples, err := filepath.Glob(filepath.Join("..", "..", "examples", "us-mexico", "*.txt"))
	if err != nil || len(examples) == 0 {
		t.Fatalf("example corpus: %v (%d files)", err, len(examples))
	}
	for i, path := range examples {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(folders[i%3], filepath.Base(path)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	people := []string{"Claudia Sheinbaum", "Donald Trump", "Marco Rubio", "Ronald Johnson", "Omar García Harfuch", "Kristi Noem", "Juan Ramón de la Fuente"}
	places := []string{"Mexico City", "Washington", "Sinaloa", "Texas", "Chihuahua", "Tijuana"}
	months := []string{"January", "February", "March", "April", "May", "June"}
	for i := 0; i < 60-len(examples); i++ {
		a, b := people[i%len(people)], people[(i*3+1)%len(people)]
		if a == b {
			b = people[(i+2)%len(people)]
		}
		place, other := places[i%len(places)], places[(i+1)%len(places)]
		month, day := months[i%len(months)], 1+(i*7)%27
		text := fmt.Sprintf("%s and %s discuss security in %s\n\n%s %d, 2025\n\n"+
			"%s met %s in %s on %s %d to discuss border security. "+
			"%s said on Tuesday that the talks were productive and announced %d arrests in %s. "+
			"%s criticized the tariffs that Washington imposed in %s.\n",
			a, b, place, month, day+1, a, b, place, month, day, b, 10+i, other, a, months[(i+2)%len(months)])
		name := fmt.Sprintf("story-%02d.txt", i)
		if err := os.WriteFile(filepath.Join(folders[i%3], name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root, folders
}

// answers are the query outputs compared between stores.
var answers = [][]string{
	{"timeline", "--format", "json"},
	{"entities", "--format", "json"},
	{"entity", "--format", "json", "Claudia Sheinbaum"},
	{"timeline", "--format", "json", "--entity", "Donald Trump"},
}

// queryAll runs every query of answers with the database flags db.
func queryAll(t *testing.T, bin string, db ...string) [][]byte {
	t.Helper()
	out := make([][]byte, len(answers))
	for i, q := range answers {
		out[i] = cliRun(t, bin, append(append(append([]string{}, q[0]), db...), q[1:]...)...)
	}
	return out
}

func sameAnswers(t *testing.T, what string, want, got [][]byte) {
	t.Helper()
	for i := range answers {
		if !bytes.Equal(want[i], got[i]) {
			t.Errorf("%s: `%s` differs from the Badger store's (%d bytes, want %d):\n%s",
				what, strings.Join(answers[i], " "), len(got[i]), len(want[i]), firstDiff(want[i], got[i]))
		}
	}
}

// firstDiff shows the first line where got differs from want.
func firstDiff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(w) && i < len(g); i++ {
		if w[i] != g[i] {
			return fmt.Sprintf("line %d:\n  want %.200s\n  got  %.200s", i+1, w[i], g[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}

// TestDgraph ingests one corpus into Badger and into Dgraph and checks that
// both stores answer the same, byte for byte: with three ingest processes
// at once over the corpus's folders, after re-ingesting everything, and
// after loading the Badger database's N-Quads export with `dgraph live`.
func TestDgraph(t *testing.T) {
	store, httpAddr := dgraphEnv(t)
	bin := buildCLI(t)
	root, folders := dgraphCorpus(t)
	bdb := filepath.Join(t.TempDir(), "badger.db")
	cliRun(t, bin, "ingest", "--quiet", "--db", bdb, root)
	want := queryAll(t, bin, "--db", bdb)
	if len(want[0]) < 1000 || len(want[1]) < 1000 {
		t.Fatalf("the Badger timeline (%d bytes) or entities (%d bytes) is too small to compare", len(want[0]), len(want[1]))
	}

	t.Run("ConcurrentIngest", func(t *testing.T) {
		dropAll(t, httpAddr)
		var wg sync.WaitGroup
		for _, f := range folders {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cliRun(t, bin, "ingest", "--quiet", "--store", store, f)
			}()
		}
		wg.Wait()
		if t.Failed() {
			return
		}
		sameAnswers(t, "after 3 concurrent ingests", want, queryAll(t, bin, "--store", store))
		if out := cliRun(t, bin, "check", "--store", store); !bytes.Contains(out, []byte("is consistent: 60 documents")) {
			t.Errorf("check: %s", out)
		}
		// Re-ingesting everything stores nothing and changes nothing.
		if out := cliRun(t, bin, "ingest", "--quiet", "--store", store, root); !bytes.Contains(out, []byte(": 0 new, 60 unchanged")) {
			t.Errorf("re-ingest: %s", out)
		}
		sameAnswers(t, "after re-ingesting", want, queryAll(t, bin, "--store", store))
	})

	t.Run("LiveLoad", func(t *testing.T) {
		dgraph := os.Getenv("CHRONOGRAPH_DGRAPH_BIN")
		if dgraph == "" {
			path, err := exec.Command(filepath.Join("..", "..", ".ci", "dgraph.sh"), "path").Output()
			if err != nil {
				t.Fatalf(".ci/dgraph.sh path: %v", err)
			}
			dgraph = strings.TrimSpace(string(path))
		}
		if _, err := os.Stat(dgraph); err != nil {
			t.Fatalf("no Dgraph binary for `dgraph live` (build it with .ci/dgraph.sh build): %v", err)
		}
		dir := t.TempDir()
		cliRun(t, bin, "export", "nquads", "--db", bdb, "--out", dir)
		dropAll(t, httpAddr)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		live := exec.CommandContext(ctx, dgraph, "live", "--files", filepath.Join(dir, "graph.nq"), "--format", "rdf",
			"--schema", filepath.Join(dir, "schema.dql"), "--alpha", strings.TrimPrefix(store, "dgraph://"))
		live.Dir = dir // the loader writes its state next to it
		if out, err := live.CombinedOutput(); err != nil {
			t.Fatalf("dgraph live: %v\n%s", err, out)
		}
		sameAnswers(t, "after dgraph live", want, queryAll(t, bin, "--store", store))
		if out := cliRun(t, bin, "check", "--store", store); !bytes.Contains(out, []byte("is consistent: 60 documents")) {
			t.Errorf("check: %s", out)
		}
		// The export of the loaded database is the export it came from.
		again := t.TempDir()
		cliRun(t, bin, "export", "nquads", "--store", store, "--out", again)
		for _, name := range []string{"graph.nq", "schema.dql"} {
			a, _ := os.ReadFile(filepath.Join(dir, name))
			b, _ := os.ReadFile(filepath.Join(again, name))
			if !bytes.Equal(a, b) {
				t.Errorf("%s exported from Dgraph differs from the Badger export it was loaded from: %s", name, firstDiff(a, b))
			}
		}
	})
}
