package ner

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

func TestLink(t *testing.T) {
	docs := []*graph.Document{
		{ID: "a", Published: graph.YearDate(2024), Entities: []graph.LocalEntity{
			{Name: "Donald Trump", Kind: graph.Person, Aliases: []string{"Trump"}, Mentions: 3},
			{Name: "Central Intelligence Agency", Kind: graph.Organization, Mentions: 1},
			{Name: "Sinaloa Cartel", Kind: graph.Organization, Mentions: 1},
		}},
		{ID: "b", Published: graph.YearDate(2025), Entities: []graph.LocalEntity{
			{Name: "Trump", Kind: graph.Person, Mentions: 2},
			{Name: "CIA", Kind: graph.Organization, Mentions: 1},
			{Name: "Sinaloa Cartel", Kind: graph.Person, Mentions: 1},
		}},
		{ID: "c", Entities: []graph.LocalEntity{
			{Name: "Sinaloa Cartel", Kind: graph.Organization, Mentions: 1},
			{Name: "Hewitt", Kind: graph.Person, Mentions: 1},
			{Name: "Downing Street", Kind: graph.Organization, Mentions: 1},
			{Name: "Mobile Data Association", Kind: graph.Organization, Aliases: []string{"MD"}, Mentions: 2},
		}},
		// two letters are too few to link by initials alone ("DS" is a
		// games console here), but a document that spells one out links it
		{ID: "d", Entities: []graph.LocalEntity{
			{Name: "DS", Kind: graph.Other, Mentions: 2},
			{Name: "MD", Kind: graph.Organization, Mentions: 1},
		}},
	}
	l := Link(docs)
	ids := map[string]string{}
	for _, d := range docs {
		for i, e := range d.Entities {
			ids[d.ID+"/"+e.Name] = l.ID(d.ID, i)
		}
	}
	want := map[string]string{
		"a/Donald Trump":                "per:donald-trump",
		"b/Trump":                       "per:donald-trump",
		"a/Central Intelligence Agency": "org:central-intelligence-agency",
		"b/CIA":                         "org:central-intelligence-agency",
		"a/Sinaloa Cartel":              "org:sinaloa-cartel",
		"b/Sinaloa Cartel":              "org:sinaloa-cartel",
		"c/Sinaloa Cartel":              "org:sinaloa-cartel",
		"c/Hewitt":                      "per:hewitt",
		"c/Downing Street":              "org:downing-street",
		"c/Mobile Data Association":     "org:mobile-data-association",
		"d/DS":                          "oth:ds",
		"d/MD":                          "org:mobile-data-association",
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
	if l.ID("a", 7) != "" || l.ID("zz", 0) != "" {
		t.Error("ID of a missing entity is not empty")
	}
	for i := 1; i < len(l.Entities); i++ {
		if l.Entities[i-1].ID >= l.Entities[i].ID {
			t.Errorf("entities not sorted by ID: %s, %s", l.Entities[i-1].ID, l.Entities[i].ID)
		}
	}
	var trump graph.Entity
	for _, e := range l.Entities {
		if e.ID == "per:donald-trump" {
			trump = e
		}
	}
	wantTrump := graph.Entity{ID: "per:donald-trump", Name: "Donald Trump", Kind: graph.Person,
		Aliases: []string{"Trump"}, Mentions: 5, Documents: []string{"a", "b"}, FirstSeen: "2024", LastSeen: "2025"}
	if diff := cmp.Diff(wantTrump, trump); diff != "" {
		t.Errorf("Donald Trump (-want +got):\n%s", diff)
	}
}

func TestLinkAmbiguousSurname(t *testing.T) {
	docs := []*graph.Document{
		{ID: "a", Entities: []graph.LocalEntity{{Name: "Ronald Johnson", Kind: graph.Person, Mentions: 1}}},
		{ID: "b", Entities: []graph.LocalEntity{{Name: "Boris Johnson", Kind: graph.Person, Mentions: 1}}},
		{ID: "c", Entities: []graph.LocalEntity{{Name: "Johnson", Kind: graph.Person, Mentions: 1}}},
	}
	l := Link(docs)
	if got := l.ID("c", 0); got != "per:johnson" {
		t.Errorf("lone surname with two full names linked to %s, want per:johnson", got)
	}
}

func TestLinkCountryQualifiedBody(t *testing.T) {
	org := func(name string) graph.LocalEntity {
		return graph.LocalEntity{Name: name, Kind: graph.Organization, Mentions: 1}
	}
	l := Link([]*graph.Document{
		{ID: "e", Entities: []graph.LocalEntity{org("U.K. House")}},
		{ID: "f", Entities: []graph.LocalEntity{{Name: "House", Kind: graph.Organization, Mentions: 30}}},
		{ID: "a", Entities: []graph.LocalEntity{org("U.S. Army")}},
		{ID: "b", Entities: []graph.LocalEntity{org("Army"), org("Senate")}},
		{ID: "c", Entities: []graph.LocalEntity{org("Mexican Senate"), org("Canadian Senate"), org("Apple Records")}},
		{ID: "d", Entities: []graph.LocalEntity{org("Records")}},
	})
	wantLinks(t, l, []linkWant{
		{"b", 0, "org:u-s-army"}, // one country's army: the same body
		{"b", 1, "org:senate"},   // two countries' senates: ambiguous
		{"d", 0, "org:records"},  // "Apple" is no country
		{"f", 0, "org:house"},    // one "U.K. House" does not speak for thirty "House"
	})
}

func TestLinkCompany(t *testing.T) {
	ent := func(name string, kind graph.Kind, n int) graph.LocalEntity {
		return graph.LocalEntity{Name: name, Kind: kind, Mentions: n}
	}
	l := Link([]*graph.Document{
		{ID: "a", Entities: []graph.LocalEntity{ent("Chrysler Corp.", graph.Organization, 1), ent("Reuters Ltd", graph.Organization, 1)}},
		{ID: "b", Entities: []graph.LocalEntity{ent("Chrysler", graph.Organization, 3), ent("Reuters", graph.Organization, 1)}},
		{ID: "c", Entities: []graph.LocalEntity{ent("Reuters Inc", graph.Organization, 2), ent("Canada Inc", graph.Organization, 1)}},
		{ID: "d", Entities: []graph.LocalEntity{ent("Canada", graph.Place, 5)}},
	})
	wantLinks(t, l, []linkWant{
		{"b", 0, "org:chrysler-corp"}, // the company, named without its designator
		{"b", 1, "org:reuters-inc"},   // the most mentioned of two
		{"d", 0, "loc:canada"},        // a place is no company
	})
}

func TestLinkSpellings(t *testing.T) {
	org := func(name string, n int, aliases ...string) graph.LocalEntity {
		return graph.LocalEntity{Name: name, Kind: graph.Organization, Mentions: n, Aliases: aliases}
	}
	l := Link([]*graph.Document{
		{ID: "a", Entities: []graph.LocalEntity{org("Organisation of Petroleum Exporting Countries", 2, "OPEC")}},
		{ID: "b", Entities: []graph.LocalEntity{org("Organization of Petroleum Exporting Countries", 1, "OPEC")}},
		{ID: "c", Entities: []graph.LocalEntity{org("OPEC", 5)}},
		{ID: "d", Entities: []graph.LocalEntity{org("Labour Party", 1), org("Labor Party", 1)}},
	})
	wantLinks(t, l, []linkWant{
		{"b", 0, "org:organisation-of-petroleum-exporting-countries"}, // the more mentioned spelling
		{"c", 0, "org:organisation-of-petroleum-exporting-countries"}, // one full name left for the acronym
		{"d", 1, "org:labor-party"},                                   // not a spelling of Labour: Australia's party
	})
}

// Names that differ only in accents are one entity, written with them.
func TestLinkAccents(t *testing.T) {
	per := func(name string, n int) graph.LocalEntity {
		return graph.LocalEntity{Name: name, Kind: graph.Person, Mentions: n}
	}
	l := Link([]*graph.Document{
		{ID: "a", Entities: []graph.LocalEntity{per("Osiel Cárdenas", 2)}},
		{ID: "b", Entities: []graph.LocalEntity{per("Osiel Cardenas", 2)}},
		{ID: "c", Entities: []graph.LocalEntity{per("Cardenas", 1)}},
	})
	wantLinks(t, l, []linkWant{
		{"a", 0, "per:osiel-cárdenas"},
		{"b", 0, "per:osiel-cárdenas"},
		{"c", 0, "per:osiel-cárdenas"},
	})
}

func TestLinkBodyIsNoCompany(t *testing.T) {
	org := func(name string, n int) graph.LocalEntity {
		return graph.LocalEntity{Name: name, Kind: graph.Organization, Mentions: n}
	}
	l := Link([]*graph.Document{
		{ID: "a", Entities: []graph.LocalEntity{org("Treasury Corp", 3), org("U.S. Treasury", 2)}},
		{ID: "b", Entities: []graph.LocalEntity{org("Treasury", 5)}},
		{ID: "c", Entities: []graph.LocalEntity{org("U.S. Standard and Poor's Corp", 1), org("Standard and Poor's Corp", 4)}},
		{ID: "d", Entities: []graph.LocalEntity{org("Bank Plc", 1), org("Bank", 6)}},
	})
	if got := l.ID("b", 0); got != "org:u-s-treasury" {
		t.Errorf("Treasury linked to %s, want the U.S. Treasury, not Treasury Corp", got)
	}
	if got := l.ID("d", 1); got != "org:bank" {
		t.Errorf("Bank linked to %s, want none", got)
	}
	for _, e := range l.Entities {
		if strings.HasPrefix(e.Name, "U.S. Standard") {
			t.Errorf("company named %q: a company takes no country before its name", e.Name)
		}
	}
}

func TestLinkCompanyNamedLikePerson(t *testing.T) {
	ent := func(name string, kind graph.Kind) graph.LocalEntity {
		return graph.LocalEntity{Name: name, Kind: kind, Mentions: 2}
	}
	l := Link([]*graph.Document{
		{ID: "a", Entities: []graph.LocalEntity{ent("Patrick Hughes", graph.Person), ent("Hughes Tool Co", graph.Organization)}},
		{ID: "b", Entities: []graph.LocalEntity{ent("Hughes", graph.Organization), ent("Marcos", graph.Organization)}},
		{ID: "c", Entities: []graph.LocalEntity{ent("Ferdinand Marcos", graph.Person)}},
	})
	wantLinks(t, l, []linkWant{
		{"b", 0, "org:hughes"},           // a company's first word: not the person
		{"b", 1, "per:ferdinand-marcos"}, // a person the tagger took for an organization
	})
}

func TestLinkNameVariants(t *testing.T) {
	per := func(name string, n int) graph.LocalEntity {
		return graph.LocalEntity{Name: name, Kind: graph.Person, Mentions: n}
	}
	l := Link([]*graph.Document{
		{ID: "a", Entities: []graph.LocalEntity{per("Martin T. Sosnoff", 3), per("John A. Smith", 2)}},
		{ID: "b", Entities: []graph.LocalEntity{per("Martin Sosnoff", 4), per("John Smith", 2), per("John B. Smith", 1)}},
		{ID: "c", Entities: []graph.LocalEntity{per("Jim Wright", 40), per("James Wright", 12)}},
	})
	wantLinks(t, l, []linkWant{
		{"b", 0, "per:martin-t-sosnoff"}, // the one variant with a middle initial
		{"b", 1, "per:john-smith"},       // two variants: neither
		{"c", 1, "per:jim-wright"},       // a nickname: the most mentioned form
	})
}

func TestLinkTitledSurname(t *testing.T) {
	per := func(name string, n int) graph.LocalEntity {
		return graph.LocalEntity{Name: name, Kind: graph.Person, Mentions: n}
	}
	l := Link([]*graph.Document{
		{ID: "a", Entities: []graph.LocalEntity{per("Ronald Reagan", 10), per("Nancy Reagan", 2)}},
		{ID: "b", Entities: []graph.LocalEntity{per("Mrs Reagan", 1)}},
		{ID: "c", Entities: []graph.LocalEntity{per("Mrs Baker", 1), per("James Baker", 4)}},
	})
	wantLinks(t, l, []linkWant{
		{"b", 0, "per:nancy-reagan"}, // the one Reagan of her sex
		{"c", 0, "per:mrs-baker"},    // no Baker of her sex: kept apart
	})
}

func TestLinkDeterministic(t *testing.T) {
	docs := []*graph.Document{
		{ID: "a", Entities: []graph.LocalEntity{{Name: "Reuters", Kind: graph.Organization, Mentions: 1}, {Name: "Texcoco", Kind: graph.Place, Mentions: 1}}},
		{ID: "b", Entities: []graph.LocalEntity{{Name: "Reuters", Kind: graph.Person, Mentions: 1}, {Name: "Texcoco", Kind: graph.Organization, Mentions: 1}}},
	}
	first := Link(docs)
	for range 20 {
		if diff := cmp.Diff(first.Entities, Link(docs).Entities); diff != "" {
			t.Fatalf("Link is not deterministic:\n%s", diff)
		}
	}
	// A tie between person and organization goes to person.
	if got := first.ID("a", 0); got != "per:reuters" {
		t.Errorf("tie went to %s, want per:reuters", got)
	}
}

func TestLinkSameIDDifferentNames(t *testing.T) {
	docs := []*graph.Document{
		{ID: "a", Entities: []graph.LocalEntity{{Name: "A.H. Robins Co", Kind: graph.Organization, Mentions: 2}}},
		{ID: "b", Entities: []graph.LocalEntity{{Name: "A H Robins Co", Kind: graph.Organization, Mentions: 1}}},
	}
	l := Link(docs)
	if len(l.Entities) != 1 {
		t.Fatalf("want one entity, got %+v", l.Entities)
	}
	e := l.Entities[0]
	if l.ID("a", 0) != e.ID || l.ID("b", 0) != e.ID || e.Mentions != 3 || len(e.Documents) != 2 {
		t.Errorf("merged entity %+v; ids %q %q", e, l.ID("a", 0), l.ID("b", 0))
	}
}

// TestLinkSurnames: a surname alone links across documents to the full
// name, not to a name a document kept with its title because two people
// shared the surname ("Mrs Howard"); among several full names, to the one
// that bears it far more often than any other ("Reagan" is Ronald Reagan,
// not Nancy Reagan), and to none when two are named about as often.
func TestLinkSurnames(t *testing.T) {
	tests := []struct {
		name string
		docs []*graph.Document
		want map[string]string // "doc/local index" -> entity ID
	}{
		{"not to a titled name", []*graph.Document{
			{ID: "a", Entities: []graph.LocalEntity{
				{Name: "Michael Howard", Kind: graph.Person, Aliases: []string{"Mr Howard"}, Mentions: 3},
				{Name: "Mrs Howard", Kind: graph.Person, Mentions: 2},
			}},
			{ID: "b", Entities: []graph.LocalEntity{{Name: "Howard", Kind: graph.Person, Mentions: 1}}},
		}, map[string]string{"b/0": "per:michael-howard", "a/1": "per:mrs-howard"}},
		{"the dominant bearer or none", []*graph.Document{
			{ID: "a", Entities: []graph.LocalEntity{{Name: "Ronald Reagan", Kind: graph.Person, Mentions: 12}}},
			{ID: "b", Entities: []graph.LocalEntity{{Name: "Nancy Reagan", Kind: graph.Person, Mentions: 2}}},
			{ID: "c", Entities: []graph.LocalEntity{
				{Name: "Reagan", Kind: graph.Person, Mentions: 5},
				{Name: "Baker", Kind: graph.Person, Mentions: 3},
			}},
			{ID: "d", Entities: []graph.LocalEntity{
				{Name: "James Baker", Kind: graph.Person, Mentions: 6},
				{Name: "Howard Baker", Kind: graph.Person, Mentions: 4},
			}},
		}, map[string]string{"c/0": "per:ronald-reagan", "c/1": "per:baker"}},
	}
	for _, tt := range tests {
		l := Link(tt.docs)
		for key, want := range tt.want {
			doc, local, _ := strings.Cut(key, "/")
			n, _ := strconv.Atoi(local)
			if got := l.ID(doc, n); got != want {
				t.Errorf("%s: %s links to %q, want %q", tt.name, key, got, want)
			}
		}
	}
}

// linkWant is the entity ID a document's local entity must be linked to.
type linkWant struct {
	doc   string
	local int
	want  string
}

// wantLinks checks l against each want.
func wantLinks(t *testing.T, l *Linking, wants []linkWant) {
	t.Helper()
	for _, c := range wants {
		if got := l.ID(c.doc, c.local); got != c.want {
			t.Errorf("%s/%d linked to %s, want %s", c.doc, c.local, got, c.want)
		}
	}
}
