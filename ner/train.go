package ner

import (
	"bufio"

	"errors"
	"fmt"
	"github.com/chronograph/chronograph/graph"
	"io"
	"math"
	"math/rand/v2"
	"runtime/debug"
	"sort"
	"strings"
)

// TrainOptions configures Train. The zero value works.
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 12).
	// When dev data is given, the epoch with the best dev F1 is kept.
	Epochs int
	// Folds is how many parts the training data is cut into so that each
	// part's gazetteer features come from the others (default 5).
	Folds int
	// Prune drops final (averaged and mixed) weights smaller in magnitude
	// (default 0.5): half the weights go, for a model about a quarter
	// faster and 0.05 dev F1 worse.
	Prune float64
	// Seed seeds the shuffling of documents (default 1).
	Seed uint64
	// Runs is how many times the model is trained, run r shuffling with
	// seed Seed+r, before the runs' weights are averaged (default 1).
	Runs int
	// Unlabeled are plain texts (SGML tags are skipped) whose words add to
	// the statistics of how often each word is written in lower case and,
	// with the text of the training and dev data, are clustered into word
	// classes.
	Unlabeled []io.Reader
	// Lists are external name lists (gazetteers: places, first names,
	// nationalities, ...), at most 15, copied into the model: a token's
	// lists and its position (B, I, L, U) in each list's longest match are
	// features. Their order matters: the same lists in another order make
	// another model.
	Lists []NameList
	// NoClusters leaves out the word-class features.
	NoClusters bool
	// Log, when set, receives one line per epoch.
	Log io.Writer
}

// trainDoc is a prepared training document with its gold tags.
type trainDoc struct {
	words []string
	sents [][2]int
	gold  []uint8
	fold  int
}

func flatten(cd CoNLLDocument) trainDoc {
	var td trainDoc
	for _, s := range cd.Sentences {
		start := len(td.words)
		td.words = append(td.words, s.Tokens...)
		td.gold = append(td.gold, bilou(s.Tags)...)
		td.sents = append(td.sents, [2]int{start, len(td.words)})
	}
	return td
}

// param is one class's weight for a feature during training, with the
// bookkeeping for lazy averaging.
type param struct {
	cls uint16
	w   float32
	acc float64
	ts  int64
}

type trainer struct {
	params map[uint64][]param
	t      int64
}

func (tr *trainer) score(feats []uint64, scores *[nTags]float32) {
	for _, f := range feats {
		for _, p := range tr.params[f] {
			if p.cls < nTags {
				scores[p.cls] += p.w
			}
		}
	}
}

func (tr *trainer) scorePairs(feats []uint64, pairs *[nTags * nTags]float32) {
	for _, f := range feats {
		for _, p := range tr.params[f] {
			if p.cls < nTags*nTags {
				pairs[p.cls] += p.w
			}
		}
	}
}

func (tr *trainer) update(feats []uint64, cls uint16, delta float32) {
	for _, f := range feats {
		ps := tr.params[f]
		k := -1
		for i := range ps {
			if ps[i].cls == cls {
				k = i
				break
			}
		}
		if k < 0 {
			ps = append(ps, param{cls: cls, ts: tr.t})
			k = len(ps) - 1
		}
		p := &ps[k]
		p.acc += float64(tr.t-p.ts) * float64(p.w)
		p.ts = tr.t
		p.w += delta
		tr.params[f] = ps
	}
}

// average returns the averaged weights, dropping those below prune.
func (tr *trainer) average(prune float64) map[uint64][]weight {
	out := make(map[uint64][]weight, len(tr.params)/2)
	t := float64(max(tr.t, 1))
	for f, ps := range tr.params {
		var ws []weight
		for _, p := range ps {
			avg := (p.acc + float64(tr.t-p.ts)*float64(p.w)) / t
			if math.Abs(avg) >= prune {
				ws = append(ws, weight{cls: p.cls, w: float32(avg)})
			}
		}
		if len(ws) > 0 {
			out[f] = ws
		}
	}
	return out
}

