package chronograph

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// magic lists file signatures of common binary formats, checked against the
// first bytes of a file.
var magic = []struct {
	prefix string
	name   string
}{
	{"%PDF", "PDF"},
	{"\x89PNG", "PNG"},
	{"\xff\xd8\xff", "JPEG"},
	{"GIF87a", "GIF"},
	{"GIF89a", "GIF"},
	{"\x1f\x8b", "gzip"},
	{"PK\x03\x04", "zip"},
	{"BZh", "bzip2"},
	{"\xfd7zXZ\x00", "xz"},
	{"7z\xbc\xaf\x27\x1c", "7z"},
	{"\x28\xb5\x2f\xfd", "zstd"},
	{"\x7fELF", "ELF"},
	{"RIFF", "RIFF"},
	{"\xd0\xcf\x11\xe0", "OLE"},
	{"SQLite format 3\x00", "SQLite"},
}

// sniffBinary returns the name of the binary format data looks like, or "" if
// it looks like text. Data starting with a UTF-16 byte order mark is text.
func sniffBinary(data []byte) string {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return ""
	}
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.name
		}
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "NUL bytes"
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctrl++
		}
	}
	if ctrl*10 > len(head) {
		return "control characters"
	}
	return ""
}

// decodeText converts a file's bytes to UTF-8 text: a UTF-8 byte order mark
// is stripped, UTF-16 with a byte order mark is converted, and bytes that are
// not valid UTF-8 are read as Windows-1252 (a superset of Latin-1's printable
// range). Binary data and empty input are errors. The result is valid UTF-8
// with mojibake repaired (see repairMojibake).
func decodeText(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	if kind := sniffBinary(data); kind != "" {
		return "", fmt.Errorf("%w (%s), not text", ErrBinary, kind)
	}
	var s string
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		s = strings.ToValidUTF8(string(data[3:]), "\uFFFD")
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		dec := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder()
		out, _, err := transform.Bytes(dec, data)
		if err != nil {
			return "", fmt.Errorf("bad UTF-16: %w", err)
		}
		s = strings.ToValidUTF8(string(out), "\uFFFD")
		if strings.ContainsRune(s, 0) {
			return "", fmt.Errorf("%w (NUL characters), not text", ErrBinary)
		}
	case utf8.Valid(data):
		s = string(data)
	default:
		s = decodeLatin(data)
	}
	if strings.TrimSpace(s) == "" {
		return "", ErrEmpty
	}
	return repairMojibake(s), nil
}

// decodeLatin reads bytes as Windows-1252, keeping any valid multi-byte UTF-8
// sequences as they are (files that mix both exist).
func decodeLatin(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 || r >= 0x80 && r < 0xa0 {
			// Invalid UTF-8: one Windows-1252 byte.
			b.WriteRune(charmap.Windows1252.DecodeByte(data[0]))
			data = data[1:]
			continue
		}
		b.WriteRune(r)
		data = data[n:]
	}
	return b.String()
}

// cp1252High reports whether r is what Windows-1252 decodes a byte 0x80-0xFF
// to, the alphabet of UTF-8-read-as-Windows-1252 mojibake.
func cp1252High(r rune) bool {
	if r >= 0x80 && r <= 0xff {
		return true
	}
	_, ok := charmap.Windows1252.EncodeRune(r)
	return ok && r > 0xff
}

// repairMojibake restores text that was UTF-8, decoded as Windows-1252 (or
// Latin-1) and encoded again: each run of characters from that alphabet
// whose Windows-1252 bytes form valid multi-byte UTF-8 is replaced by what
// they decode to ("Trumpâ€™s" -> "Trump’s", "Â®" -> "®", "Ã©" -> "é").
// Lossy mojibake, where the bytes 0x80-0x9F were dropped on the way, leaves
// a lone "â" for "’" or "—"; it is repaired only when the text shows the
// unambiguous apostrophe form ("Trumpâs", "wouldnât"), and "⌠" (the remains
// of "…") becomes "…". Valid text without such runs is returned unchanged.
func repairMojibake(s string) string {
	if !hasHigh(s) {
		return s
	}
	s = fixRuns(s)
	if strings.ContainsRune(s, 'â') {
		s = repairLossy(s)
	}
	if strings.ContainsRune(s, '⌠') {
		s = strings.ReplaceAll(s, "⌠", "…")
	}
	return s
}

