package chronograph

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestCleanRules(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		title  string
		header []string
		text   string
	}{
		{"first line is title",
			"Big News Today\n\nSomething happened on Monday.", "Big News Today", nil, "Something happened on Monday."},
		{"outlet dropped from a title line", "Big News From the Capital Today | The Outlet\nIt rained.", "Big News From the Capital Today", nil, "It rained."},
		{"date line before title goes to header",
			"05-05-2025\n\nBig News\n\nIt rained.", "Big News", []string{"05-05-2025"}, "It rained."},
		{"date lines", "Title\nMay 3, 2025\nSaturday, 3 May 2025 10:32 BST\nPublished: 2025-05-03\nDate: 05-05-2025\nBody text here.",
			"Title", []string{"May 3, 2025", "Saturday, 3 May 2025 10:32 BST", "Published: 2025-05-03", "Date: 05-05-2025"}, "Body text here."},
		{"sources line", "Title\nSources: foxnews.com: 1 | nytimes.com: 1\nBody text here.",
			"Title", []string{"Sources: foxnews.com: 1 | nytimes.com: 1"}, "Body text here."},
		{"date line below the body is dropped", "Title\nBody text here.\nMay 3, 2025\nMore text.",
			"Title", nil, "Body text here.\nMore text."},
		{"byline", "Title\nBy Jane Doe and John Roe\nBody text here.", "Title", []string{"By Jane Doe and John Roe"}, "Body text here."},
		{"sentence starting with By is kept", "Title\nBy the end of the year, prices rose.", "Title", nil, "By the end of the year, prices rose."},
		{"author label", "Title\nBody text here.\nAuthor\n", "Title", nil, "Body text here."},
		{"repeated headline dropped", "Big News Today\nBig News Today\nIt rained.", "Big News Today", nil, "It rained."},
		{"image block", "Title\nImage for cluster 6\nImage Source:\n\nSource: foxnews.com\n\nImage content: The image shows a stage.\nIt rained.",
			"Title", nil, "It rained."},
		{"ads and prompts", "Title\nIt rained.\nSummary based on\u00a025 sources\n\nGet a daily email with more World News stories\n\nMore Stories",
			"Title", nil, "It rained."},
		{"recommended block and after",
			"Title\nThe first paragraph is long enough to count as body text for the truncation rule.\nThe second paragraph is also long enough to count as body text for the rule.\nRecommended news\nWatch Out for Third Baseman Draft Pitfalls!\nMore junk.",
			"Title", nil, "The first paragraph is long enough to count as body text for the truncation rule.\nThe second paragraph is also long enough to count as body text for the rule."},
		{"section labels", "Title\nSummary\nIt rained.\nKey Points\nAt a Glance\nArticles in this Cluster\nIt snowed.",
			"Title", nil, "It rained.\nIt snowed."},
		{"web page furniture", "Title\nImage source, Getty Images\nImage caption, The president spoke.\nGetty Images\nPublished 3 hours ago\nIt rained.\nRelated Topics\n© 2025 BBC. All rights reserved.\nFollow us on Twitter",
			"Title", nil, "It rained."},
		{"metadata line", "Title\nIt rained.\nEntities: Claudia Sheinbaum, Donald Trump, drug cartelsTone: analyticalSentiment: neutralIntent: inform",
			"Title", nil, "It rained."},
		{"title-case headings", "Title\nIt rained.\nCooperation Without Military Intervention\nContext: Rising Tensions Over Drug Trafficking and Security\nIt snowed.",
			"Title", nil, "It rained.\nIt snowed."},
		{"outlet title lines", "Title\nIt rained.\nMexican president rejects Trump's offer of U.S. troops to combat drug cartels | Fox News\nTrump Says He Asked Mexico to Let U.S. Military In to Fight Cartels - The New York Times\nIt snowed.",
			"Title", nil, "It rained.\nIt snowed."},
		{"bullets kept as sentences", "Title\n  • Sheinbaum rejects troops.\n- Mexico has increased border security\n* Experts warn of “risks”\n1. First point",
			"Title", nil, "Sheinbaum rejects troops.\nMexico has increased border security.\nExperts warn of “risks”.\nFirst point."},
		{"sentence lacking a full stop", "Title\nThe talks went on until late in the evening without a deal",
			"Title", nil, "The talks went on until late in the evening without a deal."},
		{"broken sentence rejoined",
			"Title\nThe team qualified from Group\n\nbeat\n\nof South Africa 3-2 in Douala.\n, who broke the record, won.\nOn Tuesday,\n\nthey won.",
			"Title", nil, "The team qualified from Group beat of South Africa 3-2 in Douala.\nwho broke the record, won.\nOn Tuesday, they won."},
		{"title-case line with a lower-case verb is a sentence",
			"Title\nHalo 2 is out on 9 November in the US and 11 November in the UK",
			"Title", nil, "Halo 2 is out on 9 November in the US and 11 November in the UK."},
		{"no title for a long first paragraph",
			"This is a long opening paragraph that runs on for quite a while, with many words in it, more than any headline would ever have in it.\nIt rained.",
			"", nil, "This is a long opening paragraph that runs on for quite a while, with many words in it, more than any headline would ever have in it.\nIt rained."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cleanText(tt.in, "")
			if c.Title != tt.title {
				t.Errorf("title = %q, want %q", c.Title, tt.title)
			}
			if diff := cmp.Diff(tt.header, c.Header, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			if c.Text != tt.text {
				t.Errorf("text =\n%s\nwant\n%s", c.Text, tt.text)
			}
		})
	}
}

