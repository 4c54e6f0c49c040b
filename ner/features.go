package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tags are BILOU over four types: 0 is O, then 1+4*type+pos with pos
// B=0, I=1, L=2, U=3.
const (
	nTypes = 4
	nTags  = 1 + 4*nTypes
	posB   = 0
	posI   = 1
	posL   = 2
	posU   = 3
)

// typeNames are the CoNLL types in tag order.
var typeNames = [nTypes]string{"PER", "ORG", "LOC", "MISC"}

func tagType(t uint8) int { return (int(t) - 1) / 4 }
func tagPos(t uint8) int  { return (int(t) - 1) % 4 }
func mkTag(typ, pos int) uint8 {
	return uint8(1 + 4*typ + pos)
}

// validNext reports whether tag cur may follow prev; last marks the final
// token of a sentence, which must close any open entity.
func validNext(prev, cur uint8, last bool) bool {
	open := prev != 0 && (tagPos(prev) == posB || tagPos(prev) == posI)
	if open {
		if cur == 0 || tagType(cur) != tagType(prev) {
			return false
		}
		p := tagPos(cur)
		return p == posL || (p == posI && !last)
	}
	if cur == 0 {
		return true
	}
	p := tagPos(cur)
	return p == posU || (p == posB && !last)
}

// Feature hashing: FNV-1a over a template byte and strings.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hstr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hbyte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	h *= fnvPrime
	return h
}

func f1(t byte, a string) uint64 { return hstr(hbyte(fnvOffset, t), a) }
func f2(t byte, a, b string) uint64 {
	return hstr(hbyte(hstr(hbyte(fnvOffset, t), a), 0xff), b)
}
func fb(t byte, a string, b byte) uint64 { return hbyte(hbyte(f1(t, a), 0xfe), b) }

// shapeTrigram is f2(28, shp+"|"+sh, shn), hashed without building a string.
func shapeTrigram(shp, sh, shn string) uint64 {
	return hstr(hbyte(hstr(hstr(hstr(hbyte(fnvOffset, 28), shp), "|"), sh), 0xff), shn)
}

// hcls is feature t of class c of clustering g.
func hcls(t byte, g int, c uint64) uint64 {
	return hbyte(hbyte(hbyte(hbyte(fnvOffset, t), byte(g)), byte(c)), byte(c>>8))
}

// Sentence-level flags of a token.
const (
	flagInit     = 1 << iota // first word of its sentence
	flagAllCaps              // sentence is an all-caps headline
	flagTitle                // sentence is in title case
	flagAfterTag             // follows a colon or a quote opening
)

// doc is a tokenized document prepared for tagging.
type doc struct {
	words []string
	lw    []string
	shape []string
	flags []uint8
	lr    []uint8            // lower-case ratio bucket of the word
	gz    []uint16           // gazetteer bits: 1<<(4*type+pos)
	names []uint64           // name-list bits: 1<<(4*list+pos)
	cl    []uint64           // packed word classes (clustersOf), 0 when none
	occ   map[string][]int32 // capitalized word -> its positions
	sents [][2]int           // [start, end) token ranges
	// typ numbers the distinct words of the document in order of first
	// occurrence; first[t] is the first position of word type t.
	typ   []int32
	first []int32
	// typeOf maps a word to its type while the document is prepared.
	typeOf map[string]int32
}

// wordShape maps upper case to X, lower case to x, digits to d, keeps other
// runes, and collapses repeats: "Sheinbaum" -> "Xx", "U.S." -> "X.X.".
func wordShape(w string) string {
	var buf [24]byte
	b := buf[:0]
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case r >= 'A' && r <= 'Z':
			c = 'X'
		case r >= 'a' && r <= 'z':
			c = 'x'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < 0x80:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '~'
		}
		if c != last {
			if len(b) == cap(buf) {
				break
			}
			b = append(b, c)
			last = c
		}
	}
	return string(b)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isAllCaps(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// function words that a title-case headline leaves in lower case.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "and": true, "or": true, "but": true, "by": true, "with": true, "from": true, "as": true,
	"vs": true, "is": true, "'s": true, "’s": true,
}

// lrBucket buckets how often a word is written in lower case.
func lrBucket(lower, upper int) uint8 {
	n := lower + upper
	switch {
	case n < 2:
		return 0
	case lower*10 < n:
		return 1
	case lower*2 < n:
		return 2
	case lower*10 < n*9:
		return 3
	}
	return 4
}

// prepare computes the per-token values features need. gaz, names, lr
// and cl come from the model (or a training fold).
func prepare(words []string, sents [][2]int, gz *gazetteer, names *nameLists, lr map[uint64]uint8, cl map[uint64]uint64) *doc {
	return prepareIn(new(doc), words, sents, gz, names, lr, cl)
}

