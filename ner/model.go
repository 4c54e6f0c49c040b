package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
)

// gazetteer holds entity names seen in training, as hashes of their
// lower-cased token sequences, with a bit mask of the types each had.
type gazetteer struct {
	entries map[uint64]uint8
	maxLen  int
}

func gazAdd(h uint64, lw string) uint64 { return hbyte(hstr(h, lw), ' ') }

func startsUpperOrDigit(w string) bool {
	return startsUpper(w) || (w != "" && w[0] >= '0' && w[0] <= '9')
}

// mark sets d.gz from the longest gazetteer matches, left to right. A match
// must start and end with a capitalized word or a number.
func (g *gazetteer) mark(d *doc) {
	for _, s := range d.sents {
		for i := s[0]; i < s[1]; {
			if !startsUpperOrDigit(d.words[i]) {
				i++
				continue
			}
			h := uint64(fnvOffset)
			bestLen, bestMask := 0, uint8(0)
			for l := 1; l <= g.maxLen && i+l <= s[1]; l++ {
				h = gazAdd(h, d.lw[i+l-1])
				if m, ok := g.entries[h]; ok && startsUpperOrDigit(d.words[i+l-1]) {
					bestLen, bestMask = l, m
				}
			}
			if bestLen == 0 {
				i++
				continue
			}
			for t := 0; t < nTypes; t++ {
				if bestMask&(1<<t) == 0 {
					continue
				}
				markSpan(d.gz, i, bestLen, 4*t)
			}
			i += bestLen
		}
	}
}

// weight is one class's weight for a feature.
type weight struct {
	cls uint16
	w   float32
}

// Model is a trained tagger: averaged-perceptron weights over hashed
// features, plus the gazetteer and word-case statistics the features use.
// A Model is immutable once built and safe for concurrent use.
type Model struct {
	weights map[uint64][]weight
	tab     *table // weights indexed for scoring; nil: use weights
	gaz     gazetteer
	names   nameLists // external name lists
	lr      map[uint64]uint8
	// clusters maps clusterKey(word) to its packed word classes.
	clusters map[uint64]uint64
}

// newModel returns a Model of weights and the values features need.
func newModel(weights map[uint64][]weight, gaz gazetteer, names nameLists, lr map[uint64]uint8, clusters map[uint64]uint64) *Model {
	return &Model{weights: weights, tab: newTable(weights), gaz: gaz, names: names, lr: lr, clusters: clusters}
}

// lookup returns the weights of feature f.
func (m *Model) lookup(f uint64) []weight {
	if m.tab != nil {
		return m.tab.get(f)
	}
	return m.weights[f]
}

func (m *Model) score(feats []uint64, scores *[nTags]float32) {
	for _, f := range feats {
		for _, w := range m.lookup(f) {
			if w.cls < nTags {
				scores[w.cls] += w.w
			}
		}
	}
}

func (m *Model) scorePairs(feats []uint64, pairs *[nTags * nTags]float32) {
	for _, f := range feats {
		for _, w := range m.lookup(f) {
			if w.cls < nTags*nTags {
				pairs[w.cls] += w.w
			}
		}
	}
}

// scorer adds the weights of features to scores.
type scorer interface {
	score(feats []uint64, scores *[nTags]float32)
	scorePairs(feats []uint64, pairs *[nTags * nTags]float32)
}

var negInf = float32(math.Inf(-1))

// valid[last][prev*nTags+cur] says whether cur may follow prev.
var valid = func() (v [2][nTags * nTags]bool) {
	for p := uint8(0); p < nTags; p++ {
		for c := uint8(0); c < nTags; c++ {
			v[0][int(p)*nTags+int(c)] = validNext(p, c, false)
			v[1][int(p)*nTags+int(c)] = validNext(p, c, true)
		}
	}
	return v
}()

// legalPair is a transition: its tags and its index prev*nTags+cur.
type legalPair struct {
	prev, cur uint8
	idx       uint16
}

