package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

const page = "<!doctype html><html><head><title>t</title></head><body><p>Hello.</p></body></html>"

// serve starts a loopback server that the test closes.
func serve(t testing.TB, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// loopbackClient is a client that may reach the test servers.
func loopbackClient(t testing.TB, opts Options) *Client {
	t.Helper()
	opts.AllowPrivate = true
	return New(opts)
}

func htmlHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, page)
}

func TestGetOK(t *testing.T) {
	var gotUA, gotAE string
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		gotUA, gotAE = r.UserAgent(), r.Header.Get("Accept-Encoding")
		htmlHandler(w, r)
	})
	c := loopbackClient(t, Options{})
	resp, err := c.Get(context.Background(), srv.URL+"/a")
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if string(resp.Body) != page {
		t.Errorf("got body %q, want %q", resp.Body, page)
	}
	if resp.ContentType != "text/html; charset=utf-8" {
		t.Errorf("got content type %q, want the header's", resp.ContentType)
	}
	if resp.StatusCode != 200 || resp.URL != srv.URL+"/a" {
		t.Errorf("got status %d url %q, want 200 %q", resp.StatusCode, resp.URL, srv.URL+"/a")
	}
	wantUA := "whosaid/" + Version + " (+https://github.com/whosaid/whosaid)"
	if gotUA != wantUA {
		t.Errorf("got User-Agent %q, want %q", gotUA, wantUA)
	}
	if !strings.Contains(gotAE, "gzip") {
		t.Errorf("got Accept-Encoding %q, want gzip", gotAE)
	}
}

func TestUserAgent(t *testing.T) {
	var got string
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		got = r.UserAgent()
		htmlHandler(w, r)
	})
	c := loopbackClient(t, Options{UserAgent: "custom/1"})
	if _, err := c.Get(context.Background(), srv.URL); err != nil {
		t.Fatal(err)
	}
	if got != "custom/1" {
		t.Errorf("Get sent User-Agent %q, want custom/1", got)
	}
	// The shared client sets it too, for the feed fetcher.
	resp, err := c.HTTPClient().Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got != "custom/1" {
		t.Errorf("HTTPClient sent User-Agent %q, want custom/1", got)
	}
}

func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fileHandler serves body as a gzip file, the way a static server serves
// "article.html.gz": no Content-Encoding.
func fileHandler(body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/gzip")
		w.Write(body)
	}
}

func TestGzip(t *testing.T) {
	small := gzipBytes(t, []byte(page))
	bomb := gzipBytes(t, bytes.Repeat([]byte("<p>aaaa</p>"), 200_000)) // 2.2 MB inflated
	handler := func(body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Length", strconv.Itoa(len(body)))
			w.Write(body)
		}
	}
	t.Run("decompressed", func(t *testing.T) {
		srv := serve(t, handler(small))
		resp, err := loopbackClient(t, Options{}).Get(context.Background(), srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		if string(resp.Body) != page {
			t.Errorf("got %q, want %q", resp.Body, page)
		}
	})
	t.Run("gzip file inflated", func(t *testing.T) {
		srv := serve(t, fileHandler(small))
		resp, err := loopbackClient(t, Options{}).Get(context.Background(), srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		if string(resp.Body) != page || resp.ContentType != "text/html" {
			t.Errorf("got %q as %q, want %q as text/html", resp.Body, resp.ContentType, page)
		}
	})
	t.Run("gzip file bomb capped after inflation", func(t *testing.T) {
		srv := serve(t, fileHandler(bomb))
		_, err := loopbackClient(t, Options{MaxBytes: 64 << 10}).Get(context.Background(), srv.URL)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "fetch: decompressed body too large: more than 64 KiB") {
			t.Fatalf("got %v, want ErrTooLarge for the decompressed body", err)
		}
	})
	t.Run("corrupt gzip file", func(t *testing.T) {
		srv := serve(t, fileHandler(append(small[:20:20], 0, 1, 2)))
		_, err := loopbackClient(t, Options{}).Get(context.Background(), srv.URL)
		if err == nil || !strings.Contains(err.Error(), "fetch: bad gzip data") {
			t.Fatalf("got %v, want bad gzip data", err)
		}
	})
	t.Run("bomb capped after inflation", func(t *testing.T) {
		if len(bomb) > 64<<10 {
			t.Fatalf("bomb is %d bytes compressed; the test needs it under the cap", len(bomb))
		}
		srv := serve(t, handler(bomb))
		_, err := loopbackClient(t, Options{MaxBytes: 64 << 10}).Get(context.Background(), srv.URL)
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("got %v, want ErrTooLarge", err)
		}
	})
}

