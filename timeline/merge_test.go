package timeline

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

// outlet is one hand-built article for the merge tests.
type outlet struct {
	id, published, text string
	txs                 []etx
}

func mergeDocs(t *testing.T, outlets []outlet) ([]*graph.Document, []graph.Event) {
	t.Helper()
	var docs []*graph.Document
	for _, o := range outlets {
		d := mkdoc(t, o.id, o.published, o.text, testEnts, o.txs, nil)
		d.Title = "title " + o.id
		d.Events = Events(d, nil)
		docs = append(docs, d)
	}
	return docs, Merge(docs, globalEntity(docs))
}

// eventsOfType returns the merged events of type typ.
func eventsOfType(evs []graph.Event, typ string) []graph.Event {
	var out []graph.Event
	for _, e := range evs {
		if e.Type == typ {
			out = append(out, e)
		}
	}
	return out
}

func TestMergeOneCallThreeOutlets(t *testing.T) {
	docs, evs := mergeDocs(t, []outlet{
		{id: "c", published: "2025-05-05", text: "Trump and Sheinbaum spoke by phone on April 16.",
			txs: []etx{{text: "April 16", value: "2025-04-16"}}},
		{id: "a", published: "2025-05-04", text: "During an April 16 phone call, Trump urged Sheinbaum to act.",
			txs: []etx{{text: "April 16", value: "2025-04-16"}}},
		{id: "b", published: "2025-05-03", text: "Sheinbaum recounted a phone conversation with Trump."},
	})
	_ = docs
	calls := eventsOfType(evs, graph.Call)
	if len(calls) != 1 {
		t.Fatalf("got %d calls, want 1: %+v", len(calls), calls)
	}
	c := calls[0]
	if len(c.Sources) != 3 {
		t.Fatalf("got %d sources, want 3", len(c.Sources))
	}
	var order []string
	for _, s := range c.Sources {
		order = append(order, s.Document)
	}
	if diff := cmp.Diff([]string{"b", "a", "c"}, order); diff != "" {
		t.Errorf("sources not sorted by published date (-want +got):\n%s", diff)
	}
	if c.Date.Value != "2025-04-16" {
		t.Errorf("date %+v, want 2025-04-16", c.Date)
	}
	if len(c.Conflicts) != 0 {
		t.Errorf("unexpected conflicts %+v", c.Conflicts)
	}
	if c.Title != "Donald Trump called Claudia Sheinbaum" {
		t.Errorf("title %q", c.Title)
	}
	// the ID is the earliest source's: lowest document ID
	var first graph.LocalEvent
	for _, e := range docs[1].Events {
		if e.Type == graph.Call {
			first = e
		}
	}
	if want := graph.EventID("a", first.Trigger.Start, graph.Call); c.ID != want {
		t.Errorf("ID %s, want %s (from document a)", c.ID, want)
	}
	wantParts := []graph.Participant{
		{ID: "per:donald-trump", Name: "Donald Trump", Kind: graph.Person, Role: graph.Agent},
		{ID: "per:claudia-sheinbaum", Name: "Claudia Sheinbaum", Kind: graph.Person, Role: graph.Target},
	}
	if diff := cmp.Diff(wantParts, c.Participants); diff != "" {
		t.Errorf("participants (-want +got):\n%s", diff)
	}
}

func TestMergeDateConflict(t *testing.T) {
	_, evs := mergeDocs(t, []outlet{
		{id: "a", published: "2025-05-03", text: "On May 2, Trump issued an order to stop arms.",
			txs: []etx{{text: "May 2", value: "2025-05-02"}}},
		{id: "b", published: "2025-05-03", text: "Sheinbaum noted that Trump issued an order on April 30, 2025, to stop arms.",
			txs: []etx{{text: "April 30, 2025", value: "2025-04-30"}}},
		{id: "c", published: "2025-05-03", text: "Trump issued an order to stop arms.", txs: nil},
	})
	orders := eventsOfType(evs, graph.Order)
	if len(orders) != 1 {
		t.Fatalf("got %d orders, want 1: %+v", len(orders), orders)
	}
	o := orders[0]
	if len(o.Sources) != 3 {
		t.Errorf("got %d sources, want 3", len(o.Sources))
	}
	if o.Date.Value != "2025-04-30" {
		t.Errorf("date %q, want the earliest of the specific dates", o.Date.Value)
	}
	want := []graph.Conflict{{Date: "2025-05-02", Sources: []string{"a"}}}
	if diff := cmp.Diff(want, o.Conflicts); diff != "" {
		t.Errorf("conflicts (-want +got):\n%s", diff)
	}
}

