package chronograph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// formatOf returns the reader format for a file name's extension, or "".
func formatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return "text"
	case ".md", ".markdown":
		return "markdown"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".json":
		return "json"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".sgm", ".sgml":
		return "sgml"
	case ".xml", ".naf":
		return "cat"
	}
	return ""
}

// ReadFile reads one file into its articles; a .jsonl, .json (array) or .sgm
// file may hold many. The format comes from the extension: .txt and .text
// (plain text), .md and .markdown, .html and .htm, .json, .jsonl and .ndjson,
// .sgm (Reuters-21578 SGML) and .xml or .naf (NewsReader CAT XML).
//
// Problems are reported as *ReadError values naming the file and, for one
// bad record of a multi-record file, its 1-based record (line) number;
// several are combined with errors.Join (one is returned as it is). The articles read from the good
// records are returned along with the error. A file that cannot be read at
// all (missing, unreadable, binary, empty, larger than MaxFileSize, of an
// unsupported format) yields no articles and one *ReadError.
func ReadFile(path string) ([]Article, error) {
	format := formatOf(path)
	if format == "" {
		return nil, &ReadError{Path: path, Err: fmt.Errorf("%w (extension %q)", ErrUnsupported, filepath.Ext(path))}
	}
	data, err := readLimited(path)
	if err != nil {
		return nil, &ReadError{Path: path, Err: err}
	}
	return readBytes(path, format, data)
}

// readLimited reads a regular file of at most MaxFileSize bytes. It checks
// the size before reading, and reads no more than the limit even if the
// file grows meanwhile.
func readLimited(path string) ([]byte, error) {
	// Stat before opening: opening a FIFO blocks until a writer comes,
	// which may be never, and a signal does not interrupt it.
	fi, err := os.Stat(path)
	if err != nil {
		return nil, osErr(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, irregular(fi.Mode())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, osErr(err)
	}
	defer f.Close()
	fi, err = f.Stat()
	if err != nil {
		return nil, osErr(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, irregular(fi.Mode())
	}
	if fi.Size() > MaxFileSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), MaxFileSize)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, osErr(err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, MaxFileSize)
	}
	if len(data) == 0 {
		return nil, ErrEmpty
	}
	return data, nil
}

// irregular describes why a file that is not a regular file is not read.
func irregular(m fs.FileMode) error {
	switch {
	case m.IsDir():
		return errors.New("is a directory")
	case m&fs.ModeNamedPipe != 0:
		return errors.New("not a regular file (a named pipe)")
	case m&fs.ModeSocket != 0:
		return errors.New("not a regular file (a socket)")
	case m&fs.ModeDevice != 0:
		return errors.New("not a regular file (a device)")
	}
	return fmt.Errorf("not a regular file (%s)", m.Type())
}

// osErr drops the *fs.PathError wrapper, whose path the ReadError repeats,
// keeping the OS error itself (errors.Is(err, fs.ErrPermission) holds).
func osErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readBytes reads a file's content in the given format.
func readBytes(path, format string, data []byte) ([]Article, error) {
	switch format {
	case "jsonl":
		return readJSONL(path, data)
	case "sgml":
		return readSGML(path, data)
	case "cat":
		a, err := readCAT(path, data)
		if err != nil {
			return nil, &ReadError{Path: path, Err: err}
		}
		return []Article{a}, nil
	}
	text, err := decodeText(data)
	if err != nil {
		return nil, &ReadError{Path: path, Err: err}
	}
	switch format {
	case "json":
		return readJSON(path, data, text)
	case "html":
		a := readHTML(text)
		return finish(path, 0, format, data, a)
	case "markdown":
		a := readMarkdown(text)
		return finish(path, 0, format, data, a)
	}
	c := cleanText(text, "")
	a := Article{Title: c.Title, Header: c.Header, Text: c.Text, Blocks: c.Blocks, BlockDates: c.BlockDates}
	return finish(path, 0, format, data, a)
}

// joinErrors returns nil for no error, the error itself for one, and
// errors.Join of them for several.
func joinErrors(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	return errors.Join(errs...)
}

