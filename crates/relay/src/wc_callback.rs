//! The body WooCommerce's `WC_Auth::post_consumer_data` sends, validated field by field.
//!
//! Error messages name fields, never values: serde's own messages quote the offending value, which
//! could be a secret, so they are never passed on.

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use thiserror::Error;

use crate::json_depth;
use crate::protocol::{codes, KeyPermissions, SealedKeysRef};

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CallbackError {
    #[error("the Content-Type must be JSON (WooCommerce sends application/json;charset=UTF-8)")]
    NotJson,
    #[error("the body nests deeper than {0} levels")]
    TooDeep(usize),
    #[error("the body is not valid JSON")]
    Malformed,
    #[error("the body is not the JSON object WooCommerce sends (a field has the wrong type)")]
    WrongShape,
    #[error("the field {0} is missing or empty")]
    Missing(&'static str),
    #[error("the field {0} does not look like WooCommerce's")]
    Invalid(&'static str),
    #[error("user_id does not match this session")]
    UserIdMismatch,
}

impl CallbackError {
    pub fn code(&self) -> &'static str {
        match self {
            CallbackError::NotJson => codes::UNSUPPORTED_MEDIA_TYPE,
            CallbackError::TooDeep(_) => codes::JSON_TOO_DEEP,
            CallbackError::Malformed => codes::MALFORMED_JSON,
            CallbackError::WrongShape | CallbackError::Missing(_) | CallbackError::Invalid(_) => {
                codes::INVALID_CALLBACK
            }
            CallbackError::UserIdMismatch => codes::USER_ID_MISMATCH,
        }
    }
}

/// WooCommerce sends `user_id` as the raw query string value (a JSON string) and `key_id` as an
/// integer; accept either form for both, as other implementations differ.
#[derive(Deserialize)]
#[serde(untagged)]
enum NumOrStr {
    Num(u64),
    Str(String),
}

impl NumOrStr {
    fn into_string(self) -> String {
        match self {
            NumOrStr::Num(n) => n.to_string(),
            NumOrStr::Str(s) => s,
        }
    }
}

/// Unknown fields are ignored (a later WooCommerce may add some); they are not sealed.
#[derive(Deserialize)]
struct Raw {
    key_id: Option<NumOrStr>,
    user_id: Option<NumOrStr>,
    consumer_key: Option<SecretString>,
    consumer_secret: Option<SecretString>,
    key_permissions: Option<String>,
}

/// A validated callback. The key and secret stay wrapped until they are sealed.
pub struct WcCallback {
    pub key_id: u64,
    pub user_id: String,
    consumer_key: SecretString,
    consumer_secret: SecretString,
    pub key_permissions: KeyPermissions,
}

impl std::fmt::Debug for WcCallback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WcCallback")
            .field("key_id", &self.key_id)
            .field("key_permissions", &self.key_permissions)
            .finish_non_exhaustive()
    }
}

/// Accepts `application/json` with any parameters; a missing header is tolerated.
pub fn check_content_type(value: Option<&str>) -> Result<(), CallbackError> {
    match value {
        None => Ok(()),
        Some(v) => {
            let mime = v
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            if mime == "application/json"
                || (mime.starts_with("application/") && mime.ends_with("+json"))
            {
                Ok(())
            } else {
                Err(CallbackError::NotJson)
            }
        }
    }
}

