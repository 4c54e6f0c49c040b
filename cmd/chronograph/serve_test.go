package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
)

// serveFixture is a small hand-built graph for API tests.
func serveFixture() *graph.Snapshot {
	p := func(id, name string, k graph.Kind, r graph.Role) graph.Participant {
		return graph.Participant{ID: id, Name: name, Kind: k, Role: r}
	}
	day := func(s string) graph.Date { d, _ := graph.ParseDate(s); return d }
	return &graph.Snapshot{
		Entities: []graph.Entity{
			{ID: "loc:mexico", Name: "Mexico", Kind: graph.Place, Mentions: 5},
			{ID: "per:a", Name: "Ana <b>A</b>", Kind: graph.Person, Mentions: 4},
			{ID: "per:b", Name: "Bob B", Kind: graph.Person, Mentions: 3},
			{ID: "per:c", Name: "Bob C", Kind: graph.Person, Mentions: 3},
		},
		Events: []graph.Event{
			{ID: "ev:1", Type: graph.Call, Date: day("2025-04-16"), Title: "Ana called Bob",
				Participants: []graph.Participant{p("per:a", "Ana <b>A</b>", graph.Person, graph.Agent), p("per:b", "Bob B", graph.Person, graph.Target)},
				Sources:      []graph.Source{{Document: "d1", Published: "2025-04-16", Sentence: "Ana called <script>Bob</script>."}}},
			{ID: "ev:2", Type: graph.Meeting, Date: day("2025-05-01"), Order: 1, Title: "Bob met Bob C in Mexico",
				Participants: []graph.Participant{p("per:b", "Bob B", graph.Person, graph.Involved), p("per:c", "Bob C", graph.Person, graph.Involved), p("loc:mexico", "Mexico", graph.Place, graph.Involved)},
				Sources:      []graph.Source{{Document: "d2", Published: "2025-05-02", Sentence: "They met."}}},
		},
	}
}

func TestServeAPI(t *testing.T) {
	srv := httptest.NewServer(newServer(serveFixture(), true))
	defer srv.Close()
	tests := []struct {
		path   string
		status int
		want   string // a substring of the body
	}{
		{"/api/timeline", 200, `"id": "ev:1"`},
		{"/api/timeline?entity=per:c", 200, `"ev:2"`},
		{"/api/timeline?from=2025-05-01", 200, `"ev:2"`},
		{"/api/timeline?type=call", 200, `"ev:1"`},
		{"/api/timeline?as_of=2025-04-30", 200, `"ev:1"`},
		{"/api/timeline?from=2025-13-01", 400, `"error"`},
		{"/api/timeline?from=2025-06-01&to=2025-01-01", 400, `after`},
		{"/api/timeline?type=Not+A+Type", 400, `unknown event type`},
		{"/api/timeline?kind=robot", 400, `unknown entity kind`},
		{"/api/timeline?bogus=1", 400, `unknown parameter`},
		{"/api/timeline?type=call&type=meeting", 400, `given 2 times`},
		{"/api/timeline?entity=" + strings.Repeat("x", 300), 400, `longer than`},
		{"/api/timeline?%zz", 400, `bad query`},
		{"/api/entities", 200, `"per:a"`},
		{"/api/entities?kind=place", 200, `"loc:mexico"`},
		{"/api/entity?name=ana+%3Cb%3Ea%3C%2Fb%3E", 200, `"per:a"`},
		{"/api/entity", 400, `required`},
		{"/api/entity?name=nobody", 404, `no entity`},
		{"/api/entity?name=Bob", 409, `ambiguous`},
		{"/api/related?name=per:a&depth=2", 200, `"per:c"`},
		{"/api/related?name=per:a&depth=9", 400, `between 1 and 4`},
		{"/api/related?name=per:a&depth=2", 200, `"truncated": false`},
		{"/api/related?name=per:b&depth=1&limit=1", 200, `"truncated": true`},
		{"/api/related?name=per:a&limit=0", 400, `between 1 and 1000`},
		{"/api/path?a=per:a&b=loc:mexico", 200, `"hops"`},
		{"/api/path?a=per:a&b=loc:mexico&as_of=2025-04-20", 404, `no entity`},
		{"/api/path?a=per:a", 400, `required`},
		{"/api/rank?top=2", 200, `"pagerank"`},
		{"/api/rank?top=0", 400, `between`},
		{"/api/rank?top=abc", 400, `integer`},
		{"/api/communities?seed=3&resolution=0.5", 200, `"modularity"`},
		{"/api/communities?resolution=-1", 400, `resolution`},
		{"/api/graph?limit=10", 200, `"edges"`},
		{"/api/between?from=2025-04-01&to=2025-04-30", 200, `"verb": "called"`},
		{"/", 200, `<canvas id="graph"`},
		{"/app.js", 200, `textContent`},
		{"/style.css", 200, `#timeline`},
		{"/../../etc/passwd", 404, `not found`},
		{"/web/index.html", 404, `not found`},
		{"/%2e%2e/serve.go", 404, `not found`},
		{"/api/nothing", 404, `not found`},
	}
	for _, tt := range tests {
		resp, err := http.Get(srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s: status %d, want %d\n%s", tt.path, resp.StatusCode, tt.status, body)
			continue
		}
		if !strings.Contains(string(body), tt.want) {
			t.Errorf("GET %s: body lacks %q:\n%.400s", tt.path, tt.want, body)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'self'") {
			t.Errorf("GET %s: CSP %q", tt.path, csp)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: no nosniff", tt.path)
		}
		if tt.status >= 400 {
			var e struct{ Error string }
			if err := json.Unmarshal(body, &e); err != nil || e.Error == "" {
				t.Errorf("GET %s: error is not JSON: %s", tt.path, body)
			}
		}
	}
}

