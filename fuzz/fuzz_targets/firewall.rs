//! The firewall classifier on an arbitrary response: status from the
//! first two bytes, then `name: value` header lines up to a blank line, then the body.
#![no_main]
use handshake_engine::internals::firewall::{self, ResponseView};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let status = u16::from_be_bytes([data[0], data[1]]) % 1000;
    let rest = &data[2..];
    let split = rest.windows(2).position(|w| w == b"\n\n");
    let (head, body) = match split {
        Some(i) => (&rest[..i], &rest[i + 2..]),
        None => (&rest[..0], rest),
    };
    let mut headers = http::HeaderMap::new();
    for line in head.split(|b| *b == b'\n') {
        let Some(colon) = line.iter().position(|b| *b == b':') else { continue };
        let (Ok(name), Ok(value)) = (
            http::HeaderName::from_bytes(&line[..colon]),
            http::HeaderValue::from_bytes(line[colon + 1..].trim_ascii()),
        ) else {
            continue;
        };
        headers.append(name, value);
    }
    let view = ResponseView { status, headers: &headers, body };
    let _ = firewall::classify(&view);
    let _ = firewall::stock_page(&view);
    let _ = firewall::fronted_by(&headers);
    let _ = firewall::server_kind(&headers);
});
