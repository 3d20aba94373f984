//! The relay end to end on loopback (memory store): the desktop's client on one side, a store's
//! POST and an owner's browser on the other.

mod common;

use std::time::{Duration, Instant};

use common::*;
use handshake_relay::protocol::{AttemptKind, KeyPermissions, SessionState};
use handshake_relay::server::RelayConfig;
use handshake_relay::RunningRelay;
use handshake_relay_client::{ClientError, DeliveredKeys, PickupOutcome, RelayClient, Session};
use secrecy::ExposeSecret;

async fn json(response: reqwest::Response) -> serde_json::Value {
    response.json_or_panic().await
}

trait JsonOrPanic {
    async fn json_or_panic(self) -> serde_json::Value;
}

impl JsonOrPanic for reqwest::Response {
    async fn json_or_panic(self) -> serde_json::Value {
        let bytes = self.bytes().await.expect("body");
        serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&bytes)))
    }
}

/// POSTs `kib` KiB of spaces with chunked encoding (no Content-Length) and returns the status.
async fn chunked_post(addr: std::net::SocketAddr, id: &str, kib: usize) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /v1/callback/{id} HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    s.write_all(head.as_bytes()).await.unwrap();
    for _ in 0..kib {
        // The relay may answer and close before everything is sent.
        if s.write_all(format!("400\r\n{}\r\n", " ".repeat(1024)).as_bytes())
            .await
            .is_err()
        {
            break;
        }
    }
    let _ = s.write_all(b"0\r\n\r\n").await;
    let mut buf = vec![0u8; 64];
    let n = s.read(&mut buf).await.unwrap();
    let line = String::from_utf8_lossy(&buf[..n]).to_string();
    line.split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

/// What a pickup waiting at most `wait` answers; a transport or relay error fails the test.
async fn pickup(client: &RelayClient, session: &Session, wait: Duration) -> PickupOutcome {
    client.pickup(session, wait).await.unwrap()
}

/// The keys, picked up waiting at most `wait`; any other outcome fails the test.
async fn delivered_keys(client: &RelayClient, session: &Session, wait: Duration) -> DeliveredKeys {
    match pickup(client, session, wait).await {
        PickupOutcome::Delivered(keys) => keys,
        other => panic!("expected the keys, got {other:?}"),
    }
}

/// A relay whose sessions live one second.
async fn short_lived_relay() -> RunningRelay {
    start(RelayConfig {
        session_ttl: Duration::from_secs(1),
        ..test_config()
    })
    .await
}

#[tokio::test]
async fn approved_flow_delivers_the_keys_once() {
    let relay = start(test_config()).await;
    let (client, session) = open_session(&relay).await;
    assert!(session
        .callback_url
        .ends_with(&format!("/v1/callback/{}", session.id)));
    assert!(session
        .return_url
        .ends_with(&format!("/v1/return/{}", session.id)));
    assert_eq!(session.user_id, session.id);
    assert!(!format!("{session:?}").contains(session.pickup_token.expose_secret()));

    let http = http(None);
    let response = deliver(&http, &session).await;
    assert_eq!(
        response.status().as_u16(),
        200,
        "WooCommerce keeps the key only on exactly 200"
    );
    assert_eq!(json(response).await["status"], "received");

    let page = come_back(&http, &session, true).await;
    assert_eq!(page.status().as_u16(), 200);
    let csp = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.starts_with("default-src 'none'"));
    let html = page.text().await.unwrap();
    assert!(html.contains("You can close this tab"));
    assert!(
        !html.contains("http://") && !html.contains("https://") && !html.contains("<script"),
        "self-contained"
    );

    let status = client.status(&session).await.unwrap();
    assert_eq!(
        status.status,
        SessionState::Ready,
        "status does not consume"
    );

    let keys = delivered_keys(&client, &session, Duration::from_secs(1)).await;
    assert_eq!(keys.key_id, 42);
    assert_eq!(keys.consumer_key.expose_secret(), CK);
    assert_eq!(keys.consumer_secret.expose_secret(), CS);
    assert_eq!(keys.key_permissions, KeyPermissions::ReadWrite);
    assert!(!format!("{keys:?}").contains(CS));

    // Replay: the payload is gone.
    let replay = client.pickup(&session, Duration::ZERO).await.unwrap_err();
    assert!(
        matches!(replay, ClientError::AlreadyDelivered),
        "{replay:?}"
    );
    let status = client.status(&session).await.unwrap();
    assert_eq!(status.status, SessionState::Delivered);
    let kinds: Vec<_> = status
        .attempts
        .iter()
        .map(|a| (a.kind, a.result.as_str(), a.http_status))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (AttemptKind::Callback, "accepted", 200),
            (AttemptKind::Return, "approved", 200)
        ]
    );
    assert_eq!(status.attempts[0].source_ip, "127.0.0.1");
    assert!(status.attempts[0].bytes > 100);
    relay.shutdown().await;
}