func TestServeRefuses(t *testing.T) {
	srv := httptest.NewServer(newServer(serveFixture(), true))
	defer srv.Close()
	req := func(method, path, host string, body io.Reader) int {
		r, err := http.NewRequest(method, srv.URL+path, body)
		if err != nil {
			t.Fatal(err)
		}
		if host != "" {
			r.Host = host
		}
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := req("POST", "/api/rank", "", nil); got != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", got)
	}
	if got := req("DELETE", "/", "", nil); got != http.StatusMethodNotAllowed {
		t.Errorf("DELETE /: %d", got)
	}
	if got := req("GET", "/api/rank", "", strings.NewReader("x=1")); got != http.StatusRequestEntityTooLarge {
		t.Errorf("GET with a body: %d", got)
	}
	if got := req("GET", "/api/rank", "attacker.example:7070", nil); got != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: %d", got)
	}
	if got := req("GET", "/api/rank", "localhost:7070", nil); got != http.StatusOK {
		t.Errorf("localhost Host: %d", got)
	}
	if got := req("HEAD", "/api/rank", "", nil); got != http.StatusOK {
		t.Errorf("HEAD: %d", got)
	}
	if got := req("GET", "/api/rank?"+strings.Repeat("a=1&", 600), "", nil); got != http.StatusRequestURITooLong {
		t.Errorf("long query: %d", got)
	}
}

func TestServeCLIErrors(t *testing.T) {
	if _, _, err := cli(t, "serve", "--addr", "nonsense", "--db", t.TempDir()); err == nil || !strings.Contains(err.Error(), "usage") {
		t.Errorf("bad --addr: %v", err)
	}
}

// TestServeLoad runs 50 concurrent clients for 20,000 requests in all
// against serve on a loopback port, over the example corpus, and logs the
// throughput and latency percentiles. Any failed request fails the test.
func TestServeLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped in -short mode")
	}
	db := ingestExamples(t)
	p, err := chronograph.Open(db, chronograph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	snap, err := p.Snapshot(context.Background())
	p.Close()
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serveOn(ctx, ln, newServer(snap, true)) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	base := "http://" + ln.Addr().String()
	paths := []string{
		"/api/timeline", "/api/entities", "/api/entity?name=Mexico", "/api/related?name=Mexico&depth=2",
		"/api/rank?top=10", "/api/communities", "/api/graph?limit=50", "/api/between?from=2025-02-01&to=2025-04-30",
		"/api/timeline?type=call", "/api/path?a=Mexico&b=United+States", "/", "/app.js",
	}
	const clients, total = 50, 20000
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	var next, failures atomic.Int64
	var firstErr atomic.Value
	lat := make([][]time.Duration, clients)
	var wg sync.WaitGroup
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= total {
					return
				}
				t0 := time.Now()
				resp, err := client.Get(base + paths[int(i)%len(paths)])
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != http.StatusOK {
						err = fmt.Errorf("%s: %s", paths[int(i)%len(paths)], resp.Status)
					}
				}
				if err != nil {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				lat[c] = append(lat[c], time.Since(t0))
			}
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(start)
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	if n := failures.Load(); n > 0 {
		t.Fatalf("%d of %d requests failed; first: %v", n, total, firstErr.Load())
	}
	pct := func(p float64) time.Duration { return all[int(float64(len(all)-1)*p)] }
	t.Logf("load: %d requests, %d clients, %.0f req/s, p50 %v, p99 %v, max %v",
		len(all), clients, float64(len(all))/elapsed.Seconds(), pct(0.50), pct(0.99), all[len(all)-1])
}

// FuzzServeQuery sends arbitrary paths and query strings to the API: the
// server must not panic, must answer JSON for every /api/ path, and must
// answer only with the statuses the API documents.
func FuzzServeQuery(f *testing.F) {
	f.Add("/api/timeline", "from=2025-01-01&to=2025-12-31&type=call")
	f.Add("/api/path", "a=Ana&b=Mexico&max=2")
	f.Add("/api/entity", "name=%3Cscript%3E")
	f.Add("/api/rank", "top=-1&betweenness=maybe")
	f.Add("/../etc/passwd", "")
	srv := newServer(serveFixture(), true)
	// 301 and 307 are ServeMux's redirects of unclean paths to clean ones.
	ok := map[int]bool{200: true, 301: true, 307: true, 400: true, 404: true, 409: true, 414: true}
	f.Fuzz(func(t *testing.T, path, query string) {
		if !strings.HasPrefix(path, "/") || strings.ContainsAny(path, " ?#\x00\r\n") {
			return
		}
		r, err := http.NewRequest("GET", "http://127.0.0.1:7070"+path+"?"+query, nil)
		if err != nil {
			return
		}
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, r)
		if !ok[w.Code] {
			t.Fatalf("%s?%s: status %d", path, query, w.Code)
		}
		if (strings.HasPrefix(r.URL.Path, "/api/") && w.Code < 300 || w.Code >= 400) && !json.Valid(w.Body.Bytes()) {
			t.Fatalf("%s?%s: body is not JSON: %.200s", path, query, w.Body.String())
		}
	})
}
