package ner

import (
	"errors"
	"strings"
	"testing"
)

const sampleCoNLL = `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- O O

BRUSSELS NNP I-NP I-LOC
`

func TestReadCoNLL(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(sampleCoNLL))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("got %d docs, want 2 with 2 and 1 sentences: %+v", len(docs), docs)
	}
	if got := docs[0].Sentences[1].Tags[1]; got != "I-PER" {
		t.Errorf("tag = %q, want I-PER", got)
	}
	_, err = ReadCoNLL(strings.NewReader("EU NNP I-NP I-ORG\nbad\n"))
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 {
		t.Errorf("err = %v, want a ParseError on line 2", err)
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name                     string
		gold, pred               []string
		wantGold, wantPred, want int
	}{
		{"iob1 exact", []string{"I-PER", "I-PER", "O", "I-LOC"}, []string{"B-PER", "I-PER", "O", "B-LOC"}, 2, 2, 2},
		{"iob1 adjacent same type", []string{"I-PER", "B-PER", "O"}, []string{"B-PER", "I-PER", "O"}, 2, 1, 0},
		{"wrong type", []string{"B-ORG", "I-ORG"}, []string{"B-LOC", "I-LOC"}, 1, 1, 0},
		{"short span", []string{"B-ORG", "I-ORG", "I-ORG"}, []string{"B-ORG", "I-ORG", "O"}, 1, 1, 0},
		{"stray I starts a chunk", []string{"O", "I-MISC", "O"}, []string{"O", "I-MISC", "O"}, 1, 1, 1},
		{"type change splits", []string{"I-PER", "I-LOC"}, []string{"B-PER", "B-LOC"}, 2, 2, 2},
		{"iobes", []string{"S-PER", "B-LOC", "E-LOC"}, []string{"B-PER", "B-LOC", "I-LOC"}, 2, 2, 2},
		{"all O", []string{"O", "O"}, []string{"O", "O"}, 0, 0, 0},
	}
	for _, tt := range tests {
		s, err := Score([][]string{tt.gold}, [][]string{tt.pred})
		if err != nil {
			t.Fatal(err)
		}
		if s.Overall.Gold != tt.wantGold || s.Overall.Predicted != tt.wantPred || s.Overall.Correct != tt.want {
			t.Errorf("%s: gold/pred/correct = %d/%d/%d, want %d/%d/%d", tt.name,
				s.Overall.Gold, s.Overall.Predicted, s.Overall.Correct, tt.wantGold, tt.wantPred, tt.want)
		}
	}
}

func TestScoreFigures(t *testing.T) {
	gold := [][]string{{"B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"}}
	pred := [][]string{{"B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG"}}
	s, err := Score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	// 3 gold, 3 predicted, 2 correct: P = R = F1 = 66.67.
	if f := s.Overall.F1; f < 66.66 || f > 66.67 {
		t.Errorf("F1 = %.3f, want 66.67", f)
	}
	if p := s.ByType["ORG"]; p.Predicted != 2 || p.Correct != 1 || p.Precision != 50 || p.Recall != 100 {
		t.Errorf("ORG = %+v, want 2 predicted, 1 correct, P 50, R 100", p)
	}
	if s.Tokens != 6 || s.TokensCorrect != 5 {
		t.Errorf("tokens %d correct %d, want 6 and 5", s.Tokens, s.TokensCorrect)
	}
	iob1, _ := Score([][]string{{"I-PER", "I-PER", "O"}}, [][]string{{"B-PER", "I-PER", "O"}})
	if iob1.TokensCorrect != 3 {
		t.Errorf("IOB1 against IOB2: %d tokens correct, want 3", iob1.TokensCorrect)
	}
	if got := strings.Join(s.Types(), ","); got != "LOC,ORG,PER" {
		t.Errorf("Types() = %s", got)
	}
	if _, err := Score(gold, nil); err == nil {
		t.Error("Score with mismatched shapes: no error")
	}
}

func TestBILOURoundTrip(t *testing.T) {
	in := []string{"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-MISC", "I-MISC", "I-MISC"}
	got := chunks(iob2(bilou(in)))
	want := chunks(in)
	if len(got) != len(want) {
		t.Fatalf("chunks %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("chunk %d = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestProseType(t *testing.T) {
	for in, want := range map[string]string{"PERSON": "PER", "GPE": "LOC", "FACILITY": "LOC", "ORGANIZATION": "ORG", "ORG": "ORG", "DATE": "MISC"} {
		if got := proseType(in); got != want {
			t.Errorf("proseType(%q) = %q, want %q", in, got, want)
		}
	}
}
