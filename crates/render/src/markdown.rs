//! The report as a Markdown text: what an owner pastes into a ticket or sends to their host. Store
//! text is escaped so it is shown, never interpreted; fixes are fenced so they copy exactly.

use std::fmt::Write as _;

use handshake_engine::Report;
use handshake_l10n::{t, Lang};

use crate::text::{code_span, fence, md, md_block};
use crate::words;

/// The words of a report file are in the language its check ran in, like its findings.
pub fn render(report: &Report, lang: Lang) -> String {
    // Store text arrives escaped from the engine; a kept report is escaped again here, so no
    // control character reaches a file whatever produced the report.
    let report = &report.sanitised();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        t!(lang, "export-title", "url" => md(&report.store_url))
    );
    let _ = writeln!(
        out,
        "- {}",
        t!(lang, "export-checked", "at" => md(&report.started_at), "ms" => report.duration_ms.to_string())
    );
    let _ = writeln!(
        out,
        "- {}",
        t!(lang, "export-result", "verdict" => words::verdict_sentence(lang, report.verdict))
    );
    let _ = writeln!(
        out,
        "- {}\n",
        t!(lang, "export-tool", "version" => md(&report.tool_version))
    );
    if report.findings.is_empty() {
        let _ = writeln!(out, "{}\n", t!(lang, "export-no-problems"));
    }
    for (severity, findings) in crate::by_severity(report) {
        let _ = writeln!(out, "## {}\n", words::severity_heading(lang, severity));
        for f in findings {
            let _ = writeln!(out, "### {}\n", md(&f.title));
            let _ = writeln!(out, "`{}`\n", f.id.as_str());
            // The owner's two sentences first; a report from before they existed has neither.
            if !f.summary.is_empty() {
                let _ = writeln!(out, "{}\n", md(&f.summary));
            }
            if !f.action.is_empty() {
                let _ = writeln!(
                    out,
                    "**{}** {}\n",
                    t!(lang, "export-what-to-do"),
                    md(&f.action)
                );
            }
            if !f.summary.is_empty() || !f.action.is_empty() {
                let _ = writeln!(out, "#### {}\n", t!(lang, "export-technical-details"));
            }
            let _ = writeln!(out, "{}\n", md_block(&f.explanation));
            if !f.evidence.is_empty() {
                let _ = writeln!(out, "{}\n", t!(lang, "export-evidence"));
                for e in &f.evidence {
                    let status = e.status.map(|s| format!(" → {s}")).unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "- {}{status}: {} ({})",
                        code_span(&e.request),
                        md(&e.detail),
                        md(&e.probe)
                    );
                }
                out.push('\n');
            }
            for fix in &f.fixes {
                let fence = fence(&fix.text);
                let _ = writeln!(
                    out,
                    "**{}** ({})\n",
                    t!(lang, "export-fix", "title" => md(&fix.title)),
                    fix.kind.as_str()
                );
                let _ = writeln!(
                    out,
                    "{fence}\n{}\n{fence}\n",
                    fix.text.trim_end_matches('\n')
                );
            }
        }
    }
    let _ = writeln!(out, "## {}\n", t!(lang, "export-every-check"));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|---|---|",
        t!(lang, "export-column-check"),
        t!(lang, "export-column-result"),
        t!(lang, "export-column-time"),
        t!(lang, "export-column-details")
    );
    for p in &report.probes {
        let summary = md(&p.summary.replace('\n', " "));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            code_span(&p.id.name()),
            words::outcome_word(lang, p.outcome),
            t!(lang, "export-ms", "ms" => p.duration_ms.to_string()),
            summary
        );
    }
    out
}
