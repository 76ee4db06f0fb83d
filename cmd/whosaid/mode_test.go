package main

import (
	"strings"
	"testing"
)

// Many users have OPENAI_API_KEY set for other tools. Without llm.model the
// default run must stay the offline rules mode, say why once, and succeed.
func TestKeyWithoutModelRunsRules(t *testing.T) {
	isolate(t)
	t.Setenv("OPENAI_API_KEY", "sk-for-another-tool")
	r := runCmd(t, "extract", fixture(t, "library.txt"))
	if r.code != exitOK {
		t.Fatalf("exit %d, want %d; stderr %q", r.code, exitOK, r.stderr)
	}
	lines := stderrLines(r.stderr)
	if len(lines) != 1 || !strings.Contains(lines[0], "no llm.model") || !strings.Contains(lines[0], "rules mode") {
		t.Errorf("stderr %q, want one notice naming llm.model and rules mode", r.stderr)
	}
	if strings.Contains(r.stderr+r.stdout, "sk-for-another-tool") {
		t.Errorf("the key was printed")
	}
	doc := checkDocument(t, []byte(r.stdout))
	if doc.Extractor.Mode != "rules" {
		t.Errorf("mode %q, want rules", doc.Extractor.Mode)
	}

	r = runCmd(t, "config")
	if r.code != exitOK {
		t.Errorf("whosaid config: exit %d, stderr %q", r.code, r.stderr)
	}
}
