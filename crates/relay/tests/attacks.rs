//! Each resource attack on the relay, on loopback with small limits, and under each one a
//! legitimate desktop (127.0.0.1: create a session, long-poll, pick up) and a legitimate store
//! callback (127.0.0.250) still served. Attackers use their own source addresses (127.0.0.2 and up:
//! all of 127.0.0.0/8 is loopback on Linux) or, behind a trusted proxy, X-Forwarded-For.

mod common;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use handshake_relay::server::RelayConfig;
use handshake_relay::{Limits, RunningRelay};
use handshake_relay_client::{PickupOutcome, RelayClient};
use secrecy::ExposeSecret;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

/// Every phase timeout in these tests.
const TIMEOUT: Duration = Duration::from_millis(400);
/// A generous bound for "closed": five timeouts plus the relay's closing grace (2 s).
const CLOSED_WITHIN: Duration = Duration::from_millis(5 * 400 + 2_000);

/// Small limits, and a rate limit out of the way (these tests are about capacity).
fn attack_config() -> RelayConfig {
    RelayConfig {
        header_timeout: TIMEOUT,
        tls_handshake_timeout: TIMEOUT,
        idle_timeout: TIMEOUT,
        limits: Limits {
            max_connections: 40,
            max_connections_per_ip: 4,
            max_inflight: 48,
            max_inflight_per_ip: 4,
            max_longpolls: 24,
            max_longpolls_per_session: 2,
            max_inflight_callbacks: 32,
            max_sessions_per_ip: 4,
            max_sessions_per_prefix: 8,
            max_pending_sessions: 100,
            rate_per_minute: 60_000,
            rate_burst: 10_000,
            body_timeout: Duration::from_secs(5),
            ..Limits::default()
        },
        ..test_config()
    }
}

fn attacker_ip(n: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(127, 0, 0, n))
}

const STORE_IP: u8 = 250;

/// A TCP connection from 127.0.0.`n`.
async fn connect_from(n: u8, to: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(attacker_ip(n), 0))?;
    socket.connect(to).await
}

/// Whether the peer closes (EOF or reset) within `bound`, whatever it sends first.
async fn closed_within(stream: &mut (impl AsyncRead + Unpin), bound: Duration) -> bool {
    let read_to_end = async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    };
    tokio::time::timeout(bound, read_to_end).await.is_ok()
}

/// An HTTP client from 127.0.0.`n` (trusting `ca`), never following redirects.
fn client_from(n: u8, ca: Option<&str>) -> reqwest::Client {
    http_from(Some(attacker_ip(n)), ca)
}

/// Creates a session over `http` (optionally with an X-Forwarded-For): the status and the answer.
async fn create_session(
    http: &reqwest::Client,
    base: &str,
    xff: Option<&str>,
) -> Option<(u16, serde_json::Value)> {
    let kp = handshake_relay::seal::KeyPair::generate();
    let body = serde_json::json!({ "public_key": kp.public_key_b64() }).to_string();
    let mut request = http
        .post(format!("{base}/v1/sessions"))
        .header("content-type", "application/json")
        .body(body);
    if let Some(xff) = xff {
        request = request.header("x-forwarded-for", xff);
    }
    let response = request.send().await.ok()?;
    let status = response.status().as_u16();
    let bytes = response.bytes().await.ok()?;
    Some((status, serde_json::from_slice(&bytes).ok()?))
}

/// The desktop creates a session and long-polls; the store POSTs the key; the desktop gets it.
async fn legitimate_desktop_and_store(relay: &RunningRelay, ca: Option<&str>) {
    let desktop = RelayClient::new(&base(relay), ca).unwrap();
    let session = desktop
        .create_session("https://shop.example")
        .await
        .expect("the desktop creates a session");
    let store = client_from(STORE_IP, ca);
    let callback = async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let response =
            post_callback(&store, &session.callback_url, woo_body(&session.user_id)).await;
        assert_eq!(
            response.status().as_u16(),
            200,
            "the store's POST is accepted"
        );
    };
    // Polls again after an early answer, as the connect flow does.
    let pickup = async {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            match desktop.pickup(&session, Duration::from_secs(10)).await {
                Ok(PickupOutcome::Delivered(keys)) => return keys,
                Ok(PickupOutcome::Waiting { .. }) if Instant::now() < deadline => {}
                other => panic!("expected the keys, got {other:?}"),
            }
        }
    };
    let (keys, ()) = tokio::join!(pickup, callback);
    assert_eq!(keys.consumer_secret.expose_secret(), CS);
}

