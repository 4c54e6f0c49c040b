package main

import (
	"context"
	"fmt"
	"io"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "ner":
			return runEvalNER(ctx, args[1:], stdout, stderr)
		case "timex":
			return runEvalTimex(ctx, args[1:], stdout, stderr)
		case "timelines":
			return runEvalTimelines(ctx, args[1:], stdout, stderr)
		case "entities":
			return runEvalEntities(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintln(stderr, "usage: chronograph eval ner --conll FILE | chronograph eval timex --tml DIR | chronograph eval timelines --gold DIR --system DIR | chronograph eval entities --meantime DIR")
	return fmt.Errorf("eval: say what to evaluate: ner, timex, timelines or entities: %w", errUsage)
}

func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "ner" {
		return runTrainNER(ctx, args[1:], stdout, stderr)
	}
	fmt.Fprintln(stderr, "usage: chronograph train ner --train FILE --dev FILE --out FILE")
	return fmt.Errorf("train: say what to train: ner: %w", errUsage)
}
