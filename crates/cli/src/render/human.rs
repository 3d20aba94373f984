//! The report for a person at a terminal: a verdict line, then each finding with its explanation,
//! evidence and fixes. Fix texts are printed unindented between rules so they copy exactly.

use std::fmt::Write as _;
use std::io::IsTerminal;

use handshake_engine::{Finding, Report, Severity, Verdict};
use handshake_l10n::{t, Lang};

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
    let lang = report.lang;
    let count = |severity: Severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    };
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let url = report.store_url.as_str();
    match report.verdict {
        Verdict::Healthy if warnings == 0 => t!(lang, "cli-verdict-healthy", "url" => url),
        Verdict::Healthy => {
            t!(lang, "cli-verdict-healthy-warnings", "url" => url, "warnings" => warnings)
        }
        Verdict::Problems => t!(
            lang,
            "cli-verdict-problems",
            "url" => url,
            "errors" => errors,
            "warnings" => warnings
        ),
        Verdict::Unreachable => {
            t!(lang, "cli-verdict-unreachable", "url" => url, "warnings" => warnings)
        }
    }
}

pub fn render(report: &Report, width: usize) -> String {
    // The engine escapes store text already; a report read back from elsewhere gets it here too,
    // so nothing a store sent can act on the terminal.
    let report = &report.sanitised();
    let lang = report.lang;
    let mut out = String::new();
    let _ = writeln!(out, "\n{}\n", verdict_line(report));
    for (i, f) in report.findings.iter().enumerate() {
        render_finding(&mut out, lang, i + 1, f, width);
    }
    let _ = writeln!(out, "{}", checked_line(report));
    out
}

/// The last line: how long the check took, with how many probes, and the exit status.
pub fn checked_line(report: &Report) -> String {
    let took = if report.duration_ms < 1000 {
        format!("{} ms", report.duration_ms)
    } else {
        format!("{:.1} s", report.duration_ms as f64 / 1000.0)
    };
    t!(
        report.lang,
        "cli-checked-in",
        "took" => took,
        "probes" => report.probes.len(),
        "status" => if report.has_errors() { 1 } else { 0 }
    )
}

fn label(lang: Lang, s: Severity) -> String {
    let id = match s {
        Severity::Error => "cli-severity-error",
        Severity::Warning => "cli-severity-warning",
        Severity::Info => "cli-severity-info",
    };
    t!(lang, id)
}

/// The owner's two sentences first (what is wrong, what to do), then the technical details: the
/// explanation and the evidence.
fn render_finding(out: &mut String, lang: Lang, n: usize, f: &Finding, width: usize) {
    let _ = writeln!(
        out,
        "{n}. {} — {}  [{}]",
        label(lang, f.severity),
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
