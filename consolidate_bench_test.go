package chronograph

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDBConsolidate rebuilds the graph of a copy of the database
// named by CHRONOGRAPH_BENCH_DB (see analysis_bench_test.go), the serial
// tail of every ingest. Run it with -cpu 1,2 to see how consolidation
// scales with cores:
//
//	CHRONOGRAPH_BENCH_DB=/tmp/reuters.db go test . -run X -bench DBConsolidate -benchtime 3x -cpu 1,2
func BenchmarkDBConsolidate(b *testing.B) {
	src := os.Getenv("CHRONOGRAPH_BENCH_DB")
	if src == "" {
		b.Skip("CHRONOGRAPH_BENCH_DB is not set (a database directory, e.g. Reuters-21578 ingested into /tmp/reuters.db)")
	}
	dst := filepath.Join(b.TempDir(), "db")
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		b.Fatal(err)
	}
	// Badger refuses group- or world-writable files less than it refuses
	// a missing write bit: make the copy writable by its owner.
	if err := filepath.WalkDir(dst, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		mode := os.FileMode(0o600)
		if d.IsDir() {
			mode = 0o700
		}
		return os.Chmod(path, mode)
	}); err != nil {
		b.Fatal(err)
	}
	p, err := Open(dst, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	ctx := context.Background()
	st, err := p.st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if err := p.Consolidate(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(st.Documents)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
