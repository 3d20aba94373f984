//! Every scenario of the demo store, from its data (crates/demo/scenarios/*.toml): the store
//! answers each listed request as the data says, and the diagnosis finds exactly the `error`
//! findings the data names (no false positives on `healthy`), every finding carries fixes, and no
//! probe changed store data. Then the scenarios whose diagnosis needs more than one plain run.

use std::time::Duration;

use handshake_demo::{Check, ScenarioInfo, TEST_CONSUMER_KEY, TEST_CONSUMER_SECRET};
use handshake_engine::{ProbeId, Profile, Resource, Severity};
use handshake_tests::{error_ids, start, Run, RunningStore};

/// One scenario: its listed requests, then its diagnosis.
async fn check(info: ScenarioInfo) -> Result<(), String> {
    let scenario = info.name;
    let store = start(scenario).await;
    let mut problems = Vec::new();
    for c in info.checks() {
        if let Err(e) = answer_matches(&store, c).await {
            problems.push(format!("{scenario}: {}: {e}", c.request));
        }
    }
    // The checks are the only writes so far; the diagnosis must add none.
    let writes_before = store.writes();
    let Some(expected) = info.findings() else {
        store.shutdown().await;
        return problems_or_ok(problems);
    };
    let report = Run::against(&store).report().await;
    let got = error_ids(&report);
    let mut want: Vec<String> = expected.to_vec();
    want.sort();
    let writes = store.writes() - writes_before;
    store.shutdown().await;
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
        // The owner's two sentences, as the real servers' answers filled them.
        for (field, text) in [("summary", &f.summary), ("action", &f.action)] {
            for p in handshake_engine::internals::plain_words::problems(text) {
                problems.push(format!("{scenario}: {} {field} {p}: {text:?}", f.id));
            }
        }
        if f.evidence.is_empty() {
            problems.push(format!("{scenario}: {} has no evidence", f.id));
        }
        for claim in unsupported_claims(f) {
            problems.push(format!("{scenario}: {} says {claim}", f.id));
        }
    }
    problems_or_ok(problems)
}

fn problems_or_ok(problems: Vec<String>) -> Result<(), String> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// `{port}`, `{base}` and `{https_base}` in the data, for this store.
fn fill(text: &str, store: &RunningStore) -> String {
    let base = |u: &url::Url| u.as_str().trim_end_matches('/').to_string();
    text.replace("{port}", &store.url().port().unwrap_or(0).to_string())
        .replace(
            "{https_base}",
            &store.secondary_url().map(base).unwrap_or_default(),
        )
        .replace("{base}", &base(store.url()))
}

