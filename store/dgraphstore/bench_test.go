package dgraphstore

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/storetest"
)

// BenchmarkPutDocument measures ingest throughput into the Dgraph named by
// CHRONOGRAPH_DGRAPH with 1 and 3 concurrent writers, each document a copy
// of a conformance fixture document under a new ID, and reports docs/s.
func BenchmarkPutDocument(b *testing.B) {
	for _, writers := range []int{1, 3} {
		b.Run(fmt.Sprintf("writers=%d", writers), func(b *testing.B) {
			db := open(b)
			ctx := context.Background()
			base := storetest.Documents()
			raw, err := json.Marshal(base[0])
			if err != nil {
				b.Fatal(err)
			}
			var next atomic.Int64
			b.SetBytes(int64(len(raw)))
			b.ResetTimer()
			start := time.Now()
			var wg sync.WaitGroup
			errs := make(chan error, writers)
			for w := range writers {
				wg.Go(func() {
					for {
						i := next.Add(1) - 1
						if i >= int64(b.N) {
							return
						}
						d := *base[int(i)%len(base)]
						d.ID = fmt.Sprintf("bench-%d-%08d", w, i)
						if err := db.PutDocument(ctx, &d); err != nil {
							errs <- err
							return
						}
					}
				})
			}
			wg.Wait()
			elapsed := time.Since(start)
			b.StopTimer()
			close(errs)
			for err := range errs {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "docs/s")
		})
	}
}

// BenchmarkReplaceGraph measures replacing a graph of 10,000 events and
// 1,001 entities, then reading it back whole and by entity, and reports
// events/s for each.
func BenchmarkReplaceGraph(b *testing.B) {
	db := open(b)
	ctx := context.Background()
	const n = 10000
	tags := []string{"A", "B"}
	gs := []*graph.Snapshot{storetest.Synthetic(tags[0], n), storetest.Synthetic(tags[1], n)}
	var write, scan, hub time.Duration
	for i := range b.N {
		g := gs[i%2]
		t0 := time.Now()
		if err := db.ReplaceGraph(ctx, g, 1); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		count := 0
		if err := db.Events(ctx, store.EventQuery{}, func(*graph.Event) error { count++; return nil }); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if err := db.Events(ctx, store.EventQuery{Entity: "per:" + tags[i%2] + "-hub"}, func(*graph.Event) error { count++; return nil }); err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		if count != 2*n {
			b.Fatalf("read %d events, want %d", count, 2*n)
		}
		write, scan, hub = write+t1.Sub(t0), scan+t2.Sub(t1), hub+t3.Sub(t2)
	}
	b.ReportMetric(float64(n*b.N)/write.Seconds(), "written-events/s")
	b.ReportMetric(float64(n*b.N)/scan.Seconds(), "scanned-events/s")
	b.ReportMetric(float64(n*b.N)/hub.Seconds(), "entity-events/s")
}
