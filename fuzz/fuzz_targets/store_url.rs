//! URL normalization: whatever an owner pastes, `StoreUrl::parse` returns an error or a URL that is
//! a fixed point (parsing what it resolved to gives the same URL), and every accessor works on it.
#![no_main]
use handshake_engine::StoreUrl;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(url) = StoreUrl::parse(text) else { return };
    let _ = (url.host(), url.port(), url.base_path(), url.origin(), url.is_https(), url.scheme_assumed());
    let _ = url.join("wp-json/wc/v3/orders?per_page=1");
    let _ = url.with_scheme("http");
    let again = StoreUrl::parse(url.as_str()).expect("a normalized store URL parses again");
    assert_eq!(again.as_str(), url.as_str(), "normalizing is idempotent");
    let _ = StoreUrl::from_redirect(url.as_url());
});
