package graph

// Snapshot is the consolidated graph: every entity, merged across documents,
// and every event, merged across sources and in timeline order
// (Events[i].Order == i). Entities are sorted by ID.
type Snapshot struct {
	Entities []Entity `json:"entities"`
	Events   []Event  `json:"events"`
}
