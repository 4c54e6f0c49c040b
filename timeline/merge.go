package timeline

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/graph"
)

// item is one document's report of an event, as Merge sees it.
type item struct {
	// doc is the reporting document, which building an event reads; nil
	// for an item made from a stored Report, which clustering alone uses
	doc   *graph.Document
	docID string
	ev    *graph.LocalEvent
	n     int // index of the event in its document's Events
	parts []graph.Participant
	// coarse, earlier and content are what clustering reads of the
	// document: coarselyDated(doc), earlierOne and orderContent
	coarse, earlier bool
	content         string
	// explicit is true when a time expression dated the event (not the
	// document's or a block's date).
	explicit bool
	// agents and targets are the IDs of the core participants (for
	// symmetric types both hold every one); see roleSets. haveSets says
	// they are computed.
	agents, targets idSet
	haveSets        bool
	// idType is what the event ID is derived from with the document and
	// trigger offset: the type, suffixed with "#n" for the n-th further
	// event a document reports with the same trigger and type.
	idType string
}

// maxConflictDays is how far apart two specific dates of an otherwise
// identical event (same type, agent and target) may be and still be merged
// as one event with a date conflict.
const maxConflictDays = 7

// Merge merges the events of docs (sorted by ID, each with Events filled)
// into collection-wide events, one per real event: reports of the same type
// (or lemma, for actions), sharing an agent or target, without a role
// contradiction, with compatible dates. entity maps a document's local
// entity index to its global participant (the Role is ignored; it comes from
// the local event); a participant with an empty ID is dropped. Reports of
// the same event that give different specific dates are merged when they
// agree on type, agent and target and are at most a week apart: the most
// precise explicit date wins and the others are listed in Conflicts. The
// result is deterministic, sorted by event ID; call Order to put it in
// timeline order.
func Merge(docs []*graph.Document, entity func(doc string, local int) graph.Participant) []graph.Event {
	return MergeWorkers(docs, entity, 1)
}

// MergeWorkers is Merge on up to workers goroutines, with the same result.
// Reports are compared only with clusters of reports that share a kind and
// a core participant with them, so the reports fall into groups linked by
// such keys that never meet: each group is merged on its own, in input
// order, which is what one pass over all the reports does to it.
func MergeWorkers(docs []*graph.Document, entity func(doc string, local int) graph.Participant, workers int) []graph.Event {
	items := collectItems(docs, entity)
	var clusters [][]*item
	if workers < 2 {
		clusters = clusterItems(items)
	} else {
		groups := keyGroups(items)
		results := make([][][]*item, len(groups))
		parallel(len(groups), workers, func(g int) { results[g] = clusterItems(groups[g]) })
		for _, r := range results {
			clusters = append(clusters, r...)
		}
	}
	out := make([]graph.Event, len(clusters))
	parallel(len(clusters), workers, func(i int) { out[i] = build(clusters[i]) })
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out
}

