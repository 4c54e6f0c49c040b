package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

	if err := runEvalTimex(context.Background(), nil, &out, &errOut); !errors.Is(err, errUsage) {
		t.Errorf("no --tml: %v, want errUsage", err)
	}
	if err := runEvalTimex(context.Background(), []string{"--tml", dir, "--format", "xml"}, &out, &errOut); !errors.Is(err, errUsage) {
		t.Errorf("bad --format: %v, want errUsage", err)
	}
}