fn key_like(value: &str, prefix: &str) -> bool {
    value.strip_prefix(prefix).is_some_and(|rest| {
        (8..=128).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

/// Parses and validates the body against the session's `user_id`.
pub fn parse(
    body: &[u8],
    max_depth: usize,
    expected_user_id: &str,
) -> Result<WcCallback, CallbackError> {
    if json_depth::too_deep(body, max_depth) {
        return Err(CallbackError::TooDeep(max_depth));
    }
    let raw: Raw = serde_json::from_slice(body).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => CallbackError::WrongShape,
        _ => CallbackError::Malformed,
    })?;

    let key_id = match raw.key_id.ok_or(CallbackError::Missing("key_id"))? {
        NumOrStr::Num(n) => n,
        NumOrStr::Str(s) => s
            .trim()
            .parse::<u64>()
            .map_err(|_| CallbackError::Invalid("key_id"))?,
    };
    if key_id == 0 {
        return Err(CallbackError::Invalid("key_id"));
    }
    let user_id = raw
        .user_id
        .ok_or(CallbackError::Missing("user_id"))?
        .into_string();
    if user_id.is_empty() {
        return Err(CallbackError::Missing("user_id"));
    }
    let consumer_key = raw
        .consumer_key
        .ok_or(CallbackError::Missing("consumer_key"))?;
    if !key_like(consumer_key.expose_secret(), "ck_") {
        return Err(CallbackError::Invalid("consumer_key"));
    }
    let consumer_secret = raw
        .consumer_secret
        .ok_or(CallbackError::Missing("consumer_secret"))?;
    if !key_like(consumer_secret.expose_secret(), "cs_") {
        return Err(CallbackError::Invalid("consumer_secret"));
    }
    let perms = raw
        .key_permissions
        .ok_or(CallbackError::Missing("key_permissions"))?;
    let key_permissions =
        KeyPermissions::parse(&perms).ok_or(CallbackError::Invalid("key_permissions"))?;
    // WooCommerce echoes the user_id from the authorize URL; ours is the session id.
    if user_id != expected_user_id {
        return Err(CallbackError::UserIdMismatch);
    }
    Ok(WcCallback {
        key_id,
        user_id,
        consumer_key,
        consumer_secret,
        key_permissions,
    })
}

impl WcCallback {
    /// The plaintext to seal, in a buffer wiped on drop.
    pub fn sealed_plaintext(&self, received_at: &str) -> zeroize::Zeroizing<Vec<u8>> {
        let doc = SealedKeysRef {
            key_id: self.key_id,
            user_id: &self.user_id,
            consumer_key: self.consumer_key.expose_secret(),
            consumer_secret: self.consumer_secret.expose_secret(),
            key_permissions: self.key_permissions,
            received_at,
        };
        // Room for the worst case up front (every character of the free-form fields escaped as
        // \uXXXX), so the buffer never reallocates and leaves an unwiped copy behind.
        let room = 256
            + 6 * (self.user_id.len() + received_at.len())
            + doc.consumer_key.len()
            + doc.consumer_secret.len();
        let mut out = zeroize::Zeroizing::new(Vec::with_capacity(room));
        // Serializing plain strings and integers into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, &doc);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CK: &str = "ck_0123456789abcdef0123456789abcdef01234567";
    const CS: &str = "cs_0123456789abcdef0123456789abcdef01234567";

    fn body(user_id: &str) -> Vec<u8> {
        format!(
            r#"{{"key_id":7,"user_id":{user_id},"consumer_key":"{CK}","consumer_secret":"{CS}","key_permissions":"read_write"}}"#
        )
        .into_bytes()
    }

    #[test]
    fn woocommerce_shape_is_accepted() {
        let cb = parse(&body(r#""sess""#), 4, "sess").unwrap();
        assert_eq!(cb.key_id, 7);
        assert_eq!(cb.key_permissions, KeyPermissions::ReadWrite);
        let plain = cb.sealed_plaintext("2026-01-01T00:00:00Z");
        let v: serde_json::Value = serde_json::from_slice(&plain).unwrap();
        assert_eq!(v["consumer_secret"], CS);
        assert_eq!(v["user_id"], "sess");
    }

    #[test]
    fn numeric_user_id_is_accepted() {
        assert!(parse(&body("42"), 4, "42").is_ok());
    }

    #[test]
    fn refusals_name_fields_not_values() {
        assert_eq!(
            parse(&body(r#""other""#), 4, "sess").unwrap_err(),
            CallbackError::UserIdMismatch
        );
        assert_eq!(
            parse(b"{not json", 4, "s").unwrap_err(),
            CallbackError::Malformed
        );
        assert_eq!(
            parse(b"[1,2]", 4, "s").unwrap_err(),
            CallbackError::WrongShape
        );
        let wrong_type =
            format!(r#"{{"key_id":"x","user_id":"s","consumer_key":5,"consumer_secret":"{CS}"}}"#);
        let err = parse(wrong_type.as_bytes(), 4, "s").unwrap_err();
        assert!(!err.to_string().contains("cs_"));
        let missing = format!(
            r#"{{"key_id":1,"user_id":"s","consumer_key":"{CK}","key_permissions":"read"}}"#
        );
        assert_eq!(
            parse(missing.as_bytes(), 4, "s").unwrap_err(),
            CallbackError::Missing("consumer_secret")
        );
        let bad_perm = String::from_utf8(body(r#""s""#))
            .unwrap()
            .replace("read_write", "admin");
        assert_eq!(
            parse(bad_perm.as_bytes(), 4, "s").unwrap_err(),
            CallbackError::Invalid("key_permissions")
        );
        assert_eq!(
            parse(b"[[[[[[]]]]]]", 4, "s").unwrap_err(),
            CallbackError::TooDeep(4)
        );
    }

    #[test]
    fn content_types() {
        assert!(check_content_type(Some("application/json;charset=UTF-8")).is_ok());
        assert!(check_content_type(None).is_ok());
        assert_eq!(
            check_content_type(Some("text/plain")),
            Err(CallbackError::NotJson)
        );
    }

    #[test]
    fn debug_hides_keys() {
        let cb = parse(&body(r#""s""#), 4, "s").unwrap();
        assert!(!format!("{cb:?}").contains("ck_"));
    }
}
