//! Credentials as PHP sees them, and WooCommerce's Basic/query-string key authentication
//! (`WC_REST_Authentication::perform_basic_authentication`).

use base64::Engine;

use crate::context::Ctx;
use crate::state::Db;
use crate::wordpress::WpError;

/// `$_SERVER['HTTP_AUTHORIZATION']`: gone when the server strips the header.
pub(crate) fn authorization_header<'a>(ctx: &'a Ctx) -> Option<&'a str> {
    if ctx.site().strip_authorization {
        return None;
    }
    ctx.req.header("authorization")
}

/// `PHP_AUTH_USER` / `PHP_AUTH_PW`, filled from a `Basic` header
/// (`wp_populate_basic_auth_from_authorization_header`).
pub(crate) fn php_auth(ctx: &Ctx) -> Option<(String, String)> {
    let header = authorization_header(ctx)?;
    let b64 = header
        .strip_prefix("Basic ")
        .or_else(|| header.strip_prefix("basic "))?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, pass) = text.split_once(':')?;
    Some((user.to_string(), pass.to_string()))
}

/// Outcome of one WooCommerce authentication method.
pub(crate) struct KeyAuth {
    /// (user id, key id) when the key authenticated.
    pub user: Option<(u64, u64)>,
    pub error: Option<WpError>,
}

/// Query-string keys first, then `PHP_AUTH_*`. Only called when `is_ssl()`.
/// An unknown key is no error: the request just stays unauthenticated.
pub(crate) fn wc_basic(ctx: &Ctx, db: &Db) -> KeyAuth {
    let none = KeyAuth {
        user: None,
        error: None,
    };
    let q_key = ctx.req.get("consumer_key").filter(|v| !v.is_empty());
    let q_secret = ctx.req.get("consumer_secret").filter(|v| !v.is_empty());
    let (ck, cs) = match (q_key, q_secret) {
        (Some(k), Some(s)) => (k.to_string(), s.to_string()),
        _ => match php_auth(ctx) {
            Some((u, p)) if !u.is_empty() && !p.is_empty() => (u, p),
            _ => return none,
        },
    };
    let Some(key) = db.key_by_consumer_key(ck.trim()) else {
        return none;
    };
    if key.consumer_secret != cs {
        return KeyAuth {
            user: None,
            error: Some(WpError::new(
                "woocommerce_rest_authentication_error",
                "Consumer secret is invalid.",
                401,
            )),
        };
    }
    KeyAuth {
        user: Some((key.user_id, key.key_id)),
        error: None,
    }
}
