//! `doctor --relay`: each request as this computer and as the app's servers (the relay) saw it,
//! side by side, after the report. A relay that could not run the check says so, as its own fault.

use std::fmt::Write as _;

use handshake_engine::{Outcome, ProbeId, ProbeRecord, Report, Vantage};
use handshake_l10n::{t, Lang};

use crate::words;

/// The credential-free requests both sides make, with the message of the words a person reads
/// (and the address a row names, as a value).
const ROWS: &[(ProbeId, &str)] = &[
    (ProbeId::Home, "cli-vantage-row-home"),
    (ProbeId::RestIndex, "cli-vantage-row-rest-index"),
    (ProbeId::RestIndexQuery, "cli-vantage-row-rest-index-query"),
    (
        ProbeId::RestIndexBrowser,
        "cli-vantage-row-rest-index-browser",
    ),
    (ProbeId::RestPost, "cli-vantage-row-rest-post"),
    (ProbeId::RestPut, "cli-vantage-row-rest-put"),
    (ProbeId::AuthHeaderEcho, "cli-vantage-row-auth-header-echo"),
    (ProbeId::WcAuth, "cli-vantage-row-wc-auth"),
    (ProbeId::WcAuthQuery, "cli-vantage-row-wc-auth-query"),
];

fn cell(lang: Lang, r: Option<&ProbeRecord>) -> String {
    let Some(r) = r else {
        return t!(lang, "cli-vantage-not-checked");
    };
    let mark = words::outcome_mark(r.outcome);
    let mut s = match r.http_status {
        Some(status) => format!("{mark} {status}"),
        None if r.outcome == Outcome::Pass => mark.to_string(),
        None => format!("{mark} {}", t!(lang, "cli-vantage-no-answer")),
    };
    if let Some(b) = &r.block {
        s.push_str(&format!(
            " ({})",
            if b.by == "server" {
                t!(lang, "cli-vantage-server-page")
            } else {
                b.by.clone()
            }
        ));
    }
    s
}

/// Empty when the relay was not asked.
pub fn render(report: &Report, lang: Lang) -> String {
    let report = &report.sanitised();
    let Some(check) = &report.remote_check else {
        return String::new();
    };
    let mut out = String::new();
    if let Some(why) = &check.error {
        let _ = writeln!(
            out,
            "\n{}",
            t!(
                lang,
                "cli-vantage-relay-failed",
                "relay" => check.relay.as_str(),
                "error" => why.as_str()
            )
        );
        return out;
    }
    let from = match (&check.address, check.label.is_empty()) {
        (Some(a), false) => format!("{a}, {}", check.label),
        (Some(a), true) => a.clone(),
        (None, false) => check.label.clone(),
        (None, true) => t!(lang, "cli-vantage-unnamed-address"),
    };
    let _ = writeln!(
        out,
        "\n{}",
        t!(lang, "cli-vantage-heading", "relay" => check.relay.as_str(), "from" => from)
    );
    let side = |relay: bool, id: ProbeId| {
        report
            .probes
            .iter()
            .find(|p| p.id == id && (p.vantage == Some(Vantage::Relay)) == relay)
    };
    let _ = writeln!(
        out,
        "  {:<32} {:<22} {}",
        t!(lang, "cli-vantage-column-request"),
        t!(lang, "cli-vantage-column-here"),
        t!(lang, "cli-vantage-column-there")
    );
    for (id, message) in ROWS {
        let label = match id {
            ProbeId::RestIndex => t!(lang, message, "path" => "/wp-json/"),
            ProbeId::RestIndexQuery => t!(lang, message, "path" => "?rest_route="),
            _ => t!(lang, message),
        };
        let (here, there) = (side(false, *id), side(true, *id));
        // Only what both sides asked.
        if here.is_none() || there.is_none() {
            continue;
        }
        let differs = here.map(|r| r.outcome == Outcome::Pass)
            != there.map(|r| r.outcome == Outcome::Pass)
            && here.is_some()
            && there.is_some();
        let _ = writeln!(
            out,
            "{} {label:<32} {:<22} {}",
            if differs { "!" } else { " " },
            cell(lang, here),
            cell(lang, there)
        );
    }
    out
}
