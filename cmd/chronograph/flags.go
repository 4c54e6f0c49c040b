package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/chronograph/chronograph"
)

// defaultDB is the database used when --db is not given.
const defaultDB = "chronograph.db"

// newFlags returns a FlagSet for a subcommand that reports errors instead
// of exiting and prints its usage to stderr.
func newFlags(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: chronograph %s [flags] %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, interleaved with positional arguments, and maps
// errors to errUsage.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, fmt.Errorf("%s: %v: %w", fs.Name(), err, errUsage)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

var errHelp = fmt.Errorf("help shown: %w", errReported)

// format validates a --format value against the allowed ones.
func format(name, value string, allowed ...string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	return fmt.Errorf("%s: --format must be one of %s, not %q: %w", name, strings.Join(allowed, ", "), value, errUsage)
}

// dbFlag defines the database flags every command reading or writing the
// database takes: --db, a Badger directory (default chronograph.db), and
// --store, a database server address (dgraph://host:port). Both set the
// returned string, which open and chronograph.Open take; the last given wins.
func dbFlag(fs *flag.FlagSet, usage string) *string {
	db := fs.String("db", defaultDB, usage)
	fs.Func("store", "database server instead of --db: dgraph://host:port, dgraph://alpha1:9080,alpha2:9080 "+
		"or a dgo connection string (dgraph://user:pw@host:port?sslmode=verify-ca)", func(s string) error {
		if !chronograph.IsAddress(s) {
			return fmt.Errorf("want an address such as dgraph://127.0.0.1:9080, not %q", s)
		}
		*db = s
		return nil
	})
	return db
}

// open opens the pipeline on a database that must already exist (a
// directory), or on a database server (an address).
func open(db string, opts chronograph.Options) (*chronograph.Pipeline, error) {
	if chronograph.IsAddress(db) {
		return chronograph.Open(db, opts)
	}
	if _, err := os.Stat(db); err != nil {
		if os.IsNotExist(err) {
			return nil, fmt.Errorf("no database at %s (create one with `chronograph ingest --db %s FILES...`)", db, db)
		}
		return nil, err
	}
	p, err := chronograph.Open(db, opts)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no database at %s (create one with `chronograph ingest --db %s FILES...`): %w", db, db, err)
	}
	return p, err
}

// limitMemory sets the Go memory limit the store is sized for, unless the
// user set GOMEMLIMIT.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(chronograph.MemoryLimit)
	}
}
