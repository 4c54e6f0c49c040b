package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// hostileArticle is an article whose title and sentences carry markup that
// must reach the page as text.
const hostileArticle = `Sheinbaum Answers Trump <script>window.__pwned=1</script>

March 3, 2025
Donald Trump called Claudia Sheinbaum on Monday about "><img src=x onerror="window.__pwned=2"> tariffs and <script>window.__pwned=3</script> fentanyl.
Claudia Sheinbaum rejected the "><img src=x onerror="window.__pwned=4"> offer on Tuesday.
`

// ingestHostile ingests the example corpus plus hostileArticle.
func ingestHostile(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join(examples, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("example corpus: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "999_hostile.txt"), []byte(hostileArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "news.db")
	mustCLI(t, "ingest", "--db", db, dir)
	return db
}

// startServe runs `chronograph serve` on a random loopback port and returns
// its base URL; the server stops when the test ends.
func startServe(t *testing.T, db string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, pw, io.Discard)
		pw.Close()
		done <- err
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve printed no address: %v", err)
	}
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(line)
	if m == "" {
		t.Fatalf("no loopback address in %q", line)
	}
	return m
}

func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func TestBrowserE2E(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := findChromium()
	if bin == "" {
		t.Skip("chromium not installed (apt-get install -y chromium)")
	}
	db := ingestHostile(t)
	base := startServe(t, db)

	// The hostile event, found through the API.
	var tl struct {
		Events []struct {
			ID      string `json:"id"`
			Sources []struct {
				Sentence string `json:"sentence"`
			} `json:"sources"`
		} `json:"events"`
	}
	getJSON(t, base+"api/timeline", &tl)
	hostile := ""
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Sentence, "<script>") && hostile == "" {
				hostile = e.ID
			}
		}
	}
	if hostile == "" {
		t.Fatal("no event carries the hostile sentence")
	}

	artifacts := os.Getenv("CHRONOGRAPH_ARTIFACTS")
	if artifacts == "" {
		artifacts = t.TempDir()
	} else if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}

	actx, cancelA := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	defer cancelA()
	var mu sync.Mutex
	var jsErrors []string
	bctx, cancelB := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			jsErrors = append(jsErrors, fmt.Sprintf("exception: %s %v", ev.ExceptionDetails.Text, ev.ExceptionDetails.Exception))
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value))
				}
				jsErrors = append(jsErrors, "console.error: "+strings.Join(parts, " "))
			}
		}
	}))
	defer cancelB()
	ctx, cancel := context.WithTimeout(bctx, 90*time.Second)
	defer cancel()

	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			shot(t, ctx, artifacts, "failed-"+name)
			t.Fatalf("%s: %v", name, err)
		}
	}
	eval := func(expr string) any {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return v
	}
	poll := chromedp.WithPollingTimeout(20 * time.Second)

	step("load", chromedp.Navigate(base),
		chromedp.Poll[chromedp.Void](`window.chronograph && window.chronograph.ready.timeline && window.chronograph.ready.graph`, poll))
	if n := eval(`document.querySelectorAll('#timeline circle.event').length`).(float64); n < 5 {
		t.Errorf("timeline shows %v events", n)
	}
	if n := eval(`Number(document.getElementById('graph').dataset.nodes)`).(float64); n < 3 {
		t.Errorf("graph draws %v nodes", n)
	}
	if errs := eval(`window.chronograph.errors.join('; ')`).(string); errs != "" {
		t.Errorf("page reported errors: %s", errs)
	}

	// Click an entity on the canvas.
	first := eval(`document.querySelector('#entity-list button').dataset.id`).(string)
	pos, err := chromedp.Run(ctx, chromedp.Evaluate[struct{ X, Y float64 }](fmt.Sprintf(`window.chronograph.nodeScreenPosition(%q)`, first)))
	if err != nil {
		t.Fatal(err)
	}
	step("click entity", chromedp.MouseClickXY(pos.X, pos.Y),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.getElementById('panel').dataset.show === 'entity' && document.getElementById('panel').dataset.id === %q`, first), poll))
	if n := eval(`document.querySelectorAll('#related li, #entity-events li').length`).(float64); n == 0 {
		t.Error("the entity's profile lists no relations or events")
	}

	// Zoom the timeline and click an event on it.
	step("zoom", chromedp.Click(chromedp.ID("zoom-in")), chromedp.Click(chromedp.ID("zoom-reset")))
	step("click event", chromedp.Click(chromedp.CSS(`#timeline circle.event`)),
		chromedp.Poll[chromedp.Void](`document.getElementById('panel').dataset.show === 'event' && document.querySelectorAll('#sources li').length > 0`, poll))

	// The hostile article's event renders as text.
	step("open hostile event", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#event-list li[data-id=%q] button`, hostile))),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.getElementById('panel').dataset.id === %q`, hostile), poll))
	text := eval(`document.getElementById('sources').textContent`).(string)
	if !strings.Contains(text, "<script>window.__pwned=3</script>") || !strings.Contains(text, `"><img src=x onerror="window.__pwned=2">`) {
		t.Errorf("the hostile sentence is not shown as text: %q", text)
	}
	if n := eval(`document.querySelectorAll('#panel script, #panel img, #event-list img, #event-list script').length`).(float64); n != 0 {
		t.Errorf("%v script or img elements were created from article text", n)
	}
	if v := eval(`String(window.__pwned)`).(string); v != "undefined" {
		t.Errorf("article text ran as script: window.__pwned = %s", v)
	}
	shot(t, ctx, artifacts, "chronograph")

	// Filter the timeline by type.
	step("filter", chromedp.Evaluate[chromedp.Void](`window.chronograph.ready.timeline = false; document.getElementById('f-type').value = 'call'`),
		chromedp.Click(chromedp.ID("apply")),
		chromedp.Poll[chromedp.Void](`window.chronograph.ready.timeline`, poll))
	// Type filters match an event's type or its verb's lemma, as the API does.
	var calls struct {
		Events []struct {
			ID   string `json:"id"`
			Date string `json:"date"`
		} `json:"events"`
	}
	getJSON(t, base+"api/timeline?type=call", &calls)
	var want []string
	for _, e := range calls.Events {
		if e.Date != "" {
			want = append(want, e.ID)
		}
	}
	sort.Strings(want)
	got := eval(`[...document.querySelectorAll('#timeline circle.event')].map(c => c.dataset.id).sort().join(',')`).(string)
	if got != strings.Join(want, ",") || got == "" {
		t.Errorf("after filtering by call, the timeline shows %q, want %q", got, strings.Join(want, ","))
	}
	mu.Lock()
	defer mu.Unlock()
	if len(jsErrors) > 0 {
		t.Errorf("JavaScript errors: %s", strings.Join(jsErrors, "\n"))
	}
}

// shot saves a full-page PNG screenshot (quality 100 means PNG) as dir/name.png.
func shot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	t.Logf("screenshot saved to %s", path)
}

func getJSON(t *testing.T, u string, v any) {
	t.Helper()
	if _, err := url.Parse(u); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", u, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
}
