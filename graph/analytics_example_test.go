package graph_test

import (
	"fmt"

	"github.com/chronograph/chronograph/graph"
)

func exampleSnapshot() *graph.Snapshot {
	d, _ := graph.ParseDate("2025-04-16")
	a := graph.Participant{ID: "per:a", Name: "Ana", Kind: graph.Person, Role: graph.Agent}
	b := graph.Participant{ID: "per:b", Name: "Bo", Kind: graph.Person, Role: graph.Target}
	c := graph.Participant{ID: "loc:c", Name: "Cove", Kind: graph.Place, Role: graph.Involved}
	b2 := b
	b2.Role = graph.Agent
	return &graph.Snapshot{
		Entities: []graph.Entity{{ID: "loc:c", Name: "Cove", Kind: graph.Place}, {ID: "per:a", Name: "Ana", Kind: graph.Person}, {ID: "per:b", Name: "Bo", Kind: graph.Person}},
		Events: []graph.Event{
			{ID: "ev:1", Type: graph.Call, Date: d, Title: "Ana called Bo", Participants: []graph.Participant{a, b}},
			{ID: "ev:2", Type: graph.Deployment, Title: "Bo deployed troops to Cove", Participants: []graph.Participant{b2, c}, Order: 1},
		},
	}
}

func ExampleIndex_Paths() {
	x := graph.NewIndex(exampleSnapshot())
	paths, err := x.Paths("per:a", "loc:c", 3)
	if err != nil {
		panic(err)
	}
	for _, h := range paths[0].Hops {
		fmt.Println(h.From, h.Relations[0].Kind, h.To, "-", h.Events[0].Title)
	}
	// Output:
	// per:a called per:b - Ana called Bo
	// per:b co-participant loc:c - Bo deployed troops to Cove
}

func ExampleRank() {
	for _, r := range graph.Rank(exampleSnapshot(), graph.RankOptions{}) {
		fmt.Printf("%s pagerank=%.3f betweenness=%.0f\n", r.Name, r.PageRank, r.Betweenness)
	}
	// Output:
	// Bo pagerank=0.486 betweenness=2
	// Cove pagerank=0.464 betweenness=0
	// Ana pagerank=0.050 betweenness=0
}
