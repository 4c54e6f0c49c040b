package timeline

import (
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
	d := &graph.Document{ID: "d1", Title: "Apple unveils iPod", Text: text,
		Published: evDay("2005-09-08")}
	off := 0
	for _, line := range strings.Split(text, "\n") {
		d.Sentences = append(d.Sentences, graph.Span{Start: off, End: off + len(line)})
		off += len(line) + 1
	}
	d.SentenceIDs = []int{0, 1, 2, 3}
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
