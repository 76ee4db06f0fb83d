// Package fetch gets web pages over HTTP with one hardened, shared client.
//
// Everything from the network is bounded: a connect timeout, a total
// timeout, a redirect limit and a body cap that fails with ErrTooLarge
// instead of handing back a truncated page. Only http and https are spoken,
// also on redirects (ErrScheme).
//
// To keep a URL from making the tool reach into the machine's own network
// (SSRF), the dialer refuses loopback, private, link-local, CGNAT, multicast
// and other special-purpose addresses (ErrPrivateAddress). The check runs at
// dial time on the resolved address, so a redirect or a DNS answer that
// leads to such an address is refused as well. Options.AllowPrivate lifts
// it, for intranets and for tests on loopback.
//
// Files:
//   - fetch.go: Options, Client, Get and the errors.
//   - guard.go: the address classifier and the guarded dialer.
//   - read.go: ReadAll, the capped body reader shared with package sources,
//     and FormatBytes, which words every size in a "too large" error.
//
// A body served as application/gzip or application/x-gzip (a saved
// ".html.gz" on a static server) is inflated under the same cap and sniffed.
package fetch
