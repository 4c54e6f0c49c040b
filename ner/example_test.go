package ner_test

import (
	"fmt"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/ner"
)

func ExampleExtractor_Extract() {
	x, err := ner.New()
	if err != nil {
		panic(err)
	}
	res, err := x.Extract("U.S. President Donald Trump called Mexican President Claudia Sheinbaum on Friday. " +
		"Sheinbaum told Trump that the CIA could share intelligence with Mexico’s army.")
	if err != nil {
		panic(err)
	}
	for _, e := range res.Entities {
		fmt.Printf("%s %q %d\n", e.Kind, e.Name, e.Mentions)
	}
	// Output:
	// place "United States" 1
	// person "Donald Trump" 2
	// person "Claudia Sheinbaum" 2
	// organization "CIA" 1
	// place "Mexico" 1
}

func ExampleLink() {
	docs := []*graph.Document{
		{ID: "a", Entities: []graph.LocalEntity{{Name: "Claudia Sheinbaum", Kind: graph.Person, Mentions: 2}}},
		{ID: "b", Entities: []graph.LocalEntity{{Name: "Sheinbaum", Kind: graph.Person, Mentions: 1}}},
	}
	l := ner.Link(docs)
	fmt.Println(l.ID("a", 0), l.ID("b", 0), len(l.Entities))
	// Output:
	// per:claudia-sheinbaum per:claudia-sheinbaum 1
}
