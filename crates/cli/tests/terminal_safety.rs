//! A store cannot act on the owner's terminal through `handshake doctor`: the `terminal-escapes`
//! scenario answers with ANSI/OSC sequences (clear screen, window title, OSC 52 clipboard), NULs, C1
//! controls and bidi overrides in its WordPress error codes and messages, its error pages and its
//! `Server` header. The real binary runs against it on loopback; its stdout and stderr, human and
//! `--json`, must hold none of those characters, and must still show what the store said, escaped.

use std::process::{Command, Output};

use handshake_demo as demo_store;

const BIN: &str = env!("CARGO_BIN_EXE_handshake");

/// Characters that must never reach a terminal raw (newline and tab are layout).
fn unsafe_chars(text: &str) -> Vec<String> {
    text.chars()
        .filter(|c| {
            let cp = *c as u32;
            (cp < 0x20 && *c != '\n' && *c != '\t')
                || (0x7f..=0x9f).contains(&cp)
                || matches!(cp, 0x061c | 0x200e | 0x200f | 0x2028 | 0x2029)
                || (0x202a..=0x202e).contains(&cp)
                || (0x2066..=0x2069).contains(&cp)
        })
        .map(|c| format!("U+{:04X}", c as u32))
        .collect()
}

fn run(json: bool) -> (Output, String, String) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let store = rt
        .block_on(demo_store::start(demo_store::StoreOptions::new(
            "terminal-escapes",
        )))
        .unwrap();
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), store.ca_pem().unwrap()).unwrap();
    let config = tempfile::tempdir().unwrap();
    let mut args = vec![
        "doctor".to_string(),
        store.url().to_string(),
        "--ca-cert".to_string(),
        ca.path().display().to_string(),
    ];
    if json {
        args.push("--json".into());
    }
    let out = Command::new(BIN)
        .env("HANDSHAKE_LANG", "en")
        .args(&args)
        .env("HANDSHAKE_CONFIG_DIR", config.path())
        .env("HANDSHAKE_CONSUMER_KEY", demo_store::TEST_CONSUMER_KEY)
        .env(
            "HANDSHAKE_CONSUMER_SECRET",
            demo_store::TEST_CONSUMER_SECRET,
        )
        .env_remove("HANDSHAKE_WP_USER")
        .env_remove("HANDSHAKE_WP_APP_PASSWORD")
        .output()
        .expect("handshake runs");
    // Bytes first: a NUL or ESC is a byte whatever the encoding around it.
    for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        for bad in [0x00u8, 0x07, 0x1b, 0x7f] {
            assert!(
                !bytes.contains(&bad),
                "{name} holds byte {bad:#04x}:\n{}",
                String::from_utf8_lossy(bytes)
            );
        }
    }
    let stdout = String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8");
    let stderr = String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8");
    assert_eq!(unsafe_chars(&stdout), Vec::<String>::new(), "{stdout}");
    assert_eq!(unsafe_chars(&stderr), Vec::<String>::new(), "{stderr}");
    drop(rt);
    (out, stdout, stderr)
}

#[test]
fn human_output_shows_the_stores_escape_sequences_without_running_them() {
    let (out, stdout, stderr) = run(false);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    // What the store said is still there to read, escaped: the WordPress error code, its message
    // (screen clear, clipboard write, NUL, bidi override, 8-bit CSI) and the 500 page's excerpt.
    for shown in [
        "rest_forbidden\\u{1b}]0;pwned\\u{7}",
        "\\u{1b}[2J",
        "\\u{1b}]52;c;cHduZWQ=\\u{7}",
        "\\u{0}",
        "\\u{202e}",
        "\\u{9b}2J",
    ] {
        assert!(stdout.contains(shown), "{shown} missing:\n{stdout}");
    }
}

#[test]
fn json_report_holds_no_control_character_in_any_string() {
    let (out, stdout, stderr) = run(true);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    // serde writes a control character as a JSON escape (\u001b); none may be there. (A store's
    // own JSON quoted as text shows as \\u001b: an escaped backslash, harmless text.)
    assert_eq!(
        json_control_escapes(&stdout),
        Vec::<String>::new(),
        "{stdout}"
    );
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON document");
    let mut strings = Vec::new();
    collect_strings(&report, &mut strings);
    for s in &strings {
        assert_eq!(unsafe_chars(s), Vec::<String>::new(), "{s:?}");
    }
    assert!(
        strings
            .iter()
            .any(|s| s.contains("rest_forbidden\\u{1b}]0;pwned\\u{7}")),
        "the store's error code is quoted, escaped: {stdout}"
    );
}

/// `\uXXXX` escapes in JSON text that decode to a control character (an odd run of backslashes
/// before the `u`: an even run is escaped backslashes followed by plain text).
fn json_control_escapes(json: &str) -> Vec<String> {
    let b = json.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i] == b'\\' {
            i += 1;
        }
        if (i - start) % 2 == 1 && b.get(i) == Some(&b'u') && i + 5 <= b.len() {
            let hex = &json[i + 1..i + 5];
            if let Ok(cp) = u32::from_str_radix(hex, 16) {
                let c = char::from_u32(cp)
                    .map(|c| c.to_string())
                    .unwrap_or_default();
                if cp < 0x20 && cp != 0x0a && cp != 0x09 || !unsafe_chars(&c).is_empty() {
                    found.push(format!("\\u{hex}"));
                }
            }
        }
    }
    found
}

fn collect_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| {
            out.push(k.clone());
            collect_strings(x, out)
        }),
        _ => {}
    }
}
