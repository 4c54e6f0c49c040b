package chronograph

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 10000) + "<p>Deep text survives.</p>" + strings.Repeat("</div>", 10000)
	tests := []struct {
		name    string
		file    string
		content []byte
		setup   func(t *testing.T, path string) // after the file is written
		is      error                           // errors.Is target, or nil
		msg     string                          // substring of the error, or ""
		records []int                           // records reported in the error
		texts   []string                        // texts of the articles still read
	}{
		{name: "empty", file: "e.txt", content: nil, is: ErrEmpty, msg: "e.txt: empty file"},
		{name: "blank", file: "b.txt", content: []byte(" \n\t\n"), is: ErrEmpty},
		{name: "pdf", file: "x.pdf.txt", content: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), is: ErrBinary, msg: "x.pdf.txt: binary file (PDF), not text"},
		{name: "png", file: "x.html", content: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), is: ErrBinary, msg: "(PNG)"},
		{name: "gzip", file: "x.json", content: []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), is: ErrBinary, msg: "(gzip)"},
		{name: "gzip sgml", file: "x.sgm", content: []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), is: ErrBinary, msg: "(gzip)"},
		{name: "NUL bytes", file: "n.txt", content: []byte("Title\x00\x00\x00body\x00"), is: ErrBinary, msg: "NUL"},
		{name: "control characters", file: "c.md", content: []byte(strings.Repeat("\x01\x02\x03abc", 50)), is: ErrBinary},
		{name: "invalid UTF-8 read as Windows-1252", file: "l.txt", content: []byte("Caf\xe9 Headline\n\nPrices rose to \xa35 in M\xfcnchen \x96 again.\n"),
			texts: []string{"Prices rose to £5 in München – again."}},
		{name: "UTF-16 LE with BOM", file: "u.txt", content: utf16LE("Headline\n\nIt rained in Zürich.\n"),
			texts: []string{"It rained in Zürich."}},
		{name: "UTF-16 BE with BOM", file: "u.txt", content: utf16BE("Headline\n\nIt rained in Zürich.\n"),
			texts: []string{"It rained in Zürich."}},
		{name: "UTF-8 BOM", file: "bom.txt", content: []byte("\xef\xbb\xbfHeadline\n\nIt rained.\n"), texts: []string{"It rained."}},
		{name: "mojibake", file: "m.txt", content: []byte("Headline\n\nTrumpâ€™s cafÃ© Â® said itâs fine.\n"),
			texts: []string{"Trump’s café ® said it’s fine."}},
		{name: "JSONL with malformed lines", file: "m.jsonl",
			content: []byte("{\"text\": \"One.\"}\n{\"text\": \"Two.\"\n[1, 2]\n{\"title\": \"no body\"}\n{\"text\": \"Five.\"}\n"),
			records: []int{2, 3, 4}, texts: []string{"One.", "Five."}},
		{name: "JSON broken", file: "j.json", content: []byte(`{"text": "x"`), msg: "bad JSON"},
		{name: "JSON array with bad element", file: "j.json", content: []byte(`[{"text": "One."}, 5, {"body": "Three."}]`),
			records: []int{2}, texts: []string{"One.", "Three."}},
		{name: "HTML script and style only", file: "s.html", content: []byte("<html><head><style>p{}</style></head><body><script>document.write('x')</script></body></html>"), is: ErrNoText},
		{name: "HTML 10000 deep", file: "d.html", content: []byte("<html><body>" + deep + "</body></html>"), texts: []string{"Deep text survives."}},
		{name: "HTML unclosed", file: "u.html", content: []byte("<p>Unclosed <b>bold <i>text goes on here"), texts: []string{"Unclosed bold text goes on here."}},
		{name: "XML not CAT", file: "x.xml", content: []byte("<rss><channel/></rss>"), is: ErrUnsupported, msg: "root <rss>"},
		{name: "XML broken", file: "x.xml", content: []byte("<Document><token sentence=\"0\">a</Document>"), msg: "bad XML"},
		{name: "SGML unclosed story", file: "r.sgm", content: []byte("<REUTERS NEWID=\"1\"><TEXT><BODY>One text.</BODY></TEXT>\n<REUTERS NEWID=\"2\"><TEXT><BODY>Two text.</BODY></TEXT></REUTERS>"),
			records: []int{1}, texts: []string{"Two text."}},
		{name: "unsupported extension", file: "x.docx", content: []byte("PK"), is: ErrUnsupported, msg: `extension ".docx"`},
		{name: "unreadable", file: "secret.txt", content: []byte("Title\nText."), is: fs.ErrPermission, msg: "secret.txt: permission denied",
			setup: func(t *testing.T, p string) {
				if os.Geteuid() == 0 {
					t.Skip("root can read any file")
				}
				if err := os.Chmod(p, 0); err != nil {
					t.Fatal(err)
				}
			}},
		{name: "missing", file: "gone.txt", is: fs.ErrNotExist,
			setup: func(t *testing.T, p string) { os.Remove(p) }},
		{name: "over the size limit", file: "big.txt", is: ErrTooLarge, msg: "file too large",
			setup: func(t *testing.T, p string) {
				if err := os.Truncate(p, MaxFileSize+1); err != nil { // sparse: no disk used
					t.Fatal(err)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(p, tt.content, 0o644); err != nil {
				t.Fatal(err)
			}
			if tt.setup != nil {
				tt.setup(t, p)
			}
			arts, err := ReadFile(p)
			var texts []string
			for _, a := range arts {
				checkArticle(t, a)
				texts = append(texts, a.Text)
			}
			if diff := cmp.Diff(tt.texts, texts); diff != "" {
				t.Errorf("texts (-want +got):\n%s", diff)
			}
			wantErr := tt.is != nil || tt.msg != "" || tt.records != nil
			if !wantErr {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("no error")
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not contain %q", err, tt.msg)
			}
			var records []int
			for _, e := range unjoin(err) {
				var re *ReadError
				if !errors.As(e, &re) {
					t.Errorf("error %v is not a *ReadError", e)
					continue
				}
				if re.Path != p {
					t.Errorf("error path %q, want %q", re.Path, p)
				}
				if re.Record > 0 {
					records = append(records, re.Record)
				}
			}
			if tt.records != nil {
				if diff := cmp.Diff(tt.records, records); diff != "" {
					t.Errorf("records (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func utf16LE(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func utf16BE(s string) []byte {
	out := []byte{0xfe, 0xff}
	for _, r := range s {
		out = append(out, byte(r>>8), byte(r))
	}
	return out
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b/2.txt":       "Two\n\nSecond text.",
		"b/1.md":        "# One\n\nFirst text.",
		"a.jsonl":       "{\"text\": \"Zero.\"}\nnot json\n",
		".hidden.txt":   "Hidden\n\nHidden text.",
		".git/x.txt":    "Git\n\nGit text.",
		"notes.docx":    "ignored",
		"c/empty.txt":   "",
		"c/d/deep.html": "<p>Deep text here.</p>",
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A loop (c/d/up -> c), a link to a sibling folder, a dangling link.
	for link, target := range map[string]string{"c/d/up": "..", "e": "b", "dangling.txt": "nowhere.txt"} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skipf("no symlinks: %v", err)
		}
	}
	var got, errs []string
	err := Walk(context.Background(), []string{dir, filepath.Join(dir, "notes.docx")}, func(a Article) error {
		rel, _ := filepath.Rel(dir, a.Path)
		got = append(got, rel+": "+a.Text)
		return nil
	}, func(err error) {
		errs = append(errs, strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""))
	})
	if err != nil {
		t.Fatal(err)
	}
	wantGot := []string{"a.jsonl: Zero.", "b/1.md: First text.", "b/2.txt: Second text.", "c/d/deep.html: Deep text here."}
	if diff := cmp.Diff(wantGot, got); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	wantErrs := []string{
		"chronograph: a.jsonl:2: bad JSON at byte 2: invalid character 'o' in literal null (expecting 'u')",
		"chronograph: c/d/up: symbolic link loop: leads back to " + strings.TrimPrefix(mustReal(t, filepath.Join(dir, "c")), dir+string(filepath.Separator)),
		"chronograph: c/empty.txt: empty file",
		`chronograph: notes.docx: unsupported format (extension ".docx")`,
	}
	if diff := cmp.Diff(wantErrs, errs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}

	// Without onErr the problems come back joined; fn's error stops the walk.
	stop := errors.New("stop")
	n := 0
	err = Walk(context.Background(), []string{dir}, func(Article) error { n++; return stop }, nil)
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("walk = %v after %d articles, want stop after 1", err, n)
	}
	err = Walk(context.Background(), []string{filepath.Join(dir, "c")}, func(Article) error { return nil }, nil)
	if !errors.Is(err, ErrEmpty) || !errors.Is(err, ErrSymlinkLoop) {
		t.Errorf("walk = %v, want empty file and loop errors", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Walk(ctx, []string{dir}, func(Article) error { return nil }, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("walk with cancelled context = %v", err)
	}
}

func TestWalkSelfLink(t *testing.T) {
	dir := t.TempDir()
	self := filepath.Join(dir, "self")
	if err := os.Symlink("self", self); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	var errs []error
	if err := Walk(context.Background(), []string{dir, self}, func(Article) error { return nil }, func(err error) { errs = append(errs, err) }); err != nil {
		t.Fatal(err)
	}
	if len(errs) != 2 || !errors.Is(errs[0], ErrSymlinkLoop) || !errors.Is(errs[1], ErrSymlinkLoop) {
		t.Errorf("errors = %v, want two symlink loops", errs)
	}
}

func mustReal(t *testing.T, p string) string {
	t.Helper()
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
