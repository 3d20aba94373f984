//! The report as one self-contained HTML page (inline style, no script, nothing loaded from
//! elsewhere): what the wizard saves and the host e-mail attaches.

use std::fmt::Write as _;

use handshake_engine::{Report, Severity};
use handshake_l10n::{t, Lang};

use crate::text::esc;
use crate::words;

const HTML_STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}\
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}h3{margin-bottom:.25rem}\
.summary,.action{font-size:1.05rem}h4{margin-bottom:0;color:#555}\
pre{background:#f4f2f8;border:1px solid #d6d0e2;padding:.75rem;overflow:auto;white-space:pre-wrap}\
code{font-family:ui-monospace,monospace}table{border-collapse:collapse;width:100%}\
td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}\
.error{color:#a4161a}.warning{color:#8a5300}.info{color:#1c5d99}";

pub fn render(report: &Report, lang: Lang) -> String {
    let report = &report.sanitised();
    let mut out = String::new();
    // Values go into the sentences first and the whole sentence is escaped: the words are ours,
    // the values the store's.
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
<style>{HTML_STYLE}</style></head><body>\n<h1>{title}</h1>\n<p>{verdict}<br>{checked}</p>\n",
        code = lang.code(),
        title = esc(&t!(lang, "export-title", "url" => report.store_url.as_str())),
        verdict = esc(&words::verdict_sentence(lang, report.verdict)),
        checked = esc(&t!(lang, "export-checked-with",
            "at" => report.started_at.as_str(),
            "ms" => report.duration_ms.to_string(),
            "version" => report.tool_version.as_str())),
    );
    if report.findings.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(&t!(lang, "export-no-problems")));
    }
    for (severity, findings) in crate::by_severity(report) {
        let class = match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let _ = writeln!(
            out,
            "<h2 class=\"{class}\">{}</h2>",
            esc(&words::severity_heading(lang, severity))
        );
        for f in findings {
            let _ = writeln!(
                out,
                "<h3>{}</h3>\n<p><code>{}</code></p>",
                esc(&f.title),
                esc(f.id.as_str()),
            );
            // The owner's two sentences first; a report from before they existed has neither.
            if !f.summary.is_empty() {
                let _ = writeln!(out, "<p class=\"summary\">{}</p>", esc(&f.summary));
            }
            if !f.action.is_empty() {
                let _ = writeln!(
                    out,
                    "<p class=\"action\"><strong>{}</strong> {}</p>",
                    esc(&t!(lang, "export-what-to-do")),
                    esc(&f.action)
                );
            }
            if !f.summary.is_empty() || !f.action.is_empty() {
                let _ = writeln!(
                    out,
                    "<h4>{}</h4>",
                    esc(&t!(lang, "export-technical-details"))
                );
            }
            let _ = writeln!(out, "<p>{}</p>", esc(&f.explanation));
            if !f.evidence.is_empty() {
                let _ = writeln!(out, "<p>{}</p><ul>", esc(&t!(lang, "export-evidence")));
                for e in &f.evidence {
                    let status = e.status.map(|s| format!(" → {s}")).unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "<li><code>{}</code>{}: {} ({})</li>",
                        esc(&e.request),
                        status,
                        esc(&e.detail),
                        esc(&e.probe)
                    );
                }
                out.push_str("</ul>\n");
            }
            for fix in &f.fixes {
                let _ = writeln!(
                    out,
                    "<p><strong>{}</strong> ({})</p>\n<pre><code>{}</code></pre>",
                    esc(&t!(lang, "export-fix", "title" => fix.title.as_str())),
                    esc(fix.kind.as_str()),
                    esc(&fix.text)
                );
            }
        }
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&t!(lang, "export-every-check")),
        esc(&t!(lang, "export-column-check")),
        esc(&t!(lang, "export-column-result")),
        esc(&t!(lang, "export-column-time")),
        esc(&t!(lang, "export-column-details"))
    );
    for p in &report.probes {
        let _ = writeln!(
            out,
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&p.id.name()),
            esc(&words::outcome_word(lang, p.outcome)),
            esc(&t!(lang, "export-ms", "ms" => p.duration_ms.to_string())),
            esc(&p.summary)
        );
    }
    out.push_str("</table>\n</body></html>\n");
    out
}
