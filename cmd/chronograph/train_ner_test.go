package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// tinyTrainCoNLL is one CoNLL-2003 document in IOB1.
const tinyTrainCoNLL = `-DOCSTART- -X- -X- O

Mary NNP B-NP I-PER
visited VBD B-VP O
Paris NNP B-NP I-LOC
. . O O

`

// TestTrainNERLists checks that train ner --lists copies the lists of a
// directory into the model (whose header then says so) and that a model
// trained without them keeps the format before lists.
func TestTrainNERLists(t *testing.T) {
	dir := t.TempDir()
	train := filepath.Join(dir, "train.txt")
	lists := filepath.Join(dir, "lists")
	for name, text := range map[string]string{
		train:                                  tinyTrainCoNLL,
		filepath.Join(lists, "city.txt"):       "Paris\nNew York\n",
		filepath.Join(lists, "first-name.txt"): "Mary\n",
		filepath.Join(lists, "README.md"):      "not a list\n",
	} {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	header := func(args ...string) string {
		t.Helper()
		out := filepath.Join(dir, "model.gz")
		var stdout, stderr bytes.Buffer
		args = append([]string{"train", "ner", "--train", train, "--epochs", "1", "--out", out}, args...)
		if err := run(context.Background(), args, &stdout, &stderr); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr.String())
		}
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		magic := make([]byte, len("chronograph-ner-3\n"))
		if _, err := io.ReadFull(zr, magic); err != nil {
			t.Fatal(err)
		}
		return string(magic)
	}
	if got := header("--lists", lists); got != "chronograph-ner-4\n" {
		t.Errorf("with --lists: model header %q, want chronograph-ner-4", got)
	}
	if got := header(); got != "chronograph-ner-3\n" {
		t.Errorf("without --lists: model header %q, want chronograph-ner-3", got)
	}
}