// parallel calls fn(0) ... fn(n-1) on up to workers goroutines.
func parallel(n, workers int, fn func(int)) {
	if workers < 2 || n < 2 {
		for i := range n {
			fn(i)
		}
		return
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// collectItems returns the reports of docs in input order (documents as
// given, then events in text order), with their global participants.
func collectItems(docs []*graph.Document, entity func(doc string, local int) graph.Participant) []*item {
	var items []*item
	for _, d := range docs {
		if d == nil {
			continue
		}
		var ids idTypes
		for k := range d.Events {
			ev := &d.Events[k]
			it := &item{doc: d, docID: d.ID, ev: ev, n: k, explicit: ev.Timex >= 0 && ev.Date.Known(), idType: ids.next(ev)}
			for _, lp := range ev.Participants {
				p := entity(d.ID, lp.Entity)
				if p.ID == "" {
					continue
				}
				p.Role = lp.Role
				it.parts = addParticipant(it.parts, p)
			}
			if len(it.parts) > 0 {
				it.coarse, it.earlier, it.content = coarselyDated(d), earlierOne(it), orderContent(it)
				items = append(items, it)
			}
		}
	}
	return items
}

// idTypes gives the events of one document, in text order, what their
// event IDs are derived from with the document and trigger offset: the
// type, suffixed with "#n" for the n-th further event with the same
// trigger and type.
type idTypes map[idTrigger]int

// idTrigger is a trigger's offset and its event's type.
type idTrigger struct {
	start int
	typ   string
}

func (s *idTypes) next(ev *graph.LocalEvent) string {
	if *s == nil {
		*s = idTypes{}
	}
	t := idTrigger{ev.Trigger.Start, ev.Type}
	c := (*s)[t]
	(*s)[t]++
	if c > 0 {
		return ev.Type + "#" + strconv.Itoa(c)
	}
	return ev.Type
}

// itemKeys are the keys a report is indexed and looked up by: its kind
// with each of its core (not merely involved) participants.
func itemKeys(it *item) []string {
	var ks []string
	for _, p := range it.parts {
		if p.Role != graph.Involved {
			ks = append(ks, it.ev.Type+"\x00"+kindLemma(it.ev)+"\x00"+p.ID)
		}
	}
	return ks
}

// keyGroups splits items, in order, into the groups that share keys
// directly or through other items (union-find), largest group first (then
// by first item), each in input order.
func keyGroups(items []*item) [][]*item {
	sets := newDisjoint(len(items))
	owner := map[string]int{}
	for i, it := range items {
		for _, k := range itemKeys(it) {
			if j, ok := owner[k]; ok {
				sets.union(i, j)
			} else {
				owner[k] = i
			}
		}
	}
	groups := sets.split(items)
	sort.SliceStable(groups, func(a, b int) bool { return len(groups[a]) > len(groups[b]) })
	return groups
}

// split returns items, indexed as the forest's members, grouped by set,
// each group in input order, the groups ordered by their first item.
func (d disjoint) split(items []*item) [][]*item {
	index := map[int]int{}
	var groups [][]*item
	for i, it := range items {
		r := d.find(i)
		g, ok := index[r]
		if !ok {
			g = len(groups)
			index[r] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], it)
	}
	return groups
}

// disjoint is a union-find forest over 0..n-1 whose roots are the lowest
// member of each set.
type disjoint []int

func newDisjoint(n int) disjoint {
	d := make(disjoint, n)
	for i := range d {
		d[i] = i
	}
	return d
}

// find returns the root of x's set.
func (d disjoint) find(x int) int {
	for d[x] != x {
		d[x] = d[d[x]]
		x = d[x]
	}
	return x
}

// union joins the sets of a and b under the lower root.
func (d disjoint) union(a, b int) {
	if ra, rb := d.find(a), d.find(b); ra != rb {
		d[max(ra, rb)] = min(ra, rb)
	}
}

// clusterItems merges items, in order, into clusters of reports of one
// event: each report joins the cluster that accepts it and shares the most
// core participants with it (the earliest on a tie), else starts one.
// Clusters are found through an index of their kind and core participants,
// so each report is compared only with clusters that could take it.
func clusterItems(items []*item) [][]*item {
	var clusters [][]*item
	index := map[string][]int{}
	for _, it := range items {
		keys := itemKeys(it)
		var cands []int
		for _, k := range keys {
			cands = append(cands, index[k]...)
		}
		sort.Ints(cands)
		best, bestShared := -1, 0
		for n, ci := range cands {
			if n > 0 && cands[n-1] == ci {
				continue
			}
			shared, ok := accepts(clusters[ci], it)
			if ok && shared > bestShared {
				best, bestShared = ci, shared
			}
		}
		if best < 0 {
			best = len(clusters)
			clusters = append(clusters, nil)
		}
		clusters[best] = append(clusters[best], it)
		for _, k := range keys {
			if l := index[k]; len(l) == 0 || l[len(l)-1] != best {
				index[k] = append(l, best)
			}
		}
	}
	return clusters
}

// addParticipant adds p to ps, keeping one entry per entity with the
// strongest role (agent, target, other).
func addParticipant(ps []graph.Participant, p graph.Participant) []graph.Participant {
	for k := range ps {
		if ps[k].ID == p.ID {
			if rank(p.Role) < rank(ps[k].Role) {
				ps[k].Role = p.Role
			}
			return ps
		}
	}
	return append(ps, p)
}

// maxCompared bounds how many members of a large cluster a report is
// compared with (the first and the most recent ones), so that merging stays
// linear when one event has thousands of reports.
const maxCompared = 48

// accepts reports whether it may join cluster cl, and how many agents or
// targets it shares with the cluster's members (of a cluster larger than
// maxCompared, its first member and its latest ones).
func accepts(cl []*item, it *item) (int, bool) {
	shared := 0
	if len(cl) > maxCompared {
		cl = append([]*item{cl[0]}, cl[len(cl)-maxCompared+1:]...)
	}
	for _, m := range cl {
		if m.docID == it.docID && m.ev.Sentence == it.ev.Sentence {
			return 0, false
		}
		if !sameKind(m.ev, it.ev) || !sameContent(m, it) {
			return 0, false
		}
		s, ok := compatibleParts(m, it)
		if !ok {
			return 0, false
		}
		if !compatibleDates(m, it) {
			return 0, false
		}
		shared += s
	}
	return shared, shared > 0
}

// sameContent reports whether two reports of orders may be one order by
// what it does: the participles after "order" ("an executive order
// declaring a national emergency", "an executive order imposing them")
// must agree when both give one.
func sameContent(a, b *item) bool {
	if a.ev.Type != graph.Order || b.ev.Type != graph.Order {
		return true
	}
	return a.content == "" || b.content == "" || a.content == b.content
}

// orderContent returns the -ing word right after an order's trigger
// ("declaring"), lower-cased, or "".
func orderContent(it *item) string {
	d, ev := it.doc, it.ev
	if ev.Trigger.End <= 0 || ev.Trigger.End >= len(d.Text) {
		return ""
	}
	w, _, _ := strings.Cut(strings.TrimLeft(d.Text[ev.Trigger.End:], " "), " ")
	w = strings.ToLower(strings.TrimRight(w, ".,;:"))
	if len(w) < 5 || !strings.HasSuffix(w, "ing") {
		return ""
	}
	return w
}

// kindLemma returns the lemma that distinguishes actions, "" for other types.
func kindLemma(e *graph.LocalEvent) string {
	if e.Type == graph.Action {
		return e.Lemma
	}
	return ""
}

// sameKind reports whether two events have the same type, and for actions
// the same lemma.
func sameKind(a, b *graph.LocalEvent) bool {
	return a.Type == b.Type && (a.Type != graph.Action || a.Lemma == b.Lemma)
}

// idSet is a small set of entity IDs, without repeats.
type idSet []string

func (s idSet) has(id string) bool {
	for _, x := range s {
		if x == id {
			return true
		}
	}
	return false
}

func (s idSet) add(id string) idSet {
	if s.has(id) {
		return s
	}
	return append(s, id)
}

// roleSets returns the IDs of an item's agents and targets; for symmetric
// types both sets hold every agent and target. The sets are computed once
// and must not be modified. (Slices, not maps: a report names a handful of
// participants, and the merge of a large corpus holds every report's sets.)
func roleSets(it *item) (agents, targets idSet) {
	if it.haveSets {
		return it.agents, it.targets
	}
	for _, p := range it.parts {
		switch p.Role {
		case graph.Agent:
			agents = agents.add(p.ID)
		case graph.Target:
			targets = targets.add(p.ID)
		}
	}
	if symmetric(it.ev.Type) {
		both := append(idSet(nil), agents...)
		for _, id := range targets {
			both = both.add(id)
		}
		agents, targets = both, both
	}
	it.agents, it.targets, it.haveSets = agents, targets, true
	return agents, targets
}

// compatibleParts counts the agents and targets two reports share and
// reports whether they contradict: an entity acting in one and acted on in
// the other, or both naming targets with none in common (a different event
// of the same agent).
func compatibleParts(a, b *item) (int, bool) {
	aa, at := roleSets(a)
	ba, bt := roleSets(b)
	shared := 0
	for _, id := range aa {
		if ba.has(id) {
			shared++
		}
		if !symmetric(a.ev.Type) && bt.has(id) && !ba.has(id) {
			return 0, false
		}
	}
	for _, id := range at {
		if bt.has(id) {
			shared++
		}
		if !symmetric(a.ev.Type) && ba.has(id) && !bt.has(id) {
			return 0, false
		}
	}
	if len(at) > 0 && len(bt) > 0 && !intersects(at, bt) {
		return 0, false
	}
	if !symmetric(a.ev.Type) && len(aa) > 0 && len(ba) > 0 && !intersects(aa, ba) && !actsFor(a.ev.Type, aa, ba) {
		return 0, false // "Kaunda told Reuters" and "Glickman told Reuters" are two statements
	}
	if symmetric(a.ev.Type) && len(aa) >= 2 && len(ba) >= 2 {
		// both name two sides: both sides must match (a call with Sheinbaum
		// is not a call with Trudeau)
		common := 0
		for _, id := range aa {
			if ba.has(id) {
				common++
			}
		}
		if common < 2 {
			return 0, false
		}
	}
	return shared, true
}

// speechActs are the event types a speaker defines: two reports by
// different speakers are different events whatever else they share.
var speechActs = map[string]bool{graph.Statement: true, graph.Report: true, graph.Request: true, graph.Hearing: true}

// actsFor reports whether two disjoint agent sets may still be one
// event's agents: outside speech acts, when one side names only countries
// or places, which act through the people and bodies the other names ("the
// United States imposed tariffs" and "Trump imposed tariffs").
func actsFor(typ string, a, b idSet) bool {
	if speechActs[typ] {
		return false
	}
	places := func(s idSet) bool {
		for _, id := range s {
			if !strings.HasPrefix(id, "loc:") {
				return false
			}
		}
		return true
	}
	return places(a) || places(b)
}

// shared counts the members of a also in b.
func shared(a, b idSet) int {
	n := 0
	for _, id := range a {
		if b.has(id) {
			n++
		}
	}
	return n
}

func intersects(a, b idSet) bool {
	for _, id := range a {
		if b.has(id) {
			return true
		}
	}
	return false
}

// compatibleDates reports whether two reports may date the same event. A
// date taken from a document (or block) only says the event happened by
// then, within the month before (window); explicit dates must overlap, or be at most a week apart for an
// event that otherwise matches exactly (recorded as a conflict). Statements
// are made on the day reported, so their dates must overlap as given. In
// stories dated only by a year or a month, the reports of recurring kinds
// (statements, meetings, offers, requests, reports) dated by their story
// alone meet no report of another story but by their target.
func compatibleDates(a, b *item) bool {
	da, db := a.ev.Date, b.ev.Date
	if recurring[a.ev.Type] && a.docID != b.docID && (!a.explicit && a.coarse || !b.explicit && b.coarse) {
		// a statement, meeting, offer, request or report dated by its
		// story alone, of a story known only by its year or month
		// ("Mr Blair said" in two stories of 2005): people say, meet and
		// promise many times, and nothing shows it was one occasion but,
		// for all but statements, one target ("Deutsche Boerse's offer for
		// the London Stock Exchange"); a sale of Yugansk reported by nine
		// such stories is one sale
		if a.ev.Type == graph.Statement {
			return false
		}
		_, ta := roleSets(a)
		_, tb := roleSets(b)
		need := 1
		if symmetric(a.ev.Type) {
			need = 2 // a meeting's sides are its agents and targets alike: both shared
		}
		if shared(ta, tb) < need {
			return false
		}
	}
	if a.docID == b.docID && a.ev.Timex >= 0 && b.ev.Timex >= 0 && a.ev.Timex != b.ev.Timex &&
		!(da.Known() && db.Known() && da.Compatible(db)) {
		// one document dating two reports by two different expressions
		// reports two events ("Feb. 1 – Trump signs an order imposing a
		// 10% tariff", "March 4 – Trump doubles the tariff")
		return false
	}
	if a.docID == b.docID && a.explicit != b.explicit && (a.earlier || b.earlier) {
		// "killing at least four people" today and "Russia last carried
		// out an attack of this size on Sept. 7": the document sets the
		// earlier one apart
		return false
	}
	switch {
	case a.explicit && b.explicit:
		// outlets that disagree on a day report one event; one document
		// giving two days reports two ("April 4 – China matches the
		// tariff", "April 11 – China raises its tariff")
		return da.Compatible(db) || a.docID != b.docID && sameParticipants(a, b) && a.ev.Type != graph.Statement &&
			daysApart(da, db) <= maxConflictDays
	case a.ev.Type == graph.Statement:
		// statements known only to precede a day ("has repeatedly
		// criticized", "has previously indicated") may lie years apart: one
		// statement only when the same verb reports it
		if (da.Earliest == "" || db.Earliest == "") && a.ev.Lemma != b.ev.Lemma {
			return false
		}
		return da.Compatible(db) && boundsMeet(da, db)
	}
	return boundsMeet(window(a), window(b))
}

// recurring are the event types one actor reports again and again.
var recurring = map[string]bool{graph.Statement: true, graph.Meeting: true, graph.Offer: true, graph.Request: true,
	graph.Report: true}

// coarselyDated reports whether document d's own date is known only to a
// year or a month (an undated document dates no report of its own).
func coarselyDated(d *graph.Document) bool {
	return d.Published.Known() && d.Published.Precision != graph.Day
}

// earlierOne reports whether a report's trigger follows a word that marks
// it as an earlier occurrence than the one the story is about ("last
// carried out an attack", "the previous attack").
func earlierOne(it *item) bool {
	d, ev := it.doc, it.ev
	if ev.Trigger.Start <= 0 || ev.Trigger.Start > len(d.Text) {
		return false
	}
	start := ev.Trigger.Start - 40
	if ev.Sentence >= 0 && ev.Sentence < len(d.Sentences) {
		start = max(start, d.Sentences[ev.Sentence].Start)
	}
	ws := strings.Fields(strings.ToLower(d.Text[max(0, start):ev.Trigger.Start]))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		switch ws[k] {
		case "previous":
			return k == len(ws)-1 // "the previous attack"
		case "last":
			// "last carried out an attack", "the last decision"; not "last
			// week"
			if k == len(ws)-1 {
				return true
			}
			next := strings.Trim(ws[k+1], ".,")
			return timexWords[next].cls&(cUnit|cWeekday|cMonth|cSeason|cPart) == 0 && next != "time" && next != "season"
		}
	}
	return false
}

// maxReportLagDays is how long before its document an event reported
// without a date or a past cue ("Jobs unveiled the iPhone 4") may have
// happened: news reports what is recent, so such a report is not the same
// event as one dated years before.
const maxReportLagDays = 31

// window is span narrowed, for a report dated by its document alone, to
// the maxReportLagDays before the document's date.
func window(it *item) graph.Date {
	d := span(it)
	if !it.explicit && it.ev.Date.Known() {
		if t := it.ev.Date.Time(); !t.IsZero() {
			d.Earliest = t.AddDate(0, 0, -maxReportLagDays).Format("2006-01-02")
		}
	}
	return d
}

// span returns the interval a report allows its event: its explicit date or
// bounds as given, and for a date taken from the document any day up to it.
func span(it *item) graph.Date {
	if !it.explicit && it.ev.Date.Known() {
		return graph.Between("", it.ev.Date.Latest)
	}
	return it.ev.Date
}

