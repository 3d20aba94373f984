//! The application-password listener on loopback: WordPress's answer arrives at a return URL that
//! holds a per-attempt nonce. Any local process can connect to the listener, so these tests play
//! one: a forged answer without the nonce (or with another) is refused and does not end the
//! attempt, a connection that never sends anything does not hold up the browser, and the real
//! approval through the scenario store's `authorize-application.php` still arrives.

use std::time::Duration;

use handshake_connect::app_password::{self, AppPasswordError};
use handshake_demo as demo_store;
use handshake_engine::StoreUrl;
use secrecy::ExposeSecret;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use url::Url;

const FORGED_PASSWORD: &str = "AAAA BBBB CCCC DDDD EEEE FFFF";

async fn auto_approving(scenario: &str) -> demo_store::RunningStore {
    let mut opts = demo_store::StoreOptions::new(scenario);
    opts.auto_approve = true;
    demo_store::start(opts).await.unwrap()
}

/// The `success_url` the approval link hands to WordPress.
fn success_url(link: &Url) -> Url {
    let raw = link
        .query_pairs()
        .find(|(k, _)| k == "success_url")
        .map(|(_, v)| v.into_owned())
        .expect("the link has a success_url");
    Url::parse(&raw).unwrap()
}

/// One raw HTTP/1.1 GET to the listener, as any local process could send it.
async fn get(port: u16, target: &str) -> (u16, String) {
    let mut socket = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    socket
        .write_all(format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut answer = String::new();
    tokio::time::timeout(Duration::from_secs(5), socket.read_to_string(&mut answer))
        .await
        .expect("the listener answers a forged request at once")
        .unwrap();
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, answer)
}

/// Opens the approval link as the owner's logged-in browser and follows WordPress's redirect.
async fn browse(link: &Url, ca: &str) -> (u16, String) {
    let client = demo_store::kit::browser(&[ca]).unwrap();
    let resp = client
        .get(link.as_str())
        .header("cookie", demo_store::LOGGED_IN_COOKIE)
        .send()
        .await
        .expect("the browser reaches the pages");
    let status = resp.status().as_u16();
    (status, resp.text().await.unwrap_or_default())
}

#[tokio::test(flavor = "multi_thread")]
async fn return_urls_carry_a_fresh_nonce_per_attempt() {
    let store = auto_approving("healthy").await;
    let store_url = StoreUrl::parse(store.url().as_str()).unwrap();
    let a = app_password::start(&store_url, "Handshake").await.unwrap();
    let b = app_password::start(&store_url, "Handshake").await.unwrap();
    let nonce = |link: &Url| {
        let url = success_url(link);
        let segments: Vec<String> = url.path_segments().unwrap().map(String::from).collect();
        assert_eq!(segments.len(), 2, "{url}");
        assert_eq!(segments[1], "approved", "{url}");
        segments[0].clone()
    };
    let (na, nb) = (nonce(&a.link), nonce(&b.link));
    assert_eq!(na.len(), 32);
    assert!(na.chars().all(|c| c.is_ascii_hexdigit()), "{na}");
    assert_ne!(na, nb, "each attempt has its own nonce");
    let reject = a
        .link
        .query_pairs()
        .find(|(k, _)| k == "reject_url")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    assert!(reject.ends_with(&format!("/{na}/declined")), "{reject}");
}

#[tokio::test(flavor = "multi_thread")]
async fn forged_answers_and_stalled_connections_neither_block_nor_fool_the_approval() {
    let store = auto_approving("healthy").await;
    let store_url = StoreUrl::parse(store.url().as_str()).unwrap();
    let approval = app_password::start(&store_url, "Handshake").await.unwrap();
    let link = approval.link.clone();
    let success = success_url(&link);
    let port = success.port().unwrap();
    let waiting = tokio::spawn(approval.wait(Duration::from_secs(30)));

    // Connections that send nothing, and one that stops halfway through its request line: the
    // listener used to read one connection at a time, so the first of these held everything up.
    let mut stalled = Vec::new();
    for _ in 0..3 {
        stalled.push(TcpStream::connect(("127.0.0.1", port)).await.unwrap());
    }
    let mut half = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    half.write_all(b"GET /approved?user_login=adm")
        .await
        .unwrap();
    stalled.push(half);

    // Forged answers, as another local process could post them: no nonce, another nonce, a
    // decline without the nonce. Each is refused with a page that says why.
    let forged_query = format!(
        "user_login=admin&password={}",
        FORGED_PASSWORD.replace(' ', "+")
    );
    for target in [
        format!("/approved?{forged_query}"),
        format!("/{}/approved?{forged_query}", "0".repeat(32)),
        format!(
            "/{}/approved?{forged_query}",
            success
                .path_segments()
                .unwrap()
                .next()
                .unwrap()
                .to_uppercase()
        ),
        "/declined".to_string(),
        format!("/{}/declined", "f".repeat(32)),
    ] {
        let (status, page) = get(port, &target).await;
        assert_eq!(status, 403, "{target}: {page}");
        assert!(
            page.contains("does not belong to the approval Handshake opened"),
            "{target}: {page}"
        );
    }
    assert!(
        !waiting.is_finished(),
        "a forged answer must not end the attempt"
    );

    // The owner approves in the browser: WordPress redirects to the real success URL.
    let (status, page) = browse(&link, store.ca_pem().unwrap()).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("You can close this tab"), "{page}");
    let creds = waiting.await.unwrap().expect("the real password arrived");
    let app = creds.app_password.expect("an application password");
    assert_eq!(app.user, "admin");
    assert_ne!(
        app.password.expose_secret().replace(' ', ""),
        FORGED_PASSWORD.replace(' ', ""),
        "the forged password was not taken"
    );
    drop(stalled);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_forged_decline_does_not_end_the_attempt_but_the_real_one_does() {
    let store = auto_approving("owner-denies").await;
    let store_url = StoreUrl::parse(store.url().as_str()).unwrap();
    let approval = app_password::start(&store_url, "Handshake").await.unwrap();
    let link = approval.link.clone();
    let port = success_url(&link).port().unwrap();
    let waiting = tokio::spawn(approval.wait(Duration::from_secs(30)));
    let (status, _) = get(port, "/declined").await;
    assert_eq!(status, 403);
    assert!(!waiting.is_finished());
    let (_, page) = browse(&link, store.ca_pem().unwrap()).await;
    assert!(page.contains("declined"), "{page}");
    assert!(matches!(
        waiting.await.unwrap(),
        Err(AppPasswordError::Declined)
    ));
}

#[tokio::test(flavor = "multi_thread")]
async fn waiting_ends_at_its_time_limit_and_says_so_in_words() {
    let store = auto_approving("healthy").await;
    let store_url = StoreUrl::parse(store.url().as_str()).unwrap();
    let approval = app_password::start(&store_url, "Handshake").await.unwrap();
    let err = approval
        .wait(Duration::from_millis(1500))
        .await
        .unwrap_err();
    assert!(matches!(err, AppPasswordError::Timeout(_)));
    assert_eq!(err.to_string(), "no approval arrived within 1.5 s");
}
