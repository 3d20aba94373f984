//! Phase 2: `--auto-approve` runs the whole authorization flow against a real HTTPS callback.

mod common;

use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use common::*;
use handshake_demo::RunningStore;

struct Callback {
    status: AtomicU16,
    received: Mutex<Vec<(HeaderMap, String)>>,
}

/// An HTTPS callback on loopback with its own CA; returns (url, ca path, state).
async fn callback_server(tag: &str) -> (String, std::path::PathBuf, Arc<Callback>) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca, ca_key);
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&leaf_key, &issuer)
        .unwrap();
    let ca_path = std::env::temp_dir().join(format!("hs-demo-cb-{}-{tag}.pem", std::process::id()));
    std::fs::write(&ca_path, ca_cert.pem()).unwrap();

    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(
        vec![leaf.der().clone()],
        rustls::pki_types::PrivateKeyDer::try_from(leaf_key.serialize_der()).unwrap(),
    )
    .unwrap();
    let state = Arc::new(Callback {
        status: AtomicU16::new(200),
        received: Mutex::new(Vec::new()),
    });
    let app = axum::Router::new()
        .route(
            "/cb",
            post(
                |State(s): State<Arc<Callback>>, headers: HeaderMap, body: String| async move {
                    s.received.lock().unwrap().push((headers, body));
                    axum::http::StatusCode::from_u16(s.status.load(Ordering::Relaxed)).unwrap()
                },
            ),
        )
        .with_state(state.clone());
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = axum_server::from_tcp_rustls(
        listener,
        axum_server::tls_rustls::RustlsConfig::from_config(Arc::new(config)),
    )
    .unwrap();
    tokio::spawn(async move {
        let _ = server.serve(app.into_make_service()).await;
    });
    (format!("https://127.0.0.1:{port}/cb"), ca_path, state)
}

fn authorize_path(callback: &str) -> String {
    format!(
        "/wc-auth/v1/authorize?app_name=Acme%20Sync&scope=read_write&user_id=42&return_url={}&callback_url={}",
        pct("https://example.invalid/ret?x=1"),
        pct(callback)
    )
}

/// The logged-in administrator opens the authorize page that names `callback`.
async fn authorize(c: &reqwest::Client, s: &RunningStore, callback: &str) -> Answer {
    c.get(url(s, &authorize_path(callback)))
        .header("cookie", handshake_demo::LOGGED_IN_COOKIE)
        .fetch()
        .await
}

/// The status of an order list read with the keys a callback received.
async fn orders_with(c: &reqwest::Client, s: &RunningStore, keys: &serde_json::Value) -> u16 {
    c.get(url(s, "/wp-json/wc/v3/orders"))
        .basic_auth(
            keys["consumer_key"].as_str().unwrap(),
            keys["consumer_secret"].as_str(),
        )
        .fetch()
        .await
        .status
}

#[tokio::test]
async fn auto_approve_posts_keys_and_they_work() {
    let (cb, ca_path, state) = callback_server("ok").await;
    let s = store_with("healthy", |o| {
        o.auto_approve = true;
        o.ca_cert = Some(ca_path.clone());
    })
    .await;
    let c = client(&s);
    let base = s.url().as_str().trim_end_matches('/').to_string();

    let r = authorize(&c, &s, &cb).await;
    assert_eq!(r.status, 302);
    assert_eq!(
        r.header("location"),
        "https://example.invalid/ret?x=1&success=1&user_id=42"
    );

    let (headers, body) = state.received.lock().unwrap().pop().unwrap();
    assert_eq!(headers["content-type"], "application/json;charset=UTF-8");
    assert_eq!(
        headers["user-agent"],
        format!("WordPress/6.1.9; {base}").as_str()
    );
    let keys: Vec<&str> = [
        "\"key_id\":",
        "\"user_id\":\"42\"",
        "\"consumer_key\":\"ck_",
        "\"consumer_secret\":\"cs_",
        "\"key_permissions\":\"read_write\"",
    ]
    .into_iter()
    .collect();
    let mut last = 0;
    for k in keys {
        let at = body.find(k).unwrap_or_else(|| panic!("{k} in {body}"));
        assert!(at >= last, "key order in {body}");
        last = at;
    }
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let (ck, cs) = (
        v["consumer_key"].as_str().unwrap(),
        v["consumer_secret"].as_str().unwrap(),
    );
    assert_eq!((ck.len(), cs.len()), (43, 43));
    assert_eq!(orders_with(&c, &s, &v).await, 200);
    assert!(s
        .api_keys()
        .iter()
        .any(|k| k.description.starts_with("Acme Sync - API (") && k.last_access));

    // A callback that answers anything but 200: the key is deleted again.
    state.status.store(201, Ordering::Relaxed);
    let before = s.api_keys().len();
    let r = authorize(&c, &s, &cb).await;
    assert_eq!(r.status, 401);
    assert!(r.body.contains(
        "Error: An error occurred in the request and at the time were unable to send the consumer data."
    ));
    assert_eq!(s.api_keys().len(), before);
    let (_, body) = state.received.lock().unwrap().pop().unwrap();
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(orders_with(&c, &s, &v).await, 401);
    let _ = std::fs::remove_file(ca_path);
}

#[tokio::test]
async fn callback_errors_read_like_wordpress() {
    let (cb, ca_path, _state) = callback_server("untrusted").await;
    let s = store_with("healthy", |o| o.auto_approve = true).await;
    let c = client(&s);
    let r = authorize(&c, &s, &cb).await;
    assert_eq!(r.status, 401);
    assert!(r.body.contains(
        "Error: cURL error 60: SSL certificate problem: unable to get local issuer certificate."
    ));
    let r = authorize(&c, &s, "https://relay.example.com/cb").await;
    assert!(r.body.contains("Error: A valid URL was not provided.."));
    assert_eq!(s.api_keys().len(), 1);
    let _ = std::fs::remove_file(ca_path);
}