// boundsMeet reports whether two dates' intervals overlap (open bounds
// overlap everything).
func boundsMeet(a, b graph.Date) bool {
	if a.Earliest != "" && b.Latest != "" && a.Earliest > b.Latest {
		return false
	}
	if b.Earliest != "" && a.Latest != "" && b.Earliest > a.Latest {
		return false
	}
	return true
}

// sameParticipants reports whether two reports name the same agents and the
// same targets (at least one agent).
func sameParticipants(a, b *item) bool {
	aa, at := roleSets(a)
	ba, bt := roleSets(b)
	return len(aa) > 0 && sameSet(aa, ba) && sameSet(at, bt)
}

func sameSet(a, b idSet) bool {
	if len(a) != len(b) {
		return false
	}
	for _, id := range a {
		if !b.has(id) {
			return false
		}
	}
	return true
}

// daysApart returns the number of days between two known dates' intervals.
func daysApart(a, b graph.Date) int {
	ta, tb := a.Time(), b.Time()
	if ta.IsZero() || tb.IsZero() {
		return math.MaxInt32
	}
	d := ta.Sub(tb)
	if d < 0 {
		d = -d
	}
	return int(d / (24 * time.Hour))
}

// build makes the merged event of one cluster of reports.
func build(cl []*item) graph.Event {
	first := cl[0]
	for _, it := range cl[1:] {
		if reportBefore(it, first) {
			first = it
		}
	}
	e := graph.Event{
		ID:   graph.EventID(first.doc.ID, first.ev.Trigger.Start, first.idType),
		Type: first.ev.Type,
	}
	// lemma: the most frequent, ties to the first report
	count := map[string]int{}
	for _, it := range cl {
		count[it.ev.Lemma]++
	}
	e.Lemma = cl[0].ev.Lemma
	for _, it := range cl {
		if count[it.ev.Lemma] > count[e.Lemma] {
			e.Lemma = it.ev.Lemma
		}
	}
	e.Date = bestDate(cl)
	// participants: the most frequent role of each entity, ties to the role
	// of the earliest report naming it
	roles := map[string]map[graph.Role]int{}
	byID := map[string]graph.Participant{}
	for _, it := range cl {
		for _, p := range it.parts {
			if roles[p.ID] == nil {
				roles[p.ID] = map[graph.Role]int{}
				byID[p.ID] = p
			}
			roles[p.ID][p.Role]++
		}
	}
	for id, p := range byID {
		best := p.Role
		for _, r := range []graph.Role{graph.Agent, graph.Target, graph.Involved} {
			if roles[id][r] > roles[id][best] {
				best = r
			}
		}
		p.Role = best
		e.Participants = append(e.Participants, p)
	}
	if symmetric(e.Type) {
		symmetricRoles(e.Participants, roles, first)
	}
	sort.Slice(e.Participants, func(a, b int) bool {
		pa, pb := e.Participants[a], e.Participants[b]
		if rank(pa.Role) != rank(pb.Role) {
			return rank(pa.Role) < rank(pb.Role)
		}
		return pa.ID < pb.ID
	})
	// sources
	conf := 1.0
	facts := map[graph.Factuality]int{}
	for _, it := range cl {
		d, ev := it.doc, it.ev
		src := graph.Source{
			Document:      d.ID,
			Title:         d.Title,
			Published:     d.Published.Value,
			Sentence:      strings.TrimSpace(d.SentenceText(ev.Sentence)),
			Start:         ev.Trigger.Start,
			End:           ev.Trigger.End,
			SentenceIndex: d.SentenceNumber(ev.Sentence),
			Date:          ev.Date,
			Factuality:    ev.Factuality,
		}
		if ev.Trigger.Start >= 0 && ev.Trigger.End <= len(d.Text) && ev.Trigger.Start <= ev.Trigger.End {
			src.Trigger = d.Text[ev.Trigger.Start:ev.Trigger.End]
		}
		e.Sources = append(e.Sources, src)
		conf *= 1 - ev.Confidence
		facts[ev.Factuality]++
	}
	sort.SliceStable(e.Sources, func(a, b int) bool {
		sa, sb := e.Sources[a], e.Sources[b]
		if (sa.Published == "") != (sb.Published == "") {
			return sb.Published == ""
		}
		if sa.Published != sb.Published {
			return sa.Published < sb.Published
		}
		if sa.Document != sb.Document {
			return sa.Document < sb.Document
		}
		return sa.Start < sb.Start
	})
	e.Confidence = math.Round(math.Min(0.99, 1-conf)*100) / 100
	if facts[graph.Asserted] == 0 {
		best := graph.Factuality("")
		for _, f := range []graph.Factuality{graph.Claimed, graph.Planned, graph.Possible, graph.Negated} {
			if facts[f] > facts[best] {
				best = f
			}
		}
		e.Factuality = best
	}
	e.Conflicts = conflicts(cl, e.Date)
	e.Title = title(&e, first, cl)
	return e
}

// symmetricRoles makes one side of a call, meeting or agreement its agent
// and the others its targets, so that "A called B" and "B called A" read
// as one event: the agent is the entity named as agent most often (then
// first in the earliest report, then by ID).
func symmetricRoles(ps []graph.Participant, roles map[string]map[graph.Role]int, first *item) {
	pos := func(id string) int {
		for k, p := range first.parts {
			if p.ID == id {
				return k
			}
		}
		return len(first.parts)
	}
	best := -1
	for k, p := range ps {
		if p.Role == graph.Involved {
			continue
		}
		if best < 0 {
			best = k
			continue
		}
		sk := roles[p.ID][graph.Agent] - roles[p.ID][graph.Target]
		sb := roles[ps[best].ID][graph.Agent] - roles[ps[best].ID][graph.Target]
		if sk > sb || sk == sb && (pos(p.ID) < pos(ps[best].ID) || pos(p.ID) == pos(ps[best].ID) && p.ID < ps[best].ID) {
			best = k
		}
	}
	for k := range ps {
		if ps[k].Role != graph.Involved {
			ps[k].Role = graph.Target
		}
	}
	if best >= 0 {
		ps[best].Role = graph.Agent
	}
}

// bestDate chooses an event's date from its reports: the most precise date
// given by a time expression (then the most reported, then the earliest);
// failing that the earliest most precise document date that every report
// allows; failing that the intersection of the reports' bounds.
func bestDate(cl []*item) graph.Date {
	// the latest day every report allows
	latest := ""
	for _, it := range cl {
		if l := span(it).Latest; l != "" && (latest == "" || l < latest) {
			latest = l
		}
	}
	pick := func(explicit bool) (graph.Date, bool) {
		n := map[string]int{}
		var ds []graph.Date
		for _, it := range cl {
			if !explicit && latest != "" && it.ev.Date.Earliest > latest {
				continue // a later report of an event bounded before it
			}
			if it.explicit == explicit && it.ev.Date.Known() {
				if n[it.ev.Date.Value] == 0 {
					ds = append(ds, it.ev.Date)
				}
				n[it.ev.Date.Value]++
			}
		}
		if len(ds) == 0 {
			return graph.Date{}, false
		}
		sort.Slice(ds, func(a, b int) bool {
			pa, pb := precRank(ds[a].Precision), precRank(ds[b].Precision)
			if pa != pb {
				return pa > pb
			}
			if explicit && n[ds[a].Value] != n[ds[b].Value] {
				return n[ds[a].Value] > n[ds[b].Value]
			}
			return ds[a].Value < ds[b].Value
		})
		return ds[0], true
	}
	if d, ok := pick(true); ok {
		return d
	}
	// A report that places the event before its document's date
	// ("Earlier, Trump imposed...") says more than reports merely dated by
	// their publication ("disputes over tariffs imposed by Trump"): keep
	// the event undated within the bounds they all allow.
	bounded := false
	for _, it := range cl {
		if !it.ev.Date.Known() && it.ev.Date.Latest != "" {
			bounded = true
		}
	}
	if !bounded {
		if d, ok := pick(false); ok {
			return d
		}
	}
	var d graph.Date
	for _, it := range cl {
		b := span(it)
		if b.Earliest > d.Earliest {
			d.Earliest = b.Earliest
		}
		if b.Latest != "" && (d.Latest == "" || b.Latest < d.Latest) {
			d.Latest = b.Latest
		}
	}
	if d.Earliest != "" && d.Latest != "" && d.Earliest > d.Latest {
		return span(cl[0])
	}
	return d
}

func precRank(p graph.Precision) int {
	switch p {
	case graph.Day:
		return 3
	case graph.Month:
		return 2
	case graph.Year:
		return 1
	}
	return 0
}

// conflicts lists the dates reports give that disagree with the chosen
// date, each with its documents (sorted, distinct): explicit dates that do
// not overlap it, and document dates before it (a report cannot precede its
// event). A document date after the chosen one is no disagreement, only a
// later report.
func conflicts(cl []*item, chosen graph.Date) []graph.Conflict {
	docs := map[string]map[string]bool{}
	for _, it := range cl {
		d := it.ev.Date
		if !d.Known() || d.Compatible(chosen) {
			continue
		}
		if !it.explicit && (chosen.Earliest == "" || d.Latest >= chosen.Earliest) {
			continue
		}
		if docs[d.Value] == nil {
			docs[d.Value] = map[string]bool{}
		}
		docs[d.Value][it.doc.ID] = true
	}
	var out []graph.Conflict
	for v, set := range docs {
		c := graph.Conflict{Date: v}
		for id := range set {
			c.Sources = append(c.Sources, id)
		}
		sort.Strings(c.Sources)
		out = append(out, c)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Date < out[b].Date })
	return out
}