// contractions are the endings that follow an apostrophe.
var contractions = map[string]bool{"s": true, "t": true, "d": true, "m": true, "ll": true, "re": true, "ve": true}

// repairLossy repairs the lone "â" that lossy mojibake leaves for "’" and
// "—". An "â" after a letter and before a contraction or possessive ending
// ("Trumpâs", "wouldnât") is an apostrophe; only if there is one, an "â"
// between two whole words ("cartelsâeven": at least 3 letters before, 2
// after) is a dash. A genuine â inside a word ("château", "pâté") stays.
func repairLossy(s string) string {
	type fix struct {
		at  int
		rep string
	}
	var fixes []fix
	apos := false
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "â")
		if j < 0 {
			break
		}
		at := i + j
		i = at + len("â")
		before := lettersBefore(s[:at])
		after := lettersAfter(s[i:])
		switch {
		case before > 0 && contractions[strings.ToLower(s[i:i+after])]:
			fixes = append(fixes, fix{at, "’"})
			apos = true
		case before >= 3 && utf8.RuneCountInString(s[i:i+after]) >= 2:
			fixes = append(fixes, fix{at, "—"})
		}
	}
	if !apos {
		return s
	}
	var b strings.Builder
	prev := 0
	for _, f := range fixes {
		b.WriteString(s[prev:f.at])
		b.WriteString(f.rep)
		prev = f.at + len("â")
	}
	b.WriteString(s[prev:])
	return b.String()
}

// lettersBefore returns how many letters end s.
func lettersBefore(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.IsLetter(r) || r == 'â' {
			break
		}
		n++
		s = s[:len(s)-size]
	}
	return n
}

// lettersAfter returns the byte length of the letters that start s.
func lettersAfter(s string) int {
	for i, r := range s {
		if !unicode.IsLetter(r) || r == 'â' {
			return i
		}
	}
	return len(s)
}

func hasHigh(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// fixRuns replaces mojibake runs, see repairMojibake.
func fixRuns(s string) string {
	var b strings.Builder
	changed := false
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !cp1252High(r) {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		// Collect a maximal run of mojibake-alphabet runes.
		j := i
		var raw []byte
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !cp1252High(r2) {
				break
			}
			c, _ := charmap.Windows1252.EncodeRune(r2)
			if r2 >= 0x80 && r2 < 0xa0 { // C1 control left by Latin-1 decoding
				c = byte(r2)
			}
			raw = append(raw, c)
			j += n2
		}
		if fixed, ok := decodeMojibakeRun(raw); ok {
			b.WriteString(fixed)
			changed = true
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	if !changed {
		return s
	}
	return b.String()
}

// decodeMojibakeRun decodes the Windows-1252 bytes of a run as UTF-8, keeping
// leading and trailing bytes that are not part of a multi-byte sequence as
// they were. It reports false when the run holds no complete multi-byte
// sequence or a broken one, so that genuine Latin-1 text ("café", "£5")
// stays as it is.
func decodeMojibakeRun(raw []byte) (string, bool) {
	var b strings.Builder
	seqs := 0
	for len(raw) > 0 {
		c := raw[0]
		if c < 0xc2 || c > 0xf4 {
			// Not a lead byte: keep the character it stood for.
			if seqs == 0 && len(raw) > 1 {
				return "", false
			}
			if c >= 0x80 && c < 0xa0 {
				return "", false
			}
			b.WriteRune(charmap.Windows1252.DecodeByte(c))
			raw = raw[1:]
			continue
		}
		r, n := utf8.DecodeRune(raw)
		if r == utf8.RuneError || n < 2 {
			return "", false
		}
		if !unicode.IsPrint(r) && !unicode.IsSpace(r) && r != 0x200d && r != 0xfe0f {
			return "", false
		}
		b.WriteRune(r)
		seqs++
		raw = raw[n:]
	}
	return b.String(), seqs > 0
}