#[tokio::test]
async fn long_poll_wakes_when_the_callback_arrives() {
    let relay = start(test_config()).await;
    let (client, session) = open_session(&relay).await;
    let callback_url = session.callback_url.clone();
    let body = woo_body(&session.user_id);
    let poster = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let response = post_callback(&http(None), &callback_url, body).await;
        response.status().as_u16()
    });
    let started = Instant::now();
    let outcome = pickup(&client, &session, Duration::from_secs(20)).await;
    assert!(
        matches!(outcome, PickupOutcome::Delivered(_)),
        "{outcome:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "answered on the change, not at the deadline"
    );
    assert_eq!(poster.await.unwrap(), 200);
    relay.shutdown().await;
}

#[tokio::test]
async fn denied_is_reported_and_shown() {
    let relay = start(test_config()).await;
    let (client, session) = open_session(&relay).await;
    let page = come_back(&http(None), &session, false).await;
    assert_eq!(page.status().as_u16(), 200);
    assert!(page.text().await.unwrap().contains("You declined"));
    match pickup(&client, &session, Duration::from_secs(5)).await {
        PickupOutcome::Denied { attempts } => assert_eq!(attempts[0].result, "denied"),
        other => panic!("expected denied, got {other:?}"),
    }
    relay.shutdown().await;
}

#[tokio::test]
async fn approval_without_callback_is_reported() {
    let relay = start(test_config()).await;
    let (client, session) = open_session(&relay).await;
    let approved = return_url(&session, true);
    let browser = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let page = http(None).get(approved).send().await.unwrap();
        page.status().as_u16()
    });
    // The long-poll returns as soon as the state changes from waiting.
    match pickup(&client, &session, Duration::from_secs(20)).await {
        PickupOutcome::ApprovedNoCallback { .. } => {}
        other => panic!("expected approved-no-callback, got {other:?}"),
    }
    assert_eq!(browser.await.unwrap(), 200);
    relay.shutdown().await;
}