// legal[first][last] lists the valid transitions in order of prev, then
// cur, at the first (prev is O) or any later token, and at the last token
// of a sentence or before it.
var legal = func() (l [2][2][]legalPair) {
	for first := range 2 {
		for last := range 2 {
			for p := uint8(0); p < nTags; p++ {
				if first == 1 && p != 0 {
					break
				}
				for c := uint8(0); c < nTags; c++ {
					if valid[last][int(p)*nTags+int(c)] {
						l[first][last] = append(l[first][last], legalPair{p, c, uint16(p)*nTags + uint16(c)})
					}
				}
			}
		}
	}
	return l
}()

// viterbi finds the best valid tag sequence of the sentence of tokens
// [lo, hi) and writes it to tags[lo:hi]. static holds the static scores of
// the sentence's tokens; hist, when not nil, the history labels of d.
func viterbi(w scorer, d *doc, lo, hi int, static [][nTags]float32, hist []uint8, tags []uint8, buf *decodeBuf) {
	n := hi - lo
	if n == 0 {
		return
	}
	buf.grow(n)
	delta, back := buf.delta[:n], buf.back[:n]
	trans, sc, pair := &buf.trans, &buf.sc, &buf.pair
	*trans = [nTags * nTags]float32{}
	buf.feats = append(buf.feats[:0], transFeature)
	w.scorePairs(buf.feats, trans)
	for k := 0; k < n; k++ {
		i := lo + k
		var h uint8
		if hist != nil {
			h = hist[i]
		}
		*sc = static[k]
		if hist != nil {
			buf.feats = d.histFeatures(i, lo, hi, hist, buf.feats[:0])
			w.score(buf.feats, sc)
		}
		*pair = *trans
		buf.feats = d.pairFeatures(i, h, buf.feats[:0])
		w.scorePairs(buf.feats, pair)
		first, last := 0, 0
		if k == 0 {
			first = 1
		}
		if k == n-1 {
			last = 1
		}
		dk := &delta[k]
		for c := range dk {
			dk[c] = negInf
		}
		var prevDelta *[nTags]float32
		if k > 0 {
			prevDelta = &delta[k-1]
		} else {
			prevDelta = &[nTags]float32{}
		}
		bk := &back[k]
		for _, lp := range legal[first][last] {
			if v := prevDelta[lp.prev] + sc[lp.cur] + pair[lp.idx]; v > dk[lp.cur] {
				dk[lp.cur] = v
				bk[lp.cur] = lp.prev
			}
		}
	}
	bt, bs := uint8(0), negInf
	for c := uint8(0); c < nTags; c++ {
		if delta[n-1][c] > bs {
			bt, bs = c, delta[n-1][c]
		}
	}
	for k := n - 1; k >= 0; k-- {
		tags[lo+k] = bt
		bt = back[k][bt]
	}
}

// decodeBuf holds scratch space for viterbi.
type decodeBuf struct {
	delta [][nTags]float32
	back  [][nTags]uint8
	feats []uint64
	// the scores of the token being decoded
	trans, pair [nTags * nTags]float32
	sc          [nTags]float32
}

func (b *decodeBuf) grow(n int) {
	if cap(b.delta) < n {
		b.delta = make([][nTags]float32, n)
		b.back = make([][nTags]uint8, n)
	}
}

// wordScores are the static scores a word type gives the tokens where it
// occurs: to its own token, and to the tokens it neighbours, by position.
type wordScores struct {
	self [nTags]float32
	nb   [nbPositions][nTags]float32
}

func addScores(dst *[nTags]float32, src *[nTags]float32) {
	for c := range dst {
		dst[c] += src[c]
	}
}

// staticScores returns the static scores of every token of d: the weights
// of its staticFeatures, those depending on one word summed once per word
// type of d, and the context aggregation of the tokens past the first
// occWindow occurrences of their word once per word.
func (m *Model) staticScores(d *doc) [][nTags]float32 {
	return m.staticScoresIn(d, new(tagScratch))
}

