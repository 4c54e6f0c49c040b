package chronograph

import (
	"encoding/json"
	"io"

	"github.com/chronograph/chronograph/graph"
)

// TimelineJSON is the timeline JSON format: `timeline --format json` and
// `export json` print it. README.md documents every field.
type TimelineJSON struct {
	Events []EventJSON `json:"events"`
}

// EventJSON is one event of the timeline JSON format.
type EventJSON struct {
	ID           string              `json:"id"`
	Type         string              `json:"type"`
	Lemma        string              `json:"lemma,omitempty"`
	Date         string              `json:"date"`
	Precision    string              `json:"precision"`
	Earliest     string              `json:"earliest,omitempty"`
	Latest       string              `json:"latest,omitempty"`
	Title        string              `json:"title"`
	Factuality   string              `json:"factuality,omitempty"`
	Participants []graph.Participant `json:"participants"`
	Sources      []SourceJSON        `json:"sources"`
	Conflicts    []graph.Conflict    `json:"conflicts,omitempty"`
	Confidence   float64             `json:"confidence"`
}

// SourceJSON is one source of an event in the timeline JSON format. Start
// and End are the byte offsets of the trigger word in the document's text.
type SourceJSON struct {
	Document  string `json:"document"`
	Path      string `json:"path,omitempty"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Sentence  string `json:"sentence"`
	Trigger   string `json:"trigger"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Date      string `json:"date,omitempty"`
}

// NewTimelineJSON converts events (in timeline order) to the JSON format.
func NewTimelineJSON(events []graph.Event) TimelineJSON {
	out := TimelineJSON{Events: make([]EventJSON, 0, len(events))}
	for _, e := range events {
		precision := string(e.Date.Precision)
		if precision == "" {
			precision = "unknown"
		}
		ej := EventJSON{
			ID: e.ID, Type: e.Type, Lemma: e.Lemma, Date: e.Date.Value, Precision: precision,
			Earliest: e.Date.Earliest, Latest: e.Date.Latest, Title: e.Title,
			Factuality: string(e.Factuality), Participants: e.Participants,
			Conflicts: e.Conflicts, Confidence: e.Confidence,
		}
		if ej.Participants == nil {
			ej.Participants = []graph.Participant{}
		}
		for _, s := range e.Sources {
			ej.Sources = append(ej.Sources, SourceJSON{
				Document: s.Document, Title: s.Title, Published: s.Published,
				Sentence: s.Sentence, Trigger: s.Trigger, Start: s.Start, End: s.End, Date: s.Date.Value,
			})
		}
		if ej.Sources == nil {
			ej.Sources = []SourceJSON{}
		}
		out.Events = append(out.Events, ej)
	}
	return out
}

// EntitiesJSON is the format of `entities --format json`.
type EntitiesJSON struct {
	Entities []EntityJSON `json:"entities"`
}

// EntityJSON is one entity of EntitiesJSON.
type EntityJSON struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	Aliases   []string `json:"aliases"`
	Mentions  int      `json:"mentions"`
	Documents int      `json:"documents"`
	FirstSeen string   `json:"first_seen,omitempty"`
	LastSeen  string   `json:"last_seen,omitempty"`
}

// NewEntitiesJSON converts entities to the JSON format, keeping their order.
func NewEntitiesJSON(ents []graph.Entity) EntitiesJSON {
	out := EntitiesJSON{Entities: make([]EntityJSON, 0, len(ents))}
	for _, e := range ents {
		al := e.Aliases
		if al == nil {
			al = []string{}
		}
		out.Entities = append(out.Entities, EntityJSON{ID: e.ID, Name: e.Name, Kind: string(e.Kind),
			Aliases: al, Mentions: e.Mentions, Documents: len(e.Documents), FirstSeen: e.FirstSeen, LastSeen: e.LastSeen})
	}
	return out
}

// WriteJSON writes v as indented JSON with a final newline, HTML characters
// left as they are.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
