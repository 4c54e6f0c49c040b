package chronograph

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped are the elements whose content is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Svg: true, atom.Template: true, atom.Iframe: true,
	atom.Figcaption: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Head: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
	atom.Math: true, atom.Dialog: true, atom.Menu: true,
}

// blockElems are the elements that start and end a line.
var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Table: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Main: true, atom.Blockquote: true, atom.Pre: true, atom.Hr: true,
	atom.Address: true, atom.Figure: true, atom.Details: true, atom.Summary: true, atom.Center: true,
	atom.Body: true, atom.Html: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

var headings = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

var ldDateRe = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{4,40})"`)

// readHTML reads an HTML page: its visible text (the largest <article>, else
// <main>, else <body>), split into lines at block elements, then cleaned;
// headings are kept out of the text. Metadata: og:title or <title> (or the
// first <h1>) as Title, og:url or the canonical link as URL, and the date
// from article:published_time, meta name=date/pubdate/publish-date,
// itemprop=datePublished, JSON-LD datePublished or the first
// <time datetime>. The tree is walked without recursion, so deep nesting
// is safe.
func readHTML(text string) Article {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// The parser refuses nesting deeper than 512 elements: read the
		// page as a stream of tokens instead.
		return readHTMLTokens(text)
	}
	var a Article
	m := htmlMeta(doc)
	a.URL = m.url
	a.Date = m.date
	title := m.ogTitle
	if title == "" {
		title = siteTitle(m.title)
	}
	if title == "" {
		title = m.h1
	}
	root := m.body
	if m.article != nil {
		root = m.article
	} else if m.main != nil {
		root = m.main
	}
	var lines []srcLine
	if root != nil {
		lines = htmlLines(root)
	}
	c := clean(lines, title, false)
	a.Title, a.Header, a.Text, a.Blocks, a.BlockDates = c.Title, c.Header, c.Text, c.Blocks, c.BlockDates
	return a
}

// siteTitle drops an " | Site" or " - Site" suffix from a <title>.
func siteTitle(t string) string {
	t = normalizeSpace(t)
	for _, sep := range []string{" | ", " - ", " — ", " – "} {
		if i := strings.LastIndex(t, sep); i > 0 && len(t)-i < 40 && i > len(t)-i {
			return t[:i]
		}
	}
	return t
}

type pageMeta struct {
	title, ogTitle, h1, url, date string
	body, main, article           *html.Node
}

// htmlMeta collects a page's metadata and its candidate content roots.
func htmlMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var timeDate, metaDate, ldDate, updatedDate string
	bestArticle := 0
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" {
					m.title = textOf(n)
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title":
					if m.ogTitle == "" {
						m.ogTitle = normalizeSpace(val)
					}
				case "og:url":
					if m.url == "" {
						m.url = val
					}
				case "article:published_time", "datepublished", "date", "pubdate", "publish-date",
					"publishdate", "publication_date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date":
					if metaDate == "" {
						metaDate = val
					}
				case "og:updated_time", "article:modified_time", "datemodified", "last-modified":
					// a page that gives only when it was last updated: no
					// earlier than the story, better than no date
					if updatedDate == "" {
						updatedDate = val
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = attr(n, "href")
				}
			case atom.Time:
				if timeDate == "" {
					timeDate = strings.TrimSpace(attr(n, "datetime"))
				}
			case atom.Script:
				if ldDate == "" && strings.Contains(attr(n, "type"), "ld+json") {
					if mm := ldDateRe.FindStringSubmatch(textOf(n)); mm != nil {
						ldDate = mm[1]
					}
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = normalizeSpace(textOf(n))
				}
			case atom.Body:
				m.body = n
			case atom.Main:
				if m.main == nil {
					m.main = n
				}
			case atom.Article:
				if l := len(textOf(n)); l > bestArticle {
					m.article, bestArticle = n, l
				}
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	for _, d := range []string{metaDate, ldDate, timeDate, updatedDate} {
		if d != "" {
			m.date = d
			break
		}
	}
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns all text under n, without recursion.
func textOf(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return b.String()
}

