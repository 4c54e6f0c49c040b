package timeline

import (
	"sort"
)

// TLinkType is a temporal relation of a SemEval timeline graph.
type TLinkType string

// The two relations a timeline states: one point before another, or both
// at the same time.
const (
	Before       TLinkType = "BEFORE"
	Simultaneous TLinkType = "SIMULTANEOUS"
)

// TLink is a temporal relation between two nodes of a TemporalGraph: event
// mentions ("4596-2-filed") and dates ("date:2006-03"). A Simultaneous
// link has From < To; a Before link says From comes first.
type TLink struct {
	From, To string
	Type     TLinkType
}

// TemporalGraph is the temporal graph of one SemEval timeline, the way the
// task scores timelines: every anchored event (ORDER > 0) is simultaneous
// with its row's date when the date is known, events of one ORDER are
// simultaneous, and each ORDER's events come before the next ORDER's.
// Events with ORDER 0 are left out. Relations that contradict each other
// (an event in two rows makes a cycle of BEFORE) collapse the points of
// the cycle into one, so the graph is always consistent. A TemporalGraph
// is immutable after construction and safe for concurrent use.
type TemporalGraph struct {
	nodes []string       // sorted
	class map[string]int // node -> equivalence class (index into classes)
	// classes holds each class's members, sorted; classes are numbered in
	// order of their first member.
	classes [][]string
	// reach[c] is the set of classes strictly after class c.
	reach []map[int]bool
	// succ[c] are the immediate successors of c in the transitive reduction.
	succ [][]int
}

// dateNode names the node of a SemEval date, or "" when the date is unknown.
func dateNode(s string) string {
	d := ParseSemEvalDate(s)
	if !d.Known() {
		return ""
	}
	return "date:" + SemEvalDate(d)
}

// NewTemporalGraph builds the temporal graph of a timeline's rows.
func NewTemporalGraph(rows []SemEvalRow) *TemporalGraph {
	var orders []int
	byOrder := map[int][]string{}
	var eq [][2]string
	seen := map[string]bool{}
	for _, r := range rows {
		if r.Order <= 0 {
			continue
		}
		if _, ok := byOrder[r.Order]; !ok {
			orders = append(orders, r.Order)
		}
		dn := dateNode(r.Date)
		for _, e := range r.Events {
			id := e.String()
			byOrder[r.Order] = append(byOrder[r.Order], id)
			seen[id] = true
			if dn != "" {
				seen[dn] = true
				eq = append(eq, [2]string{id, dn})
			}
		}
	}
	sort.Ints(orders)
	var before [][2]string
	for i, o := range orders {
		evs := byOrder[o]
		for _, e := range evs[1:] {
			eq = append(eq, [2]string{evs[0], e})
		}
		if i+1 < len(orders) {
			before = append(before, [2]string{evs[0], byOrder[orders[i+1]][0]})
		}
	}
	return buildGraph(seen, eq, before)
}

// buildGraph closes the relations: union-find over simultaneity, then
// strongly connected components of the class graph merge contradictions,
// then reachability and the transitive reduction of the remaining DAG.
func buildGraph(seen map[string]bool, eq, before [][2]string) *TemporalGraph {
	g := &TemporalGraph{class: map[string]int{}}
	for n := range seen {
		g.nodes = append(g.nodes, n)
	}
	sort.Strings(g.nodes)
	idx := make(map[string]int, len(g.nodes))
	for i, n := range g.nodes {
		idx[n] = i
	}
	sets := newDisjoint(len(g.nodes))
	find, union := sets.find, sets.union
	for _, p := range eq {
		union(idx[p[0]], idx[p[1]])
	}
	// Merge cycles of BEFORE until the class graph is acyclic.
	for {
		adj := map[int]map[int]bool{}
		for _, p := range before {
			a, b := find(idx[p[0]]), find(idx[p[1]])
			if adj[a] == nil {
				adj[a] = map[int]bool{}
			}
			adj[a][b] = true
		}
		merged := false
		for _, p := range before {
			a, b := find(idx[p[0]]), find(idx[p[1]])
			if a == b || reaches(adj, b, a) {
				if a != b {
					// a before b and b before a: one point in time.
					for _, n := range cycleNodes(adj, a, b) {
						union(a, n)
					}
					merged = true
					break
				}
			}
		}
		if !merged {
			break
		}
	}
	rootClass := map[int]int{}
	for i, n := range g.nodes {
		r := find(i)
		c, ok := rootClass[r]
		if !ok {
			c = len(g.classes)
			rootClass[r] = c
			g.classes = append(g.classes, nil)
		}
		g.classes[c] = append(g.classes[c], n)
		g.class[n] = c
	}
	direct := make([]map[int]bool, len(g.classes))
	for i := range direct {
		direct[i] = map[int]bool{}
	}
	for _, p := range before {
		a, b := g.class[p[0]], g.class[p[1]]
		if a != b {
			direct[a][b] = true
		}
	}
	g.reach = make([]map[int]bool, len(g.classes))
	var visit func(int) map[int]bool
	visit = func(c int) map[int]bool {
		if g.reach[c] != nil {
			return g.reach[c]
		}
		r := map[int]bool{}
		g.reach[c] = r
		for d := range direct[c] {
			r[d] = true
			for x := range visit(d) {
				r[x] = true
			}
		}
		return r
	}
	for c := range g.classes {
		visit(c)
	}
	g.succ = make([][]int, len(g.classes))
	for c := range g.classes {
		for d := range g.reach[c] {
			implied := false
			for m := range g.reach[c] {
				if m != d && g.reach[m][d] {
					implied = true
					break
				}
			}
			if !implied {
				g.succ[c] = append(g.succ[c], d)
			}
		}
		sort.Ints(g.succ[c])
	}
	return g
}

