package rules

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/whosaid/whosaid/extractor"
	"os"
	"strings"
	"testing"
)

func TestDebugDump(t *testing.T) {
	f := os.Getenv("RULES_DUMP")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	var ps []string
	for _, p := range strings.Split(string(b), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	qs, err := New().Extract(context.Background(), ps)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		fmt.Printf("[%d] %s %q\n    speaker=%q kind=%s mention=%q role=%q aff=%q cue=%q conf=%.2f\n", q.Paragraph, q.Type, q.Quote, q.Speaker, q.SpeakerKind, q.SpeakerMention, q.Role, q.Affiliation, q.Cue, q.Confidence)
	}
}

func TestDebugPred(t *testing.T) {
	in := os.Getenv("RULES_GOLD")
	if in == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(in)
	out, _ := os.Create(os.Getenv("RULES_PRED"))
	defer out.Close()
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" {
			continue
		}
		var a struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		json.Unmarshal([]byte(line), &a)
		ps := strings.Split(a.Text, "\n\n")
		qs, _ := New().Extract(context.Background(), ps)
		qs, _ = extractor.Finalize(a.Text, ps, qs)
		enc, _ := json.Marshal(map[string]any{"id": a.ID, "quotes": qs})
		out.Write(append(enc, '\n'))
	}
}
