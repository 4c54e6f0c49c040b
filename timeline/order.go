package timeline

import (
	"sort"

	"github.com/chronograph/chronograph/graph"
)

// Order puts events in timeline order in place and sets Event.Order to each
// event's index. Dated events sort by graph.Date.SortKey (a coarser date
// before a finer one starting the same day); an undated event sorts within
// its bounds ("earlier" events just before their document's date, "since"
// events just after their start) and an event with neither date nor bounds
// after every dated one. Ties go to the first source's document and text
// order, then to the event ID, so the order is total and deterministic.
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
