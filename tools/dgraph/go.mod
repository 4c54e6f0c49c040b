module github.com/chronograph/chronograph/tools/dgraph

go 1.26.8

require github.com/dgraph-io/dgraph/v25 v25.3.8 // indirect
