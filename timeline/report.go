package timeline

import (
	"sort"

	"github.com/chronograph/chronograph/graph"
)

// Report is one document's report of an event as merging compares it,
// kept without the document so that a collection's reports can be stored
// and compared again when documents are added: what Merge reads of the
// event and its document, and the names of its participants (their
// entities depend on the collection).
type Report struct {
	Doc      string     `json:"doc"`
	Event    int        `json:"event"` // index in the document's Events
	Type     string     `json:"type"`
	Lemma    string     `json:"lemma,omitempty"`
	Date     graph.Date `json:"date"`
	Timex    int        `json:"timex"`
	Sentence int        `json:"sentence"`
	Trigger  int        `json:"trigger"` // start of the trigger
	Explicit bool       `json:"explicit,omitempty"`
	// Coarse: the document is dated only to a year or a month; Earlier: a
	// word before the trigger marks an earlier occurrence ("last carried
	// out"); Content: the -ing word after an order's trigger.
	Coarse  bool         `json:"coarse,omitempty"`
	Earlier bool         `json:"earlier,omitempty"`
	Content string       `json:"content,omitempty"`
	IDType  string       `json:"id_type"`
	Parts   []ReportPart `json:"parts"`
}

// ReportPart is a participant of a Report: the name of its local entity
// and its role.
type ReportPart struct {
	Name string     `json:"name"`
	Role graph.Role `json:"role"`
}

// Reports returns the reports of document d's events that name at least
// one participant, in text order.
func Reports(d *graph.Document) []Report {
	var out []Report
	var ids idTypes
	for k := range d.Events {
		ev := &d.Events[k]
		r := Report{Doc: d.ID, Event: k, Type: ev.Type, Lemma: ev.Lemma, Date: ev.Date, Timex: ev.Timex,
			Sentence: ev.Sentence, Trigger: ev.Trigger.Start, Explicit: ev.Timex >= 0 && ev.Date.Known(), IDType: ids.next(ev)}
		for _, lp := range ev.Participants {
			if lp.Entity >= 0 && lp.Entity < len(d.Entities) {
				r.Parts = append(r.Parts, ReportPart{Name: d.Entities[lp.Entity].Name, Role: lp.Role})
			}
		}
		if len(r.Parts) == 0 {
			continue
		}
		it := &item{doc: d, ev: ev}
		r.Coarse, r.Earlier, r.Content = coarselyDated(d), earlierOne(it), orderContent(it)
		out = append(out, r)
	}
	return out
}

// Item is a Report whose participants are the collection's entities, as
// Merge clusters it. An Item is not safe for concurrent use.
type Item struct{ it *item }

// NewItem links report r: entity gives the entity a participant's name
// stands for (an empty ID drops the participant; the role is r's). d is
// r's document, or nil when the item is only clustered: BuildEvent needs
// it. It returns false when no participant is left.
func NewItem(r *Report, d *graph.Document, entity func(name string) graph.Participant) (*Item, bool) {
	it := &item{docID: r.Doc, n: r.Event, explicit: r.Explicit, idType: r.IDType, coarse: r.Coarse,
		earlier: r.Earlier, content: r.Content}
	if d != nil && r.Event < len(d.Events) {
		it.doc, it.ev = d, &d.Events[r.Event]
	} else {
		it.ev = &graph.LocalEvent{Type: r.Type, Lemma: r.Lemma, Date: r.Date, Timex: r.Timex, Sentence: r.Sentence,
			Trigger: graph.Span{Start: r.Trigger, End: r.Trigger}}
	}
	for _, rp := range r.Parts {
		p := entity(rp.Name)
		if p.ID == "" {
			continue
		}
		p.Role = rp.Role
		it.parts = addParticipant(it.parts, p)
	}
	return &Item{it}, len(it.parts) > 0
}

// Doc returns the ID of the item's document.
func (x *Item) Doc() string { return x.it.docID }

// Event returns the index of the item's event in its document.
func (x *Item) Event() int { return x.it.n }

// Keys returns the keys Merge indexes the item by: its kind with each of
// its core participants. Items sharing no key are never compared.
func (x *Item) Keys() []string { return itemKeys(x.it) }

// Participants returns the item's participants (the caller must not
// modify them).
func (x *Item) Participants() []graph.Participant { return x.it.parts }

