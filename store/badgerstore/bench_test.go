package badgerstore

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"testing"
	"time"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/storetest"
)

func benchDB(b *testing.B) *DB {
	b.Helper()
	db, err := Open(filepath.Join(b.TempDir(), "db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkPutDocument stores the fixture documents (about 2 KB of JSON
// each, every extraction field filled) under fresh IDs, one transaction each.
func BenchmarkPutDocument(b *testing.B) {
	db := benchDB(b)
	docs := storetest.Documents()
	ctx := context.Background()
	i := 0
	for b.Loop() {
		d := *docs[i%len(docs)]
		d.ID = fmt.Sprintf("doc-%09d", i)
		if err := db.PutDocument(ctx, &d); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkReplaceGraph replaces a graph of 10,000 events and 1,001
// entities with another of the same size, old generation deleted included.
func BenchmarkReplaceGraph(b *testing.B) {
	const n = 10000
	db := benchDB(b)
	gs := []*graph.Snapshot{storetest.Synthetic("A", n), storetest.Synthetic("B", n)}
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if err := db.ReplaceGraph(ctx, gs[i%2], 1); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkEventsByEntity queries the events of one entity (10 of 10,000)
// through the participant index, cycling over the entities.
func BenchmarkEventsByEntity(b *testing.B) {
	db := benchDB(b)
	g := storetest.Synthetic("A", 10000)
	ctx := context.Background()
	if err := db.ReplaceGraph(ctx, g, 1); err != nil {
		b.Fatal(err)
	}
	var ids []string
	for _, e := range g.Entities {
		if e.Kind == graph.Organization {
			ids = append(ids, e.ID)
		}
	}
	found := 0
	i := 0
	for b.Loop() {
		err := db.Events(ctx, store.EventQuery{Entity: ids[i%len(ids)]}, func(*graph.Event) error { found++; return nil })
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
	b.ReportMetric(float64(found)/float64(b.N), "events/query")
}

// BenchmarkPut100kDocuments writes 100,000 small documents (a 300-byte
// text, a few mentions) into a fresh database per iteration and reports the
// peak of runtime.MemStats.HeapInuse, sampled every 10 ms, with no Go memory
// limit and with RecommendedMemoryLimit. Run it with -benchtime=1x.
func BenchmarkPut100kDocuments(b *testing.B) {
	const n = 100000
	base := storetest.Documents()[0]
	base.Text = base.Text[:min(300, len(base.Text))]
	base.Mentions = base.Mentions[:min(4, len(base.Mentions))]
	for _, c := range []struct {
		name  string
		limit int64
	}{{"NoLimit", -1}, {"RecommendedLimit", RecommendedMemoryLimit}} {
		b.Run(c.name, func(b *testing.B) {
			if c.limit > 0 {
				old := debug.SetMemoryLimit(c.limit)
				defer debug.SetMemoryLimit(old)
			}
			ctx := context.Background()
			var peak uint64
			for b.Loop() {
				runtime.GC()
				db, err := Open(filepath.Join(b.TempDir(), "db"), Options{})
				if err != nil {
					b.Fatal(err)
				}
				stop := make(chan struct{})
				var wg sync.WaitGroup
				wg.Go(func() {
					var ms runtime.MemStats
					t := time.NewTicker(10 * time.Millisecond)
					defer t.Stop()
					for {
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapInuse)
						select {
						case <-stop:
							return
						case <-t.C:
						}
					}
				})
				for i := range n {
					d := *base
					d.ID = fmt.Sprintf("doc-%09d", i)
					if err := db.PutDocument(ctx, &d); err != nil {
						b.Fatal(err)
					}
				}
				close(stop)
				wg.Wait()
				if err := db.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
		})
	}
}
