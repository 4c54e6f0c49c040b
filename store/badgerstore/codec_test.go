package badgerstore

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store/storetest"
)

// BenchmarkCodec measures the value encodings considered for documents and
// events, one value per key as the store writes them: JSON (chosen) and gob
// (a fresh encoder per value, since each value must decode on its own).
func BenchmarkCodec(b *testing.B) {
	doc := storetest.Documents()[1]
	ev := storetest.Graph(1).Events[5]
	for _, c := range []struct {
		name string
		v    any
		new  func() any
	}{
		{"document", doc, func() any { return new(graph.Document) }},
		{"event", &ev, func() any { return new(graph.Event) }},
	} {
		b.Run(c.name+"/json", func(b *testing.B) {
			var n int
			for b.Loop() {
				buf, err := json.Marshal(c.v)
				if err != nil {
					b.Fatal(err)
				}
				n = len(buf)
				if err := json.Unmarshal(buf, c.new()); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "bytes/value")
		})
		b.Run(c.name+"/gob", func(b *testing.B) {
			var n int
			for b.Loop() {
				var buf bytes.Buffer
				if err := gob.NewEncoder(&buf).Encode(c.v); err != nil {
					b.Fatal(err)
				}
				n = buf.Len()
				if err := gob.NewDecoder(&buf).Decode(c.new()); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n), "bytes/value")
		})
	}
}
