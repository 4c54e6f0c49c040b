package ner

import (
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
)

func TestCanonName(t *testing.T) {
	tests := []struct {
		in       string
		kind     graph.Kind
		want     string
		wantKind graph.Kind
	}{
		{"U.S. President Donald Trump", graph.Person, "Donald Trump", graph.Person},
		{"Mexican President Claudia Sheinbaum", graph.Person, "Claudia Sheinbaum", graph.Person},
		{"President Trump", graph.Person, "Trump", graph.Person},
		{"spokesman James Hewitt", graph.Person, "James Hewitt", graph.Person},
		{"Mr. Smith", graph.Person, "Smith", graph.Person},
		{"Trump 's", graph.Person, "Trump", graph.Person},
		{"Mexico’s", graph.Place, "Mexico", graph.Place},
		{"TRUMP", graph.Person, "Trump", graph.Person},
		{"Leo XIV", graph.Person, "Leo XIV", graph.Person},
		{"King Charles III", graph.Person, "Charles III", graph.Person},
		{"MIXON", graph.Person, "Mixon", graph.Person},
		{"MEXICO", graph.Place, "Mexico", graph.Place},
		{"CIA", graph.Organization, "CIA", graph.Organization},
		{"C.I.A.", graph.Organization, "CIA", graph.Organization},
		{"U.S.", graph.Organization, "United States", graph.Place},
		{"US", graph.Place, "United States", graph.Place},
		{"America", graph.Place, "United States", graph.Place},
		{"the United States", graph.Place, "United States", graph.Place},
		{"The White House", graph.Place, "White House", graph.Organization},
		{"U.S. Army", graph.Organization, "U.S. Army", graph.Organization},
		{"President", graph.Person, "President", graph.Person},
	}
	for _, tt := range tests {
		got, kind := canonName(strings.Fields(tt.in), tt.kind)
		if got != tt.want || kind != tt.wantKind {
			t.Errorf("canonName(%q, %s) = %q, %s; want %q, %s", tt.in, tt.kind, got, kind, tt.want, tt.wantKind)
		}
	}
}

func TestNameKey(t *testing.T) {
	for _, pair := range [][2]string{{"U.S. Army", "US Army"}, {"CIA", "C.I.A."}, {"Claudia  Sheinbaum", "claudia sheinbaum"}} {
		if a, b := nameKey(pair[0]), nameKey(pair[1]); a != b {
			t.Errorf("nameKey(%q) = %q, nameKey(%q) = %q; want equal", pair[0], a, pair[1], b)
		}
	}
	for _, c := range [][2]string{{"Apple Inc.", "apple"}, {"Chrysler Corp", "chrysler"}, {"Ford Motor Co Ltd", "ford motor"},
		{"A.H. Robins Co., Inc.", "ah robins"}, {"Daimler-Benz AG", "daimler-benz"},
		{"Inc", ""}, {"Apple", ""}, {"Apple Corps", ""}, {"Apple Computer", ""}} {
		if got := companyBase(c[0]); got != c[1] {
			t.Errorf("companyBase(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	if got := initials("Central Intelligence Agency"); got != "CIA" {
		t.Errorf("initials = %q, want CIA", got)
	}
	if got := initials("Department of Homeland Security"); got != "DHS" {
		t.Errorf("initials = %q, want DHS", got)
	}
}

// A place named in capitals, as in a dateline, is written as a name.
func TestShoutedPlaceNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"MEXICO CITY", "Mexico City"},
		{"RIO DE JANEIRO", "Rio de Janeiro"},
		{"LOS ANGELES", "Los Angeles"},
		{"NEW YORK", "New York"},
	} {
		got, _ := canonName(strings.Fields(c.in), graph.Place)
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
	// an organization's capitals may be an acronym
	if got, _ := canonName([]string{"IBM", "CORPORATION"}, graph.Organization); got != "IBM Corporation" {
		t.Errorf("IBM CORPORATION: got %q", got)
	}
}

// A possessive inside a name is kept in the name written, and ignored in
// its key: "Attorney General's Office" and "Attorney General Office" are one
// entity, named with the possessive.
func TestPossessiveInsideName(t *testing.T) {
	if a, b := nameKey("Attorney General's Office"), nameKey("Attorney General Office"); a != b {
		t.Errorf("keys %q and %q differ", a, b)
	}
	if a, b := companyBase("Standard and Poor's Corp"), companyBase("Standard and Poor Corp"); a != b || a == "" {
		t.Errorf("company bases %q and %q", a, b)
	}
	forms := func(yield func(string) bool) {
		for _, f := range []string{"Attorney General Office", "Attorney General's Office"} {
			if !yield(f) {
				return
			}
		}
	}
	if got := possessiveForm("Attorney General Office", forms); got != "Attorney General's Office" {
		t.Errorf("got %q", got)
	}
	// a possessive ending the form is the owner's, not the name's
	ends := func(yield func(string) bool) { yield("Trump's") }
	if got := possessiveForm("Trump", ends); got != "Trump" {
		t.Errorf("got %q", got)
	}
}
