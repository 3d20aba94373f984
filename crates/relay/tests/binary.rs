//! The `handshake-relay` binary as an operator runs it: the ready line, TLS from files, a full
//! flow, and a log that never holds a key, secret, token or session id.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;
use handshake_relay_client::{PickupOutcome, RelayClient};
use secrecy::ExposeSecret;

const BIN: &str = env!("CARGO_BIN_EXE_handshake-relay");

#[tokio::test]
async fn binary_serves_tls_and_logs_no_secrets() {
    let cert = test_cert();
    let dir = tempfile::tempdir().unwrap();
    let cert_path = dir.path().join("cert.pem");
    let key_path = dir.path().join("key.pem");
    std::fs::write(&cert_path, &cert.tls.cert_chain).unwrap();
    std::fs::write(&key_path, &cert.tls.private_key).unwrap();

    let mut child = Command::new(BIN)
        .args([
            "--addr",
            "127.0.0.1:0",
            "--log-level",
            "debug",
            "--session-ttl",
            "60",
        ])
        .arg("--tls-cert")
        .arg(&cert_path)
        .arg("--tls-key")
        .arg(&key_path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("ready line: {line:?}"))
        .to_string();
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");

    let client = RelayClient::new(&url, Some(&cert.ca_pem)).unwrap();
    let session = client.create_session("https://shop.example").await.unwrap();
    let response = post_callback(
        &http(Some(&cert.ca_pem)),
        &session.callback_url,
        woo_body(&session.user_id),
    )
    .await;
    assert_eq!(response.status().as_u16(), 200);
    let page = http(Some(&cert.ca_pem))
        .get(format!(
            "{}?success=1&user_id={}",
            session.return_url, session.user_id
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status().as_u16(), 200);
    assert!(matches!(
        client
            .pickup(&session, Duration::from_secs(2))
            .await
            .unwrap(),
        PickupOutcome::Delivered(_)
    ));

    // A graceful stop on SIGTERM.
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "{exit:?}");
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(
        log.contains("callback"),
        "the log records the attempt: {log}"
    );
    for secret in [
        CK,
        CS,
        session.pickup_token.expose_secret(),
        session.id.as_str(),
    ] {
        assert!(!log.contains(secret), "the log leaked {secret}:\n{log}");
    }
}

#[tokio::test]
async fn rate_limited_requests_are_logged_as_counts() {
    let mut child = Command::new(BIN)
        .args([
            "--addr",
            "127.0.0.1:0",
            "--rate-burst",
            "2",
            "--rate-per-minute",
            "1",
            "--refusal-log-secs",
            "1",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap()
        .to_string();
    let client = http(None);
    let mut limited = 0;
    for _ in 0..200 {
        let r = client
            .get(format!("{url}/v1/sessions/AAAAAAAAAAAAAAAAAAAAAAAA"))
            .send()
            .await
            .unwrap();
        if r.status().as_u16() == 429 {
            limited += 1;
        }
    }
    assert!(limited >= 190, "{limited}");
    // Past one summary interval, then stop.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    child.wait().unwrap();
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(
        !log.lines().any(|l| l.contains("status=429")),
        "no line per refused request:\n{log}"
    );
    let counted: u64 = log
        .lines()
        .filter(|l| l.contains("refused") && l.contains("rate limited"))
        .filter_map(|l| {
            l.split_whitespace()
                .find_map(|w| w.strip_prefix("total="))
                .and_then(|n| n.parse::<u64>().ok())
        })
        .sum();
    assert_eq!(counted, limited, "the summary counts every refusal:\n{log}");
    assert!(
        log.lines().count() < 20,
        "a few lines, not one per request:\n{log}"
    );
}

#[test]
fn binary_refuses_half_a_tls_configuration() {
    let output = Command::new(BIN)
        .args(["--addr", "127.0.0.1:0", "--tls-cert", "x.pem"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--tls-key"));
}

#[test]
fn binary_reports_an_unreadable_certificate() {
    let output = Command::new(BIN)
        .args([
            "--addr",
            "127.0.0.1:0",
            "--tls-cert",
            "/nonexistent/cert.pem",
            "--tls-key",
            "/nonexistent/key.pem",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("/nonexistent/cert.pem"));
    assert!(output.stdout.is_empty(), "no ready line on failure");
}
