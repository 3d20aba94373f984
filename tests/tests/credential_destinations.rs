//! Credentials go only where the owner pointed: the address entered, or its https upgrade on the same
//! host. Each test stands a hostile server in front of the engine (and of the connect flow) that
//! tries to send the keys elsewhere — a home page or API redirect to another host, an
//! http→https→other-host chain, a forged plain-HTTP 301, `user@host` and IDN look-alikes — and
//! proves that nothing carrying a credential reached any host but the store, that the report names
//! the other address instead of adopting it, and that nothing is called healthy.

use std::sync::Arc;
use std::time::Duration;

use handshake_connect::flow::{self, ConnectOptions, ConnectOutcome, EventSink};
use handshake_connect::saved::SavedStores;
use handshake_engine::{
    DiagnoseOptions, FindingId, Outcome, ProbeId, Profile, Report, Severity, StoreUrl, Trust,
    Verdict,
};
use handshake_tests::trap::{
    assert_no_credentials, json, redirect, wordpress_home, Answer, Ports, Seen, Trap, STORE_HOST,
};
use handshake_tests::{error_ids, test_credentials, Run};

/// "shop" with a Cyrillic "о" (U+043E), as a browser would show it, and its ASCII (punycode) form.
const LOOK_ALIKE: &str = "xn--shp-ted.test";

fn names() -> Vec<&'static str> {
    vec![STORE_HOST, "evil.test", "www.shop.test", LOOK_ALIKE]
}

fn run(url: String, trap: &Trap) -> Run {
    let mut run = Run {
        url,
        credentials: Some(test_credentials()),
        profile: Profile::default(),
        timeout: Duration::from_secs(10),
        resolve: Default::default(),
        ca_pem: Some(trap.ca_pem.clone()),
    };
    for host in names() {
        run.resolve
            .insert(host.into(), vec!["127.0.0.1".parse().unwrap()]);
    }
    run
}

/// The attacker's host answers like a healthy WooCommerce store, so adopting it would look fine.
fn attacker_store(seen: &Seen, ports: &Ports) -> String {
    if seen.target == "/" {
        wordpress_home(&format!("https://{}:{}", seen.host, ports.tls))
    } else if seen.target.starts_with("/wp-json/wc/v3/") {
        json(200, "[]")
    } else {
        json(
            200,
            r#"{"namespaces":["wp/v2","wc/v3"],"authentication":[]}"#,
        )
    }
}

fn sign_in_probes_skipped(report: &Report) {
    for id in [ProbeId::AuthBasic, ProbeId::AuthQuery, ProbeId::AuthOAuth] {
        let p = report.probe(id).unwrap();
        assert_eq!(p.outcome, Outcome::Skipped, "{p:?}");
    }
}

