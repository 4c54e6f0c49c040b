package chronograph

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// want is what a format test checks of one article.
type want struct {
	Record int
	Title  string
	Date   string
	URL    string
	DocID  string
	Header []string
	Text   string
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadFormats(t *testing.T) {
	tests := []struct {
		name, file, in string
		format         string
		want           []want
	}{
		{"text", "a.txt", "Headline Here\n\nMay 3, 2025\n\nIt rained in Paris.\n",
			"text", []want{{Title: "Headline Here", Header: []string{"May 3, 2025"}, Text: "It rained in Paris."}}},
		{"text CRLF", "a.text", "Headline\r\n\r\nIt rained.\r\nIt snowed.\r\n",
			"text", []want{{Title: "Headline", Text: "It rained.\nIt snowed."}}},
		{"markdown", "a.md", "---\ntitle: \"Front Title\"\ndate: 2025-05-03\nurl: https://x.test/a\n---\n# Heading One\n\nSome **bold** and _emph_ text with a [link](https://x.test) here.\n\n![img](a.png)\n\n```go\ncode()\n```\n\n## Section\n\n- a bullet item\n> quoted words here.\n\n[ref]: https://x.test\n",
			"markdown", []want{{Title: "Front Title", Date: "2025-05-03", URL: "https://x.test/a",
				Text: "Some bold and emph text with a link here.\na bullet item.\nquoted words here."}}},
		{"markdown metadata block", "a.md", "Title: Hutchison agrees to sell ports\nDate: 2025-03-05\nAuthor: Staff\n\nHONG KONG — The deal was signed.\n",
			"markdown", []want{{Title: "Hutchison agrees to sell ports", Date: "2025-03-05", Text: "HONG KONG — The deal was signed."}}},
		{"markdown paragraph opening with a label", "a.md", "Note: the talks failed.\n\nThey resume Monday.\n",
			"markdown", []want{{Text: "Note: the talks failed.\nThey resume Monday."}}},
		{"text with a staff byline and a dateline", "b.txt", "Fed holds rates\nBy Example Wire staff\nWASHINGTON, March 19, 2025\n\nThe Fed held rates.\n",
			"text", []want{{Title: "Fed holds rates", Header: []string{"By Example Wire staff", "WASHINGTON, March 19, 2025"}, Text: "The Fed held rates."}}},
		{"text with a post-style time labelled as the article's", "c.txt", "Regulators open probe\n\nPosted 11:58 PM · Feb 27, 2026\n\nThe board opened a review.\n",
			"text", []want{{Title: "Regulators open probe", Header: []string{"Posted 11:58 PM · Feb 27, 2026"}, Text: "The board opened a review."}}},
		{"markdown date line after a one-line standfirst", "g.md", "# UK unveils plan\n\n*Home Office announces changes*\n\n**Mon 12 May 2025 14.30 BST**\n\nThe government set out plans.\n",
			"markdown", []want{{Title: "UK unveils plan", Header: []string{"Mon 12 May 2025 14.30 BST"}, Text: "Home Office announces changes.\nThe government set out plans."}}},
		{"text with a labelled date closing it", "u.txt", "Drones strike refinery\n\nKYIV (AP) — Drones struck a refinery.\n\nUpdated Sept. 21, 2025, 9:14 a.m. ET\n",
			"text", []want{{Title: "Drones strike refinery", Header: []string{"Updated Sept. 21, 2025, 9:14 a.m. ET"}, Text: "KYIV (AP) — Drones struck a refinery."}}},
		{"text with a bare date closing it", "v.txt", "Court lets Trump fire commissioner\n\nWASHINGTON (AP) — The Supreme Court on Monday allowed it.\n\nSept. 22, 2025\n",
			"text", []want{{Title: "Court lets Trump fire commissioner", Header: []string{"Sept. 22, 2025"}, Text: "WASHINGTON (AP) — The Supreme Court on Monday allowed it."}}},
		{"text whose last sentence holds a date keeps it", "w.txt", "Report\n\nSales rose.\n\nThe deal closed on Sept. 22, 2025.\n",
			"text", []want{{Title: "Report", Text: "Sales rose.\nThe deal closed on Sept. 22, 2025."}}},
		{"markdown wrapped paragraph and heading title", "a.markdown", "# The Title\n\nFirst line of a paragraph\ncontinues here.\n\nSnake_case_word stays.\n",
			"markdown", []want{{Title: "The Title", Text: "First line of a paragraph continues here.\nSnake_case_word stays."}}},
		{"html", "a.html", `<!doctype html><html><head><title>Page Title | Site</title>
<meta property="og:title" content="OG Title"><meta property="article:published_time" content="2025-05-03T10:00:00Z">
<link rel="canonical" href="https://x.test/p"><style>p{color:red}</style><script>var x = "<p>no</p>";</script></head>
<body><nav><a>Home</a> <a>World</a></nav><article><h1>OG Title</h1><p>First <b>para</b>graph text.</p>
<figure><img src="a.png"><figcaption>A caption here.</figcaption></figure>
<ul><li>Point one</li><li>Point two.</li></ul><aside>Related junk.</aside><p hidden>Hidden text.</p>
<form>Sign in to comment.</form><noscript>Enable JS.</noscript><p>Last&nbsp;one&amp;done.</p></article>
<footer>Copyright footer text.</footer></body></html>`,
			"html", []want{{Title: "OG Title", Date: "2025-05-03T10:00:00Z", URL: "https://x.test/p",
				Text: "First paragraph text.\nPoint one.\nPoint two.\nLast one&done."}}},
		{"html with only the page's update time", "u.html", `<html><head><title>Dodgers repeat</title><meta property="og:updated_time" content="2025-11-02T04:10:00Z"></head><body><p>The Dodgers won.</p></body></html>`,
			"html", []want{{Title: "Dodgers repeat", Date: "2025-11-02T04:10:00Z", Text: "The Dodgers won."}}},
		{"html with a publication time before its update time", "p.html", `<html><head><title>T</title><meta property="og:updated_time" content="2025-11-03T04:10:00Z"><meta property="article:published_time" content="2025-11-02T01:00:00Z"></head><body><p>It rained.</p></body></html>`,
			"html", []want{{Title: "T", Date: "2025-11-02T01:00:00Z", Text: "It rained."}}},
		{"html time element and title", "a.htm", `<html><head><title>Only Title - Outlet</title></head><body><p>By Jane Doe</p><time datetime="2025-05-03">May 3</time><p>It rained.</p></body></html>`,
			"html", []want{{Title: "Only Title", Date: "2025-05-03", Header: []string{"By Jane Doe", "May 3"}, Text: "It rained."}}},
		{"json object", "a.json", `{"headline": "J Title", "datePublished": "2025-05-03", "link": "https://x.test/j", "body": "It rained.\n\nIt snowed."}`,
			"json", []want{{Title: "J Title", Date: "2025-05-03", URL: "https://x.test/j", Text: "It rained.\nIt snowed."}}},
		{"json array with html body", "a.json", `[{"title": "A", "text": "<p>One.</p><p>Two more words here</p>"}, {"title": "B", "content": {"rendered": "Three."}, "published_at": 20250503}]`,
			"json", []want{{Record: 1, Title: "A", Text: "One.\nTwo more words here."}, {Record: 2, Title: "B", Date: "20250503", Text: "Three."}}},
		{"json paragraphs array", "p.json", `{"title": "P", "body": ["One.", "Two more words here."]}`,
			"json", []want{{Title: "P", Text: "One.\nTwo more words here."}}},
		{"json wrapped array", "a.json", `{"articles": [{"title": "A", "text": "One."}]}`,
			"json", []want{{Record: 1, Title: "A", Text: "One."}}},
		{"jsonl", "a.jsonl", "{\"title\": \"A\", \"text\": \"One.\", \"url\": \"u1\"}\n\n{\"title\": \"B\", \"text\": \"Two.\", \"date\": \"2025-01-02\"}\n",
			"jsonl", []want{{Record: 1, Title: "A", URL: "u1", Text: "One."}, {Record: 3, Title: "B", Date: "2025-01-02", Text: "Two."}}},
		{"ndjson", "a.ndjson", "{\"text\": \"One.\"}",
			"jsonl", []want{{Record: 1, Text: "One."}}},
		{"sgml", "a.sgm", `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone &lt;alleviating&gt; the drought.
    The dry period means the temporao will be late.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="2"><DATE>26-FEB-1987 15:02:20.00</DATE><TEXT TYPE="BRIEF"><TITLE>NO BODY</TITLE></TEXT></REUTERS>
<REUTERS NEWID="3"><DATE>26-FEB-1987 15:03:27.51</DATE><TEXT><TITLE>TABLE</TITLE><BODY>Shr 34 cts vs 1.19 dlrs
    Net 3,007,000 vs 4,832,000
    Sales 68.9 mln vs 66.3 mln
 Reuter
&#3;</BODY></TEXT></REUTERS>
`, "sgml", []want{
			{Record: 1, DocID: "1", Title: "BAHIA COCOA REVIEW", Date: "26-FEB-1987 15:01:01.79", Header: []string{"SALVADOR, Feb 26"},
				Text: "Showers continued throughout the week in the Bahia cocoa zone <alleviating> the drought.\nThe dry period means the temporao will be late."},
			{Record: 3, DocID: "3", Title: "TABLE", Date: "26-FEB-1987 15:03:27.51",
				Text: "Shr 34 cts vs 1.19 dlrs\nNet 3,007,000 vs 4,832,000\nSales 68.9 mln vs 66.3 mln"},
		}},
		{"cat", "a.xml", `<?xml version="1.0" ?><Document doc_id="10718" doc_name="10718_Apple_to_lower.txt" src_url="http://x.test/a">
<token number="0" sentence="0" t_id="1">Apple</token><token number="1" sentence="0" t_id="2">to</token><token number="2" sentence="0" t_id="3">lower</token>
<token number="3" sentence="1" t_id="4">January</token><token number="4" sentence="1" t_id="5">09</token><token number="5" sentence="1" t_id="6">,</token><token number="6" sentence="1" t_id="7">2008</token>
<token number="7" sentence="2" t_id="8">Prices</token><token number="8" sentence="2" t_id="9">fell</token><token number="9" sentence="2" t_id="10">.</token>
<Markables><TIMEX3 functionInDocument="CREATION_TIME" m_id="23" type="DATE" value="2008-01-09"/></Markables></Document>`,
			"cat", []want{{DocID: "10718", Title: "Apple to lower", URL: "http://x.test/a", Date: "2008-01-09", Header: []string{"January 09 , 2008"},
				Text: "Apple to lower\nJanuary 09 , 2008\nPrices fell ."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, tt.file, tt.in)
			arts, err := ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			var got []want
			for _, a := range arts {
				checkArticle(t, a)
				if a.Format != tt.format || a.Path != p {
					t.Errorf("format, path = %q, %q; want %q, %q", a.Format, a.Path, tt.format, p)
				}
				if len(a.Raw) == 0 {
					t.Error("no raw bytes")
				}
				got = append(got, want{Record: a.Record, Title: a.Title, Date: a.Date, URL: a.URL, DocID: a.DocID, Header: a.Header, Text: a.Text})
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadCATSentences(t *testing.T) {
	p := writeFile(t, "a.naf", `<Document doc_id="1"><token sentence="0" t_id="1">Title</token><token sentence="2" t_id="2">Hello</token><token sentence="2" t_id="3">.</token><token sentence="3" t_id="4">Bye</token></Document>`)
	arts, err := ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	var sents []string
	for _, s := range a.Sentences {
		sents = append(sents, a.Text[s.Start:s.End])
	}
	if diff := cmp.Diff([]string{"Title", "Hello .", "Bye"}, sents); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{0, 2, 3}, a.SentenceIDs); diff != "" {
		t.Errorf("sentence IDs (-want +got):\n%s", diff)
	}
}

func TestReadRecordRawIsRecord(t *testing.T) {
	p := writeFile(t, "a.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n")
	arts, err := ReadFile(p)
	if err != nil || len(arts) != 2 {
		t.Fatalf("got %d articles, %v", len(arts), err)
	}
	if arts[0].ID() == arts[1].ID() || !strings.Contains(string(arts[1].Raw), "Two") {
		t.Errorf("records share an ID or raw bytes: %q %q", arts[0].Raw, arts[1].Raw)
	}
}

func TestReadHTMLEmbeddedPost(t *testing.T) {
	p := writeFile(t, "post.html", `<html><head><title>Story</title></head><body><article><h1>Story</h1>
<p>The ambassador spoke on Friday.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">🇺🇸 Strikes are on the table. <a href="https://t.co/x">https://t.co/x</a> <a href="https://twitter.com/x">pic.twitter.com/WCn9ctqaAF</a></p>&mdash; Mario Nawfal (@MarioNawfal) <a href="https://twitter.com/x/status/1">March 14, 2025</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js"></script>
<p>Officials did not respond.</p></article></body></html>`)
	arts, err := ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	checkArticle(t, a)
	if want := "The ambassador spoke on Friday.\nStrikes are on the table.\nOfficials did not respond."; a.Text != want {
		t.Errorf("text = %q, want %q", a.Text, want)
	}
	if len(a.Blocks) != 1 || a.Text[a.Blocks[0].Start:a.Blocks[0].End] != "Strikes are on the table." ||
		a.Blocks[0].Author != "Mario Nawfal" || a.BlockDates[0] != "March 14, 2025" {
		t.Errorf("blocks = %+v dates %q", a.Blocks, a.BlockDates)
	}
}
