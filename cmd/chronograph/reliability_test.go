package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chronograph/chronograph"
	"github.com/chronograph/chronograph/graph"
)

// Child modes: the test binary re-executes itself with one of these set.
const (
	// holdEnv names a database the child opens and holds until its stdin
	// closes; holdROEnv, when "1", opens it read-only.
	holdEnv   = "CHRONOGRAPH_TEST_HOLD_DB"
	holdROEnv = "CHRONOGRAPH_TEST_HOLD_RO"
	// mainEnv holds arguments, separated by U+001F, the child passes to main, so
	// the parent sees the real exit status.
	mainEnv = "CHRONOGRAPH_TEST_MAIN_ARGS"
)

// TestHoldChild is a child process of TestDatabaseInUse: it opens the
// database named by holdEnv, prints "ready", and keeps it open until its
// standard input is closed. It does nothing in a normal test run.
func TestHoldChild(t *testing.T) {
	db := os.Getenv(holdEnv)
	if db == "" {
		t.Skip("runs only as a child of TestDatabaseInUse")
	}
	p, err := chronograph.Open(db, chronograph.Options{ReadOnly: os.Getenv(holdROEnv) == "1"})
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(2)
	}
	fmt.Println("ready")
	io.Copy(io.Discard, os.Stdin)
	if err := p.Close(); err != nil {
		fmt.Println("close:", err)
		os.Exit(2)
	}
}

// TestMainChild is a child process running main with the arguments in
// mainEnv, so that its exit status is main's. It does nothing in a normal
// test run.
func TestMainChild(t *testing.T) {
	args := os.Getenv(mainEnv)
	if args == "" {
		t.Skip("runs only as a child of another test")
	}
	os.Args = append([]string{"chronograph"}, strings.Split(args, "\x1f")...)
	main()
	os.Exit(0)
}

// runMain runs `chronograph args...` as a child process and returns its
// exit status and combined output.
func runMain(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestMainChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), mainEnv+"="+strings.Join(args, "\x1f"))
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0, string(out)
	case errors.As(err, &ee):
		return ee.ExitCode(), string(out)
	}
	t.Fatalf("running chronograph %s: %v", strings.Join(args, " "), err)
	return -1, ""
}

// holdDB starts a child process holding db (read-only or not) and returns
// its process id; the child is stopped at the end of the test.
func holdDB(t *testing.T, db string, readOnly bool) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHoldChild$", "-test.count=1")
	ro := "0"
	if readOnly {
		ro = "1"
	}
	cmd.Env = append(os.Environ(), holdEnv+"="+db, holdROEnv+"="+ro)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(time.Minute):
			cmd.Process.Kill()
			<-done
		}
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		t.Fatalf("holding child: %q %v", line, err)
	}
	go io.Copy(io.Discard, stdout)
	return cmd.Process.Pid
}

// smallDB ingests one good article into a new database.
func smallDB(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	putFile(t, filepath.Join(dir, "in", "good.txt"), []byte(goodArticle))
	db := filepath.Join(dir, "news.db")
	mustCLI(t, "ingest", "--quiet", "--db", db, filepath.Join(dir, "in"))
	return db
}

// cliNoHang runs the command line in-process and fails the test, rather
// than hanging it, if the command does not return within a minute.
func cliNoHang(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	type result struct {
		out, stderr string
		err         error
	}
	done := make(chan result, 1)
	go func() {
		o, e, err := cli(t, args...)
		done <- result{o, e, err}
	}()
	select {
	case r := <-done:
		return r.out, r.stderr, r.err
	case <-time.After(time.Minute):
		t.Fatalf("chronograph %s did not return within a minute", strings.Join(args, " "))
	}
	return "", "", nil
}