func TestCleanPosts(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		text   string
		blocks []string // "author|date|text"
	}{
		{"attribution line",
			"Title\nA long paragraph of the article itself that is well over the length of any post, so that the post detection stops at it and goes no further back than it should, which it must not do at all, since this is not part of the post but of the article, and the article is longer than any post can be.\n" +
				"🇺🇸 AMBASSADOR: STRIKES ON THE TABLE\nHe would not rule it out.\nWhen pressed… https://t.co/wqyBDQTWV3 pic.twitter.com/WCn9ctqaAF\n— Mario Nawfal (@MarioNawfal) March 14, 2025\nAfter the post.",
			"", []string{"Mario Nawfal|March 14, 2025|AMBASSADOR: STRIKES ON THE TABLE.\nHe would not rule it out.\nWhen pressed…"}},
		{"inline trailer and quoting post",
			"Title\nIt rained.\n\nQuintero has landed in New York now.\nAll 29 are looking at life in prison! 11:58 PM · Feb 27, 2025 @TomHoman_\nGetting hold of Quintero, a founder… https://t.co/1kuUQlS2KB\n— SubX.News🇺🇸 (@SubxNews) February 28, 2025",
			"It rained.\nQuintero has landed in New York now.\nAll 29 are looking at life in prison!\nGetting hold of Quintero, a founder…",
			[]string{"@TomHoman_|Feb 27, 2025|Quintero has landed in New York now.\nAll 29 are looking at life in prison!", "SubX.News|February 28, 2025|Getting hold of Quintero, a founder…"}},
		{"handle at line end and no date",
			"Title\nIt rained.\n\nWe did it @someone @other\n— Jane (@jane)",
			"It rained.\nWe did it.", []string{"Jane||We did it."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cleanText(tt.in, "")
			if tt.text != "" && c.Text != tt.text {
				t.Errorf("text =\n%s\nwant\n%s", c.Text, tt.text)
			}
			var got []string
			for i, b := range c.Blocks {
				got = append(got, b.Author+"|"+c.BlockDates[i]+"|"+c.Text[b.Start:b.End])
			}
			if diff := cmp.Diff(tt.blocks, got); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
			if strings.Contains(c.Text, "t.co") || strings.Contains(c.Text, "Nawfal") {
				t.Errorf("post markup left in text: %q", c.Text)
			}
		})
	}
}

func TestIsDateLine(t *testing.T) {
	for s, want := range map[string]bool{
		"May 3, 2025": true, "05-05-2025": true, "2025-05-05": true, "3rd May 2025": true,
		"Saturday, May 3, 2025 at 10:32 AM EDT": true, "Updated 10:32 AM": false, "2025": false,
		"May": false, "May the force be with you, 2025": false, "Sheinbaum on May 3, 2025": false,
	} {
		if got := isDateLine(s); got != want {
			t.Errorf("isDateLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBylines: a byline may end in the staff it credits.
func TestBylines(t *testing.T) {
	for s, want := range map[string]bool{
		"By Example Wire staff": true, "By Jane Doe": true, "By JANE DOE and John Roe | Reuters": true,
		"By Reuters reporters": true, "By the way, the talks failed": false, "By then the talks had failed.": false,
	} {
		if got := isHeaderLine(s); got != want {
			t.Errorf("isHeaderLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsPlaceDateLine: a dateline names a place and a date, nothing else.
func TestIsPlaceDateLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Brussels, March 12, 2025": true, "GENEVA — May 12, 2025": true, "New York, 3 May 2025": true,
		"Mexico City, Saturday, May 3, 2025": true,
		"Sheinbaum said, May 3, 2025":        false, "the capital, March 12, 2025": false, "Brussels, 2025": false,
		"Brussels, March 12, 2025, after talks": false,
	} {
		if got := isPlaceDateLine(s); got != want {
			t.Errorf("isPlaceDateLine(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzClean(f *testing.F) {
	f.Add("Title\nMay 3, 2025\n• A bullet\n— Jane (@jane) March 1, 2025\nText.")
	f.Add("x\n11:58 PM · Feb 27, 2025 @a\n\n")
	f.Add("Trumpâs đ¨đşđ¸ Â® ⌠")
	f.Fuzz(func(t *testing.T, s string) {
		c := cleanText(s, "")
		a := Article{Title: c.Title, Header: c.Header, Text: c.Text, Blocks: c.Blocks, BlockDates: c.BlockDates, Format: "text"}
		checkArticle(t, a)
	})
}
