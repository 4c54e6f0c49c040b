package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/chronograph/chronograph/timeline"
)

// timelinesReport is the JSON form of `chronograph eval timelines`.
type timelinesReport struct {
	Timelines []timelineScore `json:"timelines"`
	Total     timelineScore   `json:"total"`
}

// timelineScore is the temporal-awareness score of one timeline (or, for
// the total, of all of them, micro-averaged).
type timelineScore struct {
	File      string                `json:"file,omitempty"`
	Entity    string                `json:"entity,omitempty"`
	Missing   bool                  `json:"missing,omitempty"` // no system timeline
	Counts    timeline.SemEvalScore `json:"counts"`
	Precision float64               `json:"precision"`
	Recall    float64               `json:"recall"`
	F1        float64               `json:"f1"`
}

func newTimelineScore(file, entity string, c timeline.SemEvalScore) timelineScore {
	return timelineScore{File: file, Entity: entity, Counts: c,
		Precision: c.Precision(), Recall: c.Recall(), F1: c.F1()}
}

// runEvalTimelines scores SemEval-2015 Task 4 timelines:
// `chronograph eval timelines --gold DIR --system DIR [--format text|json]`.
// Every gold file (*.txt) is paired with the system file of the same name;
// a missing system file scores as an empty timeline.
func runEvalTimelines(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval timelines", "", stderr)
	goldDir := fs.String("gold", "", "directory of gold SemEval timelines (one ENTITY.txt per target entity)")
	sysDir := fs.String("system", "", "directory of system timelines with the gold files' names")
	form := fs.String("format", "text", "output format: text or json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := format("eval timelines", *form, "text", "json"); err != nil {
		return err
	}
	if *goldDir == "" || *sysDir == "" {
		return fmt.Errorf("eval timelines: --gold DIR and --system DIR are required: %w", errUsage)
	}
	rep, err := scoreTimelineDirs(ctx, *goldDir, *sysDir)
	if err != nil {
		return err
	}
	if *form == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprintf(stdout, "%-36s %6s %6s %6s %9s %9s\n", "timeline", "P", "R", "F1", "sys rel", "gold rel")
	for _, s := range append(rep.Timelines, rep.Total) {
		name := s.Entity
		if s.File == "" {
			name = fmt.Sprintf("micro-average (%d timelines)", s.Counts.Timelines)
		} else if s.Missing {
			name += " (no system file)"
		}
		fmt.Fprintf(stdout, "%-36s %6.2f %6.2f %6.2f %9d %9d\n", name, 100*s.Precision, 100*s.Recall, 100*s.F1,
			s.Counts.SystemRelations, s.Counts.GoldRelations)
	}
	return nil
}

// scoreTimelineDirs scores every gold timeline of goldDir against the
// same-named file of sysDir, in file-name order.
func scoreTimelineDirs(ctx context.Context, goldDir, sysDir string) (*timelinesReport, error) {
	files, err := filepath.Glob(filepath.Join(goldDir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("eval timelines: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("eval timelines: no .txt timelines in %s", goldDir)
	}
	if st, err := os.Stat(sysDir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("eval timelines: --system %s is not a directory", sysDir)
	}
	sort.Strings(files)
	rep := &timelinesReport{}
	var total timeline.SemEvalScore
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		base := filepath.Base(f)
		entity, gold, err := readTimelineFile(f)
		if err != nil {
			return nil, err
		}
		_, sys, err := readTimelineFile(filepath.Join(sysDir, base))
		missing := errors.Is(err, os.ErrNotExist)
		if err != nil && !missing {
			return nil, err
		}
		sc := timeline.ScoreSemEval(gold, sys)
		total.Add(sc)
		s := newTimelineScore(base, entity, sc)
		s.Missing = missing
		rep.Timelines = append(rep.Timelines, s)
	}
	rep.Total = newTimelineScore("", "", total)
	return rep, nil
}

func readTimelineFile(path string) (string, []timeline.SemEvalRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", nil, fmt.Errorf("eval timelines: %w", err)
	}
	defer f.Close()
	entity, rows, err := timeline.ReadSemEval(f)
	if err != nil {
		return "", nil, fmt.Errorf("eval timelines: %s: %w", path, err)
	}
	return entity, rows, nil
}
