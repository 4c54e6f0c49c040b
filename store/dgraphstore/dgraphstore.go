package dgraphstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dgraph-io/dgo/v250"
	"github.com/dgraph-io/dgo/v250/protos/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/chronograph/chronograph/store"
)

var _ store.Store = (*DB)(nil)

// metaID is the meta.id of the one Meta node.
const metaID = "chronograph"

// maxMsg bounds the gRPC messages exchanged with Dgraph in both directions.
const maxMsg = 256 << 20

// DB is a store.Store kept in a Dgraph cluster. It is safe for concurrent
// use; concurrent writers of the same document are serialised by Dgraph's
// conflict detection and retried.
type DB struct {
	dg *dgo.Dgraph
	// replace serialises this process's ReplaceGraph calls.
	replace sync.Mutex
	closed  sync.Once
}

// Open connects to the Dgraph alpha at addr, applies the schema and checks
// the format version. addr is a gRPC host:port ("127.0.0.1:9080"), or a
// comma-separated list of them ("alpha1:9080,alpha2:9080") spread over
// round-robin, reached without TLS, either optionally prefixed with
// "dgraph://"; or a dgo connection string with credentials or options
// ("dgraph://user:pw@host:port?sslmode=verify-ca"). Open retries while the cluster reports it is not
// ready, until ctx ends. It returns store.ErrVersion when the database was
// written by a newer format. The caller must Close the DB.
func Open(ctx context.Context, addr string) (*DB, error) {
	var (
		dg  *dgo.Dgraph
		err error
	)
	if plain, ok := strings.CutPrefix(addr, "dgraph://"); ok && !strings.ContainsAny(plain, "@?/") {
		addr = plain
	}
	if strings.HasPrefix(addr, "dgraph://") {
		dg, err = dgo.Open(addr)
	} else {
		dg, err = dgo.NewRoundRobinClient(strings.Split(addr, ","),
			dgo.WithGrpcOption(grpc.WithTransportCredentials(insecure.NewCredentials())),
			dgo.WithGrpcOption(grpc.WithDefaultCallOptions(
				grpc.MaxCallRecvMsgSize(maxMsg), grpc.MaxCallSendMsgSize(maxMsg))))
	}
	if err != nil {
		return nil, fmt.Errorf("dgraphstore: connect %s: %w", addr, err)
	}
	db := &DB{dg: dg}
	if err := db.init(ctx); err != nil {
		dg.Close()
		return nil, err
	}
	return db, nil
}

// init applies the schema and records or checks the format version.
func (db *DB) init(ctx context.Context) error {
	err := retry(ctx, func() error {
		return db.dg.SetSchema(ctx, schema)
	})
	if err != nil {
		return fmt.Errorf("dgraphstore: apply schema: %w", err)
	}
	return retry(ctx, func() error {
		txn := db.dg.NewTxn()
		defer txn.Discard(ctx)
		m, err := db.meta(ctx, txn)
		if err != nil {
			return err
		}
		if m.Version > FormatVersion {
			return fmt.Errorf("dgraphstore: database format %d, this version reads up to %d: %w",
				m.Version, FormatVersion, store.ErrVersion)
		}
		if m.UID != "" && m.Version == FormatVersion {
			return nil
		}
		set, _ := json.Marshal(map[string]any{
			"uid": uidOr(m.UID, "_:meta"), "dgraph.type": "Meta",
			"meta.id": metaID, "meta.version": FormatVersion,
		})
		if _, err := txn.Mutate(ctx, &api.Mutation{SetJson: set}); err != nil {
			return err
		}
		return txn.Commit(ctx)
	})
}

// Close closes the connections to Dgraph. It is safe to call more than once.
func (db *DB) Close() error {
	db.closed.Do(db.dg.Close)
	return nil
}

// metaNode is the Meta node: the format version, the current graph
// generation, how many documents that graph was built from and how many
// entities and events it holds (nil when written by an older version), and
// the consolidation lease (see lease.go).
type metaNode struct {
	UID      string `json:"uid"`
	Version  int    `json:"meta.version"`
	Gen      int64  `json:"meta.gen"`
	Docs     int    `json:"meta.docs"`
	Entities *int   `json:"meta.entities"`
	Events   *int   `json:"meta.events"`
	Lock     string `json:"meta.lock"`
	Until    int64  `json:"meta.until"`
}

// meta reads the Meta node within txn; UID is empty when there is none.
func (db *DB) meta(ctx context.Context, txn *dgo.Txn) (metaNode, error) {
	var out struct {
		M []metaNode `json:"m"`
	}
	err := query(ctx, txn, `m(func: eq(meta.id, $id), first: 1) {
		uid meta.version meta.gen meta.docs meta.entities meta.events meta.lock meta.until }`,
		&out, str("id", metaID))
	if err != nil || len(out.M) == 0 {
		return metaNode{}, err
	}
	return out.M[0], nil
}

// arg is one variable of a DQL query: its name without "$", its DQL type
// (string, int, bool) and its value.
type arg struct{ name, typ, val string }

func str(name, val string) arg     { return arg{name, "string", val} }
func num(name string, n int64) arg { return arg{name, "int", strconv.FormatInt(n, 10)} }

// query runs the DQL query body (the blocks, without the "query" header) with
// the given variables in txn and decodes its JSON result into out.
func query(ctx context.Context, txn *dgo.Txn, body string, out any, args ...arg) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	q, vars := header(body, args)
	resp, err := txn.QueryWithVars(ctx, q, vars)
	if err != nil {
		return ctxErr(ctx, err)
	}
	if err := json.Unmarshal(resp.Json, out); err != nil {
		return fmt.Errorf("dgraphstore: decode query result: %w", err)
	}
	return nil
}

// header declares args in front of body, returning the query and its
// variables.
func header(body string, args []arg) (string, map[string]string) {
	if len(args) == 0 {
		return "{" + body + "}", nil
	}
	var b strings.Builder
	vars := make(map[string]string, len(args))
	b.WriteString("query q(")
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$" + a.name + ": " + a.typ)
		vars["$"+a.name] = a.val
	}
	b.WriteString(") {")
	b.WriteString(body)
	b.WriteString("}")
	return b.String(), vars
}

// retry runs fn until it succeeds, fails with an error that retrying cannot
// cure, or ctx ends. Aborted transactions (conflicting writers) and a
// cluster that asks to be retried are retried with a growing pause.
func retry(ctx context.Context, fn func() error) error {
	pause := 20 * time.Millisecond
	for attempt := 0; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := fn()
		if err != nil && ctx.Err() != nil {
			return ctxErr(ctx, err)
		}
		if err == nil || !retryable(err) || attempt >= 30 {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (after %v)", ctx.Err(), err)
		case <-time.After(pause):
		}
		if pause < time.Second {
			pause *= 2
		}
	}
}

// ctxErr returns err, made to wrap the context's error when ctx has ended:
// gRPC reports a cancelled call with its own status error, which does not
// match context.Canceled or context.DeadlineExceeded.
func ctxErr(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%w (%v)", cerr, err)
	}
	return err
}

// retryable reports whether err is worth retrying.
func retryable(err error) bool {
	if errors.Is(err, dgo.ErrAborted) {
		return true
	}
	s := err.Error()
	return strings.Contains(s, "Please retry") || strings.Contains(s, "please retry") ||
		strings.Contains(s, "Transaction has been aborted") ||
		strings.Contains(s, "not ready") || strings.Contains(s, "Unavailable")
}

// uidOr returns uid, or blank when uid is empty.
func uidOr(uid, blank string) string {
	if uid == "" {
		return blank
	}
	return uid
}
