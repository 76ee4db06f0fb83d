package sources_test

import (
	"fmt"

	"github.com/whosaid/whosaid/sources"
)

func ExampleFromText() {
	a := sources.FromText("notes.txt", "The ferry vote\nwas postponed.\n\n\"We start again,\" said Ruelle.\n")
	for i, p := range a.Paragraphs {
		fmt.Printf("%d: %s\n", i, p)
	}
	// Output:
	// 0: The ferry vote was postponed.
	// 1: "We start again," said Ruelle.
}
