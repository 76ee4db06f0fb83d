package fetch

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRefusal(t *testing.T) {
	tests := []struct {
		addr    string
		refused bool
		why     string // a word the reason must contain
	}{
		{"127.0.0.1", true, "loopback"},
		{"127.255.255.254", true, "loopback"},
		{"::1", true, "loopback"},
		{"10.0.0.1", true, "private"},
		{"10.255.1.2", true, "private"},
		{"172.16.5.4", true, "private"},
		{"172.31.255.255", true, "private"},
		{"192.168.1.20", true, "private"},
		{"169.254.169.254", true, "link-local"},
		{"100.64.0.1", true, "carrier-grade"},
		{"100.127.255.254", true, "carrier-grade"},
		{"0.0.0.0", true, "this network"},
		{"0.1.2.3", true, "this network"},
		{"255.255.255.255", true, "broadcast"},
		{"224.0.0.251", true, "multicast"},
		{"239.1.2.3", true, "multicast"},
		{"240.0.0.1", true, "reserved"},
		{"192.0.0.8", true, "IETF"},
		{"192.0.2.10", true, "documentation"},
		{"198.51.100.7", true, "documentation"},
		{"203.0.113.9", true, "documentation"},
		{"198.18.0.1", true, "benchmarking"},
		{"192.88.99.1", true, "6to4"},
		{"::", true, "unspecified"},
		{"fc00::1", true, "unique local"},
		{"fd12:3456::1", true, "unique local"},
		{"fe80::1", true, "link-local"},
		{"fe80::1%eth0", true, "link-local"},
		{"fec0::1", true, "site-local"},
		{"ff02::1", true, "multicast"},
		{"2001:db8::1", true, "documentation"},
		{"3fff::1", true, "documentation"},
		{"2001::1", true, "IETF"},
		{"100::1", true, "discard"},
		{"::ffff:127.0.0.1", true, "loopback"},
		{"::ffff:10.1.2.3", true, "private"},
		{"::ffff:169.254.169.254", true, "link-local"},
		{"::127.0.0.1", true, "IPv4-compatible"},
		{"64:ff9b::7f00:1", true, "loopback address behind an IPv6 translation prefix"},
		{"64:ff9b::a9fe:a9fe", true, "link-local"},
		{"64:ff9b:1::1", true, "local-use NAT64"},
		{"::ffff:0:a00:1", true, "private"},
		{"2002:7f00:1::1", true, "loopback address inside a 6to4"},
		{"2002:c0a8:101::1", true, "private"},
		{"4000::1", true, "outside 2000::/3"},

		{"1.1.1.1", false, ""},
		{"8.8.8.8", false, ""},
		{"93.184.215.14", false, ""},
		{"172.32.0.1", false, ""},
		{"172.15.255.255", false, ""},
		{"100.128.0.1", false, ""},
		{"192.169.0.1", false, ""},
		{"11.0.0.1", false, ""},
		{"::ffff:8.8.8.8", false, ""},
		{"2606:4700:4700::1111", false, ""},
		{"2a00:1450:4001:80b::200e", false, ""},
		{"64:ff9b::808:808", false, ""},
		{"2002:808:808::1", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			a := netip.MustParseAddr(tt.addr)
			why := refusal(a)
			if got := why != ""; got != tt.refused {
				t.Fatalf("refusal(%s) = %q, want refused=%v", tt.addr, why, tt.refused)
			}
			if !strings.Contains(why, tt.why) {
				t.Errorf("refusal(%s) = %q, want it to mention %q", tt.addr, why, tt.why)
			}
		})
	}
}

func TestRefusalInvalid(t *testing.T) {
	if why := refusal(netip.Addr{}); why == "" {
		t.Errorf("refusal(zero Addr) = %q, want a refusal", why)
	}
}

func TestPrivateErrorText(t *testing.T) {
	err := privateError("intranet.example", netip.MustParseAddr("10.0.0.7"), "private network address (RFC 1918)")
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("errors.Is(%v, ErrPrivateAddress) = false, want true", err)
	}
	for _, want := range []string{"intranet.example", "10.0.0.7", "RFC 1918", "--allow-private", "fetch.allow_private"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("got %q, want it to contain %q", err, want)
		}
	}
}

// fakeResolver answers from a map and counts the questions.
type fakeResolver struct {
	answers map[string][]netip.Addr
	err     error
	block   bool // wait for the context instead of answering
	calls   atomic.Int32
}

func (r *fakeResolver) LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error) {
	r.calls.Add(1)
	if r.block {
		<-ctx.Done()
		return nil, &net.DNSError{Err: "i/o timeout", Name: host, IsTimeout: true}
	}
	if r.err != nil {
		return nil, r.err
	}
	if a, ok := r.answers[host]; ok {
		return a, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

var _ Resolver = (*fakeResolver)(nil)
var _ Resolver = net.DefaultResolver

func addrs(ss ...string) []netip.Addr {
	out := make([]netip.Addr, len(ss))
	for i, s := range ss {
		out[i] = netip.MustParseAddr(s)
	}
	return out
}

func TestDialerRefusesBeforeConnecting(t *testing.T) {
	res := &fakeResolver{answers: map[string][]netip.Addr{
		"intranet.example": addrs("10.0.0.7"),
		"meta.example":     addrs("169.254.169.254"),
		"mapped.example":   addrs("::ffff:127.0.0.1"),
		"mixed.example":    addrs("192.168.0.1", "fd00::1"),
	}}
	d := &dialer{resolver: res, connectTimeout: time.Second}
	tests := []struct {
		name, address, want string
	}{
		{"DNS answer private", "intranet.example:80", "10.0.0.7"},
		{"DNS answer metadata", "meta.example:80", "link-local"},
		{"DNS answer mapped loopback", "mapped.example:443", "loopback"},
		{"all answers refused", "mixed.example:80", "192.168.0.1"},
		{"literal IPv4", "127.0.0.1:80", "loopback"},
		{"literal IPv6", "[::1]:80", "loopback"},
		{"literal CGNAT", "100.64.1.1:80", "carrier-grade"},
		{"literal ULA", "[fc00::5]:80", "unique local"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := d.DialContext(context.Background(), "tcp", tt.address)
			if err == nil {
				conn.Close()
				t.Fatalf("DialContext(%s) succeeded, want ErrPrivateAddress", tt.address)
			}
			if !errors.Is(err, ErrPrivateAddress) {
				t.Fatalf("got %v, want ErrPrivateAddress", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestDialerControlChecksSocketAddress(t *testing.T) {
	d := &dialer{}
	if err := d.control("tcp4", "127.0.0.1:80", nil); !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("control(127.0.0.1:80) = %v, want ErrPrivateAddress", err)
	}
	if err := d.control("tcp6", "[64:ff9b::a00:1]:443", nil); !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("control(NAT64 of 10.0.0.1) = %v, want ErrPrivateAddress", err)
	}
	if err := d.control("tcp4", "8.8.8.8:443", nil); err != nil {
		t.Errorf("control(8.8.8.8:443) = %v, want nil", err)
	}
	if err := d.control("tcp4", "not-an-address", nil); err == nil {
		t.Errorf("control(not-an-address) = nil, want an error")
	}
	d.allowPrivate = true
	if err := d.control("tcp4", "127.0.0.1:80", nil); err != nil {
		t.Errorf("control(127.0.0.1:80) with allowPrivate = %v, want nil", err)
	}
}
