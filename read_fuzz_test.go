package chronograph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzRead reads data as a file of the given format and checks that the
// articles keep their invariants: valid UTF-8, spans inside the text.
func fuzzRead(t *testing.T, format string, data []byte) {
	arts, _ := readBytes("fuzz."+format, format, data)
	for _, a := range arts {
		checkArticle(t, a)
		if !utf8.ValidString(a.Text) {
			t.Fatalf("invalid UTF-8 text %q", a.Text)
		}
	}
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(`<html><head><title>T | S</title><meta property="og:title" content="O"></head><body><article><h1>O</h1><p>One.</p><ul><li>two</li></ul><script>x</script></article></body></html>`))
	f.Add([]byte(strings.Repeat("<div>", 600) + "deep text here" + strings.Repeat("</div>", 600)))
	f.Add([]byte("<p>Trumpâ€™s <nav>x</nav> <svg><p>y</p></svg> <time datetime=\"2025\">z</time>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "html", data) })
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte("{\"title\": \"A\", \"text\": \"One.\"}\n{bad\n{\"body\": \"<p>x</p>\", \"date\": 5}\n"))
	f.Add([]byte(`{"content": {"rendered": "a\u0000b"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "jsonl", data)
		fuzzRead(t, "json", data)
	})
}

func FuzzReadSGML(f *testing.F) {
	f.Add([]byte("<REUTERS NEWID=\"1\"><DATE>26-FEB-1987</DATE><TEXT><TITLE>T &lt;</TITLE><DATELINE>X, Feb 2 - </DATELINE><BODY>Body\n  text.\n Reuter\n&#3;</BODY></TEXT></REUTERS>"))
	f.Add([]byte("<REUTERS><REUTERS></REUTERS><BODY></BODY>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "sgml", data) })
}

func FuzzReadCAT(f *testing.F) {
	f.Add([]byte(`<Document doc_id="1" url="u"><token sentence="0" t_id="1">A</token><token sentence="1" t_id="2">b</token><Markables><TIMEX3 functionInDocument="CREATION_TIME" value="2008"/></Markables></Document>`))
	f.Add([]byte(`<Document><token sentence="x">a</token></Document>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "cat", data) })
}

func FuzzReadMarkdown(f *testing.F) {
	f.Add([]byte("---\ntitle: T\n---\n# H\n\n**b** _i_ [l](u) ![i](u)\n```\ncode\n```\n- item\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "markdown", data) })
}

func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("\xff\xfeH\x00i\x00"))
	f.Add([]byte("Caf\xe9 Trumpâ€™s đ¨đşđ¸"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := decodeText(data)
		if err == nil && !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 from %q", data)
		}
		if r := repairMojibake(s); !utf8.ValidString(r) {
			t.Fatalf("repair made invalid UTF-8 from %q", s)
		}
	})
}
