package graph

import (
	"sort"
)

// Relation is what links two entities: the events they share, how and when.
// From and To are entity IDs; for a directed relation From acted on To.
type Relation struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Kind names the link: "called", "met", "designated", "acted on",
	// "co-participant"... (see RelationKind).
	Kind string `json:"kind"`
	// Weight is the number of events behind the relation.
	Weight int `json:"weight"`
	// First and Last are the earliest and latest known event dates.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
	// Events are the IDs of the events behind the relation, in timeline order.
	Events []string `json:"events"`
}

// RelationKind names the relation an event of type typ sets up between its
// agent and its target, or between two participants in no such roles
// (directed false).
func RelationKind(typ string, directed bool) string {
	if !directed {
		if typ == Meeting || typ == Call || typ == Agreement {
			return relVerb[typ]
		}
		return "co-participant"
	}
	if v, ok := relVerb[typ]; ok {
		return v
	}
	return "acted on"
}

var relVerb = map[string]string{
	Call: "called", Meeting: "met", Statement: "spoke about", Rejection: "rejected",
	Offer: "made an offer to", Designation: "designated", Tariff: "imposed tariffs on",
	Order: "ordered", Sanction: "sanctioned", Extradition: "extradited", Arrest: "arrested",
	Deployment: "deployed to", Report: "reported on", Hearing: "heard", Nomination: "nominated",
	Agreement: "agreed with", Request: "asked", Threat: "threatened", Attack: "attacked",
}

// Relations derives the relations between entities from events (given in
// timeline order). Each event links its agents to its targets (directed)
// and its other participants pairwise (undirected, From < To). One relation
// is kept per (From, To, Kind). The result is sorted by weight, descending,
// then From, To and Kind.
func Relations(events []Event) []Relation {
	type key struct{ from, to, kind string }
	idx := map[key]*Relation{}
	var out []*Relation
	add := func(from, to, kind string, e *Event) {
		if from == to {
			return
		}
		k := key{from, to, kind}
		r := idx[k]
		if r == nil {
			r = &Relation{From: from, To: to, Kind: kind}
			idx[k] = r
			out = append(out, r)
		}
		if n := len(r.Events); n > 0 && r.Events[n-1] == e.ID {
			return
		}
		r.Weight++
		r.Events = append(r.Events, e.ID)
		if e.Date.Known() {
			if r.First == "" || e.Date.Value < r.First {
				r.First = e.Date.Value
			}
			if e.Date.Value > r.Last {
				r.Last = e.Date.Value
			}
		}
	}
	for i := range events {
		e := &events[i]
		agents, targets := e.ParticipantsIn(Agent), e.ParticipantsIn(Target)
		for _, a := range agents {
			for _, t := range targets {
				add(a, t, RelationKind(e.Type, true), e)
			}
		}
		for x := 0; x < len(e.Participants); x++ {
			for y := x + 1; y < len(e.Participants); y++ {
				p, q := e.Participants[x], e.Participants[y]
				if (p.Role == Agent && q.Role == Target) || (p.Role == Target && q.Role == Agent) {
					continue
				}
				a, b := p.ID, q.ID
				if b < a {
					a, b = b, a
				}
				add(a, b, RelationKind(e.Type, false), e)
			}
		}
	}
	rels := make([]Relation, len(out))
	for i, r := range out {
		rels[i] = *r
	}
	sort.SliceStable(rels, func(i, j int) bool {
		a, b := rels[i], rels[j]
		if a.Weight != b.Weight {
			return a.Weight > b.Weight
		}
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Kind < b.Kind
	})
	return rels
}

// Neighbourhood returns the IDs of the entities within depth hops of id
// through rels (id included), sorted.
func Neighbourhood(rels []Relation, id string, depth int) []string {
	adj := map[string][]string{}
	for _, r := range rels {
		adj[r.From] = append(adj[r.From], r.To)
		adj[r.To] = append(adj[r.To], r.From)
	}
	seen := map[string]bool{id: true}
	frontier := []string{id}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, n := range frontier {
			for _, m := range adj[n] {
				if !seen[m] {
					seen[m] = true
					next = append(next, m)
				}
			}
		}
		frontier = next
	}
	ids := make([]string, 0, len(seen))
	for k := range seen {
		ids = append(ids, k)
	}
	sort.Strings(ids)
	return ids
}
