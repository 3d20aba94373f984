//! OAuth 1.0a one-legged, as `WC_REST_Authentication::perform_oauth_authentication` checks it.

use base64::Engine;
use hmac::{Hmac, Mac};

use super::basic::{authorization_header, KeyAuth};
use crate::context::Ctx;
use crate::request::{rawurldecode, rawurlencode, urldecode};
use crate::state::Db;
use crate::wordpress::WpError;

/// WooCommerce accepts timestamps within 15 minutes of the server clock.
const WINDOW_SECS: i64 = 15 * 60;

const REQUIRED: [&str; 5] = [
    "oauth_consumer_key",
    "oauth_timestamp",
    "oauth_nonce",
    "oauth_signature",
    "oauth_signature_method",
];

fn auth_error(message: &str) -> WpError {
    WpError::new("woocommerce_rest_authentication_error", message, 401)
}

/// PHP array assignment: an existing key keeps its place and takes the new value.
fn php_set(params: &mut Vec<(String, String)>, key: String, value: String) {
    match params.iter_mut().find(|(k, _)| *k == key) {
        Some(slot) => slot.1 = value,
        None => params.push((key, value)),
    }
}

/// `parse_header()`: `oauth_*` pairs of an `Authorization: OAuth ...` header (realm is dropped).
pub(crate) fn parse_header(header: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Some(rest) = header.strip_prefix("OAuth ") else {
        return out;
    };
    let b = rest.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !rest[i..].starts_with("oauth_") {
            i += 1;
            continue;
        }
        let mut j = i + 6;
        while j < b.len() && (b[j].is_ascii_lowercase() || b[j] == b'_' || b[j] == b'-') {
            j += 1;
        }
        if j >= b.len() || b[j] != b'=' {
            i = j.max(i + 1);
            continue;
        }
        let name = rest[i..j].to_string();
        let mut k = j + 1;
        let value;
        if k < b.len() && b[k] == b'"' {
            let end = rest[k + 1..].find('"').map(|e| k + 1 + e);
            match end {
                Some(e) => {
                    value = rest[k + 1..e].to_string();
                    k = e + 1;
                }
                None => {
                    value = rest[k..].split(',').next().unwrap_or("").to_string();
                    k = b.len();
                }
            }
        } else {
            let end = rest[k..].find(',').map(|e| k + e).unwrap_or(b.len());
            value = rest[k..end].to_string();
            k = end;
        }
        php_set(&mut out, name, urldecode(&value));
        i = k;
    }
    out
}

/// `get_oauth_parameters()`: `$_GET` + `$_POST` + the header's oauth params. `Ok(None)` when no
/// OAuth parameter is present at all (OAuth is then not attempted).
fn gather(ctx: &Ctx) -> Result<Option<Vec<(String, String)>>, WpError> {
    let mut params = Vec::new();
    for (k, v) in ctx.req.query.iter().cloned().chain(ctx.req.post_params()) {
        php_set(&mut params, k, v);
    }
    if let Some(header) = authorization_header(ctx) {
        for (k, v) in parse_header(header.trim()) {
            php_set(&mut params, k, v);
        }
    }
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|n| matches!(get(n), None | Some("") | Some("0")))
        .collect();
    if missing.len() == REQUIRED.len() {
        return Ok(None);
    }
    if !missing.is_empty() {
        let message = if missing.len() == 1 {
            format!("Missing OAuth parameter {}", missing[0])
        } else {
            format!("Missing OAuth parameters {}", missing.join(", "))
        };
        return Err(WpError::new(
            "woocommerce_rest_authentication_missing_parameter",
            &message,
            401,
        ));
    }
    Ok(Some(params))
}

/// RFC 5849 §3.4.1 signature base string. `params` are decoded pairs (duplicates allowed);
/// `oauth_signature` and `realm` are left out.
pub fn signature_base_string(method: &str, base_uri: &str, params: &[(String, String)]) -> String {
    let mut encoded: Vec<(String, String)> = params
        .iter()
        .filter(|(k, _)| k != "oauth_signature" && k != "realm")
        .map(|(k, v)| (rawurlencode(k), rawurlencode(v)))
        .collect();
    encoded.sort();
    let normalized: Vec<String> = encoded.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!(
        "{}&{}&{}",
        method.to_ascii_uppercase(),
        rawurlencode(base_uri),
        rawurlencode(&normalized.join("&"))
    )
}

/// HMAC signature, base64. `method` is `HMAC-SHA1` or `HMAC-SHA256`.
pub fn sign(method: &str, base_string: &str, consumer_secret: &str) -> Option<String> {
    sign_with_key(method, base_string, &format!("{consumer_secret}&"))
}

/// HMAC with the full RFC 5849 key (`consumer_secret&token_secret`).
fn sign_with_key(method: &str, base_string: &str, key: &str) -> Option<String> {
    let raw = match method {
        "HMAC-SHA1" => {
            let mut mac = Hmac::<sha1::Sha1>::new_from_slice(key.as_bytes()).ok()?;
            mac.update(base_string.as_bytes());
            mac.finalize().into_bytes().to_vec()
        }
        "HMAC-SHA256" => {
            let mut mac = Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()).ok()?;
            mac.update(base_string.as_bytes());
            mac.finalize().into_bytes().to_vec()
        }
        _ => return None,
    };
    Some(base64::engine::general_purpose::STANDARD.encode(raw))
}

