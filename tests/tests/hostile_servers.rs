//! Hostile servers written here rather than in the scenario store, because they misbehave below
//! HTTP (redirects to other hosts are in `credential_destinations.rs`):
//! - a TLS server that accepts the connection and never answers the ClientHello: the run still ends
//!   within its time limit with a finding.

use std::time::{Duration, Instant};

use handshake_engine::{FindingId, ProbeId, Profile, Verdict};
use handshake_tests::{test_credentials, Run};
use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;

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
        .find(|p| p.id == ProbeId::Tls)
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