fn redirect_named(report: &Report, to: &str) {
    let f = report
        .finding(FindingId::HttpRedirect)
        .unwrap_or_else(|| panic!("http.redirect: {:#?}", report.findings));
    assert_eq!(f.severity, Severity::Error, "{f:#?}");
    assert!(
        f.title.contains(to) || f.explanation.contains(to),
        "names {to}: {f:#?}"
    );
    assert_ne!(report.verdict, Verdict::Healthy);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_home_page_redirect_to_another_host_is_named_not_adopted() {
    let answer: Answer = Arc::new(|seen, ports| {
        if seen.host == STORE_HOST && seen.target == "/" {
            redirect(302, &format!("https://evil.test:{}/", ports.tls))
        } else if seen.host == STORE_HOST {
            json(
                404,
                r#"{"code":"rest_no_route","message":"No route","data":{"status":404}}"#,
            )
        } else {
            attacker_store(seen, ports)
        }
    });
    let trap = Trap::start(&names(), answer).await;
    let url = format!("https://{STORE_HOST}:{}/", trap.ports.tls);
    let report = run(url.clone(), &trap).report().await;
    let evil = format!("https://evil.test:{}/", trap.ports.tls);

    assert!(!trap.elsewhere().is_empty(), "the trap was live");
    assert_no_credentials(&trap.elsewhere());
    assert_eq!(report.store_url, url, "the store stays the address entered");
    assert_eq!(report.redirects_to.as_deref(), Some(evil.as_str()));
    redirect_named(&report, &evil);
    sign_in_probes_skipped(&report);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_redirects_to_another_host_stop_before_the_credentials() {
    // The home page is the store's; every API path redirects to evil.test, echoing the query the
    // way `RewriteRule … https://elsewhere/$1 [R,QSA]` would.
    let answer: Answer = Arc::new(|seen, ports| {
        if seen.host == STORE_HOST && seen.target == "/" {
            wordpress_home(&format!("https://{STORE_HOST}:{}", ports.tls))
        } else if seen.host == STORE_HOST {
            redirect(
                302,
                &format!("https://evil.test:{}{}", ports.tls, seen.target),
            )
        } else {
            attacker_store(seen, ports)
        }
    });
    let trap = Trap::start(&names(), answer).await;
    let report = run(format!("https://{STORE_HOST}:{}/", trap.ports.tls), &trap)
        .report()
        .await;

    assert!(
        !trap.elsewhere().is_empty(),
        "the unauthenticated probes followed (the trap was live)"
    );
    assert_no_credentials(&trap.elsewhere());
    // The sign-ins ran and stopped at the redirect; the finding names it rather than guessing an
    // authentication cause from the other host's answers.
    let query = report
        .probes
        .iter()
        .find(|p| p.id == ProbeId::AuthQuery)
        .unwrap();
    assert_eq!(query.outcome, Outcome::Error, "{query:?}");
    redirect_named(&report, "evil.test");
    assert!(
        !error_ids(&report).iter().any(|id| id.starts_with("auth.")),
        "no authentication cause is claimed: {:?}",
        error_ids(&report)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_http_to_https_to_another_host_chain_stops_at_the_other_host() {
    let answer: Answer = Arc::new(|seen, ports| match (seen.scheme, seen.host.as_str()) {
        ("http", STORE_HOST) => redirect(
            301,
            &format!("https://{STORE_HOST}:{}{}", ports.tls, seen.target),
        ),
        ("https", STORE_HOST) => redirect(301, &format!("https://www.shop.test:{}/", ports.tls)),
        _ => attacker_store(seen, ports),
    });
    let trap = Trap::start(&names(), answer).await;
    let report = run(format!("http://{STORE_HOST}:{}/", trap.ports.plain), &trap)
        .report()
        .await;
    let www = format!("https://www.shop.test:{}/", trap.ports.tls);

    assert!(!trap.elsewhere().is_empty(), "the trap was live");
    assert_no_credentials(&trap.elsewhere());
    assert_eq!(report.redirects_to.as_deref(), Some(www.as_str()));
    redirect_named(&report, &www);
    sign_in_probes_skipped(&report);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_plain_http_redirect_chooses_nothing() {
    // The owner typed no scheme. The store's https port does not speak TLS (an attacker on the path
    // can make https fail), plain http answers with a 301 to a host with a valid certificate.
    let answer: Answer = Arc::new(|seen, ports| {
        if seen.scheme == "http" && seen.host == STORE_HOST {
            redirect(301, &format!("https://evil.test:{}/", ports.tls))
        } else {
            attacker_store(seen, ports)
        }
    });
    let trap = Trap::start(&names(), answer).await;
    let report = run(format!("{STORE_HOST}:{}", trap.ports.plain), &trap)
        .report()
        .await;
    let evil = format!("https://evil.test:{}/", trap.ports.tls);

    assert!(!trap.elsewhere().is_empty(), "the trap was live");
    assert_no_credentials(&trap.elsewhere());
    assert!(
        report.store_url.contains(STORE_HOST),
        "never adopted: {}",
        report.store_url
    );
    redirect_named(&report, &evil);
    let f = report.finding(FindingId::HttpRedirect).unwrap();
    assert!(
        f.explanation.contains("plain http"),
        "says the redirect could be forged: {}",
        f.explanation
    );
    assert!(error_ids(&report).contains(&"tls.missing".to_string()));
    sign_in_probes_skipped(&report);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn userinfo_and_look_alike_hosts_are_other_hosts() {
    for location in [
        // `https://shop.test:PORT@evil.test:PORT/`: the part before `@` is a user name.
        |p: &Ports| format!("https://{STORE_HOST}:{}@evil.test:{}/", p.tls, p.tls),
        |p: &Ports| format!("https://{LOOK_ALIKE}:{}/", p.tls),
        |p: &Ports| format!("https://shоp.test:{}/", p.tls),
    ] {
        let answer: Answer = Arc::new(move |seen, ports| {
            if seen.host == STORE_HOST {
                redirect(302, &location(ports))
            } else {
                attacker_store(seen, ports)
            }
        });
        let trap = Trap::start(&names(), answer).await;
        let report = run(format!("https://{STORE_HOST}:{}/", trap.ports.tls), &trap)
            .report()
            .await;
        assert_no_credentials(&trap.elsewhere());
        assert!(
            report.redirects_to.is_some(),
            "{:#?}\n{:#?}",
            report.findings,
            report.probes
        );
        assert!(
            report.store_url.contains(STORE_HOST),
            "{}",
            report.store_url
        );
        redirect_named(&report, ".test");
        sign_in_probes_skipped(&report);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_opens_no_approval_page_on_a_redirect_target() {
    let answer: Answer = Arc::new(|seen, ports| {
        if seen.host == STORE_HOST {
            redirect(
                301,
                &format!("https://evil.test:{}{}", ports.tls, seen.target),
            )
        } else {
            attacker_store(seen, ports)
        }
    });
    let trap = Trap::start(&names(), answer).await;
    let store = StoreUrl::parse(&format!("https://{STORE_HOST}:{}/", trap.ports.tls)).unwrap();
    let mut diagnose = DiagnoseOptions::new(store);
    diagnose.trust = Trust::from_pem(&trap.ca_pem, "trap CA").unwrap();
    diagnose.offline_dns = true;
    for host in names() {
        diagnose
            .resolve
            .insert(host.into(), vec!["127.0.0.1".parse().unwrap()]);
    }
    diagnose.timeout = Duration::from_secs(10);
    let opts = ConnectOptions {
        diagnose,
        // Never contacted: the flow must stop before it asks the relay for a session.
        relay_url: "https://127.0.0.1:9/".into(),
        relay_ca_pem: None,
        open_browser: false,
        approval_timeout: Duration::from_secs(5),
    };
    let opened: Arc<std::sync::Mutex<Vec<String>>> = Arc::default();
    let record = opened.clone();
    let events: EventSink = Arc::new(move |e| {
        if let flow::ConnectEvent::AuthorizeUrl(url) = e {
            record.lock().unwrap().push(url);
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let saved = SavedStores::at(dir.path());
    let outcome = flow::connect(opts, events, &saved).await.unwrap();
    let ConnectOutcome::Blocked { report } = outcome else {
        panic!("expected the preflight to stop the flow");
    };
    assert!(
        opened.lock().unwrap().is_empty(),
        "no approval page was opened"
    );
    redirect_named(&report, "evil.test");
    assert_no_credentials(&trap.elsewhere());
}
