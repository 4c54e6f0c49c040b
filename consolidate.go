package chronograph

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"

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
	return p.consolidate(ctx, nil)
}

// consolidate is Consolidate given the documents an ingest just stored,
// slimmed unless undated: when they are every stored document (a fresh
// database), they are used as they are instead of being read back.
func (p *Pipeline) consolidate(ctx context.Context, fresh []*graph.Document) error {
	var docs []*graph.Document
	if len(fresh) > 0 {
		st, err := p.st.Stats(ctx)
		if err != nil {
			return err
		}
		if st.Documents == len(fresh) {
			docs = fresh
		}
	}
	if docs == nil {
		// Documents are kept slim (what linking and merging read) as they
		// stream in; only the undated ones are kept whole, to date them again.
		if err := p.st.Documents(ctx, func(d *graph.Document) error {
			if !undated(d) {
				slim(d)
			}
			docs = append(docs, d)
			return nil
		}); err != nil {
			return err
		}
	}
	var published []string
	var undatedDocs []int
	for i, d := range docs {
		if undated(d) {
			undatedDocs = append(undatedDocs, i)
		} else if d.Published.Earliest != "" {
			published = append(published, d.Published.Earliest)
		}
	}
	sort.Strings(published)
	var peers []string
	if len(published) == 0 {
		for _, i := range undatedDocs {
			if own, ok := timeline.InferDCT(docs[i].Text); ok && own.Date.Known() {
				peers = append(peers, own.Date.Value)
			}
		}
		sort.Strings(peers)
	}
	if err := p.redateAll(ctx, docs, undatedDocs, published, peers); err != nil {
		return err
	}
	// Build takes no context: run it aside so that cancelling returns at
	// once (the stored documents are kept; the graph is rebuilt next time).
	built := make(chan *graph.Snapshot, 1)
	go func(docs []*graph.Document) { built <- build(docs, p.opts.Workers) }(docs)
	n := len(docs)
	// The documents are not needed once the graph is built: let the
	// collector take them while the graph is written (a live heap under
	// the memory limit leaves room for Badger's table builders).
	docs, fresh = nil, nil
	var snap *graph.Snapshot
	select {
	case snap = <-built:
	case <-ctx.Done():
		return ctx.Err()
	}
	return p.st.ReplaceGraph(ctx, snap, n)
}

// redateAll dates again (redate) and slims the documents docs[i] for i in
// idx, on up to Options.Workers goroutines: each is dated from the
// collection alone, so the order does not matter. It returns the error of
// the first document in idx that failed (a cancellation only when nothing
// else failed).
func (p *Pipeline) redateAll(ctx context.Context, docs []*graph.Document, idx []int, published, peers []string) error {
	if len(idx) == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make([]error, len(idx))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(p.opts.Workers, len(idx))) {
		wg.Go(func() {
			for k := range next {
				if err := p.redate(ctx, docs[idx[k]], published, peers); err != nil {
					errs[k] = err
					cancel()
					continue
				}
				slim(docs[idx[k]])
			}
		})
	}
feed:
	for k := range idx {
		select {
		case next <- k:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	// the failure itself, not a cancellation it caused in another worker
	var canceled error
	for _, err := range errs {
		switch {
		case err == nil:
		case !errors.Is(err, context.Canceled):
			return err
		case canceled == nil:
			canceled = err
		}
	}
	if canceled != nil {
		return canceled
	}
	return ctx.Err()
}

// undated reports whether d has no date of its own, so that consolidation
// dates it from the collection.
func undated(d *graph.Document) bool {
	return d.DateSource == graph.FromInferred || d.DateSource == graph.FromNone
}

// slim drops from a document what consolidation does not read: its time
// expressions, quoted blocks, and the mentions outside sentences that
// report events (titles read the agents' mentions there).
func slim(d *graph.Document) {
	d.Timexes, d.Blocks = nil, nil
	keep := map[int]bool{}
	for _, e := range d.Events {
		keep[e.Sentence] = true
	}
	ms := d.Mentions[:0]
	for _, m := range d.Mentions {
		if keep[m.Sentence] {
			ms = append(ms, m)
		}
	}
	d.Mentions = ms
}

// redate dates again, from the whole collection's publication days
// (sorted; or with none, the latest dates its undated documents mention), a document that gives no date of its own, and extracts its
// events again and stores it when its date changed, so that its dates do
// not depend on which documents were ingested before it.
func (p *Pipeline) redate(ctx context.Context, d *graph.Document, published, peers []string) error {
	if !dateFromCollection(d, published, peers) {
		return nil
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
	return p.st.PutDocument(ctx, d)
}

// Build links and merges documents into a graph snapshot; it sorts docs by
// ID. The result depends only on the documents.
func Build(docs []*graph.Document) *graph.Snapshot {
	return build(docs, runtime.GOMAXPROCS(0))
}

// build is Build with event merging spread over up to workers goroutines.
func build(docs []*graph.Document, workers int) *graph.Snapshot {
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	link := ner.Link(docs)
	byID := make(map[string]int, len(link.Entities))
	for i, e := range link.Entities {
		byID[e.ID] = i
	}
	events := timeline.MergeWorkers(docs, func(doc string, local int) graph.Participant {
		id := link.ID(doc, local)
		if i, ok := byID[id]; ok {
			e := link.Entities[i]
			return graph.Participant{ID: e.ID, Name: e.Name, Kind: e.Kind}
		}
		return graph.Participant{ID: id}
	}, workers)
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
