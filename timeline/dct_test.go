package timeline

import (
	"errors"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for an error
	}{
		{"2025-05-03", "2025-05-03"},
		{"2025-05-03T10:00:00Z", "2025-05-03"},
		{"2025-05-03T23:30:00-05:00", "2025-05-03"},
		{"2025-05-03 10:00", "2025-05-03"},
		{"Sat, 03 May 2025 10:00:00 GMT", "2025-05-03"},
		{"Sat, 3 May 2025 10:00:00 +0000", "2025-05-03"},
		{"May 3, 2025", "2025-05-03"},
		{"3 May 2025", "2025-05-03"},
		{"Saturday, May 3, 2025", "2025-05-03"},
		{"Sat. May 3, 2025", "2025-05-03"},
		{"05/03/2025", "2025-05-03"},
		{"13/03/2025", "2025-03-13"},
		{"05-05-2025", "2025-05-05"},
		{"2025/05/03", "2025-05-03"},
		{"20250503", "2025-05-03"},
		{"26-FEB-1987 15:01:01.79", "1987-02-26"},
		{"Feb. 29, 2024", "2024-02-29"},
		{"  May 2025 ", "2025-05"},
		{"2025-05", "2025-05"},
		{"2025", "2025"},
		{"Feb. 29, 2025", ""},
		{"Friday, May 3, 2025", ""}, // May 3, 2025 was a Saturday
		{"May 3", ""},
		{"yesterday", ""},
		{"May 3, 2025 and more", ""},
		{"", ""},
		{"2025-13-01", ""},
	}
	for _, tc := range tests {
		d, err := ParseDate(tc.in)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("ParseDate(%q) = %+v, want an error", tc.in, d)
		case tc.want == "" && !errors.Is(err, ErrNoDate):
			t.Errorf("ParseDate(%q) error %v does not wrap ErrNoDate", tc.in, err)
		case tc.want != "" && (err != nil || d.Value != tc.want):
			t.Errorf("ParseDate(%q) = %+v, %v, want %s", tc.in, d, err, tc.want)
		}
	}
}

func TestFindDCT(t *testing.T) {
	tests := []struct {
		name      string
		header    []string
		body      string
		want      string
		ambiguous bool
		note      string // a part of Note
	}{
		{"header date line", []string{"Trump's Push Rejected", "", "May 3, 2025", "Trump's Push Rejected"}, "Body.", "2025-05-03", false, ""},
		{"labelled", nil, "Mexico Rejects Offer\n\nDate: 05-05-2025\nSources: 3", "2025-05-05", false, ""},
		{"bare numeric", []string{"05-05-2025"}, "", "2025-05-05", false, ""},
		{"published", []string{"Published 3 May 2025 14:02 GMT"}, "", "2025-05-03", false, ""},
		{"iso", []string{"2025-05-03T10:00:00Z"}, "", "2025-05-03", false, ""},
		{"weekday", []string{"Saturday, May 3, 2025"}, "", "2025-05-03", false, ""},
		{"reuters", []string{"26-FEB-1987 15:01:01.79"}, "", "1987-02-26", false, ""},
		{"post time", []string{"11:58 PM · Feb 27, 2025"}, "", "2025-02-27", false, ""},
		{"ambiguous", []string{"Date: 03-02-2009"}, "Nothing else here.", "2009-03-02", true, "ambiguous"},
		{"weekday decides", []string{"Tuesday 03-02-2009"}, "", "2009-02-03", false, "day-month"},
		{"written date decides", []string{"03-02-2009"}, "On 3 February 2009 the council met.", "2009-02-03", false, "written out"},
		{"other numeric dates decide", []string{"03-02-2009"}, "The deal of 25/01/2009 stands.", "2009-02-03", false, "day first"},
		{"a day written out without its year decides", []string{"Date: 12/11/2024"},
			"The court said on Tuesday 12 November that Shell must act.", "2024-11-12", false, "day-month"},
		{"either way round", []string{"Date: 04/03/2025"}, "The deal of April 3 stands.", "2025-04-03", false, "month-day"},
		{"British usage decides", []string{"05/11/2025"}, "Thames Water was fined 123 million pounds for breaches of its licence.",
			"2025-11-05", false, "day-first countries"},
		{"American usage keeps month first", []string{"05/11/2025"}, "The utility was fined 123 million dollars by the defense agency.",
			"2025-05-11", true, "ambiguous"},
		{"date in first lines of body", nil, "Title\nSheinbaum said on May 3, 2025, that she refused.", "2025-05-03", false, "first lines"},
		{"labelled beats running text", []string{"Title"}, "It began on May 1, 2025.\nUpdated: May 4, 2025", "2025-05-04", false, ""},
		{"a label word in running text labels nothing", []string{"US charity anthem is re-released"},
			"It was re-issued.\nThe single was originally released in the US on 7 March 1985 and sold 800,000 copies in its first week.",
			"1985-03-07", false, "first lines"},
		{"a short labelled line in the body", []string{"Title"}, "Story first published 3 May 2025", "2025-05-03", false, ""},
		{"a wire dateline opening the body", []string{"Chipmaker beats forecasts"},
			"SAN JOSE, California, Oct 29, 2025 (Example Wire) - Arcton reported revenue on Wednesday.", "2025-10-29", false, ""},
		{"a dateline with a dash", []string{"Title"}, "NEW ORLEANS, Sept 11, 2025 — The storm hit.", "2025-09-11", false, ""},
		{"a dateline without a year takes the text's latest year", []string{"Title"},
			"MOSCOW, Oct 3 (Reuters) - The bank cut rates, having held them from October 2024 until June 2025.", "2025-10-03", false,
			"without a year"},
		{"a date in the header beats a dateline without a year", []string{"Filed March 3, 2025 by the desk"},
			"MOSCOW, Oct 3 (Reuters) - The bank cut rates in June 2025.", "2025-03-03", false, ""},
		{"or the next when its day would come before that date", []string{"Title"},
			"MOSCOW, Jan 3 (Reuters) - The bank cut rates after a meeting on Dec. 20, 2024.", "2025-01-03", false, "without a year"},
		{"a date after a lower-case word is running text", []string{"Title"},
			"Shares rose, Oct 29, 2025 - a record.", "2025-10-29", false, "first lines"},
		{"a date after a place without a dash is running text", []string{"Title"},
			"In Geneva, May 3, 2025 was a day of talks.", "2025-05-03", false, "first lines"},
	}
	for _, tc := range tests {
		d, ok := FindDCT(tc.header, tc.body)
		// only a date in the running text of the body is a mere mention
		if mentioned := tc.note == "first lines"; ok && d.Mentioned != mentioned {
			t.Errorf("%s: FindDCT Mentioned = %v, want %v", tc.name, d.Mentioned, mentioned)
		}
		if !ok || d.Date.Value != tc.want || d.Ambiguous != tc.ambiguous || !strings.Contains(d.Note, tc.note) {
			t.Errorf("%s: FindDCT = %+v, %v; want %s ambiguous %v note ~%q", tc.name, d, ok, tc.want, tc.ambiguous, tc.note)
		}
	}
	if d, ok := FindDCT([]string{"No date here"}, "Nor here, only yesterday and May 3."); ok {
		t.Errorf("FindDCT found %+v in a text without a full date", d)
	}
}

