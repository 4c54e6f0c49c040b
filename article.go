package chronograph

import (
	"errors"
	"strconv"

	"github.com/chronograph/chronograph/graph"
)

// MaxFileSize is the largest file ReadFile and Walk read, in bytes. Larger
// files are rejected with ErrTooLarge before any of their content is read.
const MaxFileSize = 64 << 20

// Article is one article read from a file, before extraction. Every offset in
// Blocks and Sentences refers to Text. Articles are plain values: they share
// no memory with the reader and are safe to use from any goroutine.
type Article struct {
	// Path is the file the article came from.
	Path string
	// Record is the 1-based record number inside a multi-record file (the
	// line of a .jsonl file, the element of a JSON array, the <REUTERS>
	// story of a .sgm file); 0 for a file holding one article.
	Record int
	// Format is how the file was read: "text", "markdown", "html", "json",
	// "jsonl", "sgml" or "cat".
	Format string
	// Raw is the bytes that identify the article (the whole file, or the
	// record's own bytes); graph.DocumentID hashes them.
	Raw []byte
	// Title is the headline, when known.
	Title string
	// URL is the article's address from its metadata, when known.
	URL string
	// DocID is the input's own document identifier (the doc_id of a CAT
	// XML document, the NEWID of a Reuters story), when it has one.
	DocID string
	// Date is the date from metadata (JSON field, HTML meta, SGML <DATE>,
	// CAT creation time), raw and unparsed; "" if none.
	Date string
	// Header holds short lines from the top of the article that are not
	// body text (date lines, "Date: ...", "Sources: ...", bylines); the
	// pipeline looks for the document date in them.
	Header []string
	// Text is the cleaned body: what extraction reads, one paragraph (or
	// list item, or line of a post) per line. In text, Markdown, HTML and
	// JSON articles every line ends with sentence punctuation; Reuters
	// tables and CAT token text are left as they are.
	Text string
	// Blocks are the embedded posts in Text (Kind "post", Author); their
	// Date is left empty, see BlockDates.
	Blocks []graph.Block
	// BlockDates holds the raw date text of each block ("March 14, 2025"),
	// parallel to Blocks; "" when the post gave none.
	BlockDates []string
	// SentenceIDs, for CAT XML only, holds the input's sentence number of
	// each sentence in Sentences.
	SentenceIDs []int
	// Sentences, for CAT XML only, are the sentence spans of Text from the
	// input's own segmentation.
	Sentences []graph.Span
}

// ID returns the article's content-hash ID, graph.DocumentID(a.Raw).
func (a *Article) ID() string { return graph.DocumentID(a.Raw) }

// ReadError reports a file or a record of a file that could not be read.
// It names the file, the 1-based record (line) when the problem lies in one
// record of a multi-record file (0 otherwise), and the problem.
type ReadError struct {
	Path   string
	Record int
	Err    error
}

// Error formats the error as "chronograph: path:record: problem".
func (e *ReadError) Error() string {
	s := "chronograph: " + e.Path
	if e.Record > 0 {
		s += ":" + strconv.Itoa(e.Record)
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem.
func (e *ReadError) Unwrap() error { return e.Err }

// The problems a ReadError can wrap, for errors.Is. They carry no package
// prefix because they only ever appear inside a ReadError, which adds it.
var (
	// ErrEmpty means the file (or record) holds no text.
	ErrEmpty = errors.New("empty file")
	// ErrBinary means the file is not text (PDF, image, archive, NUL bytes).
	ErrBinary = errors.New("binary file")
	// ErrTooLarge means the file is larger than MaxFileSize.
	ErrTooLarge = errors.New("file too large")
	// ErrUnsupported means the file's extension names no supported format,
	// or an XML file is not a CAT document.
	ErrUnsupported = errors.New("unsupported format")
	// ErrNoText means a record has no body text field or no body.
	ErrNoText = errors.New("no text")
	// ErrSymlinkLoop means a symbolic link leads back to a folder being walked.
	ErrSymlinkLoop = errors.New("symbolic link loop")
)