#[tokio::test]
async fn expired_session_refuses_callback_and_reports_expired() {
    let relay = short_lived_relay().await;
    let (client, session) = open_session(&relay).await;
    // The long-poll ends at expiry, not at its own deadline.
    let started = Instant::now();
    match pickup(&client, &session, Duration::from_secs(10)).await {
        PickupOutcome::Expired { .. } => {}
        other => panic!("expected expired, got {other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(4));
    let response = deliver(&http(None), &session).await;
    assert_eq!(response.status().as_u16(), 410);
    assert_eq!(json(response).await["error"], "session_expired");
    let page = come_back(&http(None), &session, true).await;
    assert_eq!(page.status().as_u16(), 410);
    relay.shutdown().await;
}

#[tokio::test]
async fn unpicked_payload_is_gone_after_expiry() {
    let relay = short_lived_relay().await;
    let (client, session) = open_session(&relay).await;
    let response = deliver(&http(None), &session).await;
    assert_eq!(response.status().as_u16(), 200);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    match pickup(&client, &session, Duration::ZERO).await {
        PickupOutcome::Expired { attempts } => assert_eq!(attempts.len(), 1),
        other => panic!("expected expired, got {other:?}"),
    }
    relay.shutdown().await;
}

#[tokio::test]
async fn oversized_and_malformed_callbacks_are_refused_and_logged() {
    let relay = start(test_config()).await;
    let (client, session) = open_session(&relay).await;
    let http = http(None);
    let user = &session.user_id;

    let cases: Vec<(String, u16, &str)> = vec![
        ("x".repeat(20_000), 413, "body_too_large"),
        ("{\"key_id\":".to_string(), 400, "malformed_json"),
        (
            format!("{}{}", "[".repeat(50), "]".repeat(50)),
            400,
            "json_too_deep",
        ),
        ("[1,2,3]".to_string(), 422, "invalid_callback"),
        (
            woo_body(user).replace("read_write", "admin"),
            422,
            "invalid_callback",
        ),
        (
            woo_body(user).replace("ck_", "xx_"),
            422,
            "invalid_callback",
        ),
        (
            woo_body(user).replace(&format!(",\"consumer_secret\":\"{CS}\""), ""),
            422,
            "invalid_callback",
        ),
        (woo_body("someone-else"), 422, "user_id_mismatch"),
    ];
    for (body, status, code) in &cases {
        let response = post_callback(&http, &session.callback_url, body.clone()).await;
        assert_eq!(response.status().as_u16(), *status, "{code}");
        let answer = json(response).await;
        assert_eq!(answer["error"], *code);
        assert!(
            !answer["message"].as_str().unwrap().contains("cs_"),
            "no secret echoed"
        );
    }
    // Streaming an oversized body without Content-Length is cut off too.
    assert_eq!(chunked_post(relay.local_addr(), &session.id, 40).await, 413);

    let wrong_type = http
        .post(&session.callback_url)
        .header("content-type", "text/plain")
        .body(woo_body(user))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_type.status().as_u16(), 415);

    // Nothing was stored: the session still waits, with every refusal in the log.
    let status = client.status(&session).await.unwrap();
    assert_eq!(status.status, SessionState::Waiting);
    assert_eq!(status.attempts.len(), cases.len() + 2);
    assert!(status
        .attempts
        .iter()
        .all(|a| a.kind == AttemptKind::Callback && a.http_status != 200));

    // The genuine POST still gets through afterwards.
    assert_eq!(deliver(&http, &session).await.status().as_u16(), 200);
    relay.shutdown().await;
}

#[tokio::test]
async fn numeric_user_id_and_string_key_id_are_accepted() {
    let relay = start(test_config()).await;
    let (_client, session) = open_session(&relay).await;
    let body = woo_body(&session.user_id).replace("\"key_id\":42", "\"key_id\":\"42\"");
    let response = post_callback(&http(None), &session.callback_url, body).await;
    assert_eq!(response.status().as_u16(), 200);
    relay.shutdown().await;
}

#[tokio::test]
async fn a_second_callback_is_refused_and_the_first_kept() {
    let relay = start(test_config()).await;
    let (client, session) = open_session(&relay).await;
    let http = http(None);
    assert_eq!(deliver(&http, &session).await.status().as_u16(), 200);
    let second = woo_body(&session.user_id).replace("\"key_id\":42", "\"key_id\":43");
    let response = post_callback(&http, &session.callback_url, second).await;
    assert_eq!(response.status().as_u16(), 409);
    assert_eq!(json(response).await["error"], "already_received");
    let first = delivered_keys(&client, &session, Duration::ZERO).await;
    assert_eq!(first.key_id, 42);
    relay.shutdown().await;
}

#[tokio::test]
async fn wrong_or_missing_token_is_refused() {
    let relay = start(test_config()).await;
    let (client, session) = open_session(&relay).await;
    let http = http(None);
    assert_eq!(deliver(&http, &session).await.status().as_u16(), 200);
    let pickup = format!("{}/v1/sessions/{}/pickup", base(&relay), session.id);
    for auth in [None, Some("Bearer nope"), Some("Basic Zm9vOmJhcg==")] {
        let mut request = http.get(&pickup);
        if let Some(a) = auth {
            request = request.header("authorization", a);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status().as_u16(), 401);
        assert_eq!(response.headers()["www-authenticate"], "Bearer");
        assert_eq!(json(response).await["error"], "unauthorized");
    }
    // Another session's token does not open this one.
    let other = client.create_session("https://shop.example").await.unwrap();
    let response = http
        .get(&pickup)
        .bearer_auth(other.pickup_token.expose_secret())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);
    // Nothing was consumed by the refusals.
    delivered_keys(&client, &session, Duration::ZERO).await;
    relay.shutdown().await;
}

