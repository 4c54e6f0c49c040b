package main

import (
	"context"
	"fmt"
	"io"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/store"
)

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", "", stderr)
	db := dbFlag(fs, "database directory")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	p, err := open(*db, chronograph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer p.Close()
	c, ok := p.Store().(store.Checker)
	if !ok {
		return fmt.Errorf("check: this store cannot verify itself")
	}
	problems, err := c.Check(ctx)
	if err != nil {
		return err
	}
	st, err := p.Store().Stats(ctx)
	if err != nil {
		return err
	}
	if st.GraphDocuments != st.Documents {
		problems = append(problems, store.Problem{Key: "graph",
			Message: fmt.Sprintf("graph built from %d documents but %d are stored (run ingest again to rebuild it)", st.GraphDocuments, st.Documents)})
	}
	for _, pr := range problems {
		fmt.Fprintf(stdout, "%s: %s\n", pr.Key, pr.Message)
	}
	if len(problems) > 0 {
		// errReported keeps main quiet, so the summary is printed here.
		fmt.Fprintf(stdout, "%s is inconsistent: %d problems\n", *db, len(problems))
		return fmt.Errorf("%d problems in %s: %w", len(problems), *db, errReported)
	}
	fmt.Fprintf(stdout, "%s is consistent: %d documents, %d entities, %d events\n", *db, st.Documents, st.Entities, st.Events)
	return nil
}
