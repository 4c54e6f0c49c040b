package main

import (
	"sort"
	"strings"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/timeline"
)

// timexErrorClass sorts one disagreement with the gold annotation into the
// group that costs value F1, so that a change can be judged by the groups it
// moves rather than by single phrases. kind is the timexErrors kind; g is
// the gold expression (zero for a spurious one), x the system's (zero for a
// missed one). The classes, checked in this order:
//
//	missed/<gold type>, spurious/<system type>   extent recall and precision
//	type (value right), extent (value right)      no cost to value F1
//	value/SET                                     either side a SET
//	value/REF                                     either side PAST_REF, PRESENT_REF or FUTURE_REF
//	value/duration-vs-date                        one side a DURATION, the other not
//	value/duration                                both DURATIONs, amount or unit differ
//	value/time-of-day                             same day, one side adds a part of day or a clock time
//	value/time-anchor                             both times of day on different days
//	value/gold-unknown                            gold writes X where the system has digits (1989-WXX, 1968-XX)
//	value/week                                    either side a week (W)
//	value/quarter-half-fiscal                     either side a quarter, half or fiscal year
//	value/weekday                                 a weekday name resolved to another day
//	value/granularity                             one value a prefix of the other (1998 vs 1998-10)
//	value/year-choice                             same month and day, another year (year-less month)
//	value/anchor                                  same granularity, another date (the anchor)
//	value/other
func timexErrorClass(kind string, g, x graph.Timex) string {
	switch kind {
	case "missed":
		return "missed/" + g.Type
	case "spurious":
		return "spurious/" + x.Type
	case "type", "extent":
		return kind + " (value right)"
	}
	gv, sv := g.Value, x.Value
	switch {
	case g.Type == timeline.TypeSet || x.Type == timeline.TypeSet:
		return "value/SET"
	case strings.HasSuffix(gv, "_REF") || strings.HasSuffix(sv, "_REF"):
		return "value/REF"
	case (g.Type == timeline.TypeDuration) != (x.Type == timeline.TypeDuration):
		return "value/duration-vs-date"
	case g.Type == timeline.TypeDuration:
		return "value/duration"
	}
	gt, st := strings.IndexByte(gv, 'T'), strings.IndexByte(sv, 'T')
	switch {
	case (gt >= 0) != (st >= 0) && len(gv) >= 10 && len(sv) >= 10 && gv[:10] == sv[:10]:
		return "value/time-of-day"
	case gt >= 0 || st >= 0:
		return "value/time-anchor"
	case timexUnknownWhereKnown(gv, sv):
		return "value/gold-unknown"
	case strings.Contains(gv, "W") || strings.Contains(sv, "W"):
		return "value/week"
	case strings.ContainsAny(gv, "QH") || strings.ContainsAny(sv, "QH") || strings.HasPrefix(gv, "FY") || strings.HasPrefix(sv, "FY"):
		return "value/quarter-half-fiscal"
	case timexHasWeekday(x.Text) || timexHasWeekday(g.Text):
		return "value/weekday"
	case len(gv) != len(sv):
		return "value/granularity"
	case len(gv) >= 7 && gv[4:] == sv[4:]:
		return "value/year-choice"
	case len(gv) == len(sv):
		return "value/anchor"
	}
	return "value/other"
}

// timexUnknownWhereKnown reports whether the gold value has an X where the
// system's has a digit, both otherwise agreeing as far as the shorter goes
// ("1968-XX" against "1968", "1989-WXX" against "1989-W43").
func timexUnknownWhereKnown(gv, sv string) bool {
	if !strings.Contains(gv, "X") || strings.Contains(sv, "X") {
		return false
	}
	for i := 0; i < len(gv) && i < len(sv); i++ {
		if gv[i] == 'X' {
			return true
		}
		if gv[i] != sv[i] {
			return false
		}
	}
	return len(gv) > len(sv) && strings.Contains(gv[len(sv):], "X")
}

var timexWeekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

func timexHasWeekday(s string) bool {
	s = strings.ToLower(s)
	for _, d := range timexWeekdays {
		if strings.Contains(s, d) {
			return true
		}
	}
	return false
}

// timexClassCount is one row of the error class table.
type timexClassCount struct {
	Class string `json:"class"`
	Count int    `json:"count"`
}

// countTimexClasses tallies the classes of errs, the largest first (ties by
// name).
func countTimexClasses(errs []timexErrorReported) []timexClassCount {
	n := map[string]int{}
	for _, e := range errs {
		n[e.Class]++
	}
	out := make([]timexClassCount, 0, len(n))
	for c, k := range n {
		out = append(out, timexClassCount{c, k})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Count != out[b].Count {
			return out[a].Count > out[b].Count
		}
		return out[a].Class < out[b].Class
	})
	return out
}
