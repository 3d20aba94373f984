//! Turning what an owner types into the store's base URL.
//!
//! Accepts a missing scheme (`shop.example.com` → https), a subfolder install (`/shop`), IDN host names
//! (stored as punycode), and common junk from copy-paste (spaces, trailing `/wp-admin/…`, quotes, `#…`).

use std::fmt;

use thiserror::Error;
use url::Url;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum StoreUrlError {
    #[error("the store address is empty")]
    Empty,
    #[error("{0:?} is not a web address: {1}")]
    Unparsable(String, String),
    #[error("the scheme {0:?} is not supported: use https:// (or http://)")]
    UnsupportedScheme(String),
    #[error("the address has no host name")]
    NoHost,
    #[error("the address must not contain a user name or password")]
    HasCredentials,
    #[error("{0:?} is not a valid host name")]
    BadHost(String),
    /// `javascript:…`, `data:…`, `mailto:…`: a link of another kind, not a site's address.
    #[error("\"{0}:\" addresses are not web addresses: enter the store's address, like https://shop.example.com")]
    NotWebAddress(String),
    #[error("port 0 is not a port a web server can use: leave the port out, or enter the one the store uses")]
    PortZero,
}

impl StoreUrlError {
    /// The message for a person, in `lang` (messages `error-store-url-*`; what they typed is a
    /// value). `Display` stays English for logs.
    pub fn message_in(&self, lang: handshake_l10n::Lang) -> String {
        use handshake_l10n::t;
        match self {
            StoreUrlError::Empty => t!(lang, "error-store-url-empty"),
            StoreUrlError::Unparsable(input, why) => t!(
                lang,
                "error-store-url-unparsable",
                "input" => format!("{input:?}"),
                "error" => why.as_str()
            ),
            StoreUrlError::UnsupportedScheme(scheme) => t!(
                lang,
                "error-store-url-scheme",
                "scheme" => format!("{scheme:?}"),
                "https" => "https://",
                "http" => "http://"
            ),
            StoreUrlError::NoHost => t!(lang, "error-store-url-no-host"),
            StoreUrlError::HasCredentials => t!(lang, "error-store-url-credentials"),
            StoreUrlError::BadHost(host) => {
                t!(lang, "error-store-url-bad-host", "host" => format!("{host:?}"))
            }
            StoreUrlError::NotWebAddress(scheme) => t!(
                lang,
                "error-store-url-not-web",
                "scheme" => format!("{scheme}:"),
                "example" => "https://shop.example.com"
            ),
            StoreUrlError::PortZero => t!(lang, "error-store-url-port-zero"),
        }
    }
}

/// The scheme of `input` when it starts with one that is not followed by `//` (`javascript:`,
/// `data:`, `mailto:`), which would otherwise be read as a host and a nonsensical port. `host:8080`
/// and `localhost:8080` are a host and a port; a name with a dot is left to the URL parser.
fn opaque_scheme(input: &str) -> Option<&str> {
    let (scheme, rest) = input.split_once(':')?;
    let mut chars = scheme.chars();
    let well_formed = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-'));
    let port_follows = rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit());
    (well_formed && !port_follows && !scheme.eq_ignore_ascii_case("localhost")).then_some(scheme)
}

/// A store's normalized base URL: scheme, host, optional port, and the install path ending in `/`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StoreUrl {
    url: Url,
    /// True when the owner typed no scheme, so https was assumed (http is tried when https fails).
    scheme_assumed: bool,
}

/// Path segments of WordPress admin and API URLs that owners paste by accident; everything from the
/// first of these onwards is dropped to find the install folder.
const TRAILING_WP_SEGMENTS: &[&str] = &[
    "wp-admin",
    "wp-json",
    "wp-login.php",
    "wc-auth",
    "index.php",
    "wp-content",
    "shop-admin",
];