func TestInferDCT(t *testing.T) {
	d, ok := InferDCT("It began on March 2, 2025, after talks in January 2025; on May 1, 2024 nothing.")
	if !ok || d.Date.Value != "2025-03-02" || !strings.Contains(d.Note, "latest day") {
		t.Errorf("InferDCT = %+v, %v", d, ok)
	}
	d, ok = InferDCT("Talks in 2019 and in March 2021 and in 2020.")
	if !ok || d.Date.Value != "2021-03" {
		t.Errorf("InferDCT month = %+v, %v", d, ok)
	}
	if d, ok := InferDCT("on Saturday, April 16"); ok {
		t.Errorf("InferDCT = %+v from relative dates only", d)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-05-03", "May 3, 2025", "Sat, 03 May 2025 10:00:00 GMT", "05/03/2025",
		"26-FEB-1987 15:01:01.79", "Saturday, May 3, 2025", "2025", "Feb. 29, 2024", "9999-12-31T23:59:59Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if _, err := graph.ParseDate(d.Value); err != nil || !d.Known() {
			t.Fatalf("ParseDate(%q) = %+v: not a valid date (%v)", s, d, err)
		}
		again, err := ParseDate(d.Value)
		if err != nil || again != d {
			t.Fatalf("ParseDate(%q) = %+v does not round-trip: %+v, %v", s, d, again, err)
		}
	})
}

func FuzzFindDCT(f *testing.F) {
	f.Add("May 3, 2025", "Body text.")
	f.Add("Date: 03-02-2009", "Tuesday, 3 February 2009")
	f.Add("", "Title\n11:58 PM · Feb 27, 2025")
	f.Fuzz(func(t *testing.T, header, body string) {
		d, ok := FindDCT(strings.Split(header, "\n"), body)
		if !ok {
			return
		}
		if d.Date.Precision != graph.Day || d.Text == "" {
			t.Fatalf("FindDCT = %+v", d)
		}
		if !strings.Contains(header, d.Text) && !strings.Contains(body, d.Text) {
			t.Fatalf("FindDCT text %q is in neither input", d.Text)
		}
		if _, err := graph.ParseDate(d.Date.Value); err != nil {
			t.Fatal(err)
		}
	})
}