// learn decodes each sentence of d with the current weights and, where the
// result differs from gold, makes a structured perceptron update. The
// predicted tags are written to tags.
func (tr *trainer) learn(d *doc, gold []uint8, hist []uint8, tags []uint8, buf *decodeBuf) {
	var feats []uint64
	for _, s := range d.sents {
		lo, hi := s[0], s[1]
		static := make([][nTags]float32, hi-lo)
		for i := lo; i < hi; i++ {
			feats = d.staticFeatures(i, lo, hi, feats[:0])
			tr.score(feats, &static[i-lo])
		}
		viterbi(tr, d, lo, hi, static, hist, tags, buf)
		tr.t++
		for i := lo; i < hi; i++ {
			var gp, pp uint8
			if i > lo {
				gp, pp = gold[i-1], tags[i-1]
			}
			if gold[i] == tags[i] && gp == pp {
				continue
			}
			var h uint8
			if hist != nil {
				h = hist[i]
			}
			if gold[i] != tags[i] {
				feats = d.staticFeatures(i, lo, hi, feats[:0])
				if hist != nil {
					feats = d.histFeatures(i, lo, hi, hist, feats)
				}
				tr.update(feats, uint16(gold[i]), 1)
				tr.update(feats, uint16(tags[i]), -1)
			}
			feats = d.pairFeatures(i, h, feats[:0])
			feats = append(feats, transFeature)
			tr.update(feats, uint16(gp)*nTags+uint16(gold[i]), 1)
			tr.update(feats, uint16(pp)*nTags+uint16(tags[i]), -1)
		}
	}
}

// Train trains a tagger on CoNLL-2003 data read from r (IOB1 or IOB2 tags).
// When dev is not nil, each epoch is scored on it and the best epoch of
// each run kept; its text also joins the unlabeled text of the word
// classes. The result is the same for the same input and options.
func Train(r io.Reader, dev io.Reader, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if opts.Folds <= 1 {
		opts.Folds = 5
	}
	if opts.Prune <= 0 {
		opts.Prune = 0.5
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.Runs <= 0 {
		opts.Runs = 1
	}
	cdocs, err := ReadCoNLL(r)
	if err != nil {
		return nil, err
	}
	if len(cdocs) == 0 {
		return nil, errors.New("ner: train: no training data")
	}
	var devDocs []CoNLLDocument
	if dev != nil {
		if devDocs, err = ReadCoNLL(dev); err != nil {
			return nil, err
		}
	}
	docs := make([]trainDoc, len(cdocs))
	for i, cd := range cdocs {
		docs[i] = flatten(cd)
		docs[i].fold = i % opts.Folds
	}
	text := newCorpus()
	lr, err := caseStats(docs, opts.Unlabeled, text)
	if err != nil {
		return nil, err
	}
	for _, cd := range devDocs {
		for _, s := range cd.Sentences {
			text.add(s.Tokens)
		}
	}
	var clusters map[uint64]uint64
	if !opts.NoClusters {
		words := learnClusters(text, clusterSizes[:], clusterMinCount, clusterMaxContext, clusterIters, false)
		clusters = make(map[uint64]uint64, len(words))
		for w, c := range words {
			clusters[clusterKey(w)] = c
		}
		for w, c := range learnClusters(text, clusterSizes[:], clusterMinCount, clusterMaxContext, clusterIters, true) {
			clusters[clusterKey(w)] |= c << (clusterBits * len(clusterSizes))
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "word classes for %d words from %d tokens\n", len(words), len(text.toks))
		}
	}
	// The corpus and the clusterings' tables are garbage now: hand their
	// memory back before training, to keep the peak down.
	text = nil
	debug.FreeOSMemory()
	names, err := buildNameLists(opts.Lists)
	if err != nil {
		return nil, err
	}
	full, folds := buildGazetteers(docs, opts.Folds)
	prepared := make([]*doc, len(docs))
	for i, td := range docs {
		prepared[i] = prepare(td.words, td.sents, &folds[td.fold], &names, lr, clusters)
	}
	runs := make([]map[uint64][]weight, opts.Runs)
	for r := range runs {
		ws, err := trainRun(prepared, docs, devDocs, opts, opts.Seed+uint64(r), r, func(ws map[uint64][]weight) *Model {
			return newModel(ws, full, names, lr, clusters)
		})
		if err != nil {
			return nil, err
		}
		runs[r] = ws
		debug.FreeOSMemory() // the run's trainer is garbage
	}
	ws := mix(runs)
	for f, fw := range ws {
		kept := fw[:0]
		for _, w := range fw {
			if math.Abs(float64(w.w)) >= opts.Prune {
				kept = append(kept, w)
			}
		}
		if len(kept) == 0 {
			delete(ws, f)
		} else {
			ws[f] = kept
		}
	}
	return newModel(ws, full, names, lr, clusters), nil
}

