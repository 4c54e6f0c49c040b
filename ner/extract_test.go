package ner

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronograph/chronograph/graph"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func newExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	x, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// exampleDocs reads the example articles of the repository.
func exampleDocs(tb testing.TB) (names []string, texts []string) {
	tb.Helper()
	files, err := filepath.Glob("../examples/us-mexico/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no example articles: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		names = append(names, filepath.Base(f))
		texts = append(texts, string(b))
	}
	return names, texts
}

type goldenDoc struct {
	File     string              `json:"file"`
	Entities []graph.LocalEntity `json:"entities"`
	Mentions []string            `json:"mentions"`
}

type golden struct {
	Documents []goldenDoc    `json:"documents"`
	Linked    []graph.Entity `json:"linked"`
}

// TestExtractGolden runs Extract and Link on the example articles and
// compares the result with testdata/us-mexico.golden.json.
func TestExtractGolden(t *testing.T) {
	x := newExtractor(t)
	names, texts := exampleDocs(t)
	var g golden
	var docs []*graph.Document
	for i, text := range texts {
		res, err := x.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		checkResult(t, text, res)
		gd := goldenDoc{File: names[i], Entities: res.Entities}
		for _, m := range res.Mentions {
			gd.Mentions = append(gd.Mentions, strings.Join([]string{
				itoa(m.Start) + "-" + itoa(m.End), string(m.Kind), m.Text, res.Entities[m.Entity].Name}, " | "))
		}
		g.Documents = append(g.Documents, gd)
		docs = append(docs, &graph.Document{ID: names[i], Entities: res.Entities})
	}
	g.Linked = Link(docs).Entities
	got, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "us-mexico.golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ner -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("Extract on the examples differs from %s (-want +got):\n%s", path, diff)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// extractExamples returns the example articles as documents with their
// entities, named after their files.
func extractExamples(tb testing.TB) []*graph.Document {
	x := newExtractor(tb)
	names, texts := exampleDocs(tb)
	var docs []*graph.Document
	for i, text := range texts {
		res, err := x.Extract(text)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, &graph.Document{ID: names[i], Entities: res.Entities})
	}
	return docs
}

// TestExtractExamples pins what issue 3 asks of the example articles.
func TestExtractExamples(t *testing.T) {
	docs := extractExamples(t)
	l := Link(docs)
	have := map[string]graph.Kind{}
	for _, e := range l.Entities {
		have[e.Name] = e.Kind
	}
	want := map[string]graph.Kind{
		"Donald Trump": graph.Person, "Claudia Sheinbaum": graph.Person, "James Hewitt": graph.Person,
		"Ronald Johnson": graph.Person, "Rafael Caro Quintero": graph.Person,
		"White House": graph.Organization, "National Security Council": graph.Organization,
		"Wall Street Journal": graph.Organization, "Reuters": graph.Organization, "Sinaloa Cartel": graph.Organization,
		"Senate": graph.Organization, "CIA": graph.Organization, "Heritage Foundation": graph.Organization,
		"National Guard": graph.Organization, "U.S. Army": graph.Organization,
		"Mexico": graph.Place, "United States": graph.Place, "Texcoco": graph.Place, "New York": graph.Place,
		"Latin America": graph.Place, "Maine": graph.Place,
	}
	for name, kind := range want {
		if got, ok := have[name]; !ok {
			t.Errorf("missing entity %q", name)
		} else if got != kind {
			t.Errorf("%q is a %s, want %s", name, got, kind)
		}
	}
	for _, junk := range []string{"Summary", "Author", "Recommended", "Key Points", "Wow", "Mexican", "Trump", "Sheinbaum", "President Trump"} {
		if _, ok := have[junk]; ok {
			t.Errorf("unwanted entity %q", junk)
		}
	}
}

