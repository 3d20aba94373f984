//! `handshake stores` (and `--check`) and `handshake forget URL`.

use std::time::Duration;

use handshake_connect::watch::{verdict_in, Changes, CheckSummary, Watch};
use handshake_connect::{revoke, saved::SavedStores, vault};
use handshake_engine::{
    diagnose, no_progress, safe_text, DiagnoseOptions, Severity, StoreUrl, Trust,
};
use handshake_l10n::t;
use serde::Serialize;

use crate::args::{ForgetArgs, StoresArgs};
use crate::exit;

fn open() -> Result<SavedStores, u8> {
    SavedStores::open_default().map_err(|e| {
        eprintln!("handshake: {}", e.message_in(crate::lang::get()));
        exit::TOOL_FAILED
    })
}

/// The saved stores and their list; an `Err` is the exit code after the message was printed.
fn open_list() -> Result<(SavedStores, Vec<handshake_connect::saved::SavedStore>), u8> {
    let saved = open()?;
    let stores = saved.list().map_err(|e| {
        eprintln!("handshake: {}", e.message_in(crate::lang::get()));
        exit::TOOL_FAILED
    })?;
    Ok((saved, stores))
}

/// "No saved stores. Connect one with: handshake connect STORE_URL"
fn no_stores(lang: handshake_l10n::Lang) -> String {
    t!(lang, "cli-stores-none", "command" => "handshake connect STORE_URL")
}

pub fn list(args: StoresArgs) -> u8 {
    let (_, stores) = match open_list() {
        Ok(both) => both,
        Err(code) => return code,
    };
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&stores).unwrap_or_else(|_| "[]".into())
        );
        return exit::OK;
    }
    let lang = crate::lang::get();
    if stores.is_empty() {
        println!("{}", no_stores(lang));
        return exit::OK;
    }
    for s in stores {
        let check = match (&s.last_check, &s.last_verdict) {
            (Some(at), Some(v)) => {
                t!(
                    lang,
                    "cli-stores-last-check",
                    "at" => at.as_str(),
                    "verdict" => verdict_in(lang, v)
                )
            }
            _ => t!(lang, "cli-stores-not-checked"),
        };
        // The hint and permissions came in the store's callback: its words, escaped.
        let key = s
            .key_hint
            .as_deref()
            .map(|h| {
                let key = t!(lang, "cli-stores-key", "hint" => safe_text::line(h).into_owned());
                format!(", {key}")
            })
            .unwrap_or_default();
        let perms = s
            .key_permissions
            .as_deref()
            .map(|p| format!(" ({})", safe_text::line(p)))
            .unwrap_or_default();
        let connected = t!(lang, "cli-stores-connected", "at" => s.connected_at.as_str());
        println!(
            "{}  {}{key}{perms}; {connected}; {check}",
            s.url, s.display_name
        );
    }
    exit::OK
}

/// One saved store's re-check, as `stores --check --json` prints it.
#[derive(Debug, Serialize)]
struct Rechecked {
    url: String,
    /// `healthy`, `problems`, `unreachable`, or `no-keys` (nothing saved in the keyring).
    verdict: String,
    /// The verdict of the check before this one, when there was one.
    previous: Option<String>,
    /// The ids of the error findings.
    errors: Vec<String>,
    checked_at: Option<String>,
    /// What changed since the previous check (the wizard compares the same way): the key stopped
    /// working or works again, new and fixed blocking findings.
    changes: Option<Changes>,
}

