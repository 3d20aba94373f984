//! WordPress core routes used by the probes: `/wp/v2/users/me` and `/wp/v2/posts` (see `posts`).

use crate::context::Ctx;
use crate::ojson::{oj, J};
use crate::request::rawurlencode;
use crate::state::Db;
use crate::wordpress::posts;
use crate::wordpress::rest_request::RestRequest;
use crate::wordpress::{RestOut, WpError};

/// The routes under `/wp/v2/`; `None`: no route matches (path or method).
pub(crate) fn dispatch(ctx: &Ctx, rq: &RestRequest, db: &mut Db, rest: &str) -> Option<RestOut> {
    match rest {
        "users/me" if matches!(rq.method.as_str(), "GET" | "HEAD") => Some(users_me(ctx, rq)),
        "posts" => posts::collection(ctx, rq, db),
        _ => {
            let id = rest.strip_prefix("posts/")?;
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            posts::item(ctx, rq, db, id.parse().unwrap_or(0))
        }
    }
}

/// `rest_send_allow_header` for `/wp/v2/users/me`: reading is open to everyone (the handler answers
/// `rest_not_logged_in`), users may edit themselves, deleting needs `delete_users`.
fn users_me_allow(rq: &RestRequest) -> &'static str {
    match &rq.user {
        None => "GET",
        Some(u) if u.role.has_cap("delete_users") => "GET, POST, PUT, PATCH, DELETE",
        Some(_) => "GET, POST, PUT, PATCH",
    }
}

fn users_me(ctx: &Ctx, rq: &RestRequest) -> RestOut {
    let allow = users_me_allow(rq);
    let Some(user) = &rq.user else {
        return RestOut::from(WpError::new(
            "rest_not_logged_in",
            "You are not currently logged in.",
            401,
        ))
        .header("Allow", allow);
    };
    let home = ctx.home();
    let mut body = oj!({
        "id": (user.id),
        "name": (user.login.as_str()),
        "url": "",
        "description": "",
        "link": (format!("{home}/author/{}/", rawurlencode(&user.login))),
        "slug": (user.login.as_str()),
        "avatar_urls": {
            "24": "https://secure.gravatar.com/avatar/?s=24&d=mm&r=g",
            "48": "https://secure.gravatar.com/avatar/?s=48&d=mm&r=g",
            "96": "https://secure.gravatar.com/avatar/?s=96&d=mm&r=g"
        },
        "meta": []
    });
    // WooCommerce Admin registers these two fields on users; WordPress alone has neither.
    if ctx.site().woocommerce {
        body.set("is_super_admin", false);
        body.set("woocommerce_meta", J::obj());
    }
    body.set(
        "_links",
        oj!({
            "self": [{"href": (ctx.rest_url(&format!("/wp/v2/users/{}", user.id)))}],
            "collection": [{"href": (ctx.rest_url("/wp/v2/users"))}]
        }),
    );
    RestOut::ok(body).header("Allow", allow)
}
