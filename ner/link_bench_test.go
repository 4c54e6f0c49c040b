package ner

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/chronograph/chronograph/graph"
)

// BenchmarkLink links 5,000 synthetic documents of twelve entities each,
// drawn from 2,000 names of one to three words (surnames shared), as a
// newswire collection repeats its names; it reports allocated bytes per
// document, the garbage the collector pays for during consolidation.
func BenchmarkLink(b *testing.B) {
	r := rand.New(rand.NewSource(1))
	kinds := []graph.Kind{graph.Person, graph.Organization, graph.Place}
	names := make([]string, 2000)
	for i := range names {
		switch i % 3 {
		case 0:
			names[i] = fmt.Sprintf("Name%d Surname%d", i, i%400)
		case 1:
			names[i] = fmt.Sprintf("Company%d Corp", i)
		default:
			names[i] = fmt.Sprintf("Place%d", i)
		}
	}
	docs := make([]*graph.Document, 5000)
	for i := range docs {
		d := &graph.Document{ID: fmt.Sprintf("d%05d", i), Published: graph.DayDate(time.Date(1987, 1, 1+i%300, 0, 0, 0, 0, time.UTC))}
		for range 12 {
			n := r.Intn(len(names))
			d.Entities = append(d.Entities, graph.LocalEntity{Name: names[n], Kind: kinds[n%3], Mentions: 1 + r.Intn(4)})
		}
		docs[i] = d
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		Link(docs)
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
