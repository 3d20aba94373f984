//! What one request saw, kept as evidence. Built only from the response and a redacted request line:
//! nothing here can hold a credential the engine sent.

use std::sync::OnceLock;

use bytes::Bytes;
use http::HeaderMap;
use url::Url;

use crate::firewall::ResponseView;

#[derive(Debug, Clone)]
pub struct Exchange {
    pub method: String,
    /// Absolute URL with credential parameters replaced by `[REDACTED]`.
    pub url: Url,
    pub status: u16,
    pub headers: HeaderMap,
    /// At most `BODY_CAP` bytes, after decompression.
    pub body: Bytes,
    pub body_truncated: bool,
    /// `HTTP/2.0`, `HTTP/1.1`: read by the benchmark's round-trip model (crates/bench).
    #[cfg_attr(not(feature = "internals"), allow(dead_code))]
    pub http_version: String,
    /// The body parsed as JSON once, on first use (rules ask many times; bodies can be MiBs).
    pub(crate) parsed: OnceLock<Option<serde_json::Value>>,
}

impl Exchange {
    pub fn view(&self) -> ResponseView<'_> {
        ResponseView {
            status: self.status,
            headers: &self.headers,
            body: &self.body,
        }
    }

    /// `GET /wp-json/?rest_route=…` relative to the host, for evidence lines.
    pub fn request_line(&self) -> String {
        let mut target = self.url.path().to_string();
        if let Some(q) = self.url.query() {
            target.push('?');
            target.push_str(&shorten(q, 160));
        }
        format!("{} {}", self.method, target)
    }

    /// The body as JSON (tolerating junk before it); `None` for a body cut at the cap, which
    /// cannot be whole JSON, and for anything else that does not parse.
    pub fn json(&self) -> Option<&serde_json::Value> {
        self.parsed
            .get_or_init(|| {
                if self.body_truncated {
                    None
                } else {
                    super::json::lenient_json(&self.body)
                }
            })
            .as_ref()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn content_type(&self) -> &str {
        self.header("content-type").unwrap_or("")
    }

    pub fn is_redirect(&self) -> bool {
        matches!(self.status, 301 | 302 | 303 | 307 | 308)
    }

    /// The redirect target, resolved against this request's URL.
    pub fn location(&self) -> Option<Url> {
        // Read as browsers do: raw UTF-8 is allowed (the URL parser then punycodes the host).
        let raw = self.headers.get("location")?;
        let text = String::from_utf8_lossy(raw.as_bytes());
        self.url.join(text.trim()).ok()
    }

    /// The body as text (lossy), trimmed to `max` characters for evidence, control characters
    /// escaped (the store chooses these bytes; decompression garbage holds NULs).
    pub fn body_snippet(&self, max: usize) -> String {
        let text = String::from_utf8_lossy(&self.body);
        let collapsed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        crate::safe_text::line(&shorten(&collapsed, max)).into_owned()
    }
}

/// At most `max` characters, with an ellipsis when cut.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

/// A request and the redirects followed for it: every hop is recorded.
#[derive(Debug, Clone, Default)]
pub struct Fetched {
    pub hops: Vec<Exchange>,
    /// Why the chain stopped early (network error, timeout, too many redirects), if it did.
    pub error: Option<super::FetchError>,
}

impl Fetched {
    /// Why the chain stopped early, in words (empty when it did not).
    pub fn error_text(&self) -> String {
        self.error
            .as_ref()
            .map(|e| e.to_string())
            .unwrap_or_default()
    }
    /// [`error_text`](Fetched::error_text) in `lang`.
    pub fn error_text_in(&self, lang: handshake_l10n::Lang) -> String {
        self.error
            .as_ref()
            .map(|e| e.message_in(lang))
            .unwrap_or_default()
    }
    pub fn last(&self) -> Option<&Exchange> {
        self.hops.last()
    }
    pub fn first(&self) -> Option<&Exchange> {
        self.hops.first()
    }
    pub fn redirected(&self) -> bool {
        self.hops.len() > 1
    }
}
