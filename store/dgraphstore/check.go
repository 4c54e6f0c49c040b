package dgraphstore

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v250"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
)

var _ store.Checker = (*DB)(nil)

// checkPage is how many nodes one query of Check fetches.
const checkPage = 500

// Check reads the whole database in one read-only transaction and returns
// every inconsistency, sorted by key: a missing, duplicated or too new Meta
// node (the format version); documents that do not decode, are stored under
// another ID or have twin nodes; entity and event nodes of the current
// generation that do not decode, sit under another ID or have twins; event
// positions that are not 0..n-1; participants (in an event's record or its
// participant edges) that are not entity nodes of the current generation,
// and records and edges that disagree; entity and event counts that differ
// from those the Meta node recorded when the generation became current (an
// incomplete generation); and, when no consolidation holds the lease, nodes
// of other generations. It waits for this process's ReplaceGraph in
// progress, not for other processes' ones, which it does not disturb.
func (db *DB) Check(ctx context.Context) ([]store.Problem, error) {
	db.replace.Lock()
	defer db.replace.Unlock()
	c := &checker{txn: db.dg.NewReadOnlyTxn()}
	if err := c.run(ctx); err != nil {
		return nil, fmt.Errorf("dgraphstore: check: %w", err)
	}
	slices.SortFunc(c.problems, func(a, b store.Problem) int {
		return cmp.Or(cmp.Compare(a.Key, b.Key), cmp.Compare(a.Message, b.Message))
	})
	return c.problems, nil
}

// checker accumulates what Check finds within one transaction.
type checker struct {
	txn      *dgo.Txn
	problems []store.Problem
}

func (c *checker) add(key, format string, args ...any) {
	c.problems = append(c.problems, store.Problem{Key: key, Message: fmt.Sprintf(format, args...)})
}

// checkNode is any node Check reads, with the fields it may have.
type checkNode struct {
	UID     string  `json:"uid"`
	DocID   string  `json:"doc.id"`
	DocJSON string  `json:"doc.json"`
	EntID   string  `json:"ent.id"`
	EntJSON *string `json:"ent.json"`
	EvID    string  `json:"ev.id"`
	EvJSON  string  `json:"ev.json"`
	Order   *int    `json:"ev.order"`
	Parts   []struct {
		UID string `json:"uid"`
	} `json:"ev.participant"`
}

// nodes lists the UIDs selected by the DQL root function root (with its
// args), then fetches fields of those nodes in pages and calls fn for each.
func (c *checker) nodes(ctx context.Context, root string, args []arg, fields string, fn func(checkNode)) error {
	var list struct {
		L []struct {
			UID string `json:"uid"`
		} `json:"l"`
	}
	if err := query(ctx, c.txn, `l(func: `+root+`, first: `+all+`) { uid }`, &list, args...); err != nil {
		return err
	}
	for start := 0; start < len(list.L); start += checkPage {
		var uids []string
		for _, n := range list.L[start:min(start+checkPage, len(list.L))] {
			if isUID(n.UID) {
				uids = append(uids, n.UID)
			}
		}
		var page struct {
			P []checkNode `json:"p"`
		}
		if err := query(ctx, c.txn, `p(func: uid(`+strings.Join(uids, ", ")+`)) { uid `+fields+` }`, &page); err != nil {
			return err
		}
		for _, n := range page.P {
			fn(n)
		}
	}
	return nil
}

