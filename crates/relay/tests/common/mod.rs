//! Shared test helpers: relays on loopback, raw HTTP, WooCommerce-shaped bodies, certificates and
//! a throw-away `redis-server`.
#![allow(dead_code)]

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use handshake_relay::server::{RelayConfig, TlsPem};
use handshake_relay::RunningRelay;
use handshake_relay_client::{RelayClient, Session};

pub const CK: &str = "ck_4f3c2b1a09876543210fedcba9876543210fedcb";
pub const CS: &str = "cs_0a1b2c3d4e5f60718293a4b5c6d7e8f901234567";

/// A relay on a free loopback port with test-friendly limits.
pub fn test_config() -> RelayConfig {
    RelayConfig {
        addr: "127.0.0.1:0".parse().unwrap(),
        poll_interval: Duration::from_millis(100),
        ..RelayConfig::default()
    }
}

pub async fn start(config: RelayConfig) -> RunningRelay {
    handshake_relay::serve(config).await.expect("relay starts")
}

/// The relay's base URL without the trailing slash.
pub fn base(relay: &RunningRelay) -> String {
    relay.url().as_str().trim_end_matches('/').to_string()
}

/// A plain HTTP client (ring provider, optional extra CA) that never follows redirects.
pub fn http(ca_pem: Option<&str>) -> reqwest::Client {
    http_from(None, ca_pem)
}

/// The same client, its connections leaving from `local` when given (a second loopback address).
#[allow(dead_code)] // not every test binary that shares this module sends from another address
pub fn http_from(local: Option<std::net::IpAddr>, ca_pem: Option<&str>) -> reqwest::Client {
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    if let Some(pem) = ca_pem {
        for cert in rustls::pki_types::CertificateDer::pem_slice_iter(pem.as_bytes()) {
            roots.add(cert.unwrap()).unwrap();
        }
    }
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .local_address(local)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(40))
        .build()
        .unwrap()
}

/// The body WooCommerce's `post_consumer_data` sends (user_id as a JSON string).
pub fn woo_body(user_id: &str) -> String {
    format!(
        r#"{{"key_id":42,"user_id":"{user_id}","consumer_key":"{CK}","consumer_secret":"{CS}","key_permissions":"read_write"}}"#
    )
}

/// POSTs like WordPress's `wp_safe_remote_post` does.
pub async fn post_callback(
    client: &reqwest::Client,
    callback_url: &str,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    client
        .post(callback_url)
        .header("content-type", "application/json;charset=UTF-8")
        .header("user-agent", "WordPress/6.6; https://shop.example")
        .body(body)
        .send()
        .await
        .expect("callback request")
}

/// The desktop's side: a client of `relay` (no extra CA) and one session for a store.
pub async fn open_session(relay: &RunningRelay) -> (RelayClient, Session) {
    let client = RelayClient::new(&base(relay), None).unwrap();
    let session = client.create_session("https://shop.example").await.unwrap();
    (client, session)
}

/// The store's genuine POST of the keys for `session` (WooCommerce's body) to its callback URL.
pub async fn deliver(http: &reqwest::Client, session: &Session) -> reqwest::Response {
    post_callback(http, &session.callback_url, woo_body(&session.user_id)).await
}

/// Where the store sends the owner's browser after its approve (`success=1`) or deny page.
pub fn return_url(session: &Session, approved: bool) -> String {
    format!(
        "{}?success={}&user_id={}",
        session.return_url,
        u8::from(approved),
        session.user_id
    )
}

/// The owner's browser arriving there.
pub async fn come_back(
    http: &reqwest::Client,
    session: &Session,
    approved: bool,
) -> reqwest::Response {
    http.get(return_url(session, approved))
        .send()
        .await
        .expect("return request")
}

/// A CA and a leaf for localhost/127.0.0.1, as PEM.
pub struct TestCert {
    pub ca_pem: String,
    pub tls: TlsPem,
}

pub fn test_cert() -> TestCert {
    use rcgen::{
        BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose,
    };
    let ca_key = KeyPair::generate().unwrap();
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.distinguished_name
        .push(DnType::CommonName, "Relay Test CA");
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let ca_pem = ca_cert.pem();
    let issuer = Issuer::new(ca, ca_key);
    let leaf_key = KeyPair::generate().unwrap();
    let leaf =
        CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()]).unwrap();
    let leaf_cert = leaf.signed_by(&leaf_key, &issuer).unwrap();
    TestCert {
        ca_pem,
        tls: TlsPem {
            cert_chain: format!("{}{}", leaf_cert.pem(), ca_cert.pem()).into_bytes(),
            private_key: leaf_key.serialize_pem().into_bytes(),
        },
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A `redis-server` on a free loopback port, killed on drop.
pub struct RedisServer {
    child: Child,
    pub url: String,
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `redis-server`, or returns `None` (skip) when it is not installed — except under CI,
/// where a missing server is a failure so the test cannot silently stop running.
pub fn redis_server() -> Option<RedisServer> {
    let port = free_port();
    let child = Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let child = match child {
        Ok(c) => c,
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("SKIPPED: redis-server not available ({e}); install it with `apt-get install -y redis-server`");
            return None;
        }
        Err(e) => panic!("redis-server is required under CI: {e}"),
    };
    let server = RedisServer {
        child,
        url: format!("redis://127.0.0.1:{port}/"),
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if redis_ping(port) {
            return Some(server);
        }
        assert!(
            Instant::now() < deadline,
            "redis-server did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn redis_ping(port: u16) -> bool {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_millis(500)));
    if s.write_all(b"PING\r\n").is_err() {
        return false;
    }
    let mut buf = [0u8; 7];
    s.read_exact(&mut buf).is_ok() && &buf == b"+PONG\r\n"
}

#[cfg(feature = "redis")]
pub fn redis_config(url: &str, prefix: &str) -> RelayConfig {
    RelayConfig {
        storage: handshake_relay::Storage::Redis {
            url: url.to_string(),
            prefix: prefix.to_string(),
        },
        ..test_config()
    }
}