// TestDatabaseInUse holds a database in another process and expects every
// command on it to fail at once with a message naming the database, saying
// it is in use and by which process; and to work again once it is freed.
func TestDatabaseInUse(t *testing.T) {
	db := smallDB(t)
	article := filepath.Join(t.TempDir(), "more.txt")
	putFile(t, article, []byte("Rubio Visits Ottawa\n\nMay 4, 2025\n\nMarco Rubio visited Ottawa on Saturday.\n"))
	commands := [][]string{
		{"timeline", "--db", db},
		{"entities", "--db", db, "--format", "json"},
		{"export", "json", "--db", db},
		{"check", "--db", db},
		{"ingest", "--quiet", "--db", db, article},
	}
	for _, readOnly := range []bool{false, true} {
		t.Run(fmt.Sprintf("held read-only %v", readOnly), func(t *testing.T) {
			pid := holdDB(t, db, readOnly)
			for _, args := range commands {
				if readOnly && args[0] != "ingest" {
					// Readers share a database with each other.
					if _, stderr, err := cliNoHang(t, args...); err != nil {
						t.Errorf("%s while another process reads the database: %v\n%s", args[0], err, stderr)
					}
					continue
				}
				_, _, err := cliNoHang(t, args...)
				if err == nil {
					t.Errorf("%s on a database held by process %d succeeded", args[0], pid)
					continue
				}
				msg := err.Error()
				wants := []string{db, "database in use by another process"}
				if !readOnly {
					// Only a writer records its process id (Badger's LOCK file).
					wants = append(wants, "held by process "+strconv.Itoa(pid))
				}
				for _, want := range wants {
					if !strings.Contains(msg, want) {
						t.Errorf("%s: error %q does not say %q", args[0], msg, want)
					}
				}
			}
		})
	}
	// Freed, the database works and the refused ingest can be run again.
	mustCLI(t, "ingest", "--quiet", "--db", db, article)
	if out := mustCLI(t, "check", "--db", db); !strings.Contains(out, "is consistent: 2 documents") {
		t.Errorf("check after the holder exited: %s", out)
	}
	// The real exit status of a command refused for a held database is 1.
	holdDB(t, db, false)
	status, out := runMain(t, "timeline", "--db", db)
	if status != 1 || !strings.Contains(out, "chronograph: ") || !strings.Contains(out, "database in use by another process") {
		t.Errorf("timeline on a held database: exit status %d, output:\n%s", status, out)
	}
}

// TestCheckFailsOnDamage damages a database in several ways and expects
// `chronograph check` to exit with status 1 and say what is wrong, where
// it passed before.
func TestCheckFailsOnDamage(t *testing.T) {
	for _, c := range []struct {
		name   string
		damage func(t *testing.T, db string)
		want   string // in the output; "$DB" is the database's path
	}{
		{"document stored after the graph was built", func(t *testing.T, db string) {
			// What a crash between storing a document and consolidating leaves.
			p, err := chronograph.Open(db, chronograph.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			var first *graph.Document
			err = p.Store().Documents(context.Background(), func(d *graph.Document) error {
				if first == nil {
					first = d
				}
				return nil
			})
			if err != nil || first == nil {
				t.Fatalf("no document to copy: %v", err)
			}
			first.ID = "copy-" + first.ID
			if err := p.Store().PutDocument(context.Background(), first); err != nil {
				t.Fatal(err)
			}
		}, "graph built from 1 documents but 2 are stored"},
		{"manifest truncated", func(t *testing.T, db string) {
			// Badger drops the tables the lost part listed: data goes missing.
			truncateHalf(t, filepath.Join(db, "MANIFEST"))
		}, "$DB"},
		{"tables overwritten", func(t *testing.T, db string) {
			n := 0
			for _, ext := range []string{"*.sst", "*.vlog"} {
				files, _ := filepath.Glob(filepath.Join(db, ext))
				for _, f := range files {
					scribble(t, f)
					n++
				}
			}
			if n == 0 {
				t.Skip("no table or value log files to damage")
			}
		}, "$DB"},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := smallDB(t)
			if status, out := runMain(t, "check", "--db", db); status != 0 {
				t.Fatalf("check before the damage: exit status %d\n%s", status, out)
			}
			c.damage(t, db)
			status, out := runMain(t, "check", "--db", db)
			t.Logf("check after the damage: exit status %d\n%s", status, out)
			if status != 1 {
				t.Errorf("check of a damaged database: exit status %d, want 1", status)
			}
			if want := strings.ReplaceAll(c.want, "$DB", db); !strings.Contains(out, want) {
				t.Errorf("check output does not say %q", want)
			}
		})
	}
}

// truncateHalf cuts a file to half its length.
func truncateHalf(t *testing.T, path string) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
}

// scribble overwrites the middle of a file with a fixed pattern.
func scribble(t *testing.T, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	junk := []byte(strings.Repeat("\xde\xad\xbe\xef", 64))
	for off := int64(16); off+int64(len(junk)) < fi.Size(); off += 1024 {
		if _, err := f.WriteAt(junk, off); err != nil {
			t.Fatal(err)
		}
	}
}

// TestNewerFormatRefused writes a newer format version into a database and
// expects every command, read or write, to refuse it with a message naming
// the database and both versions, leaving it untouched.
func TestNewerFormatRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a helper with the go command")
	}
	db := smallDB(t)
	if out, err := exec.Command("go", "run", "./testdata/setversion", db, "99").CombinedOutput(); err != nil {
		t.Fatalf("setversion: %v\n%s", err, out)
	}
	article := filepath.Join(t.TempDir(), "more.txt")
	putFile(t, article, []byte(goodArticle+"More text.\n"))
	for _, args := range [][]string{
		{"timeline", "--db", db},
		{"check", "--db", db},
		{"ingest", "--quiet", "--db", db, article},
	} {
		_, _, err := cliNoHang(t, args...)
		if err == nil {
			t.Errorf("%s on a database of format version 99 succeeded", args[0])
			continue
		}
		for _, want := range []string{db, "database format version 99 is newer than this program's 2", "unsupported database format version"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: error %q does not say %q", args[0], err, want)
			}
		}
	}
	status, out := runMain(t, "timeline", "--db", db)
	if status != 1 || !strings.Contains(out, "newer than this program's") {
		t.Errorf("timeline: exit status %d, output:\n%s", status, out)
	}
	// Nothing was written: putting the version back gives the database as it was.
	if out, err := exec.Command("go", "run", "./testdata/setversion", db, "2").CombinedOutput(); err != nil {
		t.Fatalf("setversion: %v\n%s", err, out)
	}
	if out := mustCLI(t, "check", "--db", db); !strings.Contains(out, "is consistent: 1 documents") {
		t.Errorf("check after restoring the version: %s", out)
	}
}

