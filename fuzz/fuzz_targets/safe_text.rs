//! The sanitiser every piece of store text passes through before a person sees it: whatever bytes a
//! store sends, `safe_text::line` leaves no control character at all (newline and tab included),
//! `block` none but newline and tab, both are pure functions of their input, and text that needed
//! no escaping comes back unchanged.
#![no_main]
use handshake_engine::safe_text::{block, bytes_line, is_unsafe, line};
use libfuzzer_sys::fuzz_target;

fn only_allowed(out: &str, allowed: &[char]) -> bool {
    out.chars().all(|c| !is_unsafe(c) || allowed.contains(&c))
        // The property spelled out without `is_unsafe`, so a bug there cannot hide itself.
        && out.chars().all(|c| {
            let cp = c as u32;
            allowed.contains(&c)
                || !(cp < 0x20
                    || (0x7f..=0x9f).contains(&cp)
                    || (0x202a..=0x202e).contains(&cp)
                    || (0x2066..=0x2069).contains(&cp))
        })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let one = line(&text);
    let many = block(&text);
    assert!(only_allowed(&one, &[]), "line left a control character: {one:?}");
    assert!(only_allowed(&many, &['\n', '\t']), "block left a control character: {many:?}");
    // Pure: the same input gives the same output; bytes_line is line over the lossy text.
    assert_eq!(line(&text), one);
    assert_eq!(block(&text), many);
    assert_eq!(bytes_line(data), one);
    // Escaping is idempotent on its own output (escapes are plain ASCII) and touches only what
    // must go: safe text comes back as it was.
    assert_eq!(line(&one), one);
    assert_eq!(block(&many), many);
    if !text.chars().any(is_unsafe) {
        assert_eq!(one, text);
    }
});
