//! The client's address: the socket peer, unless the peer is a configured trusted proxy, in
//! which case the nearest untrusted address of `X-Forwarded-For` (walking right to left).
//! `X-Forwarded-For` from anyone else is ignored: it is the client's to forge.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, Request};
use ipnet::IpNet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

/// Edge step (see `edge`): records the client's address in the request's extensions.
pub fn resolve(req: &mut Request, trusted: &[IpNet]) {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    if let Some(peer) = peer.map(|p| p.to_canonical()) {
        let forwarded = req
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>();
        let ip = client_ip(peer, &forwarded, trusted);
        req.extensions_mut().insert(ClientIp(ip));
    }
}

/// The client of a request from `peer` carrying these `X-Forwarded-For` header values (each a
/// comma-separated list, in the order received). Public for the fuzz target.
pub fn client_ip(peer: IpAddr, forwarded: &[&str], trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let mut client = peer;
    let hops = forwarded.iter().flat_map(|v| v.split(','));
    for hop in hops.rev() {
        let Some(ip) = parse_hop(hop) else {
            // A malformed entry: stop at the last address we could trust to be real.
            break;
        };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    client
}

/// One `X-Forwarded-For` entry: an address, with or without a port (`1.2.3.4:5678`,
/// `[2001:db8::1]:443`, `[2001:db8::1]`), IPv4-mapped IPv6 read as IPv4.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim().trim_matches('"');
    let ip = if let Ok(ip) = hop.parse::<IpAddr>() {
        ip
    } else if let Ok(addr) = hop.parse::<SocketAddr>() {
        addr.ip()
    } else if let Some(inner) = hop.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        inner.parse::<IpAddr>().ok()?
    } else {
        return None;
    };
    Some(ip.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_counts_only_behind_a_trusted_proxy() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        assert_eq!(
            client_ip(ip("203.0.113.9"), &["1.2.3.4"], &trusted),
            ip("203.0.113.9")
        );
        assert_eq!(
            client_ip(ip("10.0.0.5"), &["1.2.3.4"], &trusted),
            ip("1.2.3.4")
        );
        // The client may prepend anything; the proxy appended what it saw.
        assert_eq!(
            client_ip(
                ip("10.0.0.5"),
                &["6.6.6.6", "1.2.3.4", "10.0.0.7"],
                &trusted
            ),
            ip("1.2.3.4")
        );
        assert_eq!(client_ip(ip("10.0.0.5"), &[], &trusted), ip("10.0.0.5"));
        // Several header lines, each a list: one list in the order received.
        assert_eq!(
            client_ip(
                ip("10.0.0.5"),
                &["6.6.6.6, 1.2.3.4", " 10.0.0.7 ,10.0.0.8"],
                &trusted
            ),
            ip("1.2.3.4")
        );
        assert_eq!(
            client_ip(ip("10.0.0.5"), &["junk", "1.2.3.4"], &trusted),
            ip("1.2.3.4")
        );
        assert_eq!(
            client_ip(ip("10.0.0.5"), &["1.2.3.4", "junk"], &trusted),
            ip("10.0.0.5")
        );
    }

    #[test]
    fn forwarded_entries_with_ports_brackets_and_mapped_addresses_are_parsed() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        for (hop, expected) in [
            ("1.2.3.4:5678", "1.2.3.4"),
            ("[2001:db8::1]:443", "2001:db8::1"),
            ("[2001:db8::1]", "2001:db8::1"),
            ("::ffff:1.2.3.4", "1.2.3.4"),
            ("[::ffff:1.2.3.4]:80", "1.2.3.4"),
            ("\"1.2.3.4\"", "1.2.3.4"),
        ] {
            assert_eq!(
                client_ip(ip("10.0.0.5"), &[hop], &trusted),
                ip(expected),
                "{hop}"
            );
        }
        // A proxy reached over IPv4-mapped IPv6 is still the trusted IPv4 proxy.
        assert_eq!(parse_hop("::ffff:10.0.0.5"), Some(ip("10.0.0.5")));
    }
}
