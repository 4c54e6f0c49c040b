package chronograph

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/ner"
	"github.com/chronograph/chronograph/timeline"
)

// analyse turns one article into a Document with its entities, time
// expressions and events. A document whose date cannot be found is dated
// from its own text for now; Consolidate dates it again from the whole
// collection (dateFromCollection).
func (p *Pipeline) analyse(x *ner.Extractor, a *Article, flagDate graph.Date) analysed {
	r := analysed{art: a}
	path := a.Path
	if a.Record > 0 {
		path = fmt.Sprintf("%s:%d", a.Path, a.Record)
	}
	doc := &graph.Document{
		ID: graph.DocumentID(a.Raw), SourceID: a.DocID, Path: path, Format: a.Format,
		Title: a.Title, URL: a.URL, Text: a.Text,
	}
	res, err := x.Extract(a.Text)
	if err != nil {
		r.err = &ReadError{Path: a.Path, Record: a.Record, Err: err}
		return r
	}
	doc.Sentences = res.Sentences
	doc.Mentions = res.Mentions
	doc.Entities = res.Entities
	tokens := res.Tokens
	if len(a.Sentences) > 0 {
		// The input's own sentences (CAT XML) win; renumber what refers to them.
		doc.Sentences = a.Sentences
		doc.SentenceIDs = a.SentenceIDs
		for i := range doc.Mentions {
			doc.Mentions[i].Sentence = doc.SentenceOf(doc.Mentions[i].Start)
		}
		for i := range tokens {
			tokens[i].Sentence = doc.SentenceOf(tokens[i].Start)
		}
	}
	for i, b := range a.Blocks {
		if i < len(a.BlockDates) {
			b.Date = looseDate(a.BlockDates[i])
		}
		doc.Blocks = append(doc.Blocks, b)
	}

	var meta graph.Date
	metaOK := false
	if !flagDate.Known() && a.Date != "" {
		var err error
		meta, err = timeline.ParseDate(a.Date)
		metaOK = err == nil
	}
	switch {
	case flagDate.Known():
		doc.Published, doc.DateSource = flagDate, graph.FromFlag
	case metaOK:
		doc.Published, doc.DateSource = meta, graph.FromMetadata
	default:
		if dct, ok := timeline.FindDCT(a.Header, a.Text); ok && dct.Date.Known() && !dct.Mentioned {
			doc.Published, doc.DateSource, doc.DateNote = dct.Date, graph.FromHeader, dct.Note
			if dct.Ambiguous && doc.DateNote == "" {
				doc.DateNote = "ambiguous numeric date " + dct.Text
			}
		} else {
			doc.DateSource = graph.FromNone
		}
	}
	if doc.Published.Known() && doc.Published.Precision != graph.Day {
		// A month or year is a poor anchor; keep it but say so.
		doc.DateNote = strings.TrimSpace(doc.DateNote + " document date known only to the " + string(doc.Published.Precision))
	}
	r.doc, r.tokens, r.words = doc, tokens, countWords(a.Text)
	if doc.DateSource == graph.FromNone {
		dateFromCollection(doc, nil, nil)
	}
	p.extractDated(doc, tokens)
	return r
}

// extractDated finds the time expressions and events of doc, whose date is set.
func (p *Pipeline) extractDated(doc *graph.Document, tokens []graph.Token) {
	doc.Timexes = timeline.Timexes(doc.Text, doc.Sentences, doc.Published, doc.Blocks)
	dropTimeMentions(doc)
	doc.Events = timeline.Events(doc, tokens)
}

// dropTimeMentions removes the entity mentions that lie inside a date or a
// time ("Christmas Eve", "Easter", "New Year's Day"): a holiday is a time,
// not an entity. An entity left without mentions goes too.
func dropTimeMentions(doc *graph.Document) {
	if len(doc.Timexes) == 0 || len(doc.Mentions) == 0 {
		return
	}
	dropped := 0
	lost := make([]int, len(doc.Entities))
	ms := doc.Mentions[:0]
	for _, m := range doc.Mentions {
		if inTime(doc.Timexes, m.Span) && m.Entity >= 0 && m.Entity < len(lost) {
			lost[m.Entity]++
			dropped++
			continue
		}
		ms = append(ms, m)
	}
	doc.Mentions = ms
	if dropped == 0 {
		return
	}
	index := make([]int, len(doc.Entities))
	ents := doc.Entities[:0]
	for i, e := range doc.Entities {
		index[i] = -1
		if lost[i] > 0 && lost[i] >= e.Mentions {
			continue
		}
		e.Mentions -= lost[i]
		index[i] = len(ents)
		ents = append(ents, e)
	}
	doc.Entities = ents
	for i := range doc.Mentions {
		if e := doc.Mentions[i].Entity; e >= 0 && e < len(index) {
			doc.Mentions[i].Entity = index[e]
		}
	}
}

