//! HTTP failing in front of or below WordPress, as real servers answer: an HTTP password (Apache's
//! 401 page), redirect loops (Cloudflare "Flexible" SSL, trailing-slash rules), WordPress's
//! critical-error answer, nginx without PHP-FPM (502), a broken `.htaccess` (Apache's 500 page),
//! and two answers nothing known explains (a JSON 403 from an unnamed gateway, a 418).

use crate::ojson::oj;
use crate::pages;
use crate::request::Req;
use crate::response::{build, nocache, Resp, With};

use super::apache;

/// The realm of the test site's password (what `AuthName` says).
pub(crate) const REALM: &str = "Staging site";

/// `AuthType Basic` + `Require valid-user` with no (or wrong) credentials: Apache 2.4's canned 401
/// page, line breaks as `ap_get_canned_error_string` writes them.
pub(crate) fn unauthorized(req: &Req) -> Resp {
    apache::page(
        401,
        "Unauthorized",
        "Unauthorized",
        "This server could not verify that you\nare authorized to access the document\nrequested.  Either you supplied the wrong\n\
         credentials (e.g., bad password), or your\nbrowser doesn't understand how to supply\nthe credentials required.",
        req,
    )
    .with("www-authenticate", format!("Basic realm=\"{REALM}\""))
}

/// Apache 2.4's 500 page (a broken `.htaccess` line: "Invalid command", a missing module).
pub(crate) fn internal_server_error(req: &Req) -> Resp {
    apache::page(
        500,
        "Internal Server Error",
        "Internal Server Error",
        "The server encountered an internal error or\nmisconfiguration and was unable to complete\nyour request.</p>\n\
         <p>Please contact the server administrator at \n webmaster@localhost to inform them of the time this error occurred,\n \
         and the actions you performed just before this error.</p>\n<p>More information about this error may be available\n\
         in the server error log.",
        req,
    )
}

/// What `mod_ssl` answers a plain HTTP request on its HTTPS port (Apache 2.4), as raw bytes: the
/// TLS listener writes it before any TLS, then closes the connection.
pub(crate) fn plain_http_on_tls_port(host: &str, port: u16) -> Vec<u8> {
    let body = apache::page_body(
        400,
        "Bad Request",
        "Bad Request",
        "Your browser sent a request that this server could not understand.<br />\n\
         Reason: You're speaking plain HTTP to an SSL-enabled server port.<br />\n \
         Instead use the HTTPS scheme to access this URL, please.<br />\n",
        host,
        port,
    );
    let date = crate::response::http_date(time::OffsetDateTime::now_utc());
    format!(
        "HTTP/1.1 400 Bad Request\r\nDate: {date}\r\nServer: {server}\r\nContent-Length: {len}\r\nConnection: close\r\n\
         Content-Type: text/html; charset=iso-8859-1\r\n\r\n{body}",
        server = apache::SERVER,
        len = body.len(),
    )
    .into_bytes()
}

/// The site address WordPress was given points to the HTTPS port with `http://` (the real case:
/// `http://host:8080/` → `http://host:8443/`).
pub(crate) fn redirect_to_tls_port_over_http(req: &Req, tls_port: u16) -> Resp {
    wordpress_redirect(&format!("http://{}:{tls_port}{}", req.host(), req.target))
}

/// `wp_redirect()`: a 301 with WordPress's marker header and no body.
pub(crate) fn wordpress_redirect(location: &str) -> Resp {
    build(301, "text/html; charset=UTF-8", "")
        .with("x-redirect-by", "WordPress")
        .with("location", location)
}

/// Cloudflare "Flexible": Cloudflare fetches the origin over plain http, and the site (WordPress
/// with an https site address) sends every request back to the https form of the same address
/// the visitor already used.
pub(crate) fn flexible_ssl_loop(req: &Req) -> Resp {
    let location = format!("https://{}{}", req.authority, req.target);
    wordpress_redirect(&location)
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

/// A gateway nobody can name refusing writes with its own JSON.
pub(crate) fn gateway_json_403() -> Resp {
    build(
        403,
        "application/json",
        "{\"error\":\"forbidden\",\"message\":\"Request rejected by policy\",\"request_id\":\"a41f0c9e7d2b4c58\"}",
    )
    .with("server", "edge-gateway")
}

/// Something in front of WordPress answering with a status no web server uses for a block.
pub(crate) fn teapot() -> Resp {
    build(418, "text/plain; charset=utf-8", "I'm a teapot\n").with("server", "edge-gateway")
}
