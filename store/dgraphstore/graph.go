package dgraphstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dgraph-io/dgo/v250"
	"github.com/dgraph-io/dgo/v250/protos/api"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
)

const (
	// entityPage and eventPage are how many nodes one read query fetches.
	entityPage = 500
	eventPage  = 500
	// batchNodes and batchBytes bound one write transaction of ReplaceGraph.
	batchNodes = 1000
	batchBytes = 4 << 20
	// deletePage is how many old nodes one cleanup transaction deletes.
	deletePage = 2000
)

// ReplaceGraph writes g as a new generation of Entity and Event nodes, in
// batches, then makes it current in one final mutation of the Meta node and
// deletes every other generation. Readers see the old graph until that final
// mutation commits and the new one after.
//
// Several processes may consolidate into one Dgraph at once: each
// ReplaceGraph first takes a lease kept in the Meta node (waiting while
// another process holds it), so generations are staged, switched and
// cleaned up one process at a time. Under the lease, a graph built from
// fewer documents than are stored is stale (another process stored more
// since this one read them; documents are only ever added), and when the
// current graph was built from more documents than g, g is discarded
// without being written: the newest graph is always built from the most
// documents. A failure before the switch leaves the old
// graph current; the staged nodes are deleted by the next successful
// ReplaceGraph.
func (db *DB) ReplaceGraph(ctx context.Context, g *graph.Snapshot, documents int) error {
	db.replace.Lock()
	defer db.replace.Unlock()

	gen, err := db.newGeneration(ctx)
	if err != nil {
		return fmt.Errorf("dgraphstore: replace graph: %w", err)
	}
	l, lctx, m, err := db.acquire(ctx, strconv.FormatInt(gen, 10))
	if err != nil {
		return fmt.Errorf("dgraphstore: replace graph: %w", err)
	}
	err = db.replaceLeased(lctx, l, m, g, gen, documents)
	if rerr := l.release(); err == nil && rerr != nil {
		err = fmt.Errorf("dgraphstore: replace graph: release lease: %w", rerr)
	}
	if cause := context.Cause(lctx); err != nil && errors.Is(cause, errLeaseLost) {
		err = fmt.Errorf("dgraphstore: replace graph: %w (%v)", cause, err)
	}
	return err
}

// replaceLeased is ReplaceGraph's work under the lease l, taken when the
// Meta node was m.
func (db *DB) replaceLeased(ctx context.Context, l *lease, m metaNode, g *graph.Snapshot, gen int64, documents int) error {
	if m.UID != "" && m.Docs > documents {
		stored, err := db.countDocuments(ctx)
		if err != nil {
			return fmt.Errorf("dgraphstore: replace graph: %w", err)
		}
		if stored > documents {
			return nil // stale, and a graph from more documents is current
		}
	}
	uids, err := db.writeEntities(ctx, g, gen)
	if err != nil {
		return fmt.Errorf("dgraphstore: replace graph: entities: %w", err)
	}
	if err := db.writeEvents(ctx, g, gen, uids); err != nil {
		return fmt.Errorf("dgraphstore: replace graph: events: %w", err)
	}
	if err := db.flip(ctx, l, gen, documents, len(g.Entities), len(g.Events)); err != nil {
		return fmt.Errorf("dgraphstore: replace graph: switch generation: %w", err)
	}
	if err := db.deleteOthers(ctx, gen); err != nil {
		return fmt.Errorf("dgraphstore: replace graph: delete old generations: %w", err)
	}
	return nil
}

// countDocuments counts the stored documents.
func (db *DB) countDocuments(ctx context.Context) (int, error) {
	var out struct {
		D []struct {
			N int `json:"count"`
		} `json:"d"`
	}
	if err := query(ctx, db.dg.NewReadOnlyTxn(), `d(func: has(doc.id)) { count(uid) }`, &out); err != nil {
		return 0, err
	}
	if len(out.D) == 0 {
		return 0, nil
	}
	return out.D[0].N, nil
}

