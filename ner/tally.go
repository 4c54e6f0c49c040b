package ner

import (
	"sort"

	"github.com/chronograph/chronograph/graph"
)

// Tally is what Link reads from a collection's documents, kept by name
// key: the names and kinds the documents give each key's local entities,
// their aliases, mentions and documents, and each document's date.
// Documents are added and removed in any order: the same documents give
// the same tally, so Resolve gives the same entities. The zero value is
// not usable; call NewTally. A Tally is not safe for concurrent use.
type Tally struct {
	groups map[string]*tallyGroup
	dates  map[string]graph.Date // document ID -> its date
}

// tallyGroup is the tally of one name key.
type tallyGroup struct {
	names    map[string]int // name -> mentions (at least one a local entity)
	aliases  map[string]int // alias -> local entities listing it
	votes    kindVote
	mentions int
	// docs maps the ID of each document naming the key to the first name
	// it gives it; the smallest ID's is the group's first name.
	docs map[string]string
}

// NewTally returns an empty tally.
func NewTally() *Tally {
	return &Tally{groups: map[string]*tallyGroup{}, dates: map[string]graph.Date{}}
}

// Add adds document d's entities and date to the tally. Adding a document
// twice counts it twice: Remove the stored version first.
func (t *Tally) Add(d *graph.Document) { t.apply(d, 1) }

// Remove takes out what Add(d) put in, for a document added before.
func (t *Tally) Remove(d *graph.Document) { t.apply(d, -1) }

func (t *Tally) apply(d *graph.Document, sign int) {
	if sign > 0 {
		t.dates[d.ID] = d.Published
	} else {
		delete(t.dates, d.ID)
	}
	for _, e := range d.Entities {
		k := nameKey(e.Name)
		if k == "" {
			continue
		}
		g := t.groups[k]
		if g == nil {
			if sign < 0 {
				continue
			}
			g = &tallyGroup{names: map[string]int{}, aliases: map[string]int{}, votes: kindVote{}, docs: map[string]string{}}
			t.groups[k] = g
		}
		w := max(e.Mentions, 1)
		addCount(g.names, e.Name, sign*w)
		addCount(g.votes, e.Kind, sign*w)
		g.mentions += sign * e.Mentions
		for _, a := range e.Aliases {
			addCount(g.aliases, a, sign)
		}
		if sign > 0 {
			if _, ok := g.docs[d.ID]; !ok {
				g.docs[d.ID] = e.Name // a document's first name for the key
			}
		} else {
			delete(g.docs, d.ID)
		}
		if len(g.docs) == 0 {
			delete(t.groups, k)
		}
	}
}

// addCount adds n to m[k], deleting the entry when it falls to zero.
func addCount[K comparable](m map[K]int, k K, n int) {
	if c := m[k] + n; c != 0 {
		m[k] = c
	} else {
		delete(m, k)
	}
}

// Documents returns the number of documents in the tally.
func (t *Tally) Documents() int { return len(t.dates) }

// group returns the Link group of key k, sharing the tally's maps (Resolve
// only reads them): its first name is the one the document with the
// smallest ID gives it.
func (t *Tally) group(k string) *group {
	tg := t.groups[k]
	g := &group{key: k, names: tg.names, aliases: tg.aliases, votes: tg.votes, mentions: tg.mentions,
		docs: make([]string, 0, len(tg.docs))}
	for id := range tg.docs {
		g.docs = append(g.docs, id)
	}
	sort.Strings(g.docs)
	g.first = tg.docs[g.docs[0]]
	g.words = wordCount(g.first)
	return g
}
