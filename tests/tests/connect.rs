//! The connect flow end to end: the scenario store (auto-approving as its admin, trusting the test
//! CA), a real relay over HTTPS, the engine verifying the delivered key, and a real Secret Service
//! keyring (run through scripts/with-keyring.sh). A small HTTP client plays the owner's browser.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use handshake_connect::flow::{self, ConnectEvent, ConnectOptions, ConnectOutcome};
use handshake_connect::saved::SavedStores;
use handshake_connect::vault;
use handshake_demo as demo_store;
use handshake_engine::{FindingId, StoreUrl};
use handshake_relay::{serve, RelayConfig, RunningRelay, TlsPem};
use secrecy::ExposeSecret;

/// A CA and a certificate for the relay on loopback, as a public relay would have from a public CA.
struct Pki {
    ca_pem: String,
    leaf: TlsPem,
}

fn pki() -> Pki {
    let c = demo_store::kit::server_cert(&["localhost", "127.0.0.1"]).unwrap();
    Pki {
        ca_pem: c.ca_pem,
        leaf: TlsPem {
            cert_chain: c.cert_pem.into_bytes(),
            private_key: c.key_pem.into_bytes(),
        },
    }
}

async fn relay(pki: &Pki) -> RunningRelay {
    let config = RelayConfig {
        addr: "127.0.0.1:0".parse().unwrap(),
        tls: Some(TlsPem {
            cert_chain: pki.leaf.cert_chain.clone(),
            private_key: pki.leaf.private_key.clone(),
        }),
        ..RelayConfig::default()
    };
    serve(config).await.expect("relay starts")
}

async fn store(
    scenario: &str,
    relay_ca: &str,
) -> (demo_store::RunningStore, tempfile::NamedTempFile) {
    let ca_file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca_file.path(), relay_ca).unwrap();
    let mut opts = demo_store::StoreOptions::new(scenario);
    opts.auto_approve = true;
    opts.ca_cert = Some(ca_file.path().to_path_buf());
    (
        demo_store::start(opts).await.expect("store starts"),
        ca_file,
    )
}

/// Opens the authorization link like the owner's (logged-in) browser, across the store and the relay.
async fn browse(url: &str, store_ca: &str, relay_ca: &str) -> (u16, String) {
    let client = demo_store::kit::browser(&[store_ca, relay_ca]).unwrap();
    let resp = client
        .get(url)
        .header("cookie", demo_store::LOGGED_IN_COOKIE)
        .send()
        .await
        .expect("the browser reaches the pages");
    let status = resp.status().as_u16();
    (status, resp.text().await.unwrap_or_default())
}

struct Outcome {
    outcome: ConnectOutcome,
    browser: (u16, String),
    saved: SavedStores,
    _config: tempfile::TempDir,
}

