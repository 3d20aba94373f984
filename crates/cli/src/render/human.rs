//! The report for a person at a terminal: a verdict line, then each finding with its explanation,
//! evidence and fixes. Fix texts are printed unindented between rules so they copy exactly.

use std::fmt::Write as _;
use std::io::IsTerminal;

use handshake_engine::{Finding, Report, Severity, Verdict};

pub fn width() -> usize {
    if std::io::stdout().is_terminal() {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(100)
            .clamp(60, 120)
    } else {
        100
    }
}

pub fn verdict_line(report: &Report) -> String {
    let errors = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let extra = match warnings {
        0 => String::new(),
        1 => " (and 1 warning)".to_string(),
        n => format!(" (and {n} warnings)"),
    };
    match report.verdict {
        Verdict::Healthy if warnings == 0 => format!(
            "Verdict: healthy — apps can connect to {}.",
            report.store_url
        ),
        Verdict::Healthy => format!(
            "Verdict: apps can connect to {}, with {warnings} warning{} worth a look.",
            report.store_url,
            if warnings == 1 { "" } else { "s" }
        ),
        Verdict::Problems => format!(
            "Verdict: {errors} problem{} stop{} apps from connecting to {}{extra}.",
            if errors == 1 { "" } else { "s" },
            if errors == 1 { "s" } else { "" },
            report.store_url
        ),
        Verdict::Unreachable => format!("Verdict: {} cannot be reached{extra}.", report.store_url),
    }
}

pub fn render(report: &Report, width: usize) -> String {
    // The engine escapes store text already; a report read back from elsewhere gets it here too,
    // so nothing a store sent can act on the terminal.
    let report = &report.sanitised();
    let mut out = String::new();
    let _ = writeln!(out, "\n{}\n", verdict_line(report));
    for (i, f) in report.findings.iter().enumerate() {
        render_finding(&mut out, i + 1, f, width);
    }
    let took = if report.duration_ms < 1000 {
        format!("{} ms", report.duration_ms)
    } else {
        format!("{:.1} s", report.duration_ms as f64 / 1000.0)
    };
    let _ = writeln!(
        out,
        "Checked in {took} with {} probes. Exit status: {}.",
        report.probes.len(),
        if report.has_errors() { 1 } else { 0 }
    );
    out
}

fn label(s: Severity) -> &'static str {
    match s {
        Severity::Error => "ERROR",
        Severity::Warning => "WARNING",
        Severity::Info => "INFO",
    }
}

/// The owner's two sentences first (what is wrong, what to do), then the technical details: the
/// explanation and the evidence.
fn render_finding(out: &mut String, n: usize, f: &Finding, width: usize) {
    let _ = writeln!(out, "{n}. {} — {}  [{}]", label(f.severity), f.title, f.id);
    // A report written before the owner's sentences existed has neither.
    if !f.summary.is_empty() {
        for line in wrap(&f.summary, width.saturating_sub(3)) {
            let _ = writeln!(out, "   {line}");
        }
    }
    if !f.action.is_empty() {
        for line in wrap(
            &format!("What to do: {}", f.action),
            width.saturating_sub(3),
        ) {
            let _ = writeln!(out, "   {line}");
        }
    }
    if !f.summary.is_empty() || !f.action.is_empty() {
        let _ = writeln!(out, "   Technical details:");
    }
    for line in wrap(&f.explanation, width.saturating_sub(3)) {
        let _ = writeln!(out, "   {line}");
    }
    if !f.evidence.is_empty() {
        let _ = writeln!(out, "   Evidence:");
        for e in &f.evidence {
            let status = e.status.map(|s| format!(" → {s}")).unwrap_or_default();
            let line = format!("{}{status}: {}", e.request, e.detail);
            for (i, l) in wrap(&line, width.saturating_sub(7)).into_iter().enumerate() {
                let _ = writeln!(out, "     {}{l}", if i == 0 { "" } else { "  " });
            }
        }
    }
    for (i, fix) in f.fixes.iter().enumerate() {
        let _ = writeln!(
            out,
            "   ── Fix {}: {} [{}] ──",
            i + 1,
            fix.title,
            fix.kind.as_str()
        );
        let _ = writeln!(out, "{}", fix.text.trim_end());
        let _ = writeln!(out, "   ──");
    }
    let _ = writeln!(out);
}

/// Greedy word wrap; long words stay whole.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
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
        let text = render(&report, 100);
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

    #[test]
    fn wraps_words() {
        assert_eq!(wrap("a bb ccc dddd", 6), vec!["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("one\ntwo", 80), vec!["one", "two"]);
    }
}
