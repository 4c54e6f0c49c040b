package main

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildCLI compiles the command once per test binary run.
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "chronograph")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// syntheticCorpus writes n small dated articles built from the example
// corpus's sentences, different enough to be distinct documents.
func syntheticCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	names := []string{"Claudia Sheinbaum", "Donald Trump", "Marco Rubio", "Ronald Johnson", "Omar García Harfuch"}
	places := []string{"Mexico", "Texas", "Sinaloa", "Washington", "Chihuahua"}
	for i := 0; i < n; i++ {
		a, b := names[i%len(names)], names[(i/len(names)+1)%len(names)]
		if a == b {
			b = names[(i+2)%len(names)]
		}
		day := 1 + i%28
		text := fmt.Sprintf("Story %d about %s\n\nMay %d, 2025\n\n%s met %s in %s on Friday to discuss security cooperation. "+
			"%s said the talks on April %d were productive. The governor of %s announced %d arrests on Thursday.\n",
			i, places[i%len(places)], day, a, b, places[i%len(places)], b, 1+i%28, places[(i+1)%len(places)], i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("story-%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestKillDuringIngest kills an ingesting process with SIGKILL at moments
// drawn from a fixed seed, spread over the time an uninterrupted ingest
// takes, until four kills have landed mid-ingest (fewer documents stored
// than the corpus holds, or the graph not yet rebuilt), two of them while
// documents were being stored, or twelve rounds have run. After each kill the database must open, `check` may report
// nothing but a stale graph, and no stored document may be lost; resuming
// the ingest must reach the same final state as an uninterrupted run.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs it repeatedly")
	}
	bin := buildCLI(t)
	const n = 1500
	corpus := syntheticCorpus(t, n)
	clean := filepath.Join(t.TempDir(), "clean.db")
	start := time.Now()
	if out, err := exec.Command(bin, "ingest", "--quiet", "--db", clean, corpus).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted ingest: %v\n%s", err, out)
	}
	full := time.Since(start)
	// Every run pays a fixed cost before it stores anything new: loading
	// the model, opening the database and skipping the documents already
	// stored. Re-ingesting the unchanged corpus measures the largest such
	// cost; kill delays are that plus a share of the rest.
	start = time.Now()
	if out, err := exec.Command(bin, "ingest", "--quiet", "--db", clean, corpus).CombinedOutput(); err != nil {
		t.Fatalf("re-ingest of the unchanged corpus: %v\n%s", err, out)
	}
	fixed := time.Since(start)
	work := full - fixed
	if work < full/4 {
		work = full / 4
	}
	t.Logf("uninterrupted ingest of %d documents: %v, of which about %v before the first new document",
		n, full.Round(time.Millisecond), fixed.Round(time.Millisecond))
	want, err := exec.Command(bin, "export", "json", "--db", clean).Output()
	if err != nil {
		t.Fatal(err)
	}

	db := filepath.Join(t.TempDir(), "killed.db")
	rng := rand.New(rand.NewSource(7))
	const maxRounds, wantMid = 12, 4
	stored, mid, midStore := 0, 0, 0
	// late grows each time a kill aimed at the storing of documents came
	// before any new document was stored: on a loaded machine the fixed
	// cost can be larger than measured.
	var late time.Duration
	for round := 0; round < maxRounds && (mid < wantMid || midStore < 2); round++ {
		if stored == n && midStore < 2 {
			// Every document is stored and too few kills landed while
			// storing: start over on a new database, so that the next
			// kill can land there (the old one was checked above).
			db = filepath.Join(t.TempDir(), fmt.Sprintf("killed-%d.db", round))
			stored = 0
		}
		// Past the fixed cost, documents already stored are skipped
		// quickly, so aim at the share of the work the remaining
		// documents take.
		// While many documents are left, kill within the first part of
		// what they take, to land while documents are being stored;
		// after that, anywhere in the rebuild of the graph.
		left := float64(n-stored) / n
		frac := (0.05 + 0.9*rng.Float64()) * 0.3
		if left > 0.2 {
			frac = 0.05 + (0.05+0.25*rng.Float64())*left
		}
		delay := fixed + late + time.Duration(frac*float64(work))
		cmd := exec.Command(bin, "ingest", "--quiet", "--db", db, corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		killed := false
		select {
		case <-done:
		case <-time.After(delay):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			killed = true
		}
		// The database opens and its stored documents are whole. Only a
		// stale graph (documents stored, graph not yet rebuilt) is
		// expected; the next ingest rebuilds it.
		out, err := exec.Command(bin, "check", "--db", db).CombinedOutput()
		docs, stale := -1, false
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			var g, s int
			switch {
			case scan(line, "graph: graph built from %d documents but %d are stored", &g, &s):
				docs, stale = s, true
			case scan(line, db+" is consistent: %d documents", &s):
				docs = s
			case strings.HasPrefix(line, db+" is inconsistent: 1 problems"):
			default:
				t.Fatalf("round %d: check after kill: %v\n%s", round, err, out)
			}
		}
		if docs < stored || docs > n || (err == nil) == stale {
			t.Fatalf("round %d: check after kill: %v, %d documents stored (%d before)\n%s", round, err, docs, stored, out)
		}
		landed := killed && (docs < n || stale)
		if landed {
			mid++
		}
		if killed && docs > stored && docs < n {
			midStore++
		}
		if killed && left > 0.2 && docs == stored {
			late += work / 10
		}
		t.Logf("round %d: killed %v after %v, landed mid-ingest %v: %d documents stored, graph stale %v",
			round, killed, delay.Round(time.Millisecond), landed, docs, stale)
		stored = docs
	}
	if mid < wantMid || midStore < 2 {
		t.Errorf("%d kills landed mid-ingest, %d of them while storing documents; want %d and 2", mid, midStore, wantMid)
	}
	if out, err := exec.Command(bin, "ingest", "--quiet", "--db", db, corpus).CombinedOutput(); err != nil {
		t.Fatalf("resumed ingest: %v\n%s", err, out)
	}
	if out, err := exec.Command(bin, "check", "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("check after resume: %v\n%s", err, out)
	}
	got, err := exec.Command(bin, "export", "json", "--db", db).Output()
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("after kills and resume the timeline differs from an uninterrupted ingest (%d vs %d bytes)", len(got), len(want))
	}
}

// scan reports whether line starts with format's text, filling args.
func scan(line, format string, args ...any) bool {
	n, err := fmt.Sscanf(line, format, args...)
	return err == nil && n == len(args) && strings.HasPrefix(line, fmt.Sprintf(format, deref(args)...))
}

func deref(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = *a.(*int)
	}
	return out
}
