package ner

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		toks string // tokens joined by |
		sent int    // number of sentences
	}{
		{"Trump's offer.", "Trump|'s|offer|.", 1},
		{"Mexico’s Sheinbaum", "Mexico|’s|Sheinbaum", 1},
		{"Trumpâs nominee", "Trump|âs|nominee", 1},
		{"the U.S. military", "the|U.S.|military", 1},
		{"to the C.I.A. Then", "to|the|C.I.A.|Then", 1},
		{"U.S.-Mexico cooperation", "U.S.|-|Mexico|cooperation", 1},
		{"anti-drug efforts", "anti-drug|efforts", 1},
		{"US-China talks", "US|-|China|talks", 1},
		{"Trump-Sheinbaum ties", "Trump-Sheinbaum|ties", 1},
		{"Daniel Day-Lewis", "Daniel|Day-Lewis", 1},
		{"“sovereignty is not for sale.”", "“|sovereignty|is|not|for|sale|.|”", 1},
		{"(Trump) said, ‘How", "(|Trump|)|said|,|‘|How", 1},
		{"It rose 3.5% to $60 billion.", "It|rose|3.5%|to|$60|billion|.", 1},
		{"Mr. Smith went. He left!", "Mr.|Smith|went|.|He|left|!", 2},
		{"  • In response", "•|In|response", 1},
		{"Heading\nBody text here.", "Heading|Body|text|here|.", 2},
		{"a wrapped\nline continues", "a|wrapped|line|continues", 1},
		{"cartels—even without", "cartels|—|even|without", 1},
		{"wouldn't do", "would|n't|do", 1},
		{"Wait... what", "Wait|...|what", 1},
		{"", "", 0},
		{"'", "'", 1},
	}
	for _, tt := range tests {
		toks, sents := tokenize(tt.in)
		var got []string
		for _, tk := range toks {
			if tk.Text != tt.in[tk.Start:tk.End] {
				t.Errorf("%q: token %q does not match its span %v", tt.in, tk.Text, tk.Span)
			}
			got = append(got, tk.Text)
		}
		if diff := cmp.Diff(tt.toks, strings.Join(got, "|")); diff != "" {
			t.Errorf("tokenize(%q) (-want +got):\n%s", tt.in, diff)
		}
		if len(sents) != tt.sent {
			t.Errorf("tokenize(%q): %d sentences, want %d", tt.in, len(sents), tt.sent)
		}
	}
}

func TestWordShape(t *testing.T) {
	for in, want := range map[string]string{
		"Sheinbaum": "Xx", "U.S.": "X.X.", "1996-08-22": "d-d-d", "CIA": "X", "iPhone": "xXx", "": "", "Ünal": "Xx",
	} {
		if got := wordShape(in); got != want {
			t.Errorf("wordShape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSentenceAfterAbbreviation(t *testing.T) {
	text := "Gangs smuggle fentanyl into the U.S. In February, the U.S. classified the Sinaloa Cartel. Talks with U.S. President Trump went on."
	_, sents := tokenize(text)
	var got []string
	for _, s := range sents {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Gangs smuggle fentanyl into the U.S.", "In February, the U.S. classified the Sinaloa Cartel.", "Talks with U.S. President Trump went on."}
	if len(got) != len(want) {
		t.Fatalf("sentences %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i], want[i])
		}
	}
}
