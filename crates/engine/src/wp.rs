//! Reading WordPress and WooCommerce answers: REST error objects, the REST index, the API discovery
//! `Link` header, and whether a body is clean JSON (PHP notices and BOMs break API clients).

use serde_json::Value;

use crate::http::json::strip_bom;
#[cfg(any(test, feature = "internals"))]
pub use crate::http::lenient_json;
use crate::http::Exchange;

/// `{"code":"…","message":"…","data":{"status":401}}`: WordPress's REST error shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WpError {
    pub code: String,
    pub message: String,
    pub status: Option<u16>,
}

/// How a body relates to JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonShape {
    /// Parses as JSON from the first byte.
    Clean,
    /// JSON follows something else (a PHP warning, a BOM, whitespace or HTML): `prefix` shows what.
    Prefixed {
        prefix: String,
    },
    NotJson,
}

pub fn json_shape(body: &[u8]) -> JsonShape {
    if serde_json::from_slice::<Value>(body).is_ok() {
        return JsonShape::Clean;
    }
    let (rest, bom) = strip_bom(body);
    if bom && serde_json::from_slice::<Value>(rest).is_ok() {
        return JsonShape::Prefixed {
            prefix: "a byte-order mark (BOM)".into(),
        };
    }
    // Junk printed before the JSON: try the first few `{`/`[` in the first 64 KiB. Bounded, so a
    // hostile body full of brackets costs a handful of parses, not one per byte.
    let candidates = body
        .iter()
        .enumerate()
        .take(64 * 1024)
        .filter(|(i, b)| *i > 0 && (**b == b'{' || **b == b'['))
        .take(4);
    for (i, _) in candidates {
        if serde_json::from_slice::<Value>(&body[i..]).is_ok() {
            let prefix = String::from_utf8_lossy(&body[..i]);
            let plain = strip_tags(&prefix);
            return JsonShape::Prefixed {
                prefix: crate::safe_text::line(&crate::http::exchange::shorten(plain.trim(), 200))
                    .into_owned(),
            };
        }
    }
    JsonShape::NotJson
}

/// What WordPress means by an answer: the HTTP layer parses JSON and knows nothing of WordPress,
/// so its readings live here, as methods on the recorded exchange.
pub trait WpAnswer {
    /// WordPress's error object in this answer, if it is one.
    fn wp_error(&self) -> Option<WpError>;
    /// The REST index in this answer, if it is one.
    fn rest_index(&self) -> Option<RestIndex>;
}

impl WpAnswer for Exchange {
    fn wp_error(&self) -> Option<WpError> {
        if self.body.len() > MAX_ERROR_BODY {
            return None;
        }
        self.json().and_then(wp_error_in)
    }

    fn rest_index(&self) -> Option<RestIndex> {
        self.json().and_then(rest_index_in)
    }
}

/// WordPress error bodies are small; anything larger is not one (and is not worth parsing).
pub const MAX_ERROR_BODY: usize = 64 * 1024;

#[cfg(any(test, feature = "internals"))]
pub fn wp_error(body: &[u8]) -> Option<WpError> {
    if body.len() > MAX_ERROR_BODY {
        return None;
    }
    wp_error_in(&lenient_json(body)?)
}

pub fn wp_error_in(v: &Value) -> Option<WpError> {
    // Quoted in reports and terminals: the store chooses these bytes.
    let code = crate::safe_text::line(v.get("code")?.as_str()?).into_owned();
    let message = v
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let status = v
        .get("data")
        .and_then(|d| d.get("status"))
        .and_then(Value::as_u64)
        .and_then(|s| u16::try_from(s).ok());
    Some(WpError {
        code,
        message: crate::safe_text::line(&strip_tags(&message)).into_owned(),
        status,
    })
}

/// The parts of the REST index (`/wp-json/`) the analysis needs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RestIndex {
    pub name: String,
    pub url: String,
    pub home: String,
    pub namespaces: Vec<String>,
    /// `authentication.application-passwords.endpoints.authorization`: present only when WordPress
    /// offers application passwords, which it does only when it believes the request is HTTPS
    /// (or the site is a local environment).
    pub app_password_endpoint: Option<String>,
}

impl RestIndex {
    pub fn has_namespace(&self, ns: &str) -> bool {
        self.namespaces.iter().any(|n| n == ns)
    }
}

#[cfg(any(test, feature = "internals"))]
pub fn rest_index(body: &[u8]) -> Option<RestIndex> {
    rest_index_in(&lenient_json(body)?)
}

