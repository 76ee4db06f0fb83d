package config

import (
	"bytes"
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Mask replaces the value of a secret setting when it is shown.
const Mask = "****"

// IsSecret reports whether a setting holds a secret that must never be
// shown: its last key segment contains the word token, password, secret or
// passphrase, or api_key / apikey. It matches whole words so that a setting
// such as llm.max_tokens is not mistaken for one.
func IsSecret(key string) bool {
	last := strings.ToLower(key[strings.LastIndex(key, ".")+1:])
	words := strings.FieldsFunc(last, func(r rune) bool { return r == '_' || r == '-' })
	for i, w := range words {
		switch w {
		case "token", "password", "secret", "passphrase", "apikey":
			return true
		case "api":
			if i+1 < len(words) && words[i+1] == "key" {
				return true
			}
		}
	}
	return false
}

// MaskedYAML renders the configuration the way a config file would hold it,
// in field order, with every non-empty secret string replaced by Mask. The
// output can be read back by Load.
func (c *Config) MaskedYAML() ([]byte, error) {
	return maskedYAML(reflect.ValueOf(c).Elem())
}

// maskedYAML renders any struct with mapstructure tags; it is apart from
// MaskedYAML so that masking can be tested before Config has a secret.
func maskedYAML(v reflect.Value) ([]byte, error) {
	root := &yaml.Node{Kind: yaml.MappingNode}
	for _, l := range leaves(v, "") {
		parent := root
		parts := strings.Split(l.key, ".")
		for _, p := range parts[:len(parts)-1] {
			parent = section(parent, p)
		}
		var val any
		switch x := l.val.Interface().(type) {
		case time.Duration:
			val = x.String()
		case ByteSize:
			val = x.String()
		case string:
			val = x
			if x != "" && IsSecret(l.key) {
				val = Mask
			} else if u, err := url.Parse(x); err == nil && u.User != nil && strings.Contains(x, "://") {
				// A password in a URL (http://user:pw@host) is a secret too.
				val = u.Redacted()
			}
		default:
			val = x
		}
		vn := &yaml.Node{}
		if err := vn.Encode(val); err != nil {
			return nil, fmt.Errorf("config: encoding %s: %w", l.key, err)
		}
		parent.Content = append(parent.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: parts[len(parts)-1]}, vn)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return buf.Bytes(), nil
}

// section returns the mapping under key in m, adding it when missing.
func section(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	s := &yaml.Node{Kind: yaml.MappingNode}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, s)
	return s
}
