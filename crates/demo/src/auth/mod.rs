//! `determine_current_user` for REST requests: WooCommerce keys, then application passwords;
//! and the key read/write check WooCommerce runs on `rest_pre_dispatch`.

pub(crate) mod app_password;
pub(crate) mod basic;
pub(crate) mod oauth1;

use http::Method;

use crate::context::Ctx;
use crate::state::Db;
use crate::wordpress::WpError;

/// Who the request runs as, and the errors the `rest_authentication_errors` filters will raise.
#[derive(Debug, Default)]
pub(crate) struct Identity {
    pub user_id: Option<u64>,
    /// The WooCommerce key that authenticated (for the read/write check).
    pub key_id: Option<u64>,
    pub wc_error: Option<WpError>,
    pub app_password_error: Option<WpError>,
}

/// `WC_REST_Authentication::is_request_to_rest_api()` (before 11.1): only URIs that contain
/// `wp-json/wc/` or `wp-json/wc-`. A `?rest_route=/wc/v3/...` request is never key-authenticated.
pub(crate) fn is_wc_rest_request(target: &str) -> bool {
    target.contains("wp-json/wc/") || target.contains("wp-json/wc-")
}

pub(crate) fn identify(ctx: &Ctx, db: &mut Db) -> Identity {
    let mut id = Identity::default();
    if ctx.site().ignore_credentials {
        return id;
    }
    let wc_ran = ctx.site().woocommerce && is_wc_rest_request(&ctx.req.target);
    if wc_ran {
        // WC_REST_Authentication::authenticate: Basic/query only over is_ssl(), then OAuth.
        let mut error = None;
        if ctx.is_ssl() {
            let basic = basic::wc_basic(ctx, db);
            error = basic.error;
            if let Some((user, key)) = basic.user {
                id.user_id = Some(user);
                id.key_id = Some(key);
            }
        }
        if id.user_id.is_none() {
            let oauth = oauth1::authenticate(ctx, db);
            if oauth.error.is_some() {
                error = oauth.error;
            }
            if let Some((user, key)) = oauth.user {
                id.user_id = Some(user);
                id.key_id = Some(key);
            }
        }
        id.wc_error = error;
    }
    if id.user_id.is_none() {
        let app = app_password::authenticate(ctx, db);
        id.user_id = app.user;
        // On wc/ URIs an unknown Basic user (e.g. an unknown consumer key) is reported as "no
        // credentials" (cannot_view), as the contract and docs describe; elsewhere WordPress
        // core reports it as invalid_username (observed with ?rest_route=).
        let unknown_user = app
            .error
            .as_ref()
            .is_some_and(|e| e.code == "invalid_username" || e.code == "invalid_email");
        if !(wc_ran && unknown_user) {
            id.app_password_error = app.error;
        }
    }
    id
}

/// `check_user_permissions` on `rest_pre_dispatch`: the key's own read/write permission.
pub(crate) fn check_key_permissions(method: &Method, key_id: u64, db: &mut Db) -> Option<WpError> {
    let key = db.key_mut(key_id)?;
    let err = |m: &str| {
        Some(WpError::new(
            "woocommerce_rest_authentication_error",
            m,
            401,
        ))
    };
    match method.as_str() {
        "HEAD" | "GET" if !key.permissions.can_read() => {
            err("The API key provided does not have read permissions.")
        }
        "POST" | "PUT" | "PATCH" | "DELETE" if !key.permissions.can_write() => {
            err("The API key provided does not have write permissions.")
        }
        "HEAD" | "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS" => {
            key.last_access = true;
            None
        }
        _ => err("Unknown request method."),
    }
}
