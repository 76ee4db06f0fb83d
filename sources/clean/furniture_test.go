package clean

import (
	"strings"
	"testing"
)

// story is prose long enough for the content detection to pick the
// article, with one real quote; the tests put furniture around it.
const story = `<p>The harbour board on Thursday agreed to dredge the eastern channel for the first time in eleven years, after two cargo ships ran aground on the silt bar within a month of each other.</p>
<p>“We have been lucky so far, and luck is not a plan,” said Priya Vance, the board's harbour master, after the vote.</p>
<p>Dredging is due to start in March and will close the channel to pleasure boats for about six weeks.</p>`

// cleanPage cleans an article page whose <article> holds head and story.
func cleanPage(t *testing.T, head string) string {
	t.Helper()
	page := `<html><head><title>Harbour channel to be dredged</title>
<meta property="og:title" content="Harbour channel to be dredged"></head>
<body><article>` + head + story + `</article></body></html>`
	art, err := Clean(strings.NewReader(page), "")
	if err != nil {
		t.Fatalf("Clean: %v", err)
	}
	checkInvariants(t, art)
	if !strings.Contains(art.Text(), "luck is not a plan") {
		t.Fatalf("the story itself is gone: %q", art.Paragraphs)
	}
	return art.Text()
}

func TestFurnitureLeftOut(t *testing.T) {
	tests := []struct {
		name, head string
		gone       string // must not reach the text
	}{
		// A2: the headline, whatever the page's title says.
		{"h1 unlike og:title, with quotes", `<h1>“Luck is not a plan,” harbour master says as dredging approved</h1>`, "harbour master says"},
		{"h1 equal to the title", `<h1>Harbour channel to be dredged</h1>`, "Harbour channel to be dredged"},
		{"h1 inside the article's header", `<header><h1>“Not a plan”: channel to be dredged</h1></header>`, "Not a plan"},
		{"standfirst in the article's header", `<header><h1>Dredging approved</h1><p>The board votes 5-1 after two groundings in a month.</p></header>`, "votes 5-1"},
		// A3: pull quotes repeat the story's quote with no speaker.
		{"blockquote.pullquote", `<blockquote class="pullquote">“Luck is not a plan.”</blockquote>`, "“Luck is not a plan.”"},
		{"aside.pull-quote", `<div class="story-pull-quote">“Luck is not a plan.”</div>`, "“Luck is not a plan.”"},
		{"class pq", `<p class="pq">“Luck is not a plan.”</p>`, "“Luck is not a plan.”"},
		{"id pullQuote", `<div id="pullQuote">“Luck is not a plan.”</div>`, "“Luck is not a plan.”"},
		{"class pull_quote", `<figure class="pull_quote"><p>“Luck is not a plan.”</p></figure>`, "“Luck is not a plan.”"},
		// A11: a date set apart is a date line, not a paragraph.
		{"time on its own", `<time datetime="2025-05-06T10:00:00Z">May 6</time>`, "May 6"},
		{"time alone in a paragraph", `<p><time datetime="2025-05-06">6 May 2025</time></p>`, "6 May 2025"},
		{"time in an inline wrapper", `<div><span><time datetime="2025-05-06">Tuesday 6 May</time></span></div>`, "Tuesday 6 May"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if text := cleanPage(t, tc.head); strings.Contains(text, tc.gone) {
				t.Errorf("got text with %q:\n%s", tc.gone, text)
			}
		})
	}
}

func TestFurnitureKept(t *testing.T) {
	tests := []struct {
		name, body string
		kept       string // must stay, exactly
	}{
		{"time inside a sentence", `<p>The channel was last dredged on <time datetime="2014-06-02">2 June 2014</time>, before the new quay opened.</p>`,
			"The channel was last dredged on 2 June 2014, before the new quay opened."},
		{"time at the start of a sentence", `<p><time datetime="2025-01-09">On 9 January</time> the first ship ran aground.</p>`,
			"On 9 January the first ship ran aground."},
		{"time in emphasis in a sentence", `<p>Work starts <em>on <time>3 March</time></em> at the latest.</p>`,
			"Work starts on 3 March at the latest."},
		{"quote in blockquote that is no pull quote", `<blockquote><p>“The silt comes back every winter,” the survey says.</p></blockquote>`,
			"“The silt comes back every winter,” the survey says."},
		{"h2 subheading", `<h2>Six weeks of closures</h2>`, "Six weeks of closures"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := cleanPage(t, tc.body)
			found := false
			for _, p := range strings.Split(text, "\n\n") {
				found = found || p == tc.kept
			}
			if !found {
				t.Errorf("got text without the paragraph %q:\n%s", tc.kept, text)
			}
		})
	}
}

// A header that holds the whole story is a wrapper, not the article's
// header: its text stays.
func TestHeaderWrapperKept(t *testing.T) {
	page := `<html><body><header class="entry">` + story + `</header></body></html>`
	art, err := Clean(strings.NewReader(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(art.Text(), "luck is not a plan") {
		t.Errorf("got %q, want the story kept", art.Paragraphs)
	}
}