async fn run_connect(scenario: &str, approval: Duration) -> (Outcome, demo_store::RunningStore) {
    let pki = pki();
    let relay = relay(&pki).await;
    let (store, _ca_file) = store(scenario, &pki.ca_pem).await;
    let store_ca = store.ca_pem().unwrap().to_string();
    let diagnose = handshake_tests::diagnose_options(&store);
    let config = tempfile::tempdir().unwrap();
    let saved = SavedStores::at(config.path());
    let link: Arc<Mutex<Option<String>>> = Arc::default();
    let seen = link.clone();
    let events: flow::EventSink = Arc::new(move |e| {
        if let ConnectEvent::AuthorizeUrl(u) = e {
            *seen.lock().unwrap() = Some(u);
        }
    });
    let opts = ConnectOptions {
        diagnose,
        relay_url: relay.url().to_string(),
        relay_ca_pem: Some(pki.ca_pem.clone()),
        open_browser: false,
        approval_timeout: approval,
    };
    let saved2 = saved.clone();
    let flow = tokio::spawn(async move { flow::connect(opts, events, &saved2).await });
    // The owner opens the link as soon as it is shown.
    let url = loop {
        if let Some(u) = link.lock().unwrap().clone() {
            break u;
        }
        if flow.is_finished() {
            panic!(
                "the flow ended before showing a link: {:?}",
                flow.await.unwrap().map(|o| o
                    .report()
                    .findings
                    .iter()
                    .map(|f| f.id)
                    .collect::<Vec<_>>())
            );
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let browser = browse(&url, &store_ca, &pki.ca_pem).await;
    let outcome = flow.await.unwrap().expect("the flow runs");
    relay.shutdown().await;
    (
        Outcome {
            outcome,
            browser,
            saved,
            _config: config,
        },
        store,
    )
}

fn finding_ids(o: &ConnectOutcome) -> Vec<FindingId> {
    o.report()
        .findings
        .iter()
        .filter(|f| f.severity == handshake_engine::Severity::Error)
        .map(|f| f.id)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn approve_delivers_verifies_and_saves_the_key_in_the_keyring() {
    let (o, store) = run_connect("healthy", Duration::from_secs(30)).await;
    let ConnectOutcome::Connected { saved, report, .. } = &o.outcome else {
        panic!("not connected: {:?}", finding_ids(&o.outcome))
    };
    assert_eq!(
        o.browser.0, 200,
        "the owner lands on the relay's return page"
    );
    assert!(
        o.browser.1.to_lowercase().contains("close this"),
        "{}",
        o.browser.1
    );
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.severity != handshake_engine::Severity::Error),
        "{:#?}",
        report.findings
    );
    // The key WooCommerce created is the one in the keyring.
    let keys = store.api_keys();
    let created = keys
        .iter()
        .find(|k| Some(k.key_id) == saved.key_id)
        .expect("the created key is recorded");
    let creds = vault::load(&saved.url)
        .unwrap()
        .expect("keys in the keyring");
    let woo = creds.woo.unwrap();
    assert!(woo
        .consumer_key
        .expose_secret()
        .ends_with(created.truncated_key.trim_start_matches('…')));
    assert_eq!(saved.key_permissions.as_deref(), Some("read_write"));
    assert_eq!(o.saved.list().unwrap().len(), 1);
    assert_eq!(store.writes(), 0, "verification changed nothing");
    vault::delete(&saved.url).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn owner_denies() {
    let (o, _store) = run_connect("owner-denies", Duration::from_secs(30)).await;
    assert!(matches!(o.outcome, ConnectOutcome::Failed { .. }));
    assert_eq!(finding_ids(&o.outcome), vec![FindingId::ConnectDenied]);
    assert!(
        o.browser.1.to_lowercase().contains("declined"),
        "{}",
        o.browser.1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn blocked_outbound_post_times_out_and_the_error_page_explains_it() {
    let (o, store) = run_connect("outbound-blocked", Duration::from_secs(4)).await;
    // Nothing reached the relay: from this computer it looks like an approval that never came.
    assert_eq!(finding_ids(&o.outcome), vec![FindingId::ConnectTimeout]);
    assert!(
        o.browser.1.contains("cURL error 7"),
        "the owner saw WooCommerce's error page: {}",
        o.browser.1
    );
    // What the owner saw, pasted back, names the cause.
    let known = handshake_connect::store_messages::recognize(&o.browser.1)
        .expect("a known WooCommerce message");
    assert_eq!(known.finding, FindingId::CallbackNotReceived);
    assert!(
        store
            .api_keys()
            .iter()
            .all(|k| !k.description.starts_with("Handshake - API")),
        "no key was left behind"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn refused_callback_is_callback_rejected() {
    let (o, store) = run_connect("callback-mangled", Duration::from_secs(20)).await;
    assert_eq!(finding_ids(&o.outcome), vec![FindingId::CallbackRejected]);
    assert!(
        o.browser.1.contains("unable to send the consumer data"),
        "{}",
        o.browser.1
    );
    assert!(
        store
            .api_keys()
            .iter()
            .all(|k| !k.description.starts_with("Handshake - API")),
        "WooCommerce deleted the key it could not deliver"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn relay_down_is_reported_before_anything_happens() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let store = demo_store::start(demo_store::StoreOptions::new("healthy"))
        .await
        .unwrap();
    let diagnose = handshake_tests::diagnose_options(&store);
    let config = tempfile::tempdir().unwrap();
    let opts = ConnectOptions {
        diagnose,
        relay_url: format!("https://127.0.0.1:{port}/"),
        relay_ca_pem: None,
        open_browser: false,
        approval_timeout: Duration::from_secs(5),
    };
    let outcome = flow::connect(opts, Arc::new(|_| {}), &SavedStores::at(config.path()))
        .await
        .unwrap();
    assert_eq!(
        finding_ids(&outcome),
        vec![FindingId::ConnectRelayUnreachable]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn preflight_blockers_stop_before_the_browser() {
    let store = demo_store::start(demo_store::StoreOptions::new("plain-permalinks"))
        .await
        .unwrap();
    let diagnose = handshake_tests::diagnose_options(&store);
    let config = tempfile::tempdir().unwrap();
    let opts = ConnectOptions {
        diagnose,
        relay_url: "https://127.0.0.1:9/".into(),
        relay_ca_pem: None,
        open_browser: false,
        approval_timeout: Duration::from_secs(5),
    };
    let outcome = flow::connect(opts, Arc::new(|_| {}), &SavedStores::at(config.path()))
        .await
        .unwrap();
    assert!(matches!(outcome, ConnectOutcome::Blocked { .. }));
    assert_eq!(finding_ids(&outcome), vec![FindingId::RestPlainPermalinks]);
}

/// WordPress's own approval (application passwords): the browser comes back to a loopback listener
/// with the new password, which is verified and saved.
#[tokio::test(flavor = "multi_thread")]
async fn application_password_approval_is_received_on_loopback_verified_and_saved() {
    let mut opts = demo_store::StoreOptions::new("healthy");
    opts.auto_approve = true;
    let store = demo_store::start(opts).await.unwrap();
    let store_url = StoreUrl::parse(store.url().as_str()).unwrap();
    let approval = handshake_connect::app_password::start(&store_url, "Handshake")
        .await
        .unwrap();
    let link = approval.link.to_string();
    assert!(
        link.contains("/wp-admin/authorize-application.php?")
            && link.contains("success_url=http%3A%2F%2F127.0.0.1"),
        "{link}"
    );
    let waiting = tokio::spawn(approval.wait(Duration::from_secs(20)));
    let (status, page) = browse(&link, store.ca_pem().unwrap(), store.ca_pem().unwrap()).await;
    assert_eq!(status, 200);
    assert!(page.contains("You can close this tab"), "{page}");
    let creds = waiting.await.unwrap().expect("the password arrived");
    assert_eq!(creds.app_password.as_ref().unwrap().user, "admin");

    let diagnose = handshake_tests::diagnose_options(&store);
    let config = tempfile::tempdir().unwrap();
    let saved = SavedStores::at(config.path());
    let outcome = flow::verify_and_save(
        &diagnose,
        &store_url,
        creds,
        None,
        &(Arc::new(|_| {}) as flow::EventSink),
        &saved,
    )
    .await
    .unwrap();
    let ConnectOutcome::Connected { saved: entry, .. } = outcome else {
        panic!("not connected: {:?}", finding_ids(&outcome))
    };
    assert_eq!(entry.auth_kind, "application-password");
    assert!(vault::load(&entry.url)
        .unwrap()
        .unwrap()
        .app_password
        .is_some());
    vault::delete(&entry.url).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn application_password_declined() {
    let mut opts = demo_store::StoreOptions::new("owner-denies");
    opts.auto_approve = true;
    let store = demo_store::start(opts).await.unwrap();
    let store_url = StoreUrl::parse(store.url().as_str()).unwrap();
    let approval = handshake_connect::app_password::start(&store_url, "Handshake")
        .await
        .unwrap();
    let link = approval.link.to_string();
    let waiting = tokio::spawn(approval.wait(Duration::from_secs(20)));
    let (_, page) = browse(&link, store.ca_pem().unwrap(), store.ca_pem().unwrap()).await;
    assert!(page.contains("declined"), "{page}");
    assert!(matches!(
        waiting.await.unwrap(),
        Err(handshake_connect::app_password::AppPasswordError::Declined)
    ));
}
