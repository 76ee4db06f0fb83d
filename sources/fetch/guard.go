package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"
)

// Resolver looks up the addresses of a host name. *net.Resolver satisfies
// it; tests inject a fake so that no test asks the real DNS.
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// special is one special-purpose range and why it is refused. The lists
// follow the IANA IPv4 and IPv6 special-purpose address registries; a few
// globally reachable entries (AS112, AMT) are left out because real
// services live there.
type special struct {
	prefix netip.Prefix
	why    string
}

var specialV4 = []special{
	{netip.MustParsePrefix("0.0.0.0/8"), "\"this network\" address"},
	{netip.MustParsePrefix("10.0.0.0/8"), "private network address (RFC 1918)"},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared carrier-grade NAT address (RFC 6598)"},
	{netip.MustParsePrefix("127.0.0.0/8"), "loopback address"},
	{netip.MustParsePrefix("169.254.0.0/16"), "link-local address (cloud metadata services live here)"},
	{netip.MustParsePrefix("172.16.0.0/12"), "private network address (RFC 1918)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol assignment address"},
	{netip.MustParsePrefix("192.0.2.0/24"), "documentation address (TEST-NET-1)"},
	{netip.MustParsePrefix("192.88.99.0/24"), "deprecated 6to4 relay address"},
	{netip.MustParsePrefix("192.168.0.0/16"), "private network address (RFC 1918)"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking address (RFC 2544)"},
	{netip.MustParsePrefix("198.51.100.0/24"), "documentation address (TEST-NET-2)"},
	{netip.MustParsePrefix("203.0.113.0/24"), "documentation address (TEST-NET-3)"},
	{netip.MustParsePrefix("224.0.0.0/4"), "multicast address"},
	{netip.MustParsePrefix("255.255.255.255/32"), "broadcast address"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved address (240.0.0.0/4)"},
}

var specialV6 = []special{
	{netip.MustParsePrefix("::/128"), "unspecified address"},
	{netip.MustParsePrefix("::1/128"), "loopback address"},
	{netip.MustParsePrefix("::/96"), "deprecated IPv4-compatible address"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local-use NAT64 address"},
	{netip.MustParsePrefix("100::/64"), "discard-only address"},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation address"},
	{netip.MustParsePrefix("2001::/23"), "IETF protocol assignment address (Teredo, ORCHID, benchmarking)"},
	{netip.MustParsePrefix("3fff::/20"), "documentation address"},
	{netip.MustParsePrefix("5f00::/16"), "segment routing (SRv6) address"},
	{netip.MustParsePrefix("fc00::/7"), "unique local (private) address"},
	{netip.MustParsePrefix("fe80::/10"), "link-local address"},
	{netip.MustParsePrefix("fec0::/10"), "deprecated site-local address"},
	{netip.MustParsePrefix("ff00::/8"), "multicast address"},
}

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	siit      = netip.MustParsePrefix("::ffff:0:0:0/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
	global6   = netip.MustParsePrefix("2000::/3")
)

// refusal tells why a must not be connected to, or "" when it may be.
// Forms that embed an IPv4 address (IPv4-mapped, NAT64, SIIT, 6to4) are
// judged by that address, so ::ffff:127.0.0.1 is loopback like 127.0.0.1.
func refusal(a netip.Addr) string {
	a = a.WithZone("")
	if !a.IsValid() {
		return "invalid address"
	}
	if a.Is4In6() {
		a = a.Unmap()
	}
	if a.Is4() {
		for _, s := range specialV4 {
			if s.prefix.Contains(a) {
				return s.why
			}
		}
		return ""
	}
	b := a.As16()
	switch {
	case nat64.Contains(a), siit.Contains(a):
		if why := refusal(netip.AddrFrom4([4]byte(b[12:16]))); why != "" {
			return why + " behind an IPv6 translation prefix"
		}
		return ""
	case sixToFour.Contains(a):
		if why := refusal(netip.AddrFrom4([4]byte(b[2:6]))); why != "" {
			return why + " inside a 6to4 address"
		}
		return ""
	}
	for _, s := range specialV6 {
		if s.prefix.Contains(a) {
			return s.why
		}
	}
	// Everything outside global unicast is unassigned or special.
	if !global6.Contains(a) {
		return "reserved IPv6 address (outside 2000::/3)"
	}
	return ""
}

// privateError is the refusal of one address. It wraps ErrPrivateAddress.
func privateError(host string, a netip.Addr, why string) error {
	target := a.String()
	if host != "" && host != target {
		target = fmt.Sprintf("%s (resolves to %s)", host, a)
	}
	return fmt.Errorf("fetch: %w: refusing to connect to %s, a %s; "+
		"pass --allow-private (config fetch.allow_private) to allow it",
		ErrPrivateAddress, target, why)
}

// dialer resolves and connects with the address check in between. It
// resolves itself, instead of leaving it to net.Dialer, so that the error
// can name the host beside the refused address and so that tests can
// inject a resolver; the Control hook checks again on the socket's actual
// address, which is the check that cannot be bypassed.
type dialer struct {
	resolver       Resolver
	connectTimeout time.Duration
	allowPrivate   bool
	// exempt, when set (tests only), lets one address through the check so
	// that a test can run an "allowed" server and a refused one on loopback.
	exempt func(netip.AddrPort) bool
}

func (d *dialer) allowed(ap netip.AddrPort) string {
	if d.allowPrivate || (d.exempt != nil && d.exempt(ap)) {
		return ""
	}
	return refusal(ap.Addr())
}

func (d *dialer) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("fetch: unexpected dial address %q: %w", address, err)
	}
	if why := d.allowed(ap); why != "" {
		return privateError("", ap.Addr(), why)
	}
	return nil
}

// DialContext connects to address ("host:port"), trying each resolved
// address in turn within one connect timeout.
func (d *dialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	host, portStr, err := net.SplitHostPort(address)
	if err != nil {
		return nil, fmt.Errorf("fetch: bad address %q: %w", address, err)
	}
	port, err := net.LookupPort(network, portStr)
	if err != nil {
		return nil, fmt.Errorf("fetch: bad port %q: %w", portStr, err)
	}
	parent := ctx
	if d.connectTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d.connectTimeout)
		defer cancel()
	}

	var addrs []netip.Addr
	if a, err := netip.ParseAddr(host); err == nil {
		addrs = []netip.Addr{a}
	} else {
		ipNet := "ip"
		switch network {
		case "tcp4":
			ipNet = "ip4"
		case "tcp6":
			ipNet = "ip6"
		}
		addrs, err = d.resolver.LookupNetIP(ctx, ipNet, host)
		if err != nil {
			return nil, fmt.Errorf("fetch: cannot resolve %s: %w", host, dnsReason(err))
		}
		if len(addrs) == 0 {
			return nil, fmt.Errorf("fetch: cannot resolve %s: no addresses", host)
		}
	}

	var firstRefusal, lastErr error
	nd := net.Dialer{Control: d.control}
	tried := 0
	for i, a := range addrs {
		ap := netip.AddrPortFrom(a.Unmap(), uint16(port))
		if why := d.allowed(ap); why != "" {
			if firstRefusal == nil {
				firstRefusal = privateError(host, a, why)
			}
			continue
		}
		tried++
		// Share what is left of the connect timeout among the addresses
		// still to try, so a dead first address does not use it all.
		actx, cancel := ctx, context.CancelFunc(func() {})
		if dl, ok := ctx.Deadline(); ok {
			left := time.Until(dl) / time.Duration(len(addrs)-i)
			if left < 2*time.Second {
				left = time.Until(dl)
			}
			actx, cancel = context.WithTimeout(ctx, left)
		}
		conn, err := nd.DialContext(actx, network, ap.String())
		cancel()
		if err == nil {
			return conn, nil
		}
		lastErr = err
		if ctx.Err() != nil {
			break
		}
	}
	if tried == 0 && firstRefusal != nil {
		return nil, firstRefusal
	}
	if ctx.Err() != nil && parent.Err() == nil {
		return nil, fmt.Errorf("fetch: connect to %s: timed out after %s: %w", address, d.connectTimeout, lastErr)
	}
	return nil, fmt.Errorf("fetch: connect to %s: %w", address, lastErr)
}

// dnsReason shortens a resolver error to its reason ("no such host")
// while keeping it matchable with errors.As.
func dnsReason(err error) error {
	var de *net.DNSError
	if errors.As(err, &de) && de.Err != "" {
		return &dnsError{reason: de.Err, err: err}
	}
	return err
}

type dnsError struct {
	reason string
	err    error
}

func (e *dnsError) Error() string { return e.reason }
func (e *dnsError) Unwrap() error { return e.err }
