package ner

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

// TestEvalEntities scores Extract on MEANTIME's apple topic. MEANTIME
// annotates only the entities its topic is about, with spans that include
// possessors ("Apple 's OS X Tiger"), so precision is low by design.
func TestEvalEntities(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "meantime-english", "intra_cross-doc_annotation", "corpus_apple")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("MEANTIME not available: %v", err)
	}
	sc, err := newExtractor(t).EvalEntities(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d documents: mentions P %.1f R %.1f F1 %.1f; typed F1 %.1f; B-cubed P %.1f R %.1f F1 %.1f; cross-document B-cubed F1 %.1f; on found mentions %.1f and %.1f",
		sc.Documents, sc.Mentions.Precision, sc.Mentions.Recall, sc.Mentions.F1, sc.TypedMentions.F1,
		sc.BCubed.Precision, sc.BCubed.Recall, sc.BCubed.F1, sc.CrossBCubed.F1, sc.MatchedBCubed.F1, sc.MatchedCrossBCubed.F1)
	if sc.Documents != 30 || sc.Mentions.Gold == 0 {
		t.Fatalf("read %d documents, %d gold mentions", sc.Documents, sc.Mentions.Gold)
	}
	// Floors at the figures measured with the embedded model. The scores
	// on found mentions depend on which mentions are found: the model of
	// eng.train+testa finds more "Apple Computer" mentions (recall 54.5 ->
	// 57.8), which MEANTIME counts as Apple Inc., so they fell (91.2 ->
	// 89.4) while every score over all mentions rose. A first name alone
	// joins the one person of its document with that first name ("Steve
	// called podcasting ..." is Steve Jobs, as the gold REFERS_TO says):
	// those gold mentions have no syntactic type, so they are not scored
	// as names, and joining them to the cluster they belong to lowers
	// B-cubed precision over all mentions (62.08 -> 61.80, across documents
	// 42.63 -> 42.36) while the scores on found mentions stay (95.0, 89.5).
	// The same holds for the untyped "Steve" of "I will miss Steve": read as
	// the title "Miss" it had been an entity "miss Steve" of its own; now
	// a lower-case "miss" is no title, it joins the document's other "Steve"
	// mentions (across documents 42.40 -> 42.26, found mentions unchanged).
	if sc.Mentions.F1 < 36.3 || sc.BCubed.F1 < 61.79 || sc.CrossBCubed.F1 < 42.25 || sc.MatchedCrossBCubed.F1 < 89.4 {
		t.Errorf("mention F1 %.1f, B-cubed F1 %.1f, cross-document %.1f, on found mentions %.1f: lower than measured",
			sc.Mentions.F1, sc.BCubed.F1, sc.CrossBCubed.F1, sc.MatchedCrossBCubed.F1)
	}
}

// TestBCubed pins B-cubed on a hand-made case: gold {a b c} {d}, system
// {a b} {c d}, and e found by the system only (a singleton in gold).
func TestBCubed(t *testing.T) {
	ms := []b3Mention{
		{inGold: true, inPred: true, goldCross: "G1", predCross: "P1"},
		{inGold: true, inPred: true, goldCross: "G1", predCross: "P1"},
		{inGold: true, inPred: true, goldCross: "G1", predCross: "P2"},
		{inGold: true, inPred: true, goldCross: "G2", predCross: "P2"},
		{inPred: true, goldCross: "g:e", predCross: "P2"},
	}
	sc := bcubed(ms, func(m *b3Mention) string { return m.goldCross }, func(m *b3Mention) string { return m.predCross })
	// precision: a 2/2, b 2/2, c 1/3, d 1/3, e 1/3 -> 3/5 = 60%
	// recall: a 2/3, b 2/3, c 1/3, d 1/1 -> 8/3 / 4 = 66.67%
	if sc.Predicted != 5 || sc.Gold != 4 {
		t.Fatalf("counted %d predicted, %d gold; want 5, 4", sc.Predicted, sc.Gold)
	}
	if math.Abs(sc.Precision-60) > 1e-9 || math.Abs(sc.Recall-200.0/3) > 1e-9 {
		t.Errorf("P %.4f R %.4f; want 60, 66.6667", sc.Precision, sc.Recall)
	}
	if want := 2 * 60 * (200.0 / 3) / (60 + 200.0/3); math.Abs(sc.F1-want) > 1e-9 {
		t.Errorf("F1 %.4f, want %.4f", sc.F1, want)
	}
}