func TestBodyCap(t *testing.T) {
	const max = 1000
	tests := []struct {
		name          string
		size          int
		contentLength bool
		wantErr       bool
	}{
		{"under cap", max - 1, true, false},
		{"exactly cap", max, true, false},
		{"exactly cap chunked", max, false, false},
		{"over cap with Content-Length", max + 1, true, true},
		{"over cap chunked", 50 * max, false, true},
		{"just over cap chunked", max + 1, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := strings.Repeat("a", tt.size)
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/plain")
				if tt.contentLength {
					w.Header().Set("Content-Length", strconv.Itoa(len(body)))
					fmt.Fprint(w, body)
					return
				}
				// Flushing first forces chunked encoding: no length known.
				for i := 0; i < len(body); i += 100 {
					fmt.Fprint(w, body[i:min(i+100, len(body))])
					w.(http.Flusher).Flush()
				}
			})
			resp, err := loopbackClient(t, Options{MaxBytes: max}).Get(context.Background(), srv.URL)
			if tt.wantErr {
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("got %v, want ErrTooLarge", err)
				}
				if resp != nil {
					t.Errorf("got a response with %d bytes, want none (never a truncated page)", len(resp.Body))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(resp.Body) != tt.size {
				t.Errorf("got %d bytes, want %d", len(resp.Body), tt.size)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"no headers", func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}},
		{"body stalls", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body><p>start")
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.handler)
			// The handler never finishes on its own: only the client's
			// timeout can end the request (else go test's -timeout fails
			// the run). No wall-clock check: the machines are shared.
			c := loopbackClient(t, Options{Timeout: 200 * time.Millisecond})
			_, err := c.Get(context.Background(), srv.URL)
			if err == nil {
				t.Fatal("got no error, want a timeout")
			}
			if !strings.Contains(err.Error(), "timed out after 200ms") || !isTimeout(err) {
				t.Errorf("got %q, want a timeout error naming 200ms", err)
			}
		})
	}
}

func TestConnectTimeoutCoversDNS(t *testing.T) {
	res := &fakeResolver{block: true}
	// The resolver answers only when its context ends and the whole
	// request may take an hour: only the connect timeout can end this
	// lookup. No wall-clock check: the machines are shared.
	c := New(Options{ConnectTimeout: 100 * time.Millisecond, Timeout: time.Hour, Resolver: res})
	_, err := c.Get(context.Background(), "http://slow-dns.example/")
	if err == nil || !strings.Contains(err.Error(), "cannot resolve slow-dns.example") {
		t.Fatalf("got %v, want a resolve error", err)
	}
}

func TestRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n == 0 {
			htmlHandler(w, r)
			return
		}
		http.Redirect(w, r, "/hop/"+strconv.Itoa(n-1), http.StatusFound)
	})
	srv := serve(t, mux.ServeHTTP)
	tests := []struct {
		name    string
		max     int
		hops    int
		wantErr bool
	}{
		{"none needed", 0, 0, false},
		{"default allows 5", 0, 5, false},
		{"default stops at 6", 0, 6, true},
		{"limit 2 allows 2", 2, 2, false},
		{"limit 2 stops at 3", 2, 3, true},
		{"disabled", -1, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := loopbackClient(t, Options{MaxRedirects: tt.max})
			resp, err := c.Get(context.Background(), srv.URL+"/hop/"+strconv.Itoa(tt.hops))
			if tt.wantErr {
				if !errors.Is(err, ErrRedirects) {
					t.Fatalf("got %v, want ErrRedirects", err)
				}
				if want := "after a redirect to " + srv.URL + "/hop/"; !strings.Contains(err.Error(), want) {
					t.Errorf("got %q, want it to contain %q", err, want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if want := srv.URL + "/hop/0"; resp.URL != want {
				t.Errorf("got final URL %q, want %q", resp.URL, want)
			}
		})
	}
}

func TestRedirectRefused(t *testing.T) {
	// Both servers are on loopback: the first one is exempted from the
	// check, so it plays a public server; the second is refused as what it
	// is, a loopback address.
	inside := serve(t, htmlHandler)
	targets := map[string]string{
		"/to-loopback": inside.URL + "/secret",
		"/to-metadata": "http://169.254.169.254/latest/meta-data/",
		"/to-file":     "file:///etc/passwd",
		"/to-ftp":      "ftp://files.example/a.html",
	}
	outside := serve(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, targets[r.URL.Path], http.StatusMovedPermanently)
	})
	outsideAddr := netip.MustParseAddrPort(strings.TrimPrefix(outside.URL, "http://"))

	c := New(Options{})
	c.dialer.exempt = func(ap netip.AddrPort) bool { return ap == outsideAddr }

	tests := []struct {
		path    string
		wantErr error
		want    string
	}{
		{"/to-loopback", ErrPrivateAddress, "after a redirect to " + inside.URL + "/secret"},
		{"/to-metadata", ErrPrivateAddress, "169.254.169.254"},
		{"/to-file", ErrScheme, `"file:"`},
		{"/to-ftp", ErrScheme, `"ftp:"`},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := c.Get(context.Background(), outside.URL+tt.path)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to contain %q", err, tt.want)
			}
		})
	}
	// The exemption is what let the first hop through: without it the
	// "public" server is refused too.
	if _, err := New(Options{}).Get(context.Background(), outside.URL+"/to-loopback"); !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("without exemption got %v, want ErrPrivateAddress", err)
	}
}

