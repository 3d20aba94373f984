//! REST/JSON response parsing: any body (PHP notices, BOMs, HTML, deep nesting, huge numbers).
#![no_main]
use handshake_engine::internals::wp;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    let _ = wp::json_shape(body);
    let _ = wp::lenient_json(body);
    if let Some(e) = wp::wp_error(body) {
        let _ = (e.code.len(), e.message.len());
    }
    if let Some(index) = wp::rest_index(body) {
        let _ = index.has_namespace("wc/v3");
    }
});
