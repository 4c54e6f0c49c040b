package dgraphstore

import (
	"context"
	"strings"

	"github.com/dgraph-io/dgo/v250"
)

// all is the "first" argument of a sorted query meant to return every
// match: without one, Dgraph returns at most 1000 nodes of a sorted query.
const all = "2147483647"

// selectPages runs a selection in two phases within txn, so that filters and
// sorting run once on the server however many pages the result has. First
// list, a DQL body whose block "l" returns the UIDs of the selected nodes in
// order; then, per page of size UIDs, a query of those nodes' fields sorted
// by the predicate order, each node decoded into blobNode and passed to fn.
// fn's error stops the iteration and is returned.
func selectPages(ctx context.Context, txn *dgo.Txn, list string, args []arg, order, fields string,
	size int, fn func(blobNode) error) error {
	var ids struct {
		L []struct {
			UID string `json:"uid"`
		} `json:"l"`
	}
	if err := query(ctx, txn, list, &ids, args...); err != nil {
		return err
	}
	for start := 0; start < len(ids.L); start += size {
		end := min(start+size, len(ids.L))
		uids := make([]string, 0, end-start)
		for _, n := range ids.L[start:end] {
			if !isUID(n.UID) {
				continue
			}
			uids = append(uids, n.UID)
		}
		var page struct {
			P []blobNode `json:"p"`
		}
		err := query(ctx, txn, `p(func: uid(`+strings.Join(uids, ", ")+`), orderasc: `+order+`, first: `+all+`) { `+fields+` }`, &page)
		if err != nil {
			return err
		}
		for _, n := range page.P {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(n); err != nil {
				return err
			}
		}
	}
	return nil
}

// isUID reports whether s is a UID as Dgraph prints them (0x and hex
// digits), so it can be written into a query.
func isUID(s string) bool {
	if len(s) < 3 || s[:2] != "0x" {
		return false
	}
	for _, c := range s[2:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