/// Sends the check's request and compares the answer with the data.
async fn answer_matches(store: &RunningStore, c: &Check) -> Result<(), String> {
    let (method, target) = c
        .request
        .split_once(' ')
        .ok_or("request is not `METHOD /target`")?;
    let origin = match (&c.host, c.https_listener) {
        (_, true) => store.secondary_url().ok_or("no https listener")?.clone(),
        (Some(host), _) => {
            let mut u = store.url().clone();
            u.set_host(Some(host)).map_err(|e| e.to_string())?;
            u
        }
        (None, _) => store.url().clone(),
    };
    let mut builder = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10));
    if let Some(pem) = store.ca_pem() {
        builder = builder.add_root_certificate(
            reqwest::Certificate::from_pem(pem.as_bytes()).map_err(|e| e.to_string())?,
        );
    }
    if let (Some(host), Some(port)) = (&c.host, origin.port()) {
        builder = builder.resolve(host, ([127, 0, 0, 1], port).into());
    }
    let client = builder.build().map_err(|e| e.to_string())?;
    let mut url = format!("{}{}", origin.as_str().trim_end_matches('/'), target);
    let mut request_auth = None;
    match c.auth.as_deref() {
        None => {}
        Some("key") => request_auth = Some((TEST_CONSUMER_KEY, TEST_CONSUMER_SECRET)),
        Some("app-password") => {
            request_auth = Some((
                handshake_demo::TEST_WP_USER,
                handshake_demo::TEST_WP_APP_PASSWORD,
            ))
        }
        Some("key-in-query") => {
            let sep = if url.contains('?') { '&' } else { '?' };
            url = format!(
                "{url}{sep}consumer_key={TEST_CONSUMER_KEY}&consumer_secret={TEST_CONSUMER_SECRET}"
            );
        }
        Some(other) => return Err(format!("unknown auth {other:?}")),
    }
    let method = reqwest::Method::from_bytes(method.as_bytes()).map_err(|e| e.to_string())?;
    let mut rb = client.request(method, url);
    if let Some((user, password)) = request_auth {
        rb = rb.basic_auth(user, Some(password));
    }
    for (k, v) in &c.send_headers {
        rb = rb.header(k, v);
    }
    if let Some(body) = &c.send_body {
        rb = rb.body(body.clone());
    }
    let r = rb.send().await.map_err(|e| format!("{e:?}"))?;
    let mut wrong = Vec::new();
    if let Some(status) = c.status {
        if r.status().as_u16() != status {
            wrong.push(format!("status {} (want {status})", r.status()));
        }
    }
    for (name, want) in &c.headers {
        let want = fill(want, store);
        let got = r
            .headers()
            .get(name.as_str())
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .unwrap_or_default();
        if got != want {
            wrong.push(format!("header {name}: {got:?} (want {want:?})"));
        }
    }
    let body = r.bytes().await.map_err(|e| format!("{e:?}"))?;
    let body = String::from_utf8_lossy(&body);
    if let Some(want) = &c.body {
        let want = fill(want, store);
        if body != want {
            wrong.push(format!("body {body:?} (want {want:?})"));
        }
    }
    if let Some(start) = &c.body_starts {
        if !body.starts_with(&fill(start, store)) {
            wrong.push(format!("body does not start with {start:?}: {body:?}"));
        }
    }
    if let Some(end) = &c.body_ends {
        if !body.ends_with(&fill(end, store)) {
            wrong.push(format!("body does not end with {end:?}: {body:?}"));
        }
    }
    for part in &c.body_has {
        if !body.contains(&fill(part, store)) {
            wrong.push(format!("body lacks {part:?}: {body:?}"));
        }
    }
    for part in &c.body_lacks {
        if body.contains(&fill(part, store)) {
            wrong.push(format!("body has {part:?}: {body:?}"));
        }
    }
    if c.body_not_json && serde_json::from_str::<serde_json::Value>(&body).is_ok() {
        wrong.push("body is JSON".into());
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong.join("; "))
    }
}

/// Statuses a finding's words name ("HTTP 502", "HTTP 500 and 502", "403 Forbidden").
fn statuses_named(text: &str) -> Vec<u16> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '(' | ')' | ',' | ':' | ';' | '.'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut after_http = false;
    for (i, w) in words.iter().enumerate() {
        let status = w
            .parse::<u16>()
            .ok()
            .filter(|n| (100..=599).contains(n) && w.len() == 3);
        match status {
            Some(n) => {
                // "HTTP 500 and 502", or a reason phrase after the number ("403 Forbidden").
                let reason = words.get(i + 1).is_some_and(|next| {
                    [
                        "Forbidden",
                        "Unauthorized",
                        "Not",
                        "Bad",
                        "Internal",
                        "Service",
                        "Gateway",
                        "Too",
                        "Method",
                        "Moved",
                        "Found",
                    ]
                    .contains(next)
                });
                if after_http || reason {
                    out.push(n);
                }
            }
            None => after_http = *w == "HTTP" || (after_http && *w == "and"),
        }
        if *w == "HTTP" {
            after_http = true;
        }
    }
    out
}

