package ner

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/chronograph/chronograph/graph"
)

// Linking is the result of Link: the collection-wide entities and the map
// from each document's local entities to them. It is immutable.
type Linking struct {
	// Entities are the merged entities sorted by ID; IDs come from
	// graph.EntityID of each entity's kind and name.
	Entities []graph.Entity
	ids      map[string][]string
}

// ID returns the global entity ID of local entity number local of the
// document with ID doc, or "" when there is no such local entity.
func (l *Linking) ID(doc string, local int) string {
	ids := l.ids[doc]
	if local < 0 || local >= len(ids) {
		return ""
	}
	return ids[local]
}

// group is the set of local entities sharing one name key.
type group struct {
	key      string
	names    map[string]int // name -> mentions
	aliases  map[string]int // alias -> local entities listing it
	votes    kindVote
	mentions int
	docs     []string // IDs of the documents naming it, each once
	words    int
	parent   string
	first    string // first name seen, for stable choice
}

// dominantBearer returns the key of the person a surname alone stands for
// across the collection when several full names end in it but one is
// named far more often than the others (at least three times as often as
// the next, and three times at least): "Reagan" for "Ronald Reagan"
// rather than "Nancy Reagan". It returns "" otherwise ("Baker" between
// James Baker and Howard Baker).
func dominantBearer(cl *cluster, ix *shortIndex, clusters map[string]*cluster, groups map[string]*group, kindOf func(*cluster) graph.Kind) string {
	lname := foldAccents(strings.ToLower(cl.name))
	var lead leader
	for _, k := range ix.bySuffix[lname] {
		o := clusters[k]
		if k == cl.key || o.words < 2 || o.parent != "" || kindOf(o) != graph.Person ||
			!strings.HasSuffix(foldAccents(strings.ToLower(o.name)), " "+lname) || titles[strings.ToLower(strings.Fields(o.name)[0])] {
			continue
		}
		lead.add(k, groups[k].mentions)
	}
	return lead.dominant(3)
}

// leader finds, among keys counted one by one, the one counted far more
// often than any other.
type leader struct {
	best          string
	bestN, second int
}

func (l *leader) add(k string, n int) {
	switch {
	case n > l.bestN:
		l.best, l.bestN, l.second = k, n, l.bestN
	case n == l.bestN:
		l.best, l.second = "", n
	case n > l.second:
		l.second = n
	}
}

// dominant returns the key counted at least atLeast times and at least three
// times as often as the next, or "".
func (l *leader) dominant(atLeast int) string {
	if l.best == "" || l.bestN < atLeast || l.bestN < 3*l.second {
		return ""
	}
	return l.best
}

// titledBearer returns the key of the person a titled surname kept apart
// by its title ("Mrs Reagan", see keepTitleOfOtherSex) stands for across
// the collection: the full name ending in that surname whose first name
// tells the title's sex, the only one or the one named at least three
// times as often as the next ("Nancy Reagan"); or "".
func titledBearer(cl *cluster, ix *shortIndex, clusters map[string]*cluster, groups map[string]*group, kindOf func(*cluster) graph.Kind) string {
	title, surname, _ := strings.Cut(cl.name, " ")
	sex := ""
	switch lt := strings.ToLower(strings.TrimSuffix(title, ".")); {
	case femaleTitles[lt]:
		sex = "f"
	case maleTitles[lt]:
		sex = "m"
	default:
		return ""
	}
	var lead leader
	for _, k := range ix.bySuffix[foldAccents(strings.ToLower(surname))] {
		o := clusters[k]
		ws := strings.Fields(o.name)
		if k == cl.key || o.words < 2 || o.parent != "" || kindOf(o) != graph.Person ||
			!strings.EqualFold(foldAccents(ws[len(ws)-1]), foldAccents(surname)) || firstNameSex(ws[0]) != sex {
			continue
		}
		lead.add(k, groups[k].mentions)
	}
	return lead.dominant(0)
}

// Link merges the local entities of docs into collection-wide entities:
// the Resolve of a Tally of docs, with each document's local entities
// mapped to the entities their names resolve to. The result depends only
// on the documents' IDs, dates and entities, not on their order.
func Link(docs []*graph.Document) *Linking {
	t := NewTally()
	for _, d := range docs {
		t.Add(d)
	}
	r := t.Resolve()
	l := &Linking{Entities: r.Entities, ids: make(map[string][]string, len(docs))}
	for _, d := range docs {
		ids := make([]string, len(d.Entities))
		for i, e := range d.Entities {
			ids[i] = r.EntityOf(e.Name)
		}
		l.ids[d.ID] = ids
	}
	return l
}

