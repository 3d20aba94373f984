//! A store with a self-signed certificate made the usual way (`openssl req -x509`, which marks it
//! `CA:TRUE`) that the owner trusts with `--ca-cert`: accepted, as PHP's curl, Python's requests
//! and Node (all OpenSSL) accept a server certificate that is itself trusted. The same certificate
//! for another name, or without being trusted, is still refused — in words, not a debug string.

use std::time::{Duration, Instant};

use handshake_engine::internals::http::{HttpClient, ProbeRequest};
use handshake_engine::internals::net::tls_check;
use handshake_engine::net::resolve::Resolver;
use handshake_engine::Trust;
use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

/// `openssl req -x509 -newkey … -subj /CN=localhost -addext subjectAltName=…`: self-signed, CA:TRUE.
fn openssl_style_self_signed() -> (String, String) {
    let key = KeyPair::generate().unwrap();
    let mut params =
        CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()]).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let cert = params.self_signed(&key).unwrap();
    (cert.pem(), key.serialize_pem())
}

async fn serve(cert_pem: &str, key_pem: &str) -> (u16, tokio::task::JoinHandle<()>) {
    let acceptor = handshake_tests::trap::tls_acceptor(cert_pem, key_pem);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let task = tokio::spawn(async move {
        for _ in 0..20 {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(Ok(mut tls)) =
                    tokio::time::timeout(Duration::from_secs(5), acceptor.accept(tcp)).await
                else {
                    return;
                };
                let _ = handshake_tests::trap::read_request(&mut tls).await;
                let _ = tls
                    .write_all(
                        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
                    )
                    .await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (port, task)
}

fn client(trust: &Trust) -> HttpClient {
    let limit = Duration::from_secs(5);
    HttpClient::new(
        trust,
        Resolver::offline(Default::default()),
        Instant::now() + limit,
        limit,
    )
    .unwrap()
}

#[tokio::test]
async fn a_trusted_self_signed_ca_certificate_is_accepted_for_its_names() {
    let (cert, key) = openssl_style_self_signed();
    let (port, server) = serve(&cert, &key).await;
    let trust = Trust::from_pem(&cert, "store.pem").unwrap();
    let addr = format!("127.0.0.1:{port}").parse().unwrap();

    let report = tls_check::check(&trust, "127.0.0.1", addr, Duration::from_secs(5))
        .await
        .unwrap();
    assert!(report.problem.is_none(), "{:?}", report.problem);
    let fetched = client(&trust)
        .fetch(
            &ProbeRequest::get(format!("https://127.0.0.1:{port}/").parse().unwrap()),
            false,
        )
        .await;
    assert_eq!(
        fetched.last().map(|e| e.status),
        Some(200),
        "{:?}",
        fetched.error
    );

    // The same trusted certificate for a name it does not carry is still refused.
    let wrong = tls_check::check(&trust, "shop.test", addr, Duration::from_secs(5))
        .await
        .unwrap();
    let problem = wrong.problem.expect("wrong name refused").to_string();
    assert!(problem.contains("shop.test"), "{problem}");
    server.abort();
}

#[tokio::test]
async fn an_untrusted_ca_certificate_is_refused_in_words() {
    let (cert, key) = openssl_style_self_signed();
    let (port, server) = serve(&cert, &key).await;
    // Trust some other certificate: the store's own is not trusted.
    let (other, _) = openssl_style_self_signed();
    let trust = Trust::from_pem(&other, "other.pem").unwrap();
    let addr = format!("127.0.0.1:{port}").parse().unwrap();
    let report = tls_check::check(&trust, "127.0.0.1", addr, Duration::from_secs(5))
        .await
        .unwrap();
    let problem = report.problem.expect("refused").to_string();
    for debug in ["Other(", "OtherError", "CaUsedAsEndEntity", "UnknownIssuer"] {
        assert!(
            !problem.contains(debug),
            "a debug string reached a person: {problem}"
        );
    }
    server.abort();
}