func TestPrivateRefused(t *testing.T) {
	srv := serve(t, htmlHandler)
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	res := &fakeResolver{answers: map[string][]netip.Addr{
		"news.example":     addrs("127.0.0.1"),
		"intranet.example": addrs("10.20.30.40"),
		"v6.example":       addrs("::1"),
	}}
	tests := []struct {
		name, url, want string
	}{
		{"loopback literal", srv.URL, "loopback"},
		{"localhost name", "http://localhost:" + port + "/", "loopback"},
		{"DNS answer loopback", "http://news.example:" + port + "/", "news.example (resolves to 127.0.0.1)"},
		{"DNS answer private", "http://intranet.example/", "10.20.30.40"},
		{"DNS answer ::1", "http://v6.example:" + port + "/", "loopback"},
		{"IPv6 literal", "http://[::1]:" + port + "/", "loopback"},
		{"mapped literal", "http://[::ffff:127.0.0.1]:" + port + "/", "loopback"},
		{"metadata", "http://169.254.169.254/latest/meta-data/", "link-local"},
		{"CGNAT", "http://100.64.0.1/", "carrier-grade"},
		{"ULA", "http://[fc00::1]/", "unique local"},
		{"private 192.168", "http://192.168.0.1/", "RFC 1918"},
		{"scheme and host normalized", "HTTP://127.0.0.1:" + port + "/", "loopback"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{ConnectTimeout: 2 * time.Second}
			if strings.Contains(tt.url, ".example") {
				opts.Resolver = res
			}
			_, err := New(opts).Get(context.Background(), tt.url)
			if !errors.Is(err, ErrPrivateAddress) {
				t.Fatalf("got %v, want ErrPrivateAddress", err)
			}
			for _, want := range []string{tt.want, "--allow-private", "fetch.allow_private"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("got %q, want it to contain %q", err, want)
				}
			}
			if strings.Contains(err.Error(), "redirect") {
				t.Errorf("got %q, which speaks of a redirect that never happened", err)
			}
		})
	}
	t.Run("allowed with AllowPrivate through the resolver", func(t *testing.T) {
		c := New(Options{AllowPrivate: true, Resolver: res})
		resp, err := c.Get(context.Background(), "http://news.example:"+port+"/")
		if err != nil {
			t.Fatal(err)
		}
		if string(resp.Body) != page {
			t.Errorf("got %q, want the page", resp.Body)
		}
	})
}

func TestDNSFailure(t *testing.T) {
	res := &fakeResolver{}
	_, err := New(Options{Resolver: res}).Get(context.Background(), "http://no-such-host.invalid/")
	if err == nil {
		t.Fatal("got no error, want a DNS failure")
	}
	if want := "fetch: cannot resolve no-such-host.invalid: no such host"; err.Error() != want {
		t.Errorf("got %q, want %q", err, want)
	}
	var de *net.DNSError
	if !errors.As(err, &de) || !de.IsNotFound {
		t.Errorf("errors.As(*net.DNSError) failed on %v", err)
	}
	if res.calls.Load() == 0 {
		t.Error("the injected resolver was not asked")
	}
}

func TestHTTPStatus(t *testing.T) {
	for _, code := range []int{301, 403, 404, 410, 429, 500, 503} {
		t.Run(strconv.Itoa(code), func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(code) // a 301 without Location is not followed
				fmt.Fprint(w, "<p>error page</p>")
			})
			_, err := loopbackClient(t, Options{}).Get(context.Background(), srv.URL)
			var he *HTTPError
			if !errors.As(err, &he) {
				t.Fatalf("got %v, want *HTTPError", err)
			}
			want := strconv.Itoa(code) + " " + http.StatusText(code)
			if he.StatusCode != code || he.Status != want || he.URL != srv.URL {
				t.Errorf("got %+v, want code %d status %q url %q", he, code, want, srv.URL)
			}
			if !strings.Contains(err.Error(), want) {
				t.Errorf("got %q, want it to name %q", err, want)
			}
		})
	}
}

