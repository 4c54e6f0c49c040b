// Package chronograph turns news articles into a knowledge graph of people,
// organizations, places and dated events, and answers questions about it.
//
// A Pipeline wires the parts. Ingest walks files and folders, reads each
// article (read.go), finds its date, its entities (package ner), its time
// expressions and its events (package timeline), and stores each document
// atomically (package store). Consolidate then links entities across
// documents, merges the events that several documents report, orders them
// into one timeline and stores that graph. Queries (Timeline, Entities,
// Profile, RelatedWithin) and exports (timeline JSON, DOT) read the stored graph,
// so every command after ingest works from the database alone. A View holds
// the whole graph in memory, indexed, for paths, rankings, communities and
// fast repeated queries (the web server uses one).
//
//	p, err := chronograph.Open("news.db", chronograph.Options{})
//	rep, err := p.Ingest(ctx, []string{"examples/us-mexico"}, chronograph.IngestOptions{})
//	events, err := p.Timeline(ctx, store.EventQuery{Types: []string{"call"}})
package chronograph
