package chronograph

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/chronograph/chronograph/store/dgraphstore"
)

// ConnectTimeout bounds how long Open waits for a database server named by
// an address to answer.
const ConnectTimeout = 30 * time.Second

// IsAddress reports whether db names a database server ("dgraph://host:port")
// rather than a Badger directory: it has a scheme.
func IsAddress(db string) bool { return strings.Contains(db, "://") }

// openAddress opens a Pipeline on the database server at addr. The only
// scheme is dgraph: "dgraph://host:port", a comma-separated list of alphas
// ("dgraph://alpha1:9080,alpha2:9080") or a dgo connection string with
// credentials and TLS options; see dgraphstore.Open.
func openAddress(addr string, opts Options) (*Pipeline, error) {
	scheme, _, _ := strings.Cut(addr, "://")
	if scheme != "dgraph" {
		return nil, fmt.Errorf("chronograph: unsupported store address %q (want dgraph://host:port or a directory)", addr)
	}
	ctx, cancel := context.WithTimeout(context.Background(), ConnectTimeout)
	defer cancel()
	st, err := dgraphstore.Open(ctx, addr)
	if err != nil {
		return nil, fmt.Errorf("chronograph: open %s: %w", addr, err)
	}
	return New(st, opts), nil
}