// checkResult checks the invariants of a Result for text.
func checkResult(tb testing.TB, text string, res *Result) {
	tb.Helper()
	for i, tk := range res.Tokens {
		if tk.Start < 0 || tk.End > len(text) || tk.Start >= tk.End || tk.Text != text[tk.Start:tk.End] {
			tb.Fatalf("token %d %+v does not match the text", i, tk)
		}
		if tk.Sentence < 0 || tk.Sentence >= len(res.Sentences) {
			tb.Fatalf("token %d has sentence %d of %d", i, tk.Sentence, len(res.Sentences))
		}
		if i > 0 && res.Tokens[i-1].End > tk.Start {
			tb.Fatalf("tokens %d and %d overlap", i-1, i)
		}
	}
	for i, s := range res.Sentences {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End || i > 0 && res.Sentences[i-1].End > s.Start {
			tb.Fatalf("bad sentence %d %+v", i, s)
		}
	}
	for i, m := range res.Mentions {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || m.Text != text[m.Start:m.End] {
			tb.Fatalf("mention %d %+v does not match the text", i, m)
		}
		if m.Entity < 0 || m.Entity >= len(res.Entities) {
			tb.Fatalf("mention %d points at entity %d of %d", i, m.Entity, len(res.Entities))
		}
		if i > 0 && res.Mentions[i-1].End > m.Start {
			tb.Fatalf("mentions %d and %d overlap or are out of order", i-1, i)
		}
		if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			tb.Fatalf("mention %d has sentence %d", i, m.Sentence)
		}
	}
	for i, e := range res.Entities {
		if e.Name == "" || e.Mentions < 1 {
			tb.Fatalf("entity %d %+v is empty", i, e)
		}
	}
}

func TestExtractEdgeCases(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{"", " ", "\n\n", "'s", "U.S.", "Trump", "— —", "\xff\xfe", "Mr.", "A. B. C. D."} {
		res, err := x.Extract(text)
		if err != nil {
			t.Fatalf("Extract(%q): %v", text, err)
		}
		checkResult(t, text, res)
	}
}

func FuzzExtract(f *testing.F) {
	_, texts := exampleDocs(f)
	for _, t := range texts {
		f.Add(t[:min(len(t), 400)])
	}
	f.Add("Mexico’s Sheinbaum REJECTS Trump’s offer; the C.I.A. and U.S.-Mexico ties.")
	f.Add("“How?” — (@MarioNawfal) 'Tis Trumpâs")
	x := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		res, err := x.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		checkResult(t, text, res)
	})
}

func TestModelRoundTrip(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(m2.weights) != len(m.weights) || len(m2.lr) != len(m.lr) || len(m2.gaz.entries) != len(m.gaz.entries) {
		t.Fatalf("round trip lost data: %d/%d weights, %d/%d case entries, %d/%d gazetteer entries",
			len(m2.weights), len(m.weights), len(m2.lr), len(m.lr), len(m2.gaz.entries), len(m.gaz.entries))
	}
	if _, err := ReadModel(strings.NewReader("not a model")); err == nil {
		t.Error("ReadModel accepted garbage")
	}
}

// conllPath returns the path of a CoNLL-2003 file, skipping when absent.
func conllPath(tb testing.TB, name string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", "data", "conll2003", name)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("CoNLL-2003 not available: %v", err)
	}
	return p
}

// TestDevF1 scores the embedded model on the CoNLL-2003 dev set (eng.testa).
func TestDevF1(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	f, err := os.Open(conllPath(t, "eng.testa"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	sc, err := EvaluateModel(m, docs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dev F1 %.2f (P %.2f R %.2f)", sc.Overall.F1, sc.Overall.Precision, sc.Overall.Recall)
	if sc.Overall.F1 < 90 {
		t.Errorf("dev F1 %.2f, want >= 90", sc.Overall.F1)
	}
}

// benchText builds a fixed text of about 1 MB from the example articles.
func benchText(b *testing.B) (string, int) {
	_, texts := exampleDocs(b)
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, t := range texts {
			sb.WriteString(t)
			sb.WriteString("\n\n")
		}
	}
	s := sb.String()
	if !utf8.ValidString(s) {
		b.Log("bench text is not valid UTF-8")
	}
	return s, len(strings.Fields(s))
}

func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b)
	text, words := benchText(b)
	b.SetBytes(int64(len(text)))
	cpu := cpuTime()
	for b.Loop() {
		if _, err := x.Extract(text); err != nil {
			b.Fatal(err)
		}
	}
	reportWords(b, words, cpuTime()-cpu)
}

