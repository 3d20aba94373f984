use super::*;
use crate::credentials::{AppPassword, Credentials, WooKeys};
use crate::finding_id::FindingId;
use crate::report::{Evidence, Fix};

const CK: &str = "ck_0123456789abcdef0123456789abcdef01234567";
const CS: &str = "cs_76543210fedcba9876543210fedcba9876543210";
const APP_PW: &str = "abcd EFGH ij12 MNOP qrst UV34";

/// Built from JSON, as a report file is read: fields added to the report later keep their defaults.
fn finding(id: FindingId, severity: Severity, evidence: Vec<Evidence>, fixes: Vec<Fix>) -> Finding {
    serde_json::from_value(serde_json::json!({
        "id": id,
        "severity": severity,
        "title": format!("Title of {}", id.as_str()),
        "explanation": format!("Explanation of {}.", id.as_str()),
        "evidence": evidence,
        "fixes": fixes,
    }))
    .expect("a finding")
}

fn ev(request: &str, status: u16, detail: &str) -> Evidence {
    Evidence {
        probe: "rest.index".into(),
        request: request.into(),
        status: Some(status),
        detail: detail.into(),
    }
}

fn report(findings: Vec<Finding>) -> Report {
    let verdict = if findings.is_empty() {
        Verdict::Healthy
    } else {
        Verdict::Problems
    };
    serde_json::from_value(serde_json::json!({
        "schema": "handshake.report/1",
        "tool_version": "1.2.3",
        "store_url": "https://shop.example:8443/",
        "started_at": "2026-11-30T12:00:00Z",
        "duration_ms": 10,
        "verdict": verdict,
        "findings": findings,
        "probes": [],
    }))
    .expect("a report")
}

/// A report that someone else produced carelessly: every secret form in evidence, explanation,
/// fix text and even the title.
fn leaky() -> Report {
    use base64::Engine as _;
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{CK}:{CS}"));
    let app_basic = base64::engine::general_purpose::STANDARD.encode(format!("admin:{APP_PW}"));
    let mut f = finding(
        FindingId::WafCloudflare,
        Severity::Error,
        vec![
            ev(
                &format!("GET /wp-json/wc/v3/orders?consumer_key={CK}&consumer_secret={CS}"),
                403,
                &format!("sent Authorization: Basic {basic}"),
            ),
            ev(
                "GET /wp-json/wp/v2/users/me",
                401,
                &format!(
                    "app password {APP_PW} / {} / Basic {app_basic}",
                    APP_PW.replace(' ', "")
                ),
            ),
        ],
        vec![Fix {
            kind: FixKind::CloudflareRule,
            title: "Skip rule".into(),
            text: format!("(http.request.uri.path contains \"/wp-json/\") # key {CK}"),
        }],
    );
    f.title = format!("Blocked while using {CK}");
    f.explanation = format!("The secret {CS} was refused.");
    report(vec![f])
}

fn assert_no_secret(text: &str) {
    use base64::Engine as _;
    for s in [
        CK,
        CS,
        &CK[3..],
        &CS[3..],
        APP_PW,
        &APP_PW.replace(' ', ""),
        "EFGH",
        &base64::engine::general_purpose::STANDARD.encode(format!("{CK}:{CS}")),
    ] {
        assert!(!text.contains(s), "{s} leaked into:\n{text}");
    }
}

#[test]
fn secrets_never_reach_subject_body_or_link() {
    // Without knowing the credentials: the shapes alone are removed.
    let email = compose(
        &leaky(),
        Language::English,
        Some("r.html"),
        &Redactor::default(),
    );
    assert_no_secret(&email.subject);
    assert_no_secret(&email.body);
    let (link, _) = mailto_within_limit(&email, Language::English, Some("r.html"));
    assert_no_secret(&link);
    assert_no_secret(&mailto(&email));
    assert!(email.body.contains(REDACTED), "{}", email.body);
    // The report saved beside it, as JSON (every field the files render from).
    let saved = serde_json::to_string(&scrub_report(&leaky(), &Redactor::default())).unwrap();
    assert_no_secret(&saved);
    // With the run's credentials too.
    let creds = Credentials {
        woo: Some(WooKeys::new(CK, CS).unwrap()),
        app_password: Some(AppPassword::new("admin", APP_PW).unwrap()),
    };
    let email = compose(&leaky(), Language::English, None, &creds.redactor());
    assert_no_secret(&email.subject);
    assert_no_secret(&email.body);
    assert_no_secret(&mailto(&email));
}

