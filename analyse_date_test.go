package chronograph

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
)

// TestDateFromCollection: a document without a date of its own is dated
// from the collection: the first publication day not before the latest date
// it mentions, the collection's median day when it mentions none, and in a
// collection with no dated document, its peers' typical date (the upper
// quartile of the latest dates they mention) when its own latest date is
// older ("the 1951 Geneva Convention" in a story of 2004).
func TestDateFromCollection(t *testing.T) {
	tests := []struct {
		name, text       string
		published, peers []string
		want, notePrefix string
	}{
		{"first collection day after its latest date", "Sales rose on March 3, 2025.",
			[]string{"2025-03-01", "2025-03-05", "2025-04-01"}, nil, "2025-03-05", "inferred: first date of the collection"},
		{"its own latest date after the collection", "Sales rose on May 3, 2025.",
			[]string{"2025-03-01"}, nil, "2025-05-03", "inferred from the latest date in the text"},
		{"the collection's median day", "Sales rose.",
			[]string{"2025-03-01", "2025-03-05", "2025-04-01"}, nil, "2025-03-05", "inferred: median date of the collection"},
		{"the lower of two median days", "Sales rose.",
			[]string{"2025-05-03", "2025-05-05"}, nil, "2025-05-03", "inferred: median date of the collection"},
		{"an old year in a story of peers", "The 1951 Geneva Convention protects refugees.",
			nil, []string{"1951", "2004-12", "2004-12", "2005"}, "2005", "inferred: typical date of the collection's 4 undated documents"},
		{"peers recalling history date the story at their upper quartile", "The 1997 election changed Labour.",
			nil, []string{"1938", "1951", "1997", "2000-10", "2001", "2003", "2004-12", "2005", "2012"}, "2004-12",
			"inferred: typical date of the collection's 9 undated documents (upper quartile"},
		{"its own date when later than its peers'", "The vote is on May 5, 2005.",
			nil, []string{"1951", "2004-12", "2004-12", "2005-05-05"}, "2005-05-05", "inferred from the text"},
		{"too few peers to say", "The 1951 Geneva Convention protects refugees.",
			nil, []string{"1951", "2004-12"}, "1951", "inferred from the text"},
		{"no date at all", "Sales rose.", nil, nil, "", "no date in the document or the collection"},
		// a wire dateline without a year: its day, in the year nearest the
		// collection's median (not the median itself)
		{"a dateline without a year", "ECB holds rates\n\nFRANKFURT, Oct 30 (Example Wire) - The bank kept rates on hold.",
			[]string{"2025-03-01", "2025-08-25", "2025-11-01"}, nil, "2025-10-30", "inferred: the dateline's \"Oct 30\" without a year"},
		{"a dateline without a year, near a new year", "FRANKFURT, Dec 30 (Example Wire) - The bank kept rates on hold.",
			[]string{"2026-01-02"}, nil, "2025-12-30", "inferred: the dateline's"},
	}
	for _, tt := range tests {
		d := &graph.Document{Text: tt.text}
		dateFromCollection(d, tt.published, tt.peers)
		if d.Published.Value != tt.want {
			t.Errorf("%s: date %q, want %q (%s)", tt.name, d.Published.Value, tt.want, d.DateNote)
		}
		if !strings.HasPrefix(d.DateNote, tt.notePrefix) {
			t.Errorf("%s: note %q, want it to begin %q", tt.name, d.DateNote, tt.notePrefix)
		}
		if tt.want != "" && d.DateSource != graph.FromInferred {
			t.Errorf("%s: date source %q, want inferred", tt.name, d.DateSource)
		}
	}
}

func TestDropTimeMentions(t *testing.T) {
	text := "Ships have waited since Christmas Eve, Trump said. Trump spoke on Easter."
	at := func(s string, n int) graph.Span {
		i := -1
		for range n + 1 {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return graph.Span{Start: i, End: i + len(s)}
	}
	d := &graph.Document{
		Text: text,
		Entities: []graph.LocalEntity{
			{Name: "Christmas Eve", Kind: graph.Person, Mentions: 1},
			{Name: "Donald Trump", Kind: graph.Person, Mentions: 2},
			{Name: "Easter", Kind: graph.Organization, Mentions: 2},
		},
		Mentions: []graph.Mention{
			{Span: at("Christmas Eve", 0), Text: "Christmas Eve", Entity: 0},
			{Span: at("Trump", 0), Text: "Trump", Entity: 1},
			{Span: at("Trump", 1), Text: "Trump", Entity: 1},
			{Span: at("Easter", 0), Text: "Easter", Entity: 2},
		},
		Timexes: []graph.Timex{
			{Span: at("Christmas Eve", 0), Text: "Christmas Eve", Type: "DATE", Value: "2025-12-24"},
			{Span: at("Easter", 0), Text: "Easter", Type: "DATE", Value: "2026-04-05"},
		},
	}
	dropTimeMentions(d)
	var names []string
	for _, e := range d.Entities {
		names = append(names, fmt.Sprintf("%s/%d", e.Name, e.Mentions))
	}
	// Easter had a second mention counted outside the text's mentions: it
	// keeps it
	if got := strings.Join(names, ","); got != "Donald Trump/2,Easter/1" {
		t.Errorf("entities %s, want Donald Trump/2,Easter/1", got)
	}
	if len(d.Mentions) != 2 || d.Mentions[0].Entity != 0 || d.Mentions[1].Entity != 0 {
		t.Errorf("mentions %+v, want the two of Trump, entity 0", d.Mentions)
	}
}
