package main

import (
	"embed"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strconv"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
)

func urlQuery(r *http.Request) (url.Values, error) { return url.ParseQuery(r.URL.RawQuery) }

func sortedKeys(m map[string]bool) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// intParam reads an integer parameter within [lo, hi], def when absent.
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, badRequest("parameter %q must be an integer between %d and %d", name, lo, hi)
	}
	return n, nil
}

// find resolves the entity named by parameter name.
func find(r *http.Request, v *chronograph.View, name string) (*graph.Entity, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return nil, badRequest("parameter %q is required", name)
	}
	return v.Find(s)
}

func (s *server) timeline(w http.ResponseWriter, r *http.Request, v *chronograph.View) (any, error) {
	events := v.Snapshot().Events
	if r.URL.Query().Get("entity") != "" {
		e, err := find(r, v, "entity")
		if err != nil {
			return nil, err
		}
		events = nil
		for _, ev := range v.Index.EventsOf(e.ID) {
			events = append(events, *ev)
		}
	}
	return chronograph.NewTimelineJSON(events), nil
}

func (s *server) entities(w http.ResponseWriter, r *http.Request, v *chronograph.View) (any, error) {
	ents := append([]graph.Entity(nil), v.Snapshot().Entities...)
	sort.SliceStable(ents, func(i, j int) bool {
		if ents[i].Mentions != ents[j].Mentions {
			return ents[i].Mentions > ents[j].Mentions
		}
		return ents[i].ID < ents[j].ID
	})
	return chronograph.NewEntitiesJSON(ents), nil
}

func (s *server) entity(w http.ResponseWriter, r *http.Request, v *chronograph.View) (any, error) {
	e, err := find(r, v, "name")
	if err != nil {
		return nil, err
	}
	p := v.Profile(e)
	if p.Events == nil {
		p.Events = []graph.Event{}
	}
	return p, nil
}

func (s *server) related(w http.ResponseWriter, r *http.Request, v *chronograph.View) (any, error) {
	e, err := find(r, v, "name")
	if err != nil {
		return nil, err
	}
	depth, err := intParam(r, "depth", 1, 1, 4)
	if err != nil {
		return nil, err
	}
	limit, err := intParam(r, "limit", graph.DefaultRelatedLimit, 1, 1000)
	if err != nil {
		return nil, err
	}
	rel, truncated := v.Related(e.ID, depth, limit)
	return struct {
		Entity  *graph.Entity               `json:"entity"`
		Related []chronograph.RelatedEntity `json:"related"`
		// Limit is the most relations listed per hop, the strongest.
		Limit int `json:"limit"`
		// Truncated says whether some hop had more relations than Limit.
		Truncated bool `json:"truncated"`
	}{e, rel, limit, truncated}, nil
}

func (s *server) path(w http.ResponseWriter, r *http.Request, v *chronograph.View) (any, error) {
	a, err := find(r, v, "a")
	if err != nil {
		return nil, err
	}
	b, err := find(r, v, "b")
	if err != nil {
		return nil, err
	}
	max, err := intParam(r, "max", 3, 1, 20)
	if err != nil {
		return nil, err
	}
	paths, err := v.Paths(a.ID, b.ID, max)
	if err != nil {
		return nil, err
	}
	return struct {
		From  string       `json:"from"`
		To    string       `json:"to"`
		Paths []graph.Path `json:"paths"`
	}{a.ID, b.ID, paths}, nil
}

func (s *server) rank(w http.ResponseWriter, r *http.Request, v *chronograph.View) (any, error) {
	top, err := intParam(r, "top", 50, 1, 10000)
	if err != nil {
		return nil, err
	}
	skip := false
	switch r.URL.Query().Get("betweenness") {
	case "", "true":
	case "false":
		skip = true
	default:
		return nil, badRequest("parameter \"betweenness\" must be true or false")
	}
	rk := v.Rank(graph.RankOptions{SkipBetweenness: skip})
	if len(rk) > top {
		rk = rk[:top]
	}
	return struct {
		Entities []graph.Ranked `json:"entities"`
	}{rk}, nil
}

func (s *server) communities(w http.ResponseWriter, r *http.Request, v *chronograph.View) (any, error) {
	opts, err := communityParams(r)
	if err != nil {
		return nil, err
	}
	return v.Communities(opts), nil
}

