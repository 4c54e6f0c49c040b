package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const semevalData = "../../../shared/data/semeval2015-task4-timeline"

// semevalTrialF1 is the micro-averaged temporal-awareness F1 (in percent)
// the pipeline reaches from raw text on the SemEval-2015 Task 4 trial data;
// the test fails if a change lowers it.
const semevalTrialF1 = 47.8

// TestSemEvalTrial runs the task end to end the way a user would: ingest
// the 30 trial CAT files, write `timeline --entity NAME --format semeval`
// for every gold target entity, and score with `eval timelines`.
func TestSemEvalTrial(t *testing.T) {
	corpus := filepath.Join(semevalData, "Corpus-trial-data_task4")
	goldDir := filepath.Join(semevalData, "TimeLines_trial_data_task4_v1.2")
	gold, _ := filepath.Glob(filepath.Join(goldDir, "*.txt"))
	if _, err := os.Stat(corpus); err != nil || len(gold) == 0 {
		t.Skip("SemEval-2015 Task 4 trial data not present")
	}
	if testing.Short() {
		t.Skip("ingests 30 documents")
	}
	tmp := t.TempDir()
	db, sysDir := filepath.Join(tmp, "db"), filepath.Join(tmp, "system")
	if err := os.Mkdir(sysDir, 0o755); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, "ingest", "--db", db, corpus)
	for _, f := range gold {
		entity := firstLine(t, f)
		out := mustCLI(t, "timeline", "--db", db, "--entity", entity, "--format", "semeval")
		if !strings.HasPrefix(out, entity+"\n") {
			t.Errorf("%s: timeline does not start with the entity name: %.40q", entity, out)
		}
		if err := os.WriteFile(filepath.Join(sysDir, filepath.Base(f)), []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := scoreTimelineDirs(t.Context(), goldDir, sysDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range rep.Timelines {
		t.Logf("%-22s P %5.1f R %5.1f F1 %5.1f (system %d, gold %d relations)", s.Entity,
			100*s.Precision, 100*s.Recall, 100*s.F1, s.Counts.SystemRelations, s.Counts.GoldRelations)
	}
	tot := rep.Total
	t.Logf("micro-average over %d timelines: P %.1f R %.1f F1 %.1f", tot.Counts.Timelines, 100*tot.Precision, 100*tot.Recall, 100*tot.F1)
	if 100*tot.F1 < semevalTrialF1 {
		t.Errorf("F1 %.1f fell below %.1f", 100*tot.F1, semevalTrialF1)
	}
}

func firstLine(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	return strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
}
