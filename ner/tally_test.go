package ner

import (
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

// TestTallyOrderFree checks that a tally depends only on the documents in
// it: the example articles added in two orders, or with others added and
// removed again, resolve to the same entities, and Link gives every local
// entity the entity its name resolves to.
func TestTallyOrderFree(t *testing.T) {
	docs := extractExamples(t)
	for _, d := range docs {
		d.Published = graph.YearDate(2025)
	}
	if len(docs) < 3 {
		t.Fatalf("%d example documents, want at least 3", len(docs))
	}
	forward := NewTally()
	for _, d := range docs {
		forward.Add(d)
	}
	want := forward.Resolve()
	if forward.Documents() != len(docs) {
		t.Errorf("Documents() = %d, want %d", forward.Documents(), len(docs))
	}

	backward := NewTally()
	for i := len(docs) - 1; i >= 0; i-- {
		backward.Add(docs[i])
	}
	// the first two documents again under other IDs, and a document
	// naming someone no other names, taken out again
	extra := []*graph.Document{
		{ID: "zz-copy-0", Published: graph.YearDate(2024), Entities: docs[0].Entities},
		{ID: "0-copy-1", Published: graph.YearDate(2026), Entities: docs[1].Entities},
		{ID: "m-other", Entities: []graph.LocalEntity{
			{Name: "Ursula von der Leyen", Kind: graph.Person, Aliases: []string{"von der Leyen"}, Mentions: 2},
			{Name: "Sheinbaum", Kind: graph.Organization, Mentions: 9},
		}},
	}
	for _, d := range extra {
		backward.Add(d)
	}
	if got := backward.Resolve(); cmp.Equal(want.Entities, got.Entities) {
		t.Fatal("adding documents changed nothing: the test proves nothing")
	}
	for _, d := range extra {
		backward.Remove(d)
	}
	got := backward.Resolve()
	if diff := cmp.Diff(want.Entities, got.Entities); diff != "" {
		t.Errorf("entities differ by order or by documents added and removed (-forward +backward):\n%s", diff)
	}
	if len(backward.groups) != len(forward.groups) {
		t.Errorf("%d name keys after removing, want %d", len(backward.groups), len(forward.groups))
	}

	l := Link(docs[1:])
	rest := NewTally()
	for _, d := range docs[1:] {
		rest.Add(d)
	}
	r := rest.Resolve()
	for _, d := range docs[1:] {
		for i, e := range d.Entities {
			if id := l.ID(d.ID, i); id != r.EntityOf(e.Name) || id == "" {
				t.Errorf("%s: %q linked to %q, resolves to %q", d.ID, e.Name, id, r.EntityOf(e.Name))
			}
		}
	}
}

// TestLinkFirstNameByID checks that the name a key is first known by comes
// from the document with the smallest ID, whatever order Link is given,
// and that both spellings of the surname link to the one full name.
func TestLinkFirstNameByID(t *testing.T) {
	a := &graph.Document{ID: "a", Entities: []graph.LocalEntity{{Name: "Baker", Kind: graph.Person, Mentions: 1}}}
	b := &graph.Document{ID: "b", Entities: []graph.LocalEntity{{Name: "BAKER", Kind: graph.Person, Mentions: 1}}}
	c := &graph.Document{ID: "c", Entities: []graph.LocalEntity{{Name: "James Baker", Kind: graph.Person, Mentions: 3}}}
	one, two := Link([]*graph.Document{a, b, c}), Link([]*graph.Document{b, a, c})
	if diff := cmp.Diff(one.Entities, two.Entities); diff != "" {
		t.Errorf("Link depends on the documents' order (-a,b,c +b,a,c):\n%s", diff)
	}
	for _, l := range []*Linking{one, two} {
		if got := l.ID("b", 0); got != "per:james-baker" {
			t.Errorf("BAKER linked to %q, want per:james-baker", got)
		}
	}
}
