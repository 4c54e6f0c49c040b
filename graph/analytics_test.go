package graph

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func day(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// fixture is two groups of entities (US and Mexico) joined by one person,
// with a hostile name, an undated event and a late source.
func fixture() *Snapshot {
	p := func(id, name string, k Kind, r Role) Participant {
		return Participant{ID: id, Name: name, Kind: k, Role: r}
	}
	trump := func(r Role) Participant { return p("per:donald-trump", "Donald Trump", Person, r) }
	rubio := func(r Role) Participant { return p("per:marco-rubio", "Marco Rubio", Person, r) }
	usa := func(r Role) Participant { return p("loc:united-states", "United States", Place, r) }
	shein := func(r Role) Participant { return p("per:claudia-sheinbaum", "Claudia Sheinbaum", Person, r) }
	mex := func(r Role) Participant { return p("loc:mexico", "Mexico", Place, r) }
	cartel := func(r Role) Participant {
		return p("org:cartel", `Cartel "<script>alert(1)</script>"`, Organization, r)
	}
	src := func(doc, pub, sent string) Source {
		return Source{Document: doc, Title: "Story " + doc, Published: pub, Sentence: sent}
	}
	s := &Snapshot{
		Entities: []Entity{
			{ID: "loc:mexico", Name: "Mexico", Kind: Place, Mentions: 9},
			{ID: "loc:united-states", Name: "United States", Kind: Place, Aliases: []string{"US", "U.S."}, Mentions: 7},
			{ID: "org:cartel", Name: `Cartel "<script>alert(1)</script>"`, Kind: Organization, Mentions: 3},
			{ID: "per:claudia-sheinbaum", Name: "Claudia Sheinbaum", Kind: Person, Mentions: 8},
			{ID: "per:donald-trump", Name: "Donald Trump", Kind: Person, Mentions: 10},
			{ID: "per:lonely", Name: "Lonely Person", Kind: Person, Mentions: 1},
			{ID: "per:marco-rubio", Name: "Marco Rubio", Kind: Person, Mentions: 4},
		},
		Events: []Event{
			{ID: "ev:01", Type: Designation, Date: day("2025-02-20"), Title: "Rubio designated the cartel",
				Participants: []Participant{rubio(Agent), cartel(Target)},
				Sources:      []Source{src("d1", "2025-02-20", `Rubio designated the "<img src=x onerror=alert(1)>" cartel.`)}},
			{ID: "ev:02", Type: Meeting, Date: day("2025-03"), Title: "Trump met Rubio in the United States",
				Participants: []Participant{trump(Involved), rubio(Involved), usa(Involved)},
				Sources:      []Source{src("d2", "2025-03-05", "Trump met Rubio.")}},
			{ID: "ev:03", Type: Call, Date: day("2025-04-16"), Title: "Trump called Sheinbaum",
				Participants: []Participant{trump(Agent), shein(Target)},
				Sources:      []Source{src("d3", "2025-04-16", "Trump called Sheinbaum."), src("d5", "2025-05-01", "On April 16 Trump called Sheinbaum.")}},
			{ID: "ev:04", Type: Rejection, Date: day("2025-05-03"), Title: "Sheinbaum rejected the offer",
				Participants: []Participant{shein(Agent), mex(Involved), cartel(Involved)},
				Sources:      []Source{src("d4", "2025-05-03", "Sheinbaum rejected it, =SUM(A1).")}},
			{ID: "ev:05", Type: Statement, Title: "=Mexico said something",
				Participants: []Participant{mex(Agent), shein(Involved)},
				Sources:      []Source{src("d4", "2025-05-03", "Mexico said something.")}},
			{ID: "ev:06", Type: Tariff, Date: day("2025-06-01"), Title: "The United States imposed tariffs on Mexico",
				Participants: []Participant{usa(Agent), mex(Target)},
				Sources:      []Source{src("d6", "2025-06-02", "Tariffs.")}},
		},
	}
	for i := range s.Events {
		s.Events[i].Order = i
	}
	return s
}

func eventIDs(s *Snapshot) []string {
	var ids []string
	for _, e := range s.Events {
		ids = append(ids, e.ID)
	}
	return ids
}

func entityIDs(s *Snapshot) []string {
	var ids []string
	for _, e := range s.Entities {
		ids = append(ids, e.ID)
	}
	return ids
}

func TestFilterApply(t *testing.T) {
	all := []string{"ev:01", "ev:02", "ev:03", "ev:04", "ev:05", "ev:06"}
	tests := []struct {
		name     string
		f        Filter
		events   []string
		entities []string
	}{
		{"zero", Filter{}, all, nil},
		{"range", Filter{From: "2025-03-10", To: "2025-05-31"}, []string{"ev:02", "ev:03", "ev:04"},
			[]string{"loc:mexico", "loc:united-states", "org:cartel", "per:claudia-sheinbaum", "per:donald-trump", "per:marco-rubio"}},
		{"type", Filter{Types: []string{"call", "TARIFF"}}, []string{"ev:03", "ev:06"},
			[]string{"loc:mexico", "loc:united-states", "per:claudia-sheinbaum", "per:donald-trump"}},
		{"kind", Filter{Kinds: []Kind{Organization}}, []string{"ev:01", "ev:04"}, []string{"org:cartel"}},
		{"as-of", Filter{AsOf: "2025-04-30"}, []string{"ev:01", "ev:02", "ev:03"},
			[]string{"loc:united-states", "org:cartel", "per:claudia-sheinbaum", "per:donald-trump", "per:marco-rubio"}},
		{"as-of drops late sources", Filter{AsOf: "2025-02-28"}, []string{"ev:01"}, []string{"org:cartel", "per:marco-rubio"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fixture()
			got := tt.f.Apply(s)
			if diff := cmp.Diff(tt.events, eventIDs(got)); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
			want := tt.entities
			if want == nil {
				want = entityIDs(s)
			}
			if diff := cmp.Diff(want, entityIDs(got)); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
			for i, e := range got.Events {
				if e.Order != i {
					t.Errorf("event %s has order %d at %d", e.ID, e.Order, i)
				}
			}
		})
	}
	s := fixture()
	got := Filter{AsOf: "2025-04-20"}.Apply(s)
	if n := len(got.Events[2].Sources); n != 1 {
		t.Errorf("as-of kept %d sources of ev:03, want 1 (the other is published later)", n)
	}
	if len(s.Events[2].Sources) != 2 {
		t.Error("Apply modified its input")
	}
}

func TestFilterValidate(t *testing.T) {
	tests := []struct {
		f  Filter
		ok bool
	}{
		{Filter{}, true},
		{Filter{From: "2025-01-01", To: "2025-12-31", AsOf: "2025-06-01", Kinds: []Kind{Person}}, true},
		{Filter{From: "2025"}, false},
		{Filter{To: "2025-13-01"}, false},
		{Filter{From: "2025-02-01", To: "2025-01-01"}, false},
		{Filter{AsOf: "yesterday"}, false},
		{Filter{Kinds: []Kind{"robot"}}, false},
	}
	for _, tt := range tests {
		err := tt.f.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("%+v: err = %v, want ok %v", tt.f, err, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrBadFilter) {
			t.Errorf("%+v: %v does not wrap ErrBadFilter", tt.f, err)
		}
	}
}

func TestRank(t *testing.T) {
	s := fixture()
	r := Rank(s, RankOptions{})
	if len(r) != 6 {
		t.Fatalf("ranked %d entities, want 6 (the lonely one has no events): %+v", len(r), r)
	}
	for i := 1; i < len(r); i++ {
		if r[i-1].PageRank < r[i].PageRank {
			t.Errorf("not sorted by PageRank at %d: %+v", i, r)
		}
	}
	by := map[string]Ranked{}
	for _, x := range r {
		by[x.ID] = x
	}
	// Trump and Sheinbaum bridge the two groups; the cartel is a leaf on the
	// US side and a member on the Mexican side.
	bw := map[string]float64{}
	for _, x := range r {
		bw[x.ID] = x.Betweenness
	}
	wantBW := map[string]float64{"per:donald-trump": 2, "per:marco-rubio": 2, "per:claudia-sheinbaum": 2,
		"loc:mexico": 2, "loc:united-states": 2, "org:cartel": 2}
	if diff := cmp.Diff(wantBW, bw); diff != "" {
		t.Errorf("betweenness (-want +got):\n%s", diff)
	}
	if by["per:claudia-sheinbaum"].Degree != 3 {
		t.Errorf("Sheinbaum's degree = %d, want 3", by["per:claudia-sheinbaum"].Degree)
	}
	if by["per:claudia-sheinbaum"].Events != 3 {
		t.Errorf("Sheinbaum's events = %d, want 3", by["per:claudia-sheinbaum"].Events)
	}
	for i := 0; i < 5; i++ {
		if diff := cmp.Diff(r, Rank(fixture(), RankOptions{})); diff != "" {
			t.Fatalf("Rank is not deterministic:\n%s", diff)
		}
	}
	if got := Rank(&Snapshot{}, RankOptions{}); len(got) != 0 || got == nil {
		t.Errorf("Rank of empty = %#v", got)
	}
}

func TestCommunities(t *testing.T) {
	s := fixture()
	c := FindCommunities(s, CommunityOptions{})
	total := 0
	seen := map[string]bool{}
	for _, cm := range c.Communities {
		for _, m := range cm.Members {
			if seen[m.ID] {
				t.Errorf("%s is in two communities", m.ID)
			}
			seen[m.ID] = true
			total++
		}
	}
	if total != 6 || seen["per:lonely"] {
		t.Errorf("communities cover %d entities (%v), want the 6 linked ones", total, seen)
	}
	if len(c.Communities) < 2 {
		t.Errorf("want at least two communities, got %+v", c.Communities)
	}
	for i := 0; i < 5; i++ {
		if diff := cmp.Diff(c, FindCommunities(fixture(), CommunityOptions{})); diff != "" {
			t.Fatalf("communities not deterministic:\n%s", diff)
		}
	}
	if got := FindCommunities(&Snapshot{}, CommunityOptions{}); len(got.Communities) != 0 {
		t.Errorf("communities of empty snapshot: %+v", got)
	}
}

func TestPaths(t *testing.T) {
	x := NewIndex(fixture())
	ps, err := x.Paths("per:marco-rubio", "loc:mexico", 5)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		s := ""
		for i, e := range p.Entities {
			if i > 0 {
				s += " > "
			}
			s += e.ID
		}
		got = append(got, s)
		if len(p.Hops) != len(p.Entities)-1 {
			t.Errorf("%s: %d hops", s, len(p.Hops))
		}
		for _, h := range p.Hops {
			if len(h.Events) == 0 || len(h.Relations) == 0 {
				t.Errorf("%s: hop %s-%s has no evidence", s, h.From, h.To)
			}
		}
	}
	want := []string{
		"per:marco-rubio > loc:united-states > loc:mexico",
		"per:marco-rubio > org:cartel > loc:mexico",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
	if _, err := x.Paths("per:marco-rubio", "per:lonely", 1); !errors.Is(err, ErrNoPath) {
		t.Errorf("unlinked: err = %v", err)
	}
	if _, err := x.Paths("per:nobody", "per:lonely", 1); !errors.Is(err, ErrUnknownEntity) {
		t.Errorf("unknown: err = %v", err)
	}
	if ps, err := x.Paths("loc:mexico", "loc:mexico", 1); err != nil || len(ps) != 1 || len(ps[0].Hops) != 0 {
		t.Errorf("self path = %+v, %v", ps, err)
	}
}

func TestRelated(t *testing.T) {
	x := NewIndex(fixture())
	r1, t1 := x.Related("per:marco-rubio", 1, 0)
	r2, t2 := x.Related("per:marco-rubio", 2, 0)
	if t1 || t2 {
		t.Errorf("unlimited query says truncated")
	}
	if len(r1) != 3 {
		t.Errorf("depth 1: %d relations, want 3: %+v", len(r1), r1)
	}
	if len(r2) <= len(r1) {
		t.Errorf("depth 2 found no more than depth 1")
	}
	for i := 1; i < len(r2); i++ {
		if r2[i-1].Depth > r2[i].Depth {
			t.Errorf("not nearest first: %+v", r2)
		}
	}
	if got := len(x.EventsOf("per:claudia-sheinbaum")); got != 3 {
		t.Errorf("EventsOf = %d events", got)
	}
}

func TestRelatedLimit(t *testing.T) {
	x := NewIndex(fixture())
	all1, _ := x.Related("loc:mexico", 1, 0)
	all2, _ := x.Related("loc:mexico", 2, 0)
	perHop := func(ns []Neighbour) map[int]int {
		m := map[int]int{}
		for _, n := range ns {
			m[n.Depth]++
		}
		return m
	}
	for _, tc := range []struct {
		depth, limit int
		truncated    bool
	}{
		{1, 1, true}, {1, 2, true}, {1, len(all1), false}, {1, 100, false},
		{2, 1, true}, {2, 2, true}, {2, 100, false},
	} {
		got, tr := x.Related("loc:mexico", tc.depth, tc.limit)
		if tr != tc.truncated {
			t.Errorf("depth %d limit %d: truncated = %v, want %v", tc.depth, tc.limit, tr, tc.truncated)
		}
		for d, n := range perHop(got) {
			if n > tc.limit {
				t.Errorf("depth %d limit %d: %d relations at hop %d", tc.depth, tc.limit, n, d)
			}
		}
		// The first hop lists the strongest direct relations, in order.
		want := all1[:min(tc.limit, len(all1))]
		if diff := cmp.Diff(want, got[:len(want)]); diff != "" {
			t.Errorf("depth %d limit %d: first hop (-want +got):\n%s", tc.depth, tc.limit, diff)
		}
		if !tr {
			full := all1
			if tc.depth == 2 {
				full = all2
			}
			if diff := cmp.Diff(full, got); diff != "" {
				t.Errorf("depth %d limit %d: untruncated result differs from unlimited (-want +got):\n%s", tc.depth, tc.limit, diff)
			}
		}
	}
	if got, tr := x.Related("per:nobody", 2, 5); len(got) != 0 || tr || got == nil {
		t.Errorf("unknown entity: %v, %v", got, tr)
	}
}

func TestActs(t *testing.T) {
	acts := Acts(fixture().Events)
	var got []string
	for _, a := range acts {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s", a.Date, Names(a.Agents), a.Verb, Names(a.Targets), Names(a.Others)))
	}
	want := []string{
		`2025-02-20|Marco Rubio|designated|Cartel "<script>alert(1)</script>"|`,
		"2025-03||met||Donald Trump, Marco Rubio, United States",
		"2025-04-16|Donald Trump|called|Claudia Sheinbaum|",
		`2025-05-03|Claudia Sheinbaum|rejection||Mexico, Cartel "<script>alert(1)</script>"`,
		"|Mexico|statement||Claudia Sheinbaum",
		"2025-06-01|United States|imposed tariffs on|Mexico|",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("acts (-want +got):\n%s", diff)
	}
}

// TestIndexConcurrent runs every analysis on one index from several
// goroutines; run with -race.
func TestIndexConcurrent(t *testing.T) {
	x := NewIndex(fixture())
	want := RankGraph(x.Graph, x.Snapshot, RankOptions{})
	done := make(chan []Ranked, 4)
	for i := 0; i < 4; i++ {
		go func() {
			CommunitiesOf(x.Graph, x.Snapshot, CommunityOptions{})
			x.Paths("per:marco-rubio", "loc:mexico", 3)
			x.Related("per:donald-trump", 2, 0)
			done <- RankGraph(x.Graph, x.Snapshot, RankOptions{})
		}()
	}
	for i := 0; i < 4; i++ {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Errorf("concurrent rank differs:\n%s", diff)
		}
	}
}
