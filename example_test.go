package chronograph_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/store"
)

// Ingest the example corpus into a new database and ask for its calls.
func Example() {
	dir, err := os.MkdirTemp("", "chronograph-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	p, err := chronograph.Open(filepath.Join(dir, "news.db"), chronograph.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer p.Close()
	rep, err := p.Ingest(ctx, []string{"examples/us-mexico"}, chronograph.IngestOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rep.Added, "documents")
	calls, err := p.Timeline(ctx, store.EventQuery{Types: []string{"call"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range calls {
		fmt.Println(e.Date.Value, e.Title, len(e.Sources), "sources")
	}
	// Output:
	// 5 documents
	// 2025-04-16 Donald Trump called Claudia Sheinbaum 4 sources
}
