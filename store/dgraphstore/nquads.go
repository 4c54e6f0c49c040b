package dgraphstore

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/chronograph/chronograph/graph"
)

// WriteNQuads writes docs and the graph g as RDF N-Quads in the layout Open
// reads: Document nodes, generation 1 of the Entity and Event nodes and a
// Meta node making generation 1 current and built from len(docs)
// documents. Loaded with Dgraph's live or bulk loader against Schema, it
// gives a database a DB serves as is. Nodes are blank nodes numbered in
// document ID, entity ID and timeline order, so the same input gives the
// same bytes. g may be nil (no graph); nil documents are skipped.
func WriteNQuads(g *graph.Snapshot, docs []*graph.Document, w io.Writer) error {
	bw := bufio.NewWriter(w)
	q := quads{w: bw}

	sorted := make([]*graph.Document, 0, len(docs))
	for _, d := range docs {
		if d != nil {
			sorted = append(sorted, d)
		}
	}
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	for i, d := range sorted {
		if d.ID == "" {
			return fmt.Errorf("dgraphstore: write n-quads: document %d has no ID", i)
		}
		blob, err := json.Marshal(d)
		if err != nil {
			return fmt.Errorf("dgraphstore: write n-quads: document %s: %w", d.ID, err)
		}
		s := "_:d" + strconv.Itoa(i)
		q.str(s, "dgraph.type", "Document")
		q.str(s, "doc.id", d.ID)
		q.str(s, "doc.path", d.Path)
		q.str(s, "doc.title", d.Title)
		q.str(s, "doc.url", d.URL)
		q.str(s, "doc.format", d.Format)
		if _, ok := dayTime(d.Published.Earliest); ok {
			q.typed(s, "doc.published", d.Published.Earliest+"T00:00:00Z", "xs:dateTime")
		}
		q.str(s, "doc.json", string(blob))
	}

	const gen = "1"
	if g == nil {
		g = &graph.Snapshot{}
	}
	// Entities in ID order, then stubs for participants the graph does not
	// hold, in order of first appearance, as ReplaceGraph writes them.
	ents := make([]*graph.Entity, len(g.Entities))
	for i := range g.Entities {
		ents[i] = &g.Entities[i]
	}
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	node := make(map[string]string)
	for _, e := range ents {
		if _, dup := node[e.ID]; dup {
			continue
		}
		s := "_:e" + strconv.Itoa(len(node))
		node[e.ID] = s
		blob, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("dgraphstore: write n-quads: entity %s: %w", e.ID, err)
		}
		q.str(s, "dgraph.type", "Entity")
		q.str(s, "ent.id", e.ID)
		q.typed(s, "ent.gen", gen, "xs:int")
		q.str(s, "ent.name", e.Name)
		q.str(s, "ent.kind", string(e.Kind))
		for _, a := range sortedSet(e.Aliases) {
			q.str(s, "ent.aliases", a)
		}
		for _, k := range nameKeys(e.Name, e.Aliases) {
			q.str(s, "ent.keys", k)
		}
		q.str(s, "ent.json", string(blob))
	}
	entities := len(node)
	for i := range g.Events {
		for _, p := range g.Events[i].Participants {
			if _, ok := node[p.ID]; ok {
				continue
			}
			s := "_:e" + strconv.Itoa(len(node))
			node[p.ID] = s
			q.str(s, "dgraph.type", "Entity")
			q.str(s, "ent.id", p.ID)
			q.typed(s, "ent.gen", gen, "xs:int")
			q.typed(s, "ent.stub", "true", "xs:boolean")
		}
	}
	for i := range g.Events {
		e := &g.Events[i]
		blob, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("dgraphstore: write n-quads: event %s: %w", e.ID, err)
		}
		s := "_:v" + strconv.Itoa(i)
		q.str(s, "dgraph.type", "Event")
		q.str(s, "ev.id", e.ID)
		q.typed(s, "ev.gen", gen, "xs:int")
		q.typed(s, "ev.order", strconv.Itoa(i), "xs:int")
		for _, t := range typeKeys(e) {
			q.str(s, "ev.types", t)
		}
		loose := false
		for _, b := range []struct{ pred, day string }{{"ev.earliest", e.Date.Earliest}, {"ev.latest", e.Date.Latest}} {
			if b.day == "" {
				continue
			}
			if _, ok := dayTime(b.day); ok {
				q.typed(s, b.pred, b.day+"T00:00:00Z", "xs:dateTime")
			} else {
				loose = true
			}
		}
		if loose {
			q.typed(s, "ev.loose", "true", "xs:boolean")
		}
		seen := make(map[string]bool)
		for _, p := range e.Participants {
			if o := node[p.ID]; !seen[o] {
				seen[o] = true
				q.edge(s, "ev.participant", o)
			}
		}
		q.str(s, "ev.json", string(blob))
	}

	q.str("_:meta", "dgraph.type", "Meta")
	q.str("_:meta", "meta.id", metaID)
	q.typed("_:meta", "meta.version", strconv.Itoa(FormatVersion), "xs:int")
	q.typed("_:meta", "meta.gen", gen, "xs:int")
	q.typed("_:meta", "meta.docs", strconv.Itoa(len(sorted)), "xs:int")
	q.typed("_:meta", "meta.entities", strconv.Itoa(entities), "xs:int")
	q.typed("_:meta", "meta.events", strconv.Itoa(len(g.Events)), "xs:int")
	if q.err != nil {
		return fmt.Errorf("dgraphstore: write n-quads: %w", q.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("dgraphstore: write n-quads: %w", err)
	}
	return nil
}

// quads writes N-Quads lines, keeping the first write error.
type quads struct {
	w   *bufio.Writer
	err error
}

func (q *quads) line(s string) {
	if q.err == nil {
		_, q.err = q.w.WriteString(s)
	}
}

// str writes a string literal; empty strings are written too, as
// PutDocument and ReplaceGraph store them.
func (q *quads) str(s, pred, val string) {
	q.line(s + " <" + pred + "> " + literal(val) + " .\n")
}

func (q *quads) typed(s, pred, val, typ string) {
	q.line(s + " <" + pred + "> " + literal(val) + "^^<" + typ + "> .\n")
}

func (q *quads) edge(s, pred, o string) {
	q.line(s + " <" + pred + "> " + o + " .\n")
}

// literal quotes s as an N-Quads string literal, escaping backslashes,
// quotes and control characters.
func literal(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// sortedSet returns the distinct strings of s, sorted.
func sortedSet(s []string) []string {
	set := make(map[string]bool, len(s))
	for _, v := range s {
		set[v] = true
	}
	return sortedKeys(set)
}
