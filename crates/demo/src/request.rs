//! One incoming request as "PHP" would see it: method, raw REQUEST_URI, headers, parsed query
//! and body, and which listener (TLS or not, which port) it arrived on.

use bytes::Bytes;
use http::{HeaderMap, Method};

/// The listener a request came in on.
#[derive(Clone, Debug)]
pub(crate) struct Listener {
    pub tls: bool,
    pub port: u16,
}

#[derive(Clone, Debug)]
pub(crate) struct Req {
    pub method: Method,
    /// Raw request target as sent: path plus `?query` (PHP's REQUEST_URI).
    pub target: String,
    /// Raw path (no query).
    pub path: String,
    /// Raw query string without `?` (may be empty).
    pub query_raw: String,
    /// Decoded query pairs in order (PHP `$_GET`, `+` is a space).
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub tls: bool,
    pub port: u16,
    /// Host header (or HTTP/2 authority) as sent, lowercased, e.g. `shop.test:8443`.
    pub authority: String,
    /// The client's address (what a firewall filters on).
    pub peer: Option<std::net::IpAddr>,
}

impl Req {
    pub(crate) fn new(
        method: Method,
        uri: &http::Uri,
        headers: HeaderMap,
        body: Bytes,
        listener: &Listener,
    ) -> Req {
        let target = uri
            .path_and_query()
            .map(|pq| pq.as_str().to_string())
            .unwrap_or_else(|| "/".to_string());
        let (path, query_raw) = match target.split_once('?') {
            Some((p, q)) => (p.to_string(), q.to_string()),
            None => (target.clone(), String::new()),
        };
        let query = parse_form(query_raw.as_bytes());
        let authority = headers
            .get(http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .map(str::to_string)
            .or_else(|| uri.authority().map(|a| a.as_str().to_string()))
            .unwrap_or_else(|| format!("127.0.0.1:{}", listener.port))
            .to_ascii_lowercase();
        Req {
            method,
            target,
            path,
            query_raw,
            query,
            headers,
            body,
            tls: listener.tls,
            port: listener.port,
            authority,
            peer: None,
        }
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// `$_GET[name]` (PHP keeps the last duplicate).
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// `$_POST`: form-encoded bodies only, as PHP parses them.
    pub(crate) fn post_params(&self) -> Vec<(String, String)> {
        if self.content_type_is("application/x-www-form-urlencoded") {
            parse_form(&self.body)
        } else {
            Vec::new()
        }
    }

    /// `$_REQUEST[name]`: GET then POST (POST wins, PHP's default request_order "GP").
    pub(crate) fn request_param(&self, name: &str) -> Option<String> {
        let post = self.post_params();
        post.iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .or_else(|| self.get(name).map(str::to_string))
    }

    pub(crate) fn content_type_is(&self, mime: &str) -> bool {
        self.header("content-type")
            .map(|ct| {
                ct.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .eq_ignore_ascii_case(mime)
            })
            .unwrap_or(false)
    }

    /// Host part of the authority, without the port (brackets kept for IPv6).
    pub(crate) fn host(&self) -> &str {
        let a = self.authority.as_str();
        if a.starts_with('[') {
            return a
                .split_once(']')
                .map(|(h, _)| &a[..h.len() + 1])
                .unwrap_or(a);
        }
        a.rsplit_once(':').map(|(h, _)| h).unwrap_or(a)
    }

    /// The scheme of the connection itself.
    pub(crate) fn scheme(&self) -> &'static str {
        if self.tls {
            "https"
        } else {
            "http"
        }
    }

    /// The site's home URL without trailing slash, e.g. `https://shop.test:8443`.
    /// Home follows the Host header (like a wp-config that sets WP_HOME from HTTP_HOST), so a
    /// store reached as 127.0.0.1, localhost or shop.test advertises the name it was called by.
    pub(crate) fn home(&self) -> String {
        format!("{}://{}", self.scheme(), self.authority)
    }

    /// `wp_is_json_request()`: the Accept or Content-Type header names JSON.
    pub(crate) fn wants_json(&self) -> bool {
        let is_json = |v: &str| {
            v.split(',').any(|part| {
                let media = part
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                media == "application/json"
                    || (media.starts_with("application/") && media.ends_with("+json"))
            })
        };
        self.header("accept").is_some_and(is_json)
            || self.header("content-type").is_some_and(is_json)
    }

    /// The User-Agent looks like a browser.
    pub(crate) fn is_browser(&self) -> bool {
        self.header("user-agent")
            .is_some_and(|ua| ua.starts_with("Mozilla/"))
    }
}

/// application/x-www-form-urlencoded parsing (`+` is a space), as PHP does for $_GET/$_POST.
pub(crate) fn parse_form(bytes: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(bytes)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .filter(|(k, _)| !k.is_empty())
        .collect()
}

/// PHP `rawurlencode`: everything but `A-Za-z0-9-_.~` is percent-encoded.
pub(crate) fn rawurlencode(s: &str) -> String {
    const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(s, SET).to_string()
}

/// PHP `rawurldecode`.
pub(crate) fn rawurldecode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// PHP `urldecode` (`+` becomes a space).
pub(crate) fn urldecode(s: &str) -> String {
    rawurldecode(&s.replace('+', " "))
}

/// PHP `empty()` for a request string: "" and "0" are empty.
pub(crate) fn php_empty(v: Option<&str>) -> bool {
    matches!(v, None | Some("") | Some("0"))
}

/// `esc_html`.
pub(crate) fn esc_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#039;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(uri: &str, host: &str) -> Req {
        let mut headers = HeaderMap::new();
        headers.insert("host", host.parse().unwrap());
        Req::new(
            Method::GET,
            &uri.parse().unwrap(),
            headers,
            Bytes::new(),
            &Listener {
                tls: true,
                port: 8443,
            },
        )
    }

    #[test]
    fn parses_target_and_host() {
        let r = req("/?rest_route=/wc/v3/orders&a=b+c", "Shop.Test:8443");
        assert_eq!(r.path, "/");
        assert_eq!(r.get("rest_route"), Some("/wc/v3/orders"));
        assert_eq!(r.get("a"), Some("b c"));
        assert_eq!(r.host(), "shop.test");
        assert_eq!(r.home(), "https://shop.test:8443");
        assert_eq!(req("/", "[::1]:8443").host(), "[::1]");
    }

    #[test]
    fn rawurlencode_matches_php() {
        assert_eq!(
            rawurlencode("https://a.b/c?d=e f~"),
            "https%3A%2F%2Fa.b%2Fc%3Fd%3De%20f~"
        );
    }
}
