package storetest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/chronograph/chronograph/graph"
)

// article is the raw material of one fixture document.
type article struct {
	title, published string
	sentences        []string
}

var articles = []article{
	{
		title:     "Trump orders tariffs on Mexico",
		published: "2025-02-01",
		sentences: []string{
			"President Trump ordered 25% tariffs on imports from Mexico on Saturday.",
			"Trump spoke with Claudia Sheinbaum by phone on Monday.",
		},
	},
	{
		title:     "Sheinbaum rejects U.S. military action",
		published: "2025-03-06",
		sentences: []string{
			"Sheinbaum said Mexico would not accept U.S. troops on its soil.",
			"Marco Rubio met Sheinbaum in Washington on April 16.",
		},
	},
	{
		title:     "México extradita a miembros del Cártel de Sinaloa",
		published: "2025-04-20",
		sentences: []string{
			"Mexico extradited 29 members of the Sinaloa Cartel to the United States.",
			"Trump threatened Mexico with further measures.",
		},
	},
}

// Documents returns the fixture documents: three short articles about
// US-Mexico relations with sentences, mentions, local entities, events and
// time expressions whose offsets are valid in their Text, in the order the
// articles were written (not ID order). Each call returns fresh values.
func Documents() []*graph.Document {
	docs := make([]*graph.Document, len(articles))
	for i, a := range articles {
		docs[i] = buildDocument(a)
	}
	return docs
}

func buildDocument(a article) *graph.Document {
	text := a.title + "\n\n" + strings.Join(a.sentences, " ")
	pub, err := graph.ParseDate(a.published)
	if err != nil {
		panic(err) // fixture data is fixed
	}
	d := &graph.Document{
		ID:         graph.DocumentID([]byte(text)),
		Path:       "examples/" + graph.DocumentID([]byte(text)) + ".txt",
		Format:     "text",
		Title:      a.title,
		Published:  pub,
		DateSource: graph.FromHeader,
		Text:       text,
	}
	off := 0
	d.Sentences = append(d.Sentences, graph.Span{Start: 0, End: len(a.title)})
	off = len(a.title) + 2
	for _, s := range a.sentences {
		d.Sentences = append(d.Sentences, graph.Span{Start: off, End: off + len(s)})
		off += len(s) + 1
	}
	// Capitalised words stand for mentions: good enough for a fixture whose
	// point is round-tripping every field.
	for si, sp := range d.Sentences {
		for _, w := range strings.Fields(text[sp.Start:sp.End]) {
			w = strings.Trim(w, ".,%")
			if w == "" || w[0] < 'A' || w[0] > 'Z' {
				continue
			}
			start := sp.Start + strings.Index(text[sp.Start:sp.End], w)
			ent := -1
			for i, le := range d.Entities {
				if le.Name == w {
					ent = i
				}
			}
			if ent < 0 {
				ent = len(d.Entities)
				d.Entities = append(d.Entities, graph.LocalEntity{Name: w, Kind: graph.Other})
			}
			d.Entities[ent].Mentions++
			d.Mentions = append(d.Mentions, graph.Mention{
				Span: graph.Span{Start: start, End: start + len(w)}, Text: w,
				Kind: graph.Other, Sentence: si, Entity: ent,
			})
		}
	}
	d.Timexes = []graph.Timex{{
		Span: graph.Span{Start: 0, End: 0}, Text: "", Type: "DATE",
		Value: a.published, Date: pub,
	}}
	if len(d.Mentions) > 0 {
		m := d.Mentions[len(d.Mentions)-1]
		d.Events = []graph.LocalEvent{{
			Type: graph.Statement, Lemma: "say", Trigger: m.Span, Sentence: m.Sentence,
			Date: pub, Confidence: 0.75, Timex: 0,
			Participants: []graph.LocalParticipant{{Entity: m.Entity, Role: graph.Agent}},
		}}
	}
	return d
}

// Entity IDs of the fixture graphs.
const (
	Mexico       = "loc:mexico"
	UnitedStates = "loc:united-states"
	WashingtonDC = "loc:washington-d-c"
	Sinaloa      = "org:sinaloa-cartel"
	Sheinbaum    = "per:claudia-sheinbaum"
	Trump        = "per:donald-trump"
	Rubio        = "per:marco-rubio"
	Johnson      = "per:ronald-johnson"
)

type entitySpec struct {
	kind    graph.Kind
	name    string
	aliases []string
}

var entitySpecs = map[string]entitySpec{
	Mexico:       {graph.Place, "Mexico", []string{"México"}},
	UnitedStates: {graph.Place, "United States", []string{"U.S.", "US", "America", "Washington"}},
	WashingtonDC: {graph.Place, "Washington, D.C.", []string{"Washington"}},
	Sinaloa:      {graph.Organization, "Sinaloa Cartel", []string{"Cártel de Sinaloa"}},
	Sheinbaum:    {graph.Person, "Claudia Sheinbaum", []string{"Sheinbaum", "President Sheinbaum"}},
	Trump:        {graph.Person, "Donald Trump", []string{"Trump", "President Trump"}},
	Rubio:        {graph.Person, "Marco Rubio", []string{"Rubio"}},
	Johnson:      {graph.Person, "Ronald Johnson", []string{"Ambassador Johnson"}},
}

