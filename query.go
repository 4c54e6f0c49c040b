package chronograph

import (
	"context"
	"sort"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
)

// Timeline returns the events selected by q, in timeline order.
func (p *Pipeline) Timeline(ctx context.Context, q store.EventQuery) ([]graph.Event, error) {
	var out []graph.Event
	err := p.st.Events(ctx, q, func(e *graph.Event) error {
		out = append(out, *e)
		return nil
	})
	return out, err
}

// Entities returns the entities of the given kind (every kind when empty),
// sorted by mentions, descending, then by ID.
func (p *Pipeline) Entities(ctx context.Context, kind graph.Kind) ([]graph.Entity, error) {
	var out []graph.Entity
	err := p.st.Entities(ctx, func(e *graph.Entity) error {
		if kind == "" || e.Kind == kind {
			out = append(out, *e)
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].ID < out[j].ID
	})
	return out, err
}

// Snapshot returns the whole stored graph: entities by ID, events in
// timeline order.
func (p *Pipeline) Snapshot(ctx context.Context) (*graph.Snapshot, error) {
	s := &graph.Snapshot{}
	if err := p.st.Entities(ctx, func(e *graph.Entity) error {
		s.Entities = append(s.Entities, *e)
		return nil
	}); err != nil {
		return nil, err
	}
	var err error
	s.Events, err = p.Timeline(ctx, store.EventQuery{})
	return s, err
}

// Profile is what Chronograph knows of one entity.
type Profile struct {
	Entity graph.Entity `json:"entity"`
	// Events are the entity's events in timeline order.
	Events []graph.Event `json:"events"`
	// Related are the entity's relations, strongest first.
	Related []RelatedEntity `json:"related"`
}

// RelatedEntity is a relation seen from one entity, with the evidence behind it.
type RelatedEntity struct {
	Entity   graph.Participant `json:"entity"`
	Relation graph.Relation    `json:"relation"`
	// Depth is the number of hops from the queried entity.
	Depth int `json:"depth"`
	// Evidence holds one source sentence per event behind the relation.
	Evidence []Evidence `json:"evidence"`
}

// Evidence is a sentence that supports a relation.
type Evidence struct {
	Event    string `json:"event"`
	Type     string `json:"type"`
	Date     string `json:"date"`
	Document string `json:"document"`
	Sentence string `json:"sentence"`
}

// Profile returns an entity's profile.
func (p *Pipeline) Profile(ctx context.Context, e *graph.Entity) (*Profile, error) {
	events, err := p.Timeline(ctx, store.EventQuery{Entity: e.ID})
	if err != nil {
		return nil, err
	}
	rel, err := p.Related(ctx, e, 1)
	if err != nil {
		return nil, err
	}
	return &Profile{Entity: *e, Events: events, Related: rel}, nil
}

// RelatedFanout is how many of an entity's neighbours, strongest first,
// Related follows to the next hop: around a hub ("United States") a depth-2
// query would otherwise read most of the graph.
const RelatedFanout = 25

// MaxEvidence is how many evidence sentences Related gives a relation; its
// Weight and Events count them all.
const MaxEvidence = 10

// Related returns the relations reachable from e within depth hops
// (depth < 1 means 1), each with its evidence, nearest and strongest first.
// Every relation of e itself is listed; beyond it, only the RelatedFanout
// strongest relations and neighbours of each entity are listed and followed.
func (p *Pipeline) Related(ctx context.Context, e *graph.Entity, depth int) ([]RelatedEntity, error) {
	if depth < 1 {
		depth = 1
	}
	var out []RelatedEntity
	dist := map[string]int{e.ID: 0}
	frontier := []string{e.ID}
	evCache := map[string]*graph.Event{}
	names := map[string]graph.Participant{}
	seenRel := map[[3]string]bool{}
	followed := map[string]int{} // neighbours followed from each entity
	listed := map[string]int{}   // relations listed from each entity
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			events, err := p.Timeline(ctx, store.EventQuery{Entity: id})
			if err != nil {
				return nil, err
			}
			for i := range events {
				ev := &events[i]
				evCache[ev.ID] = ev
				for _, pt := range ev.Participants {
					names[pt.ID] = pt
				}
			}
			for _, r := range graph.Relations(events) {
				if r.From != id && r.To != id {
					continue
				}
				other := r.To
				if other == id {
					other = r.From
				}
				k := [3]string{r.From, r.To, r.Kind}
				if seenRel[k] || d > 1 && listed[id] >= RelatedFanout {
					continue
				}
				seenRel[k] = true
				listed[id]++
				if _, ok := dist[other]; !ok && followed[id] < RelatedFanout {
					dist[other] = d
					followed[id]++
					next = append(next, other)
				}
				re := RelatedEntity{Entity: names[other], Relation: r, Depth: d}
				for _, evID := range r.Events {
					if len(re.Evidence) == MaxEvidence {
						break
					}
					ev := evCache[evID]
					if ev == nil || len(ev.Sources) == 0 {
						continue
					}
					s := ev.Sources[0]
					re.Evidence = append(re.Evidence, Evidence{Event: ev.ID, Type: ev.Type, Date: ev.Date.Value, Document: s.Document, Sentence: s.Sentence})
				}
				out = append(out, re)
			}
		}
		sort.Strings(next)
		frontier = next
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Depth != out[j].Depth {
			return out[i].Depth < out[j].Depth
		}
		return out[i].Relation.Weight > out[j].Relation.Weight
	})
	return out, nil
}