func TestContentType(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	tests := []struct {
		name   string
		header string
		body   []byte
		want   string // the Response.ContentType; "" means refused
		named  string // what the refusal must name
	}{
		{"html", "text/html; charset=euc-kr", []byte(page), "text/html; charset=euc-kr", ""},
		{"html upper case", "TEXT/HTML", []byte(page), "TEXT/HTML", ""},
		{"xhtml", "application/xhtml+xml", []byte(page), "application/xhtml+xml", ""},
		{"text", "text/plain; charset=utf-8", []byte("Plain words."), "text/plain; charset=utf-8", ""},
		{"missing, html body", "", []byte(page), "text/html", ""},
		{"octet-stream, html body", "application/octet-stream", []byte(page), "text/html", ""},
		{"octet-stream, text body", "application/octet-stream", []byte("Just words here."), "text/plain", ""},
		{"bad parameter kept", "text/html;;;=", []byte(page), "text/html;;;=", ""},
		{"unparsable, html body", "/", []byte(page), "text/html", ""},
		{"missing, png body", "", png, "", "image/png"},
		{"octet-stream, pdf body", "application/octet-stream", []byte("%PDF-1.7\n%\xe2\xe3"), "", "application/pdf"},
		{"image", "image/png", png, "", `"image/png"`},
		{"pdf", "application/pdf", []byte("%PDF-1.4"), "", `"application/pdf"`},
		{"json", "application/json", []byte(`{"a":1}`), "", `"application/json"`},
		{"xml", "application/xml", []byte(`<a/>`), "", `"application/xml"`},
		// A .html.gz served as the file it is: inflated, then sniffed.
		{"gzip file, html inside", "application/gzip", gzipBytes(t, []byte(page)), "text/html", ""},
		{"x-gzip file, text inside", "application/x-gzip", gzipBytes(t, []byte("Just words here.")), "text/plain", ""},
		{"gzip label, plain html body", "application/gzip", []byte(page), "text/html", ""},
		{"gzip file, png inside", "application/gzip", gzipBytes(t, png), "", "image/png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				// An empty value keeps net/http from sniffing one itself.
				w.Header()["Content-Type"] = []string{tt.header}
				w.Write(tt.body)
			})
			resp, err := loopbackClient(t, Options{}).Get(context.Background(), srv.URL)
			if tt.want == "" {
				if !errors.Is(err, ErrContentType) {
					t.Fatalf("got %v, want ErrContentType", err)
				}
				if !strings.Contains(err.Error(), tt.named) {
					t.Errorf("got %q, want it to name %s", err, tt.named)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if resp.ContentType != tt.want {
				t.Errorf("got content type %q, want %q", resp.ContentType, tt.want)
			}
		})
	}
}

func TestBadScheme(t *testing.T) {
	tests := []struct {
		url     string
		wantErr error
	}{
		{"file:///etc/passwd", ErrScheme},
		{"FILE:///etc/passwd", ErrScheme},
		{"ftp://files.example/a.html", ErrScheme},
		{"gopher://old.example/", ErrScheme},
		{"javascript:alert(1)", ErrScheme},
		{"data:text/html,<p>hi</p>", ErrScheme},
		{"news.example/story", ErrScheme},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := New(Options{}).Get(context.Background(), tt.url)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got %v, want %v", err, tt.wantErr)
			}
		})
	}
	for _, bad := range []string{"http://", "http://%zz/", "https:///path"} {
		t.Run(url.PathEscape(bad), func(t *testing.T) {
			if _, err := New(Options{}).Get(context.Background(), bad); err == nil {
				t.Errorf("Get(%q) = nil error, want one", bad)
			}
		})
	}
}

func TestCanceled(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := loopbackClient(t, Options{}).Get(ctx, srv.URL)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
}

func TestOptionsDefaults(t *testing.T) {
	got := New(Options{}).Options()
	want := DefaultOptions()
	if got.Timeout != want.Timeout || got.ConnectTimeout != want.ConnectTimeout ||
		got.MaxBytes != want.MaxBytes || got.MaxRedirects != want.MaxRedirects || got.UserAgent != want.UserAgent {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if want.Timeout != 30*time.Second || want.ConnectTimeout != 10*time.Second || want.MaxBytes != 10<<20 || want.MaxRedirects != 5 {
		t.Errorf("DefaultOptions() = %+v, want 30s, 10s, 10 MiB, 5", want)
	}
}

func TestReadAll(t *testing.T) {
	tests := []struct {
		n, max  int64
		wantErr bool
	}{
		{0, 10, false}, {10, 10, false}, {11, 10, true}, {1 << 20, 10, true}, {100, 0, false}, {100, -1, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d of %d", tt.n, tt.max), func(t *testing.T) {
			b, err := ReadAll(bytes.NewReader(make([]byte, tt.n)), tt.max)
			if tt.wantErr {
				if !errors.Is(err, ErrTooLarge) || b != nil {
					t.Fatalf("got %d bytes, %v; want nil, ErrTooLarge", len(b), err)
				}
				return
			}
			if err != nil || int64(len(b)) != tt.n {
				t.Fatalf("got %d bytes, %v; want %d, nil", len(b), err, tt.n)
			}
		})
	}
}