// trainRun trains the weights of one run over the prepared documents,
// shuffled with seed: those of the epoch best on devDocs, or of the last
// epoch without them. model makes a Model of weights for scoring.
func trainRun(prepared []*doc, docs []trainDoc, devDocs []CoNLLDocument, opts TrainOptions, seed uint64, run int, model func(map[uint64][]weight) *Model) (map[uint64][]weight, error) {
	tr := &trainer{params: make(map[uint64][]param, 1<<20)}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	var buf decodeBuf
	var best map[uint64][]weight
	bestF1 := -1.0
	for ep := 1; ep <= opts.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, toks := 0, 0
		for _, k := range order {
			d, gold := prepared[k], docs[k].gold
			tags := make([]uint8, len(gold))
			tr.learn(d, gold, nil, tags, &buf)
			hist := d.history(tags)
			tr.learn(d, gold, hist, tags, &buf)
			for i := range tags {
				if tags[i] != gold[i] {
					errs++
				}
			}
			toks += len(tags)
		}
		if devDocs == nil {
			if ep == opts.Epochs {
				best = tr.average(runPrune)
			}
			if opts.Log != nil {
				fmt.Fprintf(opts.Log, "run %d epoch %d: train token error %.2f%%\n", run+1, ep, 100*float64(errs)/float64(toks))
			}
			continue
		}
		ws := tr.average(runPrune)
		sc, err := EvaluateModel(model(ws), devDocs)
		if err != nil {
			return nil, err
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "run %d epoch %d: train token error %.2f%%, dev F1 %.2f, %d features\n", run+1, ep, 100*float64(errs)/float64(toks), sc.Overall.F1, len(ws))
		}
		if sc.Overall.F1 > bestF1 {
			bestF1, best = sc.Overall.F1, ws
		}
	}
	return best, nil
}

// runPrune drops the averaged weights of a run smaller in magnitude, before
// the runs are mixed and TrainOptions.Prune applies.
const runPrune = 0.05

// mix averages the weights of several runs (parameter mixing): a feature
// a run lacks counts as 0 there.
func mix(runs []map[uint64][]weight) map[uint64][]weight {
	if len(runs) == 1 {
		return runs[0]
	}
	out := make(map[uint64][]weight, len(runs[0]))
	n := float32(len(runs))
	for _, ws := range runs {
		for f, fw := range ws {
			cur := out[f]
			for _, w := range fw {
				k := -1
				for i := range cur {
					if cur[i].cls == w.cls {
						k = i
						break
					}
				}
				if k < 0 {
					cur = append(cur, weight{cls: w.cls})
					k = len(cur) - 1
				}
				cur[k].w += w.w / n
			}
			out[f] = cur
		}
	}
	for _, ws := range out {
		sort.Slice(ws, func(i, j int) bool { return ws[i].cls < ws[j].cls })
	}
	return out
}

// caseCounts counts how often words are written in lower case and how
// often capitalized away from the start of a sentence.
type caseCounts map[string]*[2]int

func (cc caseCounts) add(w string, initial bool) {
	if !hasLetter(w) {
		return
	}
	lw := strings.ToLower(w)
	c := cc[lw]
	if c == nil {
		c = new([2]int)
		cc[lw] = c
	}
	switch {
	case w == lw:
		c[0]++
	case !initial && startsUpper(w) && !isAllCaps(w):
		c[1]++
	}
}

