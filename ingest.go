package chronograph

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/chronograph/chronograph/graph"
)

// Report tells what an Ingest did.
type Report struct {
	// Documents is the number of articles read.
	Documents int `json:"documents"`
	// Added is the number of new documents stored.
	Added int `json:"added"`
	// Unchanged is the number of documents already stored (same content).
	Unchanged int `json:"unchanged"`
	// Failed is the number of files or records that could not be read or
	// analysed; Errors says why, naming each.
	Failed int     `json:"failed"`
	Errors []error `json:"-"`
	// Words is the number of words in the added documents.
	Words int `json:"words"`
	// Elapsed is the wall time of the whole ingest, consolidation included.
	Elapsed time.Duration `json:"elapsed"`
}

// Progress is reported while ingesting.
type Progress struct {
	Documents, Added, Unchanged, Failed, Words int
	// Bytes is the size of the articles read so far.
	Bytes int64
	Path  string
}

// IngestOptions adjusts one Ingest call. The zero value works.
type IngestOptions struct {
	// Progress, when set, is called from one goroutine after each article.
	Progress func(Progress)
	// Skip and Limit, when positive, take only the articles after the first
	// Skip, and at most Limit of them, in the order Walk visits them
	// (sorted paths, records in file order): for sampling a large corpus.
	Skip, Limit int
}

// errEnough stops a walk once IngestOptions.Limit articles were taken.
var errEnough = errors.New("chronograph: article limit reached")

type analysed struct {
	doc    *graph.Document
	tokens []graph.Token
	words  int
	// known marks a document already stored.
	known bool
	err   error
	// storeErr is a failure to store the document: it stops the ingest.
	storeErr error
	art      *Article
}

// Ingest reads the articles in paths (files or folders), stores every new
// document and rebuilds the consolidated graph. Articles already stored are
// skipped. An unreadable file or record is reported in Report.Errors and
// the rest goes on; the returned error is non-nil only when the store
// fails or ctx is cancelled, and what was stored before stays stored.
func (p *Pipeline) Ingest(ctx context.Context, paths []string, opts IngestOptions) (*Report, error) {
	start := time.Now()
	rep := &Report{}
	defer func() { rep.Elapsed = time.Since(start) }()
	x, err := p.extractor()
	if err != nil {
		return rep, err
	}
	var flagDate graph.Date
	if p.opts.Date != "" {
		flagDate, err = graph.ParseDate(p.opts.Date)
		if err != nil {
			return rep, fmt.Errorf("chronograph: --date: %w", err)
		}
	}

	// Ask for the store's counts now, while counting is cheap on a new
	// database: a store may keep its document count up to date from here
	// (badgerstore does), so that consolidation need not count them all.
	if _, err := p.st.Stats(ctx); err != nil {
		return rep, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	arts := make(chan Article, p.opts.Workers*2)
	results := make(chan analysed, p.opts.Workers*2)
	var walkErrs []error
	var walkMu sync.Mutex
	var walkErr error
	go func() {
		defer close(arts)
		n := 0
		walkErr = Walk(ctx, paths, func(a Article) error {
			n++
			if n <= opts.Skip {
				return nil
			}
			if opts.Limit > 0 && n > opts.Skip+opts.Limit {
				return errEnough
			}
			select {
			case arts <- a:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(err error) {
			walkMu.Lock()
			walkErrs = append(walkErrs, err)
			walkMu.Unlock()
		})
	}()
	// Each worker analyses an article and stores it, one transaction per
	// document, so that encoding and storing scale with the workers; the
	// first worker to claim an ID stores it, the others count it unchanged.
	var claimMu sync.Mutex
	claimed := map[string]bool{}
	claim := func(id string) bool {
		claimMu.Lock()
		defer claimMu.Unlock()
		if claimed[id] {
			return false
		}
		claimed[id] = true
		return true
	}
	var wg sync.WaitGroup
	for i := 0; i < p.opts.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range arts {
				a := a
				r := analysed{art: &a}
				id := graph.DocumentID(a.Raw)
				if ok, err := p.st.HasDocument(ctx, id); err != nil {
					r.err = err
				} else if ok || !claim(id) {
					r.known = true
				} else {
					r = p.analyse(x, &a, flagDate)
					if r.err == nil {
						if err := p.st.PutDocument(ctx, r.doc); err != nil {
							if ctx.Err() != nil {
								return // cancelled: not stored, not counted
							}
							r.storeErr = fmt.Errorf("chronograph: storing %s: %w", a.Path, err)
						}
					}
					// Keep what consolidation reads of a stored document,
					// so that a fresh database need not be read back.
					r.tokens = nil
					if r.storeErr != nil || r.err != nil {
						r.doc = nil
					} else if !undated(r.doc) {
						slim(r.doc)
					}
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// One goroutine counts what the workers did and reports progress.
	var storeErr error
	var bytesRead int64
	var fresh []*graph.Document
	for r := range results {
		rep.Documents++
		bytesRead += int64(len(r.art.Raw))
		switch {
		case r.storeErr != nil:
			if storeErr == nil {
				storeErr = r.storeErr
			}
			cancel()
			continue
		case r.err != nil:
			rep.Failed++
			rep.Errors = append(rep.Errors, r.err)
		case r.known:
			rep.Unchanged++
		default:
			rep.Added++
			rep.Words += r.words
			if !undated(r.doc) {
				slim(r.doc) // stored whole; consolidation reads no more
			}
			fresh = append(fresh, r.doc)
		}
		if opts.Progress != nil {
			opts.Progress(Progress{Documents: rep.Documents, Added: rep.Added, Unchanged: rep.Unchanged,
				Failed: rep.Failed, Words: rep.Words, Bytes: bytesRead, Path: r.art.Path})
		}
	}
	walkMu.Lock()
	for _, e := range walkErrs {
		rep.Failed++
		rep.Errors = append(rep.Errors, e)
	}
	walkMu.Unlock()
	if storeErr != nil {
		return rep, storeErr
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	if walkErr != nil && !errors.Is(walkErr, context.Canceled) && !errors.Is(walkErr, errEnough) {
		rep.Failed++
		rep.Errors = append(rep.Errors, walkErr)
	}

	if rep.Added > 0 {
		if err := p.consolidate(ctx, fresh); err != nil {
			return rep, err
		}
	} else if st, err := p.st.Stats(ctx); err == nil && st.GraphDocuments != st.Documents {
		if err := p.Consolidate(ctx); err != nil {
			return rep, err
		}
	}
	return rep, nil
}
