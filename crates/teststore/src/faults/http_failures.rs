//! HTTP failing below WordPress where the answer depends on the request: WordPress's redirect, the
//! trailing-slash loop and WordPress's critical-error answer (the fixed answers are in the data).

use crate::ojson::oj;
use crate::pages;
use crate::request::Req;
use crate::response::{build, nocache, Resp, With};

use crate::apache;

/// `wp_redirect()`: a 301 with WordPress's marker header and no body.
pub(crate) fn wordpress_redirect(location: &str) -> Resp {
    build(301, "text/html; charset=UTF-8", "")
        .with("x-redirect-by", "WordPress")
        .with("location", location)
}

/// An `.htaccess` rule strips trailing slashes (`RewriteRule ^(.*)/$ /$1 [R=301,L]`) and WordPress
/// adds them back to REST addresses: A → B → A.
pub(crate) fn trailing_slash_loop(req: &Req) -> Option<Resp> {
    if !req.path.starts_with("/wp-json") {
        return None;
    }
    let query = req
        .target
        .split_once('?')
        .map(|(_, q)| format!("?{q}"))
        .unwrap_or_default();
    let origin = format!("{}://{}", req.scheme(), req.authority);
    Some(match req.path.strip_suffix('/') {
        Some(stripped) => apache::moved_permanently(req, &format!("{origin}{stripped}{query}")),
        None => wordpress_redirect(&format!("{origin}{}/{query}", req.path)),
    })
}

/// `WP_Fatal_Error_Handler` after a plugin's PHP fatal error: JSON for API clients (exactly what
/// WordPress 6.x sends), the `wp_die` page for others.
pub(crate) fn critical_error(req: &Req) -> Resp {
    let message = "<p>There has been a critical error on this website.</p><p><a href=\"https://wordpress.org/documentation/article/faq-troubleshooting/\">Learn more about troubleshooting WordPress.</a></p>";
    if req.wants_json() {
        let body = oj!({
            "code": "internal_server_error",
            "message": message,
            "data": {"status": 500},
            "additional_errors": []
        });
        let mut r = build(500, "application/json; charset=UTF-8", body.encode());
        nocache(&mut r);
        r
    } else {
        pages::wp_die(message, "WordPress &rsaquo; Error", 500, false)
    }
}
