package timeline

import (
	"math/rand"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/chronograph/chronograph/graph"
)

// ent is a hand-annotated entity: its name, kind and the other strings that
// mention it.
type ent struct {
	name    string
	kind    graph.Kind
	aliases []string
}

// etx is a hand-annotated time expression: the n-th occurrence (from 0) of
// text in the document, normalized to value ("2025-04-16", "2025-02", or a
// TIMEX3 value such as "PRESENT_REF" with an empty date).
type etx struct {
	text, value string
	n           int
	typ         string
}

// blk is a hand-annotated embedded post: from the first occurrence of from
// to the end of the first occurrence of to after it.
type blk struct {
	from, to, date, author string
}

// mkdoc builds a Document from text the way the pipeline would: sentences,
// mentions of ents (every occurrence of each name or alias, longest first),
// timexes and blocks. published may be "".
func mkdoc(tb testing.TB, id, published, text string, ents []ent, txs []etx, blks []blk) *graph.Document {
	tb.Helper()
	d := &graph.Document{ID: id, Text: text, DateSource: graph.FromNone}
	if published != "" {
		p, err := graph.ParseDate(published)
		if err != nil {
			tb.Fatal(err)
		}
		d.Published, d.DateSource = p, graph.FromHeader
	}
	d.Sentences = splitSentences(text)
	type name struct {
		s string
		e int
	}
	var names []name
	for k, e := range ents {
		d.Entities = append(d.Entities, graph.LocalEntity{Name: e.name, Kind: e.kind, Aliases: e.aliases})
		names = append(names, name{e.name, k})
		for _, a := range e.aliases {
			names = append(names, name{a, k})
		}
	}
	sort.SliceStable(names, func(a, b int) bool { return len(names[a].s) > len(names[b].s) })
	taken := make([]bool, len(text))
	for _, n := range names {
		for off := 0; ; {
			k := strings.Index(text[off:], n.s)
			if k < 0 {
				break
			}
			s, e := off+k, off+k+len(n.s)
			off = e
			if s > 0 && isWordByte(text[s-1]) || e < len(text) && isWordByte(text[e]) && !strings.HasSuffix(n.s, ".") {
				continue
			}
			free := true
			for p := s; p < e; p++ {
				free = free && !taken[p]
			}
			if !free {
				continue
			}
			for p := s; p < e; p++ {
				taken[p] = true
			}
			d.Mentions = append(d.Mentions, graph.Mention{Span: graph.Span{Start: s, End: e}, Text: n.s,
				Kind: ents[n.e].kind, Entity: n.e})
		}
	}
	sort.Slice(d.Mentions, func(a, b int) bool { return d.Mentions[a].Start < d.Mentions[b].Start })
	for k := range d.Mentions {
		d.Mentions[k].Sentence = d.SentenceOf(d.Mentions[k].Start)
		d.Entities[d.Mentions[k].Entity].Mentions++
	}
	for _, t := range txs {
		off := -1
		for n := 0; n <= t.n; n++ {
			k := strings.Index(text[off+1:], t.text)
			if k < 0 {
				tb.Fatalf("timex %q #%d not in text", t.text, t.n)
			}
			off += 1 + k
		}
		x := graph.Timex{Span: graph.Span{Start: off, End: off + len(t.text)}, Text: t.text, Type: "DATE", Value: t.value}
		if t.typ != "" {
			x.Type = t.typ
		}
		if dt, err := graph.ParseDate(t.value); err == nil {
			x.Date = dt
		}
		d.Timexes = append(d.Timexes, x)
	}
	sort.Slice(d.Timexes, func(a, b int) bool { return d.Timexes[a].Start < d.Timexes[b].Start })
	for _, b := range blks {
		s := strings.Index(text, b.from)
		if s < 0 {
			tb.Fatalf("block start %q not in text", b.from)
		}
		e := strings.Index(text[s:], b.to)
		if e < 0 {
			tb.Fatalf("block end %q not in text", b.to)
		}
		dt, err := graph.ParseDate(b.date)
		if err != nil {
			tb.Fatal(err)
		}
		d.Blocks = append(d.Blocks, graph.Block{Span: graph.Span{Start: s, End: s + e + len(b.to)}, Kind: "post", Author: b.author, Date: dt})
	}
	return d
}

// splitSentences splits text at newlines and at '.', '!' or '?' followed by
// a space and an upper-case letter, unless the period ends an abbreviation
// such as "U.S.".
func splitSentences(text string) []graph.Span {
	var out []graph.Span
	start := 0
	flush := func(end int) {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\t') {
			e--
		}
		if s < e {
			out = append(out, graph.Span{Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			flush(i + 1)
		case '.', '!', '?':
			j := i + 1
			for j < len(text) && strings.ContainsRune("\"')]", rune(text[j])) {
				j++
			}
			if strings.HasPrefix(text[j:], "”") {
				j += len("”")
			}
			if j+1 < len(text) && text[j] == ' ' && (unicode.IsUpper(rune(text[j+1])) || text[j+1] >= 0x80) {
				w := i
				for w > 0 && text[w-1] != ' ' {
					w--
				}
				if text[i] == '.' && strings.Count(text[w:i], ".") > 0 && j == i+1 && !strings.HasPrefix(text[j+1:], "In ") {
					continue // U.S. President
				}
				flush(j)
			}
		}
	}
	flush(len(text))
	return out
}

// graphTime returns a random day between 2000 and 2029.
func graphTime(r *rand.Rand) time.Time {
	return time.Date(2000+r.Intn(30), time.Month(1+r.Intn(12)), 1+r.Intn(28), 0, 0, 0, 0, time.UTC)
}
