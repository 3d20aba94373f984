//! WordPress core routes used by the probes: `/wp/v2/users/me` and `/wp/v2/posts`.

use crate::context::Ctx;
use crate::ojson::{oj, J};
use crate::request::rawurlencode;
use crate::wordpress::rest::RestRequest;
use crate::wordpress::{RestOut, WpError};

pub(crate) fn dispatch(ctx: &Ctx, rq: &RestRequest, rest: &str) -> Option<RestOut> {
    match (rest, rq.method.as_str()) {
        ("users/me", "GET" | "HEAD") => Some(users_me(ctx, rq)),
        ("posts", "GET" | "HEAD") => Some(posts(ctx)),
        _ => None,
    }
}

fn users_me(ctx: &Ctx, rq: &RestRequest) -> RestOut {
    let Some(user) = &rq.user else {
        return WpError::new(
            "rest_not_logged_in",
            "You are not currently logged in.",
            401,
        )
        .into();
    };
    let home = ctx.home();
    let body = oj!({
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
        "meta": [],
        "is_super_admin": false,
        "woocommerce_meta": {},
        "_links": {
            "self": [{"href": (ctx.rest_url(&format!("/wp/v2/users/{}", user.id)))}],
            "collection": [{"href": (ctx.rest_url("/wp/v2/users"))}]
        }
    });
    RestOut::ok(body).header("Allow", "GET, POST, PUT, PATCH, DELETE")
}

fn posts(ctx: &Ctx) -> RestOut {
    let home = ctx.home();
    let post = oj!({
        "id": 1,
        "date": "2025-10-01T09:00:00",
        "date_gmt": "2025-10-01T09:00:00",
        "guid": {"rendered": (format!("{home}/?p=1"))},
        "modified": "2025-10-01T09:00:00",
        "modified_gmt": "2025-10-01T09:00:00",
        "slug": "hello-world",
        "status": "publish",
        "type": "post",
        "link": (format!("{home}/hello-world/")),
        "title": {"rendered": "Hello world!"},
        "content": {"rendered": "\n<p>Welcome to WordPress. This is your first post. Edit or delete it, then start writing!</p>\n", "protected": false},
        "excerpt": {"rendered": "<p>Welcome to WordPress. This is your first post. Edit or delete it, then start writing!</p>\n", "protected": false},
        "author": 1,
        "featured_media": 0,
        "comment_status": "open",
        "ping_status": "open",
        "sticky": false,
        "template": "",
        "format": "standard",
        "meta": [],
        "categories": [1],
        "tags": [],
        "_links": {"self": [{"href": (ctx.rest_url("/wp/v2/posts/1"))}]}
    });
    RestOut::ok(J::Arr(vec![post]))
        .header("X-WP-Total", "1")
        .header("X-WP-TotalPages", "1")
        .header("Allow", "GET")
}