func entity(id string, docs ...string) graph.Entity {
	s := entitySpecs[id]
	if graph.EntityID(s.kind, s.name) != id {
		panic("storetest: fixture entity ID " + id + " does not match its name")
	}
	return graph.Entity{ID: id, Name: s.name, Kind: s.kind, Aliases: append([]string(nil), s.aliases...),
		Mentions: 2 * len(docs), Documents: docs}
}

type eventSpec struct {
	typ, lemma, title string
	date              graph.Date
	parts             []graph.Participant
	doc, sentence     int
	trigger           int
}

func part(id string, r graph.Role) graph.Participant {
	s := entitySpecs[id]
	return graph.Participant{ID: id, Name: s.name, Kind: s.kind, Role: r}
}

func day(s string) graph.Date {
	d, err := graph.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Graph returns fixture graph version 1 or 2 (any other value panics),
// consolidated from Documents: entities sorted by ID and events in timeline
// order with Order set, dated at year, month and day precision, bounded but
// undated, and wholly unknown. Version 2 drops Marco Rubio and every version 1
// event, adds Ronald Johnson and new events, so a store that keeps leftovers
// of version 1 is caught. Each call returns fresh values.
//
// Version 1's timeline, by position: 0 report (2025), 1 designation
// (2025-02), 2 tariff (2025-02-01), 3 call (2025-02-03), 4 statement "say"
// (2025-03-06), 5 meeting (2025-04-16), 6 extradition (after 2025-04-20,
// undated), 7 threat (unknown). Version 2's: 0 nomination (2025-03), 1 tariff
// (2025-03-04), 2 hearing (2025-03-27), 3 agreement (2025-05-02), 4 action
// "visit" (before 2025-06-30, undated).
func Graph(version int) *graph.Snapshot {
	docs := Documents()
	id := func(i int) string { return docs[i].ID }
	var ents []graph.Entity
	var evs []eventSpec
	switch version {
	case 1:
		ents = []graph.Entity{
			entity(Mexico, id(0), id(1), id(2)),
			entity(UnitedStates, id(1), id(2)),
			entity(WashingtonDC, id(1)),
			entity(Sinaloa, id(2)),
			entity(Sheinbaum, id(0), id(1)),
			entity(Trump, id(0), id(2)),
			entity(Rubio, id(1)),
		}
		evs = []eventSpec{
			{graph.Report, "report", "Mexico reports fewer fentanyl seizures", graph.YearDate(2025),
				[]graph.Participant{part(Mexico, graph.Agent)}, 2, 1, 0},
			{graph.Designation, "designate", "United States designates the Sinaloa Cartel", graph.MonthDate(2025, 2),
				[]graph.Participant{part(UnitedStates, graph.Agent), part(Sinaloa, graph.Target)}, 2, 1, 40},
			{graph.Tariff, "order", "Trump orders 25% tariffs on Mexico", day("2025-02-01"),
				[]graph.Participant{part(Trump, graph.Agent), part(Mexico, graph.Target)}, 0, 1, 42},
			{graph.Call, "speak", "Trump speaks with Sheinbaum", day("2025-02-03"),
				[]graph.Participant{part(Trump, graph.Agent), part(Sheinbaum, graph.Involved)}, 0, 2, 110},
			{graph.Statement, "say", "Sheinbaum says Mexico will not accept U.S. troops", day("2025-03-06"),
				[]graph.Participant{part(Sheinbaum, graph.Agent), part(UnitedStates, graph.Target)}, 1, 1, 50},
			{graph.Meeting, "meet", "Rubio meets Sheinbaum in Washington", day("2025-04-16"),
				[]graph.Participant{part(Rubio, graph.Agent), part(Sheinbaum, graph.Involved), part(WashingtonDC, graph.Involved)}, 1, 2, 115},
			{graph.Extradition, "extradite", "Mexico extradites 29 Sinaloa Cartel members", graph.Between("2025-04-20", ""),
				[]graph.Participant{part(Mexico, graph.Agent), part(Sinaloa, graph.Target)}, 2, 1, 57},
			{graph.Threat, "threaten", "Trump threatens Mexico", graph.Date{},
				[]graph.Participant{part(Trump, graph.Agent), part(Mexico, graph.Target)}, 2, 2, 130},
		}
	case 2:
		ents = []graph.Entity{
			entity(Mexico, id(0), id(1), id(2)),
			entity(UnitedStates, id(1), id(2)),
			entity(Sheinbaum, id(0), id(1)),
			entity(Trump, id(0), id(2)),
			entity(Johnson, id(1)),
		}
		ents[0].Aliases = nil // "México" is gone in version 2
		evs = []eventSpec{
			{graph.Nomination, "nominate", "Trump nominates Ronald Johnson as ambassador", graph.MonthDate(2025, 3),
				[]graph.Participant{part(Trump, graph.Agent), part(Johnson, graph.Target)}, 1, 2, 16},
			{graph.Tariff, "impose", "Trump imposes tariffs on Mexico", day("2025-03-04"),
				[]graph.Participant{part(Trump, graph.Agent), part(Mexico, graph.Target)}, 0, 1, 47},
			{graph.Hearing, "hear", "Senate hears Johnson", day("2025-03-27"),
				[]graph.Participant{part(Johnson, graph.Target), part(UnitedStates, graph.Involved)}, 1, 2, 90},
			{graph.Agreement, "agree", "Mexico and the United States agree on security", day("2025-05-02"),
				[]graph.Participant{part(Mexico, graph.Agent), part(UnitedStates, graph.Agent), part(Sheinbaum, graph.Involved)}, 2, 1, 12},
			{graph.Action, "visit", "Sheinbaum visits the border", graph.Between("", "2025-06-30"),
				[]graph.Participant{part(Sheinbaum, graph.Agent)}, 0, 2, 3},
		}
	default:
		panic(fmt.Sprintf("storetest: no fixture graph version %d", version))
	}
	g := &graph.Snapshot{Entities: ents}
	for i, s := range evs {
		d := docs[s.doc]
		start := s.trigger
		if start >= len(d.Text) {
			start = 0
		}
		end := start + len(s.lemma)
		if end > len(d.Text) {
			end = len(d.Text)
		}
		ev := graph.Event{
			ID: graph.EventID(d.ID, start, s.typ), Type: s.typ, Lemma: s.lemma, Date: s.date,
			Title: s.title, Participants: s.parts, Confidence: 0.5 + float64(i)/20, Order: i,
			Sources: []graph.Source{{
				Document: d.ID, Title: d.Title, Published: d.Published.Value,
				Sentence: d.SentenceText(s.sentence), Start: start, End: end,
				SentenceIndex: s.sentence, Trigger: d.Text[start:end], Date: s.date,
			}},
		}
		if s.typ == graph.Threat {
			ev.Factuality = graph.Planned
			ev.Conflicts = []graph.Conflict{{Date: "2025-04-22", Sources: []string{d.ID}}}
		}
		g.Events = append(g.Events, ev)
	}
	return g
}

// Synthetic returns a generated graph of n events over n/10+1 entities, for
// load and concurrency tests: every entity name, alias and event title starts
// with tag, so a reader can tell which of two graphs it is looking at. Events
// are dated one day apart from 2020-01-01 and take part two entities each:
// entity "per:<tag>-hub" (in every event) and one of the others. It is
// deterministic in its arguments.
func Synthetic(tag string, n int) *graph.Snapshot {
	ne := n/10 + 1
	g := &graph.Snapshot{}
	hub := graph.Entity{ID: "per:" + tag + "-hub", Name: tag + " Hub", Kind: graph.Person,
		Aliases: []string{tag + " H."}, Mentions: n}
	g.Entities = append(g.Entities, hub)
	orgs := make([]graph.Entity, ne)
	for i := range ne {
		name := fmt.Sprintf("%s Org %06d", tag, i)
		orgs[i] = graph.Entity{ID: graph.EntityID(graph.Organization, name), Name: name,
			Kind: graph.Organization, Aliases: []string{fmt.Sprintf("%s O%d", tag, i)}, Mentions: 10}
		g.Entities = append(g.Entities, orgs[i])
	}
	slices.SortFunc(g.Entities, func(a, b graph.Entity) int { return strings.Compare(a.ID, b.ID) })
	first := day("2020-01-01").Time()
	for i := range n {
		org := orgs[i%ne]
		doc := fmt.Sprintf("%s-doc-%d", tag, i/20)
		dt := graph.DayDate(first.AddDate(0, 0, i))
		g.Events = append(g.Events, graph.Event{
			ID: graph.EventID(doc, i, graph.Meeting), Type: graph.Meeting, Lemma: "meet", Date: dt,
			Title: fmt.Sprintf("%s event %d", tag, i),
			Participants: []graph.Participant{
				{ID: hub.ID, Name: hub.Name, Kind: hub.Kind, Role: graph.Agent},
				{ID: org.ID, Name: org.Name, Kind: org.Kind, Role: graph.Target},
			},
			Sources: []graph.Source{{Document: doc, Title: tag + " article", Published: dt.Value,
				Sentence: fmt.Sprintf("%s met %s.", hub.Name, org.Name), Start: i, End: i + 3,
				Trigger: "met", Date: dt}},
			Confidence: 0.9, Order: i,
		})
	}
	return g
}
