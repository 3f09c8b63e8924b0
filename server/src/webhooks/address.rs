//! The SSRF rule for webhook deliveries: the address a connection actually goes to (after DNS,
//! so rebinding cannot slip through) must be a public unicast address, unless an operator
//! allowed it (`JOBS_WEBHOOK_ALLOWED_CIDRS`, e.g. loopback for tests).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

/// Whether a delivery may connect to `ip`.
pub fn may_connect(ip: IpAddr, allowed: &[IpNet]) -> bool {
    if allowed.iter().any(|net| net.contains(&ip)) {
        return true;
    }
    match ip.to_canonical() {
        IpAddr::V4(v4) => public_v4(v4),
        IpAddr::V6(v6) => public_v6(v6),
    }
}

fn public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        // Shared address space (CGNAT), 100.64.0.0/10.
        || (a == 100 && (64..128).contains(&b))
        // IETF protocol assignments 192.0.0.0/24, benchmarking 198.18.0.0/15, reserved 240/4.
        || (a == 192 && b == 0 && c == 0)
        || (a == 198 && (b == 18 || b == 19))
        || a >= 240)
}

fn public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    // Embedded IPv4 (NAT64 64:ff9b::/96, 6to4 2002::/16) is judged by the IPv4 rule.
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
        return public_v4(Ipv4Addr::new(
            (s[6] >> 8) as u8,
            s[6] as u8,
            (s[7] >> 8) as u8,
            s[7] as u8,
        ));
    }
    // SIIT's IPv4-translated addresses ::ffff:0:0/96 (RFC 6052 §2.1, RFC 7915), likewise.
    if s[0..6] == [0, 0, 0, 0, 0xffff, 0] {
        return public_v4(Ipv4Addr::new(
            (s[6] >> 8) as u8,
            s[6] as u8,
            (s[7] >> 8) as u8,
            s[7] as u8,
        ));
    }
    // Local-use NAT64 64:ff9b:1::/48 (RFC 8215) leads into a network of the operator's own.
    if s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1 {
        return false;
    }
    if s[0] == 0x2002 {
        return public_v4(Ipv4Addr::new(
            (s[1] >> 8) as u8,
            s[1] as u8,
            (s[2] >> 8) as u8,
            s[2] as u8,
        ));
    }
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        // Unique local fc00::/7, link-local fe80::/10, site-local fec0::/10 (deprecated).
        || (s[0] & 0xfe00) == 0xfc00
        || (s[0] & 0xffc0) == 0xfe80
        || (s[0] & 0xffc0) == 0xfec0
        // Documentation 2001:db8::/32, discard 100::/64, IPv4-compatible ::/96.
        || (s[0] == 0x2001 && s[1] == 0x0db8)
        || (s[0] == 0x0100 && s[1..4] == [0, 0, 0])
        || s[0..6] == [0, 0, 0, 0, 0, 0])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn private_and_special_addresses_are_refused() {
        for refused in [
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "192.0.2.1",
            "198.18.0.1",
            "::1",
            "::",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "ff02::1",
            "2001:db8::1",
            "64:ff9b::7f00:1",
            "2002:7f00:1::1",
            "::127.0.0.1",
            "::ffff:0:7f00:1",
            "::ffff:0:a00:1",
            "::ffff:0:a9fe:a9fe",
            "64:ff9b:1::808:808",
            "64:ff9b:1:ffff::1",
        ] {
            assert!(!may_connect(ip(refused), &[]), "{refused}");
        }
    }

    #[test]
    fn public_addresses_and_allowed_ranges_pass() {
        for public in [
            "93.184.216.34",
            "1.1.1.1",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
            "::ffff:0:808:808",
            "64:ff9b::808:808",
        ] {
            assert!(may_connect(ip(public), &[]), "{public}");
        }
        let allowed: Vec<IpNet> = vec!["127.0.0.1/32".parse().unwrap()];
        assert!(may_connect(ip("127.0.0.1"), &allowed));
        assert!(!may_connect(ip("127.0.0.2"), &allowed));
    }
}
