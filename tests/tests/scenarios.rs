//! Every scenario of the scenario store, diagnosed: the exact set of `error` findings (no false
//! positives on `healthy`), every finding carries fixes, and no probe changed store data.

use handshake_engine::{Profile, Resource, Severity};
use handshake_tests::{error_ids, start, Run};

/// scenario → the error findings a correct diagnosis proves (with the test key and app password).
const EXPECTED: &[(&str, &[&str])] = &[
    ("healthy", &[]),
    ("plain-permalinks", &["rest.plain_permalinks"]),
    ("rewrite-missing", &["rest.plain_permalinks"]),
    ("rest-blocked-htaccess", &["rest.blocked"]),
    ("ip-blocked", &["rest.blocked"]),
    ("ip-blocked-nginx", &["rest.blocked"]),
    ("modsecurity", &["waf.modsecurity"]),
    ("modsecurity-406", &["waf.modsecurity"]),
    ("auth-header-stripped", &["auth.header_stripped"]),
    ("auth-header-stripped-nginx", &["auth.header_stripped"]),
    ("maintenance", &["http.maintenance"]),
    ("rest-disabled", &["rest.disabled"]),
    ("rest-disabled-anon", &[]),
    ("invalid-json", &["rest.invalid_json"]),
    ("page-cache", &["rest.cached"]),
    ("not-wordpress", &["site.not_wordpress"]),
    ("woocommerce-inactive", &["wc.inactive"]),
    ("auth-endpoint-stale", &["wc.auth_endpoint"]),
    ("cloudflare-block", &["waf.cloudflare"]),
    ("cloudflare-challenge", &["waf.cloudflare"]),
    (
        "cloudflare-post-authstrip",
        &["auth.header_stripped", "waf.cloudflare"],
    ),
    ("sucuri", &["waf.sucuri"]),
    ("wordfence", &["waf.wordfence"]),
    ("imunify360", &["waf.imunify360"]),
    ("siteground", &["waf.siteground"]),
    ("akamai", &["waf.akamai"]),
    ("waf-unknown", &["waf.unknown"]),
    ("rate-limited", &["http.rate_limited"]),
    ("https-not-detected", &["auth.https_not_detected"]),
    ("key-revoked", &["auth.key_invalid"]),
    ("secret-mismatch", &["auth.secret_invalid"]),
    ("read-only-key", &["auth.read_only"]),
    ("tls-expired", &["tls.certificate"]),
    ("tls-wrong-name", &["tls.certificate"]),
    ("tls-self-signed", &["tls.certificate"]),
    // What WooCommerce reports about itself, the clocks, the site address, caches without headers.
    ("clock-skew", &["auth.clock_skew"]),
    ("site-url-mismatch", &["site.url_mismatch"]),
    ("remote-post-blocked", &["wc.remote_post_failed"]),
    ("webhooks-disabled", &[]), // a warning: wc.webhooks_disabled
    ("silent-cache", &["rest.cached"]),
    // The default profile does not use the Legacy REST API, so it is never reported.
    ("legacy-api-removed", &[]),
];

