package chronograph

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"strings"
	"sync"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/ner"
	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/badgerstore"
)

// Options configures a Pipeline. The zero value works.
type Options struct {
	// Workers is the number of extraction workers; 0 means one per CPU.
	Workers int
	// Date, when set (YYYY-MM-DD), is every ingested document's date,
	// overriding what the documents say.
	Date string
	// ReadOnly opens the store for queries only.
	ReadOnly bool
}

// Pipeline ingests articles into a store and answers questions from it.
// It is safe for concurrent queries; Ingest calls must not overlap.
type Pipeline struct {
	st   store.Store
	opts Options

	nerOnce sync.Once
	ner     *ner.Extractor
	nerErr  error
}

// Open opens (creating if needed) the database at path with the embedded
// Badger store, or, when path is an address (IsAddress: "dgraph://host:port"),
// the database on that server, and returns a Pipeline on it. Close it when
// done. A read-only Open of a directory that holds no database creates
// nothing and fails with an error wrapping fs.ErrNotExist.
func Open(path string, opts Options) (*Pipeline, error) {
	if IsAddress(path) {
		return openAddress(path, opts)
	}
	st, err := badgerstore.Open(path, badgerstore.Options{ReadOnly: opts.ReadOnly})
	if err != nil && opts.ReadOnly && !errors.Is(err, store.ErrLocked) && !errors.Is(err, store.ErrVersion) &&
		!errors.Is(err, fs.ErrNotExist) {
		// Badger opens read-only only after a clean close; after a crash a
		// read-write open replays its log first. Do that once, then retry.
		if rw, rwErr := badgerstore.Open(path, badgerstore.Options{}); rwErr == nil {
			if cerr := rw.Close(); cerr == nil {
				st, err = badgerstore.Open(path, badgerstore.Options{ReadOnly: true})
			}
		}
	}
	if err != nil {
		return nil, err
	}
	return New(st, opts), nil
}

// New returns a Pipeline over an open store. Closing the Pipeline closes st.
func New(st store.Store, opts Options) *Pipeline {
	if opts.Workers <= 0 {
		opts.Workers = runtime.NumCPU()
	}
	return &Pipeline{st: st, opts: opts}
}

// Store returns the pipeline's store.
func (p *Pipeline) Store() store.Store { return p.st }

// Close closes the store.
func (p *Pipeline) Close() error { return p.st.Close() }

// extractor loads the entity model once, on first use.
func (p *Pipeline) extractor() (*ner.Extractor, error) {
	p.nerOnce.Do(func() { p.ner, p.nerErr = ner.New() })
	return p.ner, p.nerErr
}

// ErrAmbiguous is returned when a name matches several entities.
var ErrAmbiguous = errors.New("chronograph: ambiguous entity name")

// FindEntity returns the entity a user means by name: an exact name or
// alias (any case) first, then a unique entity whose name contains name as
// a word sequence. Several matches give an error wrapping ErrAmbiguous that
// lists them; none gives store.ErrNotFound.
func (p *Pipeline) FindEntity(ctx context.Context, name string) (*graph.Entity, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, fmt.Errorf("chronograph: empty entity name: %w", store.ErrNotFound)
	}
	if strings.Contains(name, ":") {
		if e, err := p.st.Entity(ctx, name); err == nil {
			return e, nil
		}
	}
	found, err := p.st.FindEntities(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		low := " " + strings.ToLower(name) + " "
		err = p.st.Entities(ctx, func(e *graph.Entity) error {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if strings.Contains(" "+strings.ToLower(n)+" ", low) {
					found = append(found, e)
					return nil
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("chronograph: no entity named %q: %w", name, store.ErrNotFound)
	case 1:
		return found[0], nil
	}
	// Prefer the most mentioned when one clearly dominates.
	best, second := found[0], (*graph.Entity)(nil)
	for _, e := range found[1:] {
		if e.Mentions > best.Mentions {
			best, second = e, best
		} else if second == nil || e.Mentions > second.Mentions {
			second = e
		}
	}
	if best.Mentions >= 3*second.Mentions {
		return best, nil
	}
	names := make([]string, len(found))
	for i, e := range found {
		names[i] = fmt.Sprintf("%s (%s, %s)", e.Name, e.Kind, e.ID)
	}
	return nil, fmt.Errorf("%w: %q matches %s", ErrAmbiguous, name, strings.Join(names, "; "))
}

// MemoryLimit is the Go memory limit the CLI sets (unless GOMEMLIMIT is set)
// for ingesting on a shared two-core laptop: see store/badgerstore's doc.
const MemoryLimit = badgerstore.RecommendedMemoryLimit