// title returns "<Agents> <verb> <Targets>" or, without an agent, the
// first report's sentence trimmed to about 100 characters.
func title(e *graph.Event, first *item, cl []*item) string {
	var agents, targets []string
	for _, p := range e.Participants {
		switch p.Role {
		case graph.Agent:
			agents = append(agents, p.Name)
		case graph.Target:
			targets = append(targets, p.Name)
		}
	}
	if len(agents) == 0 {
		if p, ok := passiveVerb[e.Type]; ok && len(targets) > 0 {
			if chosen[e.Lemma] || e.Type == graph.Attack {
				p = pastTense(e.Lemma) // "Sanae Takaichi was elected", not "nominated"; "Cuba was struck"
			}
			be := " was "
			if len(targets) > 1 {
				be = " were "
			}
			return strings.Join(targets, " and ") + be + p // "Rafael Caro Quintero was extradited"
		}
		if phrase := firstGiven(first, cl, nounComplement); phrase != "" {
			return phrase // "Death of former chairman Robert Gibson"
		}
		if phrase := passiveClause(first); phrase != "" {
			return phrase // "The presence of U.S. military forces in Mexico would not be accepted"
		}
		return trimTitle(first.doc.SentenceText(first.ev.Sentence))
	}
	if len(agents) == 1 && len(targets) == 0 {
		if noun := measureOf(first); noun != "" {
			// "Nvidia Corp shares rose", "Mexico's exports fell", not "Nvidia Corp rose"
			if !strings.HasPrefix(noun, "'") {
				noun = " " + noun
			}
			return agents[0] + noun + " " + pastTense(e.Lemma)
		}
	}
	verb, ok := typeVerb[e.Type]
	switch {
	case !ok && infinitive(first):
		verb = "to " + e.Lemma // "measures to prevent arms...": not "Donald Trump prevented"
		if w := denial(first); w != "" {
			verb = w + " " + verb // "declined to comment": not "to comment"
		}
		if prep := lemmaPrep[e.Lemma]; prep != "" && len(targets) > 0 {
			verb += " " + prep
		}
	case !ok:
		verb = pastTense(e.Lemma)
		if prep := lemmaPrep[e.Lemma]; prep != "" && len(targets) > 0 {
			verb += " " + prep // "collaborated with Claudia Sheinbaum"
		}
	case e.Type == graph.Meeting && e.Lemma == "visit" && len(targets) > 0 && allPlaces(e.Participants, graph.Target):
		verb = "visited" // "Marco Rubio visited Panama", not "met Panama"
	case e.Type == graph.Nomination && (e.Lemma == "confirm" || chosen[e.Lemma]):
		verb = pastTense(e.Lemma) // "Senate confirmed Pete Hegseth", "Parliament elected Takaichi", not "nominated"
	case e.Type == graph.Deployment && len(targets) > 0 && allPlaces(e.Participants, graph.Target):
		verb = "deployed forces to" // not "deployed Mexico"
	case e.Type == graph.Deployment && len(targets) > 1 && anyPlace(e.Participants, graph.Target):
		// "Donald Trump deployed National Guard to Portland", not
		// "deployed Portland and National Guard"
		var forces, places []string
		for _, p := range e.Participants {
			if p.Role != graph.Target {
				continue
			}
			if p.Kind == graph.Place {
				places = append(places, p.Name)
			} else {
				forces = append(forces, p.Name)
			}
		}
		return strings.Join(agents, " and ") + " deployed " + strings.Join(forces, " and ") + " to " + strings.Join(places, " and ")
	case e.Type == graph.Statement && addressed[e.Lemma]:
		verb = pastTense(e.Lemma) // "Donald Trump criticized Mexico"
		if prep := lemmaPrep[e.Lemma]; prep != "" && len(targets) > 0 {
			verb += " " + prep // "Maros Sefcovic spoke to Example Wire"
		}
	case e.Type == graph.Statement:
		targets = nil // "Sheinbaum said", not "Sheinbaum said Trump"
		if said := whatWasSaid(first, cl); said != "" {
			return strings.Join(agents, " and ") + " " + said // "Dan Rayfield said the ruling reaffirms ..."
		}
	}
	if len(targets) == 0 {
		if e.Type != graph.Statement {
			if phrase := clusterPhrase(first, cl); strings.HasPrefix(phrase, "'s ") {
				return strings.Join(agents, " and ") + phrase // "Mike Ruddock's decision ..."
			} else if phrase != "" {
				return strings.Join(agents, " and ") + " " + phrase
			}
		}
		if !ok && infinitive(first) {
			if phrase := infinitiveClause(first); phrase != "" {
				if w := denial(first); w != "" {
					phrase = w + " " + phrase
				}
				return strings.Join(agents, " and ") + " " + phrase // "Mexico to permit increased U.S. military involvement"
			}
		}
		if tr := first.ev.Trigger; e.Type != graph.Statement && tr.End <= len(first.doc.Text) && tr.Start <= tr.End &&
			!strings.HasSuffix(strings.ToLower(first.doc.Text[tr.Start:tr.End]), "ing") {
			if phrase := passiveClause(first); phrase != "" {
				return phrase // "The tariffs were paused", not "Donald Trump paused"
			}
		}
		verb = strings.TrimSuffix(strings.TrimSuffix(verb, " on"), " with")
		verb = strings.TrimSuffix(verb, " before")
	}
	s := strings.Join(agents, " and ") + " " + verb
	if len(targets) > 0 {
		s += " " + strings.Join(targets, " and ")
		if len(targets) == 1 {
			s += possessed(first, cl) // "rejected Donald Trump's offer"
		}
	}
	return s
}

// possessed returns "'s" and the noun after the target's possessive just
// after the trigger ("rejected President Trump's offer": "'s offer") in
// the first report of cl that has one (see firstGiven), or "".
func possessed(first *item, cl []*item) string {
	try := func(it *item) string {
		d, ev := it.doc, it.ev
		target := roleEntity(ev, graph.Target)
		if target < 0 {
			return ""
		}
		for _, m := range d.Mentions {
			if m.Entity != target || m.Sentence != ev.Sentence || m.Start < ev.Trigger.End ||
				m.Start-ev.Trigger.End > 20 || m.End > len(d.Text) {
				continue
			}
			rest := d.Text[m.End:min(len(d.Text), m.End+40)]
			var tail string
			switch {
			case strings.HasPrefix(rest, "'s "):
				tail = rest[3:]
			case strings.HasPrefix(rest, "’s "):
				tail = rest[len("’s "):]
			default:
				return ""
			}
			// one to three lower-case words, then a word that ends the
			// noun phrase or punctuation: "'s offer to", "'s entire oil
			// output for", not "'s entire" alone
			var np []string
			for _, w := range strings.Fields(tail) {
				bare := strings.TrimRight(w, ".,;:")
				ends := npEnds[bare] || len(np) > 0 && strings.HasSuffix(bare, "ed") // "'s stake held by"
				switch {
				case ends && len(np) > 0:
					return "'s " + strings.Join(np, " ")
				case ends || !isLower(bare) || len(np) == 3:
					return ""
				}
				np = append(np, bare)
				if bare != w { // punctuation ends the phrase
					return "'s " + strings.Join(np, " ")
				}
			}
			return ""
		}
		return ""
	}
	return firstGiven(first, cl, try)
}

// maxPhraseReports bounds how many reports of an event are tried for the
// phrase of its title.
const maxPhraseReports = 16

// clusterPhrase returns the action phrase (see actionPhrase) of the first
// report of cl that gives one (see firstGiven): "Trump offered to send
// troops" from the second report when the first only says that Sheinbaum
// "rejected the offer Trump made"; failing that, the first participle
// phrase (see participlePhrase).
func clusterPhrase(first *item, cl []*item) string {
	if phrase := firstGiven(first, cl, actionPhrase); phrase != "" {
		return phrase
	}
	return firstGiven(first, cl, participlePhrase)
}

// npEnds are the words that end a noun phrase after a possessive.
var npEnds = map[string]bool{"to": true, "of": true, "for": true, "in": true, "on": true, "at": true, "by": true,
	"from": true, "with": true, "and": true, "or": true, "but": true, "that": true, "which": true, "as": true,
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true, "will": true,
	"would": true, "into": true, "over": true, "after": true, "against": true, "because": true, "not": true,
	"more": true, "except": true, "than": true, "when": true, "while": true, "if": true, "since": true,
	"under": true, "about": true, "held": true}

// isLower reports whether w is a word of ASCII lower-case letters,
// possibly hyphenated, of at least three bytes.
func isLower(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// firstGiven returns fn of the first report of cl for which it is not
// empty: first, then the others in document and text order, at most
// maxPhraseReports in all; or "".
func firstGiven(first *item, cl []*item, fn func(*item) string) string {
	if s := fn(first); s != "" || len(cl) < 2 {
		return s
	}
	rest := make([]*item, 0, len(cl)-1)
	for _, it := range cl {
		if it != first {
			rest = append(rest, it)
		}
	}
	sort.Slice(rest, func(a, b int) bool { return reportBefore(rest[a], rest[b]) })
	for _, it := range rest[:min(len(rest), maxPhraseReports-1)] {
		if s := fn(it); s != "" {
			return s
		}
	}
	return ""
}

// reportBefore orders reports by document ID, then trigger, then input order.
func reportBefore(a, b *item) bool {
	if a.docID != b.docID {
		return a.docID < b.docID
	}
	if a.ev.Trigger.Start != b.ev.Trigger.Start {
		return a.ev.Trigger.Start < b.ev.Trigger.Start
	}
	return a.n < b.n
}

// infinitive reports whether the first report's trigger follows "to": a
// purpose or a plan, which a title in the past tense would assert.
func infinitive(first *item) bool {
	d, ev := first.doc, first.ev
	if ev.Trigger.Start > len(d.Text) {
		return false
	}
	if !strings.HasSuffix(d.Text[:ev.Trigger.Start], " ") {
		return false
	}
	// "to reduce", or split: "to sharply reduce", "to further cut"
	before := strings.Fields(d.Text[max(0, ev.Trigger.Start-40):ev.Trigger.Start])
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		w := strings.ToLower(before[k])
		if w == "to" {
			return true
		}
		if !(len(w) > 4 && strings.HasSuffix(w, "ly") || w == "further" || w == "also" || w == "then") {
			return false
		}
	}
	return false
}