/// The base URI WooCommerce signs: the site's home host, the scheme from `is_ssl()` (not from
/// the URL the client used), and the raw request path.
fn base_uri(ctx: &Ctx) -> String {
    let scheme = if ctx.is_ssl() { "https" } else { "http" };
    let home = ctx.home();
    let host = home.split_once("://").map_or(home.as_str(), |(_, h)| h);
    format!("{scheme}://{host}{}", ctx.req.path)
}

pub(crate) fn authenticate(ctx: &Ctx, db: &mut Db) -> KeyAuth {
    let params = match gather(ctx) {
        Ok(Some(p)) => p,
        Ok(None) => {
            return KeyAuth {
                user: None,
                error: None,
            }
        }
        Err(e) => {
            return KeyAuth {
                user: None,
                error: Some(e),
            }
        }
    };
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let fail = |m: &str| KeyAuth {
        user: None,
        error: Some(auth_error(m)),
    };

    let Some(key) = db
        .key_by_consumer_key(get("oauth_consumer_key").trim())
        .cloned()
    else {
        return fail("Consumer key is invalid.");
    };

    // check_oauth_signature
    let provided = rawurldecode(&get("oauth_signature").replace(' ', "+"));
    let method = get("oauth_signature_method");
    let base = signature_base_string(ctx.req.method.as_str(), &base_uri(ctx), &params);
    if method != "HMAC-SHA1" && method != "HMAC-SHA256" {
        return fail("Invalid signature - signature method is invalid.");
    }
    match sign(&method, &base, &key.consumer_secret) {
        Some(expected) if expected == provided => {}
        _ => return fail("Invalid signature - provided signature does not match."),
    }

    // check_oauth_timestamp_and_nonce
    let now = ctx.now().unix_timestamp();
    let Ok(timestamp) = get("oauth_timestamp").trim().parse::<i64>() else {
        return fail("Invalid timestamp.");
    };
    if timestamp < now - WINDOW_SECS || timestamp > now + WINDOW_SECS {
        return fail("Invalid timestamp.");
    }
    let nonce = get("oauth_nonce");
    let Some(stored) = db.key_mut(key.key_id) else {
        return fail("Consumer key is invalid.");
    };
    if stored.nonces.values().any(|n| *n == nonce) {
        return fail("Invalid nonce - nonce has already been used.");
    }
    stored.nonces.insert(timestamp, nonce);
    stored.nonces.retain(|ts, _| *ts >= now - WINDOW_SECS);
    KeyAuth {
        user: Some((key.user_id, key.key_id)),
        error: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(k, x)| (k.to_string(), x.to_string()))
            .collect()
    }

    /// RFC 5849 §3.4.1.1 example (its parameters decoded as in §3.4.1.3.1).
    #[test]
    fn rfc5849_base_string() {
        let params = pairs(&[
            ("b5", "=%3D"),
            ("a3", "a"),
            ("c@", ""),
            ("a2", "r b"),
            ("oauth_consumer_key", "9djdj82h48djs9d2"),
            ("oauth_token", "kkk9d7dh3k39sjv7"),
            ("oauth_signature_method", "HMAC-SHA1"),
            ("oauth_timestamp", "137131201"),
            ("oauth_nonce", "7d8f3e4a"),
            ("c2", ""),
            ("a3", "2 q"),
        ]);
        let base = signature_base_string("POST", "http://example.com/request", &params);
        assert_eq!(
            base,
            "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7"
        );
    }

    /// RFC 5849 §1.2 (photos example): HMAC-SHA1 with consumer and token secrets.
    #[test]
    fn rfc5849_hmac_sha1() {
        let params = pairs(&[
            ("oauth_consumer_key", "dpf43f3p2l4k3l03"),
            ("oauth_token", "nnch734d00sl2jdk"),
            ("oauth_signature_method", "HMAC-SHA1"),
            ("oauth_timestamp", "137131202"),
            ("oauth_nonce", "chapoH"),
            ("file", "vacation.jpg"),
            ("size", "original"),
        ]);
        let base = signature_base_string("GET", "http://photos.example.net/photos", &params);
        assert_eq!(
            base,
            "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal"
        );
        let sig = sign_with_key("HMAC-SHA1", &base, "kd94hf93k423kf44&pfkkdhi9sl3r4s00");
        assert_eq!(sig.as_deref(), Some("MdpQcU8iPSUjWoN/UDMsK2sui9I="));
    }

    #[test]
    fn parses_oauth_header() {
        let p = parse_header(
            r#"OAuth realm="Example", oauth_consumer_key="ck_1", oauth_signature="a%2Bb%3D", oauth_nonce=abc"#,
        );
        assert_eq!(
            p,
            pairs(&[
                ("oauth_consumer_key", "ck_1"),
                ("oauth_signature", "a+b="),
                ("oauth_nonce", "abc")
            ])
        );
        assert!(parse_header("Basic abc").is_empty());
    }
}