/// What a finding's title and explanation claim that its evidence does not show: a status code no
/// evidence line has, or a firewall, CDN or server product that no evidence line names (a `waf.*`
/// finding's own vendor is what its analysis proved).
fn unsupported_claims(f: &handshake_engine::Finding) -> Vec<String> {
    let text = format!("{} {}", f.title, f.explanation);
    let evidence: String = f
        .evidence
        .iter()
        .map(|e| {
            format!(
                "{} {} {} ",
                e.request,
                e.status.map(|s| s.to_string()).unwrap_or_default(),
                e.detail
            )
        })
        .collect::<String>()
        .to_lowercase();
    let mut out = Vec::new();
    for status in statuses_named(&text) {
        if !f
            .evidence
            .iter()
            .any(|e| e.status == Some(status) || e.detail.contains(&status.to_string()))
        {
            out.push(format!("status {status}, which no evidence shows: {text}"));
        }
    }
    let own = f.id.as_str().strip_prefix("waf.").unwrap_or("");
    for (name, markers) in [
        ("Cloudflare", &["cloudflare", "cf-ray", "cf-mitigated"][..]),
        ("Sucuri", &["sucuri"][..]),
        ("Wordfence", &["wordfence"][..]),
        ("ModSecurity", &["mod_security", "modsecurity"][..]),
        ("Imunify360", &["imunify360"][..]),
        ("SiteGround", &["siteground", "sgcaptcha", "sg-captcha"][..]),
        ("Akamai", &["akamai"][..]),
        ("Incapsula", &["incapsula", "imperva"][..]),
    ] {
        if text.contains(name)
            && own != name.to_lowercase()
            && !markers.iter().any(|m| evidence.contains(m))
        {
            out.push(format!("{name}, which no evidence names: {text}"));
        }
    }
    out
}

