//! The renderers on a sample report, a hostile one, and a hostile store's real report.

use handshake_engine::{
    Evidence, Finding, FindingId, Fix, FixKind, Outcome, ProbeRecord, Report, Severity, Verdict,
};
use handshake_l10n::Lang;

use crate::file::file_name;
use crate::text::esc;
use crate::{render, Format};

fn markdown(r: &Report) -> String {
    crate::markdown::render(r, r.lang)
}

fn html(r: &Report) -> String {
    crate::html::render(r, r.lang)
}

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
    f.title = "Blocked [click](https://evil.example) <img src=x onerror=alert(1)> \x1b]0;pwned\x07"
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
    for format in Format::ALL {
        assert_no_controls(format, &render(&r, format, r.lang));
    }
    let md = render(&r, Format::Markdown, r.lang);
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
    let html = render(&r, Format::Html, r.lang);
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("Sum &lt;img src=y&gt; \\u{1b}[31m"), "{html}");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
    assert!(html.contains("\\u{202e}txt.exe"), "{html}");
    let json = render(&r, Format::Json, r.lang);
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
    let store = handshake_demo::start(handshake_demo::StoreOptions::new("terminal-escapes"))
        .await
        .unwrap();
    let mut opts = DiagnoseOptions::new(StoreUrl::parse(store.url().as_str()).unwrap());
    opts.trust = Trust::from_pem(store.ca_pem().unwrap(), "store CA").unwrap();
    opts.offline_dns = true;
    let report = diagnose(opts, no_progress()).await.unwrap();
    for format in Format::ALL {
        let text = render(&report, format, report.lang);
        assert_no_controls(format, &text);
        assert!(text.contains("rest"), "{format:?}: {text}");
    }
    let md = render(&report, Format::Markdown, report.lang);
    assert!(md.contains("rest\\_forbidden\\\\u{1b}\\]0;pwned"), "{md}");
    let html = render(&report, Format::Html, report.lang);
    assert!(html.contains("rest_forbidden\\u{1b}]0;pwned"), "{html}");
}

#[test]
fn names_and_json() {
    assert_eq!(
        file_name(&sample(), Format::Html),
        "handshake-report-shop.example.com-2026-01-01-1200.html"
    );
    let json: serde_json::Value =
        serde_json::from_str(&render(&sample(), Format::Json, Lang::En)).unwrap();
    assert_eq!(json["schema"], "handshake.report/1");
}
