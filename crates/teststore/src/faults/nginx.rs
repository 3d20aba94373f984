//! nginx's own error pages, byte for byte as nginx 1.22 (Debian 12) sends them with its default
//! `server_tokens on`: CRLF line ends, `Content-Type: text/html` without a charset.

use crate::response::{build, Resp};

pub(crate) const SERVER: &str = "nginx/1.22.1";

/// `ngx_http_error_pages`: the status line as title and heading, then the version.
fn page(status: u16, reason: &str) -> Resp {
    let body = format!(
        "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}</h1></center>\r\n<hr><center>{SERVER}</center>\r\n</body>\r\n</html>\r\n"
    );
    build(status, "text/html", body)
}

/// What `deny` answers (the access phase, before any location or PHP): every method, every path.
pub(crate) fn forbidden() -> Resp {
    page(403, "Forbidden")
}

/// What nginx answers when `fastcgi_pass` finds no PHP-FPM listening (the socket is missing or the
/// service is stopped): every PHP request, so every WordPress page.
pub(crate) fn bad_gateway() -> Resp {
    page(502, "Bad Gateway")
}