// prepareIn is prepare reusing d's buffers.
func prepareIn(d *doc, words []string, sents [][2]int, gz *gazetteer, names *nameLists, lr map[uint64]uint8, cl map[uint64]uint64) *doc {
	n := len(words)
	d.words, d.sents = words, sents
	d.lw, d.shape, d.flags = zeroed(d.lw, n), zeroed(d.shape, n), zeroed(d.flags, n)
	d.lr, d.gz, d.names, d.cl = zeroed(d.lr, n), zeroed(d.gz, n), zeroed(d.names, n), zeroed(d.cl, n)
	d.typ, d.first = zeroed(d.typ, n), d.first[:0]
	if d.typeOf == nil {
		d.typeOf = make(map[string]int32)
	}
	clear(d.typeOf)
	types := d.typeOf
	for i, w := range words {
		if t, ok := types[w]; ok {
			// a word seen before: its word-only values are the same
			j := d.first[t]
			d.typ[i] = t
			d.lw[i], d.shape[i], d.lr[i], d.cl[i] = d.lw[j], d.shape[j], d.lr[j], d.cl[j]
			continue
		}
		t := int32(len(d.first))
		types[w] = t
		d.typ[i] = t
		d.first = append(d.first, int32(i))
		d.lw[i] = strings.ToLower(w)
		d.shape[i] = wordShape(w)
		if lr != nil {
			d.lr[i] = lr[f1('L', d.lw[i])]
		}
		d.cl[i] = clustersOf(cl, w)
	}
	for _, s := range sents {
		caps, title, nw := 0, 0, 0
		init := true
		for i := s[0]; i < s[1]; i++ {
			w := d.words[i]
			if init && hasLetter(w) {
				d.flags[i] |= flagInit
				init = false
			}
			if i > s[0] {
				p := d.words[i-1]
				if p == ":" || p == "\"" || p == "“" || p == "‘" || p == "•" || p == "-" || p == "(" {
					d.flags[i] |= flagAfterTag
				}
			}
			if !hasLetter(w) {
				continue
			}
			nw++
			if isAllCaps(w) {
				caps++
			}
			if startsUpper(w) || smallWords[d.lw[i]] {
				title++
			}
		}
		var f uint8
		if nw >= 2 && caps*10 >= nw*8 {
			f |= flagAllCaps
		} else if nw >= 3 && title == nw {
			f |= flagTitle
		}
		for i := s[0]; i < s[1]; i++ {
			d.flags[i] |= f
		}
	}
	if gz != nil {
		gz.mark(d)
	}
	if names != nil {
		names.mark(d)
	}
	d.occurrences()
	return d
}

const (
	bos = "<s>"
	eos = "</s>"
)

// staticFeatures appends the features of token i that do not depend on tags.
func (d *doc) staticFeatures(i, lo, hi int, out []uint64) []uint64 {
	lw, sh := d.lw[i], d.shape[i]
	get := func(k int) (string, string) {
		if k < lo {
			return bos, bos
		}
		if k >= hi {
			return eos, eos
		}
		return d.lw[k], d.shape[k]
	}
	lwp, shp := get(i - 1)
	lwpp, _ := get(i - 2)
	lwn, shn := get(i + 1)
	lwnn, _ := get(i + 2)
	out = append(out,
		f1(0, ""),
		f1(1, d.words[i]),
		f1(2, lw),
		f1(3, sh),
		f1(12, lwp), f1(13, lwpp), f1(14, lwn), f1(15, lwnn),
		f1(16, shp), f1(17, shn), f2(18, shp, sh), f2(19, sh, shn),
		f2(20, lwp, lw), f2(21, lw, lwn),
		fb(22, sh, d.flags[i]),
		fb(23, sh, d.lr[i]),
		hbyte(fb(24, "", d.flags[i]), d.lr[i]),
		shapeTrigram(shp, sh, shn),
		f2(31, lwp, sh),
		f2(32, sh, lwn),
	)
	clp, cln := uint64(1<<63), uint64(1<<63) // sentence boundaries
	if i > lo {
		clp = d.cl[i-1]
	}
	if i+1 < hi {
		cln = d.cl[i+1]
	}
	for g := 0; g < nClusterings; g++ {
		shift := clusterBits * g
		mask := uint64(1)<<clusterBits - 1
		c, p, n := d.cl[i]>>shift&mask, clp>>shift&mask, cln>>shift&mask
		if clp == 1<<63 {
			p = mask
		}
		if cln == 1<<63 {
			n = mask
		}
		out = append(out, hcls(64, g, c), hcls(65, g, p), hcls(66, g, n))
	}
	for k := 1; k <= 4 && k < len(lw); k++ {
		out = append(out, f1(byte(3+k), lw[:k]), f1(byte(7+k), lw[len(lw)-k:]))
	}
	out = d.occFeatures(i, d.occ[lw], out)
	return d.gazFeatures(i, lo, hi, out)
}

