package timeline

import (
	"container/heap"
	"slices"
	"sort"
	"strings"

	"github.com/chronograph/chronograph/graph"
)

// Order puts events in timeline order in place and sets Event.Order to each
// event's index. Dated events sort by graph.Date.SortKey (a coarser date
// before a finer one starting the same day); an undated event sorts within
// its bounds ("earlier" events just before their document's date, "since"
// events just after their start) and an event with neither date nor bounds
// after every dated one. Ties go to the first source's document and text
// order, then to the event ID, except where a sentence that reports two
// tied events says which came first ("Jobs returned to Apple after Apple
// bought NeXT": bought, then returned; see signalBefore), so the order is
// total and deterministic.
func Order(events []graph.Event) {
	keys := make([]string, len(events))
	for i := range events {
		keys[i] = events[i].Date.SortKey()
	}
	idx := make([]int, len(events))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ea, eb := &events[idx[a]], &events[idx[b]]
		if ka, kb := keys[idx[a]], keys[idx[b]]; ka != kb {
			return ka < kb
		}
		da, sa := firstSource(ea)
		db, sb := firstSource(eb)
		if da != db {
			return da < db
		}
		if sa != sb {
			return sa < sb
		}
		return ea.ID < eb.ID
	})
	// within a run of one date, explicit signals of one sentence reorder
	for lo := 0; lo < len(idx); {
		hi := lo + 1
		for hi < len(idx) && keys[idx[hi]] == keys[idx[lo]] {
			hi++
		}
		if hi-lo > 1 {
			bySignals(events, idx[lo:hi])
		}
		lo = hi
	}
	sorted := make([]graph.Event, len(events))
	for i, k := range idx {
		sorted[i] = events[k]
		sorted[i].Order = i
	}
	copy(events, sorted)
}

// firstSource returns the document and trigger offset of e's first source.
func firstSource(e *graph.Event) (string, int) {
	if len(e.Sources) == 0 {
		return "", 0
	}
	return e.Sources[0].Document, e.Sources[0].Start
}

// bySignals reorders run, indexes into events that tie on their dates, in
// place so that every event a signal puts before another (signalBefore)
// comes first, keeping the given order otherwise: a stable topological
// sort (of the events free to come next, the earliest in the given order).
// Signals that contradict each other are ignored. Only pairs reported in
// one sentence are compared, so a run of thousands of events of one day
// costs what its sentences hold, not the square of its length.
func bySignals(events []graph.Event, run []int) {
	n := len(run)
	// only events reported in one sentence can be ordered by it
	bySentence := map[string][]int{}
	var sentences []string
	for k, i := range run {
		for j, s := range events[i].Sources {
			key := s.Document + "\x00" + s.Sentence
			if slices.ContainsFunc(events[i].Sources[:j], func(o graph.Source) bool {
				return o.Document == s.Document && o.Sentence == s.Sentence
			}) {
				continue
			}
			if len(bySentence[key]) == 0 {
				sentences = append(sentences, key)
			}
			bySentence[key] = append(bySentence[key], k)
		}
	}
	type edge struct{ before, after int }
	seen := map[edge]bool{}
	var edges []edge
	for _, key := range sentences {
		ks := bySentence[key]
		for _, a := range ks {
			for _, b := range ks {
				e := edge{b, a}
				if a == b || seen[e] {
					continue
				}
				seen[e] = true
				if signalBefore(&events[run[b]], &events[run[a]]) && !signalBefore(&events[run[a]], &events[run[b]]) {
					edges = append(edges, e)
				}
			}
		}
	}
	if len(edges) == 0 {
		return
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].before != edges[j].before {
			return edges[i].before < edges[j].before
		}
		return edges[i].after < edges[j].after
	})
	after := make([][]int, n) // after[b]: the positions that must follow b
	indeg := make([]int, n)
	for _, e := range edges {
		after[e.before] = append(after[e.before], e.after)
		indeg[e.after]++
	}
	ready := &intHeap{}
	for k := range n {
		if indeg[k] == 0 {
			heap.Push(ready, k)
		}
	}
	out := make([]int, 0, n)
	done := make([]bool, n)
	for ready.Len() > 0 {
		next := heap.Pop(ready).(int)
		done[next] = true
		out = append(out, run[next])
		for _, a := range after[next] {
			if indeg[a]--; indeg[a] == 0 {
				heap.Push(ready, a)
			}
		}
	}
	// a cycle: keep the rest as it is
	for k := range n {
		if !done[k] {
			out = append(out, run[k])
		}
	}
	copy(run, out)
}

// intHeap is a min-heap of positions (container/heap).
type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// signalBefore reports whether a sentence that reports both events says
// that b happened before a: a's trigger comes first and "after" or
// "following" stands between the two triggers, with no comma, semicolon or
// coordinator before it that would start another clause ("Jobs returned to
// Apple after Apple bought NeXT"). "before", "then" and "later" keep the
// text order, which is the default.
func signalBefore(b, a *graph.Event) bool {
	for _, sa := range a.Sources {
		for _, sb := range b.Sources {
			if sa.Start >= sb.Start || sb.Start-sa.Start > len(sa.Sentence) || len(sa.Sentence) != len(sb.Sentence) ||
				sa.Trigger == "" || sa.Document != sb.Document || sa.Sentence != sb.Sentence {
				continue
			}
			if between, ok := textBetween(sa, sb); ok && afterSignal(between) {
				return true
			}
		}
	}
	return false
}

// textBetween returns the text of a sentence between the triggers of two
// of its sources, sa before sb, found where both triggers stand at their
// offsets' distance.
func textBetween(sa, sb graph.Source) (string, bool) {
	delta := sb.Start - sa.Start
	s := sa.Sentence
	for p := strings.Index(s, sa.Trigger); p >= 0; {
		q := p + delta
		if q >= p+len(sa.Trigger) && q <= len(s) && strings.HasPrefix(s[q:], sb.Trigger) {
			return s[p+len(sa.Trigger) : q], true
		}
		next := strings.Index(s[p+1:], sa.Trigger)
		if next < 0 {
			break
		}
		p += 1 + next
	}
	return "", false
}

// afterSignal reports whether text, between two triggers, puts the second
// event first: "after" or "following" before any comma, semicolon or
// coordinator.
func afterSignal(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n'
	}) {
		switch strings.Trim(w, ".\"'“”") {
		case "after", "following":
			return true
		case "and", "but", "or", "then", "before":
			return false
		}
		if strings.ContainsAny(w, ",;:") {
			return false
		}
	}
	return false
}