// BenchmarkExtractArticles extracts the example articles one by one, as
// ingestion does: unlike BenchmarkExtract's one long text, where every
// word recurs, each article's word types are scored afresh.
func BenchmarkExtractArticles(b *testing.B) {
	x := newExtractor(b)
	_, texts := exampleDocs(b)
	words := 0
	for _, t := range texts {
		words += len(strings.Fields(t))
	}
	cpu := cpuTime()
	for b.Loop() {
		for _, t := range texts {
			if _, err := x.Extract(t); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportWords(b, words, cpuTime()-cpu)
}

func BenchmarkProse(b *testing.B) {
	p := NewProseTagger()
	text, words := benchText(b)
	b.SetBytes(int64(len(text)))
	cpu := cpuTime()
	for b.Loop() {
		if _, _, err := p.Document(text); err != nil {
			b.Fatal(err)
		}
	}
	reportWords(b, words, cpuTime()-cpu)
}

// BenchmarkExtractVsProse runs the tagger and prose's built-in pipeline
// (model loaded once) on the same 1 MB text in the same run, one after the
// other in each iteration, and reports both speeds and their ratio, on CPU
// time where the platform gives it (the machine may be shared):
//
//	GOMAXPROCS=1 go test ./ner -run X -bench ExtractVsProse
func BenchmarkExtractVsProse(b *testing.B) {
	x := newExtractor(b)
	p := NewProseTagger()
	text, words := benchText(b)
	clock := func() time.Duration {
		if c := cpuTime(); c > 0 {
			return c
		}
		return time.Duration(time.Now().UnixNano())
	}
	var ours, prose time.Duration
	for b.Loop() {
		start := clock()
		if _, err := x.Extract(text); err != nil {
			b.Fatal(err)
		}
		mid := clock()
		if _, _, err := p.Document(text); err != nil {
			b.Fatal(err)
		}
		ours, prose = ours+mid-start, prose+clock()-mid
	}
	n := float64(words) * float64(b.N)
	b.ReportMetric(n/ours.Seconds(), "words/s")
	b.ReportMetric(n/prose.Seconds(), "prose-words/s")
	b.ReportMetric(prose.Seconds()/ours.Seconds(), "x-prose")
}

// reportWords reports words per wall-clock second and, since the machine
// may be shared, per second of the process's CPU time (which includes the
// garbage collector's).
func reportWords(b *testing.B, words int, cpu time.Duration) {
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

// TestExtractConcurrent runs one Extractor from several goroutines; run
// with -race.
func TestExtractConcurrent(t *testing.T) {
	x := newExtractor(t)
	_, texts := exampleDocs(t)
	want := make([]*Result, len(texts))
	for i, text := range texts {
		r, err := x.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = r
	}
	errs := make(chan error, len(texts))
	for i, text := range texts {
		go func() {
			r, err := x.Extract(text)
			if err == nil && !cmp.Equal(r, want[i]) {
				err = fmt.Errorf("document %d: concurrent result differs", i)
			}
			errs <- err
		}()
	}
	for range texts {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestAllCapsRunWords(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := x.Extract("TRUMP’S MEXICO AMBASSADOR: STRIKES ON CARTELS ON THE TABLE.\nRonald Johnson told the Senate he would not rule out action against cartels. Trump agreed.")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range r.Mentions {
		if m.Text == "CARTELS" {
			t.Errorf("an all-caps common word became an entity: %+v", m)
		}
	}
	found := false
	for _, m := range r.Mentions {
		if m.Text == "MEXICO" || m.Text == "TRUMP" {
			found = true
		}
	}
	if !found {
		t.Error("all-caps names the document also writes capitalized, or knows as names, were dropped")
	}
}
