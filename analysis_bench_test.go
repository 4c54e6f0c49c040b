package chronograph

import (
	"bytes"
	"context"
	"errors"
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/chronograph/chronograph/graph"
)

// The benchmarks below measure the in-memory queries (View) on a real
// database named by CHRONOGRAPH_BENCH_DB, for example the Reuters-21578
// corpus ingested with
//
//	go run ./cmd/chronograph ingest --quiet --db /tmp/reuters.db ../shared/data/reuters21578
//	CHRONOGRAPH_BENCH_DB=/tmp/reuters.db go test . -run X -bench DB
//
// They are skipped when the variable is unset. Loading and indexing the
// database happens once per process, outside the timed loops
// (BenchmarkDBView measures it).

// benchDB is the database loaded once for the DB benchmarks.
type benchDB struct {
	snap *graph.Snapshot
	view *View
	// top are the 100 most mentioned entities, most mentioned first.
	top []graph.Entity
	// store answers the store-backed queries (Pipeline.Profile, Related).
	pipe *Pipeline
	err  error
}

var (
	benchOnce sync.Once
	benchData benchDB
)

func loadBenchDB(b *testing.B) *benchDB {
	b.Helper()
	path := os.Getenv("CHRONOGRAPH_BENCH_DB")
	if path == "" {
		b.Skip("CHRONOGRAPH_BENCH_DB is not set (a database directory, e.g. Reuters-21578 ingested into /tmp/reuters.db)")
	}
	benchOnce.Do(func() {
		ctx := context.Background()
		p, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			benchData.err = err
			return
		}
		s, err := p.Snapshot(ctx)
		if err != nil {
			p.Close()
			benchData.err = err
			return
		}
		ents, err := p.Entities(ctx, "")
		if err != nil {
			p.Close()
			benchData.err = err
			return
		}
		benchData = benchDB{snap: s, view: NewView(s, graph.Filter{}), top: ents[:min(100, len(ents))], pipe: p}
	})
	if benchData.err != nil {
		b.Fatalf("opening %s: %v", path, benchData.err)
	}
	if len(benchData.top) == 0 {
		b.Skipf("%s holds no entities", path)
	}
	return &benchData
}

// latencies records one duration per query and reports their p50 and p99.
type latencies []time.Duration

