//! Causes read from the store's own reports and behaviour: its clock, its Site Address, WooCommerce's
//! status report and webhooks, the Legacy REST API (only for apps that use it), and page caches that
//! send no header. Each against a real scenario store on loopback.

use std::time::Duration;

use handshake_engine::{Finding, ProbeId, Profile, Report, Severity};
use handshake_tests::{all_ids, error_ids, start, Run};

fn finding<'a>(report: &'a Report, id: &str) -> &'a Finding {
    report
        .findings
        .iter()
        .find(|f| f.id.as_str() == id)
        .unwrap_or_else(|| panic!("no {id} in {:?}", all_ids(report)))
}

fn text(f: &Finding) -> String {
    let mut t = format!("{}\n{}\n", f.title, f.explanation);
    for e in &f.evidence {
        t.push_str(&format!("{} {}\n", e.request, e.detail));
    }
    for x in &f.fixes {
        t.push_str(&format!("{}\n{}\n", x.title, x.text));
    }
    t
}

#[tokio::test]
async fn clock_skew_is_measured_and_proven_by_woocommerce() {
    let store = start("clock-skew").await;
    let report = Run::against(&store).report().await;
    store.shutdown().await;
    assert_eq!(
        error_ids(&report),
        vec!["auth.clock_skew"],
        "{:#?}",
        report.findings
    );
    let f = finding(&report, "auth.clock_skew");
    let t = text(f);
    // The scenario's clock is 2 h behind; the Date header has one-second resolution.
    assert!(t.contains("2 h 0 min behind this computer's"), "{t}");
    assert!(t.contains("Invalid timestamp."), "{t}");
    assert!(
        f.evidence.iter().any(|e| e.detail.contains("Date: ")),
        "{t}"
    );
    // Which clock is wrong is said only as far as this computer knows its own.
    assert!(t.contains("this computer's clock"), "{t}");
}

#[tokio::test]
async fn healthy_store_has_none_of_these_findings() {
    let store = start("healthy").await;
    let mut run = Run::against(&store);
    run.profile = Profile {
        legacy_api: false,
        ..Profile::default()
    };
    let report = run.report().await;
    store.shutdown().await;
    let ids = all_ids(&report);
    for id in [
        "auth.clock_skew",
        "site.url_mismatch",
        "wc.remote_post_failed",
        "wc.webhooks_disabled",
        "wc.legacy_api",
        "rest.cached",
    ] {
        assert!(!ids.iter().any(|i| i.starts_with(id)), "{id} in {ids:?}");
    }
    // WooCommerce's status report was read and summarized for the report.
    let status = report
        .probes
        .iter()
        .find(|p| p.id == ProbeId::WcSystemStatus)
        .expect("status probe ran");
    assert!(
        status.summary.contains("its outgoing test POST works"),
        "{}",
        status.summary
    );
}

#[tokio::test]
async fn site_address_elsewhere_is_named_with_both_fixes() {
    let store = start("site-url-mismatch").await;
    let report = Run::against(&store).report().await;
    store.shutdown().await;
    assert_eq!(
        error_ids(&report),
        vec!["site.url_mismatch"],
        "{:#?}",
        report.findings
    );
    let f = finding(&report, "site.url_mismatch");
    let t = text(f);
    let port = store_port(&report);
    assert!(t.contains(&format!("https://localhost:{port}")), "{t}");
    assert!(
        t.contains("the domain: WordPress uses localhost, the app uses 127.0.0.1"),
        "{t}"
    );
    assert!(t.contains("provided signature does not match"), "{t}");
    assert!(t.contains("Settings → General"), "{t}");
    assert!(t.contains("define( 'WP_HOME'"), "{t}");
}

fn store_port(report: &Report) -> u16 {
    url::Url::parse(&report.store_url)
        .ok()
        .and_then(|u| u.port())
        .expect("store URL has a port")
}

#[tokio::test]
async fn blocked_outgoing_requests_are_read_from_woocommerce() {
    let store = start("remote-post-blocked").await;
    let report = Run::against(&store).report().await;
    store.shutdown().await;
    // A warning: the test proves only that WooCommerce's own test address is out of reach.
    assert!(error_ids(&report).is_empty(), "{:?}", error_ids(&report));
    let f = finding(&report, "wc.remote_post_failed");
    assert_eq!(f.severity, handshake_engine::Severity::Warning);
    let t = text(f);
    assert!(t.contains("remote_post_successful: false"), "{t}");
    assert!(
        t.contains("its test GET to woocommerce.com failed too"),
        "{t}"
    );
}

#[tokio::test]
async fn webhooks_woocommerce_disabled_are_a_warning_with_the_fix() {
    let store = start("webhooks-disabled").await;
    let report = Run::against(&store).report().await;
    store.shutdown().await;
    let f = finding(&report, "wc.webhooks_disabled");
    assert_eq!(f.severity, Severity::Warning);
    let t = text(f);
    // Only the disabled one, with its delivery URL; the active one is not listed.
    assert!(t.contains("Acme Sync: order created"), "{t}");
    assert!(!t.contains("product updated"), "{t}");
    assert!(
        t.contains("https://hooks.acme.example/woocommerce/orders"),
        "{t}"
    );
    assert!(t.contains("set Status to Active"), "{t}");
}

