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

// TestKillDuringIngest kills an ingesting process with SIGKILL at random
// moments, then checks that the database opens, `check` finds it
// consistent, and resuming the ingest reaches the same final state as an
// uninterrupted run.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs it repeatedly")
	}
	bin := buildCLI(t)
	corpus := syntheticCorpus(t, 300)
	clean := filepath.Join(t.TempDir(), "clean.db")
	if out, err := exec.Command(bin, "ingest", "--quiet", "--db", clean, corpus).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted ingest: %v\n%s", err, out)
	}
	want, err := exec.Command(bin, "export", "json", "--db", clean).Output()
	if err != nil {
		t.Fatal(err)
	}

	db := filepath.Join(t.TempDir(), "killed.db")
	rng := rand.New(rand.NewSource(7))
	const rounds = 6
	for round := 0; round < rounds; round++ {
		cmd := exec.Command(bin, "ingest", "--quiet", "--db", db, corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		delay := time.Duration(50+rng.Intn(1500)) * time.Millisecond
		select {
		case <-done:
			t.Logf("round %d: ingest finished before the kill at %v", round, delay)
		case <-time.After(delay):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			t.Logf("round %d: killed after %v", round, delay)
		}
		// The database opens and its stored documents are whole.
		// Only a stale graph (documents stored, graph not yet rebuilt) is
		// expected; the next ingest rebuilds it.
		out, err := exec.Command(bin, "check", "--db", db).CombinedOutput()
		if err != nil {
			for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
				if !strings.HasPrefix(line, "graph: graph built from") && !strings.HasPrefix(line, "chronograph:") {
					t.Fatalf("round %d: check after kill: %v\n%s", round, err, out)
				}
			}
		}
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
