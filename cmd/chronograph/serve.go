package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
	"github.com/chronograph/chronograph/store"
)

// Server limits.
const (
	maxParamLen   = 200      // bytes in one query parameter value
	maxQueryLen   = 2048     // bytes in the whole query string
	maxHeaderSize = 16 << 10 // request header bytes
	viewCacheSize = 32       // filtered views kept in memory
	// responseCacheSize is the number of API responses kept in memory.
	responseCacheSize = 512
	maxCachedBody     = 2 << 20 // bytes; larger responses are recomputed
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", "", stderr)
	db := dbFlag(fs, "database directory")
	addr := fs.String("addr", "127.0.0.1:7070", "address to listen on (loopback unless you mean to share the graph)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		return fmt.Errorf("serve: --addr %q: %v: %w", *addr, err, errUsage)
	}
	p, err := open(*db, chronograph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	snap, err := p.Snapshot(ctx)
	p.Close()
	if err != nil {
		return err
	}
	loopback := isLoopback(host)
	if !loopback {
		fmt.Fprintf(stderr, "serve: warning: listening on %s, which is not a loopback address: anyone who can reach it can read the graph\n", host)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintf(stdout, "serving %d entities and %d events on http://%s/ (Ctrl-C to stop)\n", len(snap.Entities), len(snap.Events), ln.Addr())
	return serveOn(ctx, ln, newServer(snap, loopback))
}

// serveOn serves h on ln until ctx is done, then shuts down gracefully.
func serveOn(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    maxHeaderSize,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fmt.Errorf("serve: shutting down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// server answers the JSON API and serves the embedded page. It reads one
// snapshot loaded at start; it is safe for concurrent use.
type server struct {
	snap     *graph.Snapshot
	full     *chronograph.View
	loopback bool
	mux      *http.ServeMux

	mu        sync.Mutex
	views     map[string]*chronograph.View
	order     []string
	responses map[string][]byte
	respOrder []string
}

func newServer(s *graph.Snapshot, loopback bool) *server {
	srv := &server{snap: s, full: chronograph.NewView(s, graph.Filter{}), loopback: loopback,
		views: map[string]*chronograph.View{}, responses: map[string][]byte{}, mux: http.NewServeMux()}
	api := map[string]apiHandler{
		"/api/timeline":    {srv.timeline, []string{"entity"}},
		"/api/entities":    {srv.entities, nil},
		"/api/entity":      {srv.entity, []string{"name"}},
		"/api/related":     {srv.related, []string{"name", "depth", "limit"}},
		"/api/path":        {srv.path, []string{"a", "b", "max"}},
		"/api/rank":        {srv.rank, []string{"top", "betweenness"}},
		"/api/communities": {srv.communities, []string{"resolution", "seed"}},
		"/api/graph":       {srv.graph, []string{"limit"}},
		"/api/between":     {srv.between, nil},
	}
	for path, h := range api {
		srv.mux.Handle(path, h.wrap())
	}
	srv.mux.HandleFunc("/", srv.static)
	return srv
}

// filterParams are the query parameters every API endpoint accepts.
var filterParams = []string{"from", "to", "type", "kind", "as_of"}

// apiHandler is one API endpoint and the parameters it accepts besides
// filterParams.
type apiHandler struct {
	fn     func(w http.ResponseWriter, r *http.Request, v *chronograph.View) (any, error)
	params []string
}

// httpError is an error with the HTTP status it should be answered with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(format string, a ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, a...)}
}

func (h apiHandler) wrap() http.Handler {
	allowed := map[string]bool{}
	for _, p := range append(append([]string(nil), filterParams...), h.params...) {
		allowed[p] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		srv := r.Context().Value(serverKey{}).(*server)
		w.Header().Set("Cache-Control", "no-store")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, &httpError{http.StatusMethodNotAllowed, "method " + r.Method + " not allowed: the API is read-only"})
			return
		}
		if len(r.URL.RawQuery) > maxQueryLen {
			writeError(w, &httpError{http.StatusRequestURITooLong, fmt.Sprintf("query longer than %d bytes", maxQueryLen)})
			return
		}
		q, err := urlQuery(r)
		if err != nil {
			writeError(w, badRequest("bad query string: %v", err))
			return
		}
		for k, vs := range q {
			if !allowed[k] {
				writeError(w, badRequest("unknown parameter %q (this endpoint takes %s)", k, strings.Join(sortedKeys(allowed), ", ")))
				return
			}
			if len(vs) > 1 {
				writeError(w, badRequest("parameter %q given %d times", k, len(vs)))
				return
			}
			if len(vs[0]) > maxParamLen {
				writeError(w, badRequest("parameter %q longer than %d bytes", k, maxParamLen))
				return
			}
		}
		f, err := parseFilter(q.Get("from"), q.Get("to"), q.Get("type"), q.Get("kind"), q.Get("as_of"))
		if err != nil {
			writeError(w, badRequest("%v", err))
			return
		}
		key := r.URL.Path + "?" + q.Encode()
		body, ok := srv.cached(key)
		if !ok {
			out, err := h.fn(w, r, srv.view(f))
			if err != nil {
				writeError(w, err)
				return
			}
			var b bytes.Buffer
			if err := chronograph.WriteJSON(&b, out); err != nil {
				writeError(w, err)
				return
			}
			body = b.Bytes()
			srv.store(key, body)
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		if r.Method == http.MethodHead {
			return
		}
		w.Write(body)
	})
}

// cached returns the response body stored for key. The snapshot never
// changes while the server runs, so a response stays valid.
func (s *server) cached(key string) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.responses[key]
	return b, ok
}

