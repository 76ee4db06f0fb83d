package watch

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"

	"github.com/whosaid/whosaid/sources/feed"
)

// trackingParams are query parameters that say how a reader arrived, not
// which page it is: two links differing only in them are one article.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"mkt_tok": true, "ref_src": true, "ocid": true, "ncid": true, "cmpid": true,
}

// Canonical returns link without what does not identify the page: the
// fragment, tracking parameters (utm_* and the like), a default port and
// upper-case in the scheme and host; the remaining parameters are sorted.
// It returns "" for anything but an absolute http(s) URL.
func Canonical(link string) string {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return "" // a bare port (http://:80/) is no host either
	}
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (u.Scheme == "http" && p == "80") || (u.Scheme == "https" && p == "443") {
		u.Host = strings.TrimSuffix(u.Host, ":"+p)
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode() // sorted by key
	}
	u.ForceQuery = false
	return u.String()
}

// Identity says how an item is known across runs: key, and the canonical
// link that is fetched for its text ("" when it has none).
//
// The key is the GUID when there is one (scoped to the feed unless it is
// itself a URL, since GUIDs like "1234" are only unique within a feed),
// else the canonical link, else a hash of title and content.
func Identity(feedURL string, it feed.Item) (key, link string) {
	link = Canonical(it.Link)
	guidURL := Canonical(it.GUID)
	if link == "" && guidURL != "" {
		// An RSS <guid isPermaLink="true"> is the link.
		link = guidURL
	}
	switch {
	case it.GUID != "" && guidURL != "":
		return "guid:" + it.GUID, link
	case it.GUID != "":
		return "guid:" + feedURL + "#" + it.GUID, link
	case link != "":
		return "link:" + link, link
	}
	h := sha256.New()
	h.Write([]byte(it.Title))
	h.Write([]byte{0})
	h.Write([]byte(it.Content))
	return "hash:" + hex.EncodeToString(h.Sum(nil))[:32], ""
}
