package graph

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// EncodeGraphML writes s as GraphML (http://graphml.graphdrawing.org/): one
// node per entity (kind, name, aliases, mentions) and per event (type, date,
// title, sources), and one directed edge per participation, from an agent
// to its event and from an event to its other participants, with the role
// as data. Text goes through encoding/xml, so it is always escaped. The
// output depends only on s: entities in ID order, events in timeline order.
func EncodeGraphML(s *Snapshot) ([]byte, error) {
	doc := graphML{
		XMLNS: "http://graphml.graphdrawing.org/xmlns",
		Keys: []graphMLKey{
			{ID: "d_type", For: "node", Name: "type", Type: "string"},
			{ID: "d_name", For: "node", Name: "name", Type: "string"},
			{ID: "d_kind", For: "node", Name: "kind", Type: "string"},
			{ID: "d_aliases", For: "node", Name: "aliases", Type: "string"},
			{ID: "d_mentions", For: "node", Name: "mentions", Type: "int"},
			{ID: "d_event_type", For: "node", Name: "event_type", Type: "string"},
			{ID: "d_date", For: "node", Name: "date", Type: "string"},
			{ID: "d_title", For: "node", Name: "title", Type: "string"},
			{ID: "d_sources", For: "node", Name: "sources", Type: "int"},
			{ID: "d_role", For: "edge", Name: "role", Type: "string"},
		},
		Graph: graphMLGraph{ID: "chronograph", EdgeDefault: "directed"},
	}
	ents := sortedEntities(s)
	known := map[string]bool{}
	for _, e := range ents {
		known[e.ID] = true
		n := graphMLNode{ID: e.ID, Data: []graphMLData{
			{Key: "d_type", Value: "entity"}, {Key: "d_name", Value: e.Name}, {Key: "d_kind", Value: string(e.Kind)},
		}}
		if len(e.Aliases) > 0 {
			n.Data = append(n.Data, graphMLData{Key: "d_aliases", Value: strings.Join(e.Aliases, "; ")})
		}
		n.Data = append(n.Data, graphMLData{Key: "d_mentions", Value: strconv.Itoa(e.Mentions)})
		doc.Graph.Nodes = append(doc.Graph.Nodes, n)
	}
	for i := range s.Events {
		e := &s.Events[i]
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphMLNode{ID: e.ID, Data: []graphMLData{
			{Key: "d_type", Value: "event"}, {Key: "d_event_type", Value: e.Type},
			{Key: "d_date", Value: e.Date.Value}, {Key: "d_title", Value: e.Title},
			{Key: "d_sources", Value: strconv.Itoa(len(e.Sources))},
		}})
	}
	for i := range s.Events {
		e := &s.Events[i]
		for j, p := range e.Participants {
			if !known[p.ID] {
				continue
			}
			from, to := e.ID, p.ID
			if p.Role == Agent {
				from, to = p.ID, e.ID
			}
			doc.Graph.Edges = append(doc.Graph.Edges, graphMLEdge{ID: fmt.Sprintf("%s/%d", e.ID, j), Source: from, Target: to,
				Data: []graphMLData{{Key: "d_role", Value: string(p.Role)}}})
		}
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("graph: encoding GraphML: %w", err)
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

func sortedEntities(s *Snapshot) []Entity {
	ents := append([]Entity(nil), s.Entities...)
	for i := 1; i < len(ents); i++ {
		if ents[i-1].ID > ents[i].ID {
			sortEntitiesByID(ents)
			break
		}
	}
	return ents
}

type graphML struct {
	XMLName xml.Name     `xml:"graphml"`
	XMLNS   string       `xml:"xmlns,attr"`
	Keys    []graphMLKey `xml:"key"`
	Graph   graphMLGraph `xml:"graph"`
}

type graphMLKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphMLGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphMLNode `xml:"node"`
	Edges       []graphMLEdge `xml:"edge"`
}

type graphMLNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphMLData `xml:"data"`
}

type graphMLEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphMLData `xml:"data"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func sortEntitiesByID(ents []Entity) {
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
}
