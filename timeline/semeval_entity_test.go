package timeline

import (
	"sort"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

func TestNamesAny(t *testing.T) {
	tests := []struct {
		text  string
		names []string
		want  bool
	}{
		{"The Beatles ' Apple Corps has filed a lawsuit", []string{"Beatles Apple Corps"}, true},
		{"Apple sold 21 million iPods", []string{"iPod"}, true},
		{"the iPod nano", []string{"ipod"}, true},
		{"the iPodder", []string{"iPod"}, false},
		{"iPhone 3GS", []string{"iPhone 3G"}, false},
		{"iTunes Store", []string{"", "  ", "iTunes store"}, true},
		{"Apple launched the iTunes Music Store in 2003", []string{"iTunes store"}, true},
		{"iTunes sold music in the store", []string{"iTunes store"}, false},
		{"Apple Computer", []string{"Apple Corps"}, false},
		{"Steve Wozniak", []string{"Steve Jobs"}, false},
		{"Jobs, Steve", []string{"Steve Jobs", "Jobs"}, true},
		{"", []string{"x"}, false},
	}
	for _, tt := range tests {
		if got := NamesAny(tt.text, tt.names); got != tt.want {
			t.Errorf("NamesAny(%q, %q) = %v, want %v", tt.text, tt.names, got, tt.want)
		}
	}
}

func FuzzNamesAny(f *testing.F) {
	f.Add("The Beatles' Apple Corps", "Apple Corps")
	f.Add("\xff iPods\u00e9", "iPod")
	f.Fuzz(func(t *testing.T, text, name string) {
		got := NamesAny(text, []string{name})
		// a text always names itself when it has a word
		if len(wordsOf(text)) > 0 && !NamesAny(text, []string{text}) {
			t.Fatalf("%q does not name itself", text)
		}
		if got && len(wordsOf(name)) == 0 {
			t.Fatalf("empty name %q matched", name)
		}
	})
}

// TestEntityEvents: the entity's merged events keep every source; another
// event keeps only the sources whose sentence names the entity; a mention
// without participants becomes an event of its own; headlines are left out.
func TestEntityEvents(t *testing.T) {
	text := "Apple unveils iPod\nApple unveiled the iPod on Monday .\nThe iPod was released in 2005 .\nJobs said nothing ."
	d := lineDoc(text, evDay("2005-09-08"), 0)
	d.Title = "Apple unveils iPod"
	d.Timexes = Timexes(d.Text, d.Sentences, d.Published, nil)
	at := func(word string, from int) graph.Span {
		i := strings.Index(text[from:], word) + from
		return graph.Span{Start: i, End: i + len(word)}
	}
	unveiled := at("unveiled", 0)
	said := at("said", 0)
	src := func(doc string, sp graph.Span, sent int, s string) graph.Source {
		return graph.Source{Document: doc, Start: sp.Start, End: sp.End, SentenceIndex: sent, Sentence: s, Trigger: text[sp.Start:sp.End]}
	}
	events := []graph.Event{
		{ID: "ev:said", Type: graph.Statement, Date: evDay("2005-09-08"),
			Participants: []graph.Participant{{ID: "per:jobs"}},
			Sources:      []graph.Source{src("d1", said, 3, "Jobs said nothing .")}},
		{ID: "ev:unveil", Type: graph.Action, Lemma: "unveil", Date: evDay("2005-09-05"),
			Participants: []graph.Participant{{ID: "org:apple"}},
			Sources: []graph.Source{src("d1", unveiled, 1, "Apple unveiled the iPod on Monday ."),
				{Document: "d2", Start: 6, End: 14, SentenceIndex: 4, Sentence: "Apple unveiled a music player .", Trigger: "unveiled"}}},
	}
	var got []string
	for _, e := range EntityEvents([]*graph.Document{d}, events, "", []string{"iPod"}) {
		for _, s := range e.Sources {
			got = append(got, SemEvalDate(e.Date)+" "+SemEvalEvent{Doc: s.Document, Sentence: s.SentenceIndex, Token: s.Trigger}.String())
		}
	}
	want := []string{"2005-XX-XX d1-2-released", "2005-09-05 d1-1-unveiled"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("iPod timeline (-want +got):\n%s", diff)
	}
	got = nil
	for _, e := range EntityEvents([]*graph.Document{d}, events, "org:apple", []string{"Apple"}) {
		for _, s := range e.Sources {
			got = append(got, s.Document+"-"+s.Trigger)
		}
	}
	if diff := cmp.Diff([]string{"d1-unveiled", "d2-unveiled"}, got); diff != "" {
		t.Errorf("Apple timeline (-want +got):\n%s", diff)
	}
}

// TestEntityEventsArguments: a mention counts for a product the recognizer
// missed only when a name of it (or an "it" that can only mean it) is an
// argument of the mention, not when its sentence merely names it.
func TestEntityEventsArguments(t *testing.T) {
	text := "Jobs unveiled iPhone 4 on Monday .\nJobs said that iPhone 4 sold well .\nIt has a new screen .\nApple said it is not yet clear how many will buy the iPhone 4 ."
	d := lineDoc(text, evDay("2010-06-08"), 1)
	d.Timexes = Timexes(d.Text, d.Sentences, d.Published, nil)
	for _, name := range []string{"Jobs", "Apple"} {
		for i := strings.Index(text, name); i >= 0; {
			sent := strings.Count(text[:i], "\n")
			d.Mentions = append(d.Mentions, graph.Mention{Span: graph.Span{Start: i, End: i + len(name)}, Text: name,
				Kind: graph.Person, Sentence: sent, Entity: len(d.Entities)})
			n := strings.Index(text[i+1:], name)
			if n < 0 {
				break
			}
			i += 1 + n
		}
		d.Entities = append(d.Entities, graph.LocalEntity{Name: name, Kind: graph.Person})
	}
	d.Mentions[len(d.Mentions)-1].Kind = graph.Organization
	d.Entities[1].Kind = graph.Organization
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	var got []string
	for _, e := range EntityEvents([]*graph.Document{d}, nil, "", []string{"iPhone 4"}) {
		for _, s := range e.Sources {
			got = append(got, SemEvalDate(e.Date)+" "+SemEvalEvent{Doc: s.Document, Sentence: s.SentenceIndex, Token: s.Trigger}.String())
		}
	}
	// "sold" is reported by a statement dated by the narrative's Monday;
	// "buy" has iPhone 4 as its object; the "it" of "it is not yet clear"
	// refers to nothing
	want := []string{"2010-06-07 d1-1-unveiled", "2010-06-07 d1-2-sold", "2010-06-08 d1-3-has", "XXXX-XX-XX d1-4-buy"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("iPhone 4 timeline (-want +got):\n%s", diff)
	}
}

func TestHeadNamed(t *testing.T) {
	tests := []struct {
		mention string
		want    bool
	}{
		{"Apple Computer CEO Steve Jobs", true},
		{"Jobs", true},
		{"Steve Jobs'", true},
		{"iPod Mini", false},
		{"iTunes Music Store", true},
		{"Steve Wozniak", false},
	}
	for _, tt := range tests {
		if got := headNamed(tt.mention, []string{"Steve Jobs", "Jobs", "iPod", "iTunes store"}); got != tt.want {
			t.Errorf("headNamed(%q) = %v, want %v", tt.mention, got, tt.want)
		}
	}
}

func TestModelVariants(t *testing.T) {
	for _, tc := range []struct {
		names, want []string
	}{
		{[]string{"iPhone 3G"}, []string{"iPhone 3G", "3G iPhone", "3G version of iPhone", "3G version of its iPhone", "3G version of the iPhone"}},
		{[]string{"iPhone 4"}, []string{"iPhone 4"}},
		{[]string{"Steve Jobs", "Jobs"}, []string{"Steve Jobs", "Jobs"}},
		{[]string{"A4 X1"}, []string{"A4 X1"}},
		{[]string{"iPod Mini 2G"}, []string{"iPod Mini 2G"}},
	} {
		if diff := cmp.Diff(tc.want, modelVariants(tc.names)); diff != "" {
			t.Errorf("modelVariants(%q) (-want +got):\n%s", tc.names, diff)
		}
	}
}

// TestEntityEventsModelCode: a product named by its model code is found
// in the orders news writes it in, and a longer name takes the place of a
// recognizer's mention inside it ("iPhone" in "a 3G version of its
// iPhone"), but not of one that crosses its edge.
func TestEntityEventsModelCode(t *testing.T) {
	text := "Apple launched a 3G version of its iPhone .\nThe 3G iPhone was discontinued ."
	d := lineDoc(text, evDay("2008-06-09"), 1)
	d.Timexes = Timexes(d.Text, d.Sentences, d.Published, nil)
	d.Entities = []graph.LocalEntity{{Name: "Apple", Kind: graph.Organization}, {Name: "iPhone", Kind: graph.Other}}
	iphone := strings.Index(text, "iPhone")
	d.Mentions = []graph.Mention{
		{Span: graph.Span{Start: 0, End: 5}, Text: "Apple", Kind: graph.Organization, Entity: 0},
		{Span: graph.Span{Start: iphone, End: iphone + 6}, Text: "iPhone", Kind: graph.Other, Entity: 1},
	}
	var got []string
	for _, e := range EntityEvents([]*graph.Document{d}, nil, "", []string{"iPhone 3G"}) {
		for _, s := range e.Sources {
			got = append(got, SemEvalEvent{Doc: s.Document, Sentence: s.SentenceIndex, Token: s.Trigger}.String())
		}
	}
	want := []string{"d1-1-launched", "d1-2-discontinued"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("iPhone 3G timeline (-want +got):\n%s", diff)
	}
	if !crossesMention(d.Mentions, graph.Span{Start: iphone - 4, End: iphone + 3}) {
		t.Error("a span ending inside a mention does not cross it")
	}
}

func TestWithParticle(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"Jobs showed off iPhone 4 's new video calling .", "showed", "showed off"},
		{"He took six months off in early 2009 .", "took", "took off"},
		{"Jobs unveiled it by taking the iPhone out of his pocket .", "taking", "taking out"},
		{"Jobs has chosen to step down from his post .", "step", "step down"},
		{"Apple sold up to 1 million phones .", "sold", "sold"},
		{"Apple sold phones in the US and up north .", "sold", "sold"},
		{"Apple launched the store , out of the blue .", "launched", "launched"},
		{"Apple released a new iPod with video .", "released", "released"},
		{"Sales grew .", "grew", "grew"},
		{"Jobs set up NeXT .", "set up", "set up"},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.trigger)
		s := graph.Source{Start: i, End: i + len(tt.trigger), Trigger: tt.trigger}
		if got := withParticle(tt.text, s); got != tt.want {
			t.Errorf("withParticle(%q, %q) = %q, want %q", tt.text, tt.trigger, got, tt.want)
		}
	}
}

