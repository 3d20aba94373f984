//! The REST server (`WP_REST_Server::serve_request`): authentication, the
//! `rest_authentication_errors` chain, WooCommerce's key check, dispatch, standard headers.

use http::Method;

use crate::auth;
use crate::context::Ctx;
use crate::ojson::oj;
use crate::response::{build, nocache, Resp, With};
use crate::scenario::RestApi;
use crate::woocommerce;
use crate::wordpress::rest_request::RestRequest;
use crate::wordpress::{index, wp_v2, RestOut, WpError};

/// `untrailingslashit`, empty → `/`.
fn normalize_route(route: &str) -> String {
    let r = route.trim_end_matches('/');
    if r.is_empty() {
        "/".to_string()
    } else if r.starts_with('/') {
        r.to_string()
    } else {
        format!("/{r}")
    }
}

fn effective_method(ctx: &Ctx) -> Method {
    let over = ctx
        .req
        .get("_method")
        .map(str::to_string)
        .or_else(|| ctx.req.header("x-http-method-override").map(str::to_string));
    over.and_then(|m| Method::from_bytes(m.trim().to_ascii_uppercase().as_bytes()).ok())
        .unwrap_or_else(|| ctx.req.method.clone())
}

/// Plugins hooked on `rest_authentication_errors` before WooCommerce (priority 10, mu-plugin).
fn plugin_filter(ctx: &Ctx, logged_in: bool) -> Option<WpError> {
    match ctx.site().rest_api {
        RestApi::Disabled => Some(WpError::new(
            "rest_disabled",
            "The REST API has been disabled on this site.",
            401,
        )),
        RestApi::DisabledForVisitors if !logged_in => Some(WpError::new(
            "rest_cannot_access",
            "DRA: Only authenticated users can access the REST API.",
            401,
        )),
        _ => None,
    }
}

fn dispatch(ctx: &Ctx, rq: &RestRequest, db: &mut crate::state::Db) -> RestOut {
    let route = rq.route.to_ascii_lowercase();
    let read = matches!(rq.method, Method::GET | Method::HEAD);
    if route == "/" {
        return if read {
            index::index(ctx)
        } else {
            WpError::no_route().into()
        };
    }
    let ns = route.trim_start_matches('/');
    if read {
        if let Some(out) = index::namespace_index(ctx, ns) {
            return out;
        }
    }
    if let Some(rest) = route.strip_prefix("/wc/v3/") {
        if ctx.site().woocommerce {
            if let Some(out) = woocommerce::dispatch(ctx, rq, db, rest) {
                return out;
            }
        }
    }
    if let Some(rest) = route.strip_prefix("/wp/v2/") {
        if let Some(out) = wp_v2::dispatch(ctx, rq, db, rest) {
            return out;
        }
    }
    WpError::no_route().into()
}

/// Serves one REST request for `route` (the part after `/wp-json` or the `rest_route` value).
pub(crate) fn serve(ctx: &Ctx, route: &str) -> Resp {
    let route = normalize_route(route);
    let method = effective_method(ctx);
    let mut db = ctx.app.store.lock();
    let id = auth::identify(ctx, &mut db);
    let user = id.user_id.and_then(|u| db.user(u).cloned());

    // WordPress reports a refused application password (`rest_application_password_check_errors`,
    // priority 90) only if something determined the user before it. WooCommerce does (its
    // `authentication_fallback`, priority 15); WordPress alone does not (the user is determined at
    // priority 100, after the check), so without WooCommerce an unknown user or a wrong password
    // just leaves the request anonymous: the route answers (`rest_not_logged_in`…), as seen on a
    // real WordPress 6.1 without WooCommerce.
    let app_password_error = id
        .app_password_error
        .clone()
        .filter(|_| ctx.site().woocommerce);
    let auth_error = plugin_filter(ctx, user.is_some())
        .or(id.wc_error.clone())
        .or(app_password_error);
    let out: RestOut = if let Some(e) = auth_error {
        e.into()
    } else if let Some(e) = id
        .key_id
        .and_then(|k| auth::check_key_permissions(&method, k, &mut db))
    {
        e.into()
    } else {
        let json = if ctx.req.content_type_is("application/json") && !ctx.req.body.is_empty() {
            match serde_json::from_slice::<serde_json::Value>(&ctx.req.body) {
                Ok(v) => Some(v),
                Err(_) => {
                    let body = oj!({"code": "rest_invalid_json", "message": "Invalid JSON body passed.", "data": {"status": 400, "json_error_code": 4, "json_error_message": "Syntax error"}});
                    return finish(
                        ctx,
                        RestOut {
                            status: 400,
                            body,
                            headers: Vec::new(),
                        },
                        user.is_some(),
                    );
                }
            }
        } else {
            None
        };
        let rq = RestRequest {
            route,
            method,
            user: user.clone(),
            json,
        };
        dispatch(ctx, &rq, &mut db)
    };
    drop(db);
    finish(ctx, out, user.is_some())
}

/// Adds the headers every REST response carries.
pub(crate) fn finish(ctx: &Ctx, out: RestOut, logged_in: bool) -> Resp {
    let mut r = build(
        out.status,
        "application/json; charset=UTF-8",
        out.body.encode(),
    )
    .with("x-robots-tag", "noindex")
    .with("link", crate::pages::api_link(&ctx.rest_root()))
    .with("x-content-type-options", "nosniff")
    .with(
        "access-control-expose-headers",
        "X-WP-Total, X-WP-TotalPages, Link",
    )
    .with(
        "access-control-allow-headers",
        "Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type",
    );
    if let Some(origin) = ctx.req.header("origin") {
        r = r
            .with("access-control-allow-origin", origin)
            .with(
                "access-control-allow-methods",
                "OPTIONS, GET, POST, PUT, PATCH, DELETE",
            )
            .with("access-control-allow-credentials", "true")
            .with("vary", "Origin");
    } else if ctx.req.method == Method::GET && !logged_in {
        r = r.with("vary", "Origin");
    }
    if logged_in {
        nocache(&mut r);
    }
    // `WP_REST_Server::send_headers()` replaces: a route's own `Link` (a post's `alternate`) takes
    // the place of the API root link.
    for (k, v) in out.headers {
        crate::response::set(&mut r, &k, v);
    }
    r
}

/// The anonymous REST index as a page cache would have stored it.
pub(crate) fn cached_index(ctx: &Ctx) -> Resp {
    finish(ctx, index::index(ctx), false)
}
