//! Which address a request comes from, for limits and the attempt log. Behind a reverse proxy the
//! socket peer is the proxy, so `X-Forwarded-For` is believed only when the peer is a proxy the
//! operator named (anyone else could write that header).

use std::net::IpAddr;

use http::HeaderMap;

/// IPv4-mapped IPv6 (`::ffff:1.2.3.4`) is the IPv4 address it carries.
pub fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

/// The client's address: the socket peer, or, when the peer is a trusted proxy, the right-most
/// `X-Forwarded-For` entry that is not itself a trusted proxy.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted_proxies: &[IpAddr]) -> IpAddr {
    let peer = canonical(peer);
    if !trusted_proxies.contains(&peer) {
        return peer;
    }
    let mut hops: Vec<IpAddr> = Vec::new();
    for value in headers.get_all("x-forwarded-for") {
        let Ok(text) = value.to_str() else {
            return peer;
        };
        for part in text.split(',') {
            match part.trim().parse::<IpAddr>() {
                Ok(ip) => hops.push(canonical(ip)),
                // A malformed chain cannot be trusted past this point.
                Err(_) => return peer,
            }
        }
    }
    hops.into_iter()
        .rev()
        .find(|ip| !trusted_proxies.contains(ip))
        .unwrap_or(peer)
}

/// The unit limits count by: one IPv4 address, or one IPv6 /64 (what a single host usually gets,
/// so rotating addresses inside it does not multiply the quota).
pub fn limit_key(ip: IpAddr) -> String {
    match canonical(ip) {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

/// The wider unit for shares of the global caps: one IPv4 address, or one IPv6 /48 (a site's whole
/// allocation, so one network cannot take the relay by spreading over many /64s).
pub fn prefix_key(ip: IpAddr) -> String {
    match canonical(ip) {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", xff.parse().unwrap());
        h
    }

    #[test]
    fn untrusted_peer_header_is_ignored() {
        let peer: IpAddr = "198.51.100.1".parse().unwrap();
        assert_eq!(client_ip(peer, &headers("1.2.3.4"), &[]), peer);
    }

    #[test]
    fn trusted_proxy_uses_rightmost_untrusted_hop() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let ip = client_ip(proxy, &headers("6.6.6.6, 203.0.113.9"), &[proxy]);
        assert_eq!(ip, "203.0.113.9".parse::<IpAddr>().unwrap());
        assert_eq!(client_ip(proxy, &headers("junk"), &[proxy]), proxy);
        assert_eq!(client_ip(proxy, &HeaderMap::new(), &[proxy]), proxy);
    }

    #[test]
    fn ipv6_counts_by_prefix() {
        assert_eq!(
            limit_key("2001:db8:1:2:3:4:5:6".parse().unwrap()),
            "2001:db8:1:2::/64"
        );
        assert_eq!(limit_key("::ffff:192.0.2.1".parse().unwrap()), "192.0.2.1");
        assert_eq!(
            prefix_key("2001:db8:1:2:3:4:5:6".parse().unwrap()),
            "2001:db8:1::/48"
        );
        assert_eq!(prefix_key("192.0.2.1".parse().unwrap()), "192.0.2.1");
    }
}
