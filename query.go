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
	// Evidence holds one source sentence per event behind the relation, at
	// most MaxEvidence.
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

// Profile returns an entity's profile: every event and every direct
// relation (ProfileWithin with no limit).
func (p *Pipeline) Profile(ctx context.Context, e *graph.Entity) (*Profile, error) {
	prof, _, err := p.ProfileWithin(ctx, e, 0)
	return prof, err
}

// MaxEvidence is how many evidence sentences a related entity carries; its
// Weight and Events count them all.
const MaxEvidence = 10