// caseStats buckets, for each lower-cased word of the training documents
// and the unlabeled texts, how often it is written in lower case. It adds
// the sentences of both to text.
func caseStats(docs []trainDoc, unlabeled []io.Reader, text *corpus) (map[uint64]uint8, error) {
	cc := caseCounts{}
	for _, td := range docs {
		for _, s := range td.sents {
			for i := s[0]; i < s[1]; i++ {
				cc.add(td.words[i], i == s[0])
			}
			text.add(td.words[s[0]:s[1]])
		}
	}
	var sent []string
	for _, r := range unlabeled {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<16), 1<<22)
		for sc.Scan() {
			line := sc.Text()
			toks, _ := tokenize(line)
			headline := len(toks) < 3 || isHeadline(toks)
			prevSent := -1
			sent = sent[:0]
			for _, t := range toks {
				initial := t.Sentence != prevSent
				if initial {
					text.add(sent)
					sent = sent[:0]
				}
				prevSent = t.Sentence
				if strings.ContainsAny(t.Text, "<>&;") {
					text.add(sent)
					sent = sent[:0]
					continue
				}
				sent = append(sent, t.Text)
				if !headline {
					cc.add(t.Text, initial)
				}
			}
			text.add(sent)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("ner: read unlabeled text: %w", err)
		}
	}
	out := make(map[uint64]uint8, len(cc))
	for w, c := range cc {
		if b := lrBucket(c[0], c[1]); b != 0 {
			out[f1('L', w)] = b
		}
	}
	return out, nil
}

// isHeadline reports a line in all capitals or title case, whose case
// says nothing about its words.
func isHeadline(toks []graph.Token) bool {
	words, lowerWords := 0, 0
	for _, t := range toks {
		if !hasLetter(t.Text) {
			continue
		}
		words++
		if !startsUpper(t.Text) && !smallWords[strings.ToLower(t.Text)] {
			lowerWords++
		}
	}
	return lowerWords == 0 || words > 0 && isAllCaps(toks[0].Text) && isAllCaps(toks[len(toks)-1].Text)
}

// buildGazetteers returns the gazetteer of all training entities and, for
// each fold, the gazetteer of the entities of the other folds.
func buildGazetteers(docs []trainDoc, nFolds int) (gazetteer, []gazetteer) {
	type entry struct {
		mask  uint8
		folds map[int]uint8
	}
	entries := map[uint64]*entry{}
	maxLen := 0
	for _, td := range docs {
		tags := td.gold
		for i := 0; i < len(tags); i++ {
			t := tags[i]
			if t == 0 || (tagPos(t) != posB && tagPos(t) != posU) {
				continue
			}
			j := i
			for j < len(tags) && tagPos(tags[j]) != posL && tagPos(tags[j]) != posU {
				j++
			}
			if j >= len(tags) {
				continue
			}
			h := uint64(fnvOffset)
			for k := i; k <= j; k++ {
				h = gazAdd(h, strings.ToLower(td.words[k]))
			}
			maxLen = max(maxLen, j-i+1)
			e := entries[h]
			if e == nil {
				e = &entry{folds: map[int]uint8{}}
				entries[h] = e
			}
			bit := uint8(1) << tagType(t)
			e.mask |= bit
			e.folds[td.fold] |= bit
			i = j
		}
	}
	full := gazetteer{entries: make(map[uint64]uint8, len(entries)), maxLen: maxLen}
	folds := make([]gazetteer, nFolds)
	for f := range folds {
		folds[f] = gazetteer{entries: map[uint64]uint8{}, maxLen: maxLen}
	}
	for h, e := range entries {
		full.entries[h] = e.mask
		for f := range folds {
			var m uint8
			for g, b := range e.folds {
				if g != f {
					m |= b
				}
			}
			if m != 0 {
				folds[f].entries[h] = m
			}
		}
	}
	return full, folds
}

// EvaluateModel tags the documents' tokens with m (sentences as given) and
// scores the result against their tags.
func EvaluateModel(m *Model, docs []CoNLLDocument) (*Scores, error) {
	var gold, pred [][]string
	for _, cd := range docs {
		td := flatten(cd)
		tags := m.tag(m.prepare(td.words, td.sents))
		for _, s := range cd.Sentences {
			gold = append(gold, s.Tags)
		}
		for _, s := range td.sents {
			pred = append(pred, iob2(tags[s[0]:s[1]]))
		}
	}
	return Score(gold, pred)
}
