//! Where credentials may go: only to the origin the owner entered, or its HTTPS upgrade on the same
//! host. Never to another host (a redirect's target, a look-alike, a `user@host` trick), never
//! downgraded to plain http, and never on the strength of anything a server said: a redirect can
//! only *name* another address, which the owner then confirms by checking again with it.

use url::Url;

/// May credentials meant for `entered` be sent to `candidate`?
///
/// - same host (compared in its ASCII form, so an IDN look-alike is another host), and
/// - the same scheme and port, or an upgrade from `http` to `https` (any port: the certificate
///   must then be valid for that same host name), and
/// - no user name or password in `candidate` (a redirect to `https://shop@evil/` is refused
///   whatever its host).
pub fn allows(entered: &Url, candidate: &Url) -> bool {
    if !candidate.username().is_empty() || candidate.password().is_some() {
        return false;
    }
    let (Some(a), Some(b)) = (entered.host_str(), candidate.host_str()) else {
        return false;
    };
    if !a.eq_ignore_ascii_case(b) {
        return false;
    }
    match (entered.scheme(), candidate.scheme()) {
        (x, y) if x == y => entered.port_or_known_default() == candidate.port_or_known_default(),
        ("http", "https") => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::allows;
    use url::Url;

    fn ok(entered: &str, candidate: &str) -> bool {
        allows(
            &Url::parse(entered).unwrap(),
            &Url::parse(candidate).unwrap(),
        )
    }

    #[test]
    fn the_entered_origin_and_its_https_upgrade() {
        assert!(ok("https://shop.example/", "https://shop.example/wp-json/"));
        assert!(ok("https://shop.example/", "https://SHOP.example:443/x"));
        assert!(ok("http://shop.example/", "http://shop.example:80/"));
        assert!(ok("http://shop.example/", "https://shop.example/"));
        assert!(ok("http://127.0.0.1:8080/", "https://127.0.0.1:8443/"));
    }

    #[test]
    fn never_another_host_a_downgrade_or_another_port() {
        assert!(!ok("https://shop.example/", "https://www.shop.example/"));
        assert!(!ok(
            "https://shop.example/",
            "https://shop.example.evil.test/"
        ));
        assert!(!ok("https://shop.example/", "http://shop.example/"));
        assert!(!ok("https://shop.example/", "https://shop.example:8443/"));
        assert!(!ok("http://shop.example/", "http://shop.example:8080/"));
        assert!(!ok("https://shop.example/", "ftp://shop.example/"));
    }

    #[test]
    fn userinfo_and_look_alikes_are_other_hosts() {
        assert!(!ok(
            "https://shop.example/",
            "https://shop.example@evil.test/"
        ));
        assert!(!ok(
            "https://shop.example/",
            "https://user:pw@shop.example/"
        ));
        // "shop" with a Cyrillic "о": its punycode form is another host name.
        assert!(!ok("https://shop.example/", "https://shоp.example/"));
        assert!(!ok("https://shop.example/", "https://shop.example./"));
        assert!(!ok("https://127.0.0.1/", "https://127.0.0.2/"));
    }
}
