package ner

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

// testLists are list 0 (places), 1 (first names) and 2 (countries).
func testLists(t *testing.T) nameLists {
	t.Helper()
	nl, err := buildNameLists([]NameList{
		{Name: "place", R: strings.NewReader("# places\nNew York\nNew York City\nYork\n\nParis\nRio de Janeiro\n")},
		{Name: "first", R: strings.NewReader("Paris\nMary\n")},
		{Name: "country", R: strings.NewReader("United States\nU.S.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	return nl
}

// listTags renders the name-list bits of each token as "list:pos" pairs.
func listTags(d *doc) string {
	var parts []string
	for i, b := range d.names {
		var ts []string
		for k := 0; k < maxNameLists; k++ {
			for p, c := range "BILU" {
				if b&(1<<(4*k+p)) != 0 {
					ts = append(ts, fmt.Sprintf("%d%c", k, c))
				}
			}
		}
		parts = append(parts, d.words[i]+"/"+strings.Join(ts, ","))
	}
	return strings.Join(parts, " ")
}

func TestNameListsMark(t *testing.T) {
	nl := testLists(t)
	for _, tc := range []struct{ text, want string }{
		{"Mary flew to New York City .", "Mary/1U flew/ to/ New/0B York/0I City/0L ./"},
		{"New York and York", "New/0B York/0L and/ York/0U"},
		// each list takes its own longest match: Paris is both
		{"Paris Hilton", "Paris/0U,1U Hilton/"},
		// a match starts and ends with a capitalized word
		{"Rio de Janeiro and Rio de", "Rio/0B de/0I Janeiro/0L and/ Rio/ de/"},
		{"new york", "new/ york/"},
		{"the U.S. and United States", "the/ U.S./2U and/ United/2B States/2L"},
		// a sentence boundary cuts a name
		{"New\nYork", "New/ York/0U"},
	} {
		var words []string
		var sents [][2]int
		for _, line := range strings.Split(tc.text, "\n") {
			start := len(words)
			words = append(words, strings.Fields(line)...)
			sents = append(sents, [2]int{start, len(words)})
		}
		d := prepare(words, sents, nil, &nl, nil, nil)
		if got := listTags(d); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

func TestNameListsTooMany(t *testing.T) {
	lists := make([]NameList, maxNameLists+1)
	for i := range lists {
		lists[i] = NameList{Name: fmt.Sprint(i), R: strings.NewReader("Paris\n")}
	}
	if _, err := buildNameLists(lists); err == nil {
		t.Error("no error for too many lists")
	}
}

func TestModelNameListsRoundTrip(t *testing.T) {
	m := &Model{weights: map[uint64][]weight{7: {{cls: 1, w: 0.5}}}, names: testLists(t)}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got.names.maxLen != m.names.maxLen || len(got.names.entries) != len(m.names.entries) {
		t.Fatalf("got %d entries up to %d tokens, want %d up to %d", len(got.names.entries), got.names.maxLen, len(m.names.entries), m.names.maxLen)
	}
	for k, v := range m.names.entries {
		if got.names.entries[k] != v {
			t.Errorf("entry %x: got %x, want %x", k, got.names.entries[k], v)
		}
	}
}

// TestTrainNameLists checks that a model trained with name lists keeps
// them and stays deterministic.
func TestTrainNameLists(t *testing.T) {
	train := func() []byte {
		m, err := Train(strings.NewReader(tinyCoNLL), nil, TrainOptions{
			Epochs: 2, Folds: 2, NoClusters: true,
			Lists: []NameList{{Name: "place", R: strings.NewReader("Paris\nBerlin\n")}, {Name: "first", R: strings.NewReader("Mary\nJohn\n")}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(m.names.entries) != 4 {
			t.Errorf("model has %d names, want 4", len(m.names.entries))
		}
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	if a, b := train(), train(); !bytes.Equal(a, b) {
		t.Error("two trainings with the same lists differ")
	}
}

// FuzzNameLists reads arbitrary lists and marks arbitrary text with them:
// no panic, bits only of the lists given.
func FuzzNameLists(f *testing.F) {
	f.Add("New York\nYork\n", "Mary flew to New York .")
	f.Add("#x\n\n U.S. \n", "the U.S. and US")
	f.Fuzz(func(t *testing.T, list, text string) {
		nl, err := buildNameLists([]NameList{{Name: "a", R: strings.NewReader(list)}, {Name: "b", R: io.MultiReader(strings.NewReader(list), strings.NewReader("\nX\n"))}})
		if err != nil {
			return
		}
		words := strings.Fields(text)
		d := prepare(words, [][2]int{{0, len(words)}}, nil, &nl, nil, nil)
		for i, b := range d.names {
			if b>>8 != 0 {
				t.Fatalf("token %d %q: bits %x of lists not given", i, words[i], b)
			}
		}
	})
}