// store keeps a response body for key, evicting the oldest beyond
// responseCacheSize entries; bodies over maxCachedBody are not kept.
func (s *server) store(key string, body []byte) {
	if len(body) > maxCachedBody {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.responses[key]; ok {
		return
	}
	if len(s.respOrder) >= responseCacheSize {
		delete(s.responses, s.respOrder[0])
		s.respOrder = s.respOrder[1:]
	}
	s.responses[key] = body
	s.respOrder = append(s.respOrder, key)
}

type serverKey struct{}

// ServeHTTP adds the security headers, refuses bodies and, on a loopback
// listener, requests for other host names (DNS rebinding), then routes.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	if r.ContentLength > 0 || len(r.TransferEncoding) > 0 {
		writeError(w, &httpError{http.StatusRequestEntityTooLarge, "request bodies are not accepted"})
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 0)
	if s.loopback {
		host, _, err := net.SplitHostPort(r.Host)
		if err != nil {
			host = r.Host
		}
		if !isLoopback(strings.Trim(host, "[]")) {
			writeError(w, &httpError{http.StatusMisdirectedRequest, "unexpected host " + strconv.Quote(r.Host)})
			return
		}
	}
	s.mux.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), serverKey{}, s)))
}

// view returns the view for f, from a small cache.
func (s *server) view(f graph.Filter) *chronograph.View {
	if f.IsZero() {
		return s.full
	}
	key := fmt.Sprintf("%s|%s|%s|%v|%v", f.From, f.To, f.AsOf, f.Types, f.Kinds)
	s.mu.Lock()
	v, ok := s.views[key]
	s.mu.Unlock()
	if ok {
		return v
	}
	v = chronograph.NewView(s.snap, f)
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.views[key]; ok {
		return old
	}
	if len(s.order) >= viewCacheSize {
		delete(s.views, s.order[0])
		s.order = s.order[1:]
	}
	s.views[key] = v
	s.order = append(s.order, key)
	return v
}

func writeError(w http.ResponseWriter, err error) {
	status := http.StatusInternalServerError
	msg := "internal error"
	var he *httpError
	switch {
	case errors.As(err, &he):
		status, msg = he.status, he.msg
	case errors.Is(err, store.ErrNotFound), errors.Is(err, graph.ErrUnknownEntity):
		status, msg = http.StatusNotFound, err.Error()
	case errors.Is(err, chronograph.ErrAmbiguous):
		status, msg = http.StatusConflict, err.Error()
	case errors.Is(err, graph.ErrNoPath):
		status, msg = http.StatusNotFound, err.Error()
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	chronograph.WriteJSON(w, struct {
		Error  string `json:"error"`
		Status int    `json:"status"`
	}{msg, status})
}
