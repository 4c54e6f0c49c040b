package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

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
// named by their own id (CAT doc_id) when they have one. A name that
// finds no entity falls back to the longest run of its words that finds
// one (see findSubEntity): "Beatles Apple Corps" is the entity "Apple
// Corps".
func writeSemEvalTimeline(ctx context.Context, p *chronograph.Pipeline, name string, q store.EventQuery, w io.Writer) error {
	names := []string{name}
	var entityID string
	e, err := p.FindEntity(ctx, name)
	if errors.Is(err, store.ErrNotFound) {
		e, err = findSubEntity(ctx, p, name)
	}
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

// findSubEntity finds the entity named by the longest run of name's words
// (at least two, or one capitalized word of more than two letters) that
// names exactly one entity, preferring the rightmost run of a length: the
// head of an English noun phrase comes last ("Beatles Apple Corps" is the
// Beatles' Apple Corps). It returns store.ErrNotFound when no run does.
func findSubEntity(ctx context.Context, p *chronograph.Pipeline, name string) (*graph.Entity, error) {
	words := strings.Fields(name)
	for n := len(words) - 1; n >= 1; n-- {
		for i := len(words) - n; i >= 0; i-- {
			if n == 1 && !nameLike(words[i]) {
				continue
			}
			e, err := p.FindEntity(ctx, strings.Join(words[i:i+n], " "))
			switch {
			case err == nil:
				return e, nil
			case errors.Is(err, store.ErrNotFound), errors.Is(err, chronograph.ErrAmbiguous):
			default:
				return nil, err
			}
		}
	}
	return nil, fmt.Errorf("semeval: no entity in %q: %w", name, store.ErrNotFound)
}

// nameLike reports whether a single word can name an entity on its own:
// capitalized and longer than two letters.
func nameLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return len(w) > 2 && unicode.IsUpper(r)
}