func TestMergeKeepsDifferentEventsApart(t *testing.T) {
	_, evs := mergeDocs(t, []outlet{
		// same agent, same day, different targets: two calls
		{id: "a", published: "2025-05-03", text: "Trump called Sheinbaum."},
		{id: "b", published: "2025-05-03", text: "Trump called Trudeau."},
		// same type, roles reversed: no merge
		{id: "c", published: "2025-05-03", text: "Mexico extradited Caro Quintero."},
		{id: "d", published: "2025-05-03", text: "Caro Quintero extradited Mexico."},
		// same agent, different type
		{id: "e", published: "2025-05-03", text: "Trump sanctioned Mexico."},
		// explicit dates months apart
		{id: "f", published: "2025-05-03", text: "In February, Trump threatened Mexico.",
			txs: []etx{{text: "February", value: "2025-02"}}},
		{id: "g", published: "2025-05-03", text: "On May 1, Trump threatened Mexico.",
			txs: []etx{{text: "May 1", value: "2025-05-01"}}},
		// different speakers telling one outlet: two statements
		{id: "h", published: "2025-05-03", text: "Trump told the Wall Street Journal."},
		{id: "i", published: "2025-05-03", text: "Sheinbaum told the Wall Street Journal."},
		// different agents, one target: two designations; but a country
		// acts through its leader: one tariff
		{id: "j", published: "2025-05-03", text: "Trump designated the Sinaloa Cartel."},
		{id: "k", published: "2025-05-03", text: "Sheinbaum designated the Sinaloa Cartel."},
		{id: "l", published: "2025-05-03", text: "Trump imposed tariffs on Mexico."},
		{id: "m", published: "2025-05-03", text: "The United States imposed tariffs on Mexico."},
		// orders that say what they do differently: two orders, though
		// their days are close enough for a conflict
		{id: "n", published: "2025-01-27", text: "On Jan. 20, Trump signed an executive order declaring an emergency.",
			txs: []etx{{text: "Jan. 20", value: "2025-01-20"}}},
		{id: "o", published: "2025-03-09", text: "Trump signed an executive order imposing them on Jan. 22.",
			txs: []etx{{text: "Jan. 22", value: "2025-01-22"}}},
	})
	for typ, want := range map[string]int{graph.Call: 2, graph.Extradition: 2, graph.Sanction: 1, graph.Threat: 2,
		graph.Statement: 2, graph.Designation: 2, graph.Tariff: 1, graph.Order: 2} {
		if got := len(eventsOfType(evs, typ)); got != want {
			t.Errorf("%d %s events, want %d", got, typ, want)
		}
	}
}

func TestMergeSynonyms(t *testing.T) {
	_, evs := mergeDocs(t, []outlet{
		{id: "a", published: "2025-05-03", text: "Sheinbaum rejected Trump's offer."},
		{id: "b", published: "2025-05-04", text: "Sheinbaum declined the offer from Trump."},
		{id: "c", published: "2025-05-04", text: "Sheinbaum rebuffed Trump."},
		{id: "d", published: "2025-05-05", text: "The rejection by Sheinbaum angered Trump."},
	})
	rs := eventsOfType(evs, graph.Rejection)
	if len(rs) != 1 {
		t.Fatalf("got %d rejections, want 1: %+v", len(rs), rs)
	}
	r := rs[0]
	if len(r.Sources) != 4 {
		t.Errorf("got %d sources, want 4", len(r.Sources))
	}
	// document dates are "by then": the earliest wins, later reports are no conflict
	if r.Date.Value != "2025-05-03" || len(r.Conflicts) != 0 {
		t.Errorf("date %q conflicts %+v, want 2025-05-03 and none", r.Date.Value, r.Conflicts)
	}
	if r.Lemma != "reject" {
		t.Errorf("lemma %q, want the most frequent, reject", r.Lemma)
	}
}

func TestMergeTitleWithoutAgent(t *testing.T) {
	_, evs := mergeDocs(t, []outlet{
		{id: "a", published: "2025-05-03", text: "A long and winding sentence in which the very many members, old and young, of the famous Sinaloa Cartel of Mexico were investigated by nobody we can name here today."},
		{id: "b", published: "2025-05-03", text: "In the end, Caro Quintero was extradited."},
	})
	as := eventsOfType(evs, graph.Action)
	if len(as) != 1 {
		t.Fatalf("got %d actions, want 1", len(as))
	}
	if got := as[0].Title; len(got) > 104 || got[len(got)-3:] != "..." {
		t.Errorf("title %q: want the clause trimmed to about 100 bytes", got)
	}
	ex := eventsOfType(evs, graph.Extradition)
	if len(ex) != 1 || ex[0].Title != "Rafael Caro Quintero was extradited" {
		t.Errorf("extraditions %+v, want one titled in the passive", ex)
	}
}

