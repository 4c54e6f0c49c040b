package chronograph

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// repoRoot returns the module root, found upwards from the test's directory.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// sharedData returns the path of a shared dataset, skipping the test when
// it is absent.
func sharedData(t testing.TB, parts ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{repoRoot(t), "..", "shared", "data"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("dataset absent: %s", p)
	}
	return p
}

// render prints what a golden file holds about an article.
func render(a Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Format: %s\nTitle: %s\n", a.Format, a.Title)
	if a.URL != "" {
		fmt.Fprintf(&b, "URL: %s\n", a.URL)
	}
	if a.Date != "" {
		fmt.Fprintf(&b, "Date: %s\n", a.Date)
	}
	for _, h := range a.Header {
		fmt.Fprintf(&b, "Header: %s\n", h)
	}
	for i, bl := range a.Blocks {
		fmt.Fprintf(&b, "Block: [%d,%d) %s author=%q date=%q\n  %q\n", bl.Start, bl.End, bl.Kind, bl.Author, a.BlockDates[i], a.Text[bl.Start:bl.End])
	}
	fmt.Fprintf(&b, "Text:\n%s\n", a.Text)
	return b.String()
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "read", name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// checkArticle asserts the invariants every article keeps.
func checkArticle(t testing.TB, a Article) {
	t.Helper()
	for _, s := range []string{a.Title, a.Text, a.Date, a.URL, strings.Join(a.Header, "\n")} {
		if !utf8.ValidString(s) {
			t.Errorf("%s: invalid UTF-8 in %q", a.Path, s)
		}
	}
	if len(a.Blocks) != len(a.BlockDates) {
		t.Errorf("%s: %d blocks, %d block dates", a.Path, len(a.Blocks), len(a.BlockDates))
	}
	for _, b := range a.Blocks {
		if b.Start < 0 || b.Start > b.End || b.End > len(a.Text) {
			t.Errorf("%s: block %v outside text of %d bytes", a.Path, b.Span, len(a.Text))
		}
	}
	for _, s := range a.Sentences {
		if s.Start < 0 || s.Start > s.End || s.End > len(a.Text) {
			t.Errorf("%s: sentence %v outside text of %d bytes", a.Path, s, len(a.Text))
		}
	}
	if a.Format != "sgml" && a.Format != "cat" {
		for _, line := range strings.Split(a.Text, "\n") {
			if line != "" && !endsSentence(line) {
				t.Errorf("%s: line does not end as a sentence: %q", a.Path, line)
			}
		}
	}
}

func TestReadExamples(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "examples", "us-mexico")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no examples in %s", dir)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			arts, err := ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles, want 1", len(arts))
			}
			checkArticle(t, arts[0])
			checkGolden(t, name[:3], render(arts[0]))
		})
	}
}
