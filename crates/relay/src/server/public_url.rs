//! The base URL put into callback and return URLs, and what WordPress demands of it.
//!
//! WooCommerce refuses a `callback_url` that is not `https://`, and `wp_safe_remote_post` refuses
//! hosts that resolve to loopback/private addresses, IPv6 literals, and ports other than 80, 443
//! and 8080. The certificate must chain to a CA in WordPress's bundle (Mozilla's list).

use std::net::{IpAddr, SocketAddr};

use url::{Host, Url};

use super::ServeError;

/// The URL the socket answers on. An unspecified bind address is shown as loopback.
pub fn bound_url(addr: SocketAddr, tls: bool) -> Url {
    let scheme = if tls { "https" } else { "http" };
    let ip = match addr.ip() {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    let text = format!("{scheme}://{}/", SocketAddr::new(ip, addr.port()));
    Url::parse(&text)
        .unwrap_or_else(|_| Url::parse("http://127.0.0.1/").expect("static URL parses"))
}

/// Checks an operator-given `--public-url` and normalizes it to end with `/`.
pub fn normalize_public(url: &Url) -> Result<Url, ServeError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(ServeError::PublicUrl(
            "it must start with https:// (or http:// for local tests)".into(),
        ));
    }
    if url.host().is_none() || !url.username().is_empty() || url.password().is_some() {
        return Err(ServeError::PublicUrl(
            "it needs a host and no user name or password".into(),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(ServeError::PublicUrl(
            "it must not have a query or fragment".into(),
        ));
    }
    let mut base = url.clone();
    if !base.path().ends_with('/') {
        let path = format!("{}/", base.path());
        base.set_path(&path);
    }
    Ok(base)
}

fn private_v4(ip: std::net::Ipv4Addr) -> bool {
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.octets()[0] == 0
        || (ip.octets()[0] == 100 && (64..128).contains(&ip.octets()[1]))
}

/// Why WordPress would refuse to POST to this base URL (empty when nothing is visibly wrong).
pub fn wordpress_warnings(base: &Url) -> Vec<String> {
    let mut warnings = Vec::new();
    if base.scheme() != "https" {
        warnings.push(
            "the callback URL is not https://: WooCommerce answers \"The callback_url needs to be over SSL\""
                .to_string(),
        );
    }
    match base.port_or_known_default() {
        Some(80 | 443 | 8080) => {}
        Some(port) => warnings.push(format!(
            "port {port}: WordPress only posts to ports 80, 443 and 8080 (\"A valid URL was not provided.\")"
        )),
        None => {}
    }
    match base.host() {
        Some(Host::Ipv6(_)) => {
            warnings.push("an IPv6 literal host: WordPress refuses to post to one".to_string())
        }
        Some(Host::Ipv4(ip)) if private_v4(ip) => warnings.push(format!(
            "{ip} is not a public address: WordPress refuses to post to it"
        )),
        Some(Host::Domain(d)) => {
            let d = d.to_ascii_lowercase();
            if d == "localhost"
                || [
                    ".localhost",
                    ".local",
                    ".test",
                    ".internal",
                    ".lan",
                    ".home.arpa",
                ]
                .iter()
                .any(|s| d.ends_with(s))
            {
                warnings.push(format!(
                    "{d} does not resolve publicly: the store cannot reach it"
                ));
            }
        }
        _ => {}
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_relay_passes() {
        let url = normalize_public(&Url::parse("https://relay.example.com/hs").unwrap()).unwrap();
        assert_eq!(url.as_str(), "https://relay.example.com/hs/");
        assert!(wordpress_warnings(&url).is_empty());
        assert!(
            wordpress_warnings(&Url::parse("https://relay.example.com:8080/").unwrap()).is_empty()
        );
    }

    #[test]
    fn wordpress_would_refuse() {
        let w = wordpress_warnings(&Url::parse("http://127.0.0.1:8443/").unwrap());
        assert_eq!(w.len(), 3, "{w:?}");
        assert_eq!(
            wordpress_warnings(&Url::parse("https://[2001:db8::1]/").unwrap()).len(),
            1
        );
        assert_eq!(
            wordpress_warnings(&Url::parse("https://relay.local/").unwrap()).len(),
            1
        );
    }

    #[test]
    fn bad_public_urls() {
        assert!(normalize_public(&Url::parse("ftp://x/").unwrap()).is_err());
        assert!(normalize_public(&Url::parse("https://x/?a=1").unwrap()).is_err());
        assert!(normalize_public(&Url::parse("https://u:p@x/").unwrap()).is_err());
    }

    #[test]
    fn bound_urls() {
        assert_eq!(
            bound_url("0.0.0.0:80".parse().unwrap(), false).as_str(),
            "http://127.0.0.1/"
        );
        assert_eq!(
            bound_url("127.0.0.1:8443".parse().unwrap(), true).as_str(),
            "https://127.0.0.1:8443/"
        );
    }
}