// occWindow is how many occurrences of a word the context aggregation
// looks at: the first ones of the document.
const occWindow = 8

// occFeatures appends the context aggregation features of token i, whose
// word occurs at positions occ (d.occ of its lower-cased form): the
// neighbours of the word's other occurrences among the first occWindow.
// A token past those shares its features with every other such token.
func (d *doc) occFeatures(i int, occ []int32, out []uint64) []uint64 {
	if len(occ) <= 1 || !startsUpper(d.words[i]) {
		return out
	}
	var seen [6 * occWindow]uint64
	ns := 0
	for _, j := range occ[:min(len(occ), occWindow)] {
		if int(j) == i {
			continue
		}
		for _, f := range [6]uint64{d.neighbour(60, int(j)-1), d.neighbour(61, int(j)+1), d.neighbour(62, int(j)-2), d.neighbour(63, int(j)+2),
			d.neighbourClass(69, 1, int(j)-1), d.neighbourClass(70, 1, int(j)+1)} {
			dup := false
			for _, g := range seen[:ns] {
				dup = dup || g == f
			}
			if !dup && ns < len(seen) {
				seen[ns] = f
				ns++
				out = append(out, f)
			}
		}
	}
	return out
}

// gazFeatures appends the gazetteer and name-list features of token i of
// the sentence [lo, hi).
func (d *doc) gazFeatures(i, lo, hi int, out []uint64) []uint64 {
	if g := d.gz[i]; g != 0 {
		sh := d.shape[i]
		for b := 0; b < 16; b++ {
			if g&(1<<b) != 0 {
				out = append(out, fb(25, "", byte(b)), fb(26, sh, byte(b)))
			}
		}
	}
	if i > lo {
		if g := d.gz[i-1]; g != 0 {
			out = append(out, hbyte(f1(27, "p"), byte(g)), hbyte(f1(27, "P"), byte(g>>8)))
		}
	}
	if i+1 < hi {
		if g := d.gz[i+1]; g != 0 {
			out = append(out, hbyte(f1(27, "n"), byte(g)), hbyte(f1(27, "N"), byte(g>>8)))
		}
	}
	return d.nameFeatures(i, lo, hi, out)
}

// The static features of a token split into those of its own word, those
// its neighbours' words give it, and those of its context; staticFeatures
// lists the same features in the order training uses. Tagging sums the
// weights of the first two kinds once per word type (Model.staticScores).

// clusterMask masks one clustering's class in packed classes.
const clusterMask = uint64(1)<<clusterBits - 1

// boundaryClasses are the packed classes a sentence boundary has as a
// neighbour: the last class of every clustering, which no word has.
const boundaryClasses = uint64(1)<<(clusterBits*nClusterings) - 1

// wordFeatures appends the static features of token i that depend on its
// word alone.
func (d *doc) wordFeatures(i int, out []uint64) []uint64 {
	lw, sh := d.lw[i], d.shape[i]
	out = append(out, f1(0, ""), f1(1, d.words[i]), f1(2, lw), f1(3, sh), fb(23, sh, d.lr[i]))
	for g := 0; g < nClusterings; g++ {
		out = append(out, hcls(64, g, d.cl[i]>>(clusterBits*g)&clusterMask))
	}
	for k := 1; k <= 4 && k < len(lw); k++ {
		out = append(out, f1(byte(3+k), lw[:k]), f1(byte(7+k), lw[len(lw)-k:]))
	}
	return out
}

// Positions of a neighbour relative to the token it gives features.
const (
	nbPrev2 = iota
	nbPrev
	nbNext
	nbNext2
	nbPositions
)

// neighbourFeatures appends the features a neighbour at relative position
// pos (nbPrev2, ...) gives a token, the neighbour being the word with
// lower-cased form lw, shape sh and packed classes cl, or a sentence
// boundary (bos or eos, boundaryClasses).
func neighbourFeatures(pos int, lw, sh string, cl uint64, out []uint64) []uint64 {
	switch pos {
	case nbPrev2:
		return append(out, f1(13, lw))
	case nbNext2:
		return append(out, f1(15, lw))
	}
	ft, st, ct := byte(12), byte(16), byte(65)
	if pos == nbNext {
		ft, st, ct = 14, 17, 66
	}
	out = append(out, f1(ft, lw), f1(st, sh))
	for g := 0; g < nClusterings; g++ {
		out = append(out, hcls(ct, g, cl>>(clusterBits*g)&clusterMask))
	}
	return out
}

