package graph

import (
	"os/exec"
	"strings"
	"testing"
)

func dotFixture() *Snapshot {
	return &Snapshot{
		Entities: []Entity{
			{ID: "per:donald-trump", Name: "Donald Trump", Kind: Person},
			{ID: "per:claudia-sheinbaum", Name: "Claudia Sheinbaum", Kind: Person},
			{ID: "org:evil", Name: `<b onmouseover="x">"Graph" \ node</b>`, Kind: Organization},
			{ID: "loc:mexico", Name: "Mexico", Kind: Place},
		},
		Events: []Event{
			{ID: "ev:1", Type: Call, Date: DayDate(mustDay("2025-04-16")), Title: "Donald Trump called Claudia Sheinbaum",
				Participants: []Participant{{ID: "per:donald-trump", Role: Agent}, {ID: "per:claudia-sheinbaum", Role: Target}}},
			{ID: "ev:2", Type: Rejection, Title: "Claudia Sheinbaum rejected the offer",
				Participants: []Participant{{ID: "per:claudia-sheinbaum", Role: Agent}, {ID: "loc:mexico", Role: Involved}, {ID: "org:evil", Role: Involved}}},
		},
	}
}

func TestEncodeDOT(t *testing.T) {
	s := dotFixture()
	a, err := EncodeDOT(s, DOTOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := EncodeDOT(s, DOTOptions{})
	if string(a) != string(b) {
		t.Fatal("DOT output differs between runs")
	}
	out := string(a)
	for _, want := range []string{
		"\"per:donald-trump\" [\n    label=\"Donald Trump\"",
		`shape=hexagon`,
		`label="call · 2025-04-16\nDonald Trump called Claudia Sheinbaum"`,
		`"per:donald-trump" -> "ev:1" [label="agent"]`,
		`"ev:1" -> "per:claudia-sheinbaum" [label="target"]`,
		`label="<b onmouseover=\"x\">\"Graph\" \\ node</b>"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("DOT lacks %s\n%s", want, out)
		}
	}
	if strings.Contains(out, "label=<") {
		t.Errorf("a label was written as HTML:\n%s", out)
	}
	if dotBin, err := exec.LookPath("dot"); err == nil {
		cmd := exec.Command(dotBin, "-Tsvg")
		cmd.Stdin = strings.NewReader(out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("dot rejects the output: %v\n%s", err, msg)
		}
	}
}

func TestEncodeDOTFocus(t *testing.T) {
	s := dotFixture()
	b, err := EncodeDOT(s, DOTOptions{Focus: "per:donald-trump", Depth: 1})
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	if !strings.Contains(out, "ev:1") || strings.Contains(out, "loc:mexico") || strings.Contains(out, "ev:2") {
		t.Errorf("focus on Trump at depth 1 should keep the call and drop Mexico and the rejection:\n%s", out)
	}
}