impl StoreUrl {
    pub fn parse(input: &str) -> Result<StoreUrl, StoreUrlError> {
        let trimmed = input.trim().trim_matches(|c: char| {
            c == '"' || c == '\'' || c == '<' || c == '>' || c.is_whitespace()
        });
        if trimmed.is_empty() {
            return Err(StoreUrlError::Empty);
        }
        let lower = trimmed.to_ascii_lowercase();
        let (text, scheme_assumed) =
            if lower.starts_with("http://") || lower.starts_with("https://") {
                (trimmed.to_string(), false)
            } else if let Some((scheme, _)) = trimmed.split_once("://") {
                return Err(StoreUrlError::UnsupportedScheme(scheme.to_string()));
            } else if let Some(scheme) = opaque_scheme(trimmed) {
                return Err(StoreUrlError::NotWebAddress(scheme.to_ascii_lowercase()));
            } else {
                (format!("https://{trimmed}"), true)
            };
        let mut url = Url::parse(&text)
            .map_err(|e| StoreUrlError::Unparsable(trimmed.to_string(), e.to_string()))?;
        if url.scheme() != "http" && url.scheme() != "https" {
            return Err(StoreUrlError::UnsupportedScheme(url.scheme().to_string()));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(StoreUrlError::HasCredentials);
        }
        if url.port() == Some(0) {
            return Err(StoreUrlError::PortZero);
        }
        let host = url.host_str().ok_or(StoreUrlError::NoHost)?.to_string();
        if host.is_empty() {
            return Err(StoreUrlError::NoHost);
        }
        if let Some(url::Host::Domain(domain)) = url.host() {
            let valid = domain.split('.').filter(|l| !l.is_empty()).count() >= 1
                && domain.split('.').enumerate().all(|(i, l)| {
                    // a trailing dot (FQDN) leaves one empty last label
                    (l.is_empty() && i == domain.split('.').count() - 1)
                        || (l.len() <= 63
                            && l.chars()
                                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                });
            if !valid {
                return Err(StoreUrlError::BadHost(host));
            }
        }
        let segments: Vec<String> = url
            .path_segments()
            .map(|s| s.filter(|s| !s.is_empty()).map(str::to_string).collect())
            .unwrap_or_default();
        let keep = segments
            .iter()
            .position(|s| TRAILING_WP_SEGMENTS.contains(&s.to_ascii_lowercase().as_str()))
            .unwrap_or(segments.len());
        let mut path = String::from("/");
        for seg in &segments[..keep] {
            path.push_str(seg);
            path.push('/');
        }
        url.set_path(&path);
        url.set_query(None);
        url.set_fragment(None);
        Ok(StoreUrl {
            url,
            scheme_assumed,
        })
    }

    /// May this store's credentials be sent to `url`? Only at this origin or its HTTPS upgrade on
    /// the same host (see [`crate::credential_scope`]).
    pub fn allows_credentials_at(&self, url: &Url) -> bool {
        crate::credential_scope::allows(&self.url, url)
    }

    /// How a person tells stores apart: `shop.example.com`, or `127.0.0.1:8443` when the port is
    /// not the scheme's usual one (two stores on one host must not look the same).
    pub fn display_host(&self) -> String {
        let host = self.url.host_str().unwrap_or("");
        match self.url.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_string(),
        }
    }

    /// The base URL, always ending in `/`.
    pub fn as_url(&self) -> &Url {
        &self.url
    }
    pub fn as_str(&self) -> &str {
        self.url.as_str()
    }
    pub fn scheme_assumed(&self) -> bool {
        self.scheme_assumed
    }
    pub fn is_https(&self) -> bool {
        self.url.scheme() == "https"
    }
    /// Host as sent on the wire (punycode for IDN, no brackets for IPv6).
    pub fn host(&self) -> &str {
        match self.url.host() {
            Some(url::Host::Ipv6(_)) => self
                .url
                .host_str()
                .unwrap_or("")
                .trim_matches(|c| c == '[' || c == ']'),
            _ => self.url.host_str().unwrap_or(""),
        }
    }
    pub fn port(&self) -> u16 {
        self.url.port_or_known_default().unwrap_or(443)
    }
    /// The install folder, `/` or e.g. `/shop/`.
    pub fn base_path(&self) -> &str {
        self.url.path()
    }
    /// `https://host[:port]` without a path.
    pub fn origin(&self) -> String {
        self.url.origin().ascii_serialization()
    }

    /// A URL below the install folder; `rel` has no leading slash (`wp-json/wc/v3`).
    pub fn join(&self, rel: &str) -> Url {
        self.url
            .join(rel.trim_start_matches('/'))
            .unwrap_or_else(|_| self.url.clone())
    }

    /// The same store over another scheme (used when https fails and http is tried).
    pub fn with_scheme(&self, scheme: &str) -> StoreUrl {
        let mut url = self.url.clone();
        let default_port = matches!(
            (url.scheme(), url.port()),
            ("https", Some(443)) | ("http", Some(80))
        );
        let _ = url.set_scheme(scheme);
        if default_port {
            let _ = url.set_port(None);
        }
        StoreUrl {
            url,
            scheme_assumed: self.scheme_assumed,
        }
    }

    /// Builds a StoreUrl from an absolute URL a server redirected to (keeps its folder).
    pub fn from_redirect(target: &Url) -> Option<StoreUrl> {
        StoreUrl::parse(target.as_str()).ok().map(|mut s| {
            s.scheme_assumed = false;
            s
        })
    }
}

impl fmt::Display for StoreUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.url.as_str())
    }
}

#[cfg(test)]
mod tests {

    /// The localised messages say in English exactly what `Display` says.
    #[test]
    fn english_messages_match_display() {
        let errors = [
            StoreUrlError::Empty,
            StoreUrlError::Unparsable("x y".into(), "invalid domain character".into()),
            StoreUrlError::UnsupportedScheme("ftp".into()),
            StoreUrlError::NoHost,
            StoreUrlError::HasCredentials,
            StoreUrlError::BadHost("a_b".into()),
            StoreUrlError::NotWebAddress("javascript".into()),
            StoreUrlError::PortZero,
        ];
        for e in errors {
            assert_eq!(e.message_in(handshake_l10n::Lang::En), e.to_string());
            assert_ne!(e.message_in(handshake_l10n::Lang::De), e.to_string());
        }
    }
    use super::*;

