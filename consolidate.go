package chronograph

import (
	"context"
	"fmt"
	"sort"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/ner"
	"github.com/chronograph/chronograph/timeline"
)

// Consolidate rebuilds the stored graph from every stored document: it links
// entities across documents (ner.Link), merges the events several documents
// report (timeline.Merge), orders them (timeline.Order) and replaces the
// stored graph in one step. The result depends only on the stored documents,
// never on the order they were ingested in.
func (p *Pipeline) Consolidate(ctx context.Context) error {
	var docs []*graph.Document
	if err := p.st.Documents(ctx, func(d *graph.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		return err
	}
	if err := p.redate(ctx, docs); err != nil {
		return err
	}
	snap := Build(docs)
	return p.st.ReplaceGraph(ctx, snap, len(docs))
}

// redate dates again, from the whole collection, the documents that give no
// date of their own, and extracts again those whose date changed, so that
// their dates do not depend on which documents were ingested before them.
func (p *Pipeline) redate(ctx context.Context, docs []*graph.Document) error {
	var published []string
	for _, d := range docs {
		if d.DateSource != graph.FromInferred && d.DateSource != graph.FromNone && d.Published.Earliest != "" {
			published = append(published, d.Published.Earliest)
		}
	}
	sort.Strings(published)
	for i, d := range docs {
		if d.DateSource != graph.FromInferred && d.DateSource != graph.FromNone {
			continue
		}
		if !dateFromCollection(d, published) {
			continue
		}
		x, err := p.extractor()
		if err != nil {
			return err
		}
		res, err := x.Extract(d.Text)
		if err != nil {
			return fmt.Errorf("chronograph: %s: %w", d.Path, err)
		}
		tokens := res.Tokens
		if len(d.SentenceIDs) > 0 {
			for j := range tokens {
				tokens[j].Sentence = d.SentenceOf(tokens[j].Start)
			}
		}
		p.extractDated(d, tokens)
		if err := p.st.PutDocument(ctx, d); err != nil {
			return err
		}
		docs[i] = d
	}
	return nil
}

// Build links and merges documents (sorted by ID) into a graph snapshot.
func Build(docs []*graph.Document) *graph.Snapshot {
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	link := ner.Link(docs)
	byID := make(map[string]int, len(link.Entities))
	for i, e := range link.Entities {
		byID[e.ID] = i
	}
	events := timeline.Merge(docs, func(doc string, local int) graph.Participant {
		id := link.ID(doc, local)
		if i, ok := byID[id]; ok {
			e := link.Entities[i]
			return graph.Participant{ID: e.ID, Name: e.Name, Kind: e.Kind}
		}
		return graph.Participant{ID: id}
	})
	timeline.Order(events)

	ents := link.Entities
	published := make(map[string]string, len(docs))
	for _, d := range docs {
		published[d.ID] = d.Published.Earliest
	}
	for i := range ents {
		first, last := "", ""
		for _, id := range ents[i].Documents {
			if day := published[id]; day != "" {
				if first == "" || day < first {
					first = day
				}
				if day > last {
					last = day
				}
			}
		}
		ents[i].FirstSeen, ents[i].LastSeen = first, last
	}
	for _, e := range events {
		if !e.Date.Known() {
			continue
		}
		for _, pt := range e.Participants {
			i, ok := byID[pt.ID]
			if !ok {
				continue
			}
			if ents[i].FirstSeen == "" || e.Date.Earliest < ents[i].FirstSeen {
				ents[i].FirstSeen = e.Date.Earliest
			}
			if e.Date.Latest > ents[i].LastSeen {
				ents[i].LastSeen = e.Date.Latest
			}
		}
	}
	return &graph.Snapshot{Entities: ents, Events: events}
}
