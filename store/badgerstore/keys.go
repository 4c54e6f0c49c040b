package badgerstore

import (
	"bytes"
	"fmt"
	"strconv"
)

// The key layout; doc.go explains it.
const (
	keyVersion = "version"
	keyGen     = "gen"
	prefixDoc  = "doc/"
	prefixGen  = "g/"

	genWidth  = 16 // hex digits of a generation number
	rankWidth = 10 // decimal digits of the ranks ReplaceGraph gives events in their run

	// kinds of generation keys, after "g/<gen>/"
	kindMeta  = "meta"
	kindEnt   = "ent/"
	kindEvt   = "evt/"
	kindEID   = "eid/"
	kindAlias = "alias/"
	kindPart  = "part/"
	kindRun   = "run/"
	kindState = "st/"

	sep = 0 // separates the two halves of an index key
)

// FormatVersion is the on-disk format this package writes and reads. Open
// refuses a database with a higher version (store.ErrVersion) and migrates a
// lower one in place when opened read-write.
const FormatVersion = 2

func docKey(id string) []byte { return []byte(prefixDoc + id) }

// genPrefix returns "g/<gen>/".
func genPrefix(gen uint64) []byte {
	return fmt.Appendf(nil, "%s%0*x/", prefixGen, genWidth, gen)
}

func genKey(gen uint64, kind string, parts ...string) []byte {
	k := append(genPrefix(gen), kind...)
	for i, p := range parts {
		if i > 0 {
			k = append(k, sep)
		}
		k = append(k, p...)
	}
	return k
}

// An event's order key places it in the timeline: its date's sort key
// (graph.Date.SortKey), a separator, and its rank among the events of that
// sort key (its run): a string of decimal digits, compared as a string, so
// that a rank can always be found between two others ("0000002048" <
// "00000020485" < "0000002049"). Order keys sort as timeline.Order orders
// events; an event added to a run moves no other event.
func orderKey(sortKey, rank string) string { return sortKey + string(rune(sep)) + rank }

// rankSpacing is the gap ReplaceGraph leaves between the ranks of
// neighbouring events, rankWidth digits wide, so that events added later
// find room between them without longer ranks.
const rankSpacing = 1024

// spacedRank returns the rank ReplaceGraph gives the i-th event of a run.
func spacedRank(i int) string { return fmt.Sprintf("%0*d", rankWidth, (i+1)*rankSpacing) }

// parseOrderKey splits an order key into its sort key and rank.
func parseOrderKey(k []byte) (sortKey, rank string, err error) {
	i := bytes.IndexByte(k, sep)
	if i <= 0 || i == len(k)-1 || bytes.IndexFunc(k[i+1:], func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return "", "", fmt.Errorf("badgerstore: bad event order key %q", printable(k))
	}
	return string(k[:i]), string(k[i+1:]), nil
}

func metaKey(gen uint64) []byte            { return genKey(gen, kindMeta) }
func entKey(gen uint64, id string) []byte  { return genKey(gen, kindEnt, id) }
func evtKey(gen uint64, ok string) []byte  { return genKey(gen, kindEvt, ok) }
func eidKey(gen uint64, id string) []byte  { return genKey(gen, kindEID, id) }
func runKey(gen uint64, sk string) []byte  { return genKey(gen, kindRun, sk) }
func stateKey(gen uint64, k string) []byte { return genKey(gen, kindState, k) }
func aliasPrefix(gen uint64, name string) []byte {
	return append(genKey(gen, kindAlias, name), sep)
}
func aliasKey(gen uint64, name, id string) []byte { return genKey(gen, kindAlias, name, id) }
func partPrefix(gen uint64, id string) []byte     { return append(genKey(gen, kindPart, id), sep) }
func partKey(gen uint64, id, ok string) []byte    { return genKey(gen, kindPart, id, ok) }

// parseGen reads the generation of a key under "g/", or false.
func parseGen(k []byte) (uint64, bool) {
	if !bytes.HasPrefix(k, []byte(prefixGen)) || len(k) < len(prefixGen)+genWidth+1 ||
		k[len(prefixGen)+genWidth] != '/' {
		return 0, false
	}
	g, err := strconv.ParseUint(string(k[len(prefixGen):len(prefixGen)+genWidth]), 16, 64)
	return g, err == nil
}

func encodeGen(g uint64) []byte { return fmt.Appendf(nil, "%0*x", genWidth, g) }

func decodeGen(v []byte) (uint64, error) {
	if len(v) != genWidth {
		return 0, fmt.Errorf("badgerstore: bad generation %q", v)
	}
	g, err := strconv.ParseUint(string(v), 16, 64)
	if err != nil {
		return 0, fmt.Errorf("badgerstore: bad generation %q", v)
	}
	return g, nil
}

// splitIndex splits the rest of an index key, after its prefix up to the
// kind, into its two halves (an alias index key's name and entity ID).
func splitIndex(rest []byte) (a, b []byte, ok bool) {
	i := bytes.IndexByte(rest, sep)
	if i < 0 || bytes.IndexByte(rest[i+1:], sep) >= 0 {
		return nil, nil, false
	}
	return rest[:i], rest[i+1:], true
}

// printable renders a key for a Problem: the separator byte shows as "|".
func printable(k []byte) string {
	return string(bytes.ReplaceAll(k, []byte{sep}, []byte{'|'}))
}

// splitPart splits the rest of a participant index key into the entity ID
// and the event's order key.
func splitPart(rest []byte) (id, ok []byte, found bool) {
	i := bytes.IndexByte(rest, sep)
	if i < 0 {
		return nil, nil, false
	}
	return rest[:i], rest[i+1:], true
}
