package graph

import (
	"sort"
)

// Index answers entity queries on one snapshot quickly: an entity's
// events, its relations to a given depth, paths between entities. Build it
// once per snapshot with NewIndex; it is read-only and safe for concurrent
// use. It keeps s, which must not be modified while the Index is in use.
type Index struct {
	Snapshot *Snapshot
	Graph    *EntityGraph
	// Relations are the relations of Snapshot's events (see Relations).
	Relations []Relation

	entity   map[string]int   // entity ID -> index in Snapshot.Entities
	event    map[string]int   // event ID -> index in Snapshot.Events
	byEntity map[string][]int // entity ID -> event indexes, timeline order
	relsOf   map[string][]int // entity ID -> relation indexes, strongest first
}

// NewIndex indexes s.
func NewIndex(s *Snapshot) *Index {
	x := &Index{Snapshot: s, Graph: NewEntityGraph(s), Relations: Relations(s.Events),
		entity: make(map[string]int, len(s.Entities)), event: make(map[string]int, len(s.Events)),
		byEntity: map[string][]int{}, relsOf: map[string][]int{}}
	for i, e := range s.Entities {
		x.entity[e.ID] = i
	}
	for i := range s.Events {
		ev := &s.Events[i]
		x.event[ev.ID] = i
		for j, p := range ev.Participants {
			dup := false
			for _, q := range ev.Participants[:j] {
				if q.ID == p.ID {
					dup = true
					break
				}
			}
			if !dup {
				x.byEntity[p.ID] = append(x.byEntity[p.ID], i)
			}
		}
	}
	for i, r := range x.Relations {
		x.relsOf[r.From] = append(x.relsOf[r.From], i)
		x.relsOf[r.To] = append(x.relsOf[r.To], i)
	}
	return x
}

// Entity returns the entity with ID id, or nil.
func (x *Index) Entity(id string) *Entity {
	i, ok := x.entity[id]
	if !ok {
		return nil
	}
	return &x.Snapshot.Entities[i]
}

// Event returns the event with ID id, or nil.
func (x *Index) Event(id string) *Event {
	i, ok := x.event[id]
	if !ok {
		return nil
	}
	return &x.Snapshot.Events[i]
}

// EventsOf returns the events entity id takes part in, in timeline order;
// the events are the snapshot's own, not copies.
func (x *Index) EventsOf(id string) []*Event {
	idx := x.byEntity[id]
	out := make([]*Event, len(idx))
	for i, j := range idx {
		out[i] = &x.Snapshot.Events[j]
	}
	return out
}

// Neighbour is a relation reached from a queried entity.
type Neighbour struct {
	// Entity is the entity at the far end of Relation.
	Entity Participant `json:"entity"`
	// Relation is the relation, as Relations gives it.
	Relation Relation `json:"relation"`
	// Depth is the number of hops from the queried entity to the nearer end.
	Depth int `json:"depth"`
}

// DefaultRelatedLimit is the number of relations a related query lists per
// hop unless told otherwise: enough for a reader, and it keeps a depth-2
// query around a hub to a few milliseconds instead of the whole graph.
const DefaultRelatedLimit = 50

// Related returns the relations reachable from entity id within depth hops
// (depth < 1 means 1), nearest first, then strongest, then by IDs; each
// relation appears once. Each hop lists at most limit relations, the
// strongest (limit < 1 means no limit), and the next hop starts only from
// the entities those reached; truncated reports whether some hop left
// relations out. The work done is bounded by depth × limit relations, not
// by the size of the graph.
func (x *Index) Related(id string, depth, limit int) (ns []Neighbour, truncated bool) {
	if depth < 1 {
		depth = 1
	}
	// x.Relations is sorted by weight, descending, then From, To and
	// Kind, and relsOf lists each entity's relations in that order, so
	// ordering by (depth, relation index) is the promised order and an
	// entity's first unseen relations are its strongest.
	reached := map[string]bool{id: true}
	frontier := []string{id}
	seen := map[int]bool{}
	var cand []int
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		cand = cand[:0]
		for _, n := range frontier {
			taken := 0
			for _, ri := range x.relsOf[n] {
				if seen[ri] {
					continue
				}
				if limit > 0 && taken == limit {
					truncated = true
					break
				}
				seen[ri] = true
				taken++
				cand = append(cand, ri)
			}
		}
		sort.Ints(cand)
		if limit > 0 && len(cand) > limit {
			truncated = true
			// Relations left out now may still be listed at a later hop.
			for _, ri := range cand[limit:] {
				delete(seen, ri)
			}
			cand = cand[:limit]
		}
		var next []string
		for _, ri := range cand {
			r := &x.Relations[ri]
			// Every candidate touches the frontier; it is read from its
			// end in the frontier, the first in ID order when both are.
			other := r.To
			if inFrontier(frontier, r.To) && (!inFrontier(frontier, r.From) || r.To < r.From) {
				other = r.From
			}
			if !reached[other] {
				reached[other] = true
				next = append(next, other)
			}
			ns = append(ns, Neighbour{Entity: x.participant(other), Relation: *r, Depth: d})
		}
		sort.Strings(next)
		frontier = next
	}
	if ns == nil {
		ns = []Neighbour{}
	}
	return ns, truncated
}

// inFrontier reports whether id is in the sorted frontier.
func inFrontier(frontier []string, id string) bool {
	i := sort.SearchStrings(frontier, id)
	return i < len(frontier) && frontier[i] == id
}

// participant returns entity id as a Participant (no role); an entity not
// in the snapshot gets its ID only.
func (x *Index) participant(id string) Participant {
	if e := x.Entity(id); e != nil {
		return Participant{ID: e.ID, Name: e.Name, Kind: e.Kind}
	}
	for _, i := range x.byEntity[id] {
		for _, p := range x.Snapshot.Events[i].Participants {
			if p.ID == id {
				return Participant{ID: p.ID, Name: p.Name, Kind: p.Kind}
			}
		}
	}
	return Participant{ID: id}
}
