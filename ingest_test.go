package chronograph

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

const exampleDir = "examples/us-mexico"

// BenchmarkIngestExamples ingests the example corpus into a new database per
// iteration, consolidation included, and reports documents and words per second.
func BenchmarkIngestExamples(b *testing.B) {
	ctx := context.Background()
	// Load the entity model outside the timed loop: it is loaded once per process.
	warm, err := Open(filepath.Join(b.TempDir(), "warm.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := warm.extractor(); err != nil {
		b.Fatal(err)
	}
	var docs, words int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		p, err := Open(filepath.Join(b.TempDir(), "bench.db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		p.ner, p.nerErr = warm.ner, nil
		p.nerOnce.Do(func() {})
		b.StartTimer()
		rep, err := p.Ingest(ctx, []string{exampleDir}, IngestOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		docs += rep.Added
		words += rep.Words
		p.Close()
		b.StartTimer()
	}
	b.StopTimer()
	warm.Close()
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(docs)/secs, "docs/s")
	b.ReportMetric(float64(words)/secs, "words/s")
}

func TestIngestIdempotent(t *testing.T) {
	ctx := context.Background()
	p, err := Open(filepath.Join(t.TempDir(), "news.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	rep, err := p.Ingest(ctx, []string{exampleDir}, IngestOptions{})
	if err != nil || rep.Added != 5 || rep.Failed != 0 {
		t.Fatalf("first ingest: %+v, %v", rep, err)
	}
	first, err := p.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rep, err = p.Ingest(ctx, []string{exampleDir, filepath.Join(exampleDir, "000_0f4bb0e3c4c275be.txt")}, IngestOptions{})
	if err != nil || rep.Added != 0 || rep.Unchanged != 6 {
		t.Fatalf("second ingest: %+v, %v", rep, err)
	}
	second, err := p.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Events) != len(second.Events) || len(first.Entities) != len(second.Entities) {
		t.Fatalf("re-ingest changed the graph: %d/%d events, %d/%d entities",
			len(first.Events), len(second.Events), len(first.Entities), len(second.Entities))
	}
}

// TestIngestOrderIndependent ingests the corpus in two halves, in both
// orders, and expects the same graph as one ingest of everything.
func TestIngestOrderIndependent(t *testing.T) {
	ctx := context.Background()
	files, _ := filepath.Glob(filepath.Join(exampleDir, "*.txt"))
	if len(files) != 5 {
		t.Fatalf("example corpus has %d files", len(files))
	}
	build := func(batches ...[]string) string {
		p, err := Open(filepath.Join(t.TempDir(), "news.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer p.Close()
		for _, b := range batches {
			if _, err := p.Ingest(ctx, b, IngestOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		return graphJSON(t, p)
	}
	all := build(files)
	ab := build(files[:2], files[2:])
	ba := build(files[2:], files[:2])
	if all != ab || all != ba {
		t.Error("the graph depends on the order documents were ingested in")
	}
}

// graphJSON returns p's timeline and entities as JSON, to compare graphs.
func graphJSON(t *testing.T, p *Pipeline) string {
	t.Helper()
	s, err := p.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var buf jsonBuffer
	WriteJSON(&buf, NewTimelineJSON(s.Events))
	WriteJSON(&buf, NewEntitiesJSON(s.Entities))
	return string(buf.b)
}

type jsonBuffer struct{ b []byte }

func (j *jsonBuffer) Write(p []byte) (int, error) { j.b = append(j.b, p...); return len(p), nil }

// TestIngestDuplicateInOneRun gives one article twice in a fresh ingest:
// it is stored once and counted once unchanged, whichever worker sees it
// first.
func TestIngestDuplicateInOneRun(t *testing.T) {
	ctx := context.Background()
	for _, workers := range []int{1, 4} {
		p, err := Open(filepath.Join(t.TempDir(), "news.db"), Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		rep, err := p.Ingest(ctx, []string{exampleDir, filepath.Join(exampleDir, "000_0f4bb0e3c4c275be.txt")}, IngestOptions{})
		if err != nil || rep.Added != 5 || rep.Unchanged != 1 || rep.Documents != 6 {
			t.Errorf("%d workers: %+v, %v; want 5 added, 1 unchanged of 6", workers, rep, err)
		}
		p.Close()
	}
}

// TestIngestCancel cancels an ingest after its second document: the error
// says it was cancelled, what was stored stays stored, and the next ingest
// completes the same graph as one uninterrupted ingest.
func TestIngestCancel(t *testing.T) {
	ctx := context.Background()
	clean, err := Open(filepath.Join(t.TempDir(), "clean.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer clean.Close()
	if _, err := clean.Ingest(ctx, []string{exampleDir}, IngestOptions{}); err != nil {
		t.Fatal(err)
	}
	want := graphJSON(t, clean)

	p, err := Open(filepath.Join(t.TempDir(), "news.db"), Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	cctx, cancel := context.WithCancel(ctx)
	rep, err := p.Ingest(cctx, []string{exampleDir}, IngestOptions{Progress: func(pr Progress) {
		if pr.Added == 2 {
			cancel()
		}
	}})
	cancel()
	if !errors.Is(err, context.Canceled) || strings.Contains(err.Error(), "storing") {
		t.Fatalf("cancelled ingest returned %v, want context.Canceled alone", err)
	}
	st, err := p.st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents < rep.Added || st.Documents < 2 || st.Documents > 5 {
		t.Fatalf("after cancelling: %d documents stored, %d reported added", st.Documents, rep.Added)
	}
	rep, err = p.Ingest(ctx, []string{exampleDir}, IngestOptions{})
	if err != nil || rep.Added+rep.Unchanged != 5 {
		t.Fatalf("resumed ingest: %+v, %v", rep, err)
	}
	if got := graphJSON(t, p); got != want {
		t.Error("the resumed ingest built another graph than one uninterrupted ingest")
	}
}
