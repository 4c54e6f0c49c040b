package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"

	"github.com/chronograph/chronograph"
)

func runIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ingest", "FILE|DIR...", stderr)
	db := dbFlag(fs, "database directory (created if missing)")
	date := fs.String("date", "", "use this date (YYYY-MM-DD) for every document, overriding what they say")
	workers := fs.Int("workers", 0, "extraction workers (0: one per CPU)")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile (pprof) of the ingest to this file")
	skip := fs.Int("skip", 0, "skip the first N articles (in sorted path order, records in file order)")
	limit := fs.Int("limit", 0, "ingest at most N articles (0: all)")
	quiet := fs.Bool("quiet", false, "no progress bar, only the summary line (the default when stderr is not a terminal)")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fs.Usage()
		return fmt.Errorf("ingest: no files or folders given: %w", errUsage)
	}
	limitMemory()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	p, err := chronograph.Open(*db, chronograph.Options{Workers: *workers, Date: *date})
	if err != nil {
		return err
	}
	defer p.Close()
	opts := chronograph.IngestOptions{Skip: *skip, Limit: *limit}
	finish := func() {}
	if !*quiet && isTerminal(stderr) {
		opts.Progress, finish = newProgressBar(stderr, inputSize(paths))
	}
	rep, err := p.Ingest(ctx, paths, opts)
	finish()
	for _, e := range rep.Errors {
		fmt.Fprintln(stderr, "error:", e)
	}
	fmt.Fprintf(stdout, "ingested %d documents into %s: %d new, %d unchanged, %d failed; %d words in %.2fs\n",
		rep.Documents, *db, rep.Added, rep.Unchanged, rep.Failed, rep.Words, rep.Elapsed.Seconds())
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted: the %d documents stored so far are kept; run the same command again to go on", rep.Added)
		}
		return err
	}
	if rep.Failed > 0 {
		return fmt.Errorf("%d files or records could not be ingested: %w", rep.Failed, errReported)
	}
	return nil
}
