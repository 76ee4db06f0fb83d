package extractor

import (
	"reflect"
	"testing"
)

func TestSpeakers(t *testing.T) {
	p := func(name, id, role, aff string) Quote {
		return Quote{Speaker: name, SpeakerKind: Person, SpeakerID: id, Role: role, Affiliation: aff}
	}
	tests := []struct {
		name  string
		in    []Quote
		names []string
		ids   []string
		roles []string
	}{
		{name: "a surname takes the one fuller name, and its id",
			in:    []Quote{p("Ortiz", "", "", ""), p("Maria Ortiz", "", "mayor", "Eastport"), p("Ortiz", "", "", "")},
			names: []string{"Maria Ortiz", "Maria Ortiz", "Maria Ortiz"},
			ids:   []string{"s1", "s1", "s1"},
			roles: []string{"mayor", "mayor", "mayor"}},
		{name: "two people sharing a surname stay apart",
			in:    []Quote{p("Maria Lopez", "", "", ""), p("Carlos Lopez", "", "", ""), p("Lopez", "", "", "")},
			names: []string{"Maria Lopez", "Carlos Lopez", "Lopez"},
			ids:   []string{"s1", "s2", "s3"},
			roles: []string{"", "", ""}},
		{name: "an engine's id groups records named differently",
			in:    []Quote{p("Ana Ruiz", "e1", "", ""), {Speaker: "the mayor", SpeakerKind: Person, SpeakerID: "e1"}, p("Ben Cole", "e2", "", "")},
			names: []string{"Ana Ruiz", "the mayor", "Ben Cole"},
			ids:   []string{"s1", "s1", "s2"},
			roles: []string{"", "", ""}},
		{name: "unknown speakers get no id; names match without case or article",
			in: []Quote{{SpeakerKind: Unknown}, {Speaker: "The Agency", SpeakerKind: Organization},
				{Speaker: "agency", SpeakerKind: Organization}, {Speaker: "agency", SpeakerKind: Group}},
			names: []string{"", "The Agency", "agency", "agency"},
			ids:   []string{"", "s1", "s1", "s2"},
			roles: []string{"", "", "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			Speakers(tt.in)
			var names, ids, roles []string
			for _, q := range tt.in {
				names, ids, roles = append(names, q.Speaker), append(ids, q.SpeakerID), append(roles, q.Role)
			}
			if !reflect.DeepEqual(names, tt.names) {
				t.Errorf("names: got %q, want %q", names, tt.names)
			}
			if !reflect.DeepEqual(ids, tt.ids) {
				t.Errorf("ids: got %q, want %q", ids, tt.ids)
			}
			if !reflect.DeepEqual(roles, tt.roles) {
				t.Errorf("roles: got %q, want %q", roles, tt.roles)
			}
		})
	}
}

func TestKeepClasses(t *testing.T) {
	qs := []Quote{{Quote: "a", CueClass: "speech"}, {Quote: "b", CueClass: "belief"}, {Quote: "c"}, {Quote: "d", CueClass: "evidence"}}
	got := func(classes ...string) []string {
		var out []string
		for _, q := range KeepClasses(append([]Quote(nil), qs...), classes) {
			out = append(out, q.Quote)
		}
		return out
	}
	if g := got(); !reflect.DeepEqual(g, []string{"a", "b", "c", "d"}) {
		t.Errorf("no classes: got %q, want all", g)
	}
	if g := got("speech"); !reflect.DeepEqual(g, []string{"a", "c"}) {
		t.Errorf("speech: got %q, want a and the classless c", g)
	}
	if g := got("evidence", "belief"); !reflect.DeepEqual(g, []string{"b", "d"}) {
		t.Errorf("evidence, belief: got %q, want b and d", g)
	}
}
