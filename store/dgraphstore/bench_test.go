package dgraphstore

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

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
