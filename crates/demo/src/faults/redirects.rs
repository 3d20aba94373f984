//! Redirects that depend on the request: WordPress's `wp_redirect()` and the trailing-slash loop
//! (the fixed answers are in the data).

use crate::apache;
use crate::request::Req;
use crate::response::{build, Resp, With};

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