#[tokio::test]
async fn webhooks_and_status_need_a_key_that_may_manage_woocommerce() {
    // A shop clerk's key may not read the status report or webhooks: the probes skip, no finding.
    let store = start("missing-capability").await;
    let report = Run::against(&store).report().await;
    store.shutdown().await;
    for id in [ProbeId::WcSystemStatus, ProbeId::WcWebhooks] {
        let p = report.probe(id).expect("probe ran");
        assert_eq!(
            p.outcome,
            handshake_engine::Outcome::Skipped,
            "{id}: {}",
            p.summary
        );
    }
    assert!(!all_ids(&report)
        .iter()
        .any(|i| i.starts_with("wc.remote_post_failed") || i.starts_with("wc.webhooks")));
}

fn legacy_profile() -> Profile {
    Profile {
        legacy_api: true,
        ..Profile::default()
    }
}

#[tokio::test]
async fn legacy_api_is_checked_only_for_apps_that_use_it() {
    let store = start("legacy-api-removed").await;
    let mut run = Run::against(&store);
    run.profile = legacy_profile();
    let report = run.report().await;
    assert_eq!(error_ids(&report), vec!["wc.legacy_api"]);
    let f = finding(&report, "wc.legacy_api");
    let t = text(f);
    assert!(
        t.contains("The WooCommerce API is disabled on this site"),
        "{t}"
    );
    assert!(t.contains("WooCommerce Legacy REST API"), "{t}");
    assert!(t.contains("/wp-json/wc/v3/"), "{t}");
    assert!(f.evidence.iter().any(|e| e.status == Some(404)), "{t}");

    // The same store, an app that does not use it: not even asked.
    let report = Run::against(&store).report().await;
    store.shutdown().await;
    assert!(!report.probes.iter().any(|p| p.id == ProbeId::LegacyApi));
    assert!(!all_ids(&report)
        .iter()
        .any(|i| i.starts_with("wc.legacy_api")));
}

#[tokio::test]
async fn legacy_api_plugin_installed_is_the_fix() {
    let store = start("legacy-api-plugin").await;
    let mut run = Run::against(&store);
    run.profile = legacy_profile();
    let report = run.report().await;
    store.shutdown().await;
    assert_eq!(
        error_ids(&report),
        Vec::<String>::new(),
        "{:#?}",
        report.findings
    );
    let p = report
        .probes
        .iter()
        .find(|p| p.id == ProbeId::LegacyApi)
        .unwrap();
    assert_eq!(p.outcome, handshake_engine::Outcome::Pass, "{}", p.summary);
}

#[tokio::test]
async fn headerless_cache_is_proven_by_contrast() {
    let store = start("silent-cache").await;
    let report = Run::against(&store).report().await;
    store.shutdown().await;
    assert_eq!(
        error_ids(&report),
        vec!["rest.cached"],
        "{:#?}",
        report.findings
    );
    let t = text(finding(&report, "rest.cached"));
    assert!(
        t.contains("a visitor who is not signed in got the signed-in answer"),
        "{t}"
    );
}

/// A visitor asked first, so the cache replays WooCommerce's refusal to the signed-in request:
/// that looks like a stripped Authorization header (query keys, another address, still work), but
/// the cache-busting contrast shows the key works, and the cause is the cache.
#[tokio::test]
async fn a_cached_refusal_is_not_mistaken_for_header_stripping() {
    let store = start("silent-cache").await;
    let visitor = reqwest::Client::builder()
        .add_root_certificate(
            reqwest::Certificate::from_pem(store.ca_pem().unwrap().as_bytes()).unwrap(),
        )
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let url = store.url().join("wp-json/wc/v3/orders?per_page=1").unwrap();
    let first = visitor.get(url).send().await.unwrap();
    assert_eq!(first.status().as_u16(), 401);
    let report = Run::against(&store).report().await;
    store.shutdown().await;
    assert_eq!(
        error_ids(&report),
        vec!["rest.cached"],
        "{:#?}",
        report.findings
    );
    let t = text(finding(&report, "rest.cached"));
    assert!(
        t.contains("the signed-in request got the anonymous visitor's refusal"),
        "{t}"
    );
}

/// On a plain-HTTP store keys work only as OAuth signatures. A signature for the address used is
/// refused; the same key and secret signed for the Site Address are accepted: the address is the
/// cause, not the secret.
#[tokio::test]
async fn over_http_the_site_address_not_the_secret_is_named() {
    let store = start("site-url-mismatch-http").await;
    let report = Run::against(&store).report().await;
    store.shutdown().await;
    let errors = error_ids(&report);
    assert!(
        errors.contains(&"site.url_mismatch".to_string()),
        "{errors:?}\n{:#?}",
        report.findings
    );
    assert!(
        !all_ids(&report)
            .iter()
            .any(|i| i.starts_with("auth.secret_invalid")),
        "{:#?}",
        report.findings
    );
    let p = report
        .probes
        .iter()
        .find(|p| p.id == ProbeId::AuthOAuthSite)
        .expect("probe ran");
    assert_eq!(p.outcome, handshake_engine::Outcome::Pass, "{}", p.summary);
}
