package timeline

import (
	"fmt"
	"testing"
)

func TestZZDCT(t *testing.T) {
	for _, body := range []string{"*Brussels, March 12, 2025*\n\nThe European Union said on Wednesday it would impose counter-tariffs.", "Brussels, March 12, 2025\n\nThe European Union said."} {
		d, ok := FindDCT(nil, body)
		fmt.Printf("%+v %v\n", d, ok)
	}
}
