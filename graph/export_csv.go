package graph

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"sort"
	"strings"
)

// CSVHeader is the header row EncodeCSV writes.
var CSVHeader = []string{"id", "date", "type", "title", "participants", "sources"}

// EncodeCSV writes s's events as CSV (RFC 4180), one row per event in
// timeline order under CSVHeader: participants as "Name (kind, role)"
// joined by "; ", sources as document IDs joined by "; ". A cell that a
// spreadsheet would read as a formula (starting with =, +, -, @, tab or
// carriage return) is prefixed with a single quote.
func EncodeCSV(s *Snapshot) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.Write(CSVHeader); err != nil {
		return nil, fmt.Errorf("graph: encoding CSV: %w", err)
	}
	for i := range s.Events {
		e := &s.Events[i]
		ps := make([]string, len(e.Participants))
		for j, p := range e.Participants {
			name := p.Name
			if name == "" {
				name = p.ID
			}
			ps[j] = fmt.Sprintf("%s (%s, %s)", name, p.Kind, p.Role)
		}
		var docs []string
		seen := map[string]bool{}
		for _, so := range e.Sources {
			if !seen[so.Document] {
				seen[so.Document] = true
				docs = append(docs, so.Document)
			}
		}
		sort.Strings(docs)
		row := []string{e.ID, e.Date.Value, e.Type, e.Title, strings.Join(ps, "; "), strings.Join(docs, "; ")}
		for j := range row {
			row[j] = csvSafe(row[j])
		}
		if err := w.Write(row); err != nil {
			return nil, fmt.Errorf("graph: encoding CSV: %w", err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("graph: encoding CSV: %w", err)
	}
	return b.Bytes(), nil
}

func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