// contextFeatures appends the static features of token i of the sentence
// [lo, hi) that depend on more than one word, but for occFeatures.
func (d *doc) contextFeatures(i, lo, hi int, out []uint64) []uint64 {
	lw, sh := d.lw[i], d.shape[i]
	lwp, shp, lwn, shn := bos, bos, eos, eos
	if i > lo {
		lwp, shp = d.lw[i-1], d.shape[i-1]
	}
	if i+1 < hi {
		lwn, shn = d.lw[i+1], d.shape[i+1]
	}
	out = append(out,
		f2(18, shp, sh), f2(19, sh, shn),
		f2(20, lwp, lw), f2(21, lw, lwn),
		fb(22, sh, d.flags[i]),
		hbyte(fb(24, "", d.flags[i]), d.lr[i]),
		shapeTrigram(shp, sh, shn),
		f2(31, lwp, sh),
		f2(32, sh, lwn),
	)
	return d.gazFeatures(i, lo, hi, out)
}

// Pair features score a (previous tag, tag) pair: their weights are
// indexed by prev*nTags+cur. pairFeatures appends those of token i; hist is
// the first pass's history label of token i (see history).
func (d *doc) pairFeatures(i int, hist uint8, out []uint64) []uint64 {
	out = append(out, fb(42, d.lw[i], 0), fb(43, d.shape[i], 0))
	if h := hist & histMajority; h != 0 {
		out = append(out, hbyte(fb(46, "", h), 0))
	}
	return out
}

// transFeature is the pair feature shared by every token: the transition.
var transFeature = hbyte(f1(40, ""), 0)

// histFeatures appends the static features of token i of the sentence
// [lo, hi) given the history labels of d.
func (d *doc) histFeatures(i, lo, hi int, hist []uint8, out []uint64) []uint64 {
	if h := hist[i]; h != 0 {
		maj := h & histMajority
		out = append(out, hbyte(f1(44, ""), maj), fb(45, d.shape[i], maj), hbyte(f1(47, ""), h))
	}
	if i > lo {
		if h := hist[i-1] & histMajority; h != 0 {
			out = append(out, hbyte(f1(48, ""), h))
		}
	}
	if i+1 < hi {
		if h := hist[i+1] & histMajority; h != 0 {
			out = append(out, hbyte(f1(49, ""), h))
		}
	}
	return out
}

// histMajority masks the majority label of a history label.
const histMajority = 7

// history computes for each token a summary of the labels the first pass
// gave other occurrences of the same capitalized word in the document: 0
// when the word occurs nowhere else; otherwise the low three bits hold
// the majority label (1+type, or nTypes+1 when mostly outside entities)
// and bit 3+k is set when label k (a type, or nTypes for outside) occurs.
func (d *doc) history(tags []uint8) []uint8 {
	type counts [nTypes + 1]int
	byWord := make(map[string]*counts)
	for i, w := range d.words {
		if !startsUpper(w) || len(w) < 2 {
			continue
		}
		c := byWord[d.lw[i]]
		if c == nil {
			c = new(counts)
			byWord[d.lw[i]] = c
		}
		if tags[i] == 0 {
			c[nTypes]++
		} else {
			c[tagType(tags[i])]++
		}
	}
	h := make([]uint8, len(d.words))
	for i, w := range d.words {
		if !startsUpper(w) || len(w) < 2 {
			continue
		}
		c := *byWord[d.lw[i]]
		if tags[i] == 0 {
			c[nTypes]--
		} else {
			c[tagType(tags[i])]--
		}
		best, bestN := -1, 0
		var mask uint8
		for t, n := range c {
			if n > bestN {
				best, bestN = t, n
			}
			if n > 0 {
				mask |= 1 << (3 + t)
			}
		}
		if best >= 0 {
			h[i] = uint8(best+1) | mask
		}
	}
	return h
}

// occurrences indexes the positions of capitalized words.
func (d *doc) occurrences() {
	d.occ = map[string][]int32{}
	for i, w := range d.words {
		if startsUpper(w) && len(w) > 1 {
			d.occ[d.lw[i]] = append(d.occ[d.lw[i]], int32(i))
		}
	}
}

// neighbourClass returns feature t of the class in clustering g of the
// word at j, or of a sentence boundary.
func (d *doc) neighbourClass(t byte, g, j int) uint64 {
	if j < 0 || j >= len(d.words) {
		return f1(t, bos)
	}
	return hcls(t, g, d.cl[j]>>(clusterBits*g)&(1<<clusterBits-1))
}

// neighbour returns feature t of the lower-cased word at j, or of a
// sentence boundary.
func (d *doc) neighbour(t byte, j int) uint64 {
	if j < 0 || j >= len(d.words) {
		return f1(t, bos)
	}
	return f1(t, d.lw[j])
}
