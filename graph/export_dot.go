package graph

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/simple"
)

// EntityDOTOptions selects what EncodeEntityDOT draws. The zero value draws
// every linked entity, clustered by community, with a legend.
type EntityDOTOptions struct {
	// Focus, when set, is an entity ID: only the entities within Depth
	// relation hops of it are drawn.
	Focus string
	// Depth is the neighbourhood radius around Focus; 0 means 1.
	Depth int
	// Name is the graph's name; empty means "chronograph".
	Name string
	// NoClusters turns off the community clusters.
	NoClusters bool
	// NoLegend turns off the legend.
	NoLegend bool
	// Communities tunes the community detection behind the clusters.
	Communities CommunityOptions
	// MaxLabels is the number of relation lines an edge label shows before
	// "+N more"; 0 means 3.
	MaxLabels int
}

// EncodeEntityDOT draws the entity graph of s as a Graphviz DOT digraph
// through gonum's encoder: entities are nodes styled by kind, an edge runs
// from agent to target (undirected links drawn without arrowheads) labelled
// with the relation verbs, dates and event counts; communities
// (FindCommunities) are drawn as clusters and a legend cluster explains the
// node shapes. Entities without a link are left out. The output depends only
// on s and opts.
func EncodeEntityDOT(s *Snapshot, opts EntityDOTOptions) ([]byte, error) {
	keep := focusFilter(s, opts.Focus, opts.Depth)
	name := graphName(opts.Name)
	maxLabels := opts.MaxLabels
	if maxLabels <= 0 {
		maxLabels = 3
	}

	// Links between drawn entities, per ordered pair and direction.
	type linkKey struct {
		from, to string
		directed bool
	}
	type linkKind struct {
		n           int
		first, last string
	}
	links := map[linkKey]map[string]*linkKind{}
	known := map[string]Entity{}
	for _, e := range s.Entities {
		if keep(e.ID) {
			known[e.ID] = e
		}
	}
	add := func(k linkKey, verb string, d Date) {
		m := links[k]
		if m == nil {
			m = map[string]*linkKind{}
			links[k] = m
		}
		lk := m[verb]
		if lk == nil {
			lk = &linkKind{}
			m[verb] = lk
		}
		lk.n++
		if d.Known() {
			if lk.first == "" || d.Value < lk.first {
				lk.first = d.Value
			}
			if d.Value > lk.last {
				lk.last = d.Value
			}
		}
	}
	for i := range s.Events {
		e := &s.Events[i]
		var ps []Participant
		for _, p := range e.Participants {
			if _, ok := known[p.ID]; ok {
				ps = append(ps, p)
			}
		}
		for x := 0; x < len(ps); x++ {
			for y := x + 1; y < len(ps); y++ {
				p, q := ps[x], ps[y]
				if p.ID == q.ID {
					continue
				}
				switch {
				case p.Role == Agent && q.Role == Target:
					add(linkKey{p.ID, q.ID, true}, RelationKind(e.Type, true), e.Date)
				case p.Role == Target && q.Role == Agent:
					add(linkKey{q.ID, p.ID, true}, RelationKind(e.Type, true), e.Date)
				default:
					a, b := p.ID, q.ID
					if b < a {
						a, b = b, a
					}
					add(linkKey{a, b, false}, e.Type, e.Date)
				}
			}
		}
	}
	linked := map[string]bool{}
	for k := range links {
		linked[k.from], linked[k.to] = true, true
	}

	g := &clusteredDOT{dotGraph: &dotGraph{DirectedGraph: simple.NewDirectedGraph(), name: name}}
	ids := make([]string, 0, len(linked))
	for id := range linked {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	nodes := make(map[string]*dotNode, len(ids))
	for i, id := range ids {
		n := &dotNode{id: int64(i), dotID: id, attrs: entityStyle(known[id])}
		nodes[id] = n
		g.AddNode(n)
	}

	// One DOT edge per ordered pair; an undirected link shares the edge of
	// a directed one between the same pair when there is one.
	type pair struct{ from, to string }
	lines := map[pair][]string{}
	directed := map[pair]bool{}
	keys := make([]linkKey, 0, len(links))
	for k := range links {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.from != b.from {
			return a.from < b.from
		}
		if a.to != b.to {
			return a.to < b.to
		}
		return a.directed && !b.directed
	})
	for _, k := range keys {
		if k.directed {
			directed[pair{k.from, k.to}] = true
		}
	}
	for _, k := range keys {
		p := pair{k.from, k.to}
		if !k.directed && !directed[p] && directed[pair{k.to, k.from}] {
			p = pair{k.to, k.from}
		}
		verbs := make([]string, 0, len(links[k]))
		for v := range links[k] {
			verbs = append(verbs, v)
		}
		sort.Strings(verbs)
		for _, v := range verbs {
			lk := links[k][v]
			line := v
			switch {
			case lk.first != "" && lk.first != lk.last:
				line += " " + lk.first + ".." + lk.last
			case lk.first != "":
				line += " " + lk.first
			}
			if lk.n > 1 {
				line += " (×" + strconv.Itoa(lk.n) + ")"
			}
			lines[p] = append(lines[p], line)
		}
	}
	pairs := make([]pair, 0, len(lines))
	for p := range lines {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].from != pairs[j].from {
			return pairs[i].from < pairs[j].from
		}
		return pairs[i].to < pairs[j].to
	})
	for _, p := range pairs {
		ls := lines[p]
		if len(ls) > maxLabels {
			ls = append(ls[:maxLabels:maxLabels], fmt.Sprintf("+%d more", len(lines[p])-maxLabels))
		}
		at := []encoding.Attribute{{Key: "label", Value: quote(strings.Join(ls, "\n"))}}
		if !directed[p] {
			at = append(at, encoding.Attribute{Key: "dir", Value: "none"}, encoding.Attribute{Key: "style", Value: "dashed"})
		}
		g.SetEdge(&dotEdge{from: nodes[p.from], to: nodes[p.to], attrs: at})
	}

	next := int64(len(ids))
	if !opts.NoClusters && len(ids) > 0 {
		sub := &Snapshot{Events: s.Events}
		for _, id := range ids {
			sub.Entities = append(sub.Entities, known[id])
		}
		comms := FindCommunities(sub, opts.Communities)
		for _, c := range comms.Communities {
			if len(c.Members) < 2 {
				continue
			}
			cl := communityCluster(c)
			for _, m := range c.Members {
				n := nodes[m.ID]
				cl.AddNode(&dotNode{id: n.id, dotID: n.dotID})
			}
			g.clusters = append(g.clusters, cl)
		}
	}
	if !opts.NoLegend {
		lg := &dotCluster{DirectedGraph: simple.NewDirectedGraph(), name: "cluster_legend",
			attrs: attrs{{Key: "label", Value: quote("legend")}, {Key: "style", Value: "dashed"}, {Key: "color", Value: quote("#999999")}}}
		for _, k := range []Kind{Person, Organization, Place, Other} {
			st := kindStyle[k]
			lg.AddNode(&dotNode{id: next, dotID: "legend:" + string(k), attrs: []encoding.Attribute{
				{Key: "label", Value: quote(string(k))}, {Key: "shape", Value: st[0]},
				{Key: "style", Value: "filled"}, {Key: "fillcolor", Value: quote(st[1])}}})
			next++
		}
		a := &dotNode{id: next, dotID: "legend:agent", attrs: []encoding.Attribute{{Key: "label", Value: quote("agent")}, {Key: "shape", Value: "plaintext"}}}
		b := &dotNode{id: next + 1, dotID: "legend:target", attrs: []encoding.Attribute{{Key: "label", Value: quote("target")}, {Key: "shape", Value: "plaintext"}}}
		c := &dotNode{id: next + 2, dotID: "legend:shared", attrs: []encoding.Attribute{{Key: "label", Value: quote("shared event")}, {Key: "shape", Value: "plaintext"}}}
		d := &dotNode{id: next + 3, dotID: "legend:other", attrs: []encoding.Attribute{{Key: "label", Value: quote("participant")}, {Key: "shape", Value: "plaintext"}}}
		lg.SetEdge(&dotEdge{from: a, to: b, attrs: []encoding.Attribute{{Key: "label", Value: quote("verb date (×events)")}}})
		lg.SetEdge(&dotEdge{from: c, to: d, attrs: []encoding.Attribute{{Key: "label", Value: quote("event type")}, {Key: "dir", Value: "none"}, {Key: "style", Value: "dashed"}}})
		g.clusters = append(g.clusters, lg)
	}
	b, err := dot.Marshal(g, name, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("graph: encoding DOT: %w", err)
	}
	return append(b, '\n'), nil
}

