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

// Related returns the relations reachable from entity id within depth hops
// (depth < 1 means 1), nearest first, then strongest, then by IDs; each
// relation appears once.
func (x *Index) Related(id string, depth int) []Neighbour {
	if depth < 1 {
		depth = 1
	}
	// x.Relations is sorted by weight, descending, then From, To and
	// Kind, so ordering by (depth, relation index) is the promised order.
	type hit struct {
		depth, rel int
		other      string
	}
	var hits []hit
	dist := map[string]int{id: 0}
	frontier := []string{id}
	seen := map[int]bool{}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []string
		for _, n := range frontier {
			for _, ri := range x.relsOf[n] {
				if seen[ri] {
					continue
				}
				seen[ri] = true
				r := &x.Relations[ri]
				other := r.To
				if other == n {
					other = r.From
				}
				if _, ok := dist[other]; !ok {
					dist[other] = d
					next = append(next, other)
				}
				hits = append(hits, hit{d, ri, other})
			}
		}
		sort.Strings(next)
		frontier = next
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].depth != hits[j].depth {
			return hits[i].depth < hits[j].depth
		}
		return hits[i].rel < hits[j].rel
	})
	out := make([]Neighbour, len(hits))
	for i, h := range hits {
		out[i] = Neighbour{Entity: x.participant(h.other), Relation: x.Relations[h.rel], Depth: h.depth}
	}
	return out
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
