package dgraphstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/dgo/v250/protos/api"
)

// leaseTTL is how long a consolidation lease lasts without renewal; the
// holder renews it every leaseTTL/4, so a crashed holder blocks the others
// for at most leaseTTL. Expiry is judged by the clocks of the processes
// involved, which must agree to well within leaseTTL.
const leaseTTL = time.Minute

// errLeaseLost is the cause of a ReplaceGraph stopped because another
// process took its lease (after it expired unrenewed).
var errLeaseLost = errors.New("dgraphstore: consolidation lease lost to another process")

// lease is a held consolidation lease: the right, shared by every process
// writing to one Dgraph, to stage, switch to and clean up graph generations.
// It lives in the Meta node (meta.lock, meta.until), so taking, renewing and
// releasing it are transactions that conflict with each other and with a
// generation switch; Dgraph aborts all but one of concurrent takers.
type lease struct {
	db    *DB
	owner string
	stop  context.CancelFunc
	done  chan struct{}
}

// acquire waits until the lease is free or expired and takes it for owner,
// a token no other holder uses. The returned context is ctx, cancelled with
// errLeaseLost as its cause if the lease is lost; release it with release.
// meta is the Meta node as it was when the lease was taken.
func (db *DB) acquire(ctx context.Context, owner string) (*lease, context.Context, metaNode, error) {
	pause := 50 * time.Millisecond
	for {
		var (
			held bool
			m    metaNode
		)
		err := retry(ctx, func() error {
			txn := db.dg.NewTxn()
			defer txn.Discard(ctx)
			var err error
			if m, err = db.meta(ctx, txn); err != nil {
				return err
			}
			now := time.Now().UnixMilli()
			if held = m.Lock != "" && m.Lock != owner && m.Until > now; held {
				return nil
			}
			set := map[string]any{"uid": uidOr(m.UID, "_:meta"), "meta.lock": owner,
				"meta.until": now + leaseTTL.Milliseconds()}
			if m.UID == "" {
				set["dgraph.type"], set["meta.id"], set["meta.version"] = "Meta", metaID, FormatVersion
				m.Version = FormatVersion
			}
			raw, _ := json.Marshal(set)
			if _, err := txn.Mutate(ctx, &api.Mutation{SetJson: raw}); err != nil {
				return err
			}
			return txn.Commit(ctx)
		})
		if err != nil {
			return nil, nil, metaNode{}, fmt.Errorf("take consolidation lease: %w", err)
		}
		if !held {
			m.Lock = owner
			wctx, cancel := context.WithCancelCause(ctx)
			l := &lease{db: db, owner: owner, done: make(chan struct{})}
			renewCtx, stop := context.WithCancel(wctx)
			l.stop = func() { stop(); <-l.done; cancel(nil) }
			go l.renew(renewCtx, cancel)
			return l, wctx, m, nil
		}
		select {
		case <-ctx.Done():
			return nil, nil, metaNode{}, ctx.Err()
		case <-time.After(pause):
		}
		if pause < time.Second {
			pause *= 2
		}
	}
}

// renew extends the lease every leaseTTL/4 until ctx ends, and cancels the
// holder's context with errLeaseLost when another owner has it.
func (l *lease) renew(ctx context.Context, lost context.CancelCauseFunc) {
	defer close(l.done)
	tick := time.NewTicker(leaseTTL / 4)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		err := l.update(ctx, time.Now().Add(leaseTTL).UnixMilli())
		if errors.Is(err, errLeaseLost) {
			lost(errLeaseLost)
			return
		}
		// Other failures (a busy cluster) are retried at the next tick;
		// the lease outlives three missed renewals.
	}
}

// update sets the lease's expiry, or frees it when until is 0, provided
// owner still holds it; otherwise it returns errLeaseLost.
func (l *lease) update(ctx context.Context, until int64) error {
	return retry(ctx, func() error {
		txn := l.db.dg.NewTxn()
		defer txn.Discard(ctx)
		m, err := l.db.meta(ctx, txn)
		if err != nil {
			return err
		}
		if m.Lock != l.owner {
			return errLeaseLost
		}
		set := map[string]any{"uid": m.UID, "meta.until": until}
		if until == 0 {
			set["meta.lock"] = ""
		}
		raw, _ := json.Marshal(set)
		if _, err := txn.Mutate(ctx, &api.Mutation{SetJson: raw}); err != nil {
			return err
		}
		return txn.Commit(ctx)
	})
}

// release stops renewing and frees the lease if this holder still has it.
// It runs even when the holder's context was cancelled.
func (l *lease) release() error {
	l.stop()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := l.update(ctx, 0)
	if errors.Is(err, errLeaseLost) {
		return nil
	}
	return err
}
