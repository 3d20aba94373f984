//! Report files an owner can keep or send to their host: the contract's JSON, a Markdown text, and a
//! self-contained HTML page. Built from the (already redacted) report only.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use handshake_engine::{Finding, Outcome, Report, Severity, Verdict};
use handshake_l10n::{t, Lang};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Json,
    Markdown,
    Html,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }
    pub fn filter_name(self, lang: Lang) -> String {
        match self {
            Format::Json => t!(lang, "export-filter-json"),
            Format::Markdown => t!(lang, "export-filter-markdown"),
            Format::Html => t!(lang, "export-filter-html"),
        }
    }
}

pub fn render(report: &Report, format: Format) -> String {
    // Store text arrives escaped from the engine; a kept report is escaped again here, so no
    // control character reaches a file whatever produced the report.
    let report = &report.sanitised();
    match format {
        Format::Json => serde_json::to_string_pretty(report).expect("a report serializes") + "\n",
        Format::Markdown => markdown(report),
        Format::Html => html(report),
    }
}

/// `handshake-report-shop.example.com-2026-01-01-1200.html`
pub fn file_name(report: &Report, format: Format) -> String {
    let host = url::Url::parse(&report.store_url)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_matches(|c| c == '[' || c == ']').replace(':', "-"))
        })
        .unwrap_or_else(|| "store".into());
    let host: String = host
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    // 2026-01-01T12:00:00Z → 2026-01-01-1200
    let stamp: String = report
        .started_at
        .chars()
        .take(16)
        .map(|c| if c == 'T' { '-' } else { c })
        .filter(|c| *c != ':')
        .collect();
    let stamp = if stamp.is_empty() {
        String::new()
    } else {
        format!("-{stamp}")
    };
    format!("handshake-report-{host}{stamp}.{}", format.extension())
}

/// A path in `dir` that does not exist yet: `name`, then `name (2)`, `name (3)`…
pub fn free_path(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    (2..)
        .map(|n| {
            dir.join(if ext.is_empty() {
                format!("{stem} ({n})")
            } else {
                format!("{stem} ({n}).{ext}")
            })
        })
        .find(|p| !p.exists())
        .expect("some free name")
}

fn verdict_sentence(lang: Lang, v: Verdict) -> String {
    match v {
        Verdict::Healthy => t!(lang, "export-verdict-healthy"),
        Verdict::Problems => t!(lang, "export-verdict-problems"),
        Verdict::Unreachable => t!(lang, "export-verdict-unreachable"),
    }
}

fn severity_heading(lang: Lang, s: Severity) -> String {
    match s {
        Severity::Error => t!(lang, "export-severity-error"),
        Severity::Warning => t!(lang, "export-severity-warning"),
        Severity::Info => t!(lang, "export-severity-info"),
    }
}

fn outcome_word(lang: Lang, o: Outcome) -> String {
    match o {
        Outcome::Pass => t!(lang, "export-outcome-pass"),
        Outcome::Fail => t!(lang, "export-outcome-fail"),
        Outcome::Skipped => t!(lang, "export-outcome-skipped"),
        Outcome::Error => t!(lang, "export-outcome-error"),
    }
}

fn by_severity(report: &Report) -> Vec<(Severity, Vec<&Finding>)> {
    [Severity::Error, Severity::Warning, Severity::Info]
        .into_iter()
        .map(|s| {
            (
                s,
                report
                    .findings
                    .iter()
                    .filter(|f| f.severity == s)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, fs)| !fs.is_empty())
        .collect()
}

/// Store text as Markdown text inside a line: every character that could start markup (emphasis,
/// links, images, raw HTML, entities, tables, code) is backslash-escaped. What the store wrote is
/// shown, never interpreted.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '!' | '|' | '~' | '&' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Store text as Markdown paragraphs: [`md`], and a line start that would begin a heading, quote,
/// list or rule (`#`, `>`, `-`, `+`, `=`, `1.`, `1)`) escaped too.
fn md_block(text: &str) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let body = line.trim_start();
            let indent = &line[..line.len() - body.len()];
            let digits = body.chars().take_while(char::is_ascii_digit).count();
            let marker = if body.starts_with(['-', '+', '=']) {
                Some(0)
            } else if digits > 0 && body[digits..].starts_with(['.', ')']) {
                Some(digits)
            } else {
                None
            };
            match marker {
                Some(at) => format!("{indent}{}\\{}", &body[..at], md(&body[at..])),
                None => format!("{indent}{}", md(body)),
            }
        })
        .collect();
    lines.join("\n")
}