// newGeneration returns a generation number no other ReplaceGraph in the
// cluster uses: a timestamp allocated by Dgraph Zero.
func (db *DB) newGeneration(ctx context.Context) (int64, error) {
	var first uint64
	err := retry(ctx, func() error {
		var err error
		first, _, err = db.dg.AllocateTimestamps(ctx, 1)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("allocate generation: %w", err)
	}
	return int64(first), nil
}

// batch accumulates nodes for one write transaction.
type batch struct {
	nodes []json.RawMessage
	bytes int
}

func (b *batch) add(node any) error {
	raw, err := json.Marshal(node)
	if err != nil {
		return err
	}
	b.nodes = append(b.nodes, raw)
	b.bytes += len(raw)
	return nil
}

func (b *batch) full() bool { return len(b.nodes) >= batchNodes || b.bytes >= batchBytes }

// commit writes the batch in one transaction and returns the UIDs Dgraph
// gave its blank nodes.
func (b *batch) commit(ctx context.Context, dg *dgo.Dgraph) (map[string]string, error) {
	if len(b.nodes) == 0 {
		return nil, nil
	}
	set, err := json.Marshal(b.nodes)
	if err != nil {
		return nil, err
	}
	var uids map[string]string
	err = retry(ctx, func() error {
		resp, err := dg.NewTxn().Mutate(ctx, &api.Mutation{SetJson: set, CommitNow: true})
		if err == nil {
			uids = resp.Uids
		}
		return err
	})
	b.nodes, b.bytes = b.nodes[:0], 0
	return uids, err
}

// writeEntities writes g's entities, plus a stub for every participant that
// names an entity g does not hold (so it can still be queried), as
// generation gen and returns the UID of each entity ID.
func (db *DB) writeEntities(ctx context.Context, g *graph.Snapshot, gen int64) (map[string]string, error) {
	ids := make(map[string]string) // entity ID -> UID
	var pending []string           // entity IDs in the batch; blank node i is "e<i>"
	var b batch
	flush := func() error {
		got, err := b.commit(ctx, db.dg)
		if err != nil {
			return err
		}
		for i, id := range pending {
			uid, ok := got["e"+strconv.Itoa(i)]
			if !ok {
				return fmt.Errorf("no UID for entity %s", id)
			}
			ids[id] = uid
		}
		pending = pending[:0]
		return nil
	}
	add := func(id string, node map[string]any) error {
		if _, dup := ids[id]; dup {
			return nil
		}
		ids[id] = ""
		node["uid"] = "_:e" + strconv.Itoa(len(pending))
		pending = append(pending, id)
		node["dgraph.type"] = "Entity"
		node["ent.id"] = id
		node["ent.gen"] = gen
		if err := b.add(node); err != nil {
			return err
		}
		if b.full() {
			return flush()
		}
		return nil
	}
	for i := range g.Entities {
		e := &g.Entities[i]
		blob, err := json.Marshal(e)
		if err != nil {
			return nil, err
		}
		node := map[string]any{
			"ent.name": e.Name,
			"ent.kind": string(e.Kind),
			"ent.keys": nameKeys(e.Name, e.Aliases),
			"ent.json": string(blob),
		}
		if len(e.Aliases) > 0 {
			node["ent.aliases"] = e.Aliases
		}
		if err := add(e.ID, node); err != nil {
			return nil, err
		}
	}
	for i := range g.Events {
		for _, p := range g.Events[i].Participants {
			if err := add(p.ID, map[string]any{"ent.stub": true}); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return ids, nil
}

// writeEvents writes g's events as generation gen, linked to the entity
// nodes in uids.
func (db *DB) writeEvents(ctx context.Context, g *graph.Snapshot, gen int64, uids map[string]string) error {
	var b batch
	for i := range g.Events {
		e := &g.Events[i]
		blob, err := json.Marshal(e)
		if err != nil {
			return err
		}
		node := map[string]any{
			"dgraph.type": "Event",
			"ev.id":       e.ID,
			"ev.gen":      gen,
			"ev.order":    i,
			"ev.json":     string(blob),
		}
		if types := typeKeys(e); len(types) > 0 {
			node["ev.types"] = types
		}
		loose := false
		for _, b := range []struct{ pred, day string }{{"ev.earliest", e.Date.Earliest}, {"ev.latest", e.Date.Latest}} {
			if b.day == "" {
				continue
			}
			if t, ok := dayTime(b.day); ok {
				node[b.pred] = t
			} else {
				loose = true
			}
		}
		if loose {
			// The server cannot compare this date; Events keeps it for
			// the client-side check.
			node["ev.loose"] = true
		}
		var parts []map[string]string
		seen := make(map[string]bool)
		for _, p := range e.Participants {
			if uid := uids[p.ID]; uid != "" && !seen[uid] {
				seen[uid] = true
				parts = append(parts, map[string]string{"uid": uid})
			}
		}
		if len(parts) > 0 {
			node["ev.participant"] = parts
		}
		if err := b.add(node); err != nil {
			return err
		}
		if b.full() {
			if _, err := b.commit(ctx, db.dg); err != nil {
				return err
			}
		}
	}
	_, err := b.commit(ctx, db.dg)
	return err
}

// flip makes gen, built from documents documents and holding entities
// entities and events events, the current generation, provided l still
// holds the lease.
func (db *DB) flip(ctx context.Context, l *lease, gen int64, documents, entities, events int) error {
	return retry(ctx, func() error {
		txn := db.dg.NewTxn()
		defer txn.Discard(ctx)
		m, err := db.meta(ctx, txn)
		if err != nil {
			return err
		}
		if m.Lock != l.owner {
			return errLeaseLost
		}
		set, _ := json.Marshal(map[string]any{
			"uid": m.UID, "meta.version": FormatVersion, "meta.gen": gen, "meta.docs": documents,
			"meta.entities": entities, "meta.events": events,
		})
		if _, err := txn.Mutate(ctx, &api.Mutation{SetJson: set}); err != nil {
			return err
		}
		return txn.Commit(ctx)
	})
}

// deleteOthers deletes every Event and Entity node of a generation other
// than gen (older ones, and newer ones staged by a ReplaceGraph that failed
// before its switch), events first, a page per transaction.
func (db *DB) deleteOthers(ctx context.Context, gen int64) error {
	for _, sel := range []string{"lt(ev.gen, $g)", "gt(ev.gen, $g)", "lt(ent.gen, $g)", "gt(ent.gen, $g)"} {
		for {
			var out struct {
				N []struct {
					UID string `json:"uid"`
				} `json:"n"`
			}
			err := query(ctx, db.dg.NewReadOnlyTxn(),
				`n(func: `+sel+`, first: $n) { uid }`, &out, num("g", gen), num("n", deletePage))
			if err != nil {
				return err
			}
			if len(out.N) == 0 {
				break
			}
			del, err := json.Marshal(out.N)
			if err != nil {
				return err
			}
			err = retry(ctx, func() error {
				_, err := db.dg.NewTxn().Mutate(ctx, &api.Mutation{DeleteJson: del, CommitNow: true})
				return err
			})
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// reader is a read-only transaction pinned to the generation current when
// it started: every query through it sees one snapshot of the database.
type reader struct {
	txn  *dgo.Txn
	gen  int64
	docs int
}

func (db *DB) reader(ctx context.Context) (*reader, error) {
	txn := db.dg.NewReadOnlyTxn()
	m, err := db.meta(ctx, txn)
	if err != nil {
		return nil, err
	}
	return &reader{txn: txn, gen: m.Gen, docs: m.Docs}, nil
}

// Entity returns an entity of the current graph by ID, or store.ErrNotFound.
func (db *DB) Entity(ctx context.Context, id string) (*graph.Entity, error) {
	if id == "" {
		return nil, notFound(ctx, "entity", id)
	}
	r, err := db.reader(ctx)
	if err != nil {
		return nil, fmt.Errorf("dgraphstore: entity %s: %w", id, err)
	}
	var out struct {
		E []blobNode `json:"e"`
	}
	err = query(ctx, r.txn, `e(func: eq(ent.id, $id)) @filter(eq(ent.gen, $g) AND has(ent.json)) { ent.id ent.json }`,
		&out, str("id", id), num("g", r.gen))
	if err != nil {
		return nil, fmt.Errorf("dgraphstore: entity %s: %w", id, err)
	}
	if len(out.E) == 0 {
		return nil, notFound(ctx, "entity", id)
	}
	return out.E[0].entity()
}

// Entities calls fn for every entity of the current graph in ID order,
// reading pages from one snapshot of the database.
func (db *DB) Entities(ctx context.Context, fn func(*graph.Entity) error) error {
	r, err := db.reader(ctx)
	if err != nil {
		return fmt.Errorf("dgraphstore: entities: %w", err)
	}
	err = selectPages(ctx, r.txn, `l(func: eq(ent.gen, $g), orderasc: ent.id, first: `+all+`) @filter(has(ent.json)) { uid }`,
		[]arg{num("g", r.gen)}, "ent.id", "ent.id ent.json", entityPage, func(n blobNode) error {
			e, err := n.entity()
			if err != nil {
				return err
			}
			return fn(e)
		})
	if err != nil {
		return fmt.Errorf("dgraphstore: entities: %w", err)
	}
	return nil
}

// FindEntities returns the entities of the current graph having name as
// their name or one of their aliases, compared case-insensitively (by
// strings.ToLower), sorted by ID. The lookup is one exact-index query.
func (db *DB) FindEntities(ctx context.Context, name string) ([]*graph.Entity, error) {
	key := strings.ToLower(name)
	if key == "" {
		return nil, ctx.Err()
	}
	r, err := db.reader(ctx)
	if err != nil {
		return nil, fmt.Errorf("dgraphstore: find entities %q: %w", name, err)
	}
	var out struct {
		E []blobNode `json:"e"`
	}
	err = query(ctx, r.txn, `e(func: eq(ent.keys, $k), orderasc: ent.id, first: `+all+`) @filter(eq(ent.gen, $g) AND has(ent.json)) {
		ent.id ent.json }`, &out, str("k", key), num("g", r.gen))
	if err != nil {
		return nil, fmt.Errorf("dgraphstore: find entities %q: %w", name, err)
	}
	var found []*graph.Entity
	for _, n := range out.E {
		e, err := n.entity()
		if err != nil {
			return nil, err
		}
		found = append(found, e)
	}
	sort.Slice(found, func(i, j int) bool { return found[i].ID < found[j].ID })
	return found, nil
}

// Event returns an event of the current graph by ID, or store.ErrNotFound.
func (db *DB) Event(ctx context.Context, id string) (*graph.Event, error) {
	if id == "" {
		return nil, notFound(ctx, "event", id)
	}
	r, err := db.reader(ctx)
	if err != nil {
		return nil, fmt.Errorf("dgraphstore: event %s: %w", id, err)
	}
	var out struct {
		E []blobNode `json:"e"`
	}
	err = query(ctx, r.txn, `e(func: eq(ev.id, $id)) @filter(eq(ev.gen, $g)) { ev.json }`,
		&out, str("id", id), num("g", r.gen))
	if err != nil {
		return nil, fmt.Errorf("dgraphstore: event %s: %w", id, err)
	}
	if len(out.E) == 0 {
		return nil, notFound(ctx, "event", id)
	}
	return out.E[0].event()
}

// Events calls fn for every event of the current graph matching q, in
// timeline order. The selection runs on the server: with q.Entity, a walk
// of the reverse participant edge from that entity's node; type and day
// filters on indexed predicates; order and paging on ev.order. Each result
// is checked once more with q.Match, which only matters for dates the
// server cannot compare.
func (db *DB) Events(ctx context.Context, q store.EventQuery, fn func(*graph.Event) error) error {
	return db.events(ctx, q, true, fn)
}

// events is Events, with the client-side check of q.Match only when check
// is set (tests turn it off to see what the server selected).
func (db *DB) events(ctx context.Context, q store.EventQuery, check bool, fn func(*graph.Event) error) error {
	r, err := db.reader(ctx)
	if err != nil {
		return fmt.Errorf("dgraphstore: events: %w", err)
	}
	filters, args := eventFilters(q)
	args = append(args, num("g", r.gen))
	filter := strings.Join(append([]string{"eq(ev.gen, $g)"}, filters...), " AND ")
	var list string
	if q.Entity != "" {
		args = append(args, str("e", q.Entity))
		list = `var(func: eq(ent.id, $e)) @filter(eq(ent.gen, $g)) { E as ~ev.participant @filter(` + filter + `) }
		l(func: uid(E), orderasc: ev.order, first: ` + all + `) { uid }`
	} else {
		list = `l(func: eq(ev.gen, $g), orderasc: ev.order, first: ` + all + `) @filter(` + filter + `) { uid }`
	}
	err = selectPages(ctx, r.txn, list, args, "ev.order", "ev.order ev.json", eventPage, func(n blobNode) error {
		e, err := n.event()
		if err != nil {
			return err
		}
		if check && !q.Match(e) {
			return nil
		}
		return fn(e)
	})
	if err != nil {
		return fmt.Errorf("dgraphstore: events: %w", err)
	}
	return nil
}

// eventFilters returns the DQL filters for q's types and days, without the
// entity, and their variables.
func eventFilters(q store.EventQuery) ([]string, []arg) {
	var filters []string
	var args []arg
	var types []string
	seen := make(map[string]bool)
	for _, t := range q.Types {
		if t = typeKey(t); !seen[t] {
			seen[t] = true
			types = append(types, t)
		}
	}
	if len(types) > 0 {
		ors := make([]string, len(types))
		for i, t := range types {
			name := "t" + strconv.Itoa(i)
			ors[i] = "eq(ev.types, $" + name + ")"
			args = append(args, str(name, t))
		}
		filters = append(filters, "("+strings.Join(ors, " OR ")+")")
	}
	// Overlaps: an event is out when its latest day is before From, when
	// it has no bounds at all and From is set, or when its earliest day is
	// after To. Days the server cannot parse fall back to q.Match.
	if _, ok := dayTime(q.From); ok {
		args = append(args, str("from", q.From+"T00:00:00Z"))
		filters = append(filters, "(ge(ev.latest, $from) OR (NOT has(ev.latest) AND has(ev.earliest)) OR eq(ev.loose, true))")
	}
	if _, ok := dayTime(q.To); ok {
		args = append(args, str("to", q.To+"T00:00:00Z"))
		filters = append(filters, "(le(ev.earliest, $to) OR NOT has(ev.earliest) OR eq(ev.loose, true))")
	}
	return filters, args
}

// blobNode is an Entity or Event node as queries return it.
type blobNode struct {
	EntID   string `json:"ent.id"`
	EntJSON string `json:"ent.json"`
	Order   int64  `json:"ev.order"`
	EvJSON  string `json:"ev.json"`
}

func (n blobNode) entity() (*graph.Entity, error) {
	e := new(graph.Entity)
	if err := json.Unmarshal([]byte(n.EntJSON), e); err != nil {
		return nil, fmt.Errorf("dgraphstore: decode entity %s: %w", n.EntID, err)
	}
	return e, nil
}

func (n blobNode) event() (*graph.Event, error) {
	e := new(graph.Event)
	if err := json.Unmarshal([]byte(n.EvJSON), e); err != nil {
		return nil, fmt.Errorf("dgraphstore: decode event at %d: %w", n.Order, err)
	}
	return e, nil
}

// Stats counts the stored documents and the current graph's entities and
// events, all from one snapshot of the database.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	r, err := db.reader(ctx)
	if err != nil {
		return store.Stats{}, fmt.Errorf("dgraphstore: stats: %w", err)
	}
	type count struct {
		N int `json:"count"`
	}
	var out struct {
		D, E, V []count
	}
	err = query(ctx, r.txn, `
		d(func: has(doc.id)) { count(uid) }
		e(func: eq(ent.gen, $g)) @filter(has(ent.json)) { count(uid) }
		v(func: eq(ev.gen, $g)) { count(uid) }`, &out, num("g", r.gen))
	if err != nil {
		return store.Stats{}, fmt.Errorf("dgraphstore: stats: %w", err)
	}
	first := func(c []count) int {
		if len(c) == 0 {
			return 0
		}
		return c[0].N
	}
	return store.Stats{Documents: first(out.D), Entities: first(out.E), Events: first(out.V),
		GraphDocuments: r.docs}, nil
}

// nameKeys returns the lower-cased name and aliases, sorted and without
// duplicates, for the case-insensitive lookup index.
func nameKeys(name string, aliases []string) []string {
	set := map[string]bool{}
	for _, s := range append([]string{name}, aliases...) {
		if s = strings.ToLower(s); s != "" {
			set[s] = true
		}
	}
	return sortedKeys(set)
}

// typeKeys returns the keys of e in the type index: "type:" and its
// lower-cased type, "lemma:" and its lower-cased lemma (see typeKey).
func typeKeys(e *graph.Event) []string {
	set := map[string]bool{}
	if e.Type != "" {
		set["type:"+strings.ToLower(e.Type)] = true
	}
	if e.Lemma != "" {
		set["lemma:"+strings.ToLower(e.Lemma)] = true
	}
	return sortedKeys(set)
}

// typeKey is the type-index key a query's type word selects, as
// graph.Event.IsType reads it: a type of the taxonomy, else a lemma.
func typeKey(t string) string {
	if graph.IsEventType(t) {
		return "type:" + strings.ToLower(t)
	}
	return "lemma:" + strings.ToLower(t)
}

func sortedKeys(set map[string]bool) []string {
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
