package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/chronograph/chronograph"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// inputSize adds up the sizes of the regular files under paths: the
// progress bar's total, since articles are counted in bytes read.
func inputSize(paths []string) int64 {
	var total int64
	for _, p := range paths {
		filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.Type().IsRegular() {
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
}

// newProgressBar shows ingest progress on a terminal: bytes read with time
// left, documents and words per second. finish clears it.
func newProgressBar(w io.Writer, total int64) (update func(chronograph.Progress), finish func()) {
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	start := time.Now()
	return func(p chronograph.Progress) {
			secs := time.Since(start).Seconds()
			if secs <= 0 {
				secs = 1e-9
			}
			bar.Describe(fmt.Sprintf("%d docs, %.0f words/s", p.Documents, float64(p.Words)/secs))
			bar.Set64(min(p.Bytes, total))
		}, func() {
			bar.Finish()
		}
}
