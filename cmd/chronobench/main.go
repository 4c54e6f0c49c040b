// Command chronobench measures Chronograph end to end on a real corpus and
// prints a Markdown report for BENCHMARKS.md: ingestion throughput with one
// and two workers at several corpus sizes, peak memory (RSS), database
// size, re-ingest and incremental ingest costs, query latency percentiles,
// and prose's built-in pipeline on the same text for the ratio.
//
//	go run ./cmd/chronobench --data ../shared/data/reuters21578
//
// It builds the chronograph command and runs each ingest as a child process
// on a fresh database, so each memory figure is that process's own peak.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/ner"
	"github.com/chronograph/chronograph/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "chronobench:", err)
		os.Exit(1)
	}
}

type config struct {
	data      string
	sizes     []int
	proseDocs int
	queries   int
	work      string
	bin       string
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("chronobench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data/reuters21578", "corpus folder (Reuters-21578 .sgm files)")
	sizes := fs.String("sizes", "1000,5000,all", "corpus sizes to ingest, in documents (all: the whole corpus)")
	proseDocs := fs.Int("prose-docs", 1000, "documents timed through prose's built-in pipeline")
	queries := fs.Int("queries", 300, "queries of each kind timed for the latency percentiles")
	work := fs.String("work", "", "folder for the databases (default: a temporary folder, removed at the end)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if _, err := os.Stat(*data); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	cfg := config{data: *data, proseDocs: *proseDocs, queries: *queries, work: *work}
	total, err := countArticles(ctx, cfg.data)
	if err != nil {
		return err
	}
	for _, s := range strings.Split(*sizes, ",") {
		if s == "all" {
			cfg.sizes = append(cfg.sizes, total)
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			return fmt.Errorf("--sizes: bad size %q", s)
		}
		cfg.sizes = append(cfg.sizes, min(n, total))
	}
	sort.Ints(cfg.sizes)
	if cfg.work == "" {
		dir, err := os.MkdirTemp("", "chronobench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		cfg.work = dir
	}
	cfg.bin = filepath.Join(cfg.work, "chronograph")
	fmt.Fprintln(stderr, "building chronograph...")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", cfg.bin, "./cmd/chronograph").CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./cmd/chronograph (run from the repository root): %v\n%s", err, out)
	}
	return bench(ctx, cfg, total, stdout, stderr)
}

// countArticles counts the corpus's articles as ingest will see them.
func countArticles(ctx context.Context, dir string) (int, error) {
	n := 0
	err := chronograph.Walk(ctx, []string{dir}, func(chronograph.Article) error { n++; return nil }, func(error) {})
	return n, err
}

// ingestRun is one measured child-process ingest.
type ingestRun struct {
	docs, words int
	wall        time.Duration
	maxRSS      int64 // bytes
	// maxAnon is the largest anonymous resident memory sampled (the Go
	// heap and runtime), and fileAtPeak the file-backed resident memory
	// (Badger's memory-mapped logs and tables) at the largest sampled
	// total: bytes, zero where /proc is not readable.
	maxAnon, fileAtPeak int64
	dbSize              int64
}

func (r ingestRun) docsPerSec() float64  { return float64(r.docs) / r.wall.Seconds() }
func (r ingestRun) wordsPerSec() float64 { return float64(r.words) / r.wall.Seconds() }

// ingest runs `chronograph ingest` on db with the given flags and measures
// it. cores, when positive, limits the process to that many cores
// (GOMAXPROCS), the garbage collector and the store's goroutines included.
func ingest(ctx context.Context, cfg config, db string, workers, cores, skip, limit int) (ingestRun, error) {
	args := []string{"ingest", "--quiet", "--db", db, "--workers", strconv.Itoa(workers),
		"--skip", strconv.Itoa(skip), "--limit", strconv.Itoa(limit), cfg.data}
	cmd := exec.CommandContext(ctx, cfg.bin, args...)
	cmd.Env = os.Environ()
	if cores > 0 {
		cmd.Env = append(cmd.Env, "GOMAXPROCS="+strconv.Itoa(cores))
	}
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return ingestRun{}, fmt.Errorf("%s %s: %v", cfg.bin, strings.Join(args, " "), err)
	}
	sampled := make(chan [2]int64, 1)
	done := make(chan struct{})
	go func() { sampled <- sampleRSS(cmd.Process.Pid, done) }()
	err := cmd.Wait()
	r := ingestRun{wall: time.Since(start)}
	close(done)
	mem := <-sampled
	r.maxAnon, r.fileAtPeak = mem[0], mem[1]
	if err != nil {
		return r, fmt.Errorf("%s %s: %v\n%s", cfg.bin, strings.Join(args, " "), err, out.String())
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss * 1024
	}
	// "ingested N documents into DB: A new, U unchanged, F failed; W words in S"
	line := out.String()
	if i := strings.Index(line, "ingested "); i >= 0 {
		var n, a, u, f, w int
		var rest string
		fmt.Sscanf(line[i:], "ingested %d documents into %s %d new, %d unchanged, %d failed; %d words", &n, &rest, &a, &u, &f, &w)
		r.docs, r.words = a, w
	}
	r.dbSize = dirSize(db)
	return r, nil
}

