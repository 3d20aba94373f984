//! The report for a person at a terminal: a verdict line, then each finding with its explanation,
//! evidence and fixes. Fix texts are printed unindented between rules so they copy exactly.

use std::fmt::Write as _;

use handshake_engine::{Finding, Report};
use handshake_l10n::{t, Lang};

use crate::text::wrap;
use crate::words;

/// The report, `width` columns wide (fix texts excepted: they are never wrapped).
pub fn render(report: &Report, lang: Lang, width: usize) -> String {
    // The engine escapes store text already; a report read back from elsewhere gets it here too,
    // so nothing a store sent can act on the terminal.
    let report = &report.sanitised();
    let mut out = String::new();
    let _ = writeln!(out, "\n{}\n", words::verdict_line(report, lang));
    for (i, f) in report.findings.iter().enumerate() {
        render_finding(&mut out, lang, i + 1, f, width);
    }
    let _ = writeln!(out, "{}", checked_line(report, lang));
    out
}

/// The last line: how long the check took, with how many probes, and the exit status.
pub fn checked_line(report: &Report, lang: Lang) -> String {
    let took = if report.duration_ms < 1000 {
        format!("{} ms", report.duration_ms)
    } else {
        format!("{:.1} s", report.duration_ms as f64 / 1000.0)
    };
    t!(
        lang,
        "cli-checked-in",
        "took" => took,
        "probes" => report.probes.len(),
        "status" => if report.has_errors() { 1 } else { 0 }
    )
}

/// The owner's two sentences first (what is wrong, what to do), then the technical details: the
/// explanation and the evidence.
fn render_finding(out: &mut String, lang: Lang, n: usize, f: &Finding, width: usize) {
    let _ = writeln!(
        out,
        "{n}. {} — {}  [{}]",
        words::severity_label(lang, f.severity),
        f.title,
        f.id
    );
    // A report written before the owner's sentences existed has neither.
    if !f.summary.is_empty() {
        for line in wrap(&f.summary, width.saturating_sub(3)) {
            let _ = writeln!(out, "   {line}");
        }
    }
    if !f.action.is_empty() {
        for line in wrap(
            &t!(lang, "cli-what-to-do", "action" => f.action.as_str()),
            width.saturating_sub(3),
        ) {
            let _ = writeln!(out, "   {line}");
        }
    }
    if !f.summary.is_empty() || !f.action.is_empty() {
        let _ = writeln!(out, "   {}", t!(lang, "cli-technical-details"));
    }
    for line in wrap(&f.explanation, width.saturating_sub(3)) {
        let _ = writeln!(out, "   {line}");
    }
    if !f.evidence.is_empty() {
        let _ = writeln!(out, "   {}", t!(lang, "cli-evidence"));
        for e in &f.evidence {
            let status = e.status.map(|s| format!(" → {s}")).unwrap_or_default();
            let line = format!("{}{status}: {}", e.request, e.detail);
            for (i, l) in wrap(&line, width.saturating_sub(7)).into_iter().enumerate() {
                let _ = writeln!(out, "     {}{l}", if i == 0 { "" } else { "  " });
            }
        }
    }
    for (i, fix) in f.fixes.iter().enumerate() {
        let heading = t!(
            lang,
            "cli-fix-heading",
            "n" => i + 1,
            "title" => fix.title.as_str(),
            "kind" => fix.kind.as_str()
        );
        let _ = writeln!(out, "   ── {heading} ──");
        let _ = writeln!(out, "{}", fix.text.trim_end());
        let _ = writeln!(out, "   ──");
    }
    let _ = writeln!(out);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The owner's two sentences come first, then the technical details and the evidence.
    #[test]
    fn plain_words_come_first() {
        // From JSON, as a report file would be: fields added later keep their defaults.
        let report: Report = serde_json::from_value(serde_json::json!({
            "schema": "handshake.report/1", "tool_version": "0", "store_url": "https://s.test/",
            "started_at": "", "duration_ms": 0, "verdict": "problems", "probes": [],
            "findings": [{
                "id": "waf.cloudflare", "severity": "error", "title": "Cloudflare blocks the API",
                "summary": "Cloudflare blocks the app.", "action": "Add the rule below.",
                "explanation": "GET /wp-json/ got 403.",
                "evidence": [{ "probe": "rest.index", "request": "GET /wp-json/", "status": 403, "detail": "cf-mitigated" }],
                "fixes": []
            }]
        }))
        .unwrap();
        let text = render(&report, Lang::En, 100);
        let at = |s: &str| {
            text.find(s)
                .unwrap_or_else(|| panic!("{s:?} missing:\n{text}"))
        };
        let order = [
            at("Cloudflare blocks the app."),
            at("What to do: Add the rule below."),
            at("Technical details:"),
            at("GET /wp-json/ got 403."),
            at("Evidence:"),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    }
}