// htmlLines returns the visible text under root as lines: block elements
// break lines, skipped elements and hidden ones contribute nothing, list
// items become bullet lines and headings heading lines.
func htmlLines(root *html.Node) []srcLine {
	var lines []srcLine
	var cur strings.Builder
	kind := plainLine
	flush := func() {
		if t := normalizeSpace(cur.String()); t != "" {
			lines = append(lines, srcLine{text: t, kind: kind})
			kind = plainLine
		}
		cur.Reset()
	}
	// A stack entry is a node to enter, or (exit) the end of an element.
	type item struct {
		n    *html.Node
		exit bool
	}
	stack := []item{{n: root}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.n
		if it.exit {
			if blockElems[n.DataAtom] {
				flush()
				if headings[n.DataAtom] || n.DataAtom == atom.Li {
					kind = plainLine
				}
				if n.DataAtom == atom.Blockquote {
					lines = append(lines, srcLine{}) // a quoted post ends here
				}
			}
			continue
		}
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			continue
		case html.ElementNode:
			if skipped[n.DataAtom] || hidden(n) {
				continue
			}
			if n.DataAtom == atom.Img {
				continue
			}
			if blockElems[n.DataAtom] {
				flush()
				if n.DataAtom == atom.Blockquote {
					lines = append(lines, srcLine{}) // a quoted post starts here
				}
				switch {
				case headings[n.DataAtom]:
					kind = headingLine
				case n.DataAtom == atom.Li:
					kind = bulletLine
				}
			}
			if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
				cur.WriteByte(' ')
			}
			stack = append(stack, item{n: n, exit: true})
		case html.DocumentNode:
		default:
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, item{n: c})
		}
	}
	flush()
	return lines
}

// hidden reports whether an element is hidden from readers.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// readHTMLTokens reads a page the parser refused, token by token: the same
// visible-text rules as readHTML without the tree (no <article> selection),
// in memory bounded by the number of open skipped elements.
func readHTMLTokens(text string) Article {
	z := html.NewTokenizer(strings.NewReader(text))
	var a Article
	var lines []srcLine
	var cur strings.Builder
	kind := plainLine
	flush := func() {
		if t := normalizeSpace(cur.String()); t != "" {
			lines = append(lines, srcLine{text: t, kind: kind})
			kind = plainLine
		}
		cur.Reset()
	}
	var skipping []atom.Atom // open skipped elements
	inTitle := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.TextToken:
			if inTitle && a.Title == "" {
				a.Title = siteTitle(tok.Data)
			}
			if len(skipping) == 0 && !inTitle {
				cur.WriteString(tok.Data)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			if tok.DataAtom == atom.Title {
				inTitle = tt == html.StartTagToken
				continue
			}
			if tok.DataAtom == atom.Meta {
				n := &html.Node{Attr: tok.Attr}
				key := strings.ToLower(attr(n, "property") + attr(n, "name"))
				if (key == "article:published_time" || key == "date" || key == "pubdate") && a.Date == "" {
					a.Date = strings.TrimSpace(attr(n, "content"))
				}
			}
			if skipped[tok.DataAtom] && tok.DataAtom != atom.Head && tt == html.StartTagToken {
				skipping = append(skipping, tok.DataAtom)
				continue
			}
			if len(skipping) == 0 && blockElems[tok.DataAtom] {
				flush()
				switch {
				case headings[tok.DataAtom]:
					kind = headingLine
				case tok.DataAtom == atom.Li:
					kind = bulletLine
				}
			}
		case html.EndTagToken:
			if tok.DataAtom == atom.Title {
				inTitle = false
				continue
			}
			if n := len(skipping); n > 0 {
				if skipping[n-1] == tok.DataAtom {
					skipping = skipping[:n-1]
				}
				continue
			}
			if blockElems[tok.DataAtom] {
				flush()
				if headings[tok.DataAtom] || tok.DataAtom == atom.Li {
					kind = plainLine
				}
			}
		}
	}
	flush()
	c := clean(lines, a.Title, false)
	a.Title, a.Header, a.Text, a.Blocks, a.BlockDates = c.Title, c.Header, c.Text, c.Blocks, c.BlockDates
	return a
}
