package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
)

// goodArticle is the readable article every bad-input run ingests next to
// the bad input, to show that the rest of the run goes on.
const goodArticle = "Sheinbaum Meets Rubio\n\nMay 3, 2025\n\nClaudia Sheinbaum met Marco Rubio in Mexico City on Friday to discuss security cooperation.\n"

// storedDocs opens db read-only and returns the text of every stored
// document, keyed by the base name of its path ("m.jsonl:2" for a record).
func storedDocs(t *testing.T, db string) map[string]string {
	t.Helper()
	p, err := chronograph.Open(db, chronograph.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("opening %s to list its documents: %v", db, err)
	}
	defer p.Close()
	docs := map[string]string{}
	err = p.Store().Documents(context.Background(), func(d *graph.Document) error {
		docs[filepath.Base(d.Path)] = d.Text
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func sortedNames(m map[string]string) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func utf16LEWithBOM(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func putFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// outside returns the path of name in a folder next to the one the run
// walks, for input named only on the command line.
func outside(t *testing.T, bad, name string) string {
	t.Helper()
	dir := filepath.Join(filepath.Dir(filepath.Dir(bad)), "cli")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, name)
}

var summaryRE = regexp.MustCompile(`ingested (\d+) documents into .*: (\d+) new, (\d+) unchanged, (\d+) failed`)

// TestIngestBadInput ingests, in one run each, a folder holding one good
// article and some kind of bad input. Unreadable input must give an error
// line naming the file (and record) and the problem, a failing exit status,
// and no stored trace; the good article must be stored; readable oddities
// (other encodings, hostile HTML) must be stored cleanly; and `check` must
// find the database consistent afterwards.
func TestIngestBadInput(t *testing.T) {
	tests := []struct {
		name string
		// make creates the input under bad (a folder the run walks) and
		// returns any paths to name on the command line as well.
		make func(t *testing.T, bad string) []string
		// errs are the expected error lines, each as the file's base name
		// (with ":record" for a record) and the problem; none means the
		// run must succeed.
		errs [][2]string
		// stored are base names of the documents stored from the bad
		// input (good records of a partly bad file, decoded oddities).
		stored []string
		// has and hasNot are texts the stored documents must, or must
		// not, contain.
		has, hasNot []string
	}{
		{name: "empty file",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "empty.txt"), nil)
				return nil
			},
			errs: [][2]string{{"empty.txt", "empty file"}}},
		{name: "blank Markdown",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "blank.md"), []byte("\n \t\r\n\n"))
				return nil
			},
			errs: [][2]string{{"blank.md", "empty file"}}},
		{name: "PDF named .txt",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "report.txt"), []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"))
				return nil
			},
			errs: [][2]string{{"report.txt", "binary file (PDF), not text"}}},
		{name: "PNG named .html",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "photo.html"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"))
				return nil
			},
			errs: [][2]string{{"photo.html", "binary file (PNG)"}}},
		{name: "gzip named .jsonl",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "feed.jsonl"), []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9"))
				return nil
			},
			errs: [][2]string{{"feed.jsonl", "binary file (gzip)"}}},
		{name: "NUL bytes",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "nul.txt"), []byte("Title\x00\x00\x00 body text\x00 more"))
				return nil
			},
			errs: [][2]string{{"nul.txt", "binary file (NUL bytes)"}}},
		{name: "invalid UTF-8 is read as Windows-1252",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "cp1252.txt"), []byte("Caf\xe9 Owners Protest\n\nCaf\xe9 owners in M\xfcnchen protested on Monday \x96 prices rose to \xa35.\n"))
				return nil
			},
			stored: []string{"cp1252.txt"}, has: []string{"owners in München protested on Monday – prices rose to £5."}},
		{name: "Latin-1",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "latin1.txt"), []byte("Z\xfcrich Vote\n\nVoters in Z\xfcrich approved the plan on Sunday, said Ren\xe9 M\xfcller.\n"))
				return nil
			},
			stored: []string{"latin1.txt"}, has: []string{"Voters in Zürich approved the plan on Sunday, said René Müller."}},
		{name: "UTF-16 with BOM",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "utf16.txt"), utf16LEWithBOM("Storm Hits Zürich\n\nA storm hit Zürich on Tuesday, closing the airport.\n"))
				return nil
			},
			stored: []string{"utf16.txt"}, has: []string{"A storm hit Zürich on Tuesday, closing the airport."}},
		{name: "JSONL with malformed lines",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "wire.jsonl"), []byte(
					`{"title": "First", "text": "Marco Rubio visited Mexico City on Monday."}`+"\n"+
						`{"title": "Broken", "text": "unterminated`+"\n"+
						`[1, 2, 3]`+"\n"+
						"\n"+
						`{"title": "Fourth", "text": "Claudia Sheinbaum spoke in Monterrey on Tuesday."}`+"\n"+
						`{"title": "No body"}`+"\n"))
				return nil
			},
			errs:   [][2]string{{"wire.jsonl:2", "bad JSON"}, {"wire.jsonl:3", ""}, {"wire.jsonl:6", "no text"}},
			stored: []string{"wire.jsonl:1", "wire.jsonl:5"},
			has:    []string{"Marco Rubio visited Mexico City on Monday.", "Claudia Sheinbaum spoke in Monterrey on Tuesday."}},
		{name: "HTML with scripts, styles and deep nesting",
			make: func(t *testing.T, bad string) []string {
				deep := strings.Repeat("<div><span>", 20000) + "<p>Deep text survives the nesting.</p>" + strings.Repeat("</span></div>", 20000)
				putFile(t, filepath.Join(bad, "page.html"), []byte("<html><head><title>Page</title><style>p { color: red }</style>"+
					"<script>document.write('injected text');</script></head><body><script type=\"text/javascript\">var x = '<p>fake</p>';</script>"+
					"<noscript>Enable scripts.</noscript>"+deep+"</body></html>"))
				return nil
			},
			stored: []string{"page.html"}, has: []string{"Deep text survives the nesting."},
			hasNot: []string{"document.write", "injected", "color: red", "fake"}},
		{name: "HTML with only scripts",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "script.html"), []byte("<html><head><style>body{}</style></head><body><script>alert('x')</script></body></html>"))
				return nil
			},
			errs: [][2]string{{"script.html", "no text"}}},
		{name: "100 MB article",
			make: func(t *testing.T, bad string) []string {
				big := filepath.Join(bad, "huge.txt")
				if err := os.MkdirAll(bad, 0o755); err != nil {
					t.Fatal(err)
				}
				f, err := os.Create(big)
				if err != nil {
					t.Fatal(err)
				}
				line := []byte("The minister said on Monday that the talks would continue next week in the capital. ")
				buf := make([]byte, 0, 1<<20)
				for len(buf)+len(line) <= cap(buf) {
					buf = append(buf, line...)
				}
				for written := 0; written < 100<<20; written += len(buf) {
					if _, err := f.Write(buf[:min(len(buf), 100<<20-written)]); err != nil {
						t.Fatal(err)
					}
				}
				if err := f.Close(); err != nil {
					t.Fatal(err)
				}
				return nil
			},
			errs: [][2]string{{"huge.txt", fmt.Sprintf("file too large: %d bytes, limit %d", 100<<20, chronograph.MaxFileSize)}}},
		{name: "file named on the command line is a FIFO",
			make: func(t *testing.T, bad string) []string {
				p := outside(t, bad, "pipe.txt")
				if err := syscall.Mkfifo(p, 0o644); err != nil {
					t.Skipf("cannot make a FIFO: %v", err)
				}
				return []string{p}
			},
			errs: [][2]string{{"pipe.txt", "not a regular file"}}},
		{name: "FIFO inside a folder",
			make: func(t *testing.T, bad string) []string {
				if err := os.MkdirAll(bad, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := syscall.Mkfifo(filepath.Join(bad, "pipe.txt"), 0o644); err != nil {
					t.Skipf("cannot make a FIFO: %v", err)
				}
				return nil
			},
			errs: [][2]string{{"pipe.txt", "not a regular file"}}},
		{name: "unreadable file",
			make: func(t *testing.T, bad string) []string {
				if os.Geteuid() == 0 {
					t.Skip("root reads every file; the FIFO cases stand in for unreadable files")
				}
				p := filepath.Join(bad, "secret.txt")
				putFile(t, p, []byte(goodArticle+"Secret.\n"))
				if err := os.Chmod(p, 0); err != nil {
					t.Fatal(err)
				}
				return nil
			},
			errs: [][2]string{{"secret.txt", "permission denied"}}},
		{name: "folder named like a file",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "x.txt", "inner.txt"), []byte("Inner Story\n\nMarco Rubio flew to Ottawa on Thursday.\n"))
				return []string{filepath.Join(bad, "x.txt")}
			},
			stored: []string{"inner.txt"}, has: []string{"Marco Rubio flew to Ottawa on Thursday."}},
		{name: "symbolic link loop between files",
			make: func(t *testing.T, bad string) []string {
				if err := os.MkdirAll(bad, 0o755); err != nil {
					t.Fatal(err)
				}
				os.Symlink("b.txt", filepath.Join(bad, "a.txt"))
				os.Symlink("a.txt", filepath.Join(bad, "b.txt"))
				return nil
			},
			errs: [][2]string{{"a.txt", "symbolic link loop"}, {"b.txt", "symbolic link loop"}}},
		{name: "symbolic link to an enclosing folder",
			make: func(t *testing.T, bad string) []string {
				putFile(t, filepath.Join(bad, "sub", "story.txt"), []byte("Sub Story\n\nOmar García Harfuch spoke in Sinaloa on Wednesday.\n"))
				if err := os.Symlink("..", filepath.Join(bad, "sub", "up")); err != nil {
					t.Fatal(err)
				}
				return nil
			},
			errs:   [][2]string{{"up", "symbolic link loop: leads back to"}},
			stored: []string{"story.txt"}, has: []string{"Omar García Harfuch spoke in Sinaloa on Wednesday."}},
		{name: "dangling link named on the command line",
			make: func(t *testing.T, bad string) []string {
				p := outside(t, bad, "dangling.txt")
				if err := os.Symlink("nowhere.txt", p); err != nil {
					t.Fatal(err)
				}
				return []string{p}
			},
			errs: [][2]string{{"dangling.txt", "no such file or directory"}}},
		{name: "unsupported format named on the command line",
			make: func(t *testing.T, bad string) []string {
				p := outside(t, bad, "memo.docx")
				putFile(t, p, []byte("PK\x03\x04"))
				return []string{p}
			},
			errs: [][2]string{{"memo.docx", `unsupported format (extension ".docx")`}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			in := filepath.Join(root, "in")
			putFile(t, filepath.Join(in, "good.txt"), []byte(goodArticle))
			bad := filepath.Join(in, "bad")
			extra := tc.make(t, bad)
			db := filepath.Join(root, "news.db")

			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			out, stderr, err := cli(t, append([]string{"ingest", "--quiet", "--db", db, in}, extra...)...)
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			t.Logf("allocated %.1f MiB", float64(after.TotalAlloc-before.TotalAlloc)/(1<<20))
			if tc.name == "100 MB article" && after.TotalAlloc-before.TotalAlloc > uint64(chronograph.MaxFileSize) {
				t.Errorf("ingest allocated %d bytes: the oversized file was read", after.TotalAlloc-before.TotalAlloc)
			}

			if len(tc.errs) == 0 {
				if err != nil {
					t.Fatalf("ingest failed: %v\n%s%s", err, out, stderr)
				}
			} else {
				if err == nil {
					t.Fatalf("ingest succeeded; want a failing exit status\n%s%s", out, stderr)
				}
				if errors.Is(err, errUsage) || !errors.Is(err, errReported) {
					t.Errorf("error %v: want the 'reported above' failure, not a usage error", err)
				}
			}
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			if stderr == "" {
				lines = nil
			}
			if len(lines) != len(tc.errs) {
				t.Errorf("%d error lines, want %d:\n%s", len(lines), len(tc.errs), stderr)
			}
			for _, want := range tc.errs {
				found := false
				for _, l := range lines {
					// The file is named by its full path, and the problem follows it.
					if i := strings.Index(l, string(os.PathSeparator)+want[0]+": "); i >= 0 && strings.HasPrefix(l, "error: chronograph: "+root) &&
						strings.Contains(l[i:], want[1]) {
						found = true
					}
				}
				if !found {
					t.Errorf("no error line naming %s with %q:\n%s", want[0], want[1], stderr)
				}
			}

			docs := storedDocs(t, db)
			want := append([]string{"good.txt"}, tc.stored...)
			sort.Strings(want)
			if got := sortedNames(docs); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("stored documents %v, want %v", got, want)
			}
			m := summaryRE.FindStringSubmatch(out)
			if m == nil {
				t.Fatalf("no summary line: %q", out)
			}
			if added, _ := strconv.Atoi(m[2]); added != len(want) {
				t.Errorf("summary says %s new, want %d: %s", m[2], len(want), out)
			}
			if failed, _ := strconv.Atoi(m[4]); failed != len(tc.errs) {
				t.Errorf("summary says %s failed, want %d: %s", m[4], len(tc.errs), out)
			}
			all := strings.Join(func() []string {
				var s []string
				for _, n := range sortedNames(docs) {
					s = append(s, docs[n])
				}
				return s
			}(), "\n")
			for _, s := range tc.has {
				if !strings.Contains(all, s) {
					t.Errorf("no stored document contains %q", s)
				}
			}
			for _, s := range tc.hasNot {
				if strings.Contains(all, s) {
					t.Errorf("a stored document contains %q", s)
				}
			}
			if out, stderr, err := cli(t, "check", "--db", db); err != nil || !strings.Contains(out, "is consistent") {
				t.Errorf("check after the run: %v\n%s%s", err, out, stderr)
			}
		})
	}
}

