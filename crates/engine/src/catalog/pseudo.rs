//! Every finding rendered in the pseudo-locale (`Lang::Pseudo`): our own words come out with
//! accented letters, values (hosts, paths, codes, quoted server messages) untouched. A plain
//! English word left in what a person reads therefore bypassed handshake-l10n.
//!
//! The check removes every value the case put in (its details, the store, the profile, the
//! evidence, the text of fixes that are pasted as they are) and quoted spans, then fails on any
//! remaining run of ASCII letters that is a common English word. The pseudo transform leaves only
//! the vowels a, e, i, o, u as ASCII, so no word from the list survives it.

use super::owner_words::{acme, build_in, case, cases, Case};
use super::*;
use crate::report::FixKind;

/// Very common English words of our sentences. Words that also occur in values (paths such as
/// `/wp-json/wc/v3/orders`, the example host, HTTP methods such as GET) are left out on purpose.
#[rustfmt::skip]
const ENGLISH: &[&str] = &[
    "the", "your", "you", "and", "store", "key", "keys", "with", "not", "that", "this", "for",
    "from", "can", "cannot", "site", "server", "servers", "request", "requests", "are", "has",
    "have", "was", "were", "its", "but", "what", "which", "when", "then", "there", "they", "them",
    "only", "add", "ask", "page", "rule", "rules", "click", "open", "set", "use", "uses", "every",
    "would", "could", "please", "message", "below", "above", "fix", "error", "password", "check",
    "find", "make", "sure", "into", "out", "all", "any", "answer", "answers", "answered", "blocks",
    "blocked", "address", "addresses", "host", "reach", "reaches", "let", "lets", "through",
    "before", "after", "because", "without", "does", "did", "got", "send", "sends", "works", "work",
    "needs", "need", "should", "again", "file", "folder", "setting", "settings", "turn", "off",
    "here", "where", "who", "whoever", "same", "other", "each", "than", "also", "support",
    "firewall", "plugin", "connect", "connection", "approve", "approval", "change", "security",
    "browser", "until", "never", "always", "takes", "give", "gives", "allow",
];

/// Every string the case put in, as Debug shows it: `"…"` literals, unescaped.
fn debug_strings(debug: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = debug.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(n) = chars.next() {
                        s.push(match n {
                            'n' => '\n',
                            't' => '\t',
                            other => other,
                        });
                    }
                }
                '"' => break,
                other => s.push(other),
            }
        }
        out.push(s);
    }
    out
}

/// What the case put in and what is pasted as is: removed before looking for words. Evidence
/// (requests and what came back) is shown as captured, so it counts as values whole.
fn values(c: &Case, f: &Finding) -> Vec<String> {
    let profile = acme();
    // A detail that reads as English prose (words with spaces) is not a value: the analysis wrote it, and it must
    // reach the sentence through a message too (hosts, paths, markers and codes are values).
    let mut values: Vec<String> = debug_strings(&format!("{:?}", c.details))
        .into_iter()
        .filter(|v| !v.contains(' ') || english_words(v, &[]).is_empty())
        .collect();
    // What the store's servers said, captured as is (a block page's marker, WooCommerce's or the
    // OS's error text): values even where they read as English.
    let d = &c.details;
    let captured = [
        &d.marker,
        &d.incident_id,
        &d.rest_code,
        &d.rest_message,
        &d.body_prefix,
        &d.network_error,
        &d.callback_error,
        &d.oauth_refusal,
        &d.remote_post_response,
        &d.auth_challenge,
        &d.page_says,
        &d.page_wants,
    ];
    values.extend(captured.into_iter().flatten().cloned());
    values.extend(d.cache_signals.iter().chain(&d.webhooks).cloned());
    values.extend(debug_strings(&format!("{profile:?}")));
    values.extend(debug_strings(&format!("{:?}", f.evidence)));
    values.extend(
        [
            "https://shop.example.com/",
            "shop.example.com",
            "Acme Sync",
            c.id.as_str(),
        ]
        .map(String::from),
    );
    // Commands inside fixes a person reads are typed as they are.
    values.push(super::connect::EXPLAIN_COMMAND.to_string());
    for ip in &profile.allow_ips {
        let comment = format!("{} (WooCommerce API)", profile.name);
        values.push(crate::fixes::plugins::imunify360_command(ip, &comment));
    }
    values.push(crate::fixes::plugins::imunify360_command(
        "ADDRESS",
        "WooCommerce API",
    ));
    for fix in &f.fixes {
        if !reads(fix.kind) {
            values.push(fix.text.clone());
            values.extend(fix.text.lines().map(String::from));
        }
    }
    let mut parts: Vec<String> = values
        .iter()
        .flat_map(|v| v.split(" → ").map(String::from).collect::<Vec<_>>())
        .collect();
    values.append(&mut parts);
    values.retain(|v| v.trim().len() > 1);
    // Longest first, so a value is not cut by a shorter one inside it.
    values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    values.dedup();
    values
}

