package dgraphstore

import (
	"testing"

	"github.com/chronograph/chronograph/store"
	"github.com/chronograph/chronograph/store/storetest"
)

// TestConformance runs the store conformance suite against the Dgraph named
// by CHRONOGRAPH_DGRAPH, dropping all data before each subtest.
func TestConformance(t *testing.T) {
	addr(t)
	storetest.Run(t, func(t *testing.T) store.Store { return open(t) })
}
