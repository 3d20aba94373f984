//! Running the doctor in-process (what `handshake doctor --ca-cert … ` does with
//! `HANDSHAKE_WP_USER` / `HANDSHAKE_WP_APP_PASSWORD`), reading its report, and sending single
//! requests with the engine's own HTTP client.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use handshake_engine::internals::http::{Auth, Exchange, HttpClient, ProbeRequest};
use handshake_engine::net::resolve::Resolver;
use handshake_engine::{
    diagnose, no_progress, AppPassword, Credentials, DiagnoseOptions, Finding, FixKind, Outcome,
    ProbeId, Profile, Report, Severity, StoreUrl, Trust,
};

/// Runs the doctor against `url`, trusting the testbed CA, with the given credentials and profile.
pub async fn run(url: &str, ca_pem: &str, credentials: Credentials, profile: Profile) -> Report {
    let store = StoreUrl::parse(url).unwrap_or_else(|e| panic!("{url}: {e}"));
    let mut opts = DiagnoseOptions::new(store);
    opts.trust = Trust::from_pem(ca_pem, "testbed CA").expect("the testbed CA parses");
    opts.credentials = credentials;
    opts.profile = profile;
    opts.timeout = Duration::from_secs(60);
    opts.resolve = HashMap::new();
    opts.offline_dns = true;
    diagnose(opts, no_progress())
        .await
        .expect("the diagnosis runs")
}

pub fn app_password_credentials(user: &str, password: &str) -> Credentials {
    Credentials {
        woo: None,
        app_password: Some(AppPassword::new(user, password).expect("a valid application password")),
    }
}

/// The ids of the `error` findings, sorted.
pub use handshake_tests::error_ids as errors;

/// Everything a failed assertion should show: findings with evidence, and every probe.
pub fn dump(report: &Report) -> String {
    let mut s = format!(
        "store {} verdict {:?}\nfindings:\n",
        report.store_url, report.verdict
    );
    for f in &report.findings {
        s.push_str(&format!("  {} ({:?}): {}\n", f.id, f.severity, f.title));
        for e in &f.evidence {
            s.push_str(&format!(
                "      {} {} → {:?} {}\n",
                e.probe, e.request, e.status, e.detail
            ));
        }
    }
    s.push_str("probes:\n");
    for p in &report.probes {
        s.push_str(&format!(
            "  {} {:?} {:?} {}\n",
            p.id, p.outcome, p.http_status, p.summary
        ));
    }
    s
}

/// The finding `id`, or a failed test showing the whole report.
pub fn expect_finding<'a>(report: &'a Report, id: &str) -> &'a Finding {
    show(
        report
            .findings
            .iter()
            .find(|f| f.id.to_string() == id)
            .unwrap_or_else(|| panic!("the doctor did not report {id}\n{}", dump(report))),
    )
}

/// The finding `id`, which must be reported as an error (it stops apps from connecting).
pub fn expect_error<'a>(report: &'a Report, id: &str) -> &'a Finding {
    let finding = expect_finding(report, id);
    assert!(
        finding.severity == Severity::Error,
        "{id} is not an error\n{}",
        dump(report)
    );
    finding
}

/// Prints what the doctor said about a finding (for the test log).
pub fn show(finding: &Finding) -> &Finding {
    eprintln!(
        "    {} ({:?}): {}\n      {}",
        finding.id, finding.severity, finding.title, finding.explanation
    );
    for e in &finding.evidence {
        eprintln!(
            "      evidence: {} {} → {:?} {}",
            e.probe, e.request, e.status, e.detail
        );
    }
    for f in &finding.fixes {
        eprintln!("      fix [{:?}] {}", f.kind, f.title);
    }
    finding
}

pub fn has_finding(report: &Report, id: &str) -> bool {
    report.findings.iter().any(|f| f.id.to_string() == id)
}

/// "Healthy" for this WordPress-only site: the only error is that WooCommerce is missing.
pub fn assert_healthy(report: &Report, what: &str) {
    assert_eq!(
        errors(report),
        vec!["wc.inactive".to_string()],
        "{what}: not healthy\n{}",
        dump(report)
    );
}

pub fn probe_outcome(report: &Report, probe: ProbeId) -> Option<Outcome> {
    report.probe(probe).map(|p| p.outcome)
}

/// The fixes of `kind` in `finding`, in the report's order (failing the test if there are none).
pub fn fix_texts(finding: &Finding, kind: FixKind) -> Vec<String> {
    let texts: Vec<String> = finding
        .fixes
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.text.clone())
        .collect();
    assert!(
        !texts.is_empty(),
        "{} has no {kind:?} fix: {:#?}",
        finding.id,
        finding.fixes
    );
    texts
}

/// Single requests with the engine's client (the same TLS, redirect and body handling as the probes).
pub struct Client {
    client: HttpClient,
}

impl Client {
    pub fn new(ca_pem: &str) -> Client {
        let trust = Trust::from_pem(ca_pem, "testbed CA").expect("the testbed CA parses");
        let client = HttpClient::new(
            &trust,
            Resolver::offline(HashMap::new()),
            Instant::now() + Duration::from_secs(3600),
            Duration::from_secs(30),
        )
        .expect("an HTTP client");
        Client { client }
    }

    /// One request (no redirects followed); `basic` logs in with Basic auth.
    pub async fn send(
        &self,
        method: &str,
        url: &str,
        basic: Option<(&str, &str)>,
        json_body: Option<&str>,
        headers: &[(&'static str, &str)],
    ) -> Exchange {
        let url = url::Url::parse(url).unwrap_or_else(|e| panic!("{url}: {e}"));
        let mut req = ProbeRequest::get(url.clone())
            .with_method(http::Method::from_bytes(method.as_bytes()).expect("a method"));
        if let Some(body) = json_body {
            req = req.with_json(body);
        }
        if let Some((user, password)) = basic {
            req = req.with_auth(Auth::Basic {
                user: user.to_string(),
                password: secrecy::SecretString::from(password.to_string()),
            });
        }
        for (name, value) in headers {
            req = req.with_header(name, value);
        }
        let fetched = self.client.fetch(&req, false).await;
        match fetched.hops.into_iter().next() {
            Some(e) => e,
            None => panic!("{method} {url}: no answer ({:?})", fetched.error),
        }
    }
}

/// `403 text/html: <title>403 Forbidden</title>…` for assertion messages.
pub fn describe(e: &Exchange) -> String {
    format!("{} {} {}", e.status, e.content_type(), e.body_snippet(300))
}
