package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/chronograph/chronograph/graph"
)

// filterFlags are the flags every graph query shares: date range, event
// types, entity kinds and as-of date.
type filterFlags struct {
	from, to, types, kinds, asOf *string
}

// addFilterFlags registers the shared query filter flags on fs.
func addFilterFlags(fs *flag.FlagSet) *filterFlags {
	return &filterFlags{
		from:  fs.String("from", "", "only events that may fall on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
		to:    fs.String("to", "", "only events that may fall on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
		types: fs.String("type", "", "only events of these types, comma-separated (call,designation,tariff)"),
		kinds: fs.String("kind", "", "only entities of these kinds, comma-separated (person,organization,place,other)"),
		asOf:  fs.String("as-of", "", "the graph as known on this date: events dated and sources published up to it"),
	}
}

// filter turns the flags into a graph.Filter, reporting bad values as
// usage errors prefixed with the command name.
func (f *filterFlags) filter(cmd string) (graph.Filter, error) {
	out, err := parseFilter(*f.from, *f.to, *f.types, *f.kinds, *f.asOf)
	if err != nil {
		return out, fmt.Errorf("%s: %v: %w", cmd, err, errUsage)
	}
	return out, nil
}

// parseFilter reads the textual filter parameters shared by the CLI and the
// web API. Dates may be given at any precision; --to and --as-of take the
// last day of theirs.
func parseFilter(from, to, types, kinds, asOf string) (graph.Filter, error) {
	var f graph.Filter
	var err error
	if f.From, err = dayBound(from, false); err != nil {
		return f, fmt.Errorf("from: %v", err)
	}
	if f.To, err = dayBound(to, true); err != nil {
		return f, fmt.Errorf("to: %v", err)
	}
	if f.AsOf, err = dayBound(asOf, true); err != nil {
		return f, fmt.Errorf("as-of: %v", err)
	}
	f.Types = splitList(types)
	for _, t := range f.Types {
		if !knownType(t) {
			return f, fmt.Errorf("unknown event type %q (known: %s)", t, strings.Join(graph.EventTypes, ", "))
		}
	}
	for _, k := range splitList(kinds) {
		kind, ok := graph.ParseKind(k)
		if !ok {
			return f, fmt.Errorf("unknown entity kind %q (person, organization, place or other)", k)
		}
		f.Kinds = append(f.Kinds, kind)
	}
	if err := f.Validate(); err != nil {
		return f, err
	}
	return f, nil
}
