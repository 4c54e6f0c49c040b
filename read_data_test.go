package chronograph

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReadCATCorpora reads every CAT document of the SemEval-2015 task 4
// trial corpus and of MEANTIME (English, apple topic) and checks the rebuilt
// text against the token count, the title, the ids and the creation time.
func TestReadCATCorpora(t *testing.T) {
	for _, dir := range [][]string{
		{"semeval2015-task4-timeline", "Corpus-trial-data_task4"},
		{"meantime-english", "intra-doc_annotation"},
	} {
		t.Run(dir[0], func(t *testing.T) {
			root := sharedData(t, dir...)
			tokenRe := regexp.MustCompile(`<token [^>]*>`)
			docs, withDCT := 0, 0
			err := Walk(context.Background(), []string{root}, func(a Article) error {
				docs++
				checkArticle(t, a)
				if a.Format != "cat" || a.DocID == "" || a.URL == "" || a.Title == "" {
					t.Errorf("%s: format %q doc id %q url %q title %q", a.Path, a.Format, a.DocID, a.URL, a.Title)
				}
				if a.Date != "" {
					withDCT++
				}
				if a.SentenceIDs[0] != 0 || a.Title != a.Text[:a.Sentences[0].End] {
					t.Errorf("%s: title %q is not sentence 0", a.Path, a.Title)
				}
				raw, _ := os.ReadFile(a.Path)
				if n := len(tokenRe.FindAll(raw, -1)); n != len(strings.Fields(a.Text)) {
					t.Errorf("%s: %d tokens in the file, %d words in the text", a.Path, n, len(strings.Fields(a.Text)))
				}
				if len(a.Sentences) != strings.Count(a.Text, "\n")+1 || len(a.Sentences) != len(a.SentenceIDs) {
					t.Errorf("%s: %d sentences, %d ids, %d lines", a.Path, len(a.Sentences), len(a.SentenceIDs), strings.Count(a.Text, "\n")+1)
				}
				return nil
			}, func(err error) { t.Error(err) })
			if err != nil {
				t.Fatal(err)
			}
			if docs != 30 || withDCT != 30 {
				t.Errorf("%d documents, %d with a creation time; want 30 and 30", docs, withDCT)
			}
		})
	}
}

// TestReadReutersFile reads the first Reuters-21578 file: 1,000 stories, of
// which those with a BODY become articles, each with a parseable date.
func TestReadReutersFile(t *testing.T) {
	p := sharedData(t, "reuters21578", "reut2-000.sgm")
	arts, err := ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < 900 || len(arts) > 1000 {
		t.Errorf("%d articles, want 900-1000 (stories with a BODY)", len(arts))
	}
	dateRe := regexp.MustCompile(`^\d{1,2}-[A-Z]{3}-19\d\d \d\d:\d\d:\d\d\.\d\d$`)
	for _, a := range arts {
		checkArticle(t, a)
		if !dateRe.MatchString(a.Date) {
			t.Errorf("record %d: date %q", a.Record, a.Date)
		}
		if strings.Contains(a.Text, "&#") || strings.Contains(a.Text, "&lt;") || strings.HasSuffix(a.Text, "Reuter") {
			t.Errorf("record %d: markup left in text: %q", a.Record, a.Text[max(0, len(a.Text)-80):])
		}
	}
	if a := arts[0]; a.Title != "BAHIA COCOA REVIEW" || a.DocID != "1" || !strings.HasPrefix(a.Text, "Showers continued throughout the week in the Bahia cocoa zone, alleviating") {
		t.Errorf("first story: %q %q %q", a.DocID, a.Title, a.Text[:80])
	}
}

// TestReadBBC reads the BBC corpus (when present): every file gives one
// article with a title, and the Latin-1 file is converted.
func TestReadBBC(t *testing.T) {
	root := sharedData(t, "bbc-news", "bbc")
	n := 0
	err := Walk(context.Background(), []string{filepath.Join(root, "sport")}, func(a Article) error {
		n++
		checkArticle(t, a)
		if a.Title == "" || a.Text == "" {
			t.Errorf("%s: title %q, %d bytes of text", a.Path, a.Title, len(a.Text))
		}
		if strings.HasSuffix(a.Path, "199.txt") && !strings.Contains(a.Text, "£") {
			t.Errorf("%s: the Latin-1 pound sign was not converted", a.Path)
		}
		return nil
	}, func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	if n != 511 {
		t.Errorf("%d sport articles, want 511", n)
	}
}

func BenchmarkReadSGML(b *testing.B) {
	p := sharedData(b, "reuters21578", "reut2-000.sgm")
	fi, err := os.Stat(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	docs := 0
	for b.Loop() {
		arts, err := ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs += len(arts)
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkReadText(b *testing.B) {
	dir := filepath.Join(repoRoot(b), "examples", "us-mexico")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		b.Skip("no examples")
	}
	var size int64
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	b.SetBytes(size)
	docs := 0
	for b.Loop() {
		for _, f := range files {
			if _, err := ReadFile(f); err != nil {
				b.Fatal(err)
			}
			docs++
		}
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
