//! Apache's own error pages. The 403 from ModSecurity, an .htaccess rule and an IP deny are
//! byte-identical, as observed on the real server; only behaviour tells them apart.

use crate::request::Req;
use crate::response::{build, Resp, With};

pub(crate) const SERVER: &str = "Apache/2.4.71 (Debian)";

/// Apache's doctype line, as in the observed pages.
const DOCTYPE: &str =
    "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">";

pub(crate) fn page(status: u16, title: &str, h1: &str, text: &str, req: &Req) -> Resp {
    // Apache names the host from the Host header (UseCanonicalName Off) and the real local port.
    let body = page_body(status, title, h1, text, req.host(), req.port);
    build(status, "text/html; charset=iso-8859-1", body)
}

/// The HTML of Apache's canned error page.
pub(crate) fn page_body(
    status: u16,
    title: &str,
    h1: &str,
    text: &str,
    host: &str,
    port: u16,
) -> String {
    format!(
        "{DOCTYPE}\n<html><head>\n<title>{status} {title}</title>\n</head><body>\n<h1>{h1}</h1>\n<p>{text}</p>\n<hr>\n<address>{SERVER} Server at {host} Port {port}</address>\n</body></html>\n"
    )
}

pub(crate) fn not_found(req: &Req) -> Resp {
    // Apache's default handler refuses other methods on a missing file before looking for it
    // (seen on the real server: PUT to /wp-json/… with plain permalinks is a 405).
    if !matches!(
        req.method,
        http::Method::GET | http::Method::HEAD | http::Method::POST | http::Method::OPTIONS
    ) {
        let text = format!(
            "The requested method {} is not allowed for this URL.",
            req.method
        );
        return page(405, "Method Not Allowed", "Method Not Allowed", &text, req)
            .with("allow", "GET,POST,OPTIONS,HEAD");
    }
    page(
        404,
        "Not Found",
        "Not Found",
        "The requested URL was not found on this server.",
        req,
    )
}

pub(crate) fn moved_permanently(req: &Req, location: &str) -> Resp {
    let text = format!("The document has moved <a href=\"{location}\">here</a>.");
    page(301, "Moved Permanently", "Moved Permanently", &text, req).with("location", location)
}

/// What `mod_ssl` answers a plain HTTP request on its HTTPS port (Apache 2.4), as raw bytes: the
/// TLS listener writes it before any TLS, then closes the connection.
pub(crate) fn plain_http_on_tls_port(host: &str, port: u16) -> Vec<u8> {
    let body = page_body(
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
        server = SERVER,
        len = body.len(),
    )
    .into_bytes()
}