// TestIngestManyTinyFiles walks a folder of 100,000 one-line articles: the
// walk must neither run out of file descriptors nor slow down per file, and
// every article must be stored once. The elapsed time is logged.
func TestIngestManyTinyFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and ingests 100,000 files (about 15 s)")
	}
	const n = 100000
	dir := filepath.Join(t.TempDir(), "tiny")
	start := time.Now()
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%02d", i%100))
		if i < 100 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		text := fmt.Sprintf("Note %d: the weather was mild and dry.\n", i)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("n%06d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Some bad files among them are reported and do not stop the walk.
	putFile(t, filepath.Join(dir, "50", "empty.txt"), nil)
	putFile(t, filepath.Join(dir, "99", "bin.txt"), []byte("\x7fELF\x02\x01\x01"))
	t.Logf("wrote %d files in %v", n+2, time.Since(start).Round(time.Millisecond))

	db := filepath.Join(t.TempDir(), "tiny.db")
	start = time.Now()
	out, stderr, err := cli(t, "ingest", "--quiet", "--db", db, dir)
	elapsed := time.Since(start)
	t.Logf("ingested in %v (%.0f files/s): %s", elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), strings.TrimSpace(out))
	if err == nil || !errors.Is(err, errReported) {
		t.Errorf("ingest: error %v, want the two bad files reported", err)
	}
	if !strings.Contains(out, fmt.Sprintf("ingested %d documents", n)) || !strings.Contains(out, fmt.Sprintf("%d new, 0 unchanged, 2 failed", n)) {
		t.Errorf("summary: %s", out)
	}
	for _, want := range []string{"empty.txt: empty file", "bin.txt: binary file (ELF)"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("errors do not say %q:\n%s", want, stderr)
		}
	}
	start = time.Now()
	if out, stderr, err := cli(t, "check", "--db", db); err != nil || !strings.Contains(out, fmt.Sprintf("%d documents", n)) {
		t.Errorf("check: %v\n%s%s", err, out, stderr)
	}
	t.Logf("checked in %v", time.Since(start).Round(time.Millisecond))
	// A second run over the same folder stores nothing new.
	out, _, _ = cli(t, "ingest", "--quiet", "--db", db, dir)
	if !strings.Contains(out, fmt.Sprintf("0 new, %d unchanged, 2 failed", n)) {
		t.Errorf("second run: %s", out)
	}
}