// tagScratch holds the buffers of tagging one document, reused from one
// document to the next through scratchPool: allocating them for every
// document was a third of the tagger's allocations, and the collector's
// work that came with it slowed two workers more than one.
type tagScratch struct {
	doc    doc
	types  []wordScores
	static [][nTags]float32
	buf    decodeBuf
}

var scratchPool = sync.Pool{New: func() any { return new(tagScratch) }}

// zeroed returns s resliced to n elements, all zero, reusing its array
// when it is large enough.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// staticScoresIn is staticScores with its buffers taken from sc; the result
// is sc's until sc is used again.
func (m *Model) staticScoresIn(d *doc, sc *tagScratch) [][nTags]float32 {
	var feats []uint64
	sc.types = zeroed(sc.types, len(d.first))
	types := sc.types
	for t, i := range d.first {
		ws := &types[t]
		feats = d.wordFeatures(int(i), feats[:0])
		m.score(feats, &ws.self)
		for pos := range ws.nb {
			feats = neighbourFeatures(pos, d.lw[i], d.shape[i], d.cl[i], feats[:0])
			m.score(feats, &ws.nb[pos])
		}
	}
	var start, end [nbPositions][nTags]float32 // the sentence boundaries
	for _, pos := range []int{nbPrev2, nbPrev} {
		m.score(neighbourFeatures(pos, bos, bos, boundaryClasses, feats[:0]), &start[pos])
	}
	for _, pos := range []int{nbNext, nbNext2} {
		m.score(neighbourFeatures(pos, eos, eos, boundaryClasses, feats[:0]), &end[pos])
	}
	var shared map[string]*[nTags]float32 // context aggregation past occWindow
	sc.static = zeroed(sc.static, len(d.words))
	static := sc.static
	for _, s := range d.sents {
		lo, hi := s[0], s[1]
		for i := lo; i < hi; i++ {
			sc := &static[i]
			*sc = types[d.typ[i]].self
			for pos, off := range [nbPositions]int{-2, -1, 1, 2} {
				switch j := i + off; {
				case j < lo:
					addScores(sc, &start[pos])
				case j >= hi:
					addScores(sc, &end[pos])
				default:
					addScores(sc, &types[d.typ[j]].nb[pos])
				}
			}
			feats = d.contextFeatures(i, lo, hi, feats[:0])
			occ := d.occ[d.lw[i]]
			if len(occ) > occWindow && int32(i) > occ[occWindow-1] && startsUpper(d.words[i]) {
				v := shared[d.lw[i]]
				if v == nil {
					v = new([nTags]float32)
					m.score(d.occFeatures(i, occ, nil), v)
					if shared == nil {
						shared = map[string]*[nTags]float32{}
					}
					shared[d.lw[i]] = v
				}
				addScores(sc, v)
			} else {
				feats = d.occFeatures(i, occ, feats)
			}
			m.score(feats, sc)
		}
	}
	return static
}

// firstPass returns the tags of d's first pass, and the static scores.
func (m *Model) firstPass(d *doc, sc *tagScratch) ([]uint8, [][nTags]float32) {
	static := m.staticScoresIn(d, sc)
	tags := make([]uint8, len(d.words))
	for _, s := range d.sents {
		viterbi(m, d, s[0], s[1], static[s[0]:s[1]], nil, tags, &sc.buf)
	}
	return tags, static
}

// tag runs both passes over d and returns the tags of the second.
func (m *Model) tag(d *doc) []uint8 {
	sc := scratchPool.Get().(*tagScratch)
	defer putScratch(sc)
	return m.tagIn(d, sc)
}

// maxPooledWords bounds the documents whose buffers go back to the pool
// (about 10 MB at this size); a longer one's are left to the collector.
const maxPooledWords = 1 << 16

func putScratch(sc *tagScratch) {
	if cap(sc.static) <= maxPooledWords && cap(sc.doc.lw) <= maxPooledWords {
		scratchPool.Put(sc)
	}
}