func TestModifiesNoun(t *testing.T) {
	tests := []struct {
		after string
		want  bool
	}{
		{" nano replaces the iPod Mini .", true},
		{" line , the iPod nano .", true},
		{" family .", true}, // a noun ending like an adverb
		{" owners will be able to", true},
		{" buyers would be eligible", true},
		{" players during the holidays", false}, // a kind word: still the iPod
		{" comes in two colors", false},         // a verb
		{" has a new screen", false},
		{" use .", false},         // a stative that is also an event noun
		{" sales rose", false},    // an event noun: the name is its argument
		{" owners and", false},    // plural or verb, no auxiliary after it
		{" in two colors", false}, // a preposition
		{" Nano comes", false},    // capitalized: the recognizer decides
		{" 4 has", false},
		{"'s screen", false},
		{", the player", false},
		{" also has", false},
		{" quickly", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := modifiesNoun(tt.after); got != tt.want {
			t.Errorf("modifiesNoun(%q) = %v, want %v", tt.after, got, tt.want)
		}
	}
}

// TestEntityEventsCompound: a name that modifies another noun names
// something else ("the iPod nano"), and a phrasal verb keeps its particle.
func TestEntityEventsCompound(t *testing.T) {
	text := "Apple unveiled the iPod nano on Monday .\nThe iPod comes in two colors .\nJobs showed off the iPod on Monday ."
	d := lineDoc(text, evDay("2005-09-08"), 1)
	d.Timexes = Timexes(d.Text, d.Sentences, d.Published, nil)
	for _, name := range []string{"Apple", "Jobs"} {
		i := strings.Index(text, name)
		d.Mentions = append(d.Mentions, graph.Mention{Span: graph.Span{Start: i, End: i + len(name)}, Text: name,
			Kind: graph.Person, Sentence: strings.Count(text[:i], "\n"), Entity: len(d.Entities)})
		d.Entities = append(d.Entities, graph.LocalEntity{Name: name, Kind: graph.Person})
	}
	var got []string
	for _, e := range EntityEvents([]*graph.Document{d}, nil, "", []string{"iPod"}) {
		for _, s := range e.Sources {
			got = append(got, SemEvalEvent{Doc: s.Document, Sentence: s.SentenceIndex, Token: strings.ReplaceAll(s.Trigger, " ", "_")}.String())
		}
	}
	want := []string{"d1-3-showed_off", "d1-2-comes"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("iPod timeline (-want +got):\n%s", diff)
	}
}

// TestEntityEventsPerson: a person is also named by the first name alone,
// unless a surname follows it, and a state "since" a time is anchored at
// that time.
func TestEntityEventsPerson(t *testing.T) {
	text := "Steve Jobs unveiled the iPod on Monday .\nSteve called it great .\nSteve Ballmer said nothing .\nJobs has been fighting cancer since 2004 ."
	d := lineDoc(text, evDay("2005-09-08"), 1)
	d.Timexes = Timexes(d.Text, d.Sentences, d.Published, nil)
	d.Entities = []graph.LocalEntity{{Name: "Steve Jobs", Kind: graph.Person}, {Name: "Steve Ballmer", Kind: graph.Person}}
	for _, m := range []struct {
		text string
		n, e int
	}{{"Steve Jobs", 0, 0}, {"Steve Ballmer", 0, 1}, {"Jobs", 1, 0}} {
		i := 0
		for k := 0; k <= m.n; k++ {
			i += strings.Index(text[i:], m.text)
			if k < m.n {
				i++
			}
		}
		d.Mentions = append(d.Mentions, graph.Mention{Span: graph.Span{Start: i, End: i + len(m.text)}, Text: m.text,
			Kind: graph.Person, Sentence: strings.Count(text[:i], "\n"), Entity: m.e})
	}
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	var got []string
	for _, e := range EntityEvents([]*graph.Document{d}, nil, "", []string{"Steve Jobs", "Jobs"}) {
		for _, s := range e.Sources {
			got = append(got, SemEvalDate(e.Date)+" "+SemEvalEvent{Doc: s.Document, Sentence: s.SentenceIndex, Token: s.Trigger}.String())
		}
	}
	want := []string{"2004-XX-XX d1-4-fighting", "2005-09-05 d1-1-unveiled", "2005-09-05 d1-2-called"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Steve Jobs timeline (-want +got):\n%s", diff)
	}
}

func TestPossessorOnly(t *testing.T) {
	tests := []struct {
		after string
		want  bool
	}{
		{" 's new video calling abilities", true},
		{"'s new internal gyroscope", true},
		{"’s screen", true},
		{" 's launch in 2003", false}, // the possessor of an event noun is its argument
		{"' recent announcement", false},
		{" has", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := possessorOnly(tt.after); got != tt.want {
			t.Errorf("possessorOnly(%q) = %v, want %v", tt.after, got, tt.want)
		}
	}
}

// TestEntityEventsDefinite: "the store" after "the iTunes store" is the
// store; "the company" is the company when nothing else could be.
func TestEntityEventsDefinite(t *testing.T) {
	text := "Apple opened the iTunes store on Monday .\nThe store sold a million songs .\nThe phone 's screen broke ."
	d := lineDoc(text, evDay("2003-05-01"), 1)
	d.Timexes = Timexes(d.Text, d.Sentences, d.Published, nil)
	d.Entities = []graph.LocalEntity{{Name: "Apple", Kind: graph.Organization}}
	d.Mentions = []graph.Mention{{Span: graph.Span{Start: 0, End: 5}, Text: "Apple", Kind: graph.Organization}}
	var got []string
	for _, e := range EntityEvents([]*graph.Document{d}, nil, "", []string{"iTunes store"}) {
		for _, s := range e.Sources {
			got = append(got, SemEvalEvent{Doc: s.Document, Sentence: s.SentenceIndex, Token: s.Trigger}.String())
		}
	}
	want := []string{"d1-1-opened", "d1-2-sold"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("iTunes store timeline (-want +got):\n%s", diff)
	}
}

func TestEntityEventsCompany(t *testing.T) {
	text := "Boeing unveiled the plane on Monday .\nThe company said it would cut jobs .\nAirbus gained orders .\nThe company said nothing ."
	d := lineDoc(text, evDay("2008-05-01"), 1)
	d.Timexes = Timexes(d.Text, d.Sentences, d.Published, nil)
	d.Entities = []graph.LocalEntity{{Name: "Boeing", Kind: graph.Organization}, {Name: "Airbus", Kind: graph.Organization}}
	a := strings.Index(text, "Airbus")
	d.Mentions = []graph.Mention{{Span: graph.Span{Start: 0, End: 6}, Text: "Boeing", Kind: graph.Organization},
		{Span: graph.Span{Start: a, End: a + 6}, Text: "Airbus", Kind: graph.Organization, Sentence: 2, Entity: 1}}
	var got []string
	for _, e := range EntityEvents([]*graph.Document{d}, nil, "", []string{"Boeing"}) {
		for _, s := range e.Sources {
			got = append(got, SemEvalEvent{Doc: s.Document, Sentence: s.SentenceIndex, Token: s.Trigger}.String())
		}
	}
	// the second "The company" follows Airbus: it is not Boeing
	want := []string{"d1-1-unveiled", "d1-2-said", "d1-2-cut"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Boeing timeline (-want +got):\n%s", diff)
	}
}

func TestOnceDates(t *testing.T) {
	day, year, dct := evDay("2003-04-28"), graph.YearDate(2003), evDay("2008-01-09")
	ev := func(lemma string, d graph.Date) graph.Event {
		return graph.Event{Lemma: lemma, Date: d, Sources: []graph.Source{{Published: "2008-01-09", Date: d}}}
	}
	events := []graph.Event{
		ev("launch", day),                 // the anchor: a day from the text
		ev("launch", dct),                 // "its launch": dated by the article only
		ev("launch", year),                // "its launch in 2003": coarser, contains the anchor
		ev("launch", graph.Date{}),        // undated
		ev("launch", evDay("2005-01-01")), // disagrees: left alone
		ev("launch", dct),                 // the entity launched something: not its launch
		ev("sell", dct),                   // not a once event
	}
	theme := []bool{true, true, true, true, true, false, true}
	onceDates(events, theme)
	var got []string
	for _, e := range events {
		got = append(got, e.Date.Value+"/"+e.Sources[0].Date.Value)
	}
	want := []string{"2003-04-28/2003-04-28", "2003-04-28/2003-04-28", "2003-04-28/2003-04-28", "2003-04-28/2003-04-28",
		"2005-01-01/2005-01-01", "2008-01-09/2008-01-09", "2008-01-09/2008-01-09"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

// TestEntityEventsSurname: a surname the recognizer took for another
// entity (a place) is still the person.
func TestEntityEventsSurname(t *testing.T) {
	text := "Steve Jobs unveiled the iPod .\nJobs praised the iPod ."
	d := lineDoc(text, evDay("2005-09-08"), 1)
	d.Entities = []graph.LocalEntity{{Name: "Steve Jobs", Kind: graph.Person}, {Name: "Jobs", Kind: graph.Place}}
	j := strings.Index(text, "\nJobs") + 1
	d.Mentions = []graph.Mention{{Span: graph.Span{Start: 0, End: 10}, Text: "Steve Jobs", Kind: graph.Person},
		{Span: graph.Span{Start: j, End: j + 4}, Text: "Jobs", Kind: graph.Place, Sentence: 1, Entity: 1}}
	var got []string
	for _, e := range EntityEvents([]*graph.Document{d}, nil, "", []string{"Steve Jobs"}) {
		for _, s := range e.Sources {
			got = append(got, SemEvalEvent{Doc: s.Document, Sentence: s.SentenceIndex, Token: s.Trigger}.String())
		}
	}
	if diff := cmp.Diff([]string{"d1-1-unveiled", "d1-2-praised"}, got); diff != "" {
		t.Errorf("Steve Jobs timeline (-want +got):\n%s", diff)
	}
}

// TestEntityEventsItAfterPlaces: a list of places does not stop "it" from
// referring to the product.
func TestEntityEventsItAfterPlaces(t *testing.T) {
	text := "iPhone 4 will be available in France and Japan .\nIt comes in two colors ."
	d := lineDoc(text, evDay("2010-06-08"), 1)
	d.Entities = []graph.LocalEntity{{Name: "France", Kind: graph.Place}, {Name: "Japan", Kind: graph.Place}}
	for k, name := range []string{"France", "Japan"} {
		i := strings.Index(text, name)
		d.Mentions = append(d.Mentions, graph.Mention{Span: graph.Span{Start: i, End: i + len(name)}, Text: name, Kind: graph.Place, Entity: k})
	}
	var got []string
	for _, e := range EntityEvents([]*graph.Document{d}, nil, "", []string{"iPhone 4"}) {
		for _, s := range e.Sources {
			got = append(got, SemEvalEvent{Doc: s.Document, Sentence: s.SentenceIndex, Token: s.Trigger}.String())
		}
	}
	if diff := cmp.Diff([]string{"d1-2-comes"}, got); diff != "" {
		t.Errorf("iPhone 4 timeline (-want +got):\n%s", diff)
	}
}

// FuzzEntityWords: the word tests behind entity timelines read outside
// text and must not panic on any of it.
func FuzzEntityWords(f *testing.F) {
	for _, s := range []string{" nano replaces", "'s launch", " 's", "’", " showed off iPhone 4", "", " ", "\xff\xfe"} {
		f.Add(s, 0, 2)
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		modifiesNoun(text)
		possessorOnly(text)
		nextCapitalized(text)
		s := graph.Source{Start: start, End: end}
		if start >= 0 && end <= len(text) && start < end {
			s.Trigger = text[start:end]
		}
		withParticle(text, s)
	})
}

// TestEntityEventsIndex: "the index" after a stock index the recognizer
// took for an organization is that index.
func TestEntityEventsIndex(t *testing.T) {
	text := "The Nikkei 225 fell on Monday .\nThe index rose 2 percent on Tuesday ."
	d := lineDoc(text, evDay("2008-10-15"), 1)
	d.Timexes = Timexes(d.Text, d.Sentences, d.Published, nil)
	d.Entities = []graph.LocalEntity{{Name: "Nikkei 225", Kind: graph.Organization}}
	d.Mentions = []graph.Mention{{Span: graph.Span{Start: 4, End: 14}, Text: "Nikkei 225", Kind: graph.Organization}}
	var got []string
	for _, e := range EntityEvents([]*graph.Document{d}, nil, "", []string{"Nikkei 225"}) {
		for _, s := range e.Sources {
			got = append(got, SemEvalEvent{Doc: s.Document, Sentence: s.SentenceIndex, Token: s.Trigger}.String())
		}
	}
	if diff := cmp.Diff([]string{"d1-1-fell", "d1-2-rose"}, got); diff != "" {
		t.Errorf("Nikkei 225 timeline (-want +got):\n%s", diff)
	}
}

// lineDoc is a document "d1" of text published on day, one sentence a line,
// the sentences numbered from first (0 for a title line, as in CAT files).
func lineDoc(text string, day graph.Date, first int) *graph.Document {
	d := &graph.Document{ID: "d1", Text: text, Published: day}
	off := 0
	for i, line := range strings.Split(text, "\n") {
		d.Sentences = append(d.Sentences, graph.Span{Start: off, End: off + len(line)})
		d.SentenceIDs = append(d.SentenceIDs, first+i)
		off += len(line) + 1
	}
	return d
}