// finish fills in an article's identity and rejects one without text.
func finish(path string, record int, format string, raw []byte, a Article) ([]Article, error) {
	a.Path, a.Record, a.Format, a.Raw = path, record, format, raw
	if strings.TrimSpace(a.Text) == "" {
		return nil, &ReadError{Path: path, Record: record, Err: ErrNoText}
	}
	return []Article{a}, nil
}

// Walk reads the files and folders named by paths, in order, and calls fn for
// each article. Folders are walked recursively in lexical order; symbolic
// links are followed; a link that leads back to a folder being walked is
// reported as ErrSymlinkLoop instead of being entered, and a folder reached
// again through another link is not read twice. Inside folders, hidden files and folders (names starting
// with ".") and files of unsupported formats are skipped silently; a file
// named in paths is always read, and an unsupported one reported. A named
// pipe, socket or device with a supported extension is reported, never
// opened (opening a pipe would wait for a writer).
//
// Every file or record that cannot be read is passed to onErr as a
// *ReadError, and the walk goes on. When onErr is nil, those errors are
// joined into Walk's result instead. Walk stops and returns the error when
// fn returns one or ctx is done. fn and onErr are called from Walk's
// goroutine, one at a time.
func Walk(ctx context.Context, paths []string, fn func(Article) error, onErr func(error)) error {
	var collected []error
	report := onErr
	if report == nil {
		report = func(err error) { collected = append(collected, err) }
	}
	w := &walker{ctx: ctx, fn: fn, onErr: report, seen: map[string]bool{}}
	for _, p := range paths {
		if err := w.visit(p, true, nil); err != nil {
			return err
		}
	}
	return errors.Join(collected...)
}

type walker struct {
	ctx   context.Context
	fn    func(Article) error
	onErr func(error)
	seen  map[string]bool // real paths of folders entered
}

// visit reads one path. ancestors are the real paths of the folders being
// walked above it.
func (w *walker) visit(path string, explicit bool, ancestors []string) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	fi, err := os.Stat(path) // follows links
	if err != nil {
		if lfi, lerr := os.Lstat(path); lerr == nil && lfi.Mode()&fs.ModeSymlink != 0 && isLoopErr(err) {
			w.onErr(&ReadError{Path: path, Err: ErrSymlinkLoop})
			return nil
		}
		if !explicit && errors.Is(err, fs.ErrNotExist) {
			return nil // a dangling link inside a folder
		}
		w.onErr(&ReadError{Path: path, Err: osErr(err)})
		return nil
	}
	if fi.IsDir() {
		return w.dir(path, ancestors)
	}
	format := formatOf(path)
	if format == "" {
		if explicit {
			w.onErr(&ReadError{Path: path, Err: fmt.Errorf("%w (extension %q)", ErrUnsupported, filepath.Ext(path))})
		}
		return nil
	}
	arts, err := ReadFile(path)
	if err != nil {
		w.report(err)
	}
	for _, a := range arts {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		if err := w.fn(a); err != nil {
			return err
		}
	}
	return nil
}

// report passes each error joined in err to onErr.
func (w *walker) report(err error) {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			w.onErr(e)
		}
		return
	}
	w.onErr(err)
}

func isLoopErr(err error) bool {
	return strings.Contains(err.Error(), "too many levels of symbolic links") || strings.Contains(err.Error(), "too many links")
}

// dir walks a folder.
func (w *walker) dir(path string, ancestors []string) error {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		if isLoopErr(err) {
			w.onErr(&ReadError{Path: path, Err: ErrSymlinkLoop})
		} else {
			w.onErr(&ReadError{Path: path, Err: osErr(err)})
		}
		return nil
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	for _, a := range ancestors {
		if a == real {
			w.onErr(&ReadError{Path: path, Err: fmt.Errorf("%w: leads back to %s", ErrSymlinkLoop, real)})
			return nil
		}
	}
	if w.seen[real] {
		return nil // reached again through another link: already read
	}
	w.seen[real] = true
	entries, err := os.ReadDir(path)
	if err != nil {
		w.onErr(&ReadError{Path: path, Err: osErr(err)})
		if len(entries) == 0 {
			return nil
		}
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		names = append(names, e.Name())
	}
	sort.Strings(names)
	anc := append(ancestors[:len(ancestors):len(ancestors)], real)
	for _, n := range names {
		if err := w.visit(filepath.Join(path, n), false, anc); err != nil {
			return err
		}
	}
	return nil
}