func communityParams(r *http.Request) (graph.CommunityOptions, error) {
	var opts graph.CommunityOptions
	q := r.URL.Query()
	if s := q.Get("resolution"); s != "" {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || !(f > 0 && f <= 100) {
			return opts, badRequest("parameter \"resolution\" must be a number in (0, 100]")
		}
		opts.Resolution = f
	}
	if s := q.Get("seed"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return opts, badRequest("parameter \"seed\" must be a non-negative integer")
		}
		opts.Seed = n
	}
	return opts, nil
}

func (s *server) between(w http.ResponseWriter, r *http.Request, v *chronograph.View) (any, error) {
	return struct {
		Acts []graph.Act `json:"acts"`
	}{v.Acts()}, nil
}

// graphJSON is the entity graph as the page draws it.
type graphJSON struct {
	Nodes []graphNodeJSON `json:"nodes"`
	Edges []graphEdgeJSON `json:"edges"`
	// Total is the number of ranked entities before the limit.
	Total int `json:"total"`
}

type graphNodeJSON struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Kind      graph.Kind `json:"kind"`
	PageRank  float64    `json:"pagerank"`
	Events    int        `json:"events"`
	Community int        `json:"community"`
}

type graphEdgeJSON struct {
	From   string   `json:"from"`
	To     string   `json:"to"`
	Weight int      `json:"weight"`
	Kinds  []string `json:"kinds"`
}

// graph returns the `limit` highest-ranked entities and the relations
// among them, each entity with its community (-1 when unlinked).
func (s *server) graph(w http.ResponseWriter, r *http.Request, v *chronograph.View) (any, error) {
	limit, err := intParam(r, "limit", 150, 1, 2000)
	if err != nil {
		return nil, err
	}
	rk := v.Rank(graph.RankOptions{SkipBetweenness: true})
	out := graphJSON{Nodes: []graphNodeJSON{}, Edges: []graphEdgeJSON{}, Total: len(rk)}
	if len(rk) > limit {
		rk = rk[:limit]
	}
	comm := map[string]int{}
	for _, c := range v.Communities(graph.CommunityOptions{}).Communities {
		for _, m := range c.Members {
			comm[m.ID] = c.ID
		}
	}
	keep := map[string]bool{}
	for _, x := range rk {
		c, ok := comm[x.ID]
		if !ok {
			c = -1
		}
		keep[x.ID] = true
		out.Nodes = append(out.Nodes, graphNodeJSON{ID: x.ID, Name: x.Name, Kind: x.Kind, PageRank: x.PageRank, Events: x.Events, Community: c})
	}
	type pair struct{ a, b string }
	idx := map[pair]int{}
	for _, rel := range v.Index.Relations {
		if !keep[rel.From] || !keep[rel.To] {
			continue
		}
		p := pair{rel.From, rel.To}
		if p.b < p.a {
			p = pair{p.b, p.a}
		}
		i, ok := idx[p]
		if !ok {
			i = len(out.Edges)
			idx[p] = i
			out.Edges = append(out.Edges, graphEdgeJSON{From: p.a, To: p.b, Kinds: []string{}})
		}
		out.Edges[i].Weight += rel.Weight
		out.Edges[i].Kinds = append(out.Edges[i].Kinds, rel.Kind)
	}
	return out, nil
}

//go:embed web
var webFiles embed.FS

// staticFiles maps the page's URL paths to embedded files and their types.
var staticFiles = map[string][2]string{
	"/":          {"web/index.html", "text/html; charset=utf-8"},
	"/app.js":    {"web/app.js", "text/javascript; charset=utf-8"},
	"/style.css": {"web/style.css", "text/css; charset=utf-8"},
}

// static serves the embedded page: only the files of staticFiles, read
// from the binary, so no request can reach the file system.
func (s *server) static(w http.ResponseWriter, r *http.Request) {
	f, ok := staticFiles[r.URL.Path]
	if !ok {
		writeError(w, &httpError{http.StatusNotFound, "not found"})
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, &httpError{http.StatusMethodNotAllowed, "method " + r.Method + " not allowed"})
		return
	}
	b, err := fs.ReadFile(webFiles, f[0])
	if err != nil {
		writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", f[1])
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(b)
}