#[test]
fn claims_in_words_are_found() {
    assert_eq!(
        statuses_named("GET /x got HTTP 500 and 502, then \"403 Forbidden\"."),
        vec![500, 502, 403]
    );
    assert_eq!(
        statuses_named("rule 911100 allows GET; port 8443; 4 MiB"),
        Vec::<u16>::new()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_scenario_answers_and_is_diagnosed_as_its_data_says() {
    let mut failures = Vec::new();
    // Scenarios run concurrently: each has its own store on its own port.
    let runs: Vec<_> = handshake_demo::scenarios()
        .iter()
        .map(|s| tokio::spawn(check(*s)))
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
    let plain_url = Run::against(&store).url;
    // No scheme typed: https is assumed, fails, and plain http answers. An address typed without
    // a scheme means https, so no credential is sent over plain http (anyone on the path could
    // have answered it).
    let mut run = Run::against(&store);
    run.url = plain_url.trim_start_matches("http://").to_string();
    let report = run.report().await;
    assert_eq!(
        error_ids(&report),
        vec!["tls.missing"],
        "{:#?}",
        report.findings
    );
    assert!(report.store_url.starts_with("http://"));
    assert_eq!(report.redirects_to, None);
    for p in [ProbeId::AuthBasic, ProbeId::AuthQuery, ProbeId::AuthOAuth] {
        let probe = report.probe(p).unwrap();
        assert_eq!(
            probe.outcome,
            handshake_engine::Outcome::Skipped,
            "{probe:?}"
        );
    }

    // Typed as http:// on purpose: WooCommerce then takes only OAuth 1.0a signatures, which do not
    // reveal the secret; the report says keys need HTTPS.
    let mut run = Run::against(&store);
    run.url = plain_url;
    let report = run.report().await;
    store.shutdown().await;
    assert!(
        report
            .finding(handshake_engine::FindingId::AuthHttpsRequired)
            .is_some(),
        "{:#?}",
        report.findings
    );
    let oauth = report
        .probes
        .iter()
        .find(|r| r.id == ProbeId::AuthOAuth)
        .unwrap();
    assert_eq!(oauth.outcome, handshake_engine::Outcome::Pass, "{oauth:?}");
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
async fn www_redirect_names_the_address_and_waits_for_the_owner() {
    let store = start("www-redirect").await;
    let mut run = Run::against(&store);
    let port = store.url().port().unwrap();
    run.url = format!("https://shop.test:{port}/");
    for h in ["shop.test", "www.shop.test"] {
        run.resolve
            .insert(h.into(), vec!["127.0.0.1".parse().unwrap()]);
    }
    let resolve = run.resolve.clone();
    let report = run.report().await;
    // Another host is not the store until the owner says so: no key went there, nothing is
    // healthy, and the report names the address to confirm.
    assert_eq!(
        error_ids(&report),
        vec!["http.redirect"],
        "{:#?}",
        report.findings
    );
    let www = format!("https://www.shop.test:{port}/");
    assert_eq!(report.redirects_to.as_deref(), Some(www.as_str()));
    assert_eq!(report.store_url, format!("https://shop.test:{port}/"));
    let f = report
        .finding(handshake_engine::FindingId::HttpRedirect)
        .unwrap();
    assert!(f.title.contains(&www), "{}", f.title);
    for p in [ProbeId::AuthBasic, ProbeId::AuthQuery, ProbeId::AuthOAuth] {
        let probe = report.probe(p).unwrap();
        assert_eq!(
            probe.outcome,
            handshake_engine::Outcome::Skipped,
            "{probe:?}"
        );
    }

    // The owner confirms: the same check with that address is healthy.
    let mut run = Run::against(&store);
    run.url = www.clone();
    run.resolve = resolve;
    let confirmed = run.report().await;
    store.shutdown().await;
    assert_eq!(
        error_ids(&confirmed),
        Vec::<String>::new(),
        "{:#?}",
        confirmed.findings
    );
    assert_eq!(confirmed.redirects_to, None);
    assert_eq!(confirmed.store_url, www);
}

#[tokio::test]
async fn another_host_name_is_named_even_when_it_does_not_answer() {
    let store = start("other-host-redirect").await;
    let port = store.url().port().unwrap();
    // localhost does not resolve here (no DNS query leaves the tests): the redirect still names it.
    let report = Run::against(&store).report().await;
    let moved = format!("https://localhost:{port}/");
    assert_eq!(
        report.redirects_to.as_deref(),
        Some(moved.as_str()),
        "{:#?}",
        report.findings
    );
    assert!(error_ids(&report).contains(&"http.redirect".to_string()));
    // Where it resolves, the owner's confirmation leads to a healthy store.
    let mut run = Run::against(&store);
    run.url = moved.clone();
    run.resolve
        .insert("localhost".into(), vec!["127.0.0.1".parse().unwrap()]);
    let confirmed = run.report().await;
    store.shutdown().await;
    assert_eq!(
        error_ids(&confirmed),
        Vec::<String>::new(),
        "{:#?}",
        confirmed.findings
    );
    assert_eq!(confirmed.store_url, moved);
}

#[tokio::test]
async fn credentials_refused_everywhere_are_never_healthy() {
    // Every sign-in form gets WooCommerce's anonymous answer and nothing known explains why: the
    // verdict is not healthy, and the finding says what each form was sent and got.
    let store = start("credentials-ignored").await;
    let report = Run::against(&store).report().await;
    store.shutdown().await;
    assert_eq!(
        error_ids(&report),
        vec!["site.unexplained"],
        "{:#?}",
        report.findings
    );
    assert_eq!(report.verdict, handshake_engine::Verdict::Problems);
    let f = report
        .finding(handshake_engine::FindingId::SiteUnexplained)
        .unwrap();
    let message = &f
        .fixes
        .iter()
        .find(|x| x.kind == handshake_engine::FixKind::HostingSupport)
        .unwrap()
        .text;
    for form in ["Authorization header", "query string", "OAuth"] {
        assert!(
            message.contains(form),
            "names the {form} attempt: {message}"
        );
    }
    assert!(message.contains("401"), "{message}");
    assert!(
        f.explanation.contains("query string was refused too"),
        "rules out header stripping alone: {}",
        f.explanation
    );
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