// tagWords prepares words for m and tags them, with the document's buffers
// taken from the pool too.
func (m *Model) tagWords(words []string, sents [][2]int) []uint8 {
	sc := scratchPool.Get().(*tagScratch)
	defer putScratch(sc)
	d := prepareIn(&sc.doc, words, sents, &m.gaz, &m.names, m.lr, m.clusters)
	out := m.tagIn(d, sc)
	d.words, d.sents, d.occ = nil, nil, nil // the caller's, and not reused
	return out
}

// tagIn is tag with sc's buffers.
func (m *Model) tagIn(d *doc, sc *tagScratch) []uint8 {
	tags, static := m.firstPass(d, sc)
	hist := d.history(tags)
	out := make([]uint8, len(d.words))
	for _, s := range d.sents {
		viterbi(m, d, s[0], s[1], static[s[0]:s[1]], hist, out, &sc.buf)
	}
	return out
}

// Prepare tokens for m: gazetteer, name lists, case statistics and word
// classes.
func (m *Model) prepare(words []string, sents [][2]int) *doc {
	return prepare(words, sents, &m.gaz, &m.names, m.lr, m.clusters)
}

// modelMagic starts a model file; modelMagicLists one with name lists,
// written after the word classes.
const (
	modelMagic      = "chronograph-ner-3\n"
	modelMagicLists = "chronograph-ner-4\n"
)

// WriteTo writes m in its compact gzip-compressed binary form, readable by
// ReadModel. Weights are quantized to 16 bits.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("ner: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var maxW float32
	keys := make([]uint64, 0, len(m.weights))
	for k, ws := range m.weights {
		keys = append(keys, k)
		for _, x := range ws {
			maxW = max(maxW, float32(math.Abs(float64(x.w))))
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	scale := maxW / 32767
	if scale == 0 {
		scale = 1
	}
	put := func(v any) { _ = binary.Write(bw, binary.LittleEndian, v) }
	if len(m.names.entries) > 0 {
		bw.WriteString(modelMagicLists)
	} else {
		bw.WriteString(modelMagic)
	}
	put(scale)
	put(uint32(len(keys)))
	var prevKey uint64
	var buf [binary.MaxVarintLen64]byte
	for _, k := range keys {
		// keys are sorted: store deltas as varints.
		n := binary.PutUvarint(buf[:], k-prevKey)
		bw.Write(buf[:n])
		prevKey = k
		ws := m.weights[k]
		bw.WriteByte(byte(len(ws)))
		for _, x := range ws {
			put(x.cls)
			put(int16(math.Round(float64(x.w / scale))))
		}
	}
	put(uint32(m.gaz.maxLen))
	writeByteMap(bw, m.gaz.entries)
	writeByteMap(bw, m.lr)
	writeClusters(bw, m.clusters)
	if len(m.names.entries) > 0 {
		put(uint32(m.names.maxLen))
		writeKeyed(bw, m.names.entries, func(v uint16) { bw.Write(binary.LittleEndian.AppendUint16(buf[:0], v)) })
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("ner: write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("ner: write model: %w", err)
	}
	return cw.n, nil
}

// writeKeyed writes m as its size, then its keys in ascending order, each
// as a varint delta from the one before followed by its value, written by
// value.
func writeKeyed[V any](bw *bufio.Writer, m map[uint64]V, value func(V)) {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	_ = binary.Write(bw, binary.LittleEndian, uint32(len(keys)))
	var prev uint64
	var buf [binary.MaxVarintLen64]byte
	for _, k := range keys {
		n := binary.PutUvarint(buf[:], k-prev)
		bw.Write(buf[:n])
		prev = k
		value(m[k])
	}
}

// writeByteMap writes a map of one-byte values (gazetteer, case statistics).
func writeByteMap(bw *bufio.Writer, m map[uint64]uint8) {
	writeKeyed(bw, m, func(v uint8) { bw.WriteByte(v) })
}

// writeClusters writes the word classes, their values as varints.
func writeClusters(bw *bufio.Writer, m map[uint64]uint64) {
	var buf [binary.MaxVarintLen64]byte
	writeKeyed(bw, m, func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) })
}