#[tokio::test]
async fn unknown_sessions_and_routes_answer_json() {
    let relay = start(test_config()).await;
    let http = http(None);
    let base = base(&relay);
    let unknown = format!("{base}/v1/callback/AAAAAAAAAAAAAAAAAAAAAAAA");
    let response = post_callback(&http, &unknown, woo_body("x")).await;
    assert_eq!(response.status().as_u16(), 404);
    assert_eq!(json(response).await["error"], "unknown_session");
    let traversal = format!("{base}/v1/callback/..%2F..%2Fetc");
    let response = post_callback(&http, &traversal, woo_body("x")).await;
    assert_eq!(response.status().as_u16(), 404);
    let unknown_return = format!("{base}/v1/return/AAAAAAAAAAAAAAAAAAAAAAAA?success=1&user_id=x");
    let page = http.get(unknown_return).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 404);
    assert!(page.text().await.unwrap().contains("not valid"));
    let response = http
        .post(format!("{base}/v1/sessions"))
        .body("{\"public_key\":\"short\"}")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    assert_eq!(json(response).await["error"], "bad_request");
    relay.shutdown().await;
}

#[tokio::test]
async fn session_limits_refuse_with_json() {
    let mut config = test_config();
    config.limits.max_sessions_per_ip = 2;
    let relay = start(config).await;
    let client = RelayClient::new(&base(&relay), None).unwrap();
    client.create_session("https://a.example").await.unwrap();
    let second = client.create_session("https://b.example").await.unwrap();
    let err = client
        .create_session("https://c.example")
        .await
        .unwrap_err();
    assert!(matches!(err, ClientError::RateLimited { .. }), "{err:?}");
    // Delivering one frees its slot.
    deliver(&http(None), &second).await;
    delivered_keys(&client, &second, Duration::ZERO).await;
    client.create_session("https://c.example").await.unwrap();
    relay.shutdown().await;

    let mut config = test_config();
    config.limits.max_pending_sessions = 1;
    let relay = start(config).await;
    let client = RelayClient::new(&base(&relay), None).unwrap();
    client.create_session("https://a.example").await.unwrap();
    match client
        .create_session("https://b.example")
        .await
        .unwrap_err()
    {
        err @ ClientError::Busy { .. } => {
            let ClientError::Busy { code, .. } = &err else {
                unreachable!()
            };
            assert_eq!(code, "too_many_pending_sessions");
            assert_eq!(err.code(), "relay.busy");
            assert_eq!(err.retry_after_secs(), Some(60));
            let text = err.to_string();
            assert!(text.contains("answered but is too busy"), "{text}");
            assert!(
                !text.contains("reach"),
                "a busy relay is not unreachable: {text}"
            );
        }
        other => panic!("{other:?}"),
    }
    relay.shutdown().await;
}

