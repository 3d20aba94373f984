//! A hostile server for credential tests: one TLS port and one plain-HTTP port on loopback, serving
//! several host names (`shop.test`, `evil.test`, look-alikes) as a test's `answer` function says,
//! and recording every request that reaches any host other than the store's own. Tests then prove
//! that no credential, in any form, ever reached those hosts.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use handshake_demo::kit;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;

/// The store the owner means; every other host name is the attacker's.
pub const STORE_HOST: &str = "shop.test";

/// One request as the trap saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    /// `https` or `http`.
    pub scheme: &'static str,
    /// The Host header without the port.
    pub host: String,
    pub target: String,
    /// Head and body, as received.
    pub raw: String,
}

/// What the trap answers: a whole HTTP/1.1 response for a request.
pub type Answer = Arc<dyn Fn(&Seen, &Ports) -> String + Send + Sync>;

#[derive(Debug, Clone, Copy)]
pub struct Ports {
    pub tls: u16,
    pub plain: u16,
}

pub struct Trap {
    pub ports: Ports,
    pub ca_pem: String,
    log: Arc<Mutex<Vec<Seen>>>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Trap {
    /// Serves `names` (the certificate's names) with `answer` on a TLS and a plain port.
    pub async fn start(names: &[&str], answer: Answer) -> Trap {
        let cert = kit::server_cert(names).expect("test certificate");
        let acceptor = tls_acceptor(&cert.cert_pem, &cert.key_pem);
        let tls = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let plain = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let ports = Ports {
            tls: tls.local_addr().unwrap().port(),
            plain: plain.local_addr().unwrap().port(),
        };
        let log: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let mut tasks = Vec::new();
        for (listener, secure) in [(tls, true), (plain, false)] {
            let (acceptor, log, answer) = (acceptor.clone(), log.clone(), answer.clone());
            tasks.push(tokio::spawn(async move {
                // Bounded: a diagnosis makes a few dozen requests; the task is aborted at the end.
                for _ in 0..500 {
                    let Ok((tcp, _)) = listener.accept().await else {
                        return;
                    };
                    let (acceptor, log, answer) = (acceptor.clone(), log.clone(), answer.clone());
                    tokio::spawn(async move {
                        if secure {
                            let Ok(Ok(tls)) =
                                tokio::time::timeout(Duration::from_secs(5), acceptor.accept(tcp))
                                    .await
                            else {
                                return;
                            };
                            serve(tls, "https", ports, &log, &answer).await;
                        } else {
                            serve(tcp, "http", ports, &log, &answer).await;
                        }
                    });
                }
            }));
        }
        Trap {
            ports,
            ca_pem: cert.ca_pem,
            log,
            tasks,
        }
    }

    /// Every request that reached a host other than the store's.
    pub fn elsewhere(&self) -> Vec<Seen> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|s| s.host != STORE_HOST)
            .cloned()
            .collect()
    }

    pub fn stop(&self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

impl Drop for Trap {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn serve<S: AsyncRead + AsyncWrite + Unpin>(
    mut s: S,
    scheme: &'static str,
    ports: Ports,
    log: &Mutex<Vec<Seen>>,
    answer: &Answer,
) {
    let Some(raw) = read_request(&mut s).await else {
        return;
    };
    let head = raw.split("\r\n\r\n").next().unwrap_or("").to_string();
    let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let host = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("host:")
                .map(|h| h.trim().to_string())
        })
        .unwrap_or_default();
    let host = host
        .rsplit_once(':')
        .map(|(h, _)| h.to_string())
        .unwrap_or(host);
    let seen = Seen {
        scheme,
        host,
        target,
        raw,
    };
    let response = answer(&seen, &ports);
    log.lock().unwrap().push(seen);
    let _ = s.write_all(response.as_bytes()).await;
    let _ = s.shutdown().await;
}

/// An HTTP/1.1 TLS acceptor for a PEM certificate chain and its key.
pub fn tls_acceptor(cert_pem: &str, key_pem: &str) -> tokio_rustls::TlsAcceptor {
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(cert_pem.as_bytes())
        .collect::<Result<_, _>>()
        .expect("cert PEM");
    let key = PrivateKeyDer::from_pem_slice(key_pem.as_bytes()).expect("key PEM");
    let mut config =
        rustls::ServerConfig::builder_with_provider(handshake_engine::internals::net::provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    tokio_rustls::TlsAcceptor::from(Arc::new(config))
}

/// A WordPress-looking home page advertising its API root on `origin`.
pub fn wordpress_home(origin: &str) -> String {
    let body = r#"<html><head><meta name="generator" content="WordPress 6.6"><link rel="stylesheet" href="/wp-content/themes/x.css"></head><body class="home">Shop</body></html>"#;
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nLink: <{origin}/wp-json/>; rel=\"https://api.w.org/\"\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

pub fn redirect(status: u16, location: &str) -> String {
    format!("HTTP/1.1 {status} Moved\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
}

pub fn json(status: u16, body: &str) -> String {
    format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

/// The request head and its Content-Length body (bounded), as text.
pub async fn read_request<S: AsyncRead + Unpin>(s: &mut S) -> Option<String> {
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

/// `%xx` and `+` decoded, lossily (what a server would read from a query).
pub fn percent_decode(s: &str) -> String {
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

/// Panics when any request in `seen` carries a credential: an Authorization header, a key,
/// secret or password (raw, percent-decoded or in a Basic token), or credential parameters.
pub fn assert_no_credentials(seen: &[Seen]) {
    for s in seen {
        let request = &s.raw;
        let lower = request.to_ascii_lowercase();
        assert!(
            !lower.contains("\r\nauthorization:"),
            "an Authorization header reached {}:\n{request}",
            s.host
        );
        let decoded = percent_decode(request);
        for needle in crate::secret_needles() {
            assert!(
                !request.contains(&needle) && !decoded.contains(&needle),
                "a credential reached {}:\n{request}",
                s.host
            );
        }
        assert!(
            !lower.contains("consumer_secret")
                && !lower.contains("consumer_key")
                && !lower.contains("oauth_signature"),
            "credential parameters reached {}:\n{request}",
            s.host
        );
    }
}
