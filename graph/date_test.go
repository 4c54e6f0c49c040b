package graph

import (
	"testing"
	"time"
)

func mustDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in                      string
		value, earliest, latest string
		prec                    Precision
		bad                     bool
	}{
		{in: "2025", value: "2025", earliest: "2025-01-01", latest: "2025-12-31", prec: Year},
		{in: "2024-02", value: "2024-02", earliest: "2024-02-01", latest: "2024-02-29", prec: Month},
		{in: "2025-02", value: "2025-02", earliest: "2025-02-01", latest: "2025-02-28", prec: Month},
		{in: "2025-04-16", value: "2025-04-16", earliest: "2025-04-16", latest: "2025-04-16", prec: Day},
		{in: "2025-13", bad: true},
		{in: "2025-02-30", bad: true},
		{in: "20250", bad: true},
		{in: "", bad: true},
		{in: "abcd", bad: true},
	} {
		d, err := ParseDate(tc.in)
		if tc.bad {
			if err == nil {
				t.Errorf("ParseDate(%q) = %+v, want error", tc.in, d)
			}
			continue
		}
		if err != nil || d.Value != tc.value || d.Earliest != tc.earliest || d.Latest != tc.latest || d.Precision != tc.prec {
			t.Errorf("ParseDate(%q) = %+v, %v", tc.in, d, err)
		}
	}
}

func TestSortKeyOrder(t *testing.T) {
	y, _ := ParseDate("2025")
	m, _ := ParseDate("2025-02")
	d, _ := ParseDate("2025-02-01")
	later, _ := ParseDate("2025-04-16")
	before := Between("", "2025-05-03")
	after := Between("2025-05-03", "")
	order := []Date{y, m, d, later, before, after, {}}
	for i := 1; i < len(order); i++ {
		if order[i-1].SortKey() >= order[i].SortKey() {
			t.Errorf("%+v should sort before %+v", order[i-1], order[i])
		}
	}
}

func TestOverlaps(t *testing.T) {
	m, _ := ParseDate("2025-02")
	if !m.Overlaps("2025-02-10", "") || m.Overlaps("2025-03-01", "") || m.Overlaps("", "2025-01-31") {
		t.Error("month overlap wrong")
	}
	if (Date{}).Overlaps("2025-01-01", "") {
		t.Error("an unbounded unknown date should not match a date range")
	}
	if !m.Compatible(Date{}) || !m.Compatible(YearDate(2025)) || m.Compatible(YearDate(2024)) {
		t.Error("compatibility wrong")
	}
}
