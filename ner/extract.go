package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/chronograph/chronograph/graph"
)

//go:embed model/conll2003.model.gz
var embeddedModel []byte

var loadEmbedded = sync.OnceValues(func() (*Model, error) {
	return ReadModel(bytes.NewReader(embeddedModel))
})

// DefaultModel returns the model embedded in the binary, trained on
// CoNLL-2003 by `chronograph train ner`. It is read once and shared.
func DefaultModel() (*Model, error) { return loadEmbedded() }

// Extractor finds entity mentions in text and resolves them into
// document-local entities. It is safe for concurrent use.
type Extractor struct {
	model *Model
}

// New returns an Extractor using the embedded model, which is loaded once
// per process however many Extractors are made.
func New() (*Extractor, error) {
	m, err := DefaultModel()
	if err != nil {
		return nil, err
	}
	return &Extractor{model: m}, nil
}

// NewWithModel returns an Extractor using m, which must not be nil.
func NewWithModel(m *Model) *Extractor { return &Extractor{model: m} }

// Result is what Extract finds in one text. Every offset is a byte offset
// into the text given to Extract.
type Result struct {
	// Sentences are the sentence spans of the text, in order.
	Sentences []graph.Span
	// Tokens are the words and punctuation marks with their sentence index;
	// Tag is empty (the tagger needs no part of speech).
	Tokens []graph.Token
	// Mentions are the entity mentions in text order; Entity indexes Entities.
	Mentions []graph.Mention
	// Entities are the document-local entities in order of first mention.
	Entities []graph.LocalEntity
}

// Extract tokenizes text, tags its entity mentions and resolves them into
// document-local entities. It never panics: an internal failure is returned
// as an error.
func (x *Extractor) Extract(text string) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("ner: extract: %v", r)
		}
	}()
	toks, sents := tokenize(text)
	words := make([]string, len(toks))
	for i := range toks {
		words[i] = toks[i].Text
	}
	ranges := make([][2]int, 0, len(sents))
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i == len(toks) || toks[i].Sentence != toks[i-1].Sentence {
			ranges = append(ranges, [2]int{start, i})
			start = i
		}
	}
	tagWords, headline := x.model.sentenceCase(words, ranges)
	tags := x.model.tagWords(tagWords, ranges)
	spans := x.model.dropHeadlineWords(tagSpans(tags), words, toks, headline)
	res = &Result{Sentences: sents, Tokens: toks}
	res.Mentions, res.Entities = resolve(text, toks, spans, x.model)
	return res, nil
}

// tokSpan is a tagged entity over tokens [start, end).
type tokSpan struct {
	start, end int
	typ        int
}

func tagSpans(tags []uint8) []tokSpan {
	var out []tokSpan
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if t == 0 {
			continue
		}
		j := i
		if tagPos(t) == posB {
			for j+1 < len(tags) && tags[j+1] != 0 && tagType(tags[j+1]) == tagType(t) && tagPos(tags[j+1]) != posB && tagPos(tags[j+1]) != posU {
				j++
				if tagPos(tags[j]) == posL {
					break
				}
			}
		}
		out = append(out, tokSpan{i, j + 1, tagType(t)})
		i = j
	}
	return out
}

// kindOf maps a CoNLL type index to a graph.Kind.
func kindOf(typ int) graph.Kind {
	switch typ {
	case 0:
		return graph.Person
	case 1:
		return graph.Organization
	case 2:
		return graph.Place
	}
	return graph.Other
}

func isUpperWord(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// sentenceCase returns words with the title-case headlines rewritten in
// sentence case for tagging: in a sentence whose words are all
// capitalized (or in capitals), a word after the first that is usually
// written in lower case is lower-cased ("Sheinbaum Rejects Trump's Proposal" -> "Sheinbaum
// rejects Trump's proposal"). words itself is not changed. headline tells
// for each sentence whether it was in title case or capitals.
func (m *Model) sentenceCase(words []string, sents [][2]int) (out []string, headline []bool) {
	out = words
	copied := false
	headline = make([]bool, len(sents))
	for si, s := range sents {
		nw, title, caps := 0, 0, 0
		for i := s[0]; i < s[1]; i++ {
			w := words[i]
			if !hasLetter(w) {
				continue
			}
			nw++
			if startsUpper(w) || smallWords[strings.ToLower(w)] {
				title++
			}
			if isAllCaps(w) {
				caps++
			}
		}
		headline[si] = nw >= 2 && caps == nw || nw >= 3 && title == nw
		if nw < 3 || title != nw {
			continue
		}
		first := true
		for i := s[0]; i < s[1]; i++ {
			w := words[i]
			if !hasLetter(w) {
				continue
			}
			if first {
				first = false
				continue
			}
			lw := strings.ToLower(w)
			if lw == w || m.lr[f1('L', lw)] < 4 {
				continue
			}
			if !copied {
				out = append([]string(nil), words...)
				copied = true
			}
			out[i] = lw
		}
	}
	return out, headline
}

// dropHeadlineWords drops one-word mentions in headlines whose word is
// usually written in lower case ("Intelligence" in "Sheinbaum Urges
// Intelligence Collaboration"): a headline's capitals are no evidence.
func (m *Model) dropHeadlineWords(spans []tokSpan, words []string, toks []graph.Token, headline []bool) []tokSpan {
	out := spans[:0]
	capsRun := func(i int) bool { // an all-caps word within a run of all-caps words
		if !isAllCaps(words[i]) || len(words[i]) < 3 {
			return false
		}
		near := 0
		for _, j := range []int{i - 2, i - 1, i + 1, i + 2} {
			if j >= 0 && j < len(words) && toks[j].Sentence == toks[i].Sentence && isAllCaps(words[j]) && hasLetter(words[j]) {
				near++
			}
		}
		return near >= 2
	}
	// Words the document also writes capitalized outside all-caps text:
	// evidence that an all-caps word of unknown case ("SHEINBAUM") is a name,
	// while "CARTELS", written "cartels" elsewhere, is not.
	var named map[string]bool
	for i := range spans {
		sp := &spans[i]
		if sp.end-sp.start == 1 && capsRun(sp.start) && m.lr[f1('L', strings.ToLower(words[sp.start]))] == 0 {
			if named == nil {
				named = map[string]bool{}
				for _, w := range words {
					if startsUpper(w) && !isAllCaps(w) {
						named[strings.ToLower(w)] = true
					}
				}
			}
			lw := strings.ToLower(words[sp.start])
			if _, known := canonical[lw]; !known && !named[lw] {
				sp.end = sp.start // dropped below
			}
		}
	}
	for _, sp := range spans {
		if sp.end == sp.start {
			continue
		}
		if sp.end-sp.start == 1 && (headline[toks[sp.start].Sentence] || capsRun(sp.start)) {
			lw := strings.ToLower(words[sp.start])
			if _, known := canonical[lw]; !known && !strings.Contains(lw, ".") && m.lr[f1('L', lw)] >= 3 {
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}
