package ner

import (
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// ProseTagger runs prose's built-in pipeline (tokenizer, POS tagger and
// entity chunker) for comparison with this package's tagger. Its model is
// loaded once and shared; it is safe for concurrent use.
type ProseTagger struct {
	model *prose.Model
}

var proseModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("en") })

// NewProseTagger returns a ProseTagger using prose's built-in English model.
func NewProseTagger() *ProseTagger { return &ProseTagger{model: proseModel()} }

// proseType maps prose's labels to CoNLL types.
func proseType(label string) string {
	switch label {
	case "PERSON":
		return "PER"
	case "GPE", "LOC", "LOCATION", "FAC", "FACILITY":
		return "LOC"
	case "ORG", "ORGANIZATION":
		return "ORG"
	}
	return "MISC"
}

// Document runs prose's whole pipeline on text and returns its tokens and
// their IOB labels. A panic inside prose is returned as an error.
func (p *ProseTagger) Document(text string) (tokens, labels []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("ner: prose: %v", r)
		}
	}()
	doc, err := prose.NewDocument(text, prose.UsingModel(p.model))
	if err != nil {
		return nil, nil, fmt.Errorf("ner: prose: %w", err)
	}
	for _, t := range doc.Tokens() {
		tokens = append(tokens, t.Text)
		labels = append(labels, t.Label)
	}
	return tokens, labels, nil
}

// TagSentences tags pre-tokenized sentences with prose, whose tokenization
// differs: each sentence is joined with spaces, prose's tokens are located
// in it, and a CoNLL token gets the type of the prose entity token that
// starts inside it. The result holds IOB2 tags with CoNLL types.
func (p *ProseTagger) TagSentences(sents []Sentence) ([][]string, error) {
	out := make([][]string, len(sents))
	for si, s := range sents {
		text := strings.Join(s.Tokens, " ")
		// byte offset -> CoNLL token index
		owner := make([]int, len(text)+1)
		off := 0
		for ti, t := range s.Tokens {
			for k := off; k < off+len(t)+1 && k < len(owner); k++ {
				owner[k] = ti
			}
			off += len(t) + 1
		}
		ptoks, plabels, err := p.Document(text)
		if err != nil {
			return out, err
		}
		types := make([]string, len(s.Tokens))
		begins := make([]bool, len(s.Tokens))
		cur := 0
		for k, pt := range ptoks {
			at := strings.Index(text[cur:], pt)
			if at < 0 {
				continue
			}
			start := cur + at
			cur = start + len(pt)
			lab := plabels[k]
			if lab == "" || lab == "O" {
				continue
			}
			typ := lab
			begin := false
			if len(lab) > 2 && lab[1] == '-' {
				typ = lab[2:]
				begin = lab[0] == 'B'
			}
			ti := owner[start]
			if types[ti] == "" {
				types[ti] = proseType(typ)
				begins[ti] = begin
			}
		}
		tags := make([]string, len(s.Tokens))
		for i, t := range types {
			switch {
			case t == "":
				tags[i] = "O"
			case begins[i] || i == 0 || types[i-1] != t:
				tags[i] = "B-" + t
			default:
				tags[i] = "I-" + t
			}
		}
		out[si] = tags
	}
	return out, nil
}