func (c *checker) run(ctx context.Context) error {
	var metas struct {
		M []metaNode `json:"m"`
	}
	err := query(ctx, c.txn, `m(func: has(meta.id), first: `+all+`) {
		uid meta.version meta.gen meta.docs meta.entities meta.events meta.lock meta.until }`, &metas)
	if err != nil {
		return err
	}
	var m metaNode
	switch n := len(metas.M); {
	case n == 0:
		c.add("meta", "no Meta node: the format version is missing")
	case n > 1:
		c.add("meta", "%d Meta nodes, want one", n)
		fallthrough
	default:
		m = metas.M[0]
		if m.Version != FormatVersion {
			c.add("meta", "format version %d, this version reads %d", m.Version, FormatVersion)
		}
	}

	docIDs := map[string]int{}
	err = c.nodes(ctx, "has(doc.id)", nil, "doc.id doc.json", func(n checkNode) {
		key := "doc/" + n.DocID
		if docIDs[n.DocID]++; docIDs[n.DocID] == 2 {
			c.add(key, "several Document nodes have this ID")
		}
		var d graph.Document
		if err := json.Unmarshal([]byte(n.DocJSON), &d); err != nil {
			c.add(key, "record does not decode: %v", err)
		} else if d.ID != n.DocID {
			c.add(key, "record holds document %q", d.ID)
		}
	})
	if err != nil {
		return err
	}
	if m.Gen == 0 {
		return c.others(ctx, m)
	}
	g := []arg{num("g", m.Gen)}

	entUIDs := map[string]string{} // UID -> entity ID, stubs included
	entIDs := map[string]int{}
	entities := 0
	err = c.nodes(ctx, "eq(ent.gen, $g)", g, "ent.id ent.json", func(n checkNode) {
		entUIDs[n.UID] = n.EntID
		key := "entity/" + n.EntID
		if entIDs[n.EntID]++; entIDs[n.EntID] == 2 {
			c.add(key, "several Entity nodes have this ID in generation %d", m.Gen)
		}
		if n.EntJSON == nil {
			return // a stub: a participant the graph holds no record of
		}
		entities++
		var e graph.Entity
		if err := json.Unmarshal([]byte(*n.EntJSON), &e); err != nil {
			c.add(key, "record does not decode: %v", err)
		} else if e.ID != n.EntID {
			c.add(key, "record holds entity %q", e.ID)
		}
	})
	if err != nil {
		return err
	}

	events := 0
	positions := map[int]string{}
	evIDs := map[string]int{}
	err = c.nodes(ctx, "eq(ev.gen, $g)", g, "ev.id ev.json ev.order ev.participant { uid }", func(n checkNode) {
		events++
		key := "event/" + n.EvID
		if evIDs[n.EvID]++; evIDs[n.EvID] == 2 {
			c.add(key, "several Event nodes have this ID in generation %d", m.Gen)
		}
		if n.Order == nil {
			c.add(key, "no timeline position")
		} else if prev, dup := positions[*n.Order]; dup {
			c.add(key, "timeline position %d is also event %s's", *n.Order, prev)
		} else {
			positions[*n.Order] = n.EvID
		}
		edges := map[string]bool{}
		for _, p := range n.Parts {
			id, ok := entUIDs[p.UID]
			if !ok {
				c.add(key, "participant edge to %s, not an entity node of the current graph", p.UID)
				continue
			}
			edges[id] = true
		}
		var e graph.Event
		if err := json.Unmarshal([]byte(n.EvJSON), &e); err != nil {
			c.add(key, "record does not decode: %v", err)
			return
		}
		if e.ID != n.EvID {
			c.add(key, "record holds event %q", e.ID)
		}
		recorded := map[string]bool{}
		for _, p := range e.Participants {
			recorded[p.ID] = true
			if entIDs[p.ID] == 0 {
				c.add(key, "participant %s is not an entity of the current graph", p.ID)
			} else if !edges[p.ID] {
				c.add(key, "participant %s has no participant edge", p.ID)
			}
		}
		for id := range edges {
			if !recorded[id] {
				c.add(key, "participant edge to entity %s, which the record does not name", id)
			}
		}
	})
	if err != nil {
		return err
	}
	for i := 0; i < events; i++ {
		if _, ok := positions[i]; !ok {
			c.add("graph", "timeline positions are not 0..%d: %d is missing", events-1, i)
			break
		}
	}
	if m.Entities != nil && *m.Entities != entities {
		c.add("graph", "generation %d has %d entities, %d when it became current (incomplete)", m.Gen, entities, *m.Entities)
	}
	if m.Events != nil && *m.Events != events {
		c.add("graph", "generation %d has %d events, %d when it became current (incomplete)", m.Gen, events, *m.Events)
	}
	return c.others(ctx, m)
}

// others reports nodes of generations other than the current one, unless a
// consolidation holding the lease may be staging them.
func (c *checker) others(ctx context.Context, m metaNode) error {
	if m.Lock != "" && m.Until > time.Now().UnixMilli() {
		return nil
	}
	var out struct {
		A, B, C, D []struct {
			N int `json:"count"`
		}
	}
	err := query(ctx, c.txn, `
		a(func: lt(ent.gen, $g)) { count(uid) }
		b(func: gt(ent.gen, $g)) { count(uid) }
		c(func: lt(ev.gen, $g)) { count(uid) }
		d(func: gt(ev.gen, $g)) { count(uid) }`, &out, num("g", m.Gen))
	if err != nil {
		return err
	}
	n := 0
	for _, l := range [][]struct {
		N int `json:"count"`
	}{out.A, out.B, out.C, out.D} {
		if len(l) > 0 {
			n += l[0].N
		}
	}
	if n > 0 {
		c.add("graph", "%d nodes of generations other than the current %d (left by a failed consolidation; the next one deletes them)", n, m.Gen)
	}
	return nil
}
