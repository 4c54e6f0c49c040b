package chronograph

import (
	"context"
	"path/filepath"
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
	build := func(batches ...[]string) []byte {
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
		s, err := p.Snapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var buf jsonBuffer
		WriteJSON(&buf, NewTimelineJSON(s.Events))
		WriteJSON(&buf, NewEntitiesJSON(s.Entities))
		return buf.b
	}
	all := build(files)
	ab := build(files[:2], files[2:])
	ba := build(files[2:], files[:2])
	if string(all) != string(ab) || string(all) != string(ba) {
		t.Error("the graph depends on the order documents were ingested in")
	}
}

type jsonBuffer struct{ b []byte }

func (j *jsonBuffer) Write(p []byte) (int, error) { j.b = append(j.b, p...); return len(p), nil }