// Resolution is the collection-wide entities of a Tally and the entity
// each name key stands for. It is immutable.
type Resolution struct {
	// Entities are the merged entities sorted by ID; IDs come from
	// graph.EntityID of each entity's kind and name.
	Entities []graph.Entity
	byKey    map[string]string // name key -> entity ID
}

// EntityOf returns the ID of the entity a local entity named name stands
// for, or "" when the tally has no such name.
func (r *Resolution) EntityOf(name string) string {
	return r.byKey[nameKey(name)]
}

// Resolve merges the tallied local entities into collection-wide entities.
// Local entities with the same canonical name are one entity whatever
// their kinds, which are settled by a vote weighted by mentions (ties go to
// person, then organization, place, other). A name that is only a surname
// or an acronym joins the unique fuller name of the collection it stands
// for, and a name that is an alias of exactly one fuller entity joins it.
func (t *Tally) Resolve() *Resolution {
	groups := make(map[string]*group, len(t.groups))
	keys := make([]string, 0, len(t.groups))
	for k := range t.groups {
		groups[k] = t.group(k)
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// Longer names first.
	byLen := append([]string(nil), keys...)
	sort.SliceStable(byLen, func(i, j int) bool { return groups[byLen[i]].words > groups[byLen[j]].words })
	// aliasOf maps an alias key to the multi-word groups listing it.
	aliasOf := map[string][]string{}
	for _, k := range keys {
		g := groups[k]
		if g.words < 2 {
			continue
		}
		seen := map[string]bool{}
		for a := range g.aliases {
			ak := nameKey(a)
			if ak != "" && ak != k && !seen[ak] {
				seen[ak] = true
				aliasOf[ak] = append(aliasOf[ak], k)
			}
		}
	}
	clusters := map[string]*cluster{}
	for _, k := range keys {
		g := groups[k]
		clusters[k] = &cluster{key: k, name: g.first, words: g.words, votes: g.votes}
	}
	kindOf := func(cl *cluster) graph.Kind { return cl.votes.winner() }
	joinSpellings(keys, groups, clusters)
	joinNameVariants(keys, groups, clusters, kindOf)
	ix := newShortIndex(byLen, clusters)
	for _, k := range byLen {
		g := groups[k]
		cl := clusters[k]
		if cl.parent != "" {
			continue // a spelling of another name
		}
		var target string
		// A two-letter acronym stands for too many names to be linked
		// across documents by its initials alone ("DS" is not "Downing
		// Street"); the documents that spell it out list it as an alias.
		if !isAcronym(cl.name) || utf8.RuneCountInString(cl.name) > 2 {
			target = linkShort(cl.name, kindOf(cl), ix, clusters, k, kindOf)
		}
		if target == "" && g.words == 1 && kindOf(cl) == graph.Person {
			target = dominantBearer(cl, ix, clusters, groups, kindOf)
		}
		if target == "" && g.words == 2 && kindOf(cl) == graph.Person {
			target = titledBearer(cl, ix, clusters, groups, kindOf)
		}
		if target == "" && g.words < 3 {
			// An alias of exactly one fuller entity of a compatible kind.
			var cands []string
			for _, o := range aliasOf[k] {
				if groups[o].words > g.words && clusters[o].parent == "" {
					cands = append(cands, o)
				}
			}
			if len(cands) == 1 && compatible(kindOf(cl), kindOf(clusters[cands[0]]), cl.name, ix) {
				target = cands[0]
			}
		}
		if target != "" {
			cl.parent = target
			g.parent = target
		}
	}
	root := func(k string) string {
		for clusters[k].parent != "" {
			k = clusters[k].parent
		}
		return k
	}
	// Merge into roots.
	type merged struct {
		names    map[string]int
		aliases  map[string]bool
		votes    kindVote
		mentions int
		docs     []string
	}
	ms := map[string]*merged{}
	for _, k := range keys {
		g := groups[k]
		r := root(k)
		m := ms[r]
		if m == nil {
			m = &merged{names: map[string]int{}, aliases: map[string]bool{}, votes: kindVote{}}
			ms[r] = m
		}
		for a := range g.aliases {
			m.aliases[a] = true
		}
		for n, c := range g.names {
			m.names[n] += c
		}
		for kd, c := range g.votes {
			m.votes[kd] += c
		}
		m.mentions += g.mentions
		m.docs = append(m.docs, g.docs...)
	}
	dates := t.dates
	r := &Resolution{byKey: make(map[string]string, len(keys))}
	idOf := map[string]string{}
	for rk, m := range ms {
		name := fullest(m.names)
		name = possessiveForm(name, maps.Keys(m.aliases))
		kind := m.votes.winner()
		e := graph.Entity{ID: graph.EntityID(kind, name), Name: name, Kind: kind, Mentions: m.mentions}
		all := map[string]bool{}
		for n := range m.names {
			all[n] = true
		}
		for a := range m.aliases {
			all[a] = true
		}
		delete(all, name)
		e.Aliases = make([]string, 0, len(all))
		for a := range all {
			e.Aliases = append(e.Aliases, a)
		}
		sort.Strings(e.Aliases)
		slices.Sort(m.docs)
		e.Documents = slices.Compact(m.docs) // groups merged may share documents
		for _, d := range e.Documents {
			if dt := dates[d]; dt.Known() {
				if e.FirstSeen == "" || dt.Value < e.FirstSeen {
					e.FirstSeen = dt.Value
				}
				if dt.Value > e.LastSeen {
					e.LastSeen = dt.Value
				}
			}
		}
		idOf[rk] = e.ID
		r.Entities = append(r.Entities, e)
	}
	sort.Slice(r.Entities, func(i, j int) bool {
		a, b := &r.Entities[i], &r.Entities[j]
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Name < b.Name
	})
	r.Entities = mergeSameID(r.Entities)
	for _, k := range keys {
		r.byKey[k] = idOf[root(k)]
	}
	return r
}

// spellings maps British spellings of words common in names to American
// ones ("Organisation of Petroleum Exporting Countries").
var spellings = map[string]string{
	"organisation": "organization", "organisations": "organizations", "centre": "center", "centres": "centers",
	"defence": "defense", "programme": "program", "programmes": "programs", "theatre": "theater",
}

// joinSpellings makes the names that differ only in British and American
// spelling, or in accents ("Osiel Cárdenas" and "Osiel Cardenas"), one
// entity, under the most mentioned of them (on a tie the one written with
// accents, then the first key), so that "OPEC" finds one full name, not two.
func joinSpellings(keys []string, groups map[string]*group, clusters map[string]*cluster) {
	bySpelling := map[string][]string{}
	for _, k := range keys {
		ws := strings.Split(k, "-")
		for i, w := range ws {
			if a, ok := spellings[w]; ok {
				ws[i] = a
			}
		}
		sk := foldAccents(strings.Join(ws, "-"))
		bySpelling[sk] = append(bySpelling[sk], k)
	}
	for _, ks := range bySpelling {
		if len(ks) < 2 {
			continue
		}
		root := ks[0]
		for _, k := range ks[1:] {
			gk, gr := groups[k].mentions, groups[root].mentions
			if gk > gr || gk == gr && (len(k) > len(root) || len(k) == len(root) && k < root) {
				root = k
			}
		}
		for _, k := range ks {
			if k != root {
				clusters[k].parent, groups[k].parent = root, root
			}
		}
	}
}

// foldAccents returns s without its combining marks: "cárdenas" gives
// "cardenas". Letters that are no base letter with a mark ("ø", "ł") stay.
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// nicknames maps common English short first names to the formal ones.
var nicknames = map[string]string{
	"jim": "james", "jimmy": "james", "bob": "robert", "rob": "robert", "bobby": "robert", "bill": "william",
	"billy": "william", "will": "william", "dick": "richard", "rick": "richard", "mike": "michael", "tom": "thomas",
	"joe": "joseph", "dan": "daniel", "danny": "daniel", "dave": "david", "ted": "edward", "ed": "edward",
	"tony": "anthony", "ron": "ronald", "don": "donald", "chuck": "charles", "charlie": "charles",
	"steve": "stephen", "chris": "christopher", "matt": "matthew", "andy": "andrew", "pat": "patrick",
	"sam": "samuel", "ben": "benjamin", "larry": "lawrence", "jerry": "gerald", "fred": "frederick",
	"ken": "kenneth", "tim": "timothy", "nick": "nicholas", "greg": "gregory", "liz": "elizabeth",
	"kate": "katherine", "sue": "susan", "peggy": "margaret", "maggie": "margaret", "al": "albert",
	"walt": "walter", "hank": "henry", "johnny": "john",
}

// joinNameVariants makes the forms of one person's name one entity: with
// and without middle initials, and with a nickname or the formal first name
// ("Martin T. Sosnoff" and "Martin Sosnoff", "Jim Wright" and "James
// Wright"), under the form with most words, then most mentions, when all
// the forms agree on their middle initials ("John A. Smith" and "John B.
// Smith" leave "John Smith" alone).
func joinNameVariants(keys []string, groups map[string]*group, clusters map[string]*cluster, kindOf func(*cluster) graph.Kind) {
	forms := map[string][]string{}   // "james wright" -> keys of its forms
	middles := map[string][]string{} // "james wright" -> the middle initials of each form
	for _, k := range keys {
		cl := clusters[k]
		if cl.parent != "" || kindOf(cl) != graph.Person {
			continue
		}
		ws := strings.Fields(strings.ToLower(cl.name))
		if len(ws) < 2 || len(ws[0]) < 2 || strings.HasSuffix(ws[0], ".") {
			continue
		}
		first := ws[0]
		if f, ok := nicknames[first]; ok {
			first = f
		}
		middle := ""
		ok := true
		for _, w := range ws[1 : len(ws)-1] {
			if w = strings.TrimSuffix(w, "."); len(w) != 1 {
				ok = false
			}
			middle += w
		}
		if !ok {
			continue
		}
		short := first + " " + ws[len(ws)-1]
		forms[short] = append(forms[short], k)
		middles[short] = append(middles[short], middle)
	}
	for short, ks := range forms {
		if len(ks) < 2 {
			continue
		}
		mid := ""
		agree := true
		for _, m := range middles[short] {
			if m != "" && mid != "" && m != mid {
				agree = false
			}
			if m != "" {
				mid = m
			}
		}
		if !agree {
			continue
		}
		root := ks[0]
		for _, k := range ks[1:] {
			a, b := clusters[k], clusters[root]
			if a.words > b.words || a.words == b.words && (groups[k].mentions > groups[root].mentions ||
				groups[k].mentions == groups[root].mentions && k < root) {
				root = k
			}
		}
		for _, k := range ks {
			if k != root {
				clusters[k].parent, groups[k].parent = root, root
			}
		}
	}
}

// mergeSameID merges neighbouring entities (sorted by ID, the most
// mentioned first) whose different names give the same ID ("A.H. Robins
// Co" and "A H Robins Co"): the first keeps its name and gains the other's
// name, aliases, mentions and documents.
func mergeSameID(ents []graph.Entity) []graph.Entity {
	out := ents[:0]
	for _, e := range ents {
		n := len(out)
		if n == 0 || out[n-1].ID != e.ID {
			out = append(out, e)
			continue
		}
		m := &out[n-1]
		al := map[string]bool{e.Name: true}
		for _, a := range m.Aliases {
			al[a] = true
		}
		for _, a := range e.Aliases {
			al[a] = true
		}
		delete(al, m.Name)
		m.Aliases = m.Aliases[:0]
		for a := range al {
			m.Aliases = append(m.Aliases, a)
		}
		sort.Strings(m.Aliases)
		m.Mentions += e.Mentions
		docs := map[string]bool{}
		for _, d := range append(m.Documents, e.Documents...) {
			docs[d] = true
		}
		m.Documents = m.Documents[:0]
		for d := range docs {
			m.Documents = append(m.Documents, d)
		}
		sort.Strings(m.Documents)
		if e.FirstSeen != "" && (m.FirstSeen == "" || e.FirstSeen < m.FirstSeen) {
			m.FirstSeen = e.FirstSeen
		}
		if e.LastSeen > m.LastSeen {
			m.LastSeen = e.LastSeen
		}
	}
	return out
}

// compatible reports whether an entity of kind a, named name, may be the
// same as one of kind b: equal kinds, or a short name whose kind the tagger
// may have got wrong (an "other" joining anything, an organization joining
// a person: "Marcos"), but never a place joining a person, nor a name that
// opens a company's name joining a person ("Hughes", with "Hughes Tool Co"
// in the collection, is not Patrick Hughes).
func compatible(a, b graph.Kind, name string, ix *shortIndex) bool {
	switch {
	case a == b || a == graph.Other:
		return true
	case a == graph.Organization && b == graph.Person:
		return !ix.firmFirst[strings.ToLower(name)]
	}
	return false
}

// fullest picks the name with most words, then most mentions, then the
// one written with accents of two that differ only in them, then the
// smallest in byte order; a company's name with a country before it is
// passed over for the same name without.
func fullest(names map[string]int) string {
	best, bw, bc := "", -1, -1
	for n, c := range names {
		if q, rest, ok := strings.Cut(n, " "); ok && names[rest] > 0 && companyBase(rest) != "" &&
			isCountryQualifier(strings.ToLower(q)) {
			continue // "U.S. Standard and Poor's Corp": a company takes no country before its name
		}
		w := len(strings.Fields(n))
		if w > bw || w == bw && (c > bc || c == bc && tieBefore(n, best)) {
			best, bw, bc = n, w, c
		}
	}
	return best
}

// tieBefore reports whether name n goes before name best on a tie in
// fullest: "Osiel Cárdenas" before "Osiel Cardenas", else in byte order.
func tieBefore(n, best string) bool {
	if best != "" && len(n) != len(best) && foldAccents(n) == foldAccents(best) {
		return len(n) > len(best)
	}
	return n < best
}