#[test]
fn prose_is_not_mistaken_for_a_secret() {
    let text = "HTTP Basic authentication is on. Ray ID a16b2afa3f11893d-FRA. \
                Path /wp-json/wc/v3/orders/2147483647 and the word Authorization.";
    assert_eq!(scrub_secret_shapes(text), text);
}

#[test]
fn a_host_can_act_on_it() {
    let cf = finding(
        FindingId::WafCloudflare,
        Severity::Error,
        (0..8)
            .map(|i| ev(&format!("GET /wp-json/{i}"), 403, "Cloudflare block page"))
            .collect(),
        vec![
            Fix {
                kind: FixKind::CloudflareRule,
                title: "Skip rule".into(),
                text: "(starts_with(http.request.uri.path, \"/wp-json/\"))".into(),
            },
            Fix {
                kind: FixKind::HostingSupport,
                title: "Message".into(),
                text: "Subject: x\n\nHello,\n\nLong message.\n\nThank you!\n".into(),
            },
        ],
    );
    let only_message = finding(
        FindingId::WafModsecurity,
        Severity::Warning,
        vec![],
        vec![Fix {
            kind: FixKind::HostingSupport,
            title: "Message".into(),
            text: "Subject: ModSecurity\n\nHello,\n\nCould you please exempt /wp-json/?\n\nThank you!\n"
                .into(),
        }],
    );
    let info = finding(FindingId::AuthReadOnly, Severity::Info, vec![], vec![]);
    let r = report(vec![info, only_message, cf]);
    let email = compose(
        &r,
        Language::English,
        Some("handshake-report.html"),
        &Redactor::default(),
    );
    assert_eq!(
        email.subject,
        "WooCommerce store shop.example:8443: Title of waf.cloudflare (and 1 more problem)"
    );
    let b = &email.body;
    // Errors first, with the evidence (capped), the exact fix text, the attachment and the store.
    let cf_at = b
        .find("1. Title of waf.cloudflare [waf.cloudflare")
        .expect(b);
    let ms_at = b.find("2. Title of waf.modsecurity").expect(b);
    assert!(cf_at < ms_at);
    assert!(
        b.contains("- GET /wp-json/0 → HTTP 403: Cloudflare block page"),
        "{b}"
    );
    assert!(!b.contains("/wp-json/7"), "evidence is capped: {b}");
    assert!(b.contains("…and 2 more in the attached report"), "{b}");
    assert!(
        b.contains("    (starts_with(http.request.uri.path, \"/wp-json/\"))"),
        "{b}"
    );
    assert!(
        !b.contains("Long message"),
        "the support message is left out when a fix exists"
    );
    assert!(b.contains("Could you please exempt /wp-json/?"), "{b}");
    assert_eq!(b.matches("Hello,").count(), 1, "{b}");
    assert!(
        !b.contains("Title of auth.read_only"),
        "information is not sent to the host"
    );
    assert!(b.contains("https://shop.example:8443/") && b.contains("2026-11-30T12:00:00Z"));
    assert!(b.contains("(handshake-report.html)"));
    assert!(b.trim_end().ends_with("Thank you!"));
}

#[test]
fn a_healthy_report_says_so() {
    let email = compose(
        &report(vec![]),
        Language::English,
        None,
        &Redactor::default(),
    );
    assert_eq!(
        email.subject,
        "WooCommerce store shop.example:8443: connection check"
    );
    assert!(email.body.contains("found nothing that blocks"));
}