// TestReadOnDirectoryWithoutDatabase points read commands at existing
// folders that hold no database (a mistyped --db) and expects a clear
// error and the folder left exactly as it was: they used to turn it into
// an empty Badger database and print "No events".
func TestReadOnDirectoryWithoutDatabase(t *testing.T) {
	listing := func(dir string) string {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return strings.Join(names, " ")
	}
	empty := t.TempDir()
	notes := t.TempDir()
	putFile(t, filepath.Join(notes, "notes.txt"), []byte("not a database\n"))
	for _, dir := range []string{empty, notes} {
		before := listing(dir)
		for _, args := range [][]string{
			{"timeline", "--db", dir},
			{"entities", "--db", dir},
			{"check", "--db", dir},
			{"export", "json", "--db", dir},
			{"rank", "--db", dir},
		} {
			_, _, err := cliNoHang(t, args...)
			if err == nil || !strings.Contains(err.Error(), "no database at "+dir) {
				t.Errorf("%s --db %s: error %v, want it to say there is no database", args[0], dir, err)
			}
		}
		if after := listing(dir); after != before {
			t.Errorf("%s changed from [%s] to [%s]", dir, before, after)
		}
	}
}

// fuzzCommands are the commands FuzzCLIArgs runs: every one that only
// reads the database (ingest, serve, eval and train write or listen).
var fuzzCommands = []string{"timeline", "entities", "entity", "related", "path", "between", "rank", "communities", "export", "check"}

// FuzzCLIArgs runs a read command with arbitrary arguments (separated by
// newlines in the input) on a small database built from the example
// corpus: whatever the arguments, the command must return, without
// panicking, either output or an error with a message.
func FuzzCLIArgs(f *testing.F) {
	db := filepath.Join(f.TempDir(), "news.db")
	var out, errb strings.Builder
	if err := run(context.Background(), []string{"ingest", "--quiet", "--db", db, examples}, &out, &errb); err != nil {
		f.Fatalf("ingest: %v\n%s", err, errb.String())
	}
	for _, seed := range []struct {
		cmd  uint8
		args string
	}{
		{0, "--format\njson\n--from\n2025-01\n--to\n2025-05-31\n--type\ncall,tariff"},
		{0, "--entity\nSheinbaum\n--evidence"},
		{0, "--from\n2025-13-45\n--to\nMay"},
		{1, "--kind\nperson,place\n--format\njson"},
		{2, "Donald Trump\n--format\njson"},
		{2, ""},
		{3, "Sheinbaum\n--depth\n3"},
		{3, "Sheinbaum\n--depth\n-1"},
		{4, "Trump\nSinaloa Cartel\n--max\n5"},
		{4, "Trump\nTrump"},
		{5, "--from\n2025-02\n--to\n2025-04\n--format\njson"},
		{6, "--top\n0\n--betweenness=false"},
		{7, "--format\njson"},
		{8, "dot\n--view\nentities\n--clusters"},
		{8, "dot\n--entity\nMexico\n--depth\n2"},
		{8, "graphml"},
		{8, "jsonld"},
		{8, "timelinejs\n--title\n<b>&"},
		{8, "csv"},
		{9, "--format=xml"},
		{0, "--as-of\n2025-03-01\n-h"},
	} {
		f.Add(seed.cmd, seed.args)
	}
	f.Fuzz(func(t *testing.T, cmd uint8, args string) {
		if len(args) > 2000 || strings.Contains(args, "://") || strings.Contains(args, "-out") {
			t.Skip("too long, a server address, or a file to write")
		}
		argv := []string{fuzzCommands[int(cmd)%len(fuzzCommands)], "--db", db}
		if args != "" {
			argv = append(argv, strings.Split(args, "\n")...)
		}
		if len(argv) > 20 {
			t.Skip("too many arguments")
		}
		var out, errb strings.Builder
		err := run(context.Background(), argv, &out, &errb)
		if err != nil && err.Error() == "" {
			t.Errorf("%q: error with an empty message", argv)
		}
	})
}
