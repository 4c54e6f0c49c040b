package graph

import (
	"crypto/sha256"
	"encoding/hex"
)

// DateSource says where a document's own date came from.
type DateSource string

// The places a document's date can come from.
const (
	FromFlag     DateSource = "flag"     // the user's --date
	FromMetadata DateSource = "metadata" // a field of a JSON record, an HTML meta tag, an SGML DATE
	FromHeader   DateSource = "header"   // a date line at the top of the article
	FromInferred DateSource = "inferred" // guessed from dates in the text or the collection
	FromNone     DateSource = "none"     // no date could be found
)

// Span is a half-open byte range [Start, End) of a document's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Document is one article as Chronograph read it, with what extraction found
// in it. Text is the cleaned body that every offset refers to. ID is the
// content hash of the original file's bytes (see DocumentID), so the same
// article read twice is the same Document.
type Document struct {
	ID string `json:"id"`
	// SourceID is the input's own identifier for the document (the doc_id
	// of CAT XML, the NEWID of a Reuters story), or "" when it has none;
	// evaluation formats such as SemEval's timelines name documents by it.
	SourceID   string     `json:"source_id,omitempty"`
	Path       string     `json:"path,omitempty"`
	Format     string     `json:"format,omitempty"` // text, markdown, html, json, jsonl, sgml, cat
	Title      string     `json:"title,omitempty"`
	URL        string     `json:"url,omitempty"`
	Published  Date       `json:"published"`
	DateSource DateSource `json:"date_source"`
	// DateNote explains an uncertain date (an ambiguous numeric date, an inference).
	DateNote string `json:"date_note,omitempty"`
	Text     string `json:"text"`
	// Sentences are the spans of Text's sentences in order.
	Sentences []Span `json:"sentences,omitempty"`
	// SentenceIDs, when the input numbered its sentences (CAT XML), holds the
	// input's number for each sentence; otherwise it is empty and sentence i
	// is numbered i.
	SentenceIDs []int `json:"sentence_ids,omitempty"`
	// Mentions are the entity mentions in text order.
	Mentions []Mention `json:"mentions,omitempty"`
	// Entities are the document-local entities the mentions resolve to;
	// Mention.Entity indexes this slice.
	Entities []LocalEntity `json:"entities,omitempty"`
	// Events are the events reported in the document, in text order, with
	// participants that point at Entities.
	Events []LocalEvent `json:"events,omitempty"`
	// Timexes are the time expressions found in Text.
	Timexes []Timex `json:"timexes,omitempty"`
	// Blocks mark parts of Text quoted from elsewhere (an embedded post)
	// that carry their own date, against which their relative dates resolve.
	Blocks []Block `json:"blocks,omitempty"`
}

// Block is a part of a document's Text quoted from another source, such as
// an embedded social-media post, with that source's own date and author.
type Block struct {
	Span
	Kind   string `json:"kind"` // "post"
	Author string `json:"author,omitempty"`
	Date   Date   `json:"date"`
}

// DocumentID returns the content-hash ID of a document's raw bytes.
func DocumentID(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:10])
}

// SentenceOf returns the index of the sentence holding byte offset off, or -1.
func (d *Document) SentenceOf(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// SentenceText returns the text of sentence i, or "" when out of range.
func (d *Document) SentenceText(i int) string {
	if i < 0 || i >= len(d.Sentences) {
		return ""
	}
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// SentenceNumber returns the input's number for sentence i (CAT XML), or i.
func (d *Document) SentenceNumber(i int) int {
	if i >= 0 && i < len(d.SentenceIDs) {
		return d.SentenceIDs[i]
	}
	return i
}

// Timex is a time expression found in a document, normalized to a TimeML
// TIMEX3 value and to the Date it denotes.
type Timex struct {
	Span
	Text  string `json:"text"`
	Type  string `json:"type"`  // DATE, TIME, DURATION, SET
	Value string `json:"value"` // TIMEX3 value: "2025-04-16", "P2D", "PRESENT_REF", "XXXX-04-16"
	Date  Date   `json:"date"`  // the calendar interval, when the expression denotes one
}