func (l latencies) report(b *testing.B) {
	b.Helper()
	if len(l) == 0 {
		return
	}
	s := append(latencies(nil), l...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	b.ReportMetric(float64(s[len(s)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(s[len(s)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(s[len(s)-1].Microseconds()), "max-µs")
}

// benchQueries runs query on the 100 most mentioned entities in turn,
// timing each call, and reports the latency percentiles and the mean
// number of results.
func benchQueries(b *testing.B, query func(d *benchDB, e *graph.Entity) int) {
	d := loadBenchDB(b)
	var lat latencies
	results := 0
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		e := &d.top[i%len(d.top)]
		t0 := time.Now()
		results += query(d, e)
		lat = append(lat, time.Since(t0))
	}
	lat.report(b)
	b.ReportMetric(float64(results)/float64(len(lat)), "results/op")
}

// BenchmarkDBView measures loading the whole stored graph and indexing it
// (what serve and every analysis command do once).
func BenchmarkDBView(b *testing.B) {
	d := loadBenchDB(b)
	ctx := context.Background()
	for b.Loop() {
		s, err := d.pipe.Snapshot(ctx)
		if err != nil {
			b.Fatal(err)
		}
		NewView(s, graph.Filter{})
	}
	b.ReportMetric(float64(len(d.snap.Entities)), "entities")
	b.ReportMetric(float64(len(d.snap.Events)), "events")
}

// BenchmarkDBNewView measures indexing the loaded graph (what serve does
// for each new filter).
func BenchmarkDBNewView(b *testing.B) {
	d := loadBenchDB(b)
	for b.Loop() {
		NewView(d.snap, graph.Filter{})
	}
}

// BenchmarkDBProfile measures View.Profile (events and direct relations
// with evidence) of the 100 most mentioned entities.
func BenchmarkDBProfile(b *testing.B) {
	benchQueries(b, func(d *benchDB, e *graph.Entity) int {
		p := d.view.Profile(e)
		return len(p.Events) + len(p.Related)
	})
}

// BenchmarkDBProfileJSON measures View.Profile and writing it as the
// entity command and /api/entity do (indented JSON), reporting KiB/op.
func BenchmarkDBProfileJSON(b *testing.B) {
	var buf bytes.Buffer
	size := 0
	benchQueries(b, func(d *benchDB, e *graph.Entity) int {
		buf.Reset()
		if err := WriteJSON(&buf, d.view.Profile(e)); err != nil {
			b.Fatal(err)
		}
		size += buf.Len()
		return 1
	})
	b.ReportMetric(float64(size)/1024/float64(b.N), "KiB/op")
}

// BenchmarkDBRelated2 measures View.Related at depth 2 of the 100 most
// mentioned entities, listing at most graph.DefaultRelatedLimit relations
// per hop.
func BenchmarkDBRelated2(b *testing.B) {
	benchQueries(b, func(d *benchDB, e *graph.Entity) int {
		r, _ := d.view.Related(e.ID, 2, graph.DefaultRelatedLimit)
		return len(r)
	})
}

// BenchmarkDBRelated2All measures View.Related at depth 2 without a limit
// per hop, for comparison.
func BenchmarkDBRelated2All(b *testing.B) {
	benchQueries(b, func(d *benchDB, e *graph.Entity) int {
		r, _ := d.view.Related(e.ID, 2, 0)
		return len(r)
	})
}

// BenchmarkDBPaths measures View.Paths (up to 3 shortest paths) between
// consecutive entities among the 100 most mentioned.
func BenchmarkDBPaths(b *testing.B) {
	benchQueries(b, func(d *benchDB, e *graph.Entity) int {
		i := 0
		for d.top[i].ID != e.ID {
			i++
		}
		to := d.top[(i+1)%len(d.top)].ID
		ps, err := d.view.Paths(e.ID, to, 3)
		if err != nil && !errors.Is(err, graph.ErrNoPath) && !errors.Is(err, graph.ErrUnknownEntity) {
			b.Fatal(err)
		}
		return len(ps)
	})
}

// BenchmarkDBStoreProfile measures Pipeline.Profile, which reads the store
// per query (the CLI's entity command), for comparison with View.Profile.
func BenchmarkDBStoreProfile(b *testing.B) {
	benchQueries(b, func(d *benchDB, e *graph.Entity) int {
		p, err := d.pipe.Profile(context.Background(), e)
		if err != nil {
			b.Fatal(err)
		}
		return len(p.Events) + len(p.Related)
	})
}

// BenchmarkDBStoreProfileWithin measures Pipeline.ProfileWithin (the
// store read once, the 50 strongest direct relations).
func BenchmarkDBStoreProfileWithin(b *testing.B) {
	benchQueries(b, func(d *benchDB, e *graph.Entity) int {
		p, _, err := d.pipe.ProfileWithin(context.Background(), e, graph.DefaultRelatedLimit)
		if err != nil {
			b.Fatal(err)
		}
		return len(p.Events) + len(p.Related)
	})
}

// BenchmarkDBStoreRelated2Within measures Pipeline.RelatedWithin at depth
// 2, at most 50 relations per hop, from the store.
func BenchmarkDBStoreRelated2Within(b *testing.B) {
	benchQueries(b, func(d *benchDB, e *graph.Entity) int {
		r, _, err := d.pipe.RelatedWithin(context.Background(), e, 2, graph.DefaultRelatedLimit)
		if err != nil {
			b.Fatal(err)
		}
		return len(r)
	})
}

// BenchmarkDBRankCommunities measures PageRank and Louvain communities over
// the whole graph, entity graph construction included.
func BenchmarkDBRankCommunities(b *testing.B) {
	d := loadBenchDB(b)
	var c graph.Communities
	var g *graph.EntityGraph
	for b.Loop() {
		g = graph.NewEntityGraph(d.snap)
		graph.RankGraph(g, d.snap, graph.RankOptions{SkipBetweenness: true})
		c = graph.CommunitiesOf(g, d.snap, graph.CommunityOptions{})
	}
	links := 0
	for i := range g.IDs {
		links += g.Degree(int64(i))
	}
	b.ReportMetric(float64(len(g.IDs)), "entities")
	b.ReportMetric(float64(links/2), "links")
	b.ReportMetric(float64(len(c.Communities)), "communities")
}

// BenchmarkDBEntityDOT500 measures the entity-view DOT export (community
// clusters and legend) of the 500 entities taking part in most events.
func BenchmarkDBEntityDOT500(b *testing.B) {
	d := loadBenchDB(b)
	count := map[string]int{}
	for _, e := range d.snap.Events {
		for _, p := range e.Participants {
			count[p.ID]++
		}
	}
	ents := append([]graph.Entity(nil), d.snap.Entities...)
	sort.SliceStable(ents, func(i, j int) bool {
		if count[ents[i].ID] != count[ents[j].ID] {
			return count[ents[i].ID] > count[ents[j].ID]
		}
		return ents[i].ID < ents[j].ID
	})
	n := min(500, len(ents))
	sub := &graph.Snapshot{Entities: ents[:n], Events: d.snap.Events}
	var out []byte
	for b.Loop() {
		var err error
		if out, err = graph.EncodeEntityDOT(sub, graph.EntityDOTOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "entities")
	b.ReportMetric(float64(len(out))/1024, "KiB")
}

// BenchmarkDBBetweenness measures betweenness centrality over the whole
// graph (graph.RankGraph with every measure, entity graph built once).
func BenchmarkDBBetweenness(b *testing.B) {
	d := loadBenchDB(b)
	g := graph.NewEntityGraph(d.snap)
	for b.Loop() {
		graph.RankGraph(g, d.snap, graph.RankOptions{})
	}
	b.ReportMetric(float64(len(g.IDs)), "entities")
}
