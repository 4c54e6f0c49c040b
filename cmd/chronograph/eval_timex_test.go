package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/graph"
)

const evalTimexTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-04" functionInDocument="CREATION_TIME">2025-05-04</TIMEX3></DCT>
<TEXT>
Sheinbaum said on <TIMEX3 tid="t1" type="DATE" value="2025-05-03">Saturday</TIMEX3> that the call of <TIMEX3 tid="t2" type="DATE" value="2025-04-16">April 16</TIMEX3> failed. Talks lasted <TIMEX3 tid="t3" type="DURATION" value="P2W">two weeks</TIMEX3> and resume after <TIMEX3 tid="t4" type="DURATION" value="PXM">some time</TIMEX3>.
</TEXT>
</TimeML>
`

func TestEvalTimex(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "t1.tml"), []byte(evalTimexTML), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := runEvalTimex(context.Background(), []string{"--tml", dir, "--format", "json"}, &out, &errOut); err != nil {
		t.Fatalf("%v: %s", err, errOut.String())
	}
	var rep timexReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Documents != 1 || rep.Counts.Gold != 4 || rep.Counts.System != 3 || rep.Counts.Relaxed != 3 || rep.Counts.ValueOK != 3 {
		t.Errorf("report %+v", rep)
	}
	if rep.Relaxed.P != 100 || rep.Relaxed.R != 75 {
		t.Errorf("relaxed %+v", rep.Relaxed)
	}

	out.Reset()
	if err := runEvalTimex(context.Background(), []string{"--tml", dir, "--errors"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); !strings.Contains(s, "missed") || !strings.Contains(s, `"some time"`) || !strings.Contains(s, "relaxed  100.00  75.00") {
		t.Errorf("text report:\n%s", s)
	}

	out.Reset()
	if err := runEvalTimex(context.Background(), []string{"--tml", dir, "--classes"}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); !strings.Contains(s, "    1 missed/DURATION\n") || strings.Contains(s, "some time") {
		t.Errorf("class table without the errors:\n%s", s)
	}

	if err := runEvalTimex(context.Background(), nil, &out, &errOut); !errors.Is(err, errUsage) {
		t.Errorf("no --tml: %v, want errUsage", err)
	}
	if err := runEvalTimex(context.Background(), []string{"--tml", dir, "--format", "xml"}, &out, &errOut); !errors.Is(err, errUsage) {
		t.Errorf("bad --format: %v, want errUsage", err)
	}
}

const evalTimexCAT = `<?xml version="1.0" ?><Document doc_id="7" doc_name="7_Apple" lang="en">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="1" t_id="2">May</token>
<token number="2" sentence="1" t_id="3">4</token>
<token number="3" sentence="1" t_id="4">,</token>
<token number="4" sentence="1" t_id="5">2025</token>
<token number="5" sentence="2" t_id="6">Jobs</token>
<token number="6" sentence="2" t_id="7">spoke</token>
<token number="7" sentence="2" t_id="8">on</token>
<token number="8" sentence="2" t_id="9">Saturday</token>
<token number="9" sentence="2" t_id="10">for</token>
<token number="10" sentence="2" t_id="11">two</token>
<token number="11" sentence="2" t_id="12">weeks</token>
<token number="12" sentence="7" t_id="13">Sales</token>
<token number="13" sentence="7" t_id="14">rose</token>
<token number="14" sentence="7" t_id="15">in</token>
<token number="15" sentence="7" t_id="16">2024</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2025-05-04"><token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2025-05-03"><token_anchor t_id="9"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DURATION" value="P3W"><token_anchor t_id="11"/><token_anchor t_id="12"/></TIMEX3>
</Markables>
</Document>`

// TestEvalTimexMEANTIME scores CAT files: the creation time's date line and
// the sentences after the fifth are not scored.
func TestEvalTimexMEANTIME(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "7_Apple.xml"), []byte(evalTimexCAT), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := runEvalTimex(context.Background(), []string{"--meantime", dir, "--format", "json", "--errors"}, &out, &errOut); err != nil {
		t.Fatalf("%v: %s", err, errOut.String())
	}
	var rep timexReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Documents != 1 || rep.Counts.Gold != 2 || rep.Counts.System != 2 || rep.Counts.Strict != 2 || rep.Counts.ValueOK != 1 {
		t.Errorf("report %+v", rep)
	}
	if len(rep.Errors) != 1 || rep.Errors[0].Doc != "7" || rep.Errors[0].Kind != "value" {
		t.Errorf("errors %+v", rep.Errors)
	}
	if err := runEvalTimex(context.Background(), []string{"--tml", dir, "--meantime", dir}, &out, &errOut); !errors.Is(err, errUsage) {
		t.Errorf("both --tml and --meantime: %v, want errUsage", err)
	}
}

// TestTimexErrorClass checks the groups disagreements fall in.
func TestTimexErrorClass(t *testing.T) {
	tx := func(text, typ, val string) graph.Timex { return graph.Timex{Text: text, Type: typ, Value: val} }
	none := graph.Timex{}
	tests := []struct {
		kind string
		g, x graph.Timex
		want string
	}{
		{"missed", tx("soon", "DATE", "FUTURE_REF"), none, "missed/DATE"},
		{"spurious", none, tx("now", "DATE", "PRESENT_REF"), "spurious/DATE"},
		{"type", tx("this morning", "DATE", "2008-01-09TMO"), tx("this morning", "TIME", "2008-01-09TMO"), "type (value right)"},
		{"extent", tx("a week", "DURATION", "P1W"), tx("more than a week", "DURATION", "P1W"), "extent (value right)"},
		{"value", tx("daily", "SET", "XXXX-XX-XX"), tx("daily", "SET", "P1D"), "value/SET"},
		{"value", tx("recent years", "DURATION", "PXY"), tx("recent years", "DATE", "PAST_REF"), "value/REF"},
		{"value", tx("last week", "DURATION", "P1W"), tx("last week", "DATE", "1998-W33"), "value/duration-vs-date"},
		{"value", tx("13 years", "DURATION", "P12Y"), tx("13 years", "DURATION", "P13Y"), "value/duration"},
		{"value", tx("Friday morning", "DATE", "1998-08-07"), tx("Friday morning", "TIME", "1998-08-07TMO"), "value/time-of-day"},
		{"value", tx("10 p.m", "TIME", "1998-10-23T22:00"), tx("10 p.m.", "TIME", "1999-04-19T22:00"), "value/time-anchor"},
		{"value", tx("1968", "DATE", "1968-XX"), tx("1968", "DATE", "1968"), "value/gold-unknown"},
		{"value", tx("last week", "DATE", "1989-WXX"), tx("last week", "DATE", "1989-W43"), "value/gold-unknown"},
		{"value", tx("last week", "DATE", "1998-W12"), tx("last week", "DATE", "1998-W11"), "value/week"},
		{"value", tx("a year ago", "DATE", "1988"), tx("a year ago", "DATE", "1988-Q3"), "value/quarter-half-fiscal"},
		{"value", tx("Friday", "DATE", "1998-09-25"), tx("Friday", "DATE", "1998-10-02"), "value/weekday"},
		{"value", tx("a year ago", "DATE", "1988-10"), tx("a year ago", "DATE", "1988"), "value/granularity"},
		{"value", tx("January", "DATE", "1990-01"), tx("January", "DATE", "1989-01"), "value/year-choice"},
		{"value", tx("that day", "DATE", "1998-10-23"), tx("that day", "DATE", "1999-10-21"), "value/anchor"},
	}
	for _, tc := range tests {
		if got := timexErrorClass(tc.kind, tc.g, tc.x); got != tc.want {
			t.Errorf("%s %+v %+v: %q, want %q", tc.kind, tc.g, tc.x, got, tc.want)
		}
	}
	errs := []timexErrorReported{{Class: "b"}, {Class: "a"}, {Class: "b"}, {Class: "c"}}
	if got, want := countTimexClasses(errs), []timexClassCount{{"b", 2}, {"a", 1}, {"c", 1}}; !slices.Equal(got, want) {
		t.Errorf("counts %v, want %v", got, want)
	}
}
