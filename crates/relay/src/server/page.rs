//! The self-contained pages the owner's browser sees after WooCommerce's Approve/Deny screen: no
//! remote assets, no scripts, nothing from the request echoed back, and a CSP that allows only the
//! one inline stylesheet (by hash).

use std::sync::LazyLock;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};

const STYLE: &str = "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#f6f7f7;color:#1d2327}\
main{max-width:32rem;margin:12vh auto;padding:2rem;background:#fff;border:1px solid #dcdcde;border-radius:8px;text-align:center}\
h1{font-size:1.4rem;margin:.5rem 0 1rem}p{margin:.5rem 0;color:#50575e}.mark{font-size:2.5rem}";

static CSP: LazyLock<HeaderValue> = LazyLock::new(|| {
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(STYLE.as_bytes()));
    let csp = format!(
        "default-src 'none'; style-src 'sha256-{hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    );
    HeaderValue::from_str(&csp).unwrap_or(HeaderValue::from_static("default-src 'none'"))
});

/// Which page to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Approved,
    Denied,
    Expired,
    Invalid,
}

impl Page {
    fn parts(
        self,
    ) -> (
        StatusCode,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ) {
        match self {
            Page::Approved => (
                StatusCode::OK,
                "&#10003;",
                "Connection approved",
                "You can close this tab and go back to the app.",
                "It finishes setting up the connection on its own.",
            ),
            Page::Denied => (
                StatusCode::OK,
                "&#10007;",
                "You declined the connection",
                "No keys were created or shared. You can close this tab.",
                "To connect later, start again from the app.",
            ),
            Page::Expired => (
                StatusCode::GONE,
                "&#8987;",
                "This connection request has expired",
                "You can close this tab.",
                "Start the connection again from the app.",
            ),
            Page::Invalid => (
                StatusCode::NOT_FOUND,
                "?",
                "This link is not valid",
                "It does not belong to a connection in progress. You can close this tab.",
                "If you were connecting a store, start again from the app.",
            ),
        }
    }
}

impl IntoResponse for Page {
    fn into_response(self) -> Response {
        let (status, mark, title, line1, line2) = self.parts();
        let html = format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\">\
<title>{title}</title><style>{STYLE}</style></head><body><main><div class=\"mark\" aria-hidden=\"true\">{mark}</div>\
<h1>{title}</h1><p>{line1}</p><p>{line2}</p></main></body></html>"
        );
        let mut response = (status, Html(html)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_SECURITY_POLICY, CSP.clone());
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        response
    }
}