// readKeyed reads what writeKeyed wrote, each value by value.
func readKeyed[V any](br *bufio.Reader, value func() (V, error)) (map[uint64]V, error) {
	var n uint32
	if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	m := make(map[uint64]V, n)
	var key uint64
	for range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("ner: read model: %w", err)
		}
		key += d
		v, err := value()
		if err != nil {
			return nil, err
		}
		m[key] = v
	}
	return m, nil
}

// readClusters reads what writeClusters wrote, refusing class numbers out
// of range.
func readClusters(br *bufio.Reader) (map[uint64]uint64, error) {
	return readKeyed(br, func() (uint64, error) {
		v, err := binary.ReadUvarint(br)
		if err != nil {
			return 0, fmt.Errorf("ner: read model: %w", err)
		}
		if v >= 1<<(clusterBits*nClusterings) {
			return 0, ErrBadModel
		}
		return v, nil
	})
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ErrBadModel is returned by ReadModel for data that is not a model.
var ErrBadModel = errors.New("ner: not a model file")

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic && string(magic) != modelMagicLists {
		return nil, ErrBadModel
	}
	get := func(v any) error { return binary.Read(br, binary.LittleEndian, v) }
	var scale float32
	var n uint32
	if err := get(&scale); err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	if err := get(&n); err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	m := &Model{weights: make(map[uint64][]weight, n)}
	all := make([]weight, 0, n*2)
	var key uint64
	for range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("ner: read model: %w", err)
		}
		key += d
		c, err := br.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("ner: read model: %w", err)
		}
		start := len(all)
		for range c {
			var cls uint16
			var q int16
			if err := get(&cls); err != nil {
				return nil, fmt.Errorf("ner: read model: %w", err)
			}
			if err := get(&q); err != nil {
				return nil, fmt.Errorf("ner: read model: %w", err)
			}
			if cls >= nTags*nTags {
				return nil, ErrBadModel
			}
			all = append(all, weight{cls: cls, w: float32(q) * scale})
		}
		m.weights[key] = all[start:len(all):len(all)]
	}
	var ml uint32
	if err := get(&ml); err != nil {
		return nil, fmt.Errorf("ner: read model: %w", err)
	}
	m.gaz.maxLen = int(ml)
	if m.gaz.entries, err = readByteMap(br); err != nil {
		return nil, err
	}
	if m.lr, err = readByteMap(br); err != nil {
		return nil, err
	}
	if m.clusters, err = readClusters(br); err != nil {
		return nil, err
	}
	if string(magic) == modelMagicLists {
		if err := get(&ml); err != nil {
			return nil, fmt.Errorf("ner: read model: %w", err)
		}
		if ml > nameMaxTokens {
			return nil, ErrBadModel
		}
		m.names.maxLen = int(ml)
		var b [2]byte
		m.names.entries, err = readKeyed(br, func() (uint16, error) {
			if _, err := io.ReadFull(br, b[:]); err != nil {
				return 0, fmt.Errorf("ner: read model: %w", err)
			}
			return binary.LittleEndian.Uint16(b[:]), nil
		})
		if err != nil {
			return nil, err
		}
	}
	m.tab = newTable(m.weights)
	return m, nil
}

// readByteMap reads what writeByteMap wrote.
func readByteMap(br *bufio.Reader) (map[uint64]uint8, error) {
	return readKeyed(br, func() (uint8, error) {
		b, err := br.ReadByte()
		if err != nil {
			return 0, fmt.Errorf("ner: read model: %w", err)
		}
		return b, nil
	})
}

// markSpan sets, in bits[i:i+l], the bit of each token's BILOU position in
// a match of l tokens starting at i, above shift (4 bits a list or type).
func markSpan[T uint16 | uint64](bits []T, i, l, shift int) {
	if l == 1 {
		bits[i] |= 1 << (shift + posU)
		return
	}
	for j := 0; j < l; j++ {
		p := posI
		if j == 0 {
			p = posB
		} else if j == l-1 {
			p = posL
		}
		bits[i+j] |= 1 << (shift + p)
	}
}
