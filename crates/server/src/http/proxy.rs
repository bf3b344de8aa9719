//! Which address a request comes from when Portico sits behind reverse proxies.
//!
//! The socket peer is the only address nobody but the network chose. Behind a proxy it is
//! the proxy's, for every client, so the proxy says who it forwarded for in `Forwarded`
//! (RFC 7239) or `X-Forwarded-For`. Those headers are written by whoever sent the request,
//! so they are believed only from peers the operator listed in `--trusted-proxies`, and
//! even then only from the right: each trusted hop appends the address it saw, so the
//! right-most entry that is not itself a trusted proxy is the first address no trusted
//! party can vouch beyond: the client. Anything left of it could be forged by that client.

use std::net::IpAddr;

use axum::http::header::FORWARDED;
use axum::http::HeaderMap;
use ipnet::IpNet;

/// The proxies whose forwarding headers are believed. Empty (the default): none are, and
/// every request's address is its socket peer.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNet>);

/// The client address a request is counted, logged and mailed under; put in the request's
/// extensions by the accept loop (`http::connections`).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub IpAddr);

impl TrustedProxies {
    /// Addresses or CIDR ranges, separated by commas or spaces:
    /// `10.0.0.0/8, 192.0.2.7, fd00::/8`.
    pub fn parse(text: &str) -> Result<TrustedProxies, String> {
        text.split(|c: char| c == ',' || c.is_whitespace())
            .filter(|part| !part.is_empty())
            .map(|part| {
                part.parse::<IpNet>()
                    .or_else(|_| part.parse::<IpAddr>().map(IpNet::from))
                    .map(|net| net.trunc())
                    .map_err(|_| {
                        format!("{part:?} is not an IP address or a CIDR range like 10.0.0.0/8")
                    })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn trusts(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client's address for a request that reached us from `peer` with `headers`.
    pub fn client_address(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        if !self.trusts(peer) {
            return peer;
        }
        // `Forwarded` is the standard; a proxy that writes it is read from it alone, as
        // mixing the two lists could pair entries from different hops.
        let hops = if headers.contains_key(FORWARDED) {
            forwarded_for(headers)
        } else {
            x_forwarded_for(headers)
        };
        let mut client = peer;
        for hop in hops.iter().rev() {
            match hop {
                // A hop we cannot read ("unknown", an obfuscated name, garbage): the last
                // trusted proxy is the best we know.
                None => return client,
                Some(ip) => {
                    client = canonical(*ip);
                    if !self.trusts(client) {
                        return client;
                    }
                }
            }
        }
        client
    }
}

/// IPv4-mapped IPv6 addresses (a dual-stack socket's view of an IPv4 peer) as IPv4, so
/// `10.0.0.0/8` matches them too.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6
            .to_ipv4_mapped()
            .map(IpAddr::V4)
            .unwrap_or(IpAddr::V6(v6)),
        v4 => v4,
    }
}

/// Every `for=` of every `Forwarded` header, in order (left: furthest from us).
fn forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    headers
        .get_all(FORWARDED)
        .iter()
        .flat_map(|value| {
            let text = value.to_str().unwrap_or("");
            text.split(',')
                .map(|element| {
                    element
                        .split(';')
                        .filter_map(|pair| pair.split_once('='))
                        .find(|(name, _)| name.trim().eq_ignore_ascii_case("for"))
                        .and_then(|(_, node)| node_address(node.trim().trim_matches('"')))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Every entry of every `X-Forwarded-For` header, in order.
fn x_forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    headers
        .get_all("x-forwarded-for")
        .iter()
        .flat_map(|value| {
            let text = value.to_str().unwrap_or("");
            text.split(',')
                .map(|entry| node_address(entry.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// `192.0.2.7`, `192.0.2.7:4711`, `2001:db8::1`, `[2001:db8::1]` or `[2001:db8::1]:4711`.
fn node_address(node: &str) -> Option<IpAddr> {
    if let Ok(ip) = node.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Some(rest) = node.strip_prefix('[') {
        let (inside, after) = rest.split_once(']')?;
        if !(after.is_empty() || after.starts_with(':')) {
            return None;
        }
        return inside.parse().ok();
    }
    let (host, port) = node.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, value.parse().unwrap());
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_headers_are_ignored() {
        let none = TrustedProxies::default();
        let forged = headers(&[
            ("x-forwarded-for", "203.0.113.9"),
            ("forwarded", "for=1.2.3.4"),
        ]);
        assert_eq!(
            none.client_address(ip("127.0.0.1"), &forged),
            ip("127.0.0.1")
        );
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_says() {
        let proxies = TrustedProxies::parse("10.0.0.0/8").unwrap();
        let forged = headers(&[("x-forwarded-for", "203.0.113.9")]);
        assert_eq!(
            proxies.client_address(ip("198.51.100.4"), &forged),
            ip("198.51.100.4")
        );
    }

    #[test]
    fn the_right_most_untrusted_hop_is_the_client() {
        let proxies = TrustedProxies::parse("10.0.0.0/8, 192.0.2.7").unwrap();
        // The client forged the first entry; the outer proxy (10.1.1.1) appended the
        // address it saw; the inner proxy (192.0.2.7) connected to us.
        let chain = headers(&[("x-forwarded-for", "1.2.3.4, 203.0.113.9, 10.1.1.1")]);
        assert_eq!(
            proxies.client_address(ip("192.0.2.7"), &chain),
            ip("203.0.113.9")
        );
        // Two header lines are one list.
        let split = headers(&[
            ("x-forwarded-for", "1.2.3.4"),
            ("x-forwarded-for", "203.0.113.9:5555"),
        ]);
        assert_eq!(
            proxies.client_address(ip("10.0.0.1"), &split),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn forwarded_is_read_with_its_quoting_and_ports() {
        let proxies = TrustedProxies::parse("127.0.0.1 ::1").unwrap();
        let v6 = headers(&[(
            "forwarded",
            r#"for=192.0.2.60;proto=https, For="[2001:db8:cafe::17]:4711";by=127.0.0.1"#,
        )]);
        assert_eq!(
            proxies.client_address(ip("::1"), &v6),
            ip("2001:db8:cafe::17")
        );
        // Forwarded wins over X-Forwarded-For when a proxy sent both.
        let both = headers(&[
            ("forwarded", "for=192.0.2.60"),
            ("x-forwarded-for", "198.51.100.1"),
        ]);
        assert_eq!(
            proxies.client_address(ip("127.0.0.1"), &both),
            ip("192.0.2.60")
        );
    }

    #[test]
    fn an_unreadable_hop_stops_at_the_last_trusted_proxy() {
        let proxies = TrustedProxies::parse("10.0.0.0/8").unwrap();
        let hidden = headers(&[("forwarded", "for=unknown, for=10.2.2.2")]);
        assert_eq!(
            proxies.client_address(ip("10.0.0.1"), &hidden),
            ip("10.2.2.2")
        );
        let missing = HeaderMap::new();
        assert_eq!(
            proxies.client_address(ip("10.0.0.1"), &missing),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn ipv4_mapped_peers_match_ipv4_ranges() {
        let proxies = TrustedProxies::parse("127.0.0.0/8").unwrap();
        let chain = headers(&[("x-forwarded-for", "203.0.113.9")]);
        assert_eq!(
            proxies.client_address(ip("::ffff:127.0.0.1"), &chain),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn bad_lists_are_refused_with_the_entry() {
        let err = TrustedProxies::parse("10.0.0.0/8, proxy.local").unwrap_err();
        assert!(err.contains("\"proxy.local\""), "{err}");
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("").unwrap().is_empty());
    }
}
