package graph

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// ErrNoPath is returned by Index.Paths when two entities are not linked.
var ErrNoPath = errors.New("graph: no path between the entities")

// ErrUnknownEntity is returned when an entity ID is not in the snapshot.
var ErrUnknownEntity = errors.New("graph: unknown entity")

// Path is a chain of entities linked by shared events.
type Path struct {
	// Entities are the entities along the path, from the first to the last.
	Entities []Participant `json:"entities"`
	// Hops link Entities[i] to Entities[i+1].
	Hops []Hop `json:"hops"`
}

// Hop is one link of a Path: the relations between two consecutive
// entities and the events behind them.
type Hop struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Relations are the relations between From and To in either direction,
	// strongest first.
	Relations []Relation `json:"relations"`
	// Events are the events behind the relations, in timeline order.
	Events []EventRef `json:"events"`
}

// EventRef is a short reference to an event.
type EventRef struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Type  string `json:"type"`
	Title string `json:"title"`
}

// Paths returns up to max (at least 1) shortest paths, counted in hops,
// between entities from and to (the paths gonum's path.YenKShortestPaths
// finds over the undirected entity graph), sorted by the IDs along them. Unknown IDs give
// an error wrapping ErrUnknownEntity; unlinked entities ErrNoPath.
func (x *Index) Paths(from, to string, max int) ([]Path, error) {
	if max < 1 {
		max = 1
	}
	u, ok := x.Graph.NodeOf(from)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownEntity, from)
	}
	v, ok := x.Graph.NodeOf(to)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownEntity, to)
	}
	if u == v {
		return []Path{{Entities: []Participant{x.participant(from)}, Hops: []Hop{}}}, nil
	}
	// kShortest finds what path.YenKShortestPaths(x.Graph.Undirected(),
	// max, 0, u, v) finds, faster.
	found := newYen(x.Graph).kShortest(max, int32(u), int32(v))
	if len(found) == 0 {
		return nil, fmt.Errorf("%w: %s and %s", ErrNoPath, from, to)
	}
	keys := make([]string, len(found))
	for i, p := range found {
		keys[i] = x.pathKey(p)
	}
	idx := make([]int, len(found))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	out := make([]Path, 0, len(found))
	for _, i := range idx {
		out = append(out, x.pathOf(found[i]))
	}
	return out, nil
}

func (x *Index) pathKey(p []int32) string {
	ids := make([]string, len(p))
	for i, n := range p {
		ids[i] = x.Graph.IDs[n]
	}
	return strings.Join(ids, "\x00")
}

func (x *Index) pathOf(p []int32) Path {
	out := Path{Hops: []Hop{}}
	for _, n := range p {
		out.Entities = append(out.Entities, x.participant(x.Graph.IDs[n]))
	}
	for i := 0; i+1 < len(p); i++ {
		a, b := x.Graph.IDs[p[i]], x.Graph.IDs[p[i+1]]
		h := Hop{From: a, To: b, Relations: []Relation{}, Events: []EventRef{}}
		evs := map[string]bool{}
		for _, ri := range x.relsOf[a] {
			r := x.Relations[ri]
			if (r.From == a && r.To == b) || (r.From == b && r.To == a) {
				h.Relations = append(h.Relations, r)
				for _, id := range r.Events {
					evs[id] = true
				}
			}
		}
		var order []int
		for id := range evs {
			if j, ok := x.event[id]; ok {
				order = append(order, j)
			}
		}
		sort.Ints(order)
		for _, j := range order {
			e := &x.Snapshot.Events[j]
			h.Events = append(h.Events, EventRef{ID: e.ID, Date: e.Date.Value, Type: e.Type, Title: e.Title})
		}
		out.Hops = append(out.Hops, h)
	}
	return out
}
