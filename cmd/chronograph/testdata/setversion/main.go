// Command setversion overwrites the format version recorded in a closed
// Chronograph database, through Badger directly, so that the CLI tests can
// show how a database written by a newer release is refused. It lives under
// testdata so that it is no package of the module: Badger stays imported
// by store/badgerstore alone.
//
//	go run ./testdata/setversion DB VERSION
package main

import (
	"fmt"
	"os"

	"github.com/dgraph-io/badger/v4"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: setversion DB VERSION")
		os.Exit(2)
	}
	if err := set(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "setversion:", err)
		os.Exit(1)
	}
}

func set(path, version string) error {
	db, err := badger.Open(badger.DefaultOptions(path).WithLogger(nil))
	if err != nil {
		return err
	}
	err = db.Update(func(txn *badger.Txn) error { return txn.Set([]byte("version"), []byte(version)) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}
