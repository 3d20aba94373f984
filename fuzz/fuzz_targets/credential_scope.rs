//! Where credentials may go: for any address an owner might enter and any redirect target a server
//! might send, the policy never allows another host, a user name in the URL, or a step down from
//! https, and always allows the entered address itself.
#![no_main]
use handshake_engine::internals::credential_scope::allows;
use handshake_engine::StoreUrl;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (entered, candidate) = text.split_once('\n').unwrap_or((text, ""));
    let Ok(entered) = StoreUrl::parse(entered) else { return };
    let entered = entered.as_url();
    assert!(allows(entered, entered), "the entered address itself: {entered}");
    // The redirect target is read the way the HTTP client reads a Location: relative to the store.
    let Ok(candidate) = entered.join(candidate) else { return };
    if allows(entered, &candidate) {
        assert!(
            candidate.username().is_empty() && candidate.password().is_none(),
            "user info in {candidate}"
        );
        assert_eq!(
            candidate.host_str().map(str::to_ascii_lowercase),
            entered.host_str().map(str::to_ascii_lowercase),
            "another host: {entered} → {candidate}"
        );
        assert!(
            candidate.scheme() == "https" || candidate.scheme() == entered.scheme(),
            "a step down: {entered} → {candidate}"
        );
    }
});
