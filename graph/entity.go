package graph

import (
	"strings"
	"unicode"
)

// Kind is the kind of an entity.
type Kind string

// The kinds of entities.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Place        Kind = "place"
	Other        Kind = "other"
)

// ParseKind returns the Kind named by s (person, organization, place, other;
// short forms per, org, loc and gpe are accepted), or false.
func ParseKind(s string) (Kind, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "person", "per", "people", "persons":
		return Person, true
	case "organization", "organisation", "org", "organizations", "organisations":
		return Organization, true
	case "place", "loc", "gpe", "location", "places":
		return Place, true
	case "other", "misc":
		return Other, true
	}
	return "", false
}

// Mention is one occurrence of an entity in a document's text.
type Mention struct {
	Span
	Text     string `json:"text"`
	Kind     Kind   `json:"kind"`
	Sentence int    `json:"sentence"`
	// Entity indexes Document.Entities.
	Entity int `json:"entity"`
}

// LocalEntity is an entity as one document knows it: the fullest name the
// document gives it, its other names, and how often it is mentioned.
type LocalEntity struct {
	Name     string   `json:"name"`
	Kind     Kind     `json:"kind"`
	Aliases  []string `json:"aliases,omitempty"`
	Mentions int      `json:"mentions"`
}

// Entity is a person, organization, place or other named thing, merged
// across every document that mentions it.
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     Kind     `json:"kind"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
	// Documents lists the IDs of the documents that mention the entity, sorted.
	Documents []string `json:"documents,omitempty"`
	// FirstSeen and LastSeen are the earliest and latest dates of the
	// entity's events or, failing those, of the documents mentioning it.
	FirstSeen string `json:"first_seen,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"`
}

// EntityID returns the stable ID of an entity from its kind and canonical
// name: the same name and kind give the same ID on every run.
func EntityID(kind Kind, name string) string {
	var b strings.Builder
	b.WriteString(kindPrefix(kind))
	b.WriteByte(':')
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 2 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func kindPrefix(k Kind) string {
	switch k {
	case Person:
		return "per"
	case Organization:
		return "org"
	case Place:
		return "loc"
	}
	return "oth"
}
