package graph

import (
	"fmt"
	"sort"
	"strings"

	gonumgraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/simple"
)

// DOTOptions selects what EncodeDOT draws. The zero value draws every
// entity and event.
type DOTOptions struct {
	// Focus, when set, is an entity ID: only the entities within Depth
	// relation hops of it, and the events among them, are drawn.
	Focus string
	// Depth is the neighbourhood radius around Focus; 0 means 1.
	Depth int
	// Name is the graph's name; empty means "chronograph".
	Name string
}

// EncodeDOT draws s as a Graphviz DOT digraph through gonum's encoder:
// entities are nodes styled by kind, events are boxes labelled with their
// type, date and title, and edges run from an event's agents to the event
// and from the event to its targets (other participants dashed). The output
// depends only on s and opts: node order follows entity IDs, then timeline
// order.
func EncodeDOT(s *Snapshot, opts DOTOptions) ([]byte, error) {
	keep := focusFilter(s, opts.Focus, opts.Depth)
	name := graphName(opts.Name)
	g := &dotGraph{DirectedGraph: simple.NewDirectedGraph(), name: name}
	nodes := map[string]*dotNode{}
	ents := append([]Entity(nil), s.Entities...)
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	var next int64
	for _, e := range ents {
		if !keep(e.ID) {
			continue
		}
		n := &dotNode{id: next, dotID: e.ID, attrs: entityStyle(e)}
		next++
		nodes[e.ID] = n
		g.AddNode(n)
	}
	for i := range s.Events {
		ev := &s.Events[i]
		var in []Participant
		for _, p := range ev.Participants {
			if nodes[p.ID] != nil {
				in = append(in, p)
			}
		}
		if len(in) == 0 || (opts.Focus != "" && len(in) < len(ev.Participants) && !ev.HasParticipant(opts.Focus)) {
			continue
		}
		en := &dotNode{id: next, dotID: ev.ID, attrs: eventStyle(ev)}
		next++
		g.AddNode(en)
		for _, p := range in {
			pn := nodes[p.ID]
			switch p.Role {
			case Agent:
				g.SetEdge(&dotEdge{from: pn, to: en, attrs: []encoding.Attribute{{Key: "label", Value: quote("agent")}}})
			case Target:
				g.SetEdge(&dotEdge{from: en, to: pn, attrs: []encoding.Attribute{{Key: "label", Value: quote("target")}}})
			default:
				g.SetEdge(&dotEdge{from: en, to: pn, attrs: []encoding.Attribute{{Key: "style", Value: "dashed"}, {Key: "arrowhead", Value: "none"}}})
			}
		}
	}
	b, err := dot.Marshal(g, name, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("graph: encoding DOT: %w", err)
	}
	return append(b, '\n'), nil
}

// focusFilter keeps every entity when focus is empty, else the entities
// within depth relation hops of it (depth <= 0 means 1).
func focusFilter(s *Snapshot, focus string, depth int) func(string) bool {
	if focus == "" {
		return func(string) bool { return true }
	}
	if depth <= 0 {
		depth = 1
	}
	ids := Neighbourhood(Relations(s.Events), focus, depth)
	set := make(map[string]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	return func(id string) bool { return set[id] }
}

// graphName is a DOT graph's name: name, or "chronograph" when empty.
func graphName(name string) string {
	if name == "" {
		return "chronograph"
	}
	return name
}

var kindStyle = map[Kind][2]string{
	Person:       {"ellipse", "#cfe2ff"},
	Organization: {"box", "#ffe8a3"},
	Place:        {"hexagon", "#c8f0c8"},
	Other:        {"octagon", "#e6e6e6"},
}

func entityStyle(e Entity) []encoding.Attribute {
	st, ok := kindStyle[e.Kind]
	if !ok {
		st = kindStyle[Other]
	}
	return []encoding.Attribute{
		{Key: "label", Value: quote(e.Name)},
		{Key: "shape", Value: st[0]},
		{Key: "style", Value: "filled"},
		{Key: "fillcolor", Value: quote(st[1])},
		{Key: "tooltip", Value: quote(string(e.Kind))},
	}
}

func eventStyle(e *Event) []encoding.Attribute {
	date := e.Date.Value
	if date == "" {
		date = "undated"
	}
	title := e.Title
	if len(title) > 60 {
		cut := strings.LastIndexByte(title[:60], ' ')
		if cut < 20 {
			cut = 60
		}
		title = strings.ToValidUTF8(title[:cut], "") + "…"
	}
	return []encoding.Attribute{
		{Key: "label", Value: quote(e.Type + " · " + date + "\n" + title)},
		{Key: "shape", Value: "note"},
		{Key: "fontsize", Value: "10"},
	}
}

// quote returns s as a DOT double-quoted string, so that no value is ever
// read as an HTML label or a keyword; UTF-8 is kept as it is.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

type dotGraph struct {
	*simple.DirectedGraph
	name string
}

func (g *dotGraph) DOTID() string { return g.name }

func (g *dotGraph) DOTAttributers() (graph, node, edge encoding.Attributer) {
	return attrs{{Key: "rankdir", Value: "LR"}, {Key: "fontname", Value: "Helvetica"}},
		attrs{{Key: "fontname", Value: "Helvetica"}},
		attrs{{Key: "fontname", Value: "Helvetica"}, {Key: "fontsize", Value: "9"}}
}

type attrs []encoding.Attribute

func (a attrs) Attributes() []encoding.Attribute { return a }

type dotNode struct {
	id    int64
	dotID string
	attrs []encoding.Attribute
}

func (n *dotNode) ID() int64                        { return n.id }
func (n *dotNode) DOTID() string                    { return n.dotID }
func (n *dotNode) Attributes() []encoding.Attribute { return n.attrs }

type dotEdge struct {
	from, to *dotNode
	attrs    []encoding.Attribute
}

func (e *dotEdge) From() gonumgraph.Node { return e.from }
func (e *dotEdge) To() gonumgraph.Node   { return e.to }
func (e *dotEdge) ReversedEdge() gonumgraph.Edge {
	return &dotEdge{from: e.to, to: e.from, attrs: e.attrs}
}
func (e *dotEdge) Attributes() []encoding.Attribute {
	return e.attrs
}
