// Package storetest is the conformance suite every store.Store backend
// runs, so that backends are interchangeable: Run(t, open) checks documents
// (storing, replacing, ID order), the graph (entities, case-insensitive name
// and alias lookup, events in timeline order under every EventQuery filter),
// whole-graph replacement without leftovers, Stats, ErrNotFound, callback
// errors, context cancellation, and readers running during ReplaceGraph.
//
// The fixtures it uses are exported for backends' own tests and benchmarks:
// Documents (three small articles with every extraction field filled),
// Graph(1) and Graph(2) (two consolidated graphs of those articles with
// dates at every precision), and Synthetic (generated graphs of any size).
//
// A backend's test is one line:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
//	}
package storetest
