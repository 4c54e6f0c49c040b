package chronograph_test

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/chronograph/chronograph"
)

func ExampleReadFile() {
	arts, err := chronograph.ReadFile(filepath.Join("examples", "us-mexico", "004_1ff5de4112ae3e0d.txt"))
	if err != nil {
		fmt.Println(err)
		return
	}
	a := arts[0]
	fmt.Println("title:", a.Title)
	for _, h := range a.Header {
		fmt.Println("header:", h)
	}
	fmt.Printf("text: %.60s...\n", a.Text)
	// Output:
	// title: Mexico Rejects U.S. Troop Offer Against Cartels
	// header: 05-05-2025
	// header: Date: 05-05-2025
	// header: Sources: foxnews.com: 1 | nytimes.com: 1 | theguardian.com: 1
	// text: Mexico’s President Claudia Sheinbaum publicly rejected Presi...
}

func ExampleWalk() {
	err := chronograph.Walk(context.Background(), []string{filepath.Join("examples", "us-mexico")},
		func(a chronograph.Article) error {
			fmt.Printf("%s: %d posts\n", filepath.Base(a.Path), len(a.Blocks))
			return nil
		},
		func(err error) { fmt.Println("skipped:", err) })
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// 000_0f4bb0e3c4c275be.txt: 0 posts
	// 001_1c25d6400646215d.txt: 0 posts
	// 002_63caf43c2157054a.txt: 0 posts
	// 003_340c4602e13f5703.txt: 3 posts
	// 004_1ff5de4112ae3e0d.txt: 0 posts
}