// infinitiveClause returns the first report's infinitive with the words
// after it in its clause ("to permit increased U.S. military involvement
// against drug cartels"), or "" when nothing follows the verb.
func infinitiveClause(first *item) string {
	d, ev := first.doc, first.ev
	// a noun after "to" is no infinitive: "subject to approval"
	if !strings.EqualFold(d.Text[ev.Trigger.Start:ev.Trigger.End], ev.Lemma) {
		return ""
	}
	to := strings.LastIndex(strings.ToLower(d.Text[:ev.Trigger.Start]), "to")
	if to < 0 {
		return ""
	}
	ws := strings.Fields(clauseFrom(d, ev, to))
	// the clause ends where the sentence's own verb begins ("to suspend
	// payments is most likely a move") or a new clause or verb is joined
	// ("to compete with its rivals and the problem had", "and
	// misrepresented costs")
	for i := 2; i < len(ws); i++ {
		if finiteAux[strings.ToLower(ws[i])] || ws[i-1] == "and" && (clauseStart[strings.ToLower(ws[i])] || joinedVerb(ws[i]) && !paired(ws[:i])) {
			if ws[i-1] == "and" {
				i--
			}
			ws = ws[:i]
			break
		}
	}
	if len(ws) < 3 {
		return ""
	}
	return strings.Join(ws, " ")
}

// clauseStart are words that, after "and", open a new clause rather than
// join a second object.
var clauseStart = map[string]bool{"the": true, "that": true, "it": true, "he": true, "she": true, "they": true,
	"we": true, "this": true, "there": true, "its": true, "their": true, "his": true, "her": true}

// denials are the verb forms before "to" that deny what follows.
var denials = map[string]bool{"declined": true, "refused": true, "failed": true, "declines": true, "refuses": true,
	"fails": true, "decline": true, "refuse": true, "fail": true, "hesitated": true, "ceased": true}

// denial returns the word before the "to" of the first report's trigger
// when it denies what follows ("declined to comment"), or "".
func denial(first *item) string {
	d, ev := first.doc, first.ev
	words := strings.Fields(d.Text[max(0, ev.Trigger.Start-24):ev.Trigger.Start])
	if len(words) < 2 || !strings.EqualFold(words[len(words)-1], "to") {
		return ""
	}
	w := strings.ToLower(words[len(words)-2])
	if !denials[w] {
		return ""
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
		return w
	}
	// a base form keeps its modal ("would refuse to return"), or is dropped
	if len(words) >= 3 {
		switch m := strings.ToLower(words[len(words)-3]); m {
		case "would", "could", "may", "might", "will", "can", "should", "must":
			return m + " " + w
		}
	}
	return ""
}

// lemmaPrep gives the preposition that joins an action's verb to its
// target where the verb takes none ("collaborated with", "talked to").
var lemmaPrep = map[string]string{
	"collaborate": "with", "cooperate": "with", "work": "with", "negotiate": "with", "side": "with",
	"clash": "with", "compete": "with", "deal": "with", "partner": "with", "coordinate": "with",
	"talk": "to", "speak": "to", "respond": "to", "reply": "to", "travel": "to", "fly": "to", "return": "to",
	"go": "to", "come": "to", "move": "to", "object": "to", "appeal": "to", "react": "to",
	"apologize": "to", "listen": "to", "contribute": "to", "belong": "to", "turn": "to", "refer": "to",
	"invest": "in", "intervene": "in", "participate": "in", "arrive": "in", "engage": "in",
	"look": "at", "account": "for", "vote": "for", "call": "on", "rely": "on", "focus": "on",
	"retaliate": "against", "protest": "against", "campaign": "against", "withdraw": "from",
}

// measureOf returns the measure noun right after the name that is the
// subject of the first report's verb of change ("Nvidia shares rose": the
// shares), or "".
func measureOf(first *item) string {
	d, ev := first.doc, first.ev
	if !measureLemmas[ev.Lemma] || ev.Trigger.Start <= 0 || ev.Trigger.Start > len(d.Text) {
		return ""
	}
	best := -1
	for k, m := range d.Mentions {
		if m.Sentence == ev.Sentence && m.End <= ev.Trigger.Start && (best < 0 || m.End > d.Mentions[best].End) {
			best = k
		}
	}
	if best < 0 {
		return ""
	}
	rest := d.Text[d.Mentions[best].End:ev.Trigger.Start]
	poss := ""
	for _, s := range []string{"'s", "’s"} {
		if r, ok := strings.CutPrefix(rest, s); ok {
			rest, poss = r, "'s "
		}
	}
	between := strings.Fields(rest)
	if len(between) != 1 {
		return ""
	}
	w := strings.ToLower(between[0])
	if !measureTitleNouns[w] {
		return ""
	}
	return poss + w
}

// measureLemmas are the verbs of a measure's change; measureTitleNouns the
// measures a name owns ("shares", "sales").
var (
	measureLemmas     = set("rise", "fall", "drop", "increase", "decrease", "decline", "climb", "jump", "slip", "grow", "surge", "plunge", "slump", "gain", "ease", "slide", "tumble", "soar")
	measureTitleNouns = set("shares", "stock", "stocks", "sales", "profit", "profits", "revenue", "revenues", "earnings",
		"exports", "imports", "output", "prices", "production")
)

// anyPlace reports whether some participant of ps in role r is a place.
func anyPlace(ps []graph.Participant, r graph.Role) bool {
	for _, p := range ps {
		if p.Role == r && p.Kind == graph.Place {
			return true
		}
	}
	return false
}

// allPlaces reports whether every participant of ps in role r is a place.
func allPlaces(ps []graph.Participant, r graph.Role) bool {
	for _, p := range ps {
		if p.Role == r && p.Kind != graph.Place {
			return false
		}
	}
	return true
}

// actionPhrase returns the words of the first report from just after its
// agent's mention through the trigger and a few words beyond, up to the
// clause's end ("imposed a 25% tariff on Mexican goods due to unmet
// immigration promises"), or "" when the agent is not close before the
// trigger in the same clause.
func actionPhrase(first *item) string {
	d, ev := first.doc, first.ev
	agent := roleEntity(ev, graph.Agent)
	if agent < 0 {
		return ""
	}
	end := -1
	for _, m := range d.Mentions {
		if m.Entity == agent && m.End <= ev.Trigger.Start && m.Sentence == ev.Sentence {
			end = m.End
		}
	}
	if end < 0 {
		end = pronounSubject(d, ev, agent)
	}
	// The agent is close before the trigger (40 bytes), or a little
	// farther when the phrase starts past another event's trigger (below).
	if end < 0 || ev.Trigger.Start-end > 80 || ev.Trigger.End > len(d.Text) {
		return ""
	}
	agentEnd := end
	gap := d.Text[end:ev.Trigger.Start]
	if appositionGap(gap) {
		// "Ismael Zambada, a co-founder of the Sinaloa Cartel, pleaded
		// guilty": the phrase starts at the verb
		end, agentEnd, gap = ev.Trigger.Start, ev.Trigger.Start, ""
	}
	if strings.ContainsAny(gap, ",;:()\n\"“”") {
		return ""
	}
	// The agent's possessive before an event noun: "rejected Trump's offer
	// to send troops" gives "'s offer to send troops".
	possessive := gap == "'s " || gap == "’s "
	// Another event's trigger may come first: the phrase would start with
	// that event. When this trigger is the agent's own verb, the phrase
	// starts there instead: after "and" ("has increased border security
	// and extradited criminals": "extradited criminals") or after a
	// pronoun that stands for the agent ("said it has acquired": "acquired
	// ..."). Otherwise (an infinitive, a noun, a passive, another
	// subject: "said domestic sales declined") the phrase that governs it
	// stays, and so does any negation before it ("has not made or sold").
	prev, prevLemma, undoes := -1, "", false
	for _, o := range d.Events {
		if o.Trigger.Start >= end && o.Trigger.Start < ev.Trigger.Start {
			if o.Trigger.End > prev {
				prev, prevLemma = o.Trigger.End, o.Lemma
			}
			undoes = undoes || o.Type == graph.Rejection || undoing[o.Lemma]
		}
	}
	// Past another event's trigger, an infinitive or a noun the agent owns
	// starts the phrase too, as headlines put them: "issued an order to
	// implement measures" gives "to implement measures", "defended his
	// decision not to release" gives "'s decision not to release".
	prefix := ""
	if possessive {
		end, prefix = ev.Trigger.Start, "'s"
	} else if prev >= 0 && prev <= ev.Trigger.Start && !negated(gap) && !undoes {
		between := strings.Fields(strings.ToLower(d.Text[prev:ev.Trigger.Start]))
		last := ""
		if len(between) > 0 {
			last = between[len(between)-1]
		}
		switch {
		case verbStart(d.Text[ev.Trigger.Start:ev.Trigger.End]) && ownVerb(between):
			end = ev.Trigger.Start
		case last == "to" && (len(between) == 1 || len(between) <= 5 && !toTakesVerb(between) && !objectControl[prevLemma]):
			// "an order to implement", "all possible measures to
			// prevent arms": the infinitive starts the phrase
			end = prev + strings.LastIndex(strings.ToLower(d.Text[prev:ev.Trigger.Start]), "to")
			prefix = "to"
		case len(between) == 1 && (last == "his" || last == "her" || last == "its" || last == "their"):
			end, prefix = ev.Trigger.Start, "'s"
		}
	}
	if end == agentEnd && ev.Trigger.Start-agentEnd > 40 {
		return ""
	}
	// The agent must be the subject of a verb phrase: the next word is an
	// auxiliary, an adverb or a past-tense verb, not "to" or a noun of a
	// compound ("U.S. troop deployment", "Trump's offer").
	next := strings.Fields(d.Text[end:ev.Trigger.End])
	if len(next) == 0 || prefix == "" && !verbStart(next[0]) {
		return ""
	}
	phrase := clauseFrom(d, ev, end)
	if phrase == "" || len(phrase) > 120 {
		return ""
	}
	if prefix != "" {
		// the phrase of a noun or an infinitive ends before another verb
		// joins it ("'s decision to sell arms to Iran and conceded")
		if i := strings.Index(phrase, " and "); i > 0 {
			phrase = phrase[:i]
		}
	} else if ws := strings.Fields(phrase); len(ws) > 2 {
		// a verb phrase ends before a second verb joined to it: "has
		// defended his decision and conceded" gives "has defended his
		// decision"; verbs that share their object stay ("produced and
		// exported 106 tonnes")
		for i := 2; i+1 < len(ws); i++ {
			if (ws[i] == "and" || ws[i] == "but") && (joinedVerb(ws[i+1]) && !paired(ws[:i]) || finiteAux[ws[i+1]]) &&
				!verbStart(ws[i-1]) {
				phrase = strings.Join(ws[:i], " ")
				break
			}
		}
	}
	phrase = strings.TrimRight(phrase, ".")
	if prefix == "'s" {
		// the noun phrase ends where the sentence's verb begins: "'s bid
		// was an attempt to ..." gives "'s bid"
		ws := strings.Fields(phrase)
		for i := 1; i < len(ws); i++ {
			if finiteAux[strings.ToLower(ws[i])] {
				ws = ws[:i]
				break
			}
		}
		return prefix + " " + strings.Join(ws, " ")
	}
	return phrase
}

