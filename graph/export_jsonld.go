package graph

import (
	"encoding/json"
	"fmt"
	"sort"
)

// JSONLDPrefix prefixes every @id EncodeJSONLD writes.
const JSONLDPrefix = "urn:chronograph:"

// EncodeJSONLD writes s as JSON-LD in the schema.org vocabulary: entities
// as Person, Organization or Place (Thing for other kinds) with their
// aliases as alternateName; events as Event with name, startDate (or
// startDate bounds as a note when undated), organizer (agents), about
// (targets), attendee (other people and organizations), location (other
// places) and subjectOf (the NewsArticles reporting them, with the
// sentence as description). Every node has an @id under JSONLDPrefix. The
// output depends only on s.
func EncodeJSONLD(s *Snapshot) ([]byte, error) {
	var nodes []map[string]any
	ref := func(id string) map[string]string { return map[string]string{"@id": JSONLDPrefix + id} }
	for _, e := range sortedEntities(s) {
		n := map[string]any{"@id": JSONLDPrefix + e.ID, "@type": schemaType(e.Kind), "name": e.Name}
		if len(e.Aliases) > 0 {
			n["alternateName"] = e.Aliases
		}
		nodes = append(nodes, n)
	}
	type article struct{ id, title, published string }
	articles := map[string]article{}
	for i := range s.Events {
		e := &s.Events[i]
		n := map[string]any{"@id": JSONLDPrefix + e.ID, "@type": "Event", "name": e.Title,
			"additionalType": JSONLDPrefix + "type:" + e.Type}
		if e.Date.Known() {
			n["startDate"] = e.Date.Value
		}
		roles := map[string][]map[string]string{}
		for _, p := range e.Participants {
			prop := "attendee"
			switch {
			case p.Role == Agent:
				prop = "organizer"
			case p.Role == Target:
				prop = "about"
			case p.Kind == Place:
				prop = "location"
			}
			roles[prop] = append(roles[prop], ref(p.ID))
		}
		for k, v := range roles {
			n[k] = v
		}
		var subj []map[string]string
		for _, so := range e.Sources {
			subj = append(subj, map[string]string{"@id": JSONLDPrefix + "doc:" + so.Document, "description": so.Sentence})
			if _, ok := articles[so.Document]; !ok {
				articles[so.Document] = article{so.Document, so.Title, so.Published}
			}
		}
		if len(subj) > 0 {
			n["subjectOf"] = subj
		}
		nodes = append(nodes, n)
	}
	ids := make([]string, 0, len(articles))
	for id := range articles {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := articles[id]
		n := map[string]any{"@id": JSONLDPrefix + "doc:" + id, "@type": "NewsArticle", "identifier": id}
		if a.title != "" {
			n["headline"] = a.title
		}
		if a.published != "" {
			n["datePublished"] = a.published
		}
		nodes = append(nodes, n)
	}
	if nodes == nil {
		nodes = []map[string]any{}
	}
	b, err := json.MarshalIndent(map[string]any{"@context": "https://schema.org", "@graph": nodes}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("graph: encoding JSON-LD: %w", err)
	}
	return append(b, '\n'), nil
}

func schemaType(k Kind) string {
	switch k {
	case Person:
		return "Person"
	case Organization:
		return "Organization"
	case Place:
		return "Place"
	}
	return "Thing"
}
