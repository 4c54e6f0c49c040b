package timeline_test

import (
	"fmt"
	"strings"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/timeline"
)

// newsDoc builds a one-sentence document with two people and a date, the
// way ner and the time-expression recognizer would fill it.
func newsDoc(id, published, text, when, value string) *graph.Document {
	pub, _ := graph.ParseDate(published)
	d := &graph.Document{ID: id, Text: text, Published: pub,
		Sentences: []graph.Span{{Start: 0, End: len(text)}},
		Entities:  []graph.LocalEntity{{Name: "Donald Trump", Kind: graph.Person}, {Name: "Claudia Sheinbaum", Kind: graph.Person}}}
	for e, name := range []string{"Trump", "Sheinbaum"} {
		s := strings.Index(text, name)
		d.Mentions = append(d.Mentions, graph.Mention{Span: graph.Span{Start: s, End: s + len(name)}, Text: name,
			Kind: graph.Person, Entity: e})
	}
	if d.Mentions[0].Start > d.Mentions[1].Start {
		d.Mentions[0], d.Mentions[1] = d.Mentions[1], d.Mentions[0]
	}
	if when != "" {
		s := strings.Index(text, when)
		date, _ := graph.ParseDate(value)
		d.Timexes = []graph.Timex{{Span: graph.Span{Start: s, End: s + len(when)}, Text: when, Type: "DATE", Value: value, Date: date}}
	}
	return d
}

func ExampleEvents() {
	d := newsDoc("a", "2025-05-03", "During an April 16 phone call, Trump urged Sheinbaum to act.", "April 16", "2025-04-16")
	for _, e := range timeline.Events(d, nil) {
		fmt.Println(e.Type, e.Lemma, d.Text[e.Trigger.Start:e.Trigger.End], e.Date.Value, e.Participants)
	}
	// Output:
	// call call call 2025-04-16 [{0 agent} {1 target}]
	// request urge urged 2025-04-16 [{0 agent} {1 target}]
}

func ExampleMerge() {
	docs := []*graph.Document{
		newsDoc("a", "2025-05-03", "During an April 16 phone call, Trump urged Sheinbaum to act.", "April 16", "2025-04-16"),
		newsDoc("b", "2025-05-04", "Sheinbaum recounted a recent phone conversation with Trump.", "", ""),
	}
	for _, d := range docs {
		d.Events = timeline.Events(d, nil)
	}
	entity := func(doc string, local int) graph.Participant {
		e := docs[0].Entities[local]
		return graph.Participant{ID: graph.EntityID(e.Kind, e.Name), Name: e.Name, Kind: e.Kind}
	}
	events := timeline.Merge(docs, entity)
	timeline.Order(events)
	for _, e := range events {
		fmt.Println(e.Order, e.Date.Value, e.Title, len(e.Sources))
	}
	// Output:
	// 0 2025-04-16 Donald Trump called Claudia Sheinbaum 2
	// 1 2025-04-16 Donald Trump asked Claudia Sheinbaum 1
	// 2 2025-05-04 Claudia Sheinbaum recounted a recent phone conversation with Trump 1
}