#[tokio::test]
async fn request_rate_is_limited_per_address() {
    let mut config = test_config();
    config.limits.rate_burst = 5;
    config.limits.rate_per_minute = 1;
    let relay = start(config).await;
    let http = http(None);
    let url = format!("{}/v1/sessions/AAAAAAAAAAAAAAAAAAAAAAAA", base(&relay));
    let mut statuses = Vec::new();
    for _ in 0..7 {
        statuses.push(http.get(&url).send().await.unwrap());
    }
    let last = statuses.pop().unwrap();
    assert_eq!(last.status().as_u16(), 429);
    assert!(last.headers().contains_key("retry-after"));
    assert_eq!(json(last).await["error"], "rate_limited");
    // Health checks are exempt.
    assert_eq!(
        http.get(format!("{}/v1/health", base(&relay)))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    relay.shutdown().await;
}

#[tokio::test]
async fn tls_with_a_private_ca() {
    let cert = test_cert();
    let relay = start(RelayConfig {
        tls: Some(cert.tls.clone()),
        ..test_config()
    })
    .await;
    assert_eq!(relay.url().scheme(), "https");
    // Without the CA the client refuses the certificate.
    let untrusting = RelayClient::new(&base(&relay), None).unwrap();
    assert!(matches!(
        untrusting
            .create_session("https://shop.example")
            .await
            .unwrap_err(),
        ClientError::Transport(_)
    ));

    let client = RelayClient::new(&base(&relay), Some(&cert.ca_pem)).unwrap();
    let session = client.create_session("https://shop.example").await.unwrap();
    assert!(session.callback_url.starts_with("https://127.0.0.1:"));
    let response = deliver(&http(Some(&cert.ca_pem)), &session).await;
    assert_eq!(response.status().as_u16(), 200);
    delivered_keys(&client, &session, Duration::ZERO).await;
    // A renewed certificate is swapped in without a restart.
    let renewed = test_cert();
    relay.reload_tls(&renewed.tls).unwrap();
    let client = RelayClient::new(&base(&relay), Some(&renewed.ca_pem)).unwrap();
    client.create_session("https://shop.example").await.unwrap();
    relay.shutdown().await;
}

#[tokio::test]
async fn public_url_goes_into_callback_and_return_urls() {
    let relay = start(RelayConfig {
        public_url: Some("https://relay.example.com/hs".parse().unwrap()),
        trusted_proxies: vec!["127.0.0.1".parse().unwrap()],
        ..test_config()
    })
    .await;
    let (client, session) = open_session(&relay).await;
    assert_eq!(
        session.callback_url,
        format!("https://relay.example.com/hs/v1/callback/{}", session.id)
    );
    assert_eq!(
        session.return_url,
        format!("https://relay.example.com/hs/v1/return/{}", session.id)
    );
    // Behind a trusted proxy the attempt log shows the forwarded client address.
    let response = http(None)
        .post(format!("{}/v1/callback/{}", base(&relay), session.id))
        .header("content-type", "application/json;charset=UTF-8")
        .header("x-forwarded-for", "203.0.113.50")
        .body(woo_body(&session.user_id))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let status = client.status(&session).await.unwrap();
    assert_eq!(status.attempts[0].source_ip, "203.0.113.50");
    relay.shutdown().await;
}

#[tokio::test]
async fn shutdown_ends_long_polls() {
    let relay = start(test_config()).await;
    let (client, session) = open_session(&relay).await;
    let poll = tokio::spawn(async move { client.pickup(&session, Duration::from_secs(30)).await });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = Instant::now();
    relay.shutdown().await;
    assert!(started.elapsed() < Duration::from_secs(5));
    let outcome = poll.await.unwrap();
    assert!(
        matches!(
            outcome,
            Ok(PickupOutcome::Waiting { .. }) | Err(ClientError::Transport(_))
        ),
        "{outcome:?}"
    );
}