/// Inline code that no backtick in `text` can end: a delimiter longer than any backtick run, and
/// spaces inside it when the text starts or ends with a backtick.
fn code_span(text: &str) -> String {
    let fence = "`".repeat(text.split(|c| c != '`').map(str::len).max().unwrap_or(0) + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A fence longer than any run of backticks in the text, so pasted code cannot end it.
fn fence(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

/// The words of a report file are in the language its check ran in, like its findings.
pub fn markdown(report: &Report) -> String {
    let lang = report.lang;
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
        t!(lang, "export-result", "verdict" => verdict_sentence(lang, report.verdict))
    );
    let _ = writeln!(
        out,
        "- {}\n",
        t!(lang, "export-tool", "version" => md(&report.tool_version))
    );
    if report.findings.is_empty() {
        let _ = writeln!(out, "{}\n", t!(lang, "export-no-problems"));
    }
    for (severity, findings) in by_severity(report) {
        let _ = writeln!(out, "## {}\n", severity_heading(lang, severity));
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
            code_span(&p.id),
            outcome_word(lang, p.outcome),
            t!(lang, "export-ms", "ms" => p.duration_ms.to_string()),
            summary
        );
    }
    out
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const HTML_STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}\
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}h3{margin-bottom:.25rem}\
.summary,.action{font-size:1.05rem}h4{margin-bottom:0;color:#555}\
pre{background:#f4f2f8;border:1px solid #d6d0e2;padding:.75rem;overflow:auto;white-space:pre-wrap}\
code{font-family:ui-monospace,monospace}table{border-collapse:collapse;width:100%}\
td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}\
.error{color:#a4161a}.warning{color:#8a5300}.info{color:#1c5d99}";

pub fn html(report: &Report) -> String {
    let lang = report.lang;
    let mut out = String::new();
    // Values go into the sentences first and the whole sentence is escaped: the words are ours,
    // the values the store's.
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
<style>{HTML_STYLE}</style></head><body>\n<h1>{title}</h1>\n<p>{verdict}<br>{checked}</p>\n",
        code = lang.code(),
        title = esc(&t!(lang, "export-title", "url" => report.store_url.as_str())),
        verdict = esc(&verdict_sentence(lang, report.verdict)),
        checked = esc(&t!(lang, "export-checked-with",
            "at" => report.started_at.as_str(),
            "ms" => report.duration_ms.to_string(),
            "version" => report.tool_version.as_str())),
    );
    if report.findings.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(&t!(lang, "export-no-problems")));
    }
    for (severity, findings) in by_severity(report) {
        let class = match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let _ = writeln!(
            out,
            "<h2 class=\"{class}\">{}</h2>",
            esc(&severity_heading(lang, severity))
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
            esc(&p.id),
            esc(&outcome_word(lang, p.outcome)),
            esc(&t!(lang, "export-ms", "ms" => p.duration_ms.to_string())),
            esc(&p.summary)
        );
    }
    out.push_str("</table>\n</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use handshake_engine::{Evidence, FindingId, Fix, FixKind, ProbeRecord};

    fn sample() -> Report {
        Report {
            schema: "handshake.report/1".into(),
            tool_version: "0.1.0".into(),
            store_url: "https://shop.example.com/".into(),
            started_at: "2026-01-01T12:00:00Z".into(),
            duration_ms: 412,
            verdict: Verdict::Problems,
            redirects_to: None,
            findings: vec![Finding {
                id: FindingId::WafCloudflare,
                severity: Severity::Error,
                title: "Cloudflare's firewall blocks the <REST> API".into(),
                summary: "Cloudflare's firewall blocks the app's <requests>.".into(),
                action: "Add the Cloudflare rule below.".into(),
                explanation: "Requests are blocked.".into(),
                evidence: vec![Evidence {
                    probe: "rest.index".into(),
                    request: "GET /wp-json/".into(),
                    status: Some(403),
                    detail: "cf-mitigated".into(),
                }],
                fixes: vec![Fix {
                    kind: FixKind::CloudflareRule,
                    title: "Skip the WAF".into(),
                    text: "(http.request.uri.path contains \"/wp-json/\")\n```".into(),
                }],
            }],
            probes: vec![ProbeRecord {
                id: "rest.index".into(),
                outcome: Outcome::Fail,
                duration_ms: 31,
                http_status: Some(403),
                summary: "a | b".into(),
                vantage: None,
                block: None,
            }],
            remote_check: None,
            lang: Default::default(),
        }
    }

    /// A report checked in German or Spanish is saved with German or Spanish words around the
    /// engine's text, and the pasted fix stays byte for byte the same.
    #[test]
    fn exports_speak_the_language_of_the_check() {
        let mut report = sample();
        report.lang = Lang::De;
        let md = markdown(&report);
        for words in [
            "# Handshake-Bericht für ",
            "**Was zu tun ist:**",
            "#### Technische Details",
            "Was wir gesehen haben:",
            "## Alle Prüfungen",
            "| Prüfung | Ergebnis | Zeit | Details |",
            "| fehlgeschlagen | 31 ms |",
        ] {
            assert!(md.contains(words), "{words:?} missing from {md}");
        }
        assert!(!md.contains("What to do"), "{md}");
        report.lang = Lang::Es;
        let page = html(&report);
        assert!(page.contains("<html lang=\"es\">"), "{page}");
        for words in [
            "Informe de Handshake para ",
            "<strong>Qué hacer:</strong>",
            "Todas las comprobaciones",
            "Lo que vimos:",
        ] {
            assert!(page.contains(words), "{words:?} missing from {page}");
        }
        let fix = &report.findings[0].fixes[0].text;
        assert!(page.contains(&esc(fix)), "{page}");
        report.lang = Lang::Pseudo;
        let md = markdown(&report);
        assert!(
            !md.contains("What to do") && !md.contains("Every check"),
            "{md}"
        );
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }

    /// The owner's sentences come before the technical explanation and its evidence.
    #[test]
    fn plain_words_come_first() {
        let md = markdown(&sample());
        let order = [
            "Cloudflare's firewall blocks the app's \\<requests\\>.",
            "**What to do:** Add the Cloudflare rule below.",
            "#### Technical details",
            "Requests are blocked.",
            "What we saw:",
        ];
        let at: Vec<usize> = order
            .iter()
            .map(|s| {
                md.find(s)
                    .unwrap_or_else(|| panic!("{s:?} missing from {md}"))
            })
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}\n{md}");

        let html = html(&sample());
        let order = [
            "<p class=\"summary\">Cloudflare&#39;s firewall blocks the app&#39;s &lt;requests&gt;.</p>",
            "<strong>What to do:</strong> Add the Cloudflare rule below.",
            "<h4>Technical details</h4>",
            "<p>Requests are blocked.</p>",
            "What we saw:",
        ];
        let at: Vec<usize> = order
            .iter()
            .map(|s| {
                html.find(s)
                    .unwrap_or_else(|| panic!("{s:?} missing from {html}"))
            })
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}\n{html}");
    }

    #[test]
    fn markdown_keeps_fix_text_whole() {
        let md = markdown(&sample());
        assert!(md.contains("## Must fix"));
        assert!(
            md.contains("````\n(http.request.uri.path contains \"/wp-json/\")\n```\n````"),
            "{md}"
        );
        assert!(md.contains("a \\| b"));
    }

    #[test]
    fn html_escapes_everything() {
        let h = html(&sample());
        assert!(h.contains("the &lt;REST&gt; API"));
        assert!(h.contains("contains &quot;/wp-json/&quot;"));
        assert!(!h.contains("<REST>"));
    }

    /// What a hostile store can put in a report's text: terminal escapes, NULs, bidi overrides,
    /// and Markdown/HTML that would turn into links, images or markup.
    fn hostile() -> Report {
        let mut r = sample();
        let f = &mut r.findings[0];
        f.title =
            "Blocked [click](https://evil.example) <img src=x onerror=alert(1)> \x1b]0;pwned\x07"
                .into();
        f.summary = "Sum <img src=y> \x1b[31m".into();
        f.action = "Do [this](https://evil.example) \x07".into();
        f.explanation =
            "# Heading\n> quote\n1. list ![img](https://evil.example/t.png) &lt; **bold** \x1b[2J"
                .into();
        f.evidence[0].detail =
            "rest_forbidden\x1b[2J: \0 \u{202e}txt.exe `code` | pipe \u{9b}2J".into();
        f.evidence[0].request = "GET /a`b`".into();
        r.probes[0].summary = "x\x1b]52;c;cHduZWQ=\x07 | y\nz".into();
        r
    }

    fn assert_no_controls(format: Format, text: &str) {
        for c in text.chars() {
            assert!(
                c == '\n' || c == '\t' || !handshake_engine::safe_text::is_unsafe(c),
                "{format:?} export holds U+{:04X}:\n{text}",
                c as u32
            );
        }
    }

    #[test]
    fn exports_show_store_text_and_never_interpret_it() {
        let r = hostile();
        for format in [Format::Json, Format::Markdown, Format::Html] {
            assert_no_controls(format, &render(&r, format));
        }
        let md = render(&r, Format::Markdown);
        assert!(
            md.contains("### Blocked \\[click\\](https://evil.example) \\<img"),
            "{md}"
        );
        assert!(!md.contains("[click]("), "{md}");
        assert!(!md.contains("[this]("), "{md}");
        // Every `<` is escaped: `\<img` is the text "<img", not a tag.
        assert!(!md.replace("\\<", "").contains('<'), "{md}");
        assert!(md.contains("Handshake for WooCommerce 0.1.0"), "{md}");
        assert!(
            md.contains("\\# Heading\n\\> quote\n1\\. list \\!\\[img\\]"),
            "{md}"
        );
        assert!(md.contains("\\&lt; \\*\\*bold\\*\\*"), "{md}");
        // The escapes the engine wrote stay readable: `\u{1b}` shows as itself.
        assert!(md.contains("\\\\u{1b}"), "{md}");
        assert!(md.contains("- `` GET /a`b` `` → 403"), "{md}");
        assert!(
            md.contains("x\\\\u{1b}\\]52;c;cHduZWQ=\\\\u{7} \\| y\\\\u{a}z"),
            "{md}"
        );
        let html = render(&r, Format::Html);
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("Sum &lt;img src=y&gt; \\u{1b}[31m"), "{html}");
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        assert!(html.contains("\\u{202e}txt.exe"), "{html}");
        let json = render(&r, Format::Json);
        assert!(
            !json.contains("\\u0000") && !json.contains("\\u001b"),
            "{json}"
        );
        let back: Report = serde_json::from_str(&json).unwrap();
        assert!(back.findings[0].evidence[0].detail.contains("\\u{0}"));
    }

    /// The same through a real diagnosis: the `terminal-escapes` scenario store on loopback answers
    /// with ANSI/OSC sequences, NULs, C1 controls and bidi overrides; every export of its report is
    /// free of them and still quotes the store's error code, escaped.
    #[tokio::test(flavor = "multi_thread")]
    async fn exports_of_a_hostile_stores_report_hold_no_control_character() {
        use handshake_engine::{diagnose, no_progress, DiagnoseOptions, StoreUrl, Trust};
        let store =
            handshake_demo::start(handshake_demo::StoreOptions::new("terminal-escapes"))
                .await
                .unwrap();
        let mut opts = DiagnoseOptions::new(StoreUrl::parse(store.url().as_str()).unwrap());
        opts.trust = Trust::from_pem(store.ca_pem().unwrap(), "store CA").unwrap();
        opts.offline_dns = true;
        let report = diagnose(opts, no_progress()).await.unwrap();
        for format in [Format::Json, Format::Markdown, Format::Html] {
            let text = render(&report, format);
            assert_no_controls(format, &text);
            assert!(text.contains("rest"), "{format:?}: {text}");
        }
        let md = render(&report, Format::Markdown);
        assert!(md.contains("rest\\_forbidden\\\\u{1b}\\]0;pwned"), "{md}");
        let html = render(&report, Format::Html);
        assert!(html.contains("rest_forbidden\\u{1b}]0;pwned"), "{html}");
    }

    #[test]
    fn names_and_free_paths() {
        assert_eq!(
            file_name(&sample(), Format::Html),
            "handshake-report-shop.example.com-2026-01-01-1200.html"
        );
        let dir = tempfile::tempdir().unwrap();
        let a = free_path(dir.path(), "r.json");
        std::fs::write(&a, "x").unwrap();
        assert_eq!(
            free_path(dir.path(), "r.json").file_name().unwrap(),
            "r (2).json"
        );
        let json: serde_json::Value =
            serde_json::from_str(&render(&sample(), Format::Json)).unwrap();
        assert_eq!(json["schema"], "handshake.report/1");
    }
}
