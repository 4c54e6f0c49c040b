package main

import (
	"context"
	"errors"
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
// entity a user names: the events it takes part in, with every source,
// and the sources of other events whose sentence names it (by its name or
// an alias, or by the name as given when no entity matches it: products
// such as "iPod" are often not tagged as entities at all). Documents are
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
	var events []graph.Event
	for _, ev := range all {
		if entityID != "" && ev.HasParticipant(entityID) {
			events = append(events, ev)
			continue
		}
		var kept []graph.Source
		for _, s := range ev.Sources {
			if mentionsAny(s.Sentence, names) {
				kept = append(kept, s)
			}
		}
		if len(kept) > 0 {
			ev.Sources = kept
			events = append(events, ev)
		}
	}
	docName := map[string]string{}
	if err := p.Store().Documents(ctx, func(d *graph.Document) error {
		if d.SourceID != "" {
			docName[d.ID] = d.SourceID
		}
		return nil
	}); err != nil {
		return err
	}
	return timeline.WriteSemEval(w, name, events, func(doc string) string {
		if n, ok := docName[doc]; ok {
			return n
		}
		return doc
	})
}

// mentionsAny reports whether sentence holds one of names as a whole word
// sequence, ignoring case (a plural "s" is allowed after the name).
func mentionsAny(sentence string, names []string) bool {
	low := strings.ToLower(sentence)
	for _, n := range names {
		n = strings.ToLower(strings.TrimSpace(n))
		if n == "" {
			continue
		}
		for i := 0; ; {
			k := strings.Index(low[i:], n)
			if k < 0 {
				break
			}
			start, end := i+k, i+k+len(n)
			if boundaryBefore(low, start) && (boundaryAfter(low, end) || strings.HasPrefix(low[end:], "s") && boundaryAfter(low, end+1)) {
				return true
			}
			i = start + 1
		}
	}
	return false
}

func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func boundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
