package main

import (
	"context"
	"fmt"
	"io"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/ner"
)

// runEvalEntities scores entity mentions and their grouping into entities
// against MEANTIME's gold annotation (CAT XML).
func runEvalEntities(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval entities", "", stderr)
	dir := fs.String("meantime", "", "folder of MEANTIME CAT XML files (e.g. ../shared/data/meantime-english/intra_cross-doc_annotation/corpus_apple)")
	fmtFlag := fs.String("format", "text", "output format: text or json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := format("eval entities", *fmtFlag, "text", "json"); err != nil {
		return err
	}
	if *dir == "" {
		fs.Usage()
		return fmt.Errorf("eval entities: --meantime DIR is required: %w", errUsage)
	}
	x, err := ner.New()
	if err != nil {
		return err
	}
	s, err := x.EvalEntities(*dir)
	if err != nil {
		return err
	}
	if s.Documents == 0 {
		return fmt.Errorf("eval entities: no CAT XML files in %s", *dir)
	}
	if *fmtFlag == "json" {
		return chronograph.WriteJSON(stdout, s)
	}
	fmt.Fprintf(stdout, "MEANTIME %s: %d documents\n", *dir, s.Documents)
	for _, row := range []struct {
		name string
		s    ner.TypeScore
	}{{"mentions (span)", s.Mentions}, {"mentions (span and kind)", s.TypedMentions},
		{"entities, in each document (B-cubed)", s.BCubed}, {"entities, across documents (B-cubed)", s.CrossBCubed},
		{"  on found mentions, in each document", s.MatchedBCubed}, {"  on found mentions, across documents", s.MatchedCrossBCubed}} {
		fmt.Fprintf(stdout, "%-40s precision %6.2f%%; recall %6.2f%%; F1 %6.2f\n", row.name, row.s.Precision, row.s.Recall, row.s.F1)
	}
	return nil
}