// Connected reports whether Merge may put a and b in one cluster: whether
// one would accept the other into a cluster of its own. Merge's clusters
// never join items of two components of this relation, so each component
// clusters on its own (Cluster) as it does among all the reports.
func Connected(a, b *Item) bool {
	if s, ok := accepts([]*item{a.it}, b.it); ok && s > 0 {
		return true
	}
	s, ok := accepts([]*item{b.it}, a.it)
	return ok && s > 0
}

// Cluster clusters items, which must be sorted by document ID and event
// index, as Merge does, and returns the clusters as indexes into items,
// each in input order.
func Cluster(items []*Item) [][]int {
	its := make([]*item, len(items))
	pos := make(map[*item]int, len(items))
	for i, x := range items {
		its[i] = x.it
		pos[x.it] = i
	}
	cls := clusterItems(its)
	out := make([][]int, len(cls))
	for i, cl := range cls {
		for _, it := range cl {
			out[i] = append(out[i], pos[it])
		}
	}
	return out
}

// BuildEvent makes the merged event of one cluster, its items in input
// order, each made with its document.
func BuildEvent(cluster []*Item) graph.Event {
	its := make([]*item, len(cluster))
	for i, x := range cluster {
		its[i] = x.it
	}
	return build(its)
}

// Assignment is where a full merge put one report: the event it is a
// source of and its component (see Connected), numbered from 0.
type Assignment struct {
	Report    Report
	Event     string
	Component int
}

// MergeAssigned is MergeWorkers that also returns where each report went,
// in input order: the state an incremental merge starts from.
func MergeAssigned(docs []*graph.Document, entity func(doc string, local int) graph.Participant, workers int) ([]graph.Event, []Assignment) {
	items := collectItems(docs, entity)
	groups := keyGroups(items)
	clusters := make([][][]*item, len(groups))
	comps := make([][][]*item, len(groups))
	parallel(len(groups), workers, func(g int) {
		clusters[g] = clusterItems(groups[g])
		comps[g] = components(groups[g], clusters[g])
	})
	var all [][]*item
	for _, c := range clusters {
		all = append(all, c...)
	}
	out := make([]graph.Event, len(all))
	parallel(len(all), workers, func(i int) { out[i] = build(all[i]) })
	eventOf := make(map[*item]string, len(items))
	for i, cl := range all {
		for _, it := range cl {
			eventOf[it] = out[i].ID
		}
	}
	compOf := make(map[*item]int, len(items))
	nc := 0
	for _, cs := range comps {
		for _, c := range cs {
			for _, it := range c {
				compOf[it] = nc
			}
			nc++
		}
	}
	reports := map[string][]Report{}
	as := make([]Assignment, len(items))
	for i, it := range items {
		rs, ok := reports[it.docID]
		if !ok {
			rs = Reports(it.doc)
			reports[it.docID] = rs
		}
		k := sort.Search(len(rs), func(j int) bool { return rs[j].Event >= it.n })
		as[i] = Assignment{Report: rs[k], Event: eventOf[it], Component: compOf[it]}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out, as
}

// components splits the items of a key group into the components of
// Connected, each in input order, the components ordered by their first
// item. Members of one cluster are connected already; other pairs are
// compared when they share a key.
func components(items []*item, clusters [][]*item) [][]*item {
	at := make(map[*item]int, len(items))
	for i, it := range items {
		at[it] = i
	}
	sets := newDisjoint(len(items))
	for _, cl := range clusters {
		for _, it := range cl[1:] {
			sets.union(at[cl[0]], at[it])
		}
	}
	byKey := map[string][]int{}
	var keys []string
	for i, it := range items {
		for _, k := range itemKeys(it) {
			if len(byKey[k]) == 0 {
				keys = append(keys, k)
			}
			byKey[k] = append(byKey[k], i)
		}
	}
	for _, k := range keys {
		l := byKey[k]
		for x := range l {
			for y := x + 1; y < len(l); y++ {
				if sets.find(l[x]) != sets.find(l[y]) && Connected(&Item{items[l[x]]}, &Item{items[l[y]]}) {
					sets.union(l[x], l[y])
				}
			}
		}
	}
	return sets.split(items)
}