pub fn rest_index_in(v: &Value) -> Option<RestIndex> {
    let namespaces: Vec<String> = v
        .get("namespaces")?
        .as_array()?
        .iter()
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect();
    let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    // `authentication` is `[]` when empty and an object otherwise.
    let app_password_endpoint = v
        .get("authentication")
        .and_then(|a| a.get("application-passwords"))
        .and_then(|a| a.get("endpoints"))
        .and_then(|e| e.get("authorization"))
        .and_then(Value::as_str)
        .map(str::to_string);
    Some(RestIndex {
        name: s("name"),
        url: s("url"),
        home: s("home"),
        namespaces,
        app_password_endpoint,
    })
}

/// The API root a page advertises with `Link: <…>; rel="https://api.w.org/"` (or the `<link>` tag).
pub fn api_root_link(exchange: &Exchange) -> Option<String> {
    for value in exchange.headers.get_all("link") {
        let Ok(value) = value.to_str() else { continue };
        for part in value.split(',') {
            if part.contains("rel=\"https://api.w.org/\"") {
                if let (Some(start), Some(end)) = (part.find('<'), part.find('>')) {
                    if start < end {
                        return Some(part[start + 1..end].to_string());
                    }
                }
            }
        }
    }
    let text = String::from_utf8_lossy(&exchange.body[..exchange.body.len().min(256 * 1024)]);
    let at = text
        .find("rel='https://api.w.org/'")
        .or_else(|| text.find("rel=\"https://api.w.org/\""))?;
    let tail = &text[at..text.len().min(at + 400)];
    let href = tail.find("href=")? + 6;
    let quote = tail.as_bytes().get(href - 1).copied()? as char;
    let end = tail[href..].find(quote)?;
    Some(tail[href..href + end].to_string())
}

/// Other WordPress fingerprints on a page (for telling "not WordPress" from "WordPress, blocked").
pub fn looks_like_wordpress(exchange: &Exchange) -> bool {
    if api_root_link(exchange).is_some() {
        return true;
    }
    if exchange
        .header("x-redirect-by")
        .is_some_and(|v| v.eq_ignore_ascii_case("WordPress"))
    {
        return true;
    }
    let head = String::from_utf8_lossy(&exchange.body[..exchange.body.len().min(256 * 1024)]);
    head.contains("/wp-content/")
        || head.contains("/wp-includes/")
        || head.contains("name=\"generator\" content=\"WordPress")
}

pub const MAINTENANCE_TEXT: &str = "Briefly unavailable for scheduled maintenance";

pub fn is_maintenance(exchange: &Exchange) -> bool {
    exchange.status == 503
        && String::from_utf8_lossy(&exchange.body[..exchange.body.len().min(64 * 1024)])
            .contains(MAINTENANCE_TEXT)
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shapes() {
        assert_eq!(json_shape(br#"{"a":1}"#), JsonShape::Clean);
        assert_eq!(
            json_shape(b"\xEF\xBB\xBF{\"a\":1}"),
            JsonShape::Prefixed {
                prefix: "a byte-order mark (BOM)".into()
            }
        );
        let warn = b"<br />\n<b>Warning</b>:  Undefined variable $foo in <b>/x.php</b> on line <b>12</b><br />\n{\"namespaces\":[]}";
        match json_shape(warn) {
            JsonShape::Prefixed { prefix } => assert!(
                prefix.starts_with("Warning: Undefined variable"),
                "{prefix}"
            ),
            other => panic!("{other:?}"),
        }
        assert_eq!(json_shape(b"<html>nope</html>"), JsonShape::NotJson);
        assert_eq!(json_shape(b"\xff\xfe{"), JsonShape::NotJson);
    }

    #[test]
    fn brackets_everywhere_cost_a_bounded_number_of_parses() {
        let body = vec![b'{'; 4 * 1024 * 1024];
        assert_eq!(json_shape(&body), JsonShape::NotJson);
        assert!(wp_error(&body).is_none());
    }

    #[test]
    fn errors_and_index() {
        let e = wp_error(br#"{"code":"invalid_username","message":"<strong>Error:</strong> Unknown username.","data":{"status":401}}"#).unwrap();
        assert_eq!(e.code, "invalid_username");
        assert_eq!(e.message, "Error: Unknown username.");
        assert_eq!(e.status, Some(401));
        let idx = rest_index(br#"{"name":"S","namespaces":["wp/v2","wc/v3"],"authentication":[]}"#)
            .unwrap();
        assert!(idx.has_namespace("wc/v3"));
        assert_eq!(idx.app_password_endpoint, None);
        let idx = rest_index(br#"{"namespaces":[],"authentication":{"application-passwords":{"endpoints":{"authorization":"https://s/wp-admin/authorize-application.php"}}}}"#).unwrap();
        assert_eq!(
            idx.app_password_endpoint.as_deref(),
            Some("https://s/wp-admin/authorize-application.php")
        );
        assert!(rest_index(b"[1,2]").is_none());
    }
}