/// Re-checks every saved store with its own keys, one at a time (a store never sees two checks
/// at once), records the result and says what changed.
pub async fn check(args: StoresArgs) -> u8 {
    let lang = crate::lang::get();
    if !(1..=600).contains(&args.timeout) {
        return exit::bad_input(t!(lang, "cli-timeout-range", "flag" => "--timeout"));
    }
    let mut trust = Trust::system();
    if let Some(ca) = &args.ca_cert {
        if let Err(e) = trust.add_pem_file(ca) {
            return exit::bad_input(e.message_in(lang));
        }
    }
    let (saved, stores) = match open_list() {
        Ok(both) => both,
        Err(code) => return code,
    };
    if stores.is_empty() && !args.json {
        println!("{}", no_stores(lang));
    }
    let watch = Watch::beside(&saved);
    let mut results = Vec::new();
    for s in stores {
        let previous = s.last_verdict.clone();
        let Ok(url) = StoreUrl::parse(&s.url) else {
            continue;
        };
        let credentials = match vault::load(url.as_str()) {
            Ok(Some(c)) => c,
            Ok(None) => {
                let summary = CheckSummary::no_keys(handshake_connect::watch::now_rfc3339());
                results.push(Rechecked {
                    url: s.url.clone(),
                    verdict: "no-keys".into(),
                    previous,
                    errors: vec![],
                    checked_at: None,
                    changes: watch.record(&s.url, summary).ok(),
                });
                continue;
            }
            Err(e) => {
                eprintln!("handshake: {}", e.message_in(crate::lang::get()));
                return exit::TOOL_FAILED;
            }
        };
        let mut opts = DiagnoseOptions::new(url);
        opts.trust = trust.clone();
        opts.timeout = Duration::from_secs(args.timeout);
        opts.credentials = credentials;
        opts.lang = lang;
        let report = match diagnose(opts, no_progress()).await {
            Ok(r) => r,
            Err(e) => {
                eprintln!("handshake: {}", e.message_in(lang));
                return exit::TOOL_FAILED;
            }
        };
        let verdict = format!("{:?}", report.verdict).to_lowercase();
        let _ = saved.record_check(&s.url, &report.started_at, &verdict);
        let changes = watch.record(&s.url, CheckSummary::of(&report)).ok();
        results.push(Rechecked {
            url: s.url.clone(),
            verdict,
            previous,
            errors: report
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .map(|f| f.id.to_string())
                .collect(),
            checked_at: Some(report.started_at.clone()),
            changes,
        });
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&results).unwrap_or_else(|_| "[]".into())
        );
    } else {
        for r in &results {
            let changed = match (&r.changes, &r.previous) {
                (Some(c), _) => format!(" ({})", c.describe_in(lang)),
                (None, Some(p)) if *p != r.verdict => {
                    format!(
                        " ({})",
                        t!(lang, "cli-stores-was", "verdict" => verdict_in(lang, p))
                    )
                }
                (None, Some(_)) => format!(" ({})", t!(lang, "cli-stores-unchanged")),
                (None, None) => String::new(),
            };
            let detail = match r.verdict.as_str() {
                "no-keys" => format!(
                    ": {}",
                    t!(lang, "cli-stores-no-keys", "command" => format!("handshake connect {}", r.url))
                ),
                _ if r.errors.is_empty() => String::new(),
                _ => format!(
                    ": {}; {}",
                    r.errors.join(", "),
                    t!(
                        lang,
                        "cli-stores-details",
                        "command" => format!("handshake doctor --keyring {}", r.url)
                    )
                ),
            };
            println!(
                "{}  {}{changed}{detail}",
                r.url,
                verdict_in(lang, &r.verdict)
            );
        }
    }
    if results.iter().any(|r| r.verdict != "healthy") {
        exit::PROBLEMS
    } else {
        exit::OK
    }
}

pub fn forget(args: ForgetArgs) -> u8 {
    let lang = crate::lang::get();
    let store = match StoreUrl::parse(&args.store_url) {
        Ok(s) => s,
        Err(e) => return exit::bad_input(e.message_in(lang)),
    };
    let saved = match open() {
        Ok(s) => s,
        Err(code) => return code,
    };
    let removed_keys = match vault::delete(store.as_str()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("handshake: {}", e.message_in(crate::lang::get()));
            return exit::TOOL_FAILED;
        }
    };
    let _ = Watch::beside(&saved).forget(store.as_str());
    let removed = match saved.remove(store.as_str()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("handshake: {}", e.message_in(crate::lang::get()));
            return exit::TOOL_FAILED;
        }
    };
    if !removed_keys && removed.is_none() {
        return exit::bad_input(t!(
            lang,
            "cli-forget-not-saved",
            "store" => store.to_string(),
            "command" => "handshake stores"
        ));
    }
    println!(
        "{}",
        t!(lang, "cli-forget-done", "store" => store.to_string())
    );
    let kind = removed
        .as_ref()
        .map(|s| s.auth_kind.as_str())
        .unwrap_or("woocommerce-keys");
    let hint = removed.as_ref().and_then(|s| s.key_hint.as_deref());
    println!(
        "{} {}",
        t!(lang, "cli-forget-revoke"),
        revoke::instructions_in(&store, kind, hint, lang)
    );
    exit::OK
}
