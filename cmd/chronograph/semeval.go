package main

import (
	"context"
	"errors"
	"io"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/timeline"
)

// writeSemEvalTimeline prints the SemEval-2015 Task 4 timeline of the
// entity a user names (timeline.EntityEvents): the events it takes part
// in and the event mentions whose sentence names it, by the name as given
// and, when the name finds an entity, by its name and aliases. A name that
// finds no entity, or several, is still looked for in the text: products
// such as "iPod" are often not tagged as entities at all. Documents are
// named by their own id (CAT doc_id) when they have one.
func writeSemEvalTimeline(ctx context.Context, p *chronograph.Pipeline, name string, q store.EventQuery, w io.Writer) error {
	names := []string{name}
	var entityID string
	e, err := p.FindEntity(ctx, name)
	switch {
	case err == nil:
		entityID = e.ID
		names = append(names, e.Name)
		names = append(names, e.Aliases...)
	case errors.Is(err, store.ErrNotFound), errors.Is(err, chronograph.ErrAmbiguous):
	default:
		return err
	}
	q.Entity = ""
	all, err := p.Timeline(ctx, q)
	if err != nil {
		return err
	}
	var docs []*graph.Document
	docName := map[string]string{}
	if err := p.Store().Documents(ctx, func(d *graph.Document) error {
		if d.SourceID != "" {
			docName[d.ID] = d.SourceID
		}
		docs = append(docs, d)
		return nil
	}); err != nil {
		return err
	}
	events := timeline.EntityEvents(docs, all, entityID, names)
	return timeline.WriteSemEval(w, name, events, func(doc string) string {
		if n, ok := docName[doc]; ok {
			return n
		}
		return doc
	})
}
