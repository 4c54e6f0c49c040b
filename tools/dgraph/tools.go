//go:build tools

// Package tools pins the Dgraph server used by Chronograph's tests and CI
// (.ci/dgraph.sh). It is a separate module so the server's large dependency
// graph never enters the project's go.mod. Build the server with
//
//	go build -o dgraph github.com/dgraph-io/dgraph/v25/dgraph
//
// from this directory.
package tools

import _ "github.com/dgraph-io/dgraph/v25/dgraph"