/// Runs `attack` for each of `addresses` until dropped.
struct Attack {
    stop: Arc<AtomicBool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Drop for Attack {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        for t in &self.tasks {
            t.abort();
        }
    }
}

#[tokio::test]
async fn idle_tcp_before_tls_is_closed() {
    let cert = test_cert();
    let relay = start(RelayConfig {
        tls: Some(cert.tls.clone()),
        ..attack_config()
    })
    .await;
    let mut idle = Vec::new();
    for n in 2..5 {
        idle.push(connect_from(n, relay.local_addr()).await.unwrap());
    }
    for stream in &mut idle {
        assert!(
            closed_within(stream, CLOSED_WITHIN).await,
            "a socket that never starts TLS is closed"
        );
    }
    legitimate_desktop_and_store(&relay, Some(&cert.ca_pem)).await;
}

#[tokio::test]
async fn stalled_tls_handshake_is_closed() {
    let cert = test_cert();
    let relay = start(RelayConfig {
        tls: Some(cert.tls.clone()),
        ..attack_config()
    })
    .await;
    let mut stream = connect_from(2, relay.local_addr()).await.unwrap();
    // A handshake record announcing 200 bytes, of which one arrives.
    stream
        .write_all(&[0x16, 0x03, 0x01, 0x00, 0xc8, 0x01])
        .await
        .unwrap();
    assert!(
        closed_within(&mut stream, CLOSED_WITHIN).await,
        "a stalled handshake is cut off"
    );
    legitimate_desktop_and_store(&relay, Some(&cert.ca_pem)).await;
}

#[tokio::test]
async fn idle_tls_connection_is_closed() {
    let cert = test_cert();
    let relay = start(RelayConfig {
        tls: Some(cert.tls.clone()),
        ..attack_config()
    })
    .await;
    let mut roots = rustls::RootCertStore::empty();
    {
        use rustls::pki_types::pem::PemObject;
        for c in rustls::pki_types::CertificateDer::pem_slice_iter(cert.ca_pem.as_bytes()) {
            roots.add(c.unwrap()).unwrap();
        }
    }
    let mut config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    // Both protocols: an idle HTTP/1 and an idle HTTP/2 connection after a completed handshake.
    for alpn in [&b"http/1.1"[..], &b"h2"[..]] {
        config.alpn_protocols = vec![alpn.to_vec()];
        let connector = tokio_rustls::TlsConnector::from(Arc::new(config.clone()));
        let tcp = connect_from(2, relay.local_addr()).await.unwrap();
        let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
        let mut tls = connector.connect(name, tcp).await.expect("handshake");
        if alpn == b"h2" {
            tls.write_all(H2_PREFACE).await.unwrap();
            tls.write_all(&H2_EMPTY_SETTINGS).await.unwrap();
        }
        assert!(
            closed_within(&mut tls, CLOSED_WITHIN).await,
            "an idle TLS connection ({}) is closed",
            String::from_utf8_lossy(alpn)
        );
    }
    legitimate_desktop_and_store(&relay, Some(&cert.ca_pem)).await;
}

const H2_PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
/// A SETTINGS frame with no settings.
const H2_EMPTY_SETTINGS: [u8; 9] = [0, 0, 0, 4, 0, 0, 0, 0, 0];

#[tokio::test]
async fn idle_and_slow_http2_connections_are_closed() {
    let relay = start(attack_config()).await;
    // Idle after the preface.
    let mut idle = connect_from(2, relay.local_addr()).await.unwrap();
    idle.write_all(H2_PREFACE).await.unwrap();
    idle.write_all(&H2_EMPTY_SETTINGS).await.unwrap();
    // Headers that never end: a HEADERS frame without END_HEADERS, and no CONTINUATION.
    let mut slow = connect_from(3, relay.local_addr()).await.unwrap();
    slow.write_all(H2_PREFACE).await.unwrap();
    slow.write_all(&H2_EMPTY_SETTINGS).await.unwrap();
    // Length 1, type HEADERS (1), flags END_STREAM only, stream 1; one byte of HPACK (`:method GET`).
    slow.write_all(&[0, 0, 1, 1, 0x1, 0, 0, 0, 1, 0x82])
        .await
        .unwrap();
    let started = Instant::now();
    assert!(
        closed_within(&mut idle, CLOSED_WITHIN).await,
        "idle HTTP/2 closed"
    );
    assert!(
        closed_within(&mut slow, CLOSED_WITHIN.saturating_sub(started.elapsed())).await,
        "HTTP/2 headers that never finish are cut off"
    );
    legitimate_desktop_and_store(&relay, None).await;
}

