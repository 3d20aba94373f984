//! The web servers' own error pages. They say nothing about *why* a request was refused: ModSecurity
//! with the CRS, an `.htaccess` rule and an IP deny all produce the same Apache page.

use super::ServerKind;

use super::page::Page;
use super::StockPage;

pub(super) fn detect(page: &Page<'_>) -> Option<StockPage> {
    if page.status < 400 || page.looks_like_json() {
        return None;
    }
    let server = if is_apache(page) {
        ServerKind::Apache
    } else if is_nginx(page) {
        ServerKind::Nginx
    } else if is_litespeed(page) {
        ServerKind::LiteSpeed
    } else {
        return None;
    };
    Some(StockPage {
        server,
        status: page.status,
    })
}

/// `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">…<h1>Forbidden</h1>…<address>Apache/2.4…`;
/// the `<address>` line is missing when `ServerSignature Off`, the doctype and wording stay.
fn is_apache(page: &Page<'_>) -> bool {
    let signed = page.has("<address>apache");
    let apache_doctype = page.has("-//ietf//dtd html 2.0//en");
    let apache_wording = page
        .first_of(&[
            "you don't have permission to access",
            "the requested url was not found on this server",
            "the server encountered an internal error or misconfiguration",
            "an appropriate representation of the requested resource could not be found",
            "the server is temporarily unable to service your request",
            "the requested method",
        ])
        .is_some();
    let apache_header = page.header("server").starts_with("apache");
    page.has("<h1>") && (signed || (apache_wording && (apache_doctype || apache_header)))
}

/// `<center><h1>403 Forbidden</h1></center><hr><center>nginx/1.22.1</center>`.
fn is_nginx(page: &Page<'_>) -> bool {
    page.has("<center>nginx") || page.has("<center>openresty") || {
        let server = page.header("server");
        (server.contains("nginx") || server.contains("openresty")) && page.has("<center><h1>")
    }
}

fn is_litespeed(page: &Page<'_>) -> bool {
    page.has("proudly powered by litespeed web server")
        || page.has("www.litespeedtech.com/error-page")
}
