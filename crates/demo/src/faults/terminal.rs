//! `terminal-escapes`: a store whose words are attacks on the owner's terminal. Every REST read gets
//! a WordPress error whose code and message carry ANSI and OSC sequences (clear the screen, retitle
//! the window, write the clipboard with OSC 52), a NUL, 8-bit C1 controls and bidi overrides; every
//! REST write gets an HTML error page with the same bytes raw, NULs included (what decompression
//! garbage looks like). The `Server` header carries C1 and bidi bytes (ESC cannot be in a header:
//! HTTP parsers refuse it).

use http::HeaderValue;

use crate::ojson::oj;
use crate::request::Req;
use crate::response::{build, Resp};

/// Clear the screen and home the cursor; set the window title; put "pwned" on the clipboard.
pub const CSI_CLEAR: &str = "\x1b[2J\x1b[H";
pub const OSC_TITLE: &str = "\x1b]0;pwned\x07";
pub const OSC_CLIPBOARD: &str = "\x1b]52;c;cHduZWQ=\x07";
/// Right-to-left override and a left-to-right isolate: text that reads differently than it is.
pub const BIDI: &str = "\u{202e}\u{2066}";
/// 8-bit CSI: a terminal in 8-bit mode reads it like ESC [.
pub const C1_CSI: &str = "\u{9b}2J";

fn payload() -> String {
    format!("{CSI_CLEAR}{OSC_TITLE}{OSC_CLIPBOARD}\0{BIDI}{C1_CSI}")
}

pub(crate) fn answer(req: &Req) -> Resp {
    let mut r = if req.method == http::Method::GET || req.method == http::Method::HEAD {
        let body = oj!({
            "code": (format!("rest_forbidden{OSC_TITLE}")),
            "message": (format!("Sorry, {}you are not allowed to do that.", payload())),
            "data": {"status": 403}
        });
        build(403, "application/json; charset=UTF-8", body.encode())
    } else {
        let body = format!(
            "<html><body><h1>Error{}</h1>\0\0\0<p>internal{}\0error</p></body></html>",
            payload(),
            payload()
        );
        build(500, "text/html; charset=UTF-8", body)
    };
    // Bytes above 0x7F are valid header text (obs-text), so a server can send these.
    let server = format!("Apache{BIDI}{C1_CSI}").into_bytes();
    if let Ok(v) = HeaderValue::from_bytes(&server) {
        r.headers_mut().insert(http::header::SERVER, v);
    }
    r
}
