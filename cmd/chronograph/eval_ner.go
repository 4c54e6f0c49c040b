package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/chronograph/chronograph/ner"
)

// runEvalNER scores an entity tagger on a CoNLL file with conlleval's
// counting: the embedded model (default), a model file, or prose's
// built-in model (--model prose).
func runEvalNER(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval ner", "", stderr)
	conll := fs.String("conll", "", "CoNLL-2003 file to score against (IOB1 or IOB2 tags)")
	model := fs.String("model", "", `tagger: "" for the embedded model, "prose" for prose's built-in one, or a model file`)
	fmtFlag := fs.String("format", "text", "output format: text or json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := format("eval ner", *fmtFlag, "text", "json"); err != nil {
		return err
	}
	if *conll == "" {
		fs.Usage()
		return fmt.Errorf("eval ner: --conll is required: %w", errUsage)
	}
	f, err := os.Open(*conll)
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	docs, err := ner.ReadCoNLL(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	words := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			words += len(s.Tokens)
		}
	}
	start := time.Now()
	var sc *ner.Scores
	name := *model
	switch *model {
	case "prose":
		var gold, pred [][]string
		p := ner.NewProseTagger()
		for _, d := range docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			tags, err := p.TagSentences(d.Sentences)
			if err != nil {
				return fmt.Errorf("eval ner: %w", err)
			}
			for _, s := range d.Sentences {
				gold = append(gold, s.Tags)
			}
			pred = append(pred, tags...)
		}
		if sc, err = ner.Score(gold, pred); err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
	default:
		var m *ner.Model
		if *model == "" {
			name = "embedded"
			m, err = ner.DefaultModel()
		} else {
			m, err = readModel(*model)
		}
		if err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
		if sc, err = ner.EvaluateModel(m, docs); err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
	}
	elapsed := time.Since(start)
	if *fmtFlag == "json" {
		out := struct {
			Model       string                    `json:"model"`
			File        string                    `json:"file"`
			Tokens      int                       `json:"tokens"`
			Accuracy    float64                   `json:"accuracy"`
			Overall     ner.TypeScore             `json:"overall"`
			ByType      map[string]*ner.TypeScore `json:"by_type"`
			WordsPerSec float64                   `json:"words_per_second"`
		}{name, *conll, sc.Tokens, 100 * float64(sc.TokensCorrect) / float64(max(sc.Tokens, 1)),
			sc.Overall, sc.ByType, float64(words) / elapsed.Seconds()}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	fmt.Fprintf(stdout, "model %s on %s: %d tokens, %d gold entities, %d found, %d correct\n",
		name, *conll, sc.Tokens, sc.Overall.Gold, sc.Overall.Predicted, sc.Overall.Correct)
	fmt.Fprintf(stdout, "accuracy %6.2f%%; precision %6.2f%%; recall %6.2f%%; FB1 %6.2f\n",
		100*float64(sc.TokensCorrect)/float64(max(sc.Tokens, 1)), sc.Overall.Precision, sc.Overall.Recall, sc.Overall.F1)
	for _, t := range sc.Types() {
		ts := sc.ByType[t]
		fmt.Fprintf(stdout, "%17s: precision %6.2f%%; recall %6.2f%%; FB1 %6.2f  %d\n", t, ts.Precision, ts.Recall, ts.F1, ts.Predicted)
	}
	fmt.Fprintf(stdout, "%.0f words/s\n", float64(words)/elapsed.Seconds())
	return nil
}

func readModel(path string) (*ner.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.ReadModel(f)
}