func TestMergeDeterministic(t *testing.T) {
	docs := loadUSMexico(t)
	for _, d := range docs {
		d.Events = Events(d, nil)
	}
	a := Merge(docs, globalEntity(docs))
	for i := 0; i < 3; i++ {
		b := Merge(docs, globalEntity(docs))
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("merge differs between runs:\n%s", diff)
		}
	}
}

// BenchmarkMerge merges the example corpus copied 40 times (as if 200
// outlets had published it), reporting reports merged per second.
func BenchmarkMerge(b *testing.B) {
	base := loadUSMexico(b)
	var docs []*graph.Document
	for c := 0; c < 40; c++ {
		for _, d := range base {
			cp := *d
			cp.ID = fmt.Sprintf("%02d-%s", c, d.ID)
			cp.Events = Events(d, nil)
			docs = append(docs, &cp)
		}
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	reports := 0
	for _, d := range docs {
		reports += len(d.Events)
	}
	byID := map[string]*graph.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	entity := func(doc string, local int) graph.Participant {
		e := byID[doc].Entities[local]
		return graph.Participant{ID: graph.EntityID(e.Kind, e.Name), Name: e.Name, Kind: e.Kind}
	}
	b.ResetTimer()
	var merged int
	for i := 0; i < b.N; i++ {
		merged = len(Merge(docs, entity))
	}
	b.ReportMetric(float64(reports)*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
	b.ReportMetric(float64(merged), "events/op")
}

// Two events a document reports with one trigger and type (different
// participants, so not merged) get different IDs.
func TestMergeSameTriggerDistinctIDs(t *testing.T) {
	d := &graph.Document{ID: "d1", Text: "Hanson said Kaiser approved the agreement.",
		Sentences: []graph.Span{{Start: 0, End: 42}},
		Entities: []graph.LocalEntity{{Name: "Hanson", Kind: graph.Organization}, {Name: "Kaiser", Kind: graph.Organization},
			{Name: "Mexico", Kind: graph.Place}, {Name: "Japan", Kind: graph.Place}}}
	trig := graph.Span{Start: 32, End: 41}
	d.Events = []graph.LocalEvent{
		{Type: graph.Agreement, Lemma: "agreement", Trigger: trig, Timex: -1,
			Participants: []graph.LocalParticipant{{Entity: 0, Role: graph.Agent}, {Entity: 2, Role: graph.Target}}},
		{Type: graph.Agreement, Lemma: "agreement", Trigger: trig, Timex: -1,
			Participants: []graph.LocalParticipant{{Entity: 1, Role: graph.Agent}, {Entity: 3, Role: graph.Target}}},
	}
	evs := Merge([]*graph.Document{d}, globalEntity([]*graph.Document{d}))
	if len(evs) != 2 {
		t.Fatalf("got %d events, want 2: %+v", len(evs), evs)
	}
	if evs[0].ID == evs[1].ID {
		t.Errorf("both events have ID %s", evs[0].ID)
	}
}

// BenchmarkMergeOneBigEvent merges many one-line reports of one meeting: a
// large cluster must not make merging quadratic.
func BenchmarkMergeOneBigEvent(b *testing.B) {
	const n = 5000
	var docs []*graph.Document
	for i := 0; i < n; i++ {
		d := &graph.Document{ID: fmt.Sprintf("d%05d", i), Text: "Trump met Sheinbaum.",
			Published: graph.DayDate(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC)), Sentences: []graph.Span{{Start: 0, End: 20}},
			Entities: []graph.LocalEntity{{Name: "Donald Trump", Kind: graph.Person}, {Name: "Claudia Sheinbaum", Kind: graph.Person}}}
		d.Events = []graph.LocalEvent{{Type: graph.Meeting, Lemma: "meet", Trigger: graph.Span{Start: 6, End: 9}, Timex: -1,
			Date: d.Published, Participants: []graph.LocalParticipant{{Entity: 0, Role: graph.Agent}, {Entity: 1, Role: graph.Target}}}}
		docs = append(docs, d)
	}
	entity := globalEntity(docs)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		evs := Merge(docs, entity)
		if len(evs) != 1 {
			b.Fatalf("%d events, want 1", len(evs))
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "reports/s")
}

// TestMergeTitlePrepositions: a title joins an action's verb to its target
// with the preposition the verb needs (a statement's too: "spoke to"), and a
// deployment to a place says what went there.
func TestMergeTitlePrepositions(t *testing.T) {
	_, evs := mergeDocs(t, []outlet{
		{id: "a", published: "2025-05-03", text: "Trump collaborated with Sheinbaum on border security."},
		{id: "b", published: "2025-05-03", text: "Trump deployed troops to Mexico."},
		{id: "c", published: "2025-05-03", text: "Sheinbaum spoke to Trump on Friday."},
		{id: "d", published: "2025-05-03", text: "Sheinbaum deployed the Sinaloa Cartel to New York."},
	})
	var titles []string
	for _, e := range evs {
		titles = append(titles, e.Title)
	}
	sort.Strings(titles)
	want := []string{"Claudia Sheinbaum deployed Sinaloa Cartel to New York", "Claudia Sheinbaum spoke to Donald Trump",
		"Donald Trump collaborated with Claudia Sheinbaum", "Donald Trump deployed forces to Mexico"}
	if diff := cmp.Diff(want, titles); diff != "" {
		t.Errorf("titles (-want +got):\n%s", diff)
	}
}

// TestMergeWorkersSameAsMerge: merging the groups of reports that share no
// key on several goroutines gives Merge's result, on the example corpus
// copied under several document IDs (so that groups have many reports).
func TestMergeWorkersSameAsMerge(t *testing.T) {
	base := loadUSMexico(t)
	var docs []*graph.Document
	for c := range 4 {
		for _, d := range base {
			cp := *d
			cp.ID = fmt.Sprintf("%s-%d", d.ID, c)
			cp.Events = Events(&cp, nil)
			docs = append(docs, &cp)
		}
	}
	want := Merge(docs, globalEntity(docs))
	for _, workers := range []int{2, 3, 8} {
		if diff := cmp.Diff(want, MergeWorkers(docs, globalEntity(docs), workers)); diff != "" {
			t.Fatalf("%d workers (-Merge +MergeWorkers):\n%s", workers, diff)
		}
	}
	if len(want) == 0 {
		t.Fatal("no events")
	}
}

// TestMergeTitleOwnVerb: an action's title starts at its own verb when
// another event's trigger comes between it and its agent, but only when
// the verb is the agent's (after "and", or after a pronoun standing for
// the agent), at "to" before an infinitive, at a noun after the agent's
// possessive, and never past a negation.
func TestMergeTitleOwnVerb(t *testing.T) {
	for _, c := range []struct{ text, lemma, want string }{
		{"Mexico has increased border security and extradited criminals to the United States.", "extradite",
			"Mexico extradited criminals to the United States"},
		{"Trump said he has extradited criminals to Texas.", "extradite", "Donald Trump extradited criminals to Texas"},
		{"Trump said he has not extradited criminals to Texas.", "extradite",
			"Donald Trump said he has not extradited criminals to Texas"},
		{"Trump said he increased security at the border.", "increase", "Donald Trump increased security at the border"},
		{"Trump issued an order to increase security at the border.", "increase",
			"Donald Trump to increase security at the border"},
		{"Trump defended his decision to increase security at the border.", "decide",
			"Donald Trump's decision to increase security at the border"},
		{"Trump refused to increase security at the border.", "increase",
			"Donald Trump refused to increase security at the border"},
		{"Trump issued an order to implement all possible measures to prevent arms from entering Mexico.", "prevent",
			"Donald Trump to prevent arms from entering Mexico"},
		// an infinitive after an object-control verb's object is the
		// object's: Mexico buys, not Trump
		{"Trump granted Mexico a waiver to buy steel from Canada.", "buy",
			"Mexico to buy steel from Canada"},
		{"Trump, as he said, declined to reduce tariffs.", "reduce", "Donald Trump declined to reduce tariffs"},
		{"Trump said he will not increase security at the border.", "increase",
			"Donald Trump said he will not increase security at the border"},
	} {
		_, evs := mergeDocs(t, []outlet{{id: "a", published: "2025-05-03", text: c.text}})
		var got []string
		for _, e := range evs {
			if e.Lemma == c.lemma {
				got = append(got, e.Title)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: titles of %q events %q, want %q", c.text, c.lemma, got, c.want)
		}
	}
}

// TestMergeTitlePhrases: a title's phrase starts after a pronoun that
// stands for the agent, names an event noun after the agent's possessive
// and ends where the noun phrase's sentence verb begins, stops before a
// second verb joined by "and" (unless the two share an object), and comes
// from the first report of the event that gives one, or else from a
// participle after a comma or an infinitive's clause; a target's
// possessive names what the target owns; an event noun without an agent is
// titled with its complement.
func TestMergeTitlePhrases(t *testing.T) {
	for _, c := range []struct {
		texts []string
		lemma string
		want  string
	}{
		{[]string{"Mexico had agreed to buy the Sinaloa Cartel the day before."}, "agree",
			"Mexico had agreed to buy the Sinaloa Cartel the day before"},
		// a measure the agent owns: "Mexico's exports fell", not "Mexico fell"
		{[]string{"Mexico's exports fell 3 pct in January."}, "fall", "Mexico's exports fell"},
		{[]string{"Sinaloa Cartel shares rose 5 pct."}, "rise", "Sinaloa Cartel shares rose"},
		{[]string{"Sheinbaum spoke on Saturday. She has deployed thousands of National Guard troops to the border."},
			"deploy", "Claudia Sheinbaum has deployed thousands of National Guard troops to the border"},
		{[]string{"Sheinbaum rejected Trump's offer to send U.S. troops to combat drug cartels."},
			"offer", "Donald Trump's offer to send U.S. troops to combat drug cartels"},
		{[]string{"Sheinbaum said Trump’s offer was an attempt to pressure Mexico."},
			"offer", "Donald Trump's offer"},
		// a visit to a place is titled as one
		{[]string{"Trump visited Mexico on Sunday."}, "visit", "Donald Trump visited Mexico"},
		// the word limit does not cut a date in two
		{[]string{"Sheinbaum, 64, won the leadership of the Sinaloa Cartel party on Oct. 4."}, "win",
			"Claudia Sheinbaum won the leadership of the Sinaloa Cartel party"},
		// an attack with no agent is titled by its own verb
		{[]string{"Rain fell. It struck Mexico on Wednesday."}, "strike", "Mexico was struck"},
		// being elected or appointed is titled as such, not as a nomination
		{[]string{"Sheinbaum was elected Mexico's president on Tuesday."}, "elect", "Claudia Sheinbaum was elected"},
		{[]string{"Trump appointed Sheinbaum in 2017."}, "appoint", "Donald Trump appointed Claudia Sheinbaum"},
		// a confirmation in office is titled as one, not as a nomination
		{[]string{"The Senate confirmed Sheinbaum as ambassador on Friday."},
			"confirm", "Senate confirmed Claudia Sheinbaum"},
		{[]string{"Mexico closed the crossing at Nogales and reopened it later."},
			"close", "Mexico closed the crossing at Nogales"},
		{[]string{"Mexico has produced and exported an estimated 106 tonnes of tin."},
			"produce", "Mexico has produced and exported an estimated 106 tonnes of tin"},
		// the sentence's opening pronoun, past the agent's first verb
		{[]string{"Sheinbaum spoke on Saturday. She has deployed thousands of troops to the border and transferred suspected cartel members to U.S. authorities but has resisted any U.S. presence."},
			"transfer", "Claudia Sheinbaum transferred suspected cartel members to U.S. authorities"},
		// "both ... and" joins two words, not two verbs
		{[]string{"Trump urged Sheinbaum to allow both domestic and imported steel."}, // not "to allow both domestic"
			"allow", "Claudia Sheinbaum to allow both domestic and imported steel"},
		// an infinitive with no other phrase is titled with its clause,
		// up to a new clause or the sentence's own verb
		{[]string{"Trump urged Sheinbaum to allow a greater U.S. military role in combating drug trafficking."},
			"allow", "Claudia Sheinbaum to allow a greater U.S. military role in combating drug trafficking"},
		{[]string{"The Senate said it told Sheinbaum to permanently suspend the program."},
			"suspend", "Claudia Sheinbaum to permanently suspend the program"},
		{[]string{"Trump urged Sheinbaum to allow more troops and the talks had stalled."},
			"allow", "Claudia Sheinbaum to allow more troops"},
		{[]string{"Trump urged Sheinbaum to allow more troops is what the report said."},
			"allow", "Claudia Sheinbaum to allow more troops"},
		// a participle after a comma shares the clause's subject
		{[]string{"In February, the U.S. classified the Sinaloa Cartel as a terrorist group, raising concerns about military intervention."},
			"raise", "United States raised concerns about military intervention"},
		// a target's possessive names what was rejected, a whole noun
		// phrase or nothing
		{[]string{"Sheinbaum rejected Trump's offer to send troops."}, "reject",
			"Claudia Sheinbaum rejected Donald Trump's offer"},
		{[]string{"Sheinbaum rejected Trump's new security plan for the border."}, "reject",
			"Claudia Sheinbaum rejected Donald Trump's new security plan"},
		{[]string{"Sheinbaum rejected Trump's entire Border Plan."}, "reject",
			"Claudia Sheinbaum rejected Donald Trump"},
		// an event noun without an agent: the noun and its complement,
		// through the name it modifies, or the sentence when the phrase
		// goes on past it
		{[]string{"The new appointments follow the death of former chairman James Hewitt."}, "die",
			"Death of former chairman James Hewitt"},
		{[]string{"Analysts expect the sale of all Wall Street Journal shares."}, "sell",
			"Sale of all Wall Street Journal shares"},
		{[]string{"Analysts expect the sale of the Wall Street Journal last year."}, "sell",
			"Sale of the Wall Street Journal"},
		{[]string{"Analysts said the sale of the Wall Street Journal stake follows the rules."}, "sell",
			"Analysts said the sale of the Wall Street Journal stake follows the rules."},
		// a passive without an agent: its own clause, from its subject
		{[]string{"She reiterated that while talks are possible, the presence of U.S. forces in Mexico would not be accepted."}, "accept",
			"The presence of U.S. forces in Mexico would not be accepted"},
		{[]string{"The port of Mexico was closed when a tanker ran aground, the Wall Street Journal said."}, "close",
			"The port of Mexico was closed"},
		{[]string{"A long and winding sentence in which the Sinaloa Cartel was investigated by nobody we can name here today."}, "investigate",
			"The Sinaloa Cartel was investigated by nobody we can name here today"},
		// a passive whose agent comes from the clause before it: its own
		// clause too, not "Donald Trump paused"; a name's "and" stays
		{[]string{"Earlier, Trump imposed a 25% tariff on Mexico, though the tariffs were paused."}, "pause",
			"The tariffs were paused"},
		{[]string{"The corneal shield was approved by the Wall Street Journal and New York regulators in January."}, "approve",
			"The corneal shield was approved by the Wall Street Journal and New York regulators"},
		{[]string{"A new report said problems that hindered an agreement with Mexico have been resolved."}, "resolve",
			"A new report said problems that hindered an agreement with Mexico have been resolved."},
		// not when the supposed subject reports it or joins names
		{[]string{"Hewitt said a commitment to Mexico has been accepted."}, "accept",
			"Hewitt said a commitment to Mexico has been accepted."},
		// an amount's thousands do not end the phrase
		{[]string{"Mexico bought 274,665 tonnes of sugar from the United States."}, "buy",
			"Mexico bought 274,665 tonnes of sugar from the United States"},
		// an apposition between the agent and its verb is skipped
		{[]string{"Hewitt, a co-founder of the Sinaloa Cartel, pleaded guilty on Monday to racketeering charges."}, "plead",
			"James Hewitt pleaded guilty on Monday to racketeering charges"},
		{[]string{"Hewitt, , pleaded guilty to racketeering charges."}, "plead", "James Hewitt pleaded"},
		// congratulating and condemning are addressed to someone
		{[]string{"Trump congratulated Sheinbaum on Truth Social."}, "congratulate",
			"Donald Trump congratulated Claudia Sheinbaum"},
		{[]string{"Trudeau conceded defeat on Sunday evening."}, "concede", "Justin Trudeau conceded defeat on Sunday evening"},
		// a statement reported once is titled with what was said, when
		// that is a short clause of its own
		{[]string{"Hewitt said Mexico had extradited 29 suspects."}, "say", "James Hewitt said Mexico had extradited 29 suspects"},
		{[]string{"Hewitt said its transfer agent, a bank, was closed."}, "say", "James Hewitt said"},
		{[]string{"Mexico is doing more, Hewitt said."}, "say", "James Hewitt said"},
		// the first outlet's sentence gives no phrase (the offer is only
		// named), the second's does
		{[]string{"Sheinbaum rejected the offer Trump made.", "Trump offered to send troops to Mexico on Saturday."},
			"offer", "Donald Trump offered to send troops to Mexico on Saturday"},
	} {
		var outs []outlet
		for i, text := range c.texts {
			outs = append(outs, outlet{id: string(rune('a' + i)), published: "2025-05-03", text: text})
		}
		_, evs := mergeDocs(t, outs)
		var got []string
		for _, e := range evs {
			if e.Lemma == c.lemma {
				got = append(got, e.Title)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: titles of %q events %q, want %q", c.texts, c.lemma, got, c.want)
		}
	}
}

// TestSeekToIsAnAttempt: "sought to" reports an attempt (an action), not a
// request; "sought approval" stays a request.
func TestSeekToIsAnAttempt(t *testing.T) {
	for _, c := range []struct{ text, typ string }{
		{"Sheinbaum sought to calm fears of a U.S. intervention.", graph.Action},
		{"Sheinbaum sought approval from Congress.", graph.Request},
	} {
		_, evs := mergeDocs(t, []outlet{{id: "a", published: "2025-05-03", text: c.text}})
		var got []string
		for _, e := range evs {
			if e.Lemma == "seek" {
				got = append(got, e.Type)
			}
		}
		if len(got) != 1 || got[0] != c.typ {
			t.Errorf("%q: types of seek events %q, want %q", c.text, got, c.typ)
		}
	}
}

// TestTrimTitle: a sentence used as a title loses the connective that ties
// it to the sentence before, and is cut near 100 bytes at a word.
func TestTrimTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"But Newcastle director Rob Andrew said the player is fine.", "Newcastle director Rob Andrew said the player is fine."},
		{"However, the talks  failed.", "The talks failed."},
		{"Yet another setback arrived in 2001.", "Another setback arrived in 2001."},
		{"So far the talks failed.", "So far the talks failed."},
		{"Butter prices rose.", "Butter prices rose."},
		{"But", "But"},
		{"• Trump spoke with Sheinbaum.", "Trump spoke with Sheinbaum."},
		// a wire story's dateline
		{"NEW YORK — A federal trade court blocked the tariffs.", "A federal trade court blocked the tariffs."},
		{"MEXICO CITY (AP) — Mexico extradited him.", "Mexico extradited him."},
		{"OTTAWA, March 3 (Reuters) - Canada agreed.", "Canada agreed."},
		{"PORTLAND, Oregon (Example Wire) - A judge blocked it.", "A judge blocked it."},
		{"Shares in Tokyo - the main market - fell.", "Shares in Tokyo - the main market - fell."},
		{"The U.S. - Mexico border - closed.", "The U.S. - Mexico border - closed."},
		{"UK growth - the figures are weak.", "UK growth - the figures are weak."},
		{strings.Repeat("word ", 30), strings.TrimSpace(strings.Repeat("word ", 20)) + "..."},
	} {
		if got := trimTitle(c.in); got != c.want {
			t.Errorf("trimTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Statements known only to precede a day merge only when one verb reports
// them: "has repeatedly criticized" and "has previously indicated" may be
// years apart; two outlets' "has criticized" are one.
func TestMergeUndatedStatements(t *testing.T) {
	_, evs := mergeDocs(t, []outlet{
		{id: "a", published: "2025-05-03", text: "Trump has repeatedly criticized Mexico."},
		{id: "b", published: "2025-05-03", text: "Trump has previously indicated that Mexico was weak."},
		{id: "c", published: "2025-05-04", text: "Trump has criticized Mexico."},
	})
	sts := eventsOfType(evs, graph.Statement)
	if len(sts) != 2 {
		t.Fatalf("got %d statements, want 2: %+v", len(sts), sts)
	}
	for _, st := range sts {
		want := 1
		if st.Lemma == "criticize" {
			want = 2
		}
		if len(st.Sources) != want {
			t.Errorf("%s: got %d sources, want %d", st.Lemma, len(st.Sources), want)
		}
	}
}

// TestMergeOneDocumentTwoDays: a timeline's bullets give one event each, on
// its own day; one document dating two reports by two different expressions
// reports two events, where two outlets that disagree by days report one.
func TestMergeOneDocumentTwoDays(t *testing.T) {
	_, evs := mergeDocs(t, []outlet{{id: "a", published: "2025-04-15",
		text: "April 4 – Mexico matches the tariff on Trump. April 11 – Mexico raises its tariff on Trump to 125%.",
		txs:  []etx{{text: "April 4", value: "2025-04-04"}, {text: "April 11", value: "2025-04-11"}}}})
	var days []string
	for _, e := range eventsOfType(evs, graph.Tariff) {
		days = append(days, e.Date.Value)
	}
	slices.Sort(days)
	if want := []string{"2025-04-04", "2025-04-11"}; !slices.Equal(days, want) {
		t.Errorf("tariff days %v, want %v", days, want)
	}
}

// TestMergeLastOccurrenceApart: a document that reports an act today and
// the last one like it on an earlier day reports two events, while an
// undated mention of the one it dates is that event.
func TestMergeLastOccurrenceApart(t *testing.T) {
	_, evs := mergeDocs(t, []outlet{{id: "a", published: "2025-09-28",
		text: "Mexico attacked the Sinaloa Cartel overnight. Mexico last attacked the cartel on Sept. 7.",
		txs:  []etx{{text: "Sept. 7", value: "2025-09-07"}}}})
	if n := len(eventsOfType(evs, graph.Attack)); n != 2 {
		t.Errorf("%d attacks, want 2: %+v", n, evs)
	}
	_, evs = mergeDocs(t, []outlet{{id: "b", published: "2025-09-28",
		text: "Mexico attacked the Sinaloa Cartel on Sept. 7. The attack by Mexico was condemned.",
		txs:  []etx{{text: "Sept. 7", value: "2025-09-07"}}}})
	if n := len(eventsOfType(evs, graph.Attack)); n != 1 {
		t.Errorf("%d attacks, want 1: %+v", n, evs)
	}
}

// TestMergeYearDatedStories: stories known only by their year (the BBC's
// archive) give no day to match reports on. Statements dated by such a
// story alone stay apart ("Mr Blair said" in a hundred stories of 2005 is
// not one statement); meetings, offers, requests and reports merge only
// with their sides or target in common; other acts merge as before (a sale
// of Yugansk in nine stories is one sale). Day-dated stories are unchanged.
func TestMergeYearDatedStories(t *testing.T) {
	_, evs := mergeDocs(t, []outlet{
		{id: "a", published: "2005", text: "Mr Trump told a news conference that taxes were low."},
		{id: "b", published: "2005", text: "Mr Trump told the Brighton conference that taxes were high."},
		{id: "c", published: "2005", text: "Trump said taxes were low."},
		{id: "d", published: "2005", text: "Trump met Sheinbaum in New York."},
		{id: "e", published: "2005", text: "Trump met Sheinbaum again."},
		{id: "f", published: "2005", text: "Trump met Trudeau."},
		{id: "g", published: "2005", text: "Mexico offered Trudeau a deal."},
		{id: "h", published: "2005", text: "Mexico offered Trudeau a deal on steel."},
		{id: "i", published: "2005", text: "Mexico extradited Caro Quintero."},
		{id: "j", published: "2005", text: "Mexico extradited Caro Quintero to the United States."},
		{id: "k", published: "2025-05-03", text: "Sheinbaum said taxes were low."},
		{id: "l", published: "2025-05-03", text: "Sheinbaum said taxes were high."},
	})
	count := func(typ, agent string) (events []int) {
		for _, e := range eventsOfType(evs, typ) {
			for _, p := range e.Participants {
				if p.Name == agent && p.Role == graph.Agent {
					events = append(events, len(e.Sources))
					break
				}
			}
		}
		slices.Sort(events)
		return events
	}
	for _, c := range []struct {
		typ, agent string
		want       []int // sources of each event of typ with agent
	}{
		{graph.Statement, "Donald Trump", []int{1, 1, 1}}, // a, b, c apart
		{graph.Meeting, "Donald Trump", []int{1, 2}},      // d and e met Sheinbaum; f met Trudeau
		{graph.Offer, "Mexico", []int{2}},                 // one target
		{graph.Extradition, "Mexico", []int{2}},           // acts merge as before
		{graph.Statement, "Claudia Sheinbaum", []int{2}},  // one day: one statement
	} {
		if got := count(c.typ, c.agent); !slices.Equal(got, c.want) {
			t.Errorf("%s by %s: sources per event %v, want %v", c.typ, c.agent, got, c.want)
		}
	}
}

// TestMergeAssignedComponents checks that the components MergeAssigned
// reports cluster on their own, from stored reports without their
// documents, into the full merge's events, and that each event built from
// its members with their documents is the merged one.
func TestMergeAssignedComponents(t *testing.T) {
	base := loadUSMexico(t)
	var docs []*graph.Document
	for c := range 3 {
		for _, d := range base {
			cp := *d
			cp.ID = fmt.Sprintf("%s-%d", d.ID, c)
			cp.Events = Events(&cp, nil)
			docs = append(docs, &cp)
		}
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	want := Merge(docs, globalEntity(docs))
	got, as := MergeAssigned(docs, globalEntity(docs), 2)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("MergeAssigned's events (-Merge +MergeAssigned):\n%s", diff)
	}
	byDoc := map[string]*graph.Document{}
	for _, d := range docs {
		byDoc[d.ID] = d
	}
	entityIn := func(d *graph.Document) func(string) graph.Participant {
		return func(name string) graph.Participant {
			for _, e := range d.Entities {
				if e.Name == name {
					return graph.Participant{ID: graph.EntityID(e.Kind, e.Name), Name: e.Name, Kind: e.Kind}
				}
			}
			return graph.Participant{}
		}
	}
	events := map[string]graph.Event{}
	for _, e := range want {
		events[e.ID] = e
	}
	byComp := map[int][]int{}
	for i, a := range as {
		byComp[a.Component] = append(byComp[a.Component], i)
	}
	if len(byComp) < 2 || len(as) == 0 {
		t.Fatalf("%d reports in %d components: the test proves nothing", len(as), len(byComp))
	}
	for _, members := range byComp {
		var items []*Item
		for _, i := range members {
			r := &as[i].Report
			it, ok := NewItem(r, nil, entityIn(byDoc[r.Doc]))
			if !ok {
				t.Fatalf("report %s/%d has no participant", r.Doc, r.Event)
			}
			items = append(items, it)
		}
		for _, cl := range Cluster(items) {
			var full []*Item
			for _, k := range cl {
				r := &as[members[k]].Report
				if ev := as[members[cl[0]]].Event; as[members[k]].Event != ev {
					t.Errorf("report %s/%d clusters with event %s, merged into %s", r.Doc, r.Event, ev, as[members[k]].Event)
				}
				it, _ := NewItem(r, byDoc[r.Doc], entityIn(byDoc[r.Doc]))
				full = append(full, it)
			}
			e := BuildEvent(full)
			if diff := cmp.Diff(events[e.ID], e); diff != "" {
				t.Errorf("event built from its component (-merged +built):\n%s", diff)
			}
		}
	}
	if len(events) != len(want) {
		t.Errorf("%d event IDs for %d events", len(events), len(want))
	}
}
