package chronograph

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/ner"
	"github.com/chronograph/chronograph/timeline"
)

// TestMergeWorkers checks that merging groups of reports on several
// goroutines gives what one timeline.Merge over everything gives, on the
// example corpus and, when the data is there, on 2,000 Reuters stories
// (where a hub such as "U.S." links most statements into one group).
func TestMergeWorkers(t *testing.T) {
	paths := []string{filepath.Join("examples", "us-mexico")}
	reuters := filepath.Join("..", "shared", "data", "reuters21578")
	limit := 0
	if _, err := os.Stat(reuters); err == nil && !testing.Short() {
		paths = append(paths, reuters)
		limit = 2000
	}
	p, err := Open(filepath.Join(t.TempDir(), "db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	ctx := context.Background()
	if _, err := p.Ingest(ctx, paths, IngestOptions{Limit: limit}); err != nil {
		t.Fatal(err)
	}
	var docs []*graph.Document
	if err := p.st.Documents(ctx, func(d *graph.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	link := ner.Link(docs)
	entity := func(doc string, local int) graph.Participant { return graph.Participant{ID: link.ID(doc, local)} }
	want := timeline.Merge(docs, entity)
	for _, workers := range []int{2, 3} {
		got := timeline.MergeWorkers(docs, entity, workers)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("MergeWorkers with %d workers differs from Merge (-want +got):\n%s", workers, diff)
		}
	}
	t.Logf("%d documents, %d events", len(docs), len(want))
}
