// Command chronograph turns news articles into a knowledge graph of people,
// organizations, places and dated events, and prints timelines, entity
// profiles, relations and graph exports from it. Run `chronograph help`.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errReported) {
			msg := err.Error()
			if !strings.HasPrefix(msg, "chronograph:") {
				msg = "chronograph: " + msg
			}
			fmt.Fprintln(os.Stderr, msg)
		}
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// errReported means the command already told the user what failed; only
// the exit status remains to be set.
var errReported = errors.New("failed (reported above)")

// errUsage marks a command-line mistake (exit status 2).
var errUsage = errors.New("usage")

type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"ingest", "read articles (files or folders) into the database", runIngest},
		{"timeline", "print events in chronological order", runTimeline},
		{"entities", "list people, organizations and places", runEntities},
		{"entity", "profile of one entity: aliases, events, relations", runEntity},
		{"related", "relations of an entity, with the evidence behind them", runRelated},
		{"path", "shortest paths between two entities, with the events that link them", runPath},
		{"between", "who did what to whom between two dates", runBetween},
		{"rank", "key players by PageRank and betweenness", runRank},
		{"communities", "groups of entities more linked to each other than to the rest", runCommunities},
		{"export", "export the graph: dot | json | graphml | jsonld | timelinejs | csv", runExport},
		{"serve", "serve the graph on a local web page and JSON API", runServe},
		{"check", "verify the database's references and indexes", runCheck},
		{"eval", "score against a dataset: ner | timex", runEval},
		{"train", "train a model: ner", runTrain},
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	usage(stderr)
	return fmt.Errorf("unknown command %q: %w", args[0], errUsage)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: chronograph <command> [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run `chronograph <command> -h` for a command's flags.")
}
