//! Hostile servers written here rather than in the scenario store, because they misbehave below
//! HTTP or across hosts:
//! - a store whose API redirects to another host (`evil.test`) echoing the request's query, the way a
//!   `RewriteRule … https://elsewhere/$1 [R,QSA]` would: no Authorization header and no key, secret
//!   or password (in any form) may ever reach that host;
//! - a TLS server that accepts the connection and never answers the ClientHello: the run still ends
//!   within its time limit with a finding.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use handshake_engine::{FindingId, Profile, Verdict};
use handshake_tests::{secret_needles, test_credentials, Run};
use handshake_teststore::kit;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// What reached the other host: each request's head and body, as received.
type Log = Arc<Mutex<Vec<String>>>;

/// One TLS listener serving `shop.test` (a WordPress home page; everything else redirects to
/// `evil.test` with the same path and query) and `evil.test` (records everything, answers 200).
async fn capturing_redirector() -> (u16, String, Log, tokio::task::JoinHandle<()>) {
    let cert = kit::server_cert(&["shop.test", "evil.test"]).expect("test certificate");
    let chain: Vec<CertificateDer<'static>> =
        CertificateDer::pem_slice_iter(cert.cert_pem.as_bytes())
            .collect::<Result<_, _>>()
            .expect("cert PEM");
    let key = PrivateKeyDer::from_pem_slice(cert.key_pem.as_bytes()).expect("key PEM");
    let mut config =
        rustls::ServerConfig::builder_with_provider(handshake_engine::net::trust::provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let log: Log = Arc::default();
    let seen = log.clone();
    let task = tokio::spawn(async move {
        // Bounded: a diagnosis makes a few dozen requests; the task is aborted at the end anyway.
        for _ in 0..500 {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            let seen = seen.clone();
            tokio::spawn(async move {
                let Ok(Ok(mut tls)) =
                    tokio::time::timeout(Duration::from_secs(5), acceptor.accept(tcp)).await
                else {
                    return;
                };
                let Some(request) = read_request(&mut tls).await else {
                    return;
                };
                let head = request.split("\r\n\r\n").next().unwrap_or("").to_string();
                let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
                let host = head
                    .lines()
                    .find_map(|l| {
                        l.to_ascii_lowercase()
                            .strip_prefix("host:")
                            .map(|h| h.trim().to_string())
                    })
                    .unwrap_or_default();
                let answer = if host.starts_with("evil.test") {
                    seen.lock().unwrap().push(request);
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]".to_string()
                } else if target == "/" {
                    let body = r#"<html><head><meta name="generator" content="WordPress 6.1"><link rel="stylesheet" href="/wp-content/themes/x.css"></head><body class="home">Shop</body></html>"#;
                    format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nLink: <https://shop.test:{port}/wp-json/>; rel=\"https://api.w.org/\"\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    )
                } else {
                    format!("HTTP/1.1 302 Found\r\nLocation: https://evil.test:{port}{target}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                };
                let _ = tls.write_all(answer.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (port, cert.ca_pem, log, task)
}

/// The request head and its Content-Length body (bounded), as text.
async fn read_request<S: tokio::io::AsyncRead + Unpin>(s: &mut S) -> Option<String> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let len: usize = head
                .lines()
                .find_map(|l| {
                    l.strip_prefix("content-length:")
                        .and_then(|v| v.trim().parse().ok())
                })
                .unwrap_or(0);
            if buf.len() >= end + 4 + len.min(65536) {
                return Some(String::from_utf8_lossy(&buf).into_owned());
            }
        }
        if buf.len() > 1 << 20 {
            return None;
        }
        let n = tokio::time::timeout_at(deadline.into(), s.read(&mut chunk))
            .await
            .ok()?
            .ok()?;
        if n == 0 {
            return Some(String::from_utf8_lossy(&buf).into_owned());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Some(b) = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirect_to_another_host_never_carries_credentials_there() {
    let (port, ca_pem, log, server) = capturing_redirector().await;
    let limit = Duration::from_secs(10);
    let mut run = Run {
        url: format!("https://shop.test:{port}/"),
        credentials: Some(test_credentials()),
        profile: Profile::default(),
        timeout: limit,
        resolve: Default::default(),
        ca_pem: Some(ca_pem),
    };
    for host in ["shop.test", "evil.test"] {
        run.resolve
            .insert(host.into(), vec!["127.0.0.1".parse().unwrap()]);
    }
    let started = Instant::now();
    let report = run.report().await;
    assert!(
        started.elapsed() <= limit + Duration::from_millis(700),
        "took {:?}",
        started.elapsed()
    );
    server.abort();

    let seen = log.lock().unwrap().clone();
    assert!(
        !seen.is_empty(),
        "the unauthenticated probes followed the redirect to evil.test (the trap was live)"
    );
    for request in &seen {
        let lower = request.to_ascii_lowercase();
        assert!(
            !lower.contains("\r\nauthorization:"),
            "an Authorization header reached evil.test:\n{request}"
        );
        let decoded = percent_decode(request);
        for needle in secret_needles() {
            assert!(
                !request.contains(&needle) && !decoded.contains(&needle),
                "a credential reached evil.test:\n{request}"
            );
        }
        assert!(
            !lower.contains("consumer_secret") && !lower.contains("oauth_signature"),
            "credential parameters reached evil.test:\n{request}"
        );
    }
    // The sign-in probes did run (and were stopped at the redirect), so the check above meant something.
    let basic = report
        .probes
        .iter()
        .find(|p| p.id == "auth.query")
        .expect("auth.query ran");
    assert_ne!(
        basic.outcome,
        handshake_engine::Outcome::Skipped,
        "{basic:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tls_handshake_that_never_answers_ends_within_the_time_limit() {
    // Accepts connections, reads the ClientHello, and never answers. Sockets are kept open.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tokio::spawn(async move {
        let mut held = Vec::new();
        for _ in 0..200 {
            let Ok((mut tcp, _)) = listener.accept().await else {
                return;
            };
            let mut hello = [0u8; 1024];
            let _ = tokio::time::timeout(Duration::from_millis(200), tcp.read(&mut hello)).await;
            held.push(tcp);
        }
    });
    let limit = Duration::from_secs(4);
    let run = Run {
        url: format!("https://127.0.0.1:{port}/"),
        credentials: Some(test_credentials()),
        profile: Profile::default(),
        timeout: limit,
        resolve: Default::default(),
        ca_pem: None,
    };
    let started = Instant::now();
    let report = run.report().await;
    let took = started.elapsed();
    server.abort();
    assert!(
        took <= limit + Duration::from_millis(700),
        "took {took:?} with a {limit:?} limit"
    );
    assert_ne!(report.verdict, Verdict::Healthy);
    let tls = report
        .probes
        .iter()
        .find(|p| p.id == "tls")
        .expect("the tls probe is reported");
    assert_ne!(tls.outcome, handshake_engine::Outcome::Pass, "{tls:?}");
    assert!(
        report.findings.iter().any(|f| matches!(
            f.id,
            FindingId::NetConnect | FindingId::TlsMissing | FindingId::TlsCertificate
        )),
        "a clear finding names the broken connection: {:?}",
        report
            .findings
            .iter()
            .map(|f| f.id.to_string())
            .collect::<Vec<_>>()
    );
}
