package timeline

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func mustDate(t testing.TB, s string) graph.Date {
	t.Helper()
	if s == "" {
		return graph.Date{}
	}
	d, err := graph.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// tx is the part of a Timex the table tests compare.
type tx struct{ Text, Type, Value string }

func short(xs []graph.Timex) []tx {
	out := make([]tx, len(xs))
	for i, x := range xs {
		out[i] = tx{x.Text, x.Type, x.Value}
	}
	return out
}

func TestTimexesRecognition(t *testing.T) {
	tests := []struct {
		text string
		dct  string
		want []tx
	}{
		{"The call was on May 3, 2025.", "2025-05-05", []tx{{"May 3, 2025", "DATE", "2025-05-03"}}},
		{"Date: 05-05-2025", "", []tx{{"05-05-2025", "DATE", "2025-05-05"}}},
		{"They spoke on April 16.", "2025-05-04", []tx{{"April 16", "DATE", "2025-04-16"}}},
		{"In February, the U.S. acted.", "2025-05-04", []tx{{"February", "DATE", "2025-02"}}},
		{"She said on Saturday that it failed.", "2025-05-04", []tx{{"Saturday", "DATE", "2025-05-03"}}},
		{"They will meet on Monday.", "2025-05-04", []tx{{"Monday", "DATE", "2025-05-05"}}},
		{"It happened last week.", "2025-05-07", []tx{{"last week", "DATE", "2025-W18"}}},
		{"On May 1, 2025 they met. Two days later they left.", "2025-05-20",
			[]tx{{"May 1, 2025", "DATE", "2025-05-01"}, {"Two days", "DURATION", "P2D"}}},
		{"On May 1, 2025 they met. Two days later they left. The day after, they returned.", "2025-05-20",
			[]tx{{"May 1, 2025", "DATE", "2025-05-01"}, {"Two days", "DURATION", "P2D"}, {"The day after", "DATE", "2025-05-04"}}},
		{"It took nearly two decades.", "2025-05-03", []tx{{"nearly two decades", "DURATION", "P20Y"}}},
		// a count of units with "straight", "consecutive" or "full" between
		{"Home prices rose for 12 straight months.", "2025-05-03", []tx{{"12 straight months", "DURATION", "P12M"}}},
		{"Sales fell for three consecutive quarters.", "2025-05-03", []tx{{"three consecutive quarters", "DURATION", "P3Q"}}},
		{"It was the third consecutive month of gains.", "2025-05-03", []tx{}},
		// a range of counts is one duration of at least its lower count
		{"The trial will last two to three weeks.", "2025-05-03", []tx{{"two to three weeks", "DURATION", "P2W"}}},
		{"It takes three or four days.", "2025-05-03", []tx{{"three or four days", "DURATION", "P3D"}}},
		// what was promised lies ahead of the promise; the promise's own
		// day is the promise's
		{"The U.S. responded by promising further talks in May.", "1987-03-15", []tx{{"May", "DATE", "1987-05"}}},
		{"The service warned of another storm arriving on Sunday night.", "2025-11-20", []tx{{"Sunday night", "TIME", "2025-11-23TNI"}}},
		{"Lyng warned the EC on Tuesday it would face retaliation.", "1987-03-17", []tx{{"Tuesday", "DATE", "1987-03-17"}}},
		{"He promised in January to resign.", "1987-03-15", []tx{{"January", "DATE", "1987-01"}}},
		// how often: a set
		{"The board meets twice a year.", "2025-05-03", []tx{{"twice a year", "SET", "P1Y"}}},
		{"He was once a senator and visited twice.", "2025-05-03", []tx{}},
		{"Prices rose over the past three months.", "2025-05-03", []tx{{"the past three months", "DURATION", "P3M"}}},
		{"They talked in recent months.", "2025-05-03", []tx{{"recent months", "DURATION", "PXM"}}},
		{"It began earlier this year.", "2025-05-03", []tx{{"earlier this year", "DATE", "2025"}}},
		{"Murders rose since 2006.", "2025-05-03", []tx{{"2006", "DATE", "2006"}}},
		{"11:58 PM · Feb 27, 2025", "2025-05-03", []tx{{"11:58 PM · Feb 27, 2025", "TIME", "2025-02-27T23:58"}}},
		{"Growth slowed in mid-2024.", "2025-05-03", []tx{{"mid-2024", "DATE", "2024"}}},
		{"Sales fell in Q3.", "2025-11-03", []tx{{"Q3", "DATE", "2025-Q3"}}},
		{"It was popular in the 1990s.", "2025-05-03", []tx{{"the 1990s", "DATE", "199"}}},
		{"He left yesterday and returns today.", "2025-05-03",
			[]tx{{"yesterday", "DATE", "2025-05-02"}, {"today", "DATE", "2025-05-03"}}},
		{"Talks are now underway and currently stalled.", "2025-05-03",
			[]tx{{"now", "DATE", "PRESENT_REF"}, {"currently", "DATE", "PRESENT_REF"}}},
		{"Talks this week; a vote next month.", "2025-05-03",
			[]tx{{"this week", "DATE", "2025-W18"}, {"next month", "DATE", "2025-06"}}},
		{"He won the 2005-06 season.", "2025-05-03", []tx{{"2005-06 season", "DATE", "2005"}}},
		{"It happened a year ago.", "2025-05-03", []tx{{"a year ago", "DATE", "2024"}}},
		{"They meet every week and publish weekly.", "2025-05-03",
			[]tx{{"every week", "SET", "P1W"}, {"weekly", "SET", "P1W"}}},
		{"Profit rose in the first quarter.", "2025-05-03", []tx{{"the first quarter", "DATE", "2025-Q1"}}},
		{"Sales in fiscal 1998 fell.", "2025-05-03", []tx{{"fiscal 1998", "DATE", "1998"}}},
		{"The third-quarter results.", "1989-10-27", []tx{{"third-quarter", "DATE", "1989-Q3"}}},
		{"The talks lasted 14 days.", "2025-05-03", []tx{{"14 days", "DURATION", "P14D"}}},
		{"a 30-year sentence", "2025-05-03", []tx{{"30-year", "DURATION", "P30Y"}}},
		{"at 10 a.m. Friday", "2025-05-03", []tx{{"10 a.m. Friday", "TIME", "2025-05-02T10:00"}}},
		{"Published 3 May 2025 14:02 GMT", "", []tx{{"3 May 2025 14:02 GMT", "TIME", "2025-05-03T14:02"}}},
		{"2025-05-03T10:00:00Z", "", []tx{{"2025-05-03T10:00:00Z", "TIME", "2025-05-03T10:00"}}},
		{"26-FEB-1987 15:01:01.79", "", []tx{{"26-FEB-1987 15:01:01.79", "TIME", "1987-02-26T15:01"}}},
		// Unknown document date: relative values stay unresolved.
		{"They spoke on April 16 and last week.", "",
			[]tx{{"April 16", "DATE", "XXXX-04-16"}, {"last week", "DATE", "XXXX-WXX"}}},
		// Not time expressions.
		{"May I ask? 450,000 murders, 2,006 people, $2006 and 1500 troops.", "2025-05-03", []tx{}},
		{"Troops march on. The fall of Rome.", "2025-05-03", []tx{}},
	}
	for _, tc := range tests {
		got := short(Timexes(tc.text, nil, mustDate(t, tc.dct), nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Timexes(%q, dct %s) (-want +got):\n%s", tc.text, tc.dct, diff)
		}
	}
}

func TestTimexesCalendarEdges(t *testing.T) {
	tests := []struct {
		name, text, dct string
		value           string
		date            graph.Date
	}{
		{"leap day last year", "It opened on Feb. 29.", "2025-03-10", "2024-02-29", graph.DayDate(txDay(2024, 2, 29))},
		{"leap day this year", "It opened on Feb. 29.", "2024-03-10", "2024-02-29", graph.DayDate(txDay(2024, 2, 29))},
		{"leap day explicit", "on February 29, 2028", "2025-03-10", "2028-02-29", graph.DayDate(txDay(2028, 2, 29))},
		{"week 53 of 2020", "It rose last week.", "2021-01-04", "2020-W53", graph.Between("2020-12-28", "2021-01-03")},
		{"week 53 of 2026", "It rises this week.", "2026-12-31", "2026-W53", graph.Between("2026-12-28", "2027-01-03")},
		{"week 1 across years", "It rises this week.", "2025-12-30", "2026-W01", graph.Between("2025-12-29", "2026-01-04")},
		{"december before january", "It happened in December.", "2025-01-05", "2024-12", graph.MonthDate(2024, 12)},
		{"january after december", "It will happen in January.", "2024-12-20", "2025-01", graph.MonthDate(2025, 1)},
		{"last month over new year", "It happened last month.", "2025-01-05", "2024-12", graph.MonthDate(2024, 12)},
		{"yesterday over new year", "It happened yesterday.", "2025-01-01", "2024-12-31", graph.DayDate(txDay(2024, 12, 31))},
		{"saturday at month end", "She said on Saturday.", "2025-03-02", "2025-03-01", graph.DayDate(txDay(2025, 3, 1))},
		{"friday on the anchor", "He left on Friday.", "2024-03-01", "2024-03-01", graph.DayDate(txDay(2024, 3, 1))},
		{"monday into next month", "They will meet on Monday.", "2025-01-31", "2025-02-03", graph.DayDate(txDay(2025, 2, 3))},
		{"sunday into leap day", "He said on Thursday.", "2024-03-02", "2024-02-29", graph.DayDate(txDay(2024, 2, 29))},
		{"month before leap day", "a month earlier", "2024-03-31", "2024-02", graph.MonthDate(2024, 2)},
		{"quarter four last year", "in the fourth quarter", "2025-02-10", "2024-Q4", graph.Between("2024-10-01", "2024-12-31")},
	}
	for _, tc := range tests {
		xs := Timexes(tc.text, nil, mustDate(t, tc.dct), nil)
		if len(xs) != 1 {
			t.Errorf("%s: %q: got %d timexes %v, want 1", tc.name, tc.text, len(xs), short(xs))
			continue
		}
		if xs[0].Value != tc.value || xs[0].Date != tc.date {
			t.Errorf("%s: %q dct %s: got %s %+v, want %s %+v", tc.name, tc.text, tc.dct, xs[0].Value, xs[0].Date, tc.value, tc.date)
		}
	}
}

func TestTimexesDates(t *testing.T) {
	dct := mustDate(t, "2025-05-03")
	tests := []struct {
		text string
		date graph.Date
	}{
		{"earlier this year", graph.Between("2025-01-01", "2025-05-03")},
		{"later this year", graph.Between("2025-05-03", "2025-12-31")},
		{"recent months", graph.Between("2025-02-03", "2025-05-03")},
		{"the past three months", graph.Between("2025-02-03", "2025-05-03")},
		{"recently", graph.Between("", "2025-05-03")},
		{"now", graph.DayDate(txDay(2025, 5, 3))},
		{"the 1990s", graph.Between("1990-01-01", "1999-12-31")},
		{"summer 2024", graph.Between("2024-06-01", "2024-08-31")},
		{"two weeks", graph.Date{}},
		{"two days later", graph.DayDate(txDay(2025, 5, 5))},
	}
	for _, tc := range tests {
		xs := Timexes(tc.text, nil, dct, nil)
		if len(xs) != 1 || xs[0].Date != tc.date {
			t.Errorf("%q: got %+v, want one timex with date %+v", tc.text, xs, tc.date)
		}
	}
}

// TestTimexesLaterDate checks the date a "later" duration reaches: a day
// from the day mentioned last, a year from the year mentioned last ("in
// 1984 ... One year later" is 1985, not a year after some earlier day).
func TestTimexesLaterDate(t *testing.T) {
	dct := mustDate(t, "2011-10-05")
	for _, tc := range []struct {
		text string
		want graph.Date
	}{
		{"He was born on February 24, 1955. In 1984 the Macintosh was released. One year later he was fired.", mustDate(t, "1985")},
		{"They met in March 2009. Two months later they split.", mustDate(t, "2009-05")},
		{"They met on March 3, 2009. Three days later they split.", mustDate(t, "2009-03-06")},
		{"They met in 2009. Three days later they split.", mustDate(t, "2009")},       // no day to count from
		{"They met in May 2009. Two weeks later they split.", mustDate(t, "2009-05")}, // nor here
		{"Three days later they split.", mustDate(t, "2011-10-08")},                   // nothing mentioned: the DCT
	} {
		xs := Timexes(tc.text, nil, dct, nil)
		last := xs[len(xs)-1]
		if last.Type != TypeDuration || last.Date != tc.want {
			t.Errorf("%q: last timex %+v, want a duration reaching %+v", tc.text, last, tc.want)
		}
	}
}

func TestTimexesBlocks(t *testing.T) {
	text := "The minister spoke on Monday. Quoted post: see you tomorrow. — Ana, March 14, 2025"
	start := strings.Index(text, "Quoted")
	blocks := []graph.Block{{Span: graph.Span{Start: start, End: len(text)}, Kind: "post", Date: mustDate(t, "2025-03-14")}}
	got := short(Timexes(text, nil, mustDate(t, "2025-05-03"), blocks))
	want := []tx{{"Monday", "DATE", "2025-04-28"}, {"tomorrow", "DATE", "2025-03-15"}, {"March 14, 2025", "DATE", "2025-03-14"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
}

func TestTimexesSentences(t *testing.T) {
	// Given sentences, the tense of each decides its weekday.
	text := "He said it failed on Friday. She will act on Friday."
	sents := []graph.Span{{Start: 0, End: 28}, {Start: 29, End: len(text)}}
	got := short(Timexes(text, sents, mustDate(t, "2025-05-07"), nil))
	want := []tx{{"Friday", "DATE", "2025-05-02"}, {"Friday", "DATE", "2025-05-09"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// exampleDCTs are the document dates of the example articles: found in the
// text where it has one, else the date the brief gives (001) or unknown (003).
var exampleDCTs = map[string]string{"001": "2025-05-04"}

func TestGoldenExamples(t *testing.T) {
	files, _ := filepath.Glob("../examples/us-mexico/*.txt")
	if len(files) == 0 {
		t.Skip("no example articles")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		base := filepath.Base(f)
		key := base[:3]
		var b strings.Builder
		var dct graph.Date
		if d, ok := FindDCT(nil, text); ok {
			dct = d.Date
			fmt.Fprintf(&b, "dct %s from %q %s\n", d.Date.Value, d.Text, d.Note)
		} else if s, ok := exampleDCTs[key]; ok {
			dct = mustDate(t, s)
			fmt.Fprintf(&b, "dct %s given\n", s)
		} else {
			fmt.Fprintf(&b, "dct unknown\n")
		}
		if d, ok := InferDCT(text); ok {
			fmt.Fprintf(&b, "inferred %s: %s\n", d.Date.Value, d.Note)
		}
		for _, x := range Timexes(text, nil, dct, nil) {
			fmt.Fprintf(&b, "%d-%d\t%s\t%s\t%s..%s\t%q\n", x.Start, x.End, x.Type, x.Value, x.Date.Earliest, x.Date.Latest, x.Text)
		}
		golden := filepath.Join("testdata", "timex", strings.TrimSuffix(base, ".txt")+".golden")
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if diff := cmp.Diff(string(want), b.String()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", golden, diff)
		}
	}
}

func TestSpansAndValues(t *testing.T) {
	files, _ := filepath.Glob("../examples/us-mexico/*.txt")
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		for _, dct := range []graph.Date{{}, mustDate(t, "2025-05-03")} {
			checkTimexes(t, string(raw), Timexes(string(raw), nil, dct, nil))
		}
	}
}

// checkTimexes asserts the invariants of Timexes' output.
func checkTimexes(t *testing.T, text string, xs []graph.Timex) {
	t.Helper()
	last := 0
	for _, x := range xs {
		if x.Start < last || x.Start >= x.End || x.End > len(text) {
			t.Fatalf("bad span %d-%d (previous end %d, len %d) in %q", x.Start, x.End, last, len(text), text)
		}
		if x.Text != text[x.Start:x.End] {
			t.Fatalf("text %q != text[%d:%d] %q", x.Text, x.Start, x.End, text[x.Start:x.End])
		}
		if !ValueForm.MatchString(x.Value) {
			t.Fatalf("bad value %q for %q", x.Value, x.Text)
		}
		switch x.Type {
		case TypeDate, TypeTime, TypeDuration, TypeSet:
		default:
			t.Fatalf("bad type %q", x.Type)
		}
		if x.Date.Earliest != "" && x.Date.Latest != "" && x.Date.Earliest > x.Date.Latest {
			t.Fatalf("bad bounds %+v for %q", x.Date, x.Text)
		}
		last = x.End
	}
}

func FuzzTimexes(f *testing.F) {
	for _, s := range []string{"May 3, 2025", "11:58 PM · Feb 27, 2025", "the past three months", "Feb. 29",
		"05-05-2025 10:00", "2025-05-03T10:00:00Z", "two and a half years ago", "the '90s", "Q4 2024",
		"every other week", "mid-", "Monday, Oct. 26:", "12/31/9999", "0000-00-00", "31 December 1",
		"Easter week 9999", "St. Patrick's Day", "In 1988. That same year, later that year", "a quarter of a century",
		"at 10 a.m. (0735 GMT) Friday", "Feb. 29. Two days later, the next morning", "the weekend",
		"Feb. 28-31, 2024 and 29", "Oct. 3 to 5, 1999"} {
		f.Add(s, "2025-05-03")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, text, dct string) {
		d, err := graph.ParseDate(dct)
		if err != nil {
			d = graph.Date{}
		}
		checkTimexes(t, text, Timexes(text, nil, d, nil))
	})
}

// benchText is a fixed news text for the benchmark.
const benchText = `Mexican President Claudia Sheinbaum stated on Saturday that U.S. President Donald Trump had suggested deploying U.S. troops to Mexico for the purpose of combating drug trafficking. Her remarks came following a report in the Wall Street Journal from May 2, which indicated that Trump was pressuring Mexico. The two leaders have engaged in multiple discussions in recent months concerning security, trade, and immigration. A recent report suggested that tensions escalated towards the end of an April 16 phone call. In February, the U.S. classified the Sinaloa Cartel as a terrorist entity. Mexico has faced severe violence, with nearly 450,000 murders reported since a military operation began in 2006. Earlier this year, Trump imposed a 25% tariff on Mexican goods, though the tariffs were paused two days later. Remittances total over $60 billion annually. On May 2, Trump issued an order. The talks will resume next week, officials said at 10 a.m. on Friday, and the third-quarter figures are due in the fourth quarter of 2025.
`

func BenchmarkTimexes(b *testing.B) {
	dct := graph.DayDate(txDay(2025, 5, 4))
	words := len(strings.Fields(benchText))
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	n := 0
	for b.Loop() {
		Timexes(benchText, nil, dct, nil)
		n++
	}
	b.ReportMetric(float64(words*n)/b.Elapsed().Seconds(), "words/s")
}

func ExampleTimexes() {
	dct, _ := graph.ParseDate("2025-05-04")
	text := "Sheinbaum said on Saturday that Trump offered troops in an April 16 call."
	for _, x := range Timexes(text, nil, dct, nil) {
		fmt.Println(x.Text, x.Type, x.Value)
	}
	// Output:
	// Saturday DATE 2025-05-03
	// April 16 DATE 2025-04-16
}

// TestTimexesNormalization covers the value rules tuned on TimeBank and
// AQUAINT: the governing verb's tense, weekday parts, mixed durations,
// quarters and "a year ago" after amounts of money.
func TestTimexesNormalization(t *testing.T) {
	tests := []struct {
		name string
		text string
		dct  string
		want []tx
	}{
		{"weekday of the DCT, future", "The court will rule Friday.", "1998-02-27", []tx{{"Friday", "DATE", "1998-02-27"}}},
		{"weekday of the DCT, past", "They signed a plan Friday.", "1998-02-27", []tx{{"Friday", "DATE", "1998-02-27"}}},
		{"next weekday of the DCT", "They meet next Friday.", "1998-02-27", []tx{{"next Friday", "DATE", "1998-03-06"}}},
		{"governing verb on the left", "Protesters planned a march in Havana on Saturday and were planning more.", "2000-01-07",
			[]tx{{"Saturday", "DATE", "2000-01-08"}}},
		{"said before, will after", "Officials said Monday the talks will resume.", "2000-01-07", []tx{{"Monday", "DATE", "2000-01-03"}}},
		{"is to", "The stock is to resume trading in Paris Tuesday.", "1989-10-27", []tx{{"Tuesday", "DATE", "1989-10-31"}}},
		{"set to", "The talks, set to resume Monday in Belfast, stalled.", "1998-03-22", []tx{{"Monday", "DATE", "1998-03-23"}}},
		{"next to is no future", "Many were killed in the blasts next to the embassies in Kenya on Friday.", "1998-08-08",
			[]tx{{"Friday", "DATE", "1998-08-07"}}},
		{"weekday night", "A message was read Wednesday night.", "2000-01-07", []tx{{"Wednesday night", "TIME", "2000-01-05TNI"}}},
		{"this weekday morning", "He spoke this Friday morning.", "2000-01-07", []tx{{"this Friday morning", "TIME", "2000-01-07TMO"}}},
		{"weekday nights are a set", "Flights leave on Tuesday nights.", "1998-02-13", []tx{{"Tuesday nights", "SET", "XXXX-WXX-2TNI"}}},
		{"mixed years", "They lived there for 2 1/2 years.", "1998-02-27", []tx{{"2 1/2 years", "DURATION", "P2Y6M"}}},
		{"mixed hours", "The visit lasted 5 1/2 hours.", "1998-08-17", []tx{{"5 1/2 hours", "DURATION", "PT5H30M"}}},
		{"and a half", "It took an hour and a half.", "1998-08-17", []tx{{"an hour and a half", "DURATION", "PT1H30M"}}},
		{"mixed days", "It took 1 1/2 days.", "1998-08-17", []tx{{"1 1/2 days", "DURATION", "P1DT12H"}}},
		{"half alone", "It took half a year.", "1998-08-17", []tx{{"half a year", "DURATION", "P6M"}}},
		{"the quarter ended a month", "Sales fell in the quarter ended March 31.", "2013-03-21",
			[]tx{{"the quarter", "DATE", "2013-Q1"}, {"March 31", "DATE", "2013-03-31"}}},
		{"the quarter ended a month after the DCT's", "Sales fell in the quarter ended Sept. 30.", "2013-03-21",
			[]tx{{"the quarter", "DATE", "2012-Q3"}, {"Sept. 30", "DATE", "2012-09-30"}}},
		{"the quarter ended a month of a year", "Sales fell in the quarter ended Sept. 30, 1989.", "2013-03-21",
			[]tx{{"the quarter", "DATE", "1989-Q3"}, {"Sept. 30, 1989", "DATE", "1989-09-30"}}},
		{"the quarter ending in a month, future", "It will report for the quarter ending in June.", "2013-03-21",
			[]tx{{"the quarter", "DATE", "2013-Q2"}, {"June", "DATE", "2013-06"}}},
		{"the year ended a day is a duration", "Profit rose in the year ended Dec. 31.", "2013-03-21",
			[]tx{{"the year", "DURATION", "P1Y"}, {"Dec. 31", "DATE", "2012-12-31"}}},
		{"quarter just ended, future", "It expects to report a third-quarter loss.", "1989-11-02", []tx{{"third-quarter", "DATE", "1989-Q3"}}},
		{"quarter two ahead, future", "It expects to report a first-quarter loss.", "1989-11-02", []tx{{"first-quarter", "DATE", "1990-Q1"}}},
		{"a year ago after millions", "Profit rose to $5 million from $3 million a year ago.", "1989-06-02",
			[]tx{{"a year ago", "DATE", "1988"}}},
		{"a rate stays no timex", "It earns $5 million a year.", "1989-06-02", nil},
		{"the past year is last year", "Hate groups grew over the past year.", "1998-03-03", []tx{{"the past year", "DATE", "1997"}}},
		{"the past month stays a duration", "Hate groups grew over the past month.", "1998-03-03", []tx{{"the past month", "DURATION", "P1M"}}},
		{"the past decade stays a duration", "Sales grew over the past decade.", "1998-03-03", []tx{{"the past decade", "DURATION", "P10Y"}}},
		{"decade with an apostrophe", "In the late 1980's Apple grew, and in the 1990 's it fell.", "2005-06-06",
			[]tx{{"the late 1980's", "DATE", "198"}, {"the 1990 's", "DATE", "199"}}},
		{"possessive year stays a year", "1990's budget was big.", "2005-06-06", []tx{{"1990", "DATE", "1990"}}},
		{"a rate in BBC sums", "That's over £1bn a year loaded onto passengers.", "2005-02-15", nil},
		{"a rate of millions of things", "Output rose to 84 million barrels a day.", "2005-02-15", nil},
		{"a count of thousands stays a set", "There are over fifty thousand CDs a year.", "1998-03-03", []tx{{"a year", "DURATION", "P1Y"}}},
		{"a quarter percentage point", "The Fed raised rates by a quarter percentage point.", "2005-02-15", nil},
		{"an index level is no year", "The Dow fell 508 points to 1738 on Monday, from 2246 to 1738.", "1987-10-20",
			[]tx{{"Monday", "DATE", "1987-10-19"}}},
		{"a year before 1900 after a preposition stays", "The bank was founded in 1838 and closed in 1899.", "1987-10-20",
			[]tx{{"1838", "DATE", "1838"}, {"1899", "DATE", "1899"}}},
		{"a quarter as a share", "Almost a quarter (21%) agreed and sales fell by nearly a quarter.", "2005-02-15", nil},
		{"a quarter of time", "The index predicts output a quarter in advance; profit rose for a quarter.", "2005-02-15",
			[]tx{{"a quarter", "DURATION", "P1Q"}, {"a quarter", "DURATION", "P1Q"}}},
		{"newspapers named for days", "The Daily and Sunday Telegraph cut jobs, the Sunday Times said on Sunday.", "2005-02-15",
			[]tx{{"Sunday", "DATE", "2005-02-13"}}},
		{"a programme named today", "She told the Mail on Sunday and the Today programme she would quit today.", "2005-02-15",
			[]tx{{"today", "DATE", "2005-02-15"}}},
		{"daily at a sentence start", "Daily flights resume on Monday.", "2005-02-15", []tx{{"Daily", "SET", "P1D"}, {"Monday", "DATE", "2005-02-21"}}},
		{"the past before a count of things", "The euro gained 1% in the past three sessions; in the past, it fell.", "2005-02-15",
			[]tx{{"the past", "DATE", "PAST_REF"}}},
		{"hours and minutes run together", "England play at 1830 GMT; the dollar fell by 2100GMT.", "2005-02-15",
			[]tx{{"1830 GMT", "TIME", "2005-02-15T18:30"}, {"2100GMT", "TIME", "2005-02-15T21:00"}}},
		{"a range's first day takes the year that ends it", "Boesky bought between February 18 and February 21, 1986, and sold from Dec 18 to Jan 3, 1987.", "1987-04-13",
			[]tx{{"February 18", "DATE", "1986-02-18"}, {"February 21, 1986", "DATE", "1986-02-21"},
				{"Dec 18", "DATE", "1986-12-18"}, {"Jan 3, 1987", "DATE", "1987-01-03"}}},
		{"wire times are no years", "Trading will run until 1500 (1400 GMT), from 0720 to 1515 local time, with orders by 1530 hrs.", "1987-10-20",
			[]tx{{"1500", "TIME", "1987-10-20T15:00"}, {"0720", "TIME", "1987-10-20T07:20"}, {"1515", "TIME", "1987-10-20T15:15"},
				{"1530 hrs", "TIME", "1987-10-20T15:30"}}},
		{"years in a range stay years", "Output rose between 1985 and 1986, and from 1980 to 1984.", "1987-10-20",
			[]tx{{"1985", "DATE", "1985"}, {"1986", "DATE", "1986"}, {"1980", "DATE", "1980"}, {"1984", "DATE", "1984"}}},
		{"a time told again in an aside", "It blew up at 10:35 a.m. (0735 GMT) Friday.", "1998-08-08",
			[]tx{{"10:35 a.m.", "TIME", "1998-08-07T10:35"}, {"Friday", "DATE", "1998-08-07"}}},
		{"the final quarter of a year", "Donations rose in the final quarter of 2004.", "2005-02-15",
			[]tx{{"the final quarter of 2004", "DATE", "2004-Q4"}}},
		{"a match's final quarter", "Ireland led as the game entered the final quarter.", "2005-02-15", nil},
		{"a later date", "The vote was postponed to a later date.", "2005-02-15", []tx{{"a later date", "DATE", "FUTURE_REF"}}},
		{"a year count before the word year", "Results include an adjustment for 1986 year.", "1987-03-01", []tx{{"1986 year", "DATE", "1986"}}},
		{"a table count above its heading", "Avg shrs 2,332,397 vs 1,428,000\n    Year\nShr 1.22 dlrs", "1987-03-01", nil},
		{"long counted spans stay durations", "Hunting has existed for 700 years.", "2005-02-15", []tx{{"700 years", "DURATION", "P700Y"}}},
		{"two-digit years", "In '98 sales fell; the class of '68 met; in '08 the crisis hit.", "2013-03-22",
			[]tx{{"'98", "DATE", "1998"}, {"'68", "DATE", "1968"}, {"'08", "DATE", "2008"}}},
		{"a quoted count is no year", "He sang of 'the '90s' and '15 minutes of fame'.", "2013-03-22",
			[]tx{{"the '90s", "DATE", "199"}, {"15 minutes", "DURATION", "PT15M"}}},
		{"past month stays this year", "He stepped down in March for health reasons.", "1989-11-02", []tx{{"March", "DATE", "1989-03"}}},
		{"past day stays this year", "Revenue was $76 million for the year ended March 31.", "1989-11-01",
			[]tx{{"the year", "DURATION", "P1Y"}, {"March 31", "DATE", "1989-03-31"}}},
		{"future month stays this year", "The court will hear the case in December.", "1998-03-04", []tx{{"December", "DATE", "1998-12"}}},
		{"succeed is no past", "He will succeed Daniel P. Davison Feb. 1.", "1989-10-26", []tx{{"Feb. 1", "DATE", "1990-02-01"}}},
		{"passive after will be", "Collins will be named commander for a mission in December.", "1998-03-04",
			[]tx{{"December", "DATE", "1998-12"}}},
		{"payable looks ahead", "The reduced dividend is payable Jan. 2 to stock of record.", "1989-11-02",
			[]tx{{"Jan. 2", "DATE", "1990-01-02"}}},
		{"a plan seen from the past", "The offer had been scheduled to expire Friday evening.", "1989-10-30",
			[]tx{{"Friday evening", "TIME", "1989-10-27TEV"}}},
		{"a past plan still ahead", "Protesters were planning to drive around the airport on Monday.", "2000-01-07",
			[]tx{{"Monday", "DATE", "2000-01-10"}}},
		{"that year", "Imports peaked in 1988. That year, prices fell.", "1989-10-27",
			[]tx{{"1988", "DATE", "1988"}, {"That year", "DATE", "1988"}}},
		{"later that year", "He left in May 1998 and returned later that year.", "2000-01-28",
			[]tx{{"May 1998", "DATE", "1998-05"}, {"later that year", "DATE", "1998"}}},
		{"the following month", "Bidders came in March. The following month, it was sold.", "1989-10-27",
			[]tx{{"March", "DATE", "1989-03"}, {"The following month", "DATE", "1989-04"}}},
		{"that quarter", "It lost money in the second quarter of 1988. Results for that quarter included a charge.", "1989-10-27",
			[]tx{{"the second quarter of 1988", "DATE", "1988-Q2"}, {"that quarter", "DATE", "1988-Q2"}}},
		{"that same day after a month", "He was shot last October. His name was crossed out that same day.", "1999-02-06",
			[]tx{{"last October", "DATE", "1998-10"}, {"that same day", "DATE", "1998-10-XX"}}},
		{"that day without a day before", "Traders sold on trades made that day.", "1989-10-27", nil},
		{"clock time before an aside and a weekday", "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", "1998-08-08",
			[]tx{{"10:35 a.m.", "TIME", "1998-08-07T10:35"}, {"Friday", "DATE", "1998-08-07"}}},
		{"clock time on the day in focus", "The market fell on Oct. 13. At 2 p.m. trading stopped.", "1989-10-30",
			[]tx{{"Oct. 13", "DATE", "1989-10-13"}, {"2 p.m.", "TIME", "1989-10-13T14:00"}}},
		{"clock time after the focus fades", "It fell on Oct. 13. One. Two. Three. Four. At 2 p.m. it closed.", "1989-10-30",
			[]tx{{"Oct. 13", "DATE", "1989-10-13"}, {"2 p.m.", "TIME", "1989-10-30T14:00"}}},
		{"bare plural units", "Troops arrive within weeks; talks went on for hours, the first rise in years.", "1990-08-15",
			[]tx{{"weeks", "DURATION", "PXW"}, {"hours", "DURATION", "PTXH"}, {"years", "DURATION", "PXY"}}},
		{"bare plural units as nouns", "In years past, the days of talks were rare.", "1990-08-15", nil},
		{"last the verb", "The conclave could last several days.", "2013-03-12", []tx{{"several days", "DURATION", "PXD"}}},
		{"for the year", "For the year, pet food volume was flat.", "1989-11-02", []tx{{"the year", "DATE", "1989"}}},
		{"the first months of the year", "It earned $13 million in the first nine months of the year.", "1989-11-02",
			[]tx{{"the first nine months", "DURATION", "P9M"}, {"the year", "DATE", "1989"}}},
		{"the year before is no year in focus", "Sales fell from the year before.", "1989-11-02", nil},
		{"earlier in the year", "Work was delayed earlier in the year by rain.", "1989-10-26",
			[]tx{{"earlier in the year", "DATE", "1989"}}},
		{"the weekend before a Wednesday", "Over the weekend, protesters marched.", "2013-03-20",
			[]tx{{"the weekend", "DATE", "2013-W11-WE"}}},
		{"the weekend before a Monday", "Over the weekend, protesters marched.", "2013-03-18",
			[]tx{{"the weekend", "DATE", "2013-W11-WE"}}},
		{"the weekend ahead", "They will march over the weekend.", "2013-03-20", []tx{{"the weekend", "DATE", "2013-W12-WE"}}},
		{"scheduling verb in the present", "The two-day summit starts Thursday.", "2013-03-20",
			[]tx{{"two-day", "DURATION", "P2D"}, {"Thursday", "DATE", "2013-03-21"}}},
		{"bare scheduling verb", "Voters go to the polls on Sunday.", "2013-03-20", []tx{{"Sunday", "DATE", "2013-03-24"}}},
		{"a noun is no scheduling verb", "The protest marked a return to the demonstrations of early December.", "2000-01-15",
			[]tx{{"early December", "DATE", "1999-12"}}},
		{"is at a time", "The meeting is at 3 p.m. Thursday.", "2013-03-20", []tx{{"3 p.m. Thursday", "TIME", "2013-03-21T15:00"}}},
		{"is on a weekday", "The vote is on Sunday.", "2013-03-20", []tx{{"Sunday", "DATE", "2013-03-24"}}},
		{"is on a weekday's event", "The focus is on Monday's attack.", "2013-03-20", []tx{{"Monday", "DATE", "2013-03-18"}}},
		{"the next morning", "He was taken to a hospital on Feb. 22 and appeared in court the next morning.", "2000-02-24",
			[]tx{{"Feb. 22", "DATE", "2000-02-22"}, {"the next morning", "DATE", "2000-02-23"}}},
		{"what is asked for lies ahead", "Macron asked Lecornu to hold last-ditch talks with party leaders by Wednesday evening.",
			"2025-10-06", []tx{{"Wednesday evening", "TIME", "2025-10-08TEV"}}},
		{"a passive asking is no directive", "Asked by members to clarify the statement on Friday, Mulroney said no.", "1987-03-09",
			[]tx{{"Friday", "DATE", "1987-03-06"}}},
		{"a planned summit is no future", "Trump called off a planned summit with Putin on Tuesday.", "2025-10-23",
			[]tx{{"Tuesday", "DATE", "2025-10-21"}}},
		{"a clock time in a named zone", "Huang told analysts on a call at 2 p.m. Pacific time that demand was strong.", "2025-11-20",
			[]tx{{"2 p.m. Pacific time", "TIME", "2025-11-20T14:00"}}},
		{"N years ago today", "Thirty-six years ago today, border guards opened the crossings.", "2025-11-09",
			[]tx{{"Thirty-six years ago today", "DATE", "1989-11-09"}}},
		{"the same evening", "Trump met Xi in Busan on Oct. 30 and the White House announced a truce the same evening.", "2025-10-31",
			[]tx{{"Oct. 30", "DATE", "2025-10-30"}, {"the same evening", "DATE", "2025-10-30"}}},
		{"the next day", "The bomb went off on Aug. 7. The next day, police arrived.", "1998-08-20",
			[]tx{{"Aug. 7", "DATE", "1998-08-07"}, {"The next day", "DATE", "1998-08-08"}}},
		{"movable holidays", "He will wash feet on Holy Thursday and celebrate Easter. Crowds marched on St. Patrick's Day.", "2013-03-20",
			[]tx{{"Holy Thursday", "DATE", "2013-03-28"}, {"Easter", "DATE", "2013-03-31"}, {"St. Patrick's Day", "DATE", "2013-03-17"}}},
		{"Easter week in the past", "The trip was during Easter week.", "2000-06-01", []tx{{"Easter week", "DATE", "2000-W16"}}},
		{"Election Day with a year", "Turnout on Election Day 1998 was low.", "1999-01-01", []tx{{"Election Day 1998", "DATE", "1998-11-03"}}},
		{"Easter week begun", "Protesters prayed as Easter week began.", "2000-04-17", []tx{{"Easter week", "DATE", "2000-W16"}}},
		{"a holiday as a name", "The Good Friday agreement was signed.", "1998-05-01", nil},
		{"second the ordinal", "A second bomb exploded and he came a second time.", "2013-03-20", nil},
		{"second the unit", "The 30-second ad ran for one second.", "2013-03-20",
			[]tx{{"30-second", "DURATION", "PT30S"}, {"one second", "DURATION", "PT1S"}}},
		{"ages and fractions", "Mr. Reupke, 52 years old, runs four flights a week with more than a quarter of the market.", "1989-11-01", nil},
		{"a quarter of a century", "It lasted a quarter of a century.", "1989-11-01", []tx{{"a quarter of a century", "DURATION", "P25Y"}}},
		{"three quarters of an hour", "It took three quarters of an hour.", "1989-11-01", []tx{{"three quarters of an hour", "DURATION", "PT45M"}}},
		{"today's world", "In today's world, the chips of today's personal computers serve tomorrow's leaders.", "1998-03-04", nil},
		{"today's editions", "The offer, advertised in today's editions, expires.", "1989-11-02", []tx{{"today", "DATE", "1989-11-02"}}},
		{"present passive stops the search", "He had not signed it, and the case is heard in May.", "2000-03-29",
			[]tx{{"May", "DATE", "2000-05"}}},
		{"an adjective in -ed", "The split would be paid on a still unspecified date in January.", "1989-10-26",
			[]tx{{"January", "DATE", "1990-01"}}},
		{"the year's quarter in focus", "Third-quarter net rose 5%. In the 1988 quarter, it earned $2 million.", "1989-10-27",
			[]tx{{"Third-quarter", "DATE", "1989-Q3"}, {"the 1988 quarter", "DATE", "1988-Q3"}}},
		{"must looks ahead", "Cyprus must raise 5.8 billion euros by Monday.", "2013-03-20", []tx{{"Monday", "DATE", "2013-03-25"}}},
		{"must have looks back", "He must have left on Monday.", "2013-03-20", []tx{{"Monday", "DATE", "2013-03-18"}}},
		{"unit-long", "A week-long strike ended a decades-long feud.", "2013-03-20",
			[]tx{{"week-long", "DURATION", "P1W"}, {"decades-long", "DURATION", "PXY"}}},
		{"for decades", "For decades, exiles were cut off.", "2000-01-15", []tx{{"decades", "DURATION", "PXY"}}},
		{"in the fall", "He met her in the spring of 2012 and again in the fall.", "2013-03-20",
			[]tx{{"the spring of 2012", "DATE", "2012-SP"}, {"the fall", "DATE", "2012-FA"}}},
		{"the fall of", "The fall of the wall came.", "2013-03-20", nil},
		{"more units", "He gave them two more weeks and an additional year.", "2000-04-03",
			[]tx{{"two more weeks", "DURATION", "P2W"}, {"an additional year", "DURATION", "P1Y"}}},
		{"the week of a day", "A hearing is set for the week of March 6.", "2000-02-24", []tx{{"the week of March 6", "DATE", "2000-W10"}}},
		{"mid-afternoon yesterday", "In London at mid-afternoon yesterday, shares were up.", "1989-11-02",
			[]tx{{"mid-afternoon yesterday", "TIME", "1989-11-01TAF"}}},
		{"a season in a name", "The 2012 Summer Olympics and the Spring Festival drew crowds.", "2013-03-20", []tx{{"2012", "DATE", "2012"}}},
		{"plan the noun", "The parliament rejected the plan on Tuesday night.", "2013-03-20",
			[]tx{{"Tuesday night", "TIME", "2013-03-19TNI"}}},
		{"clock time, local time, aside", "Voting ends at 8 p.m. local time (1900 GMT) on Sunday.", "2013-03-20",
			[]tx{{"8 p.m.", "TIME", "2013-03-24T20:00"}, {"Sunday", "DATE", "2013-03-24"}}},
		{"due to a cause", "The game was called off due to the rain on Sunday.", "2013-03-20", []tx{{"Sunday", "DATE", "2013-03-17"}}},
		{"hour in the morning", "The father will leave at 4 in the morning.", "2000-04-05", []tx{{"4 in the morning", "TIME", "2000-04-05T04:00"}}},
		{"range of days", "The summit runs March 18-20.", "2013-03-20", []tx{{"March 18", "DATE", "2013-03-18"}, {"20", "DATE", "2013-03-20"}}},
		{"range of days with a year", "They met on April 24 and 25, 1999.", "1999-02-10",
			[]tx{{"April 24", "DATE", "1999-04-24"}, {"25, 1999", "DATE", "1999-04-25"}}},
		{"a range of numbers is no range of days", "On March 5, 10 to 12 people came; prices rose 18-20 percent.", "2013-03-20",
			[]tx{{"March 5", "DATE", "2013-03-05"}}},
		{"bare units later", "Hours later, the building fell; years later, it was rebuilt.", "2013-03-20",
			[]tx{{"Hours", "DURATION", "PTXH"}, {"years", "DURATION", "PXY"}}},
		{"holds on the left", "Bernanke holds a news conference Wednesday afternoon.", "2013-03-18",
			[]tx{{"Wednesday afternoon", "TIME", "2013-03-20TAF"}}},
		{"holds on the right", "The move follows Tuesday's declaration by Ford, which holds a stake.", "1989-10-26",
			[]tx{{"Tuesday", "DATE", "1989-10-24"}}},
		{"weekdays in the plural", "The museum is closed on Mondays; the festival runs through Sunday.", "2013-03-20",
			[]tx{{"Mondays", "SET", "XXXX-WXX-1"}, {"Sunday", "DATE", "2013-03-24"}}},
		{"written year", "In nineteen ninety-one Keating was convicted.", "1998-01-15", []tx{{"nineteen ninety-one", "DATE", "1991"}}},
		{"month and written year", "January nineteen ninety-seven.", "1998-02-27", []tx{{"January nineteen ninety-seven", "DATE", "1997-01"}}},
		{"the year two thousand", "The approach of the year two thousand worries them.", "1998-03-03",
			[]tx{{"the year two thousand", "DATE", "2000"}}},
		{"counts in words stay counts", "The academy has twelve hundred students and two thousand books.", "1998-03-03", nil},
		{"season of a written year", "We saw it in the winter of nineteen ninety-four.", "1998-02-23",
			[]tx{{"the winter of nineteen ninety-four", "DATE", "1994-WI"}}},
		{"century", "She is a 20th century democrat near an 11th-century temple.", "1998-02-13",
			[]tx{{"20th century", "DATE", "19"}, {"11th-century", "DATE", "10"}}},
		{"the nineties", "Numbers dropped through the nineties.", "1998-03-03", []tx{{"the nineties", "DATE", "199"}}},
		{"the full year", "It forecast an increase for the full year.", "1989-10-30", []tx{{"the full year", "DATE", "1989"}}},
		{"the current fiscal year", "Sales in the current fiscal year rose.", "1989-11-02", []tx{{"the current fiscal year", "DATE", "1989"}}},
		{"the latest period", "Third-quarter profit rose. The latest period had gains.", "1989-11-01",
			[]tx{{"Third-quarter", "DATE", "1989-Q3"}, {"The latest period", "DATE", "1989-Q3"}}},
		{"last fall from February", "Prices fell last fall.", "1998-02-06", []tx{{"last fall", "DATE", "1997-FA"}}},
		{"next spring from February", "Talks resume next spring.", "1998-02-06", []tx{{"next spring", "DATE", "1998-SP"}}},
		{"until a deadline", "INS extended its deadline until Tuesday.", "2000-04-03", []tx{{"Tuesday", "DATE", "2000-04-04"}}},
		{"Until looking back", "Until Thursday, they had not called him a suspect.", "1999-05-07", []tx{{"Thursday", "DATE", "1999-05-06"}}},
		{"earlier yesterday", "Earlier yesterday, the company said so.", "1989-11-01", []tx{{"Earlier yesterday", "DATE", "1989-10-31"}}},
		{"earlier weekday keeps the day", "Earlier Friday, lawyers filed a motion.", "2000-01-07", []tx{{"Friday", "DATE", "2000-01-07"}}},
		{"year-earlier quarter", "In the year-earlier third quarter, it earned $2 million.", "1989-10-27",
			[]tx{{"the year-earlier third quarter", "DATE", "1988-Q3"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := short(Timexes(tt.text, nil, mustDate(t, tt.dct), nil))
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
