//! Small helpers to build responses.

use axum::body::Body;
use http::{HeaderName, HeaderValue, StatusCode};

pub(crate) type Resp = http::Response<Body>;

pub(crate) fn build(status: u16, content_type: &str, body: impl Into<Body>) -> Resp {
    let mut r = http::Response::new(body.into());
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if !content_type.is_empty() {
        set(&mut r, "content-type", content_type);
    }
    r
}

/// Appends a header (values that are not valid header text are dropped).
pub(crate) fn add(r: &mut Resp, name: &str, value: impl AsRef<str>) {
    if let (Ok(n), Ok(v)) = (
        HeaderName::from_bytes(name.as_bytes()),
        HeaderValue::from_str(value.as_ref()),
    ) {
        r.headers_mut().append(n, v);
    }
}

/// Sets a header, replacing earlier values.
pub(crate) fn set(r: &mut Resp, name: &str, value: impl AsRef<str>) {
    if let (Ok(n), Ok(v)) = (
        HeaderName::from_bytes(name.as_bytes()),
        HeaderValue::from_str(value.as_ref()),
    ) {
        r.headers_mut().insert(n, v);
    }
}

pub(crate) trait With {
    fn with(self, name: &str, value: impl AsRef<str>) -> Self;
}

impl With for Resp {
    fn with(mut self, name: &str, value: impl AsRef<str>) -> Self {
        add(&mut self, name, value);
        self
    }
}

/// WordPress's `nocache_headers()`.
pub(crate) fn nocache(r: &mut Resp) {
    set(r, "expires", "Wed, 11 Jan 1984 05:00:00 GMT");
    set(r, "cache-control", "no-cache, must-revalidate, max-age=0");
}

/// An HTTP date (IMF-fixdate) for `t`.
pub(crate) fn http_date(t: time::OffsetDateTime) -> String {
    let fmt = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    t.to_offset(time::UtcOffset::UTC)
        .format(&fmt)
        .unwrap_or_default()
}

/// A random lowercase hex string of `n` characters (ray ids, incident ids, nonces).
pub(crate) fn random_hex(n: usize) -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    (0..n)
        .map(|_| char::from_digit(rng.random_range(0..16), 16).unwrap_or('0'))
        .collect()
}

/// An answer kept whole (a page cache's stored copy).
#[derive(Clone, Debug)]
pub(crate) struct StoredResponse {
    pub status: http::StatusCode,
    pub headers: http::HeaderMap,
    pub body: bytes::Bytes,
}

/// Stored answers by request target.
pub(crate) type ResponseCache = std::sync::Mutex<std::collections::HashMap<String, StoredResponse>>;