#[test]
fn mailto_is_encoded_and_bounded() {
    let email = HostEmail {
        subject: "A & B?".into(),
        body: "line 1\nline 2 = ü".into(),
    };
    assert_eq!(
        mailto(&email),
        "mailto:?subject=A%20%26%20B%3F&body=line%201%0D%0Aline%202%20%3D%20%C3%BC"
    );
    let (link, whole) = mailto_within_limit(&email, Language::English, None);
    assert!(whole);
    assert_eq!(link, mailto(&email));

    let long = HostEmail {
        subject: "Subject".into(),
        body: "x".repeat(MAILTO_LIMIT),
    };
    let (link, whole) = mailto_within_limit(&long, Language::English, Some("r.html"));
    assert!(!whole);
    assert!(link.len() <= MAILTO_LIMIT);
    assert!(link.starts_with("mailto:?subject=Subject&body="));
    assert!(
        link.contains("clipboard") && link.contains("r.html"),
        "{link}"
    );

    let huge_subject = HostEmail {
        subject: "s".repeat(MAILTO_LIMIT),
        body: String::new(),
    };
    let (link, whole) = mailto_within_limit(&huge_subject, Language::English, None);
    assert!(!whole && link.len() <= MAILTO_LIMIT);
}

#[test]
fn store_text_cannot_inject_headers_or_controls() {
    let mut f = finding(FindingId::WafCloudflare, Severity::Error, vec![], vec![]);
    f.title = "Blocked\r\nBcc: everyone@example.com\u{1b}[2J".into();
    let email = compose(
        &report(vec![f]),
        Language::English,
        None,
        &Redactor::default(),
    );
    assert!(!email.subject.contains('\n') && !email.subject.contains('\r'));
    assert!(!email.subject.contains('\u{1b}'));
    let link = mailto(&email);
    assert!(!link.contains('\n') && !link.contains('\r'));
    assert_eq!(
        link.matches('&').count(),
        1,
        "only the body parameter: {link}"
    );
}

/// In German or Spanish the message comes first in that language, with the English copy below:
/// the host's own words from the English report of the same run, the code to paste unchanged.
#[test]
fn another_language_carries_the_english_copy_below() {
    let fix = Fix {
        kind: FixKind::CloudflareRule,
        title: "Regel".into(),
        text: "http.request.uri.path eq \"/wp-json/\"\n".into(),
    };
    let mut german = report(vec![finding(
        FindingId::WafCloudflare,
        Severity::Error,
        vec![ev("POST /wp-json/wc/v3/orders", 403, "cf-mitigated")],
        vec![fix.clone()],
    )]);
    german.lang = Lang::De;
    german.findings[0].title = "Die Firewall von Cloudflare blockiert die API".into();
    let english = report(vec![finding(
        FindingId::WafCloudflare,
        Severity::Error,
        vec![ev("POST /wp-json/wc/v3/orders", 403, "cf-mitigated")],
        vec![fix],
    )]);
    for (lang, hello) in [(Lang::De, "Guten Tag,"), (Lang::Es, "Hola:")] {
        let email = compose_with_copy(&german, Some(&english), lang, None, &Redactor::default());
        let b = &email.body;
        let copy_at = b.find("\n----- ").expect(b);
        let (own, copy) = b.split_at(copy_at);
        assert!(own.starts_with(hello), "{b}");
        assert!(
            own.contains("1. Die Firewall von Cloudflare blockiert die API"),
            "{b}"
        );
        assert!(
            copy.contains("Hello,") && copy.contains("1. Title of waf.cloudflare"),
            "{b}"
        );
        assert!(
            copy.contains("[waf.cloudflare, blocks the connection]"),
            "{b}"
        );
        assert_eq!(
            b.matches("    http.request.uri.path eq \"/wp-json/\"")
                .count(),
            2,
            "{b}"
        );
        assert!(
            email
                .subject
                .ends_with(" / WooCommerce store shop.example:8443: Title of waf.cloudflare"),
            "{}",
            email.subject
        );
    }
    // English (and the pseudo-locale, which is English for tests) has no copy.
    for lang in [Lang::En, Lang::Pseudo] {
        let email = compose_with_copy(&english, None, lang, None, &Redactor::default());
        assert!(!email.body.contains("\n----- "), "{}", email.body);
    }
    assert!(
        handshake_l10n::misses().is_empty(),
        "{:?}",
        handshake_l10n::misses()
    );
}
