package clean

import (
	"reflect"
	"testing"

	"github.com/whosaid/whosaid/sources"
)

func TestPage(t *testing.T) {
	html := `<html><head><title>Ferry fares</title><link rel="canonical" href="/news/fares"></head><body><article>
<p>The port authority said on Tuesday that fares would stay the same for the rest of the year.</p>
<p>“We will not raise fares this year,” said Ana Ruiz, the authority's director, at a meeting with riders.</p>
</article></body></html>`
	tests := []struct {
		name         string
		page         sources.Page
		wantURL      string
		wantParas    int
		wantWarnings []string
	}{
		{"html fetched", sources.Page{Source: "https://port.example/a?utm_source=x", URL: "https://port.example/a", Kind: sources.KindHTML, Body: html, Warnings: []string{"decoded as euc-kr (detected)"}},
			"https://port.example/news/fares", 2, []string{"decoded as euc-kr (detected)"}},
		{"text file", sources.Page{Source: "notes.txt", Kind: sources.KindText, Body: "First paragraph here.\n\nSecond one."},
			"", 2, []string{}},
		{"text fetched", sources.Page{Source: "https://port.example/t", URL: "https://port.example/t", Kind: sources.KindText, Body: "Only one."},
			"https://port.example/t", 1, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art, err := Page(&tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if art.Source != tt.page.Source || art.URL != tt.wantURL || len(art.Paragraphs) != tt.wantParas {
				t.Errorf("got source %q url %q %d paragraphs, want %q %q %d", art.Source, art.URL, len(art.Paragraphs), tt.page.Source, tt.wantURL, tt.wantParas)
			}
			if !reflect.DeepEqual(art.Warnings, tt.wantWarnings) {
				t.Errorf("warnings: got %q, want %q", art.Warnings, tt.wantWarnings)
			}
		})
	}
	if _, err := Page(&sources.Page{Source: "x", Kind: sources.Kind(99)}); err == nil {
		t.Error("unknown kind: got no error")
	}
}