var clusterColours = []string{"#f2f7ff", "#fff8e6", "#effaef", "#fbeff7", "#f0f0f0", "#eef9fb", "#fdf1ec", "#f4f1fb"}

// clusteredDOT is a dotGraph with subgraphs (gonum dot.Structurer).
type clusteredDOT struct {
	*dotGraph
	clusters []dot.Graph
}

func (g *clusteredDOT) Structure() []dot.Graph { return g.clusters }

// dotCluster is a named subgraph with graph attributes.
type dotCluster struct {
	*simple.DirectedGraph
	name  string
	attrs attrs
}

// communityCluster returns the empty DOT cluster that draws community c.
func communityCluster(c Community) *dotCluster {
	return &dotCluster{DirectedGraph: simple.NewDirectedGraph(), name: fmt.Sprintf("cluster_c%d", c.ID),
		attrs: attrs{
			{Key: "label", Value: quote(fmt.Sprintf("community %d: %s", c.ID, c.Label))},
			{Key: "style", Value: "rounded,filled"},
			{Key: "color", Value: quote("#999999")},
			{Key: "fillcolor", Value: quote(clusterColours[c.ID%len(clusterColours)])},
		}}
}

func (c *dotCluster) DOTID() string { return c.name }

func (c *dotCluster) DOTAttributers() (graph, node, edge encoding.Attributer) {
	return c.attrs, attrs{}, attrs{}
}

