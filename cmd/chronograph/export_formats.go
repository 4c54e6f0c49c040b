package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os/exec"
	"strings"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
)

// exportFormats are the formats export_formats.go adds to `export`.
var exportFormats = []string{"graphml", "jsonld", "timelinejs", "csv"}

// exportFlags are the export flags beyond --db, --entity and --depth.
type exportFlags struct {
	view, render, title *string
	clusters            *bool
	filter              *filterFlags
}

func addExportFlags(fs *flag.FlagSet) *exportFlags {
	return &exportFlags{
		view:     fs.String("view", "events", "dot: entities (entity graph, edges labelled with relation and date, community clusters, legend) or events (entity–event graph)"),
		render:   fs.String("render", "", "dot: render through Graphviz's dot to svg or png instead of printing DOT"),
		title:    fs.String("title", "Chronograph", "timelinejs: the title slide's headline"),
		clusters: fs.Bool("clusters", false, "dot --view events: draw community clusters and a legend (--view entities always does)"),
		filter:   addFilterFlags(fs),
	}
}

// handles reports whether the export of format what is done here rather
// than by runExport's own dot and json code: the new formats, and dot or
// json with any of the new flags.
func (x *exportFlags) handles(what string) bool {
	for _, f := range exportFormats {
		if what == f {
			return true
		}
	}
	ff := x.filter
	filtered := *ff.from != "" || *ff.to != "" || *ff.types != "" || *ff.kinds != "" || *ff.asOf != ""
	return (what == "dot" && (*x.view != "events" || *x.render != "" || *x.clusters)) || ((what == "dot" || what == "json") && filtered)
}

// run exports the graph as what.
func (x *exportFlags) run(ctx context.Context, what, db, entity string, depth int, stdout io.Writer) error {
	if *x.view != "events" && *x.view != "entities" {
		return fmt.Errorf("export: --view must be entities or events, not %q: %w", *x.view, errUsage)
	}
	if *x.render != "" && *x.render != "svg" && *x.render != "png" {
		return fmt.Errorf("export: --render must be svg or png, not %q: %w", *x.render, errUsage)
	}
	if *x.render != "" && what != "dot" {
		return fmt.Errorf("export: --render applies to dot only: %w", errUsage)
	}
	if depth < 1 || depth > 6 {
		return fmt.Errorf("export: --depth must be between 1 and 6: %w", errUsage)
	}
	f, err := x.filter.filter("export")
	if err != nil {
		return err
	}
	dotBin := ""
	if *x.render != "" {
		if dotBin, err = exec.LookPath("dot"); err != nil {
			return errors.New("export: --render needs Graphviz's dot program, which is not installed " +
				"(Debian/Ubuntu: apt-get install graphviz); without --render the DOT text is printed and `dot -Tsvg` can render it later")
		}
	}
	p, err := open(db, chronograph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer p.Close()
	focus := ""
	if entity != "" {
		e, err := p.FindEntity(ctx, entity)
		if err != nil {
			return err
		}
		focus = e.ID
	}
	v, err := p.View(ctx, f)
	if err != nil {
		return err
	}
	s := v.Snapshot()
	var out []byte
	switch what {
	case "json":
		return chronograph.WriteJSON(stdout, chronograph.NewTimelineJSON(s.Events))
	case "graphml":
		out, err = graph.EncodeGraphML(s)
	case "jsonld":
		out, err = graph.EncodeJSONLD(s)
	case "timelinejs":
		out, err = graph.EncodeTimelineJS(s, *x.title)
	case "csv":
		out, err = graph.EncodeCSV(s)
	case "dot":
		switch {
		case *x.view == "entities":
			out, err = graph.EncodeEntityDOT(s, graph.EntityDOTOptions{Focus: focus, Depth: depth})
		case *x.clusters:
			out, err = graph.EncodeEventDOT(s, graph.EntityDOTOptions{Focus: focus, Depth: depth})
		default:
			out, err = graph.EncodeDOT(s, graph.DOTOptions{Focus: focus, Depth: depth})
		}
	}
	if err != nil {
		return err
	}
	if dotBin != "" {
		return renderDOT(ctx, dotBin, *x.render, out, stdout)
	}
	_, err = stdout.Write(out)
	return err
}

// renderDOT pipes DOT text through Graphviz to the format given.
func renderDOT(ctx context.Context, bin, format string, text []byte, stdout io.Writer) error {
	var errb bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "-T"+format)
	cmd.Stdin = bytes.NewReader(text)
	cmd.Stdout = stdout
	cmd.Stderr = &errb
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("export: dot -T%s failed: %w: %s", format, err, strings.TrimSpace(errb.String()))
	}
	return nil
}