// sampleRSS reads the resident memory of process pid from /proc every 50 ms
// until done is closed, and returns the largest anonymous part seen and the
// file-backed part at the largest total. getrusage gives only the total,
// and the file-backed pages (Badger writes and reads its files through
// memory maps) are page cache the kernel reclaims under pressure, unlike
// the heap.
func sampleRSS(pid int, done <-chan struct{}) [2]int64 {
	var maxAnon, fileAtPeak, maxTotal int64
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid)); err == nil {
			var anon, file, shmem int64
			for _, l := range strings.Split(string(b), "\n") {
				var kb int64
				switch {
				case strings.HasPrefix(l, "RssAnon:"):
					fmt.Sscanf(l, "RssAnon: %d", &kb)
					anon = kb << 10
				case strings.HasPrefix(l, "RssFile:"):
					fmt.Sscanf(l, "RssFile: %d", &kb)
					file = kb << 10
				case strings.HasPrefix(l, "RssShmem:"):
					fmt.Sscanf(l, "RssShmem: %d", &kb)
					shmem = kb << 10
				}
			}
			maxAnon = max(maxAnon, anon)
			if t := anon + file + shmem; t > maxTotal {
				maxTotal, fileAtPeak = t, file+shmem
			}
		}
		select {
		case <-done:
			return [2]int64{maxAnon, fileAtPeak}
		case <-tick.C:
		}
	}
}

func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && info.Mode().IsRegular() {
			n += info.Size()
		}
		return nil
	})
	return n
}