#[tokio::test]
async fn http1_slow_headers_and_idle_keep_alive_are_closed() {
    let relay = start(attack_config()).await;
    let addr = relay.local_addr();
    // Slow headers: one byte every 100 ms, for ever.
    let mut slow = connect_from(2, addr).await.unwrap();
    let drip = tokio::spawn({
        let (_, mut write) = slow.into_split();
        async move {
            let head = b"GET /v1/health HTTP/1.1\r\nHost: relay\r\nX-Slow: ";
            let _ = write.write_all(head).await;
            loop {
                tokio::time::sleep(Duration::from_millis(100)).await;
                if write.write_all(b"a").await.is_err() {
                    return;
                }
            }
        }
    });
    // Keep-alive: one request answered, then nothing.
    let mut keep = connect_from(3, addr).await.unwrap();
    keep.write_all(b"GET /v1/health HTTP/1.1\r\nHost: relay\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 512];
    let n = keep.read(&mut buf).await.unwrap();
    assert!(buf[..n].starts_with(b"HTTP/1.1 200"));
    assert!(
        closed_within(&mut keep, CLOSED_WITHIN).await,
        "an idle keep-alive connection is closed"
    );
    assert!(
        tokio::time::timeout(CLOSED_WITHIN, drip).await.is_ok(),
        "dripping headers are cut off (the writes fail)"
    );
    slow = connect_from(4, addr).await.unwrap();
    assert!(
        closed_within(&mut slow, CLOSED_WITHIN).await,
        "a plain socket that sends nothing is closed"
    );
    legitimate_desktop_and_store(&relay, None).await;
}

#[tokio::test]
async fn connection_flood_beyond_the_cap_keeps_serving() {
    // Idle connections live long here, so only the cap can make room.
    let relay = start(RelayConfig {
        idle_timeout: Duration::from_secs(60),
        header_timeout: Duration::from_secs(60),
        ..attack_config()
    })
    .await;
    let addr = relay.local_addr();
    let mut held = Vec::new();
    for n in 2..12 {
        for _ in 0..4 {
            held.push(connect_from(n, addr).await.unwrap());
        }
    }
    // One more from an address at its cap is closed at once.
    let mut extra = connect_from(2, addr).await.unwrap();
    assert!(
        closed_within(&mut extra, Duration::from_secs(2)).await,
        "the per-address cap closes the fifth"
    );
    // The relay counted 40 = its cap (let the accept loop catch up).
    let deadline = Instant::now() + Duration::from_secs(5);
    while relay.open_connections() < 40 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(relay.open_connections(), 40);
    legitimate_desktop_and_store(&relay, None).await;
    assert!(relay.open_connections() <= 40, "never over the cap");
    let mut closed = 0;
    for stream in &mut held {
        if closed_within(stream, Duration::from_millis(50)).await {
            closed += 1;
        }
    }
    assert!(closed >= 1, "idle attackers made room");
}

/// Each of 20 addresses creates its sessions and long-polls each twice, again and again.
fn long_poll_attack(relay: &RunningRelay) -> Attack {
    let stop = Arc::new(AtomicBool::new(false));
    let base = base(relay);
    let tasks = (2..22)
        .map(|n| {
            let stop = stop.clone();
            let base = base.clone();
            tokio::spawn(async move {
                let http = client_from(n, None);
                // Sessions are created over `http` so they come from 127.0.0.n.
                let mut tokens = Vec::new();
                for _ in 0..4 {
                    if let Some((201, v)) = create_session(&http, &base, None).await {
                        if let (Some(id), Some(t)) =
                            (v["session_id"].as_str(), v["pickup_token"].as_str())
                        {
                            tokens.push((id.to_string(), t.to_string()));
                        }
                    }
                }
                let mut polls = Vec::new();
                for (id, token) in tokens {
                    for _ in 0..2 {
                        let (http, base, id, token, stop) = (
                            http.clone(),
                            base.clone(),
                            id.clone(),
                            token.clone(),
                            stop.clone(),
                        );
                        polls.push(tokio::spawn(async move {
                            while !stop.load(Ordering::SeqCst) {
                                let r = http
                                    .get(format!("{base}/v1/sessions/{id}/pickup?wait=30"))
                                    .bearer_auth(&token)
                                    .send()
                                    .await;
                                if r.is_err() || r.is_ok_and(|r| !r.status().is_success()) {
                                    tokio::time::sleep(Duration::from_millis(20)).await;
                                }
                            }
                        }));
                    }
                }
                for p in polls {
                    let _ = p.await;
                }
            })
        })
        .collect();
    Attack { stop, tasks }
}

#[tokio::test]
async fn long_polls_from_20_addresses_leave_room_for_a_desktop_and_a_store() {
    let relay = start(attack_config()).await;
    let attack = long_poll_attack(&relay);
    // Until the long-poll pool is full.
    let deadline = Instant::now() + Duration::from_secs(10);
    while relay.long_polls() < 24 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(
        relay.long_polls(),
        24,
        "the attackers fill the long-poll pool"
    );
    legitimate_desktop_and_store(&relay, None).await;
    assert!(relay.long_polls() <= 24);
    drop(attack);
}

#[tokio::test]
async fn slow_callbacks_from_20_addresses_do_not_starve_the_store() {
    let relay = start(attack_config()).await;
    let addr = relay.local_addr();
    let stop = Arc::new(AtomicBool::new(false));
    let base = base(&relay);
    // Each address makes sessions and drips callback bodies to them, as many as it may.
    let tasks = (2..22)
        .map(|n| {
            let (stop, base) = (stop.clone(), base.clone());
            tokio::spawn(async move {
                let http = client_from(n, None);
                let mut ids = Vec::new();
                for _ in 0..4 {
                    if let Some((201, v)) = create_session(&http, &base, None).await {
                        if let Some(id) = v["session_id"].as_str() {
                            ids.push(id.to_string());
                        }
                    }
                }
                let drips: Vec<_> = ids
                    .into_iter()
                    .map(|id| {
                        let stop = stop.clone();
                        tokio::spawn(async move {
                            while !stop.load(Ordering::SeqCst) {
                                let Ok(mut s) = connect_from(n, addr).await else {
                                    tokio::time::sleep(Duration::from_millis(20)).await;
                                    continue;
                                };
                                let head = format!("POST /v1/callback/{id} HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
                                let _ = s.write_all(head.as_bytes()).await;
                                tokio::time::sleep(Duration::from_millis(20)).await;
                                while !stop.load(Ordering::SeqCst) && s.write_all(b" ").await.is_ok() {
                                    tokio::time::sleep(Duration::from_millis(100)).await;
                                }
                            }
                        })
                    })
                    .collect();
                for d in drips {
                    let _ = d.await;
                }
            })
        })
        .collect();
    let _attack = Attack { stop, tasks };
    tokio::time::sleep(Duration::from_secs(1)).await;
    legitimate_desktop_and_store(&relay, None).await;
}

#[tokio::test]
async fn pending_fill_from_20_addresses_and_one_ipv6_network_leaves_room() {
    let proxy: IpAddr = "127.0.0.1".parse().unwrap();
    let relay = start(RelayConfig {
        trusted_proxies: vec![proxy],
        ..attack_config()
    })
    .await;
    let base = base(&relay);
    let create = |http: reqwest::Client, xff: Option<String>| {
        let base = base.clone();
        async move {
            create_session(&http, &base, xff.as_deref())
                .await
                .map_or(0, |(status, _)| status)
        }
    };
    // 20 IPv4 addresses, 10 tries each: 4 accepted per address.
    let mut accepted = 0;
    for n in 2..22 {
        let http = client_from(n, None);
        for _ in 0..10 {
            if create(http.clone(), None).await == 201 {
                accepted += 1;
            }
        }
    }
    assert_eq!(accepted, 20 * 4);
    // One IPv6 /55 through the proxy: 64 different /64s, 4 tries each; its /48 stops at 8.
    let proxy_http = http(None);
    let mut from_v6 = 0;
    for net in 0..64u16 {
        for _ in 0..4 {
            let xff = format!("2001:db8:0:{:x}::1", 0x100 + net);
            if create(proxy_http.clone(), Some(xff)).await == 201 {
                from_v6 += 1;
            }
        }
    }
    assert_eq!(from_v6, 8, "one /48 holds at most its share");
    legitimate_desktop_and_store(&relay, None).await;
}
