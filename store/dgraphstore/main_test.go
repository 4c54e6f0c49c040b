//go:build unix

package dgraphstore

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestMain holds, while the tests run against a Dgraph, a lock shared with
// cmd/chronograph's Dgraph tests: both drop all data, and `go test ./...`
// runs packages in parallel.
func TestMain(m *testing.M) {
	if a := strings.TrimPrefix(os.Getenv(envAddr), "dgraph://"); a != "" {
		lock := filepath.Join(os.TempDir(), "chronograph-dgraph-test-"+strings.NewReplacer(":", "_", "/", "_").Replace(a)+".lock")
		f, err := os.OpenFile(lock, os.O_CREATE|os.O_RDWR, 0o644)
		if err == nil {
			err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "dgraphstore: test lock:", err)
			os.Exit(1)
		}
		code := m.Run()
		f.Close()
		os.Exit(code)
	}
	os.Exit(m.Run())
}