// appositionGap reports whether the words between an agent and its verb are
// an apposition between commas (", a co-founder of the Sinaloa Cartel, "),
// with no verb of its own.
func appositionGap(gap string) bool {
	if len(gap) < 6 || len(gap) > 80 || !strings.HasPrefix(gap, ", ") || !strings.HasSuffix(gap, ", ") {
		return false
	}
	inner := gap[2 : len(gap)-2]
	if strings.ContainsAny(inner, ",;:()\n\"“”") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(inner)) {
		if finiteAux[w] || relativeWords[w] || strings.HasSuffix(w, "ed") && len(w) > 4 {
			return false // "Zambada, who had pleaded ...", "Zambada, arrested in July, ..."
		}
	}
	return true
}

// joinedVerb reports whether w, after "and" in an action's phrase, is a
// second verb in the past tense ("and conceded", "and said"), not an
// adjective ("and related") or a noun ("and feed wheat").
func joinedVerb(w string) bool {
	switch w {
	case "said", "told", "met", "sent", "made", "took", "gave", "led", "began", "spoke", "held", "sought",
		"brought", "won", "lost", "struck", "paid", "sold", "bought":
		return true
	case "related", "unrelated", "limited", "united", "detailed", "advanced", "based", "associated",
		"affiliated", "listed", "unlisted", "interested", "concerned", "mixed", "combined", "diversified",
		"integrated", "qualified", "skilled", "armed", "registered", "owned", "controlled", "needed":
		return false
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && w[0] >= 'a' && w[0] <= 'z'
}

// paired reports whether words hold "both" or "either", whose pair the
// next "and" or "or" completes ("both domestic and imported oils").
func paired(words []string) bool {
	for _, w := range words {
		if w == "both" || w == "either" {
			return true
		}
	}
	return false
}

// finiteAux are the auxiliaries that make a clause finite and open a
// sentence's verb phrase.
var finiteAux = set("is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may",
	"might", "shall", "should", "must", "did", "does", "do")

// roleEntity returns the local entity of ev's first participant in role r,
// or -1.
func roleEntity(ev *graph.LocalEvent, r graph.Role) int {
	for _, p := range ev.Participants {
		if p.Role == r {
			return p.Entity
		}
	}
	return -1
}

// complementPreps are the prepositions that open an event noun's
// complement ("the merger with Hemdale", "the sale of Bankhaus Centrale").
var complementPreps = map[string]bool{"of": true, "with": true, "in": true, "for": true, "on": true,
	"against": true, "to": true, "by": true, "from": true, "between": true, "into": true}

// nounComplement titles a report by an event noun without an agent by the
// noun and its complement up to the first participant named after it,
// with a name that follows that one directly: "the death of former chairman
// Robert Gibson" gives "Death of former chairman Robert Gibson", "the
// further delay in the operation of Nine Mile Unit Two" gives "Delay in
// the operation of Nine Mile Unit Two". It gives "" when the trigger is not
// a noun, no preposition follows it, or no participant is named within
// fourteen words of it, before a comma or the like.
func nounComplement(it *item) string {
	d, ev := it.doc, it.ev
	start, end := ev.Trigger.Start, ev.Trigger.End
	if start < 0 || end > len(d.Text) || start >= end {
		return ""
	}
	if _, ok := lex.noun[strings.ToLower(d.Text[start:end])]; !ok {
		return ""
	}
	rest := d.Text[end:]
	prep, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	if !strings.HasPrefix(rest, " ") || !complementPreps[prep] {
		return ""
	}
	parts := map[int]bool{}
	for _, p := range ev.Participants {
		parts[p.Entity] = true
	}
	stop := -1
	for _, m := range d.Mentions {
		if m.Sentence != ev.Sentence || m.Start < end || !parts[m.Entity] {
			continue
		}
		if stop < 0 {
			stop = m.End
		} else if m.Start == stop+1 && d.Text[stop] == ' ' {
			stop = m.End // "Nine Mile" "Unit Two"
		} else {
			break
		}
	}
	if stop < 0 {
		return ""
	}
	if stop = nameHead(d, stop, ev.Sentence); stop < 0 {
		return ""
	}
	span := d.Text[start:stop]
	if strings.ContainsAny(span, ",;:()\"\n") || len(strings.Fields(span)) > 15 {
		return ""
	}
	span = strings.Join(strings.Fields(span), " ")
	r, n := utf8.DecodeRuneInString(span)
	return string(unicode.ToUpper(r)) + span[n:]
}

// nameHead extends a noun phrase that ends with a name at byte stop of d's
// text to the noun the name modifies, when one word ends the phrase there:
// "Champlin" + "'s operations", "all other USAir" + " shareholders." It
// returns stop when the name ends the phrase, and -1 when the phrase goes
// on past that word ("the remaining United Presidential stake follows"),
// where a cut would misname it.
func nameHead(d *graph.Document, stop, sentence int) int {
	text := d.Text
	end := len(text)
	if sentence >= 0 && sentence < len(d.Sentences) {
		end = min(end, d.Sentences[sentence].End)
	}
	i := stop
	if strings.HasPrefix(text[i:end], "'s ") {
		i += 2
	}
	if i >= end || text[i] != ' ' {
		return stop // punctuation or the end of the sentence
	}
	w, rest, _ := strings.Cut(text[i+1:end], " ")
	bare := strings.TrimRight(w, ".,;:")
	if bare != "" && unicode.IsUpper(rune(bare[0])) {
		return -1 // "the Hong Kong" of a longer name: "Hong Kong Hilton"
	}
	if !isLower(bare) || npEnds[bare] || timeWords[bare] || strings.HasSuffix(bare, "ed") {
		// the name ends the phrase: "acquisition of McNeil Corp last
		// year", "sales to China decreased"
		if i > stop {
			return -1 // "Champlin's" before something else
		}
		return stop
	}
	if bare != w || rest == "" {
		return i + 1 + len(bare) // "USAir shareholders."
	}
	next, _, _ := strings.Cut(rest, " ")
	if npEnds[strings.TrimRight(next, ".,;:")] || strings.TrimRight(next, ".,;:") != next {
		return i + 1 + len(bare)
	}
	return -1
}

// timeWords are words that start a time expression after a noun phrase.
var timeWords = map[string]bool{"last": true, "next": true, "this": true, "yesterday": true, "today": true,
	"tomorrow": true, "earlier": true, "later": true, "ago": true, "now": true}

// numberComma reports whether the comma at byte i of text, before byte end,
// is inside a number ("500,000").
func numberComma(text string, i, end int) bool {
	return i > 0 && i+1 < end && isDigitByte(text[i-1]) && isDigitByte(text[i+1])
}

// clauseWords is how many words clauseFrom takes after the trigger.
const clauseWords = 10

// clauseFrom returns the words of d from byte start through ev's trigger
// and up to ten words beyond, within the clause, without the function
// words a cut can leave at the end ("... intervention after" gives "...
// intervention").
func clauseFrom(d *graph.Document, ev *graph.LocalEvent, start int) string {
	stop := ev.Trigger.End
	sentEnd := len(d.Text)
	if ev.Sentence >= 0 && ev.Sentence < len(d.Sentences) {
		sentEnd = d.Sentences[ev.Sentence].End
	}
	words, ended := 0, true // ended: the sentence or a comma ended the clause
	for i := ev.Trigger.End; i < sentEnd && words < clauseWords; i++ {
		c := d.Text[i]
		if c == ',' && numberComma(d.Text, i, sentEnd) {
			stop = i + 1 // "500,000 tonnes"
			continue
		}
		if c == ',' || c == ';' || c == ':' || c == '(' || c == '"' || c == '\n' || c == '.' && i+1 >= sentEnd {
			ended = c == '.' || c == ',' || c == ';'
			break
		}
		if c == ' ' {
			words++
		}
		stop = i + 1
	}
	phrase := strings.Join(strings.Fields(d.Text[start:stop]), " ")
	phrase = strings.TrimRight(phrase, " ")
	if words >= clauseWords {
		// the word limit cut a date in two: "won the leadership of the
		// party on Oct. 4" is not "... on Oct"
		if i := strings.LastIndexByte(phrase, ' '); i > 0 {
			if w := strings.TrimSuffix(phrase[i+1:], "."); w != "" && w[0] >= 'A' && w[0] <= 'Z' &&
				timexWords[strings.ToLower(w)].cls&cMonth != 0 {
				phrase = phrase[:i]
			}
		}
	}
	// "agreed to buy Merrill Lynch the day before": an adverb that ends the
	// clause itself, not the word limit, stays
	adverb := ended && words < clauseWords && (strings.HasSuffix(phrase, " before") || strings.HasSuffix(phrase, " after"))
	for trimmed := !adverb; trimmed; {
		trimmed = false
		for _, w := range trailingWords {
			if strings.HasSuffix(phrase, w) {
				phrase, trimmed = strings.TrimSuffix(phrase, w), true
			}
		}
	}
	return phrase
}

// trailingWords are the function words, each after its space, that a cut
// phrase must not end with.
var trailingWords = []string{" and", " or", " but", " the", " a", " an", " to", " of", " in", " on", " for", " with",
	" by", " from", " that", " which", " as", " its", " their", " his", " her", " after", " before", " at", " into",
	" about", " against", " over", " while", " because", " amid", " during", " through", " under", " than", " since",
	" if", " when", " who", " along", " across", " around", " near", " toward", " towards", " without", " within",
	" between", " among", " upon", " via"}

// participlePhrase titles an event reported by a participle after a comma,
// which shares the clause's subject ("classified the cartel as a terrorist
// group, raising concerns about military intervention"): the verb in the
// past tense and the words after it ("raised concerns about military
// intervention"), or "".
func participlePhrase(it *item) string {
	d, ev := it.doc, it.ev
	if ev.Trigger.End > len(d.Text) || ev.Trigger.Start < 2 {
		return ""
	}
	w := d.Text[ev.Trigger.Start:ev.Trigger.End]
	if !strings.HasSuffix(w, "ing") || !isLower(w) ||
		!strings.HasSuffix(strings.TrimRight(d.Text[:ev.Trigger.Start], " "), ",") {
		return ""
	}
	rest := clauseFrom(d, ev, ev.Trigger.End)
	if rest == "" {
		return ""
	}
	return pastTense(ev.Lemma) + " " + rest
}

// pronounSubject returns the end of the subject pronoun that stands for
// the event's agent just before its trigger, in its sentence, with only
// auxiliaries, adverbs and negations between ("She has deployed
// thousands of troops"): "he" or "she" for a person, "it" for an
// organization, the pronouns the extractor resolves. It returns -1 when
// there is none.
func pronounSubject(d *graph.Document, ev *graph.LocalEvent, agent int) int {
	if agent >= len(d.Entities) || ev.Sentence < 0 || ev.Sentence >= len(d.Sentences) ||
		ev.Trigger.Start > len(d.Text) {
		return -1
	}
	from := max(d.Sentences[ev.Sentence].Start, ev.Trigger.Start-40)
	if from >= ev.Trigger.Start {
		return -1
	}
	if at := sentencePronoun(d, ev, agent); at >= 0 {
		// the sentence opens with the agent's pronoun and the phrase may
		// start at this verb joined to its first ("She has deployed
		// troops and transferred cartel members"): actionPhrase decides
		return at
	}
	words := strings.Fields(d.Text[from:ev.Trigger.Start])
	for len(words) > 0 {
		w := strings.ToLower(words[len(words)-1])
		if !auxOrAdverb(w) && w != "not" && w != "never" {
			break
		}
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return -1
	}
	w := words[len(words)-1]
	switch kind := d.Entities[agent].Kind; strings.ToLower(w) {
	case "he", "she":
		if kind != graph.Person {
			return -1
		}
	case "it":
		if kind != graph.Organization {
			return -1
		}
	default:
		return -1
	}
	// the pronoun is the last occurrence of w before the trigger that
	// leaves only the words skipped above
	at := strings.LastIndex(d.Text[:ev.Trigger.Start], w)
	if at < from || at > 0 && isWordByte(d.Text[at-1]) {
		return -1
	}
	return at + len(w)
}

// sentencePronoun returns the end of the pronoun that opens ev's sentence
// when it fits the agent's kind ("he" or "she" for a person, "it" for an
// organization) and ends 41 to 80 bytes before the trigger, or -1.
func sentencePronoun(d *graph.Document, ev *graph.LocalEvent, agent int) int {
	start := d.Sentences[ev.Sentence].Start
	if start >= ev.Trigger.Start {
		return -1
	}
	first, _, _ := strings.Cut(strings.TrimLeft(d.Text[start:ev.Trigger.Start], " •-–"), " ")
	at := start + strings.Index(d.Text[start:ev.Trigger.Start], first)
	end := at + len(first)
	if first == "" || ev.Trigger.Start-end <= 40 || ev.Trigger.Start-end > 80 {
		return -1
	}
	switch kind := d.Entities[agent].Kind; strings.ToLower(first) {
	case "he", "she":
		if kind == graph.Person {
			return end
		}
	case "it":
		if kind == graph.Organization {
			return end
		}
	}
	return -1
}

// isWordByte reports whether b is an ASCII letter or digit.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// toTakesVerb reports whether the words before an infinitive's "to" hold a
// verb whose complement it is ("said it plans to", "is expected to"):
// then the infinitive's agent is not simply the earlier event's.
func toTakesVerb(words []string) bool {
	for _, w := range words[:len(words)-1] {
		if verbStart(w) || planVerbs[w] || w == "it" || w == "he" || w == "she" || w == "they" || w == "we" {
			return true
		}
	}
	return false
}

// undoing are the lemmas of verbs that deny what follows them ("declined to
// comment", "refused to permit"): a title must keep them.
var undoing = map[string]bool{"decline": true, "refuse": true, "fail": true, "reject": true, "deny": true,
	"oppose": true, "resist": true, "avoid": true, "forbid": true, "prevent": true, "stop": true, "halt": true,
	"cancel": true, "abandon": true, "postpone": true, "delay": true, "suspend": true, "block": true, "ban": true,
	"bar": true, "veto": true, "quit": true, "cease": true, "end": true, "drop": true, "scrap": true, "hesitate": true}

// ownVerb reports whether the words between another event's trigger and a
// verb make the verb the same subject's: "... and", or "(that) it/he/she/
// they/we" followed by auxiliaries and adverbs only.
func ownVerb(words []string) bool {
	for len(words) > 0 && auxOrAdverb(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if last == "and" || last == "or" {
		return true
	}
	if words[0] == "that" {
		words = words[1:]
	}
	if len(words) != 1 {
		return false
	}
	switch words[0] {
	case "it", "he", "she", "they", "we":
		return true
	}
	return false
}

// auxOrAdverb reports whether w is an auxiliary verb or an adverb.
func auxOrAdverb(w string) bool {
	switch w {
	case "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might",
		"should", "did", "does", "also", "then", "later", "again", "already", "just", "now", "recently",
		"previously", "since":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ly")
}

// negated reports whether s holds a word of negation, whose scope a title
// must keep ("has not made or sold").
func negated(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.Trim(w, ".,;:!?\"'"); negation[w] || w == "cannot" ||
			strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// verbStart reports whether w can open a verb phrase after its subject.
func verbStart(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can", "may",
		"might", "should", "did", "does", "also", "then", "later", "again", "never", "not", "quickly",
		"said", "told", "met", "sent", "made", "took", "gave", "led", "began", "spoke", "held",
		"sought", "brought", "put", "set", "cut", "hit", "won", "lost", "struck", "paid", "sold", "bought":
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
}

// passiveVerb titles an event with targets and no agent.
var passiveVerb = map[string]string{graph.Extradition: "extradited", graph.Arrest: "arrested",
	graph.Designation: "designated", graph.Nomination: "nominated", graph.Sanction: "sanctioned",
	graph.Attack: "attacked", graph.Rejection: "rejected", graph.Threat: "threatened", graph.Request: "asked",
	graph.Call: "called", graph.Offer: "offered"}

// chosen are the nomination lemmas a title keeps: being elected or
// appointed is not being nominated.
var chosen = set("elect", "appoint")

// addressed are the statement lemmas whose target is who was spoken to or
// about, so titles name it.
var addressed = map[string]bool{"tell": true, "criticize": true, "praise": true, "accuse": true, "thank": true,
	"respond": true, "reply": true, "talk": true, "speak": true, "congratulate": true, "condemn": true}

// connectives open a sentence that goes on from the one before.
var connectives = []string{"But ", "And ", "However, ", "Meanwhile, ", "Yet "}

// trimTitle collapses spaces, drops a connective that opens s ("But",
// "However,") and cuts s at a word boundary near 100 bytes.
// passiveClause returns the clause of a passive trigger, from its subject
// to a few words after the verb, when the clause starts after a comma, a
// colon or a conjunction of its sentence, or at its start: "She reiterated
// that while collaboration is possible, the presence of U.S. military forces
// in Mexico would not be accepted" gives "The presence of U.S. military
// forces in Mexico would not be accepted". It returns "" for an active verb
// or a subject of one word or more than twelve.
func passiveClause(it *item) string {
	d, ev := it.doc, it.ev
	if ev.Sentence < 0 || ev.Sentence >= len(d.Sentences) || ev.Trigger.Start > len(d.Text) ||
		d.Sentences[ev.Sentence].Start > ev.Trigger.Start {
		return ""
	}
	before := strings.Fields(d.Text[d.Sentences[ev.Sentence].Start:ev.Trigger.Start])
	be := -1
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		w := strings.ToLower(before[k])
		if passiveBe[w] && (w != "being" || k > 0 && passiveBe[strings.ToLower(before[k-1])]) {
			be = k // "is being replaced", not "the shares being sold to Trump represents"
			break
		}
		if !auxOrAdverb(w) && w != "not" && w != "never" {
			return ""
		}
	}
	if be <= 0 || strings.ToLower(before[be-1]) == "to" {
		return "" // no subject, or "an agreement to be signed"
	}
	start := 0
	for k := be - 1; k >= 0; k-- {
		w := strings.ToLower(before[k])
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, ";") || innerClauseOpeners[w] || relativeWords[w] {
			start = k + 1
			break
		}
	}
	// the subject: two to twelve words, none of them quoted
	subj := before[start:be]
	for len(subj) > 0 && (auxOrAdverb(strings.ToLower(subj[len(subj)-1])) || subj[len(subj)-1] == "not") {
		subj = subj[:len(subj)-1]
	}
	if len(subj) < 2 || len(subj) > 12 || strings.ContainsAny(strings.Join(subj, " "), "\"“”()") {
		return ""
	}
	// a subject holding a reporting verb or opening a relative clause is
	// not the verb's: "Southwest said a commitment to ... has been
	// accepted", "of which 63 pct will be held", "James Graham who was"
	for k, w := range subj {
		w = strings.ToLower(strings.TrimRight(w, ",;:"))
		if reportingWords[w] || relativeWords[w] && (k == 0 || k == len(subj)-1) || k == 0 && (w == "of" || w == "and" || w == "or") ||
			k == 0 && strings.HasSuffix(w, "ed") && w == subj[0] && len(subj) > 1 && articles[strings.ToLower(subj[1])] || // "hindered an agreement ... have been resolved": no subject

			k == 0 && clauseSubordinators[w] || auxOrAdverb(w) && !strings.HasSuffix(w, "ly") && w != "now" && w != "then" {
			return ""
		}
	}
	// the byte offset of the subject's first word, word start of the
	// sentence's text as strings.Fields splits it
	from := d.Sentences[ev.Sentence].Start
	off, n, inWord := -1, 0, false
	for i, r := range d.Text[from:ev.Trigger.Start] {
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			if n == start {
				off = from + i
				break
			}
			n++
			inWord = true
		}
	}
	if off < 0 {
		return ""
	}
	// the passive's own clause: not "closed when a Cypriot oil tanker"
	ws := strings.Fields(clauseFrom(d, ev, ev.Trigger.Start))
	for k := 1; k < len(ws); k++ {
		if lw := strings.ToLower(ws[k]); clauseSubordinators[lw] || relativeWords[lw] || lw == "but" ||
			lw == "and" && !(k+1 < len(ws) && startsUpper(ws[k-1]) && startsUpper(ws[k+1])) {
			// "and" between capitalized words is inside a name: "the
			// Food and Drug Administration"
			ws = ws[:k]
			break
		}
	}
	// cut at the word limit inside a phrase: end before its preposition
	// ("announced at a news conference by Reagan's new": "announced at a
	// news conference")
	if len(ws) >= clauseWords-1 {
		for k := len(ws) - 1; k > 1; k-- {
			if cutPreps[strings.ToLower(ws[k])] {
				ws = ws[:k]
				break
			}
		}
	}
	phrase := strings.Join(strings.Fields(d.Text[off:ev.Trigger.Start]), " ") + " " + strings.Join(ws, " ")
	phrase = strings.TrimRight(phrase, " ,;:.")
	if phrase == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(phrase)
	return string(unicode.ToUpper(r)) + phrase[n:]
}

// whatWasSaid returns the reporting verb of a statement reported once, with
// the whole clause it reports after it when that clause is short (sixteen
// words at most, to a comma or the sentence's end, no quotation): "said the
// transfer showed cooperation was working". It returns "" otherwise: a
// statement several reports merge may be several things said that day, a
// closing "..., X said" has nothing after it, and a clause cut short says
// less than "X said" does.
func whatWasSaid(first *item, cl []*item) string {
	if len(cl) != 1 {
		return ""
	}
	d, ev := first.doc, first.ev
	if ev.Sentence < 0 || ev.Sentence >= len(d.Sentences) || ev.Trigger.Start < 0 || ev.Trigger.End > len(d.Text) ||
		d.Sentences[ev.Sentence].End > len(d.Text) {
		return ""
	}
	end := d.Sentences[ev.Sentence].End
	stop := end
	for i := ev.Trigger.End; i < end; i++ {
		switch d.Text[i] {
		case ',':
			if numberComma(d.Text, i, end) {
				continue // "500,000"
			}
			stop = i
		case ';', ':', '(', '"', '\n':
			stop = i
		}
		if stop < end {
			break
		}
		if strings.HasPrefix(d.Text[i:], "“") || strings.HasPrefix(d.Text[i:], "”") {
			return ""
		}
	}
	if stop < end && (d.Text[stop] == '"' || d.Text[stop] == '(') {
		return ""
	}
	ws := strings.Fields(d.Text[ev.Trigger.Start:stop])
	if len(ws) < 3 || len(ws) > 17 {
		return ""
	}
	// a finite verb form, not "to comment", "would announce"; something
	// said, not "said in a statement"
	trig := strings.ToLower(d.Text[ev.Trigger.Start:ev.Trigger.End])
	if _, verb := lex.verb[trig]; !verb || trig == ev.Lemma || strings.ToLower(ws[0]) != trig || prepositions[strings.ToLower(ws[1])] {
		return "" // no event noun ("announcement"), no base form ("to comment")
	}
	if clauseVerbs[ev.Lemma] {
		// what a verb of saying reports is a clause with a verb of its own:
		// not "said its transfer agent"
		verb := false
		for _, w := range ws[2:] {
			lw := strings.ToLower(strings.Trim(w, ".,;:'\""))
			verb = verb || auxiliaries[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed")
		}
		if !verb {
			return ""
		}
	}
	return strings.TrimRight(strings.Join(ws, " "), " ,;:.")
}

// withoutDateline returns sentence s without the dateline that opens a
// wire story's first paragraph: "NEW YORK — A federal trade court ...",
// "MEXICO CITY (AP) — Mexico ...", "OTTAWA, March 3 (Reuters) - ...". The
// words before the dash must be in capitals (a month name, a number, a
// comma and an agency in brackets aside).
func withoutDateline(s string) string {
	cut, rest := -1, ""
	for _, dash := range []string{" — ", " – ", " - "} {
		if i := strings.Index(s, dash); i > 0 && i <= 60 && (cut < 0 || i < cut) {
			cut, rest = i, s[i+len(dash):]
		}
	}
	if cut < 0 || rest == "" {
		return s
	}
	head := s[:cut]
	if open := strings.IndexByte(head, '('); open >= 0 {
		if end := strings.IndexByte(head[open:], ')'); end >= 0 {
			head = head[:open] + head[open+end+1:]
		}
	}
	caps := false
	for _, w := range strings.Fields(strings.ReplaceAll(head, ",", " ")) {
		switch {
		case isUpperName(w):
			caps = true
		case caps && startsUpper(w):
			// the region after the city: "PORTLAND, Oregon (Example Wire) -"
		case timexWords[strings.ToLower(strings.TrimSuffix(w, "."))].cls&cMonth != 0 || isNumber(w):
		default:
			return s
		}
	}
	if !caps {
		return s
	}
	r, n := utf8.DecodeRuneInString(rest)
	return string(unicode.ToUpper(r)) + rest[n:]
}

// isUpperName reports whether w is a word in capitals of two letters or more
// ("NEW", "U.S.", "MEXICO").
func isUpperName(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 2
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// passiveBe are the forms of be before a passive participle.
var passiveBe = set("be", "been", "being", "is", "are", "was", "were")

// innerClauseOpeners start a clause inside a sentence ("and" joins names
// too often: "Nippon Telegraph and Telephone Corp are allowed").
var innerClauseOpeners = set("that", "while", "whereas", "although", "though", "because", "but", "if", "when")

// reportingWords and relativeWords mark a passive's supposed subject as
// something else (see passiveClause).
var (
	reportingWords = set("said", "says", "say", "told", "tells", "reported", "announced", "added", "stated", "noted",
		"thought", "think", "thinks", "believe", "believes", "believed", "expects", "expected", "estimates",
		"estimated", "anticipated", "hopes", "hoped", "proposed", "recommended")
	clauseSubordinators = set("unless", "if", "when", "although", "though", "athough", "while", "because", "as", "since",
		"after", "before", "once", "until", "whether", "where")
	// cutPreps open a phrase that a word limit may cut.
	cutPreps      = set("in", "at", "by", "for", "with", "on", "to", "from", "of", "into", "under", "over")
	relativeWords = set("which", "who", "whom", "whose")
)

func trimTitle(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimLeft(s, "•-– ")
	s = withoutDateline(s)
	// a sentence that goes on from the one before: "But Newcastle's
	// director said ..." is titled "Newcastle's director said ..."
	for _, w := range connectives {
		if rest, ok := strings.CutPrefix(s, w); ok && rest != "" {
			r, n := utf8.DecodeRuneInString(rest)
			s = string(unicode.ToUpper(r)) + rest[n:]
			break
		}
	}
	if len(s) <= 100 {
		return s
	}
	cut := strings.LastIndexByte(s[:100], ' ')
	if cut < 40 {
		cut = 100
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "..."
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