func bench(ctx context.Context, cfg config, total int, stdout, stderr io.Writer) error {
	w := func(format string, a ...any) { fmt.Fprintf(stdout, format, a...) }
	host, _ := os.Hostname()
	w("## Run of %s\n\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	w("Machine: %s, %d CPUs, %s %s/%s. Corpus: %s (%d documents).\n", host, runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH, cfg.data, total)
	w("Command: `go run ./cmd/chronobench --data %s`\n\n", cfg.data)

	// Scaling: each size into a fresh database, two workers; the largest
	// also with one worker on one core (GOMAXPROCS=1) and with one worker
	// free to use both cores for everything but extraction (garbage
	// collection, the store's compactions).
	w("| documents | workers | cores | words | time | docs/s | words/s | peak RSS | of which file-backed | largest anonymous | database |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
	var full1, full1all, full2 ingestRun
	largest := cfg.sizes[len(cfg.sizes)-1]
	type setup struct{ workers, cores int }
	for _, n := range cfg.sizes {
		setups := []setup{{2, runtime.NumCPU()}}
		if n == largest {
			setups = append(setups, setup{1, 1}, setup{1, runtime.NumCPU()})
		}
		for _, su := range setups {
			fmt.Fprintf(stderr, "ingesting %d documents with %d worker(s) on %d core(s)...\n", n, su.workers, su.cores)
			db := filepath.Join(cfg.work, fmt.Sprintf("db-%d-%d-%d", n, su.workers, su.cores))
			r, err := ingest(ctx, cfg, db, su.workers, su.cores, 0, n)
			if err != nil {
				return err
			}
			w("| %d | %d | %d | %d | %.1f s | %.0f | %.0f | %.0f MB | %.0f MB | %.0f MB | %.0f MB |\n", r.docs, su.workers, su.cores, r.words,
				r.wall.Seconds(), r.docsPerSec(), r.wordsPerSec(), float64(r.maxRSS)/1e6, float64(r.fileAtPeak)/1e6,
				float64(r.maxAnon)/1e6, float64(r.dbSize)/1e6)
			switch {
			case n != largest:
			case su.workers == 2:
				full2 = r
			case su.cores == 1:
				full1 = r
			default:
				full1all = r
			}
		}
	}
	fullDB := filepath.Join(cfg.work, fmt.Sprintf("db-%d-2-%d", largest, runtime.NumCPU()))
	w("\nTwo workers on %d cores vs one worker on one core, %d documents: **%.2fx** (vs one worker with %d cores available: %.2fx).\n",
		runtime.NumCPU(), largest, full1.wall.Seconds()/full2.wall.Seconds(), runtime.NumCPU(), full1all.wall.Seconds()/full2.wall.Seconds())

	// Re-ingesting an unchanged corpus.
	fmt.Fprintln(stderr, "re-ingesting the unchanged corpus...")
	re, err := ingest(ctx, cfg, fullDB, 2, 0, 0, largest)
	if err != nil {
		return err
	}
	w("Re-ingesting the unchanged %d documents: %.2f s (peak RSS %.0f MB).\n", largest, re.wall.Seconds(), float64(re.maxRSS)/1e6)

	// Incremental: the last 100 documents into a database holding the rest,
	// against the same 100 into an empty database.
	if largest > 200 {
		fmt.Fprintln(stderr, "measuring incremental ingest...")
		base := filepath.Join(cfg.work, "db-incremental")
		if _, err := ingest(ctx, cfg, base, 2, 0, 0, largest-100); err != nil {
			return err
		}
		inc, err := ingest(ctx, cfg, base, 2, 0, largest-100, 100)
		if err != nil {
			return err
		}
		empty, err := ingest(ctx, cfg, filepath.Join(cfg.work, "db-100"), 2, 0, largest-100, 100)
		if err != nil {
			return err
		}
		w("100 new documents: %.2f s into the database of %d (peak RSS %.0f MB, %.0f MB of it file-backed), %.2f s into an empty one (**%.2fx**).\n",
			inc.wall.Seconds(), largest-100, float64(inc.maxRSS)/1e6, float64(inc.fileAtPeak)/1e6, empty.wall.Seconds(),
			inc.wall.Seconds()/empty.wall.Seconds())
	}

	// Query latency on the full database.
	fmt.Fprintln(stderr, "timing queries...")
	if err := queryLatency(ctx, cfg, fullDB, w); err != nil {
		return err
	}

	// prose's built-in pipeline on the same text, one core.
	fmt.Fprintln(stderr, "timing prose's built-in pipeline...")
	pw, pdocs, err := proseSpeed(ctx, cfg)
	if err != nil {
		return err
	}
	w("\nprose's built-in pipeline (tokenize, tag, extract; model loaded once), one goroutine, first %d documents: %.0f words/s.\n", pdocs, pw)
	w("**Ratio: Chronograph end to end with one worker on one core %.0f words/s = %.1fx prose's pipeline; with two workers %.1fx.**\n",
		full1.wordsPerSec(), full1.wordsPerSec()/pw, full2.wordsPerSec()/pw)
	return nil
}

func queryLatency(ctx context.Context, cfg config, db string, w func(string, ...any)) error {
	p, err := chronograph.Open(db, chronograph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer p.Close()
	ents, err := p.Entities(ctx, "")
	if err != nil {
		return err
	}
	if len(ents) == 0 {
		return errors.New("no entities in the benchmark database")
	}
	top := ents[:min(len(ents), 100)]
	type kind struct {
		name string
		fn   func(e *graph.Entity) error
	}
	kinds := []kind{
		{"timeline of an entity", func(e *graph.Entity) error {
			_, err := p.Timeline(ctx, store.EventQuery{Entity: e.ID})
			return err
		}},
		{"entity profile", func(e *graph.Entity) error { _, err := p.Profile(ctx, e); return err }},
		{"relations, depth 2", func(e *graph.Entity) error {
			_, _, err := p.RelatedWithin(ctx, e, 2, graph.DefaultRelatedLimit)
			return err
		}},
	}
	w("\n| query (%d entities, most mentioned first) | p50 | p99 |\n|---|---|---|\n", len(top))
	for _, k := range kinds {
		var lat []time.Duration
		for i := 0; i < cfg.queries; i++ {
			e := &top[i%len(top)]
			start := time.Now()
			if err := k.fn(e); err != nil {
				return err
			}
			lat = append(lat, time.Since(start))
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		w("| %s | %s | %s |\n", k.name, round(lat[len(lat)/2]), round(lat[len(lat)*99/100]))
	}
	return nil
}

func round(d time.Duration) string {
	if d < time.Millisecond {
		return fmt.Sprintf("%.0f µs", float64(d)/1e3)
	}
	return fmt.Sprintf("%.1f ms", float64(d)/1e6)
}

// proseSpeed runs prose's built-in pipeline over the first documents' text
// in one goroutine and returns its words per second.
func proseSpeed(ctx context.Context, cfg config) (float64, int, error) {
	var texts []string
	err := chronograph.Walk(ctx, []string{cfg.data}, func(a chronograph.Article) error {
		if len(texts) >= cfg.proseDocs {
			return errStop
		}
		texts = append(texts, a.Text)
		return nil
	}, func(error) {})
	if err != nil && !errors.Is(err, errStop) {
		return 0, 0, err
	}
	pt := ner.NewProseTagger()
	pt.Document("Warm up the model.")
	words := 0
	start := time.Now()
	for _, t := range texts {
		if _, _, err := pt.Document(t); err != nil {
			return 0, 0, err
		}
		words += len(strings.Fields(t))
	}
	return float64(words) / time.Since(start).Seconds(), len(texts), nil
}

var errStop = errors.New("enough")
