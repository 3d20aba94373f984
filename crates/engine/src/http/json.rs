//! A body as JSON, tolerating what servers put before it (a byte-order mark, a PHP notice, stray
//! HTML). Generic: what the JSON means (a WordPress error, the REST index) is read in [`crate::wp`].

use serde_json::Value;

/// The body without a UTF-8 byte-order mark, and whether it had one.
pub(crate) fn strip_bom(body: &[u8]) -> (&[u8], bool) {
    match body.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (body, false),
    }
}

/// The JSON value of a body, tolerating junk before it (so the analysis can still read it).
pub fn lenient_json(body: &[u8]) -> Option<Value> {
    if let Ok(v) = serde_json::from_slice(body) {
        return Some(v);
    }
    let (rest, _) = strip_bom(body);
    if let Ok(v) = serde_json::from_slice(rest) {
        return Some(v);
    }
    let start = body
        .iter()
        .take(64 * 1024)
        .position(|b| *b == b'{' || *b == b'[')?;
    serde_json::from_slice(&body[start..]).ok()
}