// inTime reports whether span lies within one of the DATE or TIME
// expressions txs (sorted by start).
func inTime(txs []graph.Timex, span graph.Span) bool {
	i := sort.Search(len(txs), func(i int) bool { return txs[i].End >= span.End })
	for ; i < len(txs) && txs[i].Start <= span.Start; i++ {
		if (txs[i].Type == "DATE" || txs[i].Type == "TIME") && txs[i].Start <= span.Start && span.End <= txs[i].End {
			return true
		}
	}
	return false
}

// minPeers is how many undated documents a collection without dated ones
// needs for their typical date to date each other (dateFromCollection).
const minPeers = 3

// dateFromCollection dates a document that gives no date of its own. Its
// latest absolute date is a lower bound; the collection's publication days
// (sorted) give the story's time. The date chosen is the first collection
// day not before the lower bound, else the lower bound, else the
// collection's median day (the lower one of an even count). In a collection with no dated document, peers
// (sorted) are the latest dates its undated documents mention: with at
// least minPeers of them, their upper quartile is the story's time, and a
// document whose own latest date is older takes it. Each peer is a lower
// bound of its document's date, and stories recall history ("the 1997
// election", "the Hatfield crash of October 2000"), so their median sits
// years before the story (2003 for the BBC's political news of 2004-2005,
// whose upper quartile is 2005); a few point ahead ("targets for 2010"),
// which is why it is not their maximum. The document is marked inferred
// with a note saying how. It reports whether the document's date changed.
func dateFromCollection(doc *graph.Document, published, peers []string) bool {
	before := doc.Published
	own, hasOwn := timeline.InferDCT(doc.Text)
	var chosen graph.Date
	var note string
	typical := ""
	if len(published) == 0 && len(peers) >= minPeers {
		typical = peers[len(peers)*3/4]
	}
	md, mdText, hasMD := timeline.YearlessDateline(doc.Text)
	switch {
	case hasMD && len(published) > 0:
		// "FRANKFURT, Oct 30 (Reuters) - ...": the dateline's day, in the
		// year that puts it nearest the collection's median date
		median := published[(len(published)-1)/2]
		if y, err := strconv.Atoi(median[:4]); err == nil && len(median) >= 4 {
			best := ""
			for _, cy := range []int{y - 1, y, y + 1} {
				v := fmt.Sprintf("%04d-%s", cy, md)
				if d, err := graph.ParseDate(v); err == nil && d.Known() &&
					(best == "" || daysBetween(v, median) < daysBetween(best, median)) {
					best = v
				}
			}
			if best != "" {
				chosen, _ = graph.ParseDate(best)
				note = fmt.Sprintf("inferred: the dateline's %q without a year, in the year nearest the collection's median date (%d dated documents)",
					mdText, len(published))
			}
		}
	case typical != "" && (!hasOwn || !own.Date.Known() || own.Date.Value < typical):
		// "the 1951 Geneva Convention" in a story of 2005: a story's
		// articles are of one time, and this one is not older than
		// the latest date it mentions
		chosen, _ = graph.ParseDate(typical)
		note = fmt.Sprintf("inferred: typical date of the collection's %d undated documents (upper quartile of the latest dates they mention)", len(peers))
		if hasOwn && own.Date.Known() {
			note += fmt.Sprintf(", not before this one's (%s)", own.Date.Value)
		}
	case hasOwn && own.Date.Known() && len(published) > 0:
		lower := own.Date.Earliest
		i := sort.SearchStrings(published, lower)
		if i < len(published) {
			chosen, _ = graph.ParseDate(published[i])
			note = fmt.Sprintf("inferred: first date of the collection (%d dated documents) not before the latest date in the text (%s)", len(published), own.Date.Value)
		} else {
			chosen = own.Date
			note = "inferred from the latest date in the text: " + own.Note
		}
	case hasOwn && own.Date.Known():
		chosen, note = own.Date, "inferred from the text: "+own.Note
	case len(published) > 0:
		chosen, _ = graph.ParseDate(published[(len(published)-1)/2]) // the lower median
		note = fmt.Sprintf("inferred: median date of the collection (%d dated documents)", len(published))
	}
	if chosen.Known() {
		doc.Published, doc.DateSource, doc.DateNote = chosen, graph.FromInferred, note
	} else {
		doc.Published, doc.DateSource, doc.DateNote = graph.Date{}, graph.FromNone, "no date in the document or the collection"
	}
	return doc.Published != before
}

// daysBetween returns the number of days between two dates written
// YYYY-MM-DD, or YYYY-MM and YYYY (their first day); a large number when
// either does not parse.
func daysBetween(a, b string) int {
	da, erra := graph.ParseDate(a)
	db, errb := graph.ParseDate(b)
	x, y := da.Time(), db.Time()
	if erra != nil || errb != nil || x.IsZero() || y.IsZero() {
		return 1 << 30
	}
	d := int(x.Sub(y).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// looseDate reads a date written in free text ("11:58 PM · Feb 27, 2025").
func looseDate(s string) graph.Date {
	if d, err := timeline.ParseDate(s); err == nil {
		return d
	}
	if dct, ok := timeline.FindDCT([]string{s}, ""); ok {
		return dct.Date
	}
	return graph.Date{}
}

func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