async fn check(scenario: &str, expected: &[&str]) -> Result<(), String> {
    let store = start(scenario).await;
    let report = Run::against(&store).report().await;
    let got = error_ids(&report);
    let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    want.sort();
    let writes = store.writes();
    store.shutdown().await;
    let mut problems = Vec::new();
    if got != want {
        problems.push(format!("{scenario}: expected errors {want:?}, got {got:?}\n  all findings: {:?}\n  probes: {:?}", handshake_tests::all_ids(&report), report.probes.iter().map(|p| format!("{} {:?} {}", p.id, p.outcome, p.summary)).collect::<Vec<_>>()));
    }
    if writes != 0 {
        problems.push(format!(
            "{scenario}: probes changed store data ({writes} writes)"
        ));
    }
    for f in &report.findings {
        if f.severity == Severity::Error && f.fixes.is_empty() {
            problems.push(format!("{scenario}: {} has no fix", f.id));
        }
        if f.title.is_empty() || f.explanation.is_empty() {
            problems.push(format!("{scenario}: {} has no title or explanation", f.id));
        }
        if f.evidence.is_empty() {
            problems.push(format!("{scenario}: {} has no evidence", f.id));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_scenario_has_exactly_its_findings() {
    let mut failures = Vec::new();
    // Scenarios run concurrently: each has its own store on its own port.
    let runs: Vec<_> = EXPECTED
        .iter()
        .map(|(s, e)| tokio::spawn(check(s, e)))
        .collect();
    for r in runs {
        if let Err(e) = r.await.expect("scenario task") {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} scenario(s) wrong:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[tokio::test]
async fn missing_capability_is_proven_per_resource() {
    let store = start("missing-capability").await;
    let mut run = Run::against(&store);
    run.profile = Profile {
        resources: vec![
            Resource::Orders,
            Resource::Customers,
            Resource::Coupons,
            Resource::Reports,
        ],
        ..Profile::default()
    };
    let report = run.report().await;
    assert_eq!(
        error_ids(&report),
        vec!["auth.capability"],
        "{:#?}",
        report.findings
    );
    let f = report
        .findings
        .iter()
        .find(|f| f.id.as_str() == "auth.capability")
        .unwrap();
    let text = format!("{} {:?}", f.explanation, f.fixes);
    assert!(
        text.contains("list_users"),
        "names the missing capability: {text}"
    );
    assert_eq!(store.writes(), 0);
}

#[tokio::test]
async fn http_only_store_reports_missing_https_and_oauth_only_keys() {
    let store = start("http-only").await;
    let mut run = Run::against(&store);
    // No scheme typed: https is assumed, fails, and plain http answers.
    run.url = run.url.trim_start_matches("http://").to_string();
    let report = run.report().await;
    assert_eq!(
        error_ids(&report),
        vec!["tls.missing"],
        "{:#?}",
        report.findings
    );
    assert!(
        report
            .finding(handshake_engine::FindingId::AuthHttpsRequired)
            .is_some(),
        "{:#?}",
        report.findings
    );
    assert!(report.store_url.starts_with("http://"));
}

#[tokio::test]
async fn http_to_https_redirect_is_explained_and_followed() {
    let store = start("http-redirect-https").await;
    let report = Run::against(&store).report().await;
    assert_eq!(
        error_ids(&report),
        Vec::<String>::new(),
        "{:#?}",
        report.findings
    );
    let f = report
        .finding(handshake_engine::FindingId::HttpRedirect)
        .expect("redirect finding");
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        report.store_url.starts_with("https://"),
        "continues with the https URL: {}",
        report.store_url
    );
    assert!(
        f.explanation.contains("GET") || f.explanation.to_lowercase().contains("post"),
        "explains POST→GET: {}",
        f.explanation
    );
}

#[tokio::test]
async fn www_redirect_found_through_host_names() {
    let store = start("www-redirect").await;
    let mut run = Run::against(&store);
    let port = store.url().port().unwrap();
    run.url = format!("https://shop.test:{port}/");
    for h in ["shop.test", "www.shop.test"] {
        run.resolve
            .insert(h.into(), vec!["127.0.0.1".parse().unwrap()]);
    }
    let report = run.report().await;
    assert_eq!(
        error_ids(&report),
        Vec::<String>::new(),
        "{:#?}",
        report.findings
    );
    assert!(
        report
            .store_url
            .starts_with(&format!("https://www.shop.test:{port}/")),
        "{}",
        report.store_url
    );
    assert!(report
        .finding(handshake_engine::FindingId::HttpRedirect)
        .is_some());
}

#[tokio::test]
async fn unknown_host_is_a_dns_finding() {
    let report = Run {
        url: "https://no-such-store.test/".into(),
        credentials: None,
        profile: Profile::default(),
        timeout: std::time::Duration::from_secs(5),
        resolve: Default::default(),
        ca_pem: None,
    }
    .report()
    .await;
    assert_eq!(error_ids(&report), vec!["net.dns"]);
    assert_eq!(report.verdict, handshake_engine::Verdict::Unreachable);
}

#[tokio::test]
async fn closed_port_is_a_connect_finding() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let report = Run {
        url: format!("https://127.0.0.1:{port}/"),
        credentials: None,
        profile: Profile::default(),
        timeout: std::time::Duration::from_secs(5),
        resolve: Default::default(),
        ca_pem: None,
    }
    .report()
    .await;
    assert_eq!(
        error_ids(&report),
        vec!["net.connect"],
        "{:#?}",
        report.findings
    );
    assert_eq!(report.verdict, handshake_engine::Verdict::Unreachable);
}

#[tokio::test]
async fn without_credentials_header_stripping_is_still_proven() {
    let store = start("auth-header-stripped").await;
    let mut run = Run::against(&store);
    run.credentials = None;
    let report = run.report().await;
    assert_eq!(
        error_ids(&report),
        vec!["auth.header_stripped"],
        "{:#?}",
        report.findings
    );
}

#[tokio::test]
async fn healthy_without_credentials_is_healthy() {
    let store = start("healthy").await;
    let mut run = Run::against(&store);
    run.credentials = None;
    let report = run.report().await;
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    assert_eq!(report.verdict, handshake_engine::Verdict::Healthy);
}
