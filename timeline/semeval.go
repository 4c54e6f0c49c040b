package timeline

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chronograph/chronograph/graph"
)

// SemEvalRow is one line of a SemEval-2015 Task 4 timeline: the events
// that happened together at one point of an entity's timeline.
type SemEvalRow struct {
	// Order is the row's position in the timeline from 1, or 0 when the
	// events are not anchored in time.
	Order int
	// Date is the row's date as written ("2008-06-09", "2008-06-XX",
	// "XXXX-XX-XX"); see ParseSemEvalDate for its graph.Date.
	Date string
	// Events are the event mentions of the row.
	Events []SemEvalEvent
}

// SemEvalEvent is one event mention of a SemEval timeline, written
// "docid-sentence-token" ("11716-6-sold").
type SemEvalEvent struct {
	Doc      string
	Sentence int
	Token    string
}

// String returns the mention as SemEval writes it.
func (e SemEvalEvent) String() string {
	return fmt.Sprintf("%s-%d-%s", e.Doc, e.Sentence, e.Token)
}

// SemEvalError is a syntax error in a SemEval timeline, at a 1-based line.
type SemEvalError struct {
	Line int
	Err  error
}

func (e *SemEvalError) Error() string { return fmt.Sprintf("%v (line %d)", e.Err, e.Line) }

// Unwrap returns the underlying error.
func (e *SemEvalError) Unwrap() error { return e.Err }

// ErrSemEvalSyntax is wrapped by every SemEvalError.
var ErrSemEvalSyntax = errors.New("timeline: bad SemEval timeline syntax")

// ReadSemEval reads a SemEval-2015 Task 4 timeline: the entity's name on
// the first line, then one row per line, "ORDER<TAB>DATE<TAB>EVENT..." with
// events written "docid-sentence-token". Blank lines are skipped. On a
// syntax error it returns the rows read so far and a *SemEvalError.
func ReadSemEval(r io.Reader) (entity string, rows []SemEvalRow, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			entity = strings.TrimSpace(strings.TrimPrefix(text, "\ufeff"))
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		row, err := parseRow(text)
		if err != nil {
			return entity, rows, &SemEvalError{Line: line, Err: err}
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return entity, rows, fmt.Errorf("timeline: reading: %w", err)
	}
	return entity, rows, nil
}

func parseRow(text string) (SemEvalRow, error) {
	f := strings.Split(text, "\t")
	if len(f) < 3 {
		return SemEvalRow{}, fmt.Errorf("%w: want ORDER, DATE and events separated by tabs", ErrSemEvalSyntax)
	}
	n, err := strconv.Atoi(strings.TrimSpace(f[0]))
	if err != nil || n < 0 {
		return SemEvalRow{}, fmt.Errorf("%w: bad order %q", ErrSemEvalSyntax, f[0])
	}
	row := SemEvalRow{Order: n, Date: strings.TrimSpace(f[1])}
	for _, ev := range f[2:] {
		ev = strings.TrimSpace(ev)
		if ev == "" {
			continue
		}
		// docid-sentence-token; the token itself may hold dashes
		parts := strings.SplitN(ev, "-", 3)
		if len(parts) != 3 || parts[0] == "" || parts[2] == "" {
			return row, fmt.Errorf("%w: bad event %q (want docid-sentence-token)", ErrSemEvalSyntax, ev)
		}
		s, err := strconv.Atoi(parts[1])
		if err != nil || s < 0 {
			return row, fmt.Errorf("%w: bad sentence in event %q", ErrSemEvalSyntax, ev)
		}
		row.Events = append(row.Events, SemEvalEvent{Doc: parts[0], Sentence: s, Token: parts[2]})
	}
	if len(row.Events) == 0 {
		return row, fmt.Errorf("%w: row without events", ErrSemEvalSyntax)
	}
	return row, nil
}

// ParseSemEvalDate returns the graph.Date a SemEval date stands for:
// "2008-06-09" a day, "2008-06-XX" (or "2008-06") a month, "2008-XX-XX"
// (or "2008") a year, anything with an unknown year an unknown date.
func ParseSemEvalDate(s string) graph.Date {
	s = strings.TrimSpace(s)
	for strings.HasSuffix(s, "-XX") {
		s = strings.TrimSuffix(s, "-XX")
	}
	if d, err := graph.ParseDate(s); err == nil {
		return d
	}
	return graph.Date{}
}

// SemEvalDate writes d the SemEval way: "2008-06-09", "2008-06-XX",
// "2008-XX-XX", or "XXXX-XX-XX" when d is unknown.
func SemEvalDate(d graph.Date) string {
	switch d.Precision {
	case graph.Day:
		return d.Value
	case graph.Month:
		return d.Value + "-XX"
	case graph.Year:
		return d.Value + "-XX-XX"
	}
	return "XXXX-XX-XX"
}

// WriteSemEval writes events, already in timeline order, as entity's
// SemEval-2015 Task 4 timeline: dated events numbered from 1 in order
// (events on the same date share a number and a line), undated events with
// order 0, each source as "docid-sentence-trigger", each mention once
// (where it first appears). name maps a document ID
// to the name SemEval uses for it (nil keeps the ID).
func WriteSemEval(w io.Writer, entity string, events []graph.Event, name func(doc string) string) error {
	if name == nil {
		name = func(doc string) string { return doc }
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, entity)
	var undated []graph.Event
	order, last := 0, ""
	var line []string
	flush := func() {
		if len(line) > 0 {
			fmt.Fprintf(bw, "%d\t%s\t%s\n", order, last, strings.Join(line, "\t"))
			line = nil
		}
	}
	written := map[string]bool{}
	mentions := func(e graph.Event) []string {
		var out []string
		for _, s := range e.Sources {
			tok := strings.Join(strings.Fields(s.Trigger), "_")
			m := SemEvalEvent{Doc: name(s.Document), Sentence: s.SentenceIndex, Token: tok}.String()
			if !written[m] {
				written[m] = true
				out = append(out, m)
			}
		}
		return out
	}
	for _, e := range events {
		if !e.Date.Known() {
			undated = append(undated, e)
			continue
		}
		ms := mentions(e)
		if len(ms) == 0 {
			continue
		}
		if d := SemEvalDate(e.Date); d != last {
			flush()
			order++
			last = d
		}
		line = append(line, ms...)
	}
	flush()
	for _, e := range undated {
		if ms := mentions(e); len(ms) > 0 {
			fmt.Fprintf(bw, "0\tXXXX-XX-XX\t%s\n", strings.Join(ms, "\t"))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("timeline: writing: %w", err)
	}
	return nil
}
