package ner

import (
	"os"
	"path/filepath"
	"testing"
)

// TestEvalEntities scores Extract on MEANTIME's apple topic. MEANTIME
// annotates only the entities its topic is about, with spans that include
// possessors ("Apple 's OS X Tiger"), so precision is low by design.
func TestEvalEntities(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "meantime-english", "intra-doc_annotation", "corpus_apple")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("MEANTIME not available: %v", err)
	}
	sc, err := newExtractor(t).EvalEntities(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d documents: mentions P %.1f R %.1f F1 %.1f; typed F1 %.1f; B-cubed P %.1f R %.1f F1 %.1f",
		sc.Documents, sc.Mentions.Precision, sc.Mentions.Recall, sc.Mentions.F1, sc.TypedMentions.F1,
		sc.BCubed.Precision, sc.BCubed.Recall, sc.BCubed.F1)
	if sc.Documents != 30 || sc.Mentions.Gold == 0 {
		t.Fatalf("read %d documents, %d gold mentions", sc.Documents, sc.Mentions.Gold)
	}
	if sc.Mentions.F1 < 30 || sc.BCubed.F1 < 55 {
		t.Errorf("mention F1 %.1f, B-cubed F1 %.1f: lower than ever measured", sc.Mentions.F1, sc.BCubed.F1)
	}
}
