package timeline

import (
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

// TestTimexesNarrativeAnchor checks which date a chained expression counts
// from: the date the narrative is at, not the document's date, and not a
// comparison made before it.
func TestTimexesNarrativeAnchor(t *testing.T) {
	tests := []struct {
		name, text string
		want       []tx
	}{
		{"earlier counts from the year in focus", "In 2009, sales rose 5 percent. A year earlier they had fallen.",
			[]tx{{"2009", "DATE", "2009"}, {"A year earlier", "DATE", "2008"}}},
		{"earlier counts from the month in focus", "Prices peaked in June 2008. Two months earlier they had dipped.",
			[]tx{{"June 2008", "DATE", "2008-06"}, {"Two months earlier", "DATE", "2008-04"}}},
		{"earlier with no date in focus counts from the document date", "A year earlier they had fallen.",
			[]tx{{"A year earlier", "DATE", "2012"}}},
		{"a second comparison counts from the same period", "Sales were $5 a year ago. Profit was $2, against $1 a year earlier.",
			[]tx{{"a year ago", "DATE", "2012"}, {"a year earlier", "DATE", "2012"}}},
		{"a comparison after another period counts from it", "In 2009 sales were $5, against $4 a year earlier. In 2005 they were $2, against $1 a year earlier.",
			[]tx{{"2009", "DATE", "2009"}, {"a year earlier", "DATE", "2008"}, {"2005", "DATE", "2005"}, {"a year earlier", "DATE", "2004"}}},
		{"a year-ago comparison is not chained", "Net rose from the year-ago period. Sales fell from a year earlier.",
			[]tx{{"the year-ago period", "DATE", "2011-Q4"}, {"a year earlier", "DATE", "2012"}}},
		{"later moves the year in focus", "He was born in 1950. Two years later his family moved. That year the war ended.",
			[]tx{{"1950", "DATE", "1950"}, {"Two years", "DURATION", "P2Y"}, {"That year", "DATE", "1952"}}},
		{"later moves the month in focus", "The plant opened in May 2010. Three months later it closed. The following month it reopened.",
			[]tx{{"May 2010", "DATE", "2010-05"}, {"Three months", "DURATION", "P3M"}, {"The following month", "DATE", "2010-09"}}},
	}
	dct := mustDate(t, "2013-03-21")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := short(Timexes(tc.text, nil, dct, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestTimexesMonthNames checks the months that are also first names: before
// a name they are people, after a temporal word or with a day or year they
// are months.
func TestTimexesMonthNames(t *testing.T) {
	tests := []struct {
		text string
		want []tx
	}{
		{"April Jones disappeared last year.", []tx{{"last year", "DATE", "2012"}}},
		{"June Carter sang with Johnny Cash.", []tx{}},
		{"August Busch retired.", []tx{}},
		{"In April Apple released the iPad.", []tx{{"April", "DATE", "2013-04"}}},
		{"Since June Microsoft has cut prices.", []tx{{"June", "DATE", "2012-06"}}},
		{"April 2012 was wet.", []tx{{"April 2012", "DATE", "2012-04"}}},
		{"Sales fell in August.", []tx{{"August", "DATE", "2012-08"}}},
		{"April showers bring May flowers.", []tx{{"April", "DATE", "2013-04"}}},
	}
	dct := mustDate(t, "2013-03-21")
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, dct, nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestTimexesSince checks that "since" puts a year-less month or a weekday
// behind the document date whatever the verb's tense.
func TestTimexesSince(t *testing.T) {
	tests := []struct {
		text string
		want []tx
	}{
		{"Prices have risen since June.", []tx{{"June", "DATE", "2012-06"}}},
		{"He has been missing since Friday.", []tx{{"Friday", "DATE", "2013-03-15"}}},
		{"The plant will be closed since Monday's fire until May.", []tx{{"Monday", "DATE", "2013-03-18"}, {"May", "DATE", "2013-05"}}},
	}
	dct := mustDate(t, "2013-03-21")
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, dct, nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestTimexesComparisonNoPlan checks that a comparison with a plan or a
// forecast ("better than expected") does not make a weekday or a month the
// coming one, while a plan still does.
func TestTimexesComparisonNoPlan(t *testing.T) {
	tests := []struct {
		text string
		want []tx
	}{
		{"Sales were better than expected on Tuesday.", []tx{{"Tuesday", "DATE", "2013-03-19"}}},
		{"Inflation has been higher than expected, hitting 1.6% in December.", []tx{{"December", "DATE", "2012-12"}}},
		{"Companies created twice as many jobs as expected in October.", []tx{{"October", "DATE", "2012-10"}}},
		{"The bank is expected to raise rates on Tuesday.", []tx{{"Tuesday", "DATE", "2013-03-26"}}},
		{"His father could come as soon as Tuesday.", []tx{{"Tuesday", "DATE", "2013-03-26"}}},
	}
	dct := mustDate(t, "2013-03-21")
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, dct, nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestTimexesRatesAndNames checks expressions that look like time and are
// not: a rate after a sum given in two currencies, and "the Future" in a
// name.
func TestTimexesRatesAndNames(t *testing.T) {
	tests := []struct {
		text string
		want []tx
	}{
		{"It costs £20 ($38) a month.", []tx{}},
		{"They pay £1.5m ($2.8m) a year to the club.", []tx{}},
		{"It costs $1 (53p) an hour.", []tx{}},
		{"Sales rose 5% (to $20) a year after the merger.", []tx{{"a year", "DURATION", "P1Y"}}},
		{"The Forum for the Future report was published.", []tx{}},
		{"The future of Gibraltar is uncertain.", []tx{{"The future", "DATE", "FUTURE_REF"}}},
		{"In the future, computers will be faster.", []tx{{"the future", "DATE", "FUTURE_REF"}}},
	}
	dct := mustDate(t, "2013-03-21")
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, dct, nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestTimexesRaceTimes checks durations as results are told: a fraction of
// a second is kept, a time in two units is one duration, and a
// quarter-final is no quarter of a year.
func TestTimexesRaceTimes(t *testing.T) {
	tests := []struct {
		text string
		want []tx
	}{
		{"He set a new mark of 7.96 seconds to win.", []tx{{"7.96 seconds", "DURATION", "PT7.96S"}}},
		{"Dibaba won in 14 minutes 32.93 seconds.", []tx{{"14 minutes 32.93 seconds", "DURATION", "PT14M32.93S"}}},
		{"She finished in two hours 23 minutes.", []tx{{"two hours 23 minutes", "DURATION", "PT2H23M"}}},
		{"The talks lasted three days 10 hours.", []tx{{"three days 10 hours", "DURATION", "P3DT10H"}}},
		{"He served two years, 10 months of it abroad.", []tx{{"two years", "DURATION", "P2Y"}, {"10 months", "DURATION", "P10M"}}},
		{"It took 10 minutes two hours ago.", []tx{{"10 minutes", "DURATION", "PT10M"}, {"two hours ago", "DATE", "2013-03-21"}}},
		{"He won the quarter-final on Sunday.", []tx{{"Sunday", "DATE", "2013-03-17"}}},
		{"Sales fell in the quarter.", []tx{{"the quarter", "DATE", "2012-Q4"}}},
		{"In the first quarter of fiscal 1986, it reported a loss.", []tx{{"the first quarter of fiscal 1986", "DATE", "1986-Q1"}}},
	}
	dct := mustDate(t, "2013-03-21")
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, dct, nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestTimexesUntil checks the tense "until" gives: the coming day for a
// deadline, none for a span "from ... until ...", the past after "not" and
// "up".
func TestTimexesUntil(t *testing.T) {
	tests := []struct {
		text string
		want []tx
	}{
		{"Officials postponed until Tuesday any action on the boy.", []tx{{"Tuesday", "DATE", "2013-03-26"}}},
		{"It was not until Tuesday that Castro revealed the plan.", []tx{{"Tuesday", "DATE", "2013-03-19"}}},
		{"Up until Thursday, however, they had described him as a witness.", []tx{{"Thursday", "DATE", "2013-03-21"}}},
		{"The sources said Poehl had backed a tight stance from the beginning of December until the cut in rates in late January.",
			[]tx{{"the beginning of December", "DATE", "2012-12"}, {"late January", "DATE", "2013-01"}}},
	}
	dct := mustDate(t, "2013-03-21")
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, dct, nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestTimexesRangeOrder checks that the end of a range of year-less months
// or days follows its start.
func TestTimexesRangeOrder(t *testing.T) {
	tests := []struct {
		text string
		want []tx
	}{
		{"Bills maturing between March 25 and June 25 were bought.", []tx{{"March 25", "DATE", "2013-03-25"}, {"June 25", "DATE", "2013-06-25"}}},
		{"Production will rise in the October-September season.", []tx{{"October", "DATE", "2012-10"}, {"September", "DATE", "2013-09"}}},
		{"Sales rose from January to March.", []tx{{"January", "DATE", "2013-01"}, {"March", "DATE", "2013-03"}}},
		{"Sales rose in June and fell in 2012 to March.", []tx{{"June", "DATE", "2012-06"}, {"2012", "DATE", "2012"}, {"March", "DATE", "2013-03"}}},
	}
	dct := mustDate(t, "2013-03-09")
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, dct, nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestTimexesPlanNoun checks that "plan" as a noun makes no plan, while
// "plans to" and "anticipates" look ahead.
func TestTimexesPlanNoun(t *testing.T) {
	tests := []struct {
		text string
		want []tx
	}{
		{"Icahn, who ended a takeover plan for USX in January, held his stake.", []tx{{"January", "DATE", "2013-01"}}},
		{"USX plans to sell the unit in January.", []tx{{"January", "DATE", "2014-01"}}},
		{"PDA said it anticipates resuming shipments in the fourth quarter.", []tx{{"the fourth quarter", "DATE", "2013-Q4"}}},
	}
	dct := mustDate(t, "2013-03-21")
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, dct, nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestTimexesYearEnd checks "year end" and "year's end", written as "the
// end of the year" is: the anchor's year, its end.
func TestTimexesYearEnd(t *testing.T) {
	tests := []struct {
		text string
		want []tx
	}{
		{"Net income should rise by year end.", []tx{{"year end", "DATE", "2013"}}},
		{"The losses will be gone by the year's end.", []tx{{"the year's end", "DATE", "2013"}}},
		{"Debt was cut by the end of the year.", []tx{{"the end of the year", "DATE", "2013"}}},
		{"Stocks at year-end were higher.", []tx{{"year-end", "DATE", "2013-12-31"}}},
		{"The year end-of-season sale began.", []tx{}},
	}
	dct := mustDate(t, "2013-03-21")
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, dct, nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
	xs := Timexes("Net income should rise by year end.", nil, dct, nil)
	if len(xs) != 1 || xs[0].Date.Earliest <= "2013-06-30" || xs[0].Date.Latest != "2013-12-31" {
		t.Errorf("year end date %+v, want the end of 2013", xs)
	}
}

// TestTimexesPairs checks pairs and ranges of weekdays and of year-less
// months: in one week, or in one stretch of months, a range in order.
func TestTimexesPairs(t *testing.T) {
	tests := []struct {
		dct, text string
		want      []tx
	}{
		{"2013-03-13", "Colombia opened coffee export registrations for April and May.",
			[]tx{{"April", "DATE", "2013-04"}, {"May", "DATE", "2013-05"}}},
		{"1987-03-11", "Cato said the offering, to be made in late April or early May, is expected to raise 35 mln dlrs.",
			[]tx{{"late April", "DATE", "1987-04"}, {"early May", "DATE", "1987-05"}}},
		{"1988-03-01", "The talks were held in late December and mid-January.",
			[]tx{{"late December", "DATE", "1987-12"}, {"mid-January", "DATE", "1988-01"}}},
		{"2013-03-27", "The exhibition runs Monday to Friday.",
			[]tx{{"Monday", "DATE", "2013-03-25"}, {"Friday", "DATE", "2013-03-29"}}},
		{"2013-03-27", "Following are statements made Friday and Thursday by the lawyer.",
			[]tx{{"Friday", "DATE", "2013-03-22"}, {"Thursday", "DATE", "2013-03-21"}}},
		// resolved alone, Thursday fell in the last week and Friday in this
		{"1987-04-01", "The spokesman, Gary Holmes, said that on Thursday and\nFriday Deputy U.S. Trade Representative Michael Smith would\nmeet with MITI vice president Makoto Kuroda.",
			[]tx{{"Thursday", "DATE", "1987-04-02"}, {"Friday", "DATE", "1987-04-03"}}},
	}
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, mustDate(t, tc.dct), nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestTimexesReportedClause checks that a time after "said that" takes the
// tense of the reported clause, and that a hard-wrapped line ending in a
// word no sentence ends in runs on into the next.
func TestTimexesReportedClause(t *testing.T) {
	tests := []struct {
		dct, text string
		want      []tx
	}{
		{"2013-03-20", "Officials told reporters that on Friday the talks will resume.", []tx{{"Friday", "DATE", "2013-03-22"}}},
		{"2013-03-20", "He said that on Monday the bank had closed.", []tx{{"Monday", "DATE", "2013-03-18"}}},
		{"2013-03-20", "He said on Monday that the bank would close.", []tx{{"Monday", "DATE", "2013-03-18"}}},
		{"1987-03-13", "Beaver Creek's two offices will re-open as branches of\nCitizens on Monday.", []tx{{"Monday", "DATE", "1987-03-16"}}},
		{"1987-03-13", "The offices will re-open soon\nOn Monday they closed.", []tx{{"Monday", "DATE", "1987-03-09"}}},
	}
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, mustDate(t, tc.dct), nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestTimexesZoneTimes checks four-digit clock times in the zones wire
// copy gives: a time, never a year.
func TestTimexesZoneTimes(t *testing.T) {
	tests := []struct {
		text string
		want []tx
	}{
		{"Updated 1201 GMT (2001 HKT) March 21, 2013", []tx{{"1201 GMT", "TIME", "2013-03-21T12:01"}, {"March 21, 2013", "DATE", "2013-03-21"}}},
		{"The market closed at 1500 JST.", []tx{{"1500 JST", "TIME", "2013-03-21T15:00"}}},
		{"The law of 2001 was repealed.", []tx{{"2001", "DATE", "2001"}}},
		{"The deadline passed at midnight on Sunday.", []tx{{"midnight on Sunday", "TIME", "2013-03-17T24:00"}}},
		{"Talks resume at noon Friday.", []tx{{"noon Friday", "TIME", "2013-03-22T12:00"}}},
		// a time of "that day" is on the last day mentioned, not the anchor's
		{"The judge scheduled a hearing for Tuesday and a filing by noon that day.", []tx{{"Tuesday", "DATE", "2013-03-26"},
			{"noon that day", "TIME", "2013-03-26T12:00"}}},
		{"The court met on Monday. Police arrived at 5 p.m. that same day.", []tx{{"Monday", "DATE", "2013-03-18"},
			{"5 p.m. that same day", "TIME", "2013-03-18T17:00"}}},
		{"Police arrested 2013 protesters.", []tx{}},
		{"The 2012 protests were larger.", []tx{{"2012", "DATE", "2012"}}},
	}
	dct := mustDate(t, "2013-03-21")
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, dct, nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// A part of a month moved a year on by rangeOrder keeps its days.
func TestTimexesPairKeepsPartOfMonth(t *testing.T) {
	got := Timexes("The offering, to be made in late April or early May, is expected to raise 35 mln dlrs.", nil,
		mustDate(t, "1987-03-11"), nil)
	if len(got) != 2 {
		t.Fatalf("got %d expressions, want 2: %+v", len(got), got)
	}
	if d := got[1].Date; d.Earliest != "1987-05-01" || d.Latest != "1987-05-10" {
		t.Errorf("early May: got %s..%s, want 1987-05-01..1987-05-10", d.Earliest, d.Latest)
	}
	if d := txShiftDate(graph.Between("1988-02-21", "1988-02-29"), "1989-02", 1); d.Earliest != "1989-02-21" || d.Latest != "1989-02-28" {
		t.Errorf("late February 1988 a year on: got %s..%s, want 1989-02-21..1989-02-28", d.Earliest, d.Latest)
	}
}

// A duration before "later" reaches a day from the day mentioned last: "a
// week later" after a day is a day (and a rate's "a week" is no rate when
// "later" follows it); "hours later" is of that day, as far as the text
// tells.
func TestTimexesDurationLater(t *testing.T) {
	for _, c := range []struct{ text, dct, want, value, day string }{
		{"The U.S. designated six cartels on Feb. 20, 2025. Mexico extradited 29 suspects a week later.", "2025-05-05",
			"a week", "P1W", "2025-02-27"},
		{"The House voted late Wednesday, sending the bill to Trump, who signed it hours later.", "2025-11-13",
			"hours", "PTXH", "2025-11-12"},
	} {
		got := Timexes(c.text, nil, mustDate(t, c.dct), nil)
		if len(got) != 2 {
			t.Errorf("%q: got %d expressions, want 2: %+v", c.text, len(got), got)
			continue
		}
		if tx := got[1]; tx.Text != c.want || tx.Value != c.value || tx.Date.Value != c.day {
			t.Errorf("got %q %s on %q, want %q %s on %s", tx.Text, tx.Value, tx.Date.Value, c.want, c.value, c.day)
		}
	}
}
