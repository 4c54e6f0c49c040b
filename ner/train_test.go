package ner

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// tinyCoNLL is a few documents of CoNLL-2003 text in IOB1.
const tinyCoNLL = `-DOCSTART- -X- -X- O

John NNP B-NP I-PER
Smith NNP I-NP I-PER
visited VBD B-VP O
Paris NNP B-NP I-LOC
. . O O

Acme NNP B-NP I-ORG
Corp NNP I-NP I-ORG
hired VBD B-VP O
Mary NNP B-NP I-PER
Jones NNP I-NP I-PER
in IN B-PP O
Berlin NNP B-NP I-LOC
. . O O

-DOCSTART- -X- -X- O

Mary NNP B-NP I-PER
Jones NNP I-NP I-PER
left VBD B-VP O
Acme NNP B-NP I-ORG
Corp NNP I-NP I-ORG
for IN B-PP O
a DT B-NP O
German JJ I-NP I-MISC
rival NN I-NP O
. . O O

`

func trainTiny(t *testing.T, runs int) []byte {
	t.Helper()
	m, err := Train(strings.NewReader(tinyCoNLL), nil, TrainOptions{
		Epochs: 3, Folds: 2, Runs: runs,
		Unlabeled: []io.Reader{strings.NewReader("Smith visited Paris on Monday.\nJones visited Berlin on Tuesday.\nSmith visited Rome on Friday.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.clusters) == 0 {
		t.Error("no word classes learnt")
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTrainDeterministic(t *testing.T) {
	for _, runs := range []int{1, 3} {
		a, b := trainTiny(t, runs), trainTiny(t, runs)
		if !bytes.Equal(a, b) {
			t.Errorf("runs=%d: two trainings on the same data differ", runs)
		}
	}
}

func TestMix(t *testing.T) {
	a := map[uint64][]weight{1: {{cls: 2, w: 1}, {cls: 5, w: 3}}, 2: {{cls: 1, w: 2}}}
	b := map[uint64][]weight{1: {{cls: 5, w: 1}}, 3: {{cls: 4, w: -2}}}
	got := mix([]map[uint64][]weight{a, b})
	want := map[uint64][]weight{1: {{cls: 2, w: 0.5}, {cls: 5, w: 2}}, 2: {{cls: 1, w: 1}}, 3: {{cls: 4, w: -1}}}
	if len(got) != len(want) {
		t.Fatalf("got %d features, want %d", len(got), len(want))
	}
	for f, ws := range want {
		if len(got[f]) != len(ws) {
			t.Fatalf("feature %d: got %v, want %v", f, got[f], ws)
		}
		for i := range ws {
			if got[f][i] != ws[i] {
				t.Errorf("feature %d: got %v, want %v", f, got[f], ws)
			}
		}
	}
}