/// Fix texts a person reads (click paths, messages to send); the others are pasted as they are.
fn reads(kind: FixKind) -> bool {
    matches!(kind, FixKind::Instructions | FixKind::HostingSupport)
}

/// Removes `"…"`, `“…”`, `„…“` and `«…»` spans (quoted server messages are values) and `{…}`
/// blocks (configuration lines such as `location ~ wp-json { deny all; }`).
fn without_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut closing: Option<char> = None;
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '"' => closing = Some('"'),
                '“' => closing = Some('”'),
                '„' => closing = Some('“'),
                '«' => closing = Some('»'),
                '{' => closing = Some('}'),
                other => out.push(other),
            },
        }
    }
    out
}

/// File names, paths and settings (`.htaccess-off`, `wp-content/debug.log`, `WP_DEBUG`) are code,
/// whatever words they contain.
fn code_like(token: &str) -> bool {
    let token = token.trim_matches(|c: char| ",.:;()!?'\"“”„«»".contains(c));
    token.contains(['/', '.', '_', '-', '=', '$', '@', '#', '{', '}', '<', '>'])
}

/// The common English words left in `text` once values and quotes are gone.
fn english_words(text: &str, values: &[String]) -> Vec<String> {
    let mut rest = text.to_string();
    for v in values {
        rest = rest.replace(v.as_str(), " ");
    }
    let rest = without_quotes(&rest);
    let mut found: Vec<String> = rest
        .split_whitespace()
        .filter(|token| !code_like(token))
        .flat_map(|token| token.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() >= 3)
        .map(|w| w.to_ascii_lowercase())
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect();
    found.dedup();
    found
}

/// The fields a person reads, named for the failure message.
fn fields(f: &Finding) -> Vec<(String, &str)> {
    let mut out = vec![
        ("title".to_string(), f.title.as_str()),
        ("summary".to_string(), f.summary.as_str()),
        ("action".to_string(), f.action.as_str()),
        ("explanation".to_string(), f.explanation.as_str()),
    ];
    for (i, fix) in f.fixes.iter().enumerate() {
        out.push((format!("fix {} title", i + 1), fix.title.as_str()));
        if reads(fix.kind) {
            out.push((format!("fix {} text", i + 1), fix.text.as_str()));
        }
    }
    out
}

/// English words found per finding id, over every case of it (and its bare variant).
fn english_by_id() -> Vec<(FindingId, Vec<String>)> {
    let bare = FindingId::ALL
        .iter()
        .map(|&id| case(id, "no details", Details::default()));
    // The analysis' own wording where the snapshot cases shorten it.
    let real = [case(
        FindingId::TlsCertificate,
        "as the analysis words it",
        Details {
            tls_problem: Some("the certificate expired on 2026-01-01".into()),
            tls_cert_problem: Some(crate::net::tls_check::CertProblem::Expired {
                not_after: "2026-01-01".into(),
            }),
            ..Details::default()
        },
    )];
    let all: Vec<Case> = cases().into_iter().chain(bare).chain(real).collect();
    FindingId::ALL
        .iter()
        .map(|&id| {
            let mut problems = Vec::new();
            for c in all.iter().filter(|c| c.id == id) {
                let f = build_in(c, Lang::Pseudo);
                let values = values(c, &f);
                for (field, text) in fields(&f) {
                    let words = english_words(text, &values);
                    if !words.is_empty() {
                        problems.push(format!(
                            "{id} ({}): {field} has {words:?}: {text:?}",
                            c.label
                        ));
                    }
                }
            }
            (id, problems)
        })
        .collect()
}

#[test]
fn every_finding_speaks_through_the_localisation_layer() {
    let mut failures = Vec::new();
    for (_, problems) in english_by_id() {
        failures.extend(problems);
    }
    let misses: Vec<String> = handshake_l10n::misses()
        .into_iter()
        .filter(|m| m.starts_with("en:") || m.starts_with("en-XA:"))
        .collect();
    assert!(misses.is_empty(), "messages missing in English: {misses:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_check_sees_english_and_ignores_values() {
    let values = vec!["the block page of shop.example.com".to_string()];
    assert_eq!(
        english_words("Ŧħe ƀŀoƈķ: the block page of shop.example.com", &values),
        Vec::<String>::new()
    );
    assert_eq!(
        english_words("Ask your host \"the server said this\"", &[]),
        vec!["ask".to_string(), "your".to_string(), "host".to_string()]
    );
    assert_eq!(
        english_words("Open .htaccess-off in wp-content/the-folder", &[]),
        vec!["open".to_string()]
    );
    let pseudo = handshake_l10n::t!(Lang::Pseudo, "cloudflare-ssl-full", "host" => "the.store");
    assert_eq!(
        english_words(&pseudo, &["the.store".to_string()]),
        Vec::<String>::new()
    );
    assert!(pseudo.contains("the.store"));
}
