package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chronograph/chronograph/ner"
)

// runTrainNER trains the entity tagger on a CoNLL file, keeping the epoch
// that scores best on the dev file, and writes the model.
func runTrainNER(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := newFlags("train ner", "", stderr)
	train := fset.String("train", "", "comma-separated CoNLL-2003 training files (eng.train, or eng.train,eng.testa with --epochs and no --dev)")
	dev := fset.String("dev", "", "CoNLL-2003 development file (eng.testa); the best epoch on it is kept")
	out := fset.String("out", "", "model file to write (ner/model/conll2003.model.gz)")
	epochs := fset.Int("epochs", 0, "training epochs (0: the default, 12)")
	seed := fset.Uint64("seed", 0, "shuffling seed (0: the default)")
	runs := fset.Int("runs", 0, "training runs with seeds seed, seed+1, ... whose weights are averaged (0: the default, 1)")
	unlabeled := fset.String("unlabeled", "", "comma-separated plain-text or SGML files or directories for word-case statistics and word classes")
	lists := fset.String("lists", "", "comma-separated name-list files or directories of .txt lists (ner/gazetteers), one name a line, copied into the model")
	if _, err := parse(fset, args); err != nil {
		return err
	}
	if *train == "" || *out == "" {
		fset.Usage()
		return fmt.Errorf("train ner: --train and --out are required: %w", errUsage)
	}
	var parts []io.Reader
	for _, name := range strings.Split(*train, ",") {
		tf, err := os.Open(strings.TrimSpace(name))
		if err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
		defer tf.Close()
		parts = append(parts, tf, strings.NewReader("\n"))
	}
	opts := ner.TrainOptions{Epochs: *epochs, Seed: *seed, Runs: *runs, Log: stderr}
	var devR io.Reader
	if *dev != "" {
		df, err := os.Open(*dev)
		if err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
		defer df.Close()
		devR = df
	}
	if *unlabeled != "" {
		files, err := openTextFiles(*unlabeled)
		if err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
		defer closeAll(files)
		for _, f := range files {
			opts.Unlabeled = append(opts.Unlabeled, f)
		}
		fmt.Fprintf(stderr, "case statistics from %d unlabeled files\n", len(files))
	}
	if *lists != "" {
		files, err := openTextFiles(*lists)
		if err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
		defer closeAll(files)
		for _, f := range files {
			opts.Lists = append(opts.Lists, ner.NameList{Name: filepath.Base(f.Name()), R: f})
		}
		fmt.Fprintf(stderr, "%d name lists\n", len(files))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	m, err := ner.Train(io.MultiReader(parts...), devR, opts)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", *out, n)
	return nil
}

// textFiles expands paths to the .txt and .sgm files under them, sorted.
// openTextFiles opens the files textFiles finds under the comma-separated
// paths of spec, in its order; the caller closes them (closeAll).
func openTextFiles(spec string) ([]*os.File, error) {
	names, err := textFiles(strings.Split(spec, ","))
	if err != nil {
		return nil, err
	}
	files := make([]*os.File, 0, len(names))
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			closeAll(files)
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// closeAll closes files opened for reading.
func closeAll(files []*os.File) {
	for _, f := range files {
		f.Close()
	}
}

func textFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".sgm") || path == p) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(files)
	return files, nil
}
