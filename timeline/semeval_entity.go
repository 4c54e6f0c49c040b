package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/graph"
)

// EntityEvents returns the timeline of one entity, the way SemEval-2015
// Task 4 asks for it: every event the entity takes part in, with all its
// sources, plus every event mention whose sentence names the entity (by
// one of names, as a whole word sequence ignoring case and punctuation
// between words). Products and other things the entity recognizer misses
// ("iPod", "iTunes store") are found by the second rule alone. A mention
// that is a source of a merged event keeps that event's date and
// cross-document identity; any other mention (EventMentions finds those
// without participants) becomes an event of its own, dated as its
// document dates it. entityID may be empty; events must hold the merged
// events and docs the stored documents. Mentions in a document's headline
// are left out: the headline repeats the body, whose mentions are the
// ones SemEval annotates. The result is in timeline order
// (see Order) and shares no memory with its inputs.
func EntityEvents(docs []*graph.Document, events []graph.Event, entityID string, names []string) []graph.Event {
	type key struct {
		doc   string
		start int
	}
	at := map[key]int{}
	for i, ev := range events {
		for _, s := range ev.Sources {
			at[key{s.Document, s.Start}] = i
		}
	}
	byID := make(map[string]*graph.Document, len(docs))
	for _, d := range docs {
		if d != nil {
			byID[d.ID] = d
		}
	}
	// headlines repeat the body's events and SemEval does not annotate them
	body := func(s graph.Source) bool {
		d := byID[s.Document]
		return d == nil || !isHeadline(d, s.Sentence)
	}
	whole := map[int]bool{}
	kept := map[int][]graph.Source{}
	var out []graph.Event
	for i := range events {
		if entityID != "" && events[i].HasParticipant(entityID) {
			whole[i] = true
		}
	}
	for _, d := range docs {
		if d == nil || !NamesAny(d.Text, names) {
			continue
		}
		for _, m := range EventMentions(d, nil) {
			sent := d.SentenceText(m.Sentence)
			if isHeadline(d, sent) || !NamesAny(sent, names) {
				continue
			}
			if i, ok := at[key{d.ID, m.Trigger.Start}]; ok {
				if !whole[i] {
					for _, s := range events[i].Sources {
						if s.Document == d.ID && s.Start == m.Trigger.Start {
							kept[i] = append(kept[i], s)
						}
					}
				}
				continue
			}
			out = append(out, graph.Event{
				ID:    graph.EventID(d.ID, m.Trigger.Start, m.Type),
				Type:  m.Type,
				Lemma: m.Lemma,
				Date:  m.Date,
				Sources: []graph.Source{{
					Document: d.ID, Title: d.Title, Published: d.Published.Value,
					Sentence: strings.TrimSpace(sent), Start: m.Trigger.Start, End: m.Trigger.End,
					SentenceIndex: d.SentenceNumber(m.Sentence),
					Trigger:       d.Text[m.Trigger.Start:m.Trigger.End],
					Date:          m.Date, Factuality: m.Factuality,
				}},
				Factuality: m.Factuality,
				Confidence: m.Confidence,
			})
		}
	}
	for i := range events {
		srcs := kept[i]
		if whole[i] {
			srcs = events[i].Sources
		}
		var b []graph.Source
		for _, s := range srcs {
			if body(s) {
				b = append(b, s)
			}
		}
		if len(b) > 0 {
			out = append(out, copyEvent(events[i], b))
		}
	}
	Order(out)
	return out
}

// isHeadline reports whether sentence (its text) is d's title.
func isHeadline(d *graph.Document, sentence string) bool {
	return d.Title != "" && strings.TrimSpace(sentence) == strings.TrimSpace(d.Title)
}

func copyEvent(e graph.Event, sources []graph.Source) graph.Event {
	e.Sources = append([]graph.Source(nil), sources...)
	e.Participants = append([]graph.Participant(nil), e.Participants...)
	e.Conflicts = append([]graph.Conflict(nil), e.Conflicts...)
	return e
}

// NamesAny reports whether text names one of names: the name's words in
// order, ignoring case, with nothing between them but spaces and
// punctuation ("Beatles' Apple Corps" names "Beatles Apple Corps"), except
// that one word may follow a longer name's first word ("iTunes Music Store"
// names "iTunes store"), and with a plural "s" allowed after a last word
// without digits ("iPods", but "iPhone 3GS" is not "iPhone 3G").
func NamesAny(text string, names []string) bool {
	words := wordsOf(text)
	for _, n := range names {
		nw := wordsOf(n)
		if len(nw) == 0 {
			continue
		}
		for i := 0; i+len(nw) <= len(words); i++ {
			// one word may stand between the first and the second word of
			// a longer name ("iTunes Music Store" names "iTunes store")
			for gap := 0; gap <= 1 && (gap == 0 || len(nw) > 1); gap++ {
				if i+len(nw)+gap > len(words) {
					break
				}
				ok := true
				for k, w := range nw {
					at := i + k
					if k > 0 {
						at += gap
					}
					t := words[at]
					if t != w && !(k == len(nw)-1 && t == w+"s" && !strings.ContainsAny(w, "0123456789")) {
						ok = false
						break
					}
				}
				if ok {
					return true
				}
			}
		}
	}
	return false
}

// wordsOf returns the lower-cased runs of letters and digits of s.
func wordsOf(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); {
		r, size := utf8.RuneError, 1
		if i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		word := i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
		i += size
	}
	return out
}
