package ner

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestResolve checks how Extract groups mentions into local entities: each
// case lists the entities it must find, as "kind:Name=alias|alias".
func TestResolve(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"U.S. President Donald Trump spoke on Monday. Later, President Trump and Mr. Trump's aides left. TRUMP REJECTS DEAL.",
			[]string{"person:Donald Trump"}},
		{"The Central Intelligence Agency said on Monday that the CIA had new data. A C.I.A. official agreed.",
			[]string{"organization:Central Intelligence Agency"}},
		{"The United States and Mexico signed the deal. The U.S. said America and the US would comply.",
			[]string{"place:United States", "place:Mexico"}},
		{"Mexico’s economy grew, officials in Mexico said.",
			[]string{"place:Mexico"}},
		{"Mexican President Claudia Sheinbaum said Mexican officials would meet. Sheinbaum's office agreed.",
			[]string{"person:Claudia Sheinbaum"}},
	}
	x := newExtractor(t)
	for _, tt := range tests {
		res, err := x.Extract(tt.text)
		if err != nil {
			t.Fatal(err)
		}
		checkResult(t, tt.text, res)
		var got []string
		for _, e := range res.Entities {
			got = append(got, string(e.Kind)+":"+e.Name)
		}
		for _, w := range tt.want {
			found := false
			for _, g := range got {
				if g == w {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no entity %s; got %v", tt.text, w, got)
			}
		}
		// No entity is named like one of the wanted ones' aliases.
		names := map[string]int{}
		for _, e := range res.Entities {
			names[strings.ToLower(lastWord(e.Name))]++
			if strings.EqualFold(e.Name, "Mexican") {
				t.Errorf("%q: demonym %q is an entity", tt.text, e.Name)
			}
		}
		for n, c := range names {
			if c > 1 {
				t.Errorf("%q: %d entities end in %q: %v", tt.text, c, n, got)
			}
		}
	}
}

func TestResolveAliases(t *testing.T) {
	x := newExtractor(t)
	res, err := x.Extract("U.S. President Donald Trump met reporters. Trump’s team and President Trump spoke.")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Entities {
		if e.Name != "Donald Trump" {
			continue
		}
		if !sort.StringsAreSorted(e.Aliases) {
			t.Errorf("aliases not sorted: %v", e.Aliases)
		}
		if diff := cmp.Diff([]string{"Trump"}, e.Aliases); diff != "" {
			t.Errorf("aliases (-want +got):\n%s", diff)
		}
		if e.Mentions != 3 {
			t.Errorf("%d mentions, want 3", e.Mentions)
		}
		return
	}
	t.Errorf("no Donald Trump in %+v", res.Entities)
}
