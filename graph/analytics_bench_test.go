package graph

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"sort"
	"testing"
	"time"
)

// syntheticSnapshot builds the graph of docs documents' worth of events:
// entities with Zipf-like popularity, about five events per document with
// two or three participants each, dated across two years. The same docs
// gives the same snapshot.
func syntheticSnapshot(docs int) *Snapshot {
	rng := rand.New(rand.NewPCG(7, 11))
	nEnt := docs / 5
	kinds := []Kind{Person, Person, Organization, Place}
	s := &Snapshot{}
	for i := 0; i < nEnt; i++ {
		k := kinds[i%len(kinds)]
		s.Entities = append(s.Entities, Entity{ID: fmt.Sprintf("%s:e%05d", kindPrefix(k), i), Name: fmt.Sprintf("Entity %d", i), Kind: k, Mentions: 1 + nEnt/(i+1)})
	}
	zipf := rand.NewZipf(rng, 1.2, 4, uint64(nEnt-1))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := 0; d < docs; d++ {
		doc := fmt.Sprintf("doc%05d", d)
		pub := start.AddDate(0, 0, d*730/docs)
		for j := 0; j < 5; j++ {
			typ := EventTypes[rng.IntN(len(EventTypes))]
			n := 2 + rng.IntN(2)
			var ps []Participant
			seen := map[int]bool{}
			for len(ps) < n {
				i := int(zipf.Uint64())
				if seen[i] {
					continue
				}
				seen[i] = true
				role := Involved
				switch len(ps) {
				case 0:
					role = Agent
				case 1:
					role = Target
				}
				e := s.Entities[i]
				ps = append(ps, Participant{ID: e.ID, Name: e.Name, Kind: e.Kind, Role: role})
			}
			day := pub.AddDate(0, 0, -rng.IntN(5))
			s.Events = append(s.Events, Event{ID: EventID(doc, j*100, typ), Type: typ, Date: DayDate(day),
				Title: fmt.Sprintf("%s %s %s", ps[0].Name, RelationKind(typ, true), ps[1].Name), Participants: ps,
				Sources: []Source{{Document: doc, Published: pub.Format("2006-01-02"), Sentence: "A sentence."}}})
		}
	}
	sort.SliceStable(s.Events, func(i, j int) bool { return s.Events[i].Date.Value < s.Events[j].Date.Value })
	for i := range s.Events {
		s.Events[i].Order = i
	}
	return s
}

var benchSnap *Snapshot

func benchSnapshot() *Snapshot {
	if benchSnap == nil {
		benchSnap = syntheticSnapshot(10000)
	}
	return benchSnap
}

// latencyReport reports the p50, p99 and largest of lat (sorted in place).
func latencyReport(b *testing.B, lat []time.Duration) {
	b.Helper()
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds()), "max-µs")
}

// benchEntityQueries times query on entities taken across the whole
// popularity range of a 10,000-document index, hubs included.
func benchEntityQueries(b *testing.B, query func(x *Index, id string) int) {
	s := benchSnapshot()
	x := NewIndex(s)
	var lat []time.Duration
	results := 0
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		id := s.Entities[(i*7919)%len(s.Entities)].ID
		t0 := time.Now()
		results += query(x, id)
		lat = append(lat, time.Since(t0))
	}
	latencyReport(b, lat)
	b.ReportMetric(float64(results)/float64(len(lat)), "results/op")
}

// BenchmarkProfile measures an entity profile (events and all direct
// relations) on an index of 10,000 documents' events.
func BenchmarkProfile(b *testing.B) {
	benchEntityQueries(b, func(x *Index, id string) int {
		r, _ := x.Related(id, 1, 0)
		return len(x.EventsOf(id)) + len(r)
	})
}

// BenchmarkRelated2 measures depth-2 relations, at most
// DefaultRelatedLimit per hop, on an index of 10,000 documents' events.
func BenchmarkRelated2(b *testing.B) {
	benchEntityQueries(b, func(x *Index, id string) int {
		r, _ := x.Related(id, 2, DefaultRelatedLimit)
		return len(r)
	})
}

// BenchmarkRelated2All is BenchmarkRelated2 without the limit per hop.
func BenchmarkRelated2All(b *testing.B) {
	benchEntityQueries(b, func(x *Index, id string) int {
		r, _ := x.Related(id, 2, 0)
		return len(r)
	})
}

// BenchmarkPaths measures up to 3 shortest paths between entities taken
// across the popularity range of a 10,000-document index.
func BenchmarkPaths(b *testing.B) {
	s := benchSnapshot()
	benchEntityQueries(b, func(x *Index, id string) int {
		h := fnv.New32a()
		h.Write([]byte(id))
		to := s.Entities[int(h.Sum32()%uint32(len(s.Entities)))].ID
		ps, _ := x.Paths(id, to, 3)
		return len(ps)
	})
}

// BenchmarkNewIndex measures indexing 10,000 documents' events.
func BenchmarkNewIndex(b *testing.B) {
	s := benchSnapshot()
	for b.Loop() {
		NewIndex(s)
	}
	b.ReportMetric(float64(len(s.Events)), "events")
}

// BenchmarkRankCommunities measures PageRank + Louvain communities on
// 10,000 documents' events, entity graph construction included.
func BenchmarkRankCommunities(b *testing.B) {
	s := benchSnapshot()
	var c Communities
	var g *EntityGraph
	for b.Loop() {
		g = NewEntityGraph(s)
		RankGraph(g, s, RankOptions{SkipBetweenness: true})
		c = CommunitiesOf(g, s, CommunityOptions{})
	}
	b.ReportMetric(float64(len(g.IDs)), "entities")
	b.ReportMetric(float64(len(s.Events)), "events")
	b.ReportMetric(float64(len(c.Communities)), "communities")
}

// BenchmarkEntityDOT500 measures the entity-view DOT export (with
// community clusters and legend) of the 500 busiest entities.
func BenchmarkEntityDOT500(b *testing.B) {
	s := benchSnapshot()
	count := map[string]int{}
	for _, e := range s.Events {
		for _, p := range e.Participants {
			count[p.ID]++
		}
	}
	ents := append([]Entity(nil), s.Entities...)
	sort.SliceStable(ents, func(i, j int) bool { return count[ents[i].ID] > count[ents[j].ID] })
	sub := &Snapshot{Entities: ents[:500], Events: s.Events}
	var out []byte
	for b.Loop() {
		var err error
		if out, err = EncodeEntityDOT(sub, EntityDOTOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(500, "entities")
	b.ReportMetric(float64(len(out))/1024, "KiB")
}

// BenchmarkBetweenness measures betweenness centrality (Brandes, through
// gonum) on the entity graph of 10,000 documents' events.
func BenchmarkBetweenness(b *testing.B) {
	s := benchSnapshot()
	g := NewEntityGraph(s)
	links := 0
	for i := range g.IDs {
		links += g.Degree(int64(i))
	}
	for b.Loop() {
		RankGraph(g, s, RankOptions{})
	}
	b.ReportMetric(float64(len(g.IDs)), "entities")
	b.ReportMetric(float64(links/2), "links")
}