// reaches reports whether to can be reached from from in adj.
func reaches(adj map[int]map[int]bool, from, to int) bool {
	seen := map[int]bool{from: true}
	stack := []int{from}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == to {
			return true
		}
		for m := range adj[n] {
			if !seen[m] {
				seen[m] = true
				stack = append(stack, m)
			}
		}
	}
	return false
}

// cycleNodes returns the nodes on some path from b back to a in adj (a
// before b closes the cycle).
func cycleNodes(adj map[int]map[int]bool, a, b int) []int {
	// Nodes reachable from b that also reach a lie on a cycle through a.
	var out []int
	seen := map[int]bool{b: true}
	stack := []int{b}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if reaches(adj, n, a) {
			out = append(out, n)
		}
		for m := range adj[n] {
			if !seen[m] {
				seen[m] = true
				stack = append(stack, m)
			}
		}
	}
	sort.Ints(out)
	return out
}

// Nodes returns the graph's nodes, sorted. The slice is shared: do not
// modify it.
func (g *TemporalGraph) Nodes() []string { return g.nodes }

// Holds reports whether l is in the graph's closure: both nodes are in the
// graph and the relation follows from the timeline.
func (g *TemporalGraph) Holds(l TLink) bool {
	a, okA := g.class[l.From]
	b, okB := g.class[l.To]
	if !okA || !okB || l.From == l.To {
		return false
	}
	switch l.Type {
	case Simultaneous:
		return a == b
	case Before:
		return g.reach[a][b]
	}
	return false
}

// Closure returns every relation that follows from the timeline, sorted:
// each pair of simultaneous nodes once (From < To) and each ordered pair
// of nodes one before the other.
func (g *TemporalGraph) Closure() []TLink {
	var out []TLink
	for i, a := range g.nodes {
		for _, b := range g.nodes[i+1:] {
			switch ca, cb := g.class[a], g.class[b]; {
			case ca == cb:
				out = append(out, TLink{From: a, To: b, Type: Simultaneous})
			case g.reach[ca][cb]:
				out = append(out, TLink{From: a, To: b, Type: Before})
			case g.reach[cb][ca]:
				out = append(out, TLink{From: b, To: a, Type: Before})
			}
		}
	}
	sortLinks(out)
	return out
}

// Reduced returns a minimal set of relations whose closure is the graph's
// closure, sorted: each class of simultaneous nodes as a chain of its
// sorted members, and each edge of the transitive reduction of the
// classes' BEFORE order between the two classes' first members.
func (g *TemporalGraph) Reduced() []TLink {
	var out []TLink
	for c, members := range g.classes {
		for i := 1; i < len(members); i++ {
			out = append(out, TLink{From: members[i-1], To: members[i], Type: Simultaneous})
		}
		for _, d := range g.succ[c] {
			out = append(out, TLink{From: members[0], To: g.classes[d][0], Type: Before})
		}
	}
	sortLinks(out)
	return out
}

func sortLinks(ls []TLink) {
	sort.Slice(ls, func(i, j int) bool {
		if ls[i].From != ls[j].From {
			return ls[i].From < ls[j].From
		}
		if ls[i].To != ls[j].To {
			return ls[i].To < ls[j].To
		}
		return ls[i].Type < ls[j].Type
	})
}

// SemEvalScore counts the relations behind temporal-awareness precision
// and recall (UzZaman and Allen 2011), summed over timelines for a micro
// average: precision = SystemHits / SystemRelations, recall = GoldHits /
// GoldRelations.
type SemEvalScore struct {
	Timelines int `json:"timelines"`
	// SystemRelations is the size of the system graphs' reduced forms and
	// SystemHits how many of those relations the gold closures hold.
	SystemRelations int `json:"system_relations"`
	SystemHits      int `json:"system_hits"`
	// GoldRelations is the size of the gold graphs' reduced forms and
	// GoldHits how many of those relations the system closures hold.
	GoldRelations int `json:"gold_relations"`
	GoldHits      int `json:"gold_hits"`
}

// ScoreSemEval scores one system timeline against its gold timeline by
// temporal awareness; a missing system timeline is an empty rows slice.
func ScoreSemEval(gold, system []SemEvalRow) SemEvalScore {
	g, s := NewTemporalGraph(gold), NewTemporalGraph(system)
	sc := SemEvalScore{Timelines: 1}
	for _, l := range s.Reduced() {
		sc.SystemRelations++
		if g.Holds(l) {
			sc.SystemHits++
		}
	}
	for _, l := range g.Reduced() {
		sc.GoldRelations++
		if s.Holds(l) {
			sc.GoldHits++
		}
	}
	return sc
}

// Add adds o's counts to s.
func (s *SemEvalScore) Add(o SemEvalScore) {
	s.Timelines += o.Timelines
	s.SystemRelations += o.SystemRelations
	s.SystemHits += o.SystemHits
	s.GoldRelations += o.GoldRelations
	s.GoldHits += o.GoldHits
}

// Precision returns SystemHits / SystemRelations, or 0 without relations.
func (s SemEvalScore) Precision() float64 { return ratio(s.SystemHits, s.SystemRelations) }

// Recall returns GoldHits / GoldRelations, or 0 without relations.
func (s SemEvalScore) Recall() float64 { return ratio(s.GoldHits, s.GoldRelations) }

// F1 returns the harmonic mean of precision and recall, or 0.
func (s SemEvalScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
