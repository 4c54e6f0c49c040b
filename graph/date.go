package graph

import (
	"fmt"
	"strconv"
	"time"
)

// Precision is how much of a Date is known.
type Precision string

// The precisions a Date can have, from finest to coarsest. Unknown means the
// event has no date of its own; its bounds may still place it.
const (
	Day     Precision = "day"
	Month   Precision = "month"
	Year    Precision = "year"
	Unknown Precision = ""
)

// Date is a calendar date at some precision, with the interval it may stand
// for. Value is ISO 8601 at the precision ("2025", "2025-02", "2025-04-16")
// and empty when unknown. Earliest and Latest are inclusive day bounds
// ("2025-02-01", "2025-02-28"); either is empty when open. The zero Date is
// an unknown date with open bounds.
type Date struct {
	Value     string    `json:"value,omitempty"`
	Precision Precision `json:"precision,omitempty"`
	Earliest  string    `json:"earliest,omitempty"`
	Latest    string    `json:"latest,omitempty"`
}

const isoDay = "2006-01-02"

// DayDate returns the Date of one calendar day.
func DayDate(t time.Time) Date {
	s := t.Format(isoDay)
	return Date{Value: s, Precision: Day, Earliest: s, Latest: s}
}

// MonthDate returns the Date of a whole month.
func MonthDate(year int, month time.Month) Date {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1)
	return Date{Value: first.Format("2006-01"), Precision: Month,
		Earliest: first.Format(isoDay), Latest: last.Format(isoDay)}
}

// YearDate returns the Date of a whole year.
func YearDate(year int) Date {
	return Date{Value: fmt.Sprintf("%04d", year), Precision: Year,
		Earliest: fmt.Sprintf("%04d-01-01", year), Latest: fmt.Sprintf("%04d-12-31", year)}
}

// Between returns an undated Date bounded by two days; either may be empty.
func Between(earliest, latest string) Date {
	return Date{Earliest: earliest, Latest: latest}
}

// ParseDate reads an ISO date at day, month or year precision ("2025-04-16",
// "2025-04", "2025") and returns it with its bounds.
func ParseDate(s string) (Date, error) {
	switch len(s) {
	case 4:
		y, err := strconv.Atoi(s)
		if err != nil || y < 1 {
			return Date{}, fmt.Errorf("graph: bad year %q", s)
		}
		return YearDate(y), nil
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return Date{}, fmt.Errorf("graph: bad month %q", s)
		}
		return MonthDate(t.Year(), t.Month()), nil
	case 10:
		t, err := time.Parse(isoDay, s)
		if err != nil {
			return Date{}, fmt.Errorf("graph: bad day %q", s)
		}
		return DayDate(t), nil
	}
	return Date{}, fmt.Errorf("graph: bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
}

// Known reports whether d has a value of its own.
func (d Date) Known() bool { return d.Value != "" }

// Time returns the first day of d, or the zero time when d is unknown.
func (d Date) Time() time.Time {
	if d.Earliest == "" {
		return time.Time{}
	}
	t, _ := time.Parse(isoDay, d.Earliest)
	return t
}

// SortKey returns a string that orders dates chronologically: by their first
// possible day, a coarser date before a finer one starting the same day, and
// an unknown date by its bounds (after its earliest day, else before its
// latest day); a date with no bounds sorts last.
func (d Date) SortKey() string {
	switch {
	case d.Known():
		return d.Earliest + "0" + string(precRank(d.Precision))
	case d.Earliest != "":
		return d.Earliest + "1"
	case d.Latest != "":
		return d.Latest + "/"
	}
	return "~"
}

func precRank(p Precision) byte {
	switch p {
	case Year:
		return 'a'
	case Month:
		return 'b'
	}
	return 'c'
}

// Contains reports whether day (YYYY-MM-DD) lies within d's bounds.
func (d Date) Contains(day string) bool {
	return (d.Earliest == "" || day >= d.Earliest) && (d.Latest == "" || day <= d.Latest)
}

// Compatible reports whether two dates may denote the same time: both
// unknown, or their intervals overlap.
func (d Date) Compatible(o Date) bool {
	if !d.Known() || !o.Known() {
		return true
	}
	return d.Earliest <= o.Latest && o.Earliest <= d.Latest
}

// Overlaps reports whether d's interval meets [from, to]; empty bounds are open.
func (d Date) Overlaps(from, to string) bool {
	if from != "" && d.Latest != "" && d.Latest < from {
		return false
	}
	if to != "" && d.Earliest != "" && d.Earliest > to {
		return false
	}
	if from != "" && d.Latest == "" && d.Earliest == "" {
		return false
	}
	return true
}
