package ner

import (
	"bufio"
	"fmt"
	"io"
	"math/bits"
	"strings"
)

// NameList is an external list of names of one kind (cities, first
// names, nationalities, ...) for Train: one name a line, in the case it is
// usually written; empty lines and lines starting with '#' are skipped.
type NameList struct {
	// Name names the list in errors.
	Name string
	// R reads the list.
	R io.Reader
}

// maxNameLists is how many lists a model can hold: a token's list bits
// are 4 positions (B, I, L, U) of each list in a uint64, and one bit of an
// entry's mask marks prefixes of longer names.
const maxNameLists = 15

// nameMaxTokens is the length in tokens beyond which a name is dropped.
const nameMaxTokens = 8

// prefixBit marks an entry that is the prefix of a longer name.
const prefixBit = 1 << maxNameLists

// nameLists holds the names of external lists as hashes of their
// lower-cased token sequences (gazAdd), each with the bit mask of the
// lists it is in, and prefixBit when a longer name continues it.
type nameLists struct {
	entries map[uint64]uint16
	maxLen  int
}

// buildNameLists reads lists, list k giving bit k.
func buildNameLists(lists []NameList) (nameLists, error) {
	nl := nameLists{entries: map[uint64]uint16{}}
	if len(lists) > maxNameLists {
		return nl, fmt.Errorf("ner: %d name lists, at most %d", len(lists), maxNameLists)
	}
	for k, l := range lists {
		sc := bufio.NewScanner(l.R)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || line[0] == '#' {
				continue
			}
			toks, _ := tokenize(line)
			if len(toks) == 0 || len(toks) > nameMaxTokens {
				continue
			}
			h := uint64(fnvOffset)
			for i, t := range toks {
				h = gazAdd(h, strings.ToLower(t.Text))
				if i < len(toks)-1 {
					nl.entries[h] |= prefixBit
				}
			}
			nl.entries[h] |= 1 << k
			nl.maxLen = max(nl.maxLen, len(toks))
		}
		if err := sc.Err(); err != nil {
			return nl, fmt.Errorf("ner: read name list %s: %w", l.Name, err)
		}
	}
	return nl, nil
}

// mark sets d.names: for each list independently, the longest matches
// left to right, their tokens getting bit 4*list+pos (B, I, L, U). A match
// starts and ends with a capitalized word or a number.
func (nl *nameLists) mark(d *doc) {
	if len(nl.entries) == 0 {
		return
	}
	for _, s := range d.sents {
		var free [maxNameLists]int // where each list may match next
		for i := s[0]; i < s[1]; i++ {
			if !startsUpperOrDigit(d.words[i]) {
				continue
			}
			var best [maxNameLists]int
			var found uint16
			h := uint64(fnvOffset)
			for l := 1; l <= nl.maxLen && i+l <= s[1]; l++ {
				h = gazAdd(h, d.lw[i+l-1])
				m, ok := nl.entries[h]
				if !ok {
					break
				}
				if m &^= prefixBit; m != 0 && startsUpperOrDigit(d.words[i+l-1]) {
					found |= m
					for ; m != 0; m &= m - 1 {
						best[bits.TrailingZeros16(m)] = l
					}
				}
			}
			for ; found != 0; found &= found - 1 {
				k := bits.TrailingZeros16(found)
				if i < free[k]+s[0] {
					continue
				}
				l := best[k]
				free[k] = i + l - s[0]
				markSpan(d.names, i, l, 4*k)
			}
		}
	}
}

// listsOf folds name-list bits (4 positions a list) into one bit a list.
func listsOf(b uint64) uint16 {
	var m uint16
	for ; b != 0; b &= b - 1 {
		m |= 1 << (bits.TrailingZeros64(b) / 4)
	}
	return m
}

// nameFeatures appends the name-list features of token i of the sentence
// [lo, hi): its lists and positions in them, alone, with its shape and
// with how often the word is written in lower case (a town named March),
// and the lists of its neighbours.
func (d *doc) nameFeatures(i, lo, hi int, out []uint64) []uint64 {
	if b := d.names[i]; b != 0 {
		sh := d.shape[i]
		for ; b != 0; b &= b - 1 {
			k := byte(bits.TrailingZeros64(b))
			out = append(out, fb(80, "", k), fb(81, sh, k), hbyte(fb(83, "", k), d.lr[i]))
		}
	}
	if i > lo && d.names[i-1] != 0 {
		for m := listsOf(d.names[i-1]); m != 0; m &= m - 1 {
			out = append(out, fb(82, "p", byte(bits.TrailingZeros16(m))))
		}
	}
	if i+1 < hi && d.names[i+1] != 0 {
		for m := listsOf(d.names[i+1]); m != 0; m &= m - 1 {
			out = append(out, fb(82, "n", byte(bits.TrailingZeros16(m))))
		}
	}
	return out
}