    #[test]
    fn display_hosts_keep_unusual_ports() {
        assert_eq!(
            StoreUrl::parse("https://shop.test/")
                .unwrap()
                .display_host(),
            "shop.test"
        );
        assert_eq!(
            StoreUrl::parse("https://shop.test:443/")
                .unwrap()
                .display_host(),
            "shop.test"
        );
        assert_eq!(
            StoreUrl::parse("https://127.0.0.1:8443/")
                .unwrap()
                .display_host(),
            "127.0.0.1:8443"
        );
        assert_eq!(
            StoreUrl::parse("http://[::1]:8080/")
                .unwrap()
                .display_host(),
            "[::1]:8080"
        );
    }

    fn p(s: &str) -> String {
        StoreUrl::parse(s).unwrap().to_string()
    }

    #[test]
    fn normalizes_common_inputs() {
        assert_eq!(p("shop.example.com"), "https://shop.example.com/");
        assert!(StoreUrl::parse("shop.example.com")
            .unwrap()
            .scheme_assumed());
        assert_eq!(p("  http://Shop.Example.com  "), "http://shop.example.com/");
        assert_eq!(p("https://example.com/shop"), "https://example.com/shop/");
        assert_eq!(
            p("https://example.com/shop/wp-admin/admin.php?page=wc-settings"),
            "https://example.com/shop/"
        );
        assert_eq!(
            p("example.com/wp-json/wc/v3/orders"),
            "https://example.com/"
        );
        assert_eq!(p("\"https://example.com/#top\""), "https://example.com/");
        assert_eq!(p("https://example.com:8443"), "https://example.com:8443/");
        assert_eq!(p("bücher.example"), "https://xn--bcher-kva.example/");
        assert_eq!(p("127.0.0.1:8080"), "https://127.0.0.1:8080/");
        assert_eq!(p("[::1]:8443"), "https://[::1]:8443/");
    }

    #[test]
    fn rejects_bad_input_specifically() {
        assert_eq!(StoreUrl::parse("   "), Err(StoreUrlError::Empty));
        assert!(matches!(
            StoreUrl::parse("ftp://example.com"),
            Err(StoreUrlError::UnsupportedScheme(_))
        ));
        assert!(matches!(
            StoreUrl::parse("https://user:pw@example.com"),
            Err(StoreUrlError::HasCredentials)
        ));
        assert!(matches!(
            StoreUrl::parse("exa mple.com"),
            Err(StoreUrlError::Unparsable(..))
        ));
        assert!(matches!(
            StoreUrl::parse("https://"),
            Err(StoreUrlError::Unparsable(..) | StoreUrlError::NoHost)
        ));
        assert!(matches!(
            StoreUrl::parse("ex!ample.com"),
            Err(StoreUrlError::BadHost(_) | StoreUrlError::Unparsable(..))
        ));
    }

    #[test]
    fn links_that_are_not_web_addresses_say_so() {
        for (input, scheme) in [
            ("javascript:alert(1)", "javascript"),
            ("JavaScript:void(0)", "javascript"),
            ("data:text/html,<script>alert(1)</script>", "data"),
            ("mailto:owner@shop.example", "mailto"),
            ("about:blank", "about"),
            ("file:/etc/passwd", "file"),
        ] {
            let err = StoreUrl::parse(input).unwrap_err();
            assert_eq!(err, StoreUrlError::NotWebAddress(scheme.into()), "{input}");
            let text = err.to_string();
            assert!(
                text.contains("not web addresses") && !text.contains("port"),
                "{input}: {text}"
            );
        }
        // A host and a port are still a host and a port.
        assert_eq!(p("localhost:8080"), "https://localhost:8080/");
        assert_eq!(p("shop:8443/store"), "https://shop:8443/store/");
        assert!(matches!(
            StoreUrl::parse("shop.example.com:http"),
            Err(StoreUrlError::Unparsable(..))
        ));
    }

    #[test]
    fn port_zero_is_refused() {
        for input in [
            "https://shop.example:0/",
            "shop.example:0",
            "http://127.0.0.1:0",
            "[::1]:0",
            "https://shop.example:00",
        ] {
            assert_eq!(
                StoreUrl::parse(input),
                Err(StoreUrlError::PortZero),
                "{input}"
            );
        }
        assert!(StoreUrlError::PortZero.to_string().contains("port 0"));
        assert_eq!(p("shop.example:1"), "https://shop.example:1/");
    }

    #[test]
    fn host_port_and_join() {
        let s = StoreUrl::parse("https://[::1]:8443/shop").unwrap();
        assert_eq!(s.host(), "::1");
        assert_eq!(s.port(), 8443);
        assert_eq!(
            s.join("wp-json/").as_str(),
            "https://[::1]:8443/shop/wp-json/"
        );
        assert_eq!(s.with_scheme("http").to_string(), "http://[::1]:8443/shop/");
        assert_eq!(
            StoreUrl::parse("https://a.example:443")
                .unwrap()
                .with_scheme("http")
                .to_string(),
            "http://a.example/"
        );
    }
}
