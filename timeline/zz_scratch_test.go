package timeline

import (
	"fmt"
	"testing"
)

func TestZZScratch(t *testing.T) {
	for _, s := range []string{"Mexico is recalling 300,000 vehicles.", "Mexico is buying Trump's company.", "Mexico was still recalling cars on Friday.", "Mexico is seeking a deal.", "Trump is not saying much.", "Mexico is being sued."} {
		d := mkdoc(t, "doc", "2025-11-02", s, testEnts, nil, nil)
		for _, e := range Events(d, nil) {
			fmt.Printf("%-45s %q %+v\n", s, d.Text[e.Trigger.Start:e.Trigger.End], summarize(d, e))
		}
	}
}
