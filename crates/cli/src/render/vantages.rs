//! `doctor --relay`: each request as this computer and as the app's servers (the relay) saw it,
//! side by side, after the report. A relay that could not run the check says so, as its own fault.

use std::fmt::Write as _;

use handshake_engine::{Outcome, ProbeRecord, Report, Vantage};

/// The credential-free requests both sides make, with the words a person reads.
const ROWS: &[(&str, &str)] = &[
    ("site.home", "Home page"),
    ("rest.index", "REST API (/wp-json/)"),
    ("rest.index_query", "REST API (?rest_route=)"),
    ("rest.index_browser", "REST API as a web browser"),
    ("rest.post", "POST to the WooCommerce API"),
    ("rest.put", "PUT to the WooCommerce API"),
    ("auth.header_echo", "Login headers reach WordPress"),
    ("wc.auth", "App authorization page"),
    ("wc.auth_query", "Authorization page (fallback)"),
];

fn cell(r: Option<&ProbeRecord>) -> String {
    let Some(r) = r else {
        return "not checked".to_string();
    };
    let mark = match r.outcome {
        Outcome::Pass => "✓",
        Outcome::Fail | Outcome::Error => "✗",
        Outcome::Skipped => "–",
    };
    let mut s = match r.http_status {
        Some(status) => format!("{mark} {status}"),
        None if r.outcome == Outcome::Pass => mark.to_string(),
        None => format!("{mark} no answer"),
    };
    if let Some(b) = &r.block {
        s.push_str(&format!(
            " ({})",
            if b.by == "server" {
                "server page"
            } else {
                &b.by
            }
        ));
    }
    s
}

pub fn render(report: &Report) -> String {
    let report = &report.sanitised();
    let Some(check) = &report.remote_check else {
        return String::new();
    };
    let mut out = String::new();
    if let Some(why) = &check.error {
        let _ = writeln!(
            out,
            "\nThe relay ({}) could not check the store from the app's servers: {why}\n\
             Only this computer's view is shown; this says nothing about the store.",
            check.relay
        );
        return out;
    }
    let from = match (&check.address, check.label.is_empty()) {
        (Some(a), false) => format!("{a}, {}", check.label),
        (Some(a), true) => a.clone(),
        (None, false) => check.label.clone(),
        (None, true) => "an address it did not name".to_string(),
    };
    let _ = writeln!(
        out,
        "\nFrom this computer and from the app's servers (the relay {} checked from {from}):",
        check.relay
    );
    let side = |relay: bool, id: &str| {
        report
            .probes
            .iter()
            .find(|p| p.id == id && (p.vantage == Some(Vantage::Relay)) == relay)
    };
    let _ = writeln!(
        out,
        "  {:<32} {:<22} the app's servers",
        "request", "this computer"
    );
    for (id, label) in ROWS {
        let (here, there) = (side(false, id), side(true, id));
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
            cell(here),
            cell(there)
        );
    }
    out
}
