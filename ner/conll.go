package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Sentence is one sentence of a CoNLL file: its tokens and their entity tags
// as the file gives them (IOB1 or IOB2: "O", "I-PER", "B-LOC", ...).
type Sentence struct {
	Tokens []string
	Tags   []string
}

// CoNLLDocument is the sentences between two -DOCSTART- lines.
type CoNLLDocument struct {
	Sentences []Sentence
}

// ParseError reports a malformed line of a CoNLL file.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("ner: conll line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// ReadCoNLL reads a CoNLL-2003 style file: one token per line with the
// token first and the entity tag last, blank lines between sentences and
// -DOCSTART- lines between documents. A file without -DOCSTART- lines is one
// document.
func ReadCoNLL(r io.Reader) ([]CoNLLDocument, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var docs []CoNLLDocument
	var cur CoNLLDocument
	var sent Sentence
	flushSent := func() {
		if len(sent.Tokens) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
			sent = Sentence{}
		}
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
			cur = CoNLLDocument{}
		}
	}
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			flushSent()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		if len(fields) < 2 {
			return docs, &ParseError{Line: line, Err: fmt.Errorf("want a token and a tag, got %q", sc.Text())}
		}
		tag := fields[len(fields)-1]
		if tag != "O" && (len(tag) < 3 || tag[1] != '-') {
			return docs, &ParseError{Line: line, Err: fmt.Errorf("bad tag %q", tag)}
		}
		sent.Tokens = append(sent.Tokens, fields[0])
		sent.Tags = append(sent.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return docs, fmt.Errorf("ner: read conll: %w", err)
	}
	flushDoc()
	return docs, nil
}

// chunk is a typed span of token indexes [start, end).
type chunk struct {
	start, end int
	typ        string
}

func splitTag(t string) (prefix, typ string) {
	if t == "O" || t == "" || len(t) < 2 || t[1] != '-' {
		return "O", ""
	}
	return t[:1], t[2:]
}

// chunks returns the entity chunks of a tag sequence with conlleval's
// rules, which read IOB1, IOB2, IOE and IOBES alike.
func chunks(tags []string) []chunk {
	var out []chunk
	prevP, prevT := "O", ""
	start := -1
	for i := 0; i <= len(tags); i++ {
		p, t := "O", ""
		if i < len(tags) {
			p, t = splitTag(tags[i])
		}
		// end of chunk between i-1 and i
		if start >= 0 {
			end := prevP == "E" || prevP == "S" ||
				p == "B" || p == "S" || p == "O" ||
				(prevP != "O" && prevT != t)
			if end {
				out = append(out, chunk{start, i, prevT})
				start = -1
			}
		}
		begin := p == "B" || p == "S" ||
			(p != "O" && (prevP == "E" || prevP == "S" || prevP == "O")) ||
			(p != "O" && prevT != t)
		if begin && p != "O" {
			start = i
		}
		prevP, prevT = p, t
	}
	return out
}

// chunkTags renders chunks over n tokens as IOB2 tags, so that token
// accuracy does not depend on the tagging scheme.
func chunkTags(n int, cs []chunk) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
	for _, c := range cs {
		for k := c.start; k < c.end; k++ {
			if k == c.start {
				out[k] = "B-" + c.typ
			} else {
				out[k] = "I-" + c.typ
			}
		}
	}
	return out
}

// TypeScore is the count of gold, predicted and correct chunks of one type,
// with the precision, recall and F1 (percentages) they give.
type TypeScore struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (s *TypeScore) finish() {
	if s.Predicted > 0 {
		s.Precision = 100 * float64(s.Correct) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = 100 * float64(s.Correct) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// Scores is a conlleval-style evaluation: exact span and type matches.
// Tokens and TokensCorrect count tokens and those whose tag agrees once
// both sides are rewritten in IOB2.
type Scores struct {
	Tokens        int       `json:"tokens"`
	TokensCorrect int       `json:"tokens_correct"`
	Overall       TypeScore `json:"overall"`
	// ByType holds a score per entity type seen in gold or predictions.
	ByType map[string]*TypeScore `json:"by_type"`
}

// Types returns the keys of ByType, sorted.
func (s *Scores) Types() []string {
	ts := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// Score compares predicted tag sequences with gold ones, sentence by
// sentence, counting chunks as conlleval does. gold and pred must have the
// same shape; a length mismatch is an error.
func Score(gold, pred [][]string) (*Scores, error) {
	if len(gold) != len(pred) {
		return nil, fmt.Errorf("ner: score: %d gold sentences, %d predicted", len(gold), len(pred))
	}
	s := &Scores{ByType: map[string]*TypeScore{}}
	get := func(t string) *TypeScore {
		ts := s.ByType[t]
		if ts == nil {
			ts = &TypeScore{}
			s.ByType[t] = ts
		}
		return ts
	}
	for i := range gold {
		g, p := gold[i], pred[i]
		if len(g) != len(p) {
			return nil, fmt.Errorf("ner: score: sentence %d: %d gold tags, %d predicted", i, len(g), len(p))
		}
		gc, pc := chunks(g), chunks(p)
		gn, pn := chunkTags(len(g), gc), chunkTags(len(p), pc)
		for k := range gn {
			s.Tokens++
			if gn[k] == pn[k] {
				s.TokensCorrect++
			}
		}
		inGold := make(map[chunk]bool, len(gc))
		for _, c := range gc {
			inGold[c] = true
			get(c.typ).Gold++
			s.Overall.Gold++
		}
		for _, c := range pc {
			get(c.typ).Predicted++
			s.Overall.Predicted++
			if inGold[c] {
				get(c.typ).Correct++
				s.Overall.Correct++
			}
		}
	}
	s.Overall.finish()
	for _, ts := range s.ByType {
		ts.finish()
	}
	return s, nil
}

// bilou converts a tag sequence (any scheme chunks reads) to BILOU tags.
func bilou(tags []string) []uint8 {
	out := make([]uint8, len(tags))
	for _, c := range chunks(tags) {
		typ := typeIndex(c.typ)
		if typ < 0 {
			continue
		}
		if c.end-c.start == 1 {
			out[c.start] = mkTag(typ, posU)
			continue
		}
		for k := c.start; k < c.end; k++ {
			p := posI
			if k == c.start {
				p = posB
			} else if k == c.end-1 {
				p = posL
			}
			out[k] = mkTag(typ, p)
		}
	}
	return out
}

func typeIndex(t string) int {
	for i, n := range typeNames {
		if n == t {
			return i
		}
	}
	return -1
}

// iob2 renders BILOU tags as IOB2 strings.
func iob2(tags []uint8) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		if t == 0 {
			out[i] = "O"
			continue
		}
		p := "I-"
		if tagPos(t) == posB || tagPos(t) == posU {
			p = "B-"
		}
		out[i] = p + typeNames[tagType(t)]
	}
	return out
}