// EncodeEventDOT draws the entity–event graph as EncodeDOT does (entities
// styled by kind, events as notes, edges agent → event → target, other
// participants dashed), adding the entities' communities as clusters (an
// event joins its participants' cluster when they all share one) and a
// legend, unless opts turns them off. Focus, Depth and Name work as in
// DOTOptions; MaxLabels is unused. The output depends only on s and opts.
func EncodeEventDOT(s *Snapshot, opts EntityDOTOptions) ([]byte, error) {
	keep := focusFilter(s, opts.Focus, opts.Depth)
	name := graphName(opts.Name)
	g := &clusteredDOT{dotGraph: &dotGraph{DirectedGraph: simple.NewDirectedGraph(), name: name}}
	nodes := map[string]*dotNode{}
	var drawn []Entity
	var next int64
	for _, e := range sortedEntities(s) {
		if !keep(e.ID) {
			continue
		}
		n := &dotNode{id: next, dotID: e.ID, attrs: entityStyle(e)}
		next++
		nodes[e.ID] = n
		drawn = append(drawn, e)
		g.AddNode(n)
	}
	type placed struct {
		node *dotNode
		ev   *Event
	}
	var events []placed
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
		events = append(events, placed{en, ev})
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
	if !opts.NoClusters && len(drawn) > 0 {
		comms := FindCommunities(&Snapshot{Entities: drawn, Events: s.Events}, opts.Communities)
		member := map[string]int{}
		var clusters []*dotCluster
		for _, c := range comms.Communities {
			cl := communityCluster(c)
			for _, m := range c.Members {
				member[m.ID] = c.ID
				n := nodes[m.ID]
				cl.AddNode(&dotNode{id: n.id, dotID: n.dotID})
			}
			clusters = append(clusters, cl)
		}
		for _, pe := range events {
			ci := -1
			for _, p := range pe.ev.Participants {
				c, ok := member[p.ID]
				if nodes[p.ID] == nil {
					continue
				}
				if !ok || (ci >= 0 && c != ci) {
					ci = -2
					break
				}
				ci = c
			}
			if ci >= 0 {
				clusters[ci].AddNode(&dotNode{id: pe.node.id, dotID: pe.node.dotID})
			}
		}
		for _, cl := range clusters {
			if cl.Nodes().Len() >= 2 {
				g.clusters = append(g.clusters, cl)
			}
		}
	}
	if !opts.NoLegend {
		g.clusters = append(g.clusters, eventLegend(next))
	}
	b, err := dot.Marshal(g, name, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("graph: encoding DOT: %w", err)
	}
	return append(b, '\n'), nil
}

// eventLegend is the legend of the entity–event view, its node IDs from next on.
func eventLegend(next int64) *dotCluster {
	lg := &dotCluster{DirectedGraph: simple.NewDirectedGraph(), name: "cluster_legend",
		attrs: attrs{{Key: "label", Value: quote("legend")}, {Key: "style", Value: "dashed"}, {Key: "color", Value: quote("#999999")}}}
	for _, k := range []Kind{Person, Organization, Place, Other} {
		st := kindStyle[k]
		lg.AddNode(&dotNode{id: next, dotID: "legend:" + string(k), attrs: []encoding.Attribute{
			{Key: "label", Value: quote(string(k))}, {Key: "shape", Value: st[0]},
			{Key: "style", Value: "filled"}, {Key: "fillcolor", Value: quote(st[1])}}})
		next++
	}
	ev := &dotNode{id: next, dotID: "legend:event", attrs: []encoding.Attribute{
		{Key: "label", Value: quote("type · date\ntitle")}, {Key: "shape", Value: "note"}, {Key: "fontsize", Value: "10"}}}
	ag := &dotNode{id: next + 1, dotID: "legend:agent", attrs: []encoding.Attribute{{Key: "label", Value: quote("agent")}, {Key: "shape", Value: "plaintext"}}}
	tg := &dotNode{id: next + 2, dotID: "legend:target", attrs: []encoding.Attribute{{Key: "label", Value: quote("target")}, {Key: "shape", Value: "plaintext"}}}
	ot := &dotNode{id: next + 3, dotID: "legend:other", attrs: []encoding.Attribute{{Key: "label", Value: quote("other participant")}, {Key: "shape", Value: "plaintext"}}}
	lg.SetEdge(&dotEdge{from: ag, to: ev, attrs: []encoding.Attribute{{Key: "label", Value: quote("agent")}}})
	lg.SetEdge(&dotEdge{from: ev, to: tg, attrs: []encoding.Attribute{{Key: "label", Value: quote("target")}}})
	lg.SetEdge(&dotEdge{from: ev, to: ot, attrs: []encoding.Attribute{{Key: "style", Value: "dashed"}, {Key: "arrowhead", Value: "none"}}})
	return lg
}
