//! page-cache: a cache in front of WordPress holds copies of the REST index and every `/wc-auth/`
//! page, stored for an anonymous visitor, and serves them to everyone.

use http::Method;

use crate::context::Ctx;
use crate::response::{set, Resp};
use crate::wordpress::routing::{classify, Target};

/// The page cache holds the REST index and every `/wc-auth/` page.
pub(crate) fn is_cached(ctx: &Ctx) -> bool {
    if !matches!(ctx.req.method, Method::GET | Method::HEAD) {
        return false;
    }
    match classify(ctx) {
        Target::Rest(route) => route.trim_matches('/').is_empty(),
        Target::WcAuth(_) => true,
        _ => false,
    }
}

pub(crate) fn cached_copy(ctx: &Ctx) -> Resp {
    let mut r = match classify(ctx) {
        // A copy stored for an anonymous visitor.
        Target::Rest(_) => crate::wordpress::rest::cached_index(ctx),
        _ => {
            let data = crate::wc_auth::AuthData {
                app_name: ctx
                    .req
                    .request_param("app_name")
                    .unwrap_or_else(|| "App".into()),
                user_id: ctx
                    .req
                    .request_param("user_id")
                    .unwrap_or_else(|| "1".into()),
                return_url: ctx.req.request_param("return_url").unwrap_or_default(),
                callback_url: ctx.req.request_param("callback_url").unwrap_or_default(),
                scope: ctx
                    .req
                    .request_param("scope")
                    .unwrap_or_else(|| "read_write".into()),
            };
            crate::wc_auth::login_page::render(ctx, &data)
        }
    };
    r.headers_mut().remove("expires");
    set(&mut r, "cache-control", "max-age=3600");
    set(&mut r, "x-cache", "HIT");
    set(&mut r, "age", "1834");
    set(&mut r, "x-litespeed-cache", "hit");
    r
}
