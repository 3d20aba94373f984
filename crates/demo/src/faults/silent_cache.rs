//! silent-cache: a page cache in front of WordPress that keys stored answers on the request target
//! alone (nginx's `fastcgi_cache_key $request_uri` with `fastcgi_ignore_headers Cache-Control
//! Expires`, `fastcgi_cache_valid any`), ignores the Authorization header, and adds no header of
//! its own. The first answer for an address is replayed to everyone who asks for it afterwards.

use http::Method;

use crate::context::Ctx;
use crate::response::{Resp, StoredResponse};

/// Only GETs of WooCommerce's API are cached (the site's cache rules cover `/wp-json/wc/`).
fn cacheable(ctx: &Ctx) -> bool {
    use crate::wordpress::routing::{classify, Target};
    ctx.req.method == Method::GET
        && matches!(classify(ctx), Target::Rest(route) if route.starts_with("/wc/v3/"))
}

/// The stored copy for this address, or WordPress's answer `r`, stored for the next request.
pub(crate) async fn serve(ctx: &Ctx<'_>, r: Resp) -> Resp {
    if !cacheable(ctx) {
        return r;
    }
    let key = ctx.req.target.clone();
    let hit = ctx
        .app
        .page_cache
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&key)
        .cloned();
    let stored = match hit {
        Some(s) => s,
        None => {
            let (parts, body) = r.into_parts();
            let body = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            let s = StoredResponse {
                status: parts.status,
                headers: parts.headers,
                body,
            };
            ctx.app
                .page_cache
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(key, s.clone());
            s
        }
    };
    let mut out = http::Response::new(axum::body::Body::from(stored.body));
    *out.status_mut() = stored.status;
    *out.headers_mut() = stored.headers;
    out
}
