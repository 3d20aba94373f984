//! The relay's validation of WooCommerce's key POST: first byte = nesting limit, then a
//! Content-Type line, then the body. A body that validates must seal to well-formed JSON.
#![no_main]
use handshake_relay::{json_depth, wc_callback};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&depth, rest)) = data.split_first() else { return };
    let max_depth = usize::from(depth % 64);
    let (ctype, body) = match rest.iter().position(|b| *b == b'\n') {
        Some(i) => (std::str::from_utf8(&rest[..i]).ok(), &rest[i + 1..]),
        None => (None, rest),
    };
    let _ = wc_callback::check_content_type(ctype);
    let _ = json_depth::too_deep(body, max_depth);
    match wc_callback::parse(body, max_depth, "hs_session_user") {
        Ok(cb) => {
            assert_eq!(cb.user_id, "hs_session_user");
            let sealed = cb.sealed_plaintext("2026-01-01T00:00:00Z");
            let doc: serde_json::Value = serde_json::from_slice(&sealed).expect("sealed plaintext is JSON");
            assert_eq!(doc["user_id"], "hs_session_user");
        }
        Err(e) => {
            let _ = e.code();
        }
    }
});
