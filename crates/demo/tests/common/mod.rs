//! Helpers shared by the integration tests: start a store, a client that trusts its CA, and an
//! OAuth 1.0a signer written from RFC 5849 independently of the store's own code.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use handshake_demo::{start, RunningStore, StoreOptions, Tls};
use hmac::{Hmac, Mac};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;

pub const CK: &str = handshake_demo::TEST_CONSUMER_KEY;
pub const CS: &str = handshake_demo::TEST_CONSUMER_SECRET;

pub async fn store(scenario: &str) -> RunningStore {
    start(StoreOptions::new(scenario))
        .await
        .expect("store starts")
}

/// A store and a client for it.
pub async fn shop(scenario: &str) -> (RunningStore, reqwest::Client) {
    let s = store(scenario).await;
    let c = client(&s);
    (s, c)
}

pub async fn store_with(scenario: &str, f: impl FnOnce(&mut StoreOptions)) -> RunningStore {
    let mut o = StoreOptions::new(scenario);
    f(&mut o);
    start(o).await.expect("store starts")
}

pub fn plain(scenario: &str) -> StoreOptions {
    let mut o = StoreOptions::new(scenario);
    o.tls = Tls::Off;
    o
}

pub fn rustls_config(ca_pem: Option<&str>) -> rustls::ClientConfig {
    let mut roots = rustls::RootCertStore::empty();
    if let Some(pem) = ca_pem {
        for c in CertificateDer::pem_slice_iter(pem.as_bytes()) {
            roots.add(c.unwrap()).unwrap();
        }
    }
    rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth()
}

/// A client that trusts the store's CA, follows no redirects, and resolves the test names.
pub fn client(store: &RunningStore) -> reqwest::Client {
    client_for(store.ca_pem(), store.url().port().unwrap())
}

pub fn client_for(ca_pem: Option<&str>, port: u16) -> reqwest::Client {
    let lo = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    reqwest::Client::builder()
        .tls_backend_preconfigured(rustls_config(ca_pem))
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .resolve("shop.test", lo)
        .resolve("www.shop.test", lo)
        .build()
        .unwrap()
}

pub fn url(store: &RunningStore, path: &str) -> String {
    store.url().join(path).unwrap().to_string()
}

/// WooCommerce's refusal to list for a request it did not authenticate.
pub fn cannot_list() -> String {
    wp_error(
        "woocommerce_rest_cannot_view",
        "Sorry, you cannot list resources.",
        401,
    )
}

/// A whole answer, read at once: what the assertions look at.
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Answer {
    /// The header's value, or "" when it is absent.
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap())
            .unwrap_or("")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    /// Asserts WordPress's REST error: `status` on the status line and in the exact body.
    #[track_caller]
    pub fn assert_wp_error(&self, status: u16, code: &str, message: &str) {
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(self.body, wp_error(code, message, status));
    }
}

/// A request as the tests send it: with the test key or the administrator's application
/// password, with a JSON body, and read whole.
pub trait Request: Sized {
    /// The test consumer key and secret as Basic credentials.
    fn key(self) -> Self;
    /// The administrator's application password as Basic credentials.
    fn admin(self) -> Self;
    fn json_str(self, body: &str) -> Self;
    fn fetch(self) -> impl std::future::Future<Output = Answer>;
}

impl Request for reqwest::RequestBuilder {
    fn key(self) -> Self {
        self.basic_auth(CK, Some(CS))
    }

    fn admin(self) -> Self {
        self.basic_auth(
            handshake_demo::TEST_WP_USER,
            Some(handshake_demo::TEST_WP_APP_PASSWORD),
        )
    }

    fn json_str(self, body: &str) -> Self {
        self.header("content-type", "application/json")
            .body(body.to_string())
    }

    async fn fetch(self) -> Answer {
        let r = self.send().await.unwrap();
        Answer {
            status: r.status().as_u16(),
            headers: r.headers().clone(),
            body: r.text().await.unwrap(),
        }
    }
}

pub async fn text(r: reqwest::Response) -> String {
    r.text().await.unwrap()
}

pub fn header<'a>(r: &'a reqwest::Response, name: &str) -> &'a str {
    r.headers()
        .get(name)
        .map(|v| v.to_str().unwrap())
        .unwrap_or("")
}

/// RFC 3986 unreserved characters stay, everything else is %XX (RFC 5849 §3.6).
pub fn pct(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// OAuth 1.0a one-legged parameters (including oauth_signature) for a request.
#[allow(clippy::too_many_arguments)]
pub fn oauth_params(
    method: &str,
    base_uri: &str,
    query: &[(&str, &str)],
    key: &str,
    secret: &str,
    sig_method: &str,
    nonce: &str,
    timestamp: i64,
) -> Vec<(String, String)> {
    let mut params: Vec<(String, String)> = vec![
        ("oauth_consumer_key".into(), key.into()),
        ("oauth_nonce".into(), nonce.into()),
        ("oauth_signature_method".into(), sig_method.into()),
        ("oauth_timestamp".into(), timestamp.to_string()),
    ];
    params.extend(query.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let mut enc: Vec<(String, String)> = params.iter().map(|(k, v)| (pct(k), pct(v))).collect();
    enc.sort();
    let norm = enc
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let base = format!("{}&{}&{}", method, pct(base_uri), pct(&norm));
    let key_bytes = format!("{}&", pct(secret));
    let sig = match sig_method {
        "HMAC-SHA256" => {
            let mut m = Hmac::<sha2::Sha256>::new_from_slice(key_bytes.as_bytes()).unwrap();
            m.update(base.as_bytes());
            base64::engine::general_purpose::STANDARD.encode(m.finalize().into_bytes())
        }
        _ => {
            let mut m = Hmac::<sha1::Sha1>::new_from_slice(key_bytes.as_bytes()).unwrap();
            m.update(base.as_bytes());
            base64::engine::general_purpose::STANDARD.encode(m.finalize().into_bytes())
        }
    };
    params.push(("oauth_signature".into(), sig));
    params
}

/// One OAuth 1.0a signature of a GET: the test key and secret, HMAC-SHA1, now, no other
/// parameters, unless a field says otherwise.
pub struct OAuth<'a> {
    pub key: &'a str,
    pub secret: &'a str,
    pub method: &'a str,
    pub nonce: &'a str,
    pub timestamp: i64,
    pub query: &'a [(&'a str, &'a str)],
}

impl<'a> OAuth<'a> {
    pub fn new(nonce: &'a str) -> Self {
        Self {
            key: CK,
            secret: CS,
            method: "HMAC-SHA1",
            nonce,
            timestamp: now(),
            query: &[],
        }
    }

    /// The signed parameters (oauth_signature last) for a GET of `base_uri`.
    pub fn params(&self, base_uri: &str) -> Vec<(String, String)> {
        oauth_params(
            "GET",
            base_uri,
            self.query,
            self.key,
            self.secret,
            self.method,
            self.nonce,
            self.timestamp,
        )
    }

    /// The query string that signs a GET of `base_uri`.
    pub fn query_string(&self, base_uri: &str) -> String {
        query_string(&self.params(base_uri))
    }

    /// `base_uri` with its signature in the query string.
    pub fn url(&self, base_uri: &str) -> String {
        format!("{base_uri}?{}", self.query_string(base_uri))
    }

    /// The `Authorization: OAuth ...` value that signs a GET of `base_uri`.
    pub fn header(&self, base_uri: &str) -> String {
        let fields: Vec<String> = self
            .params(base_uri)
            .iter()
            .map(|(k, v)| format!("{k}=\"{}\"", pct(v)))
            .collect();
        format!("OAuth {}", fields.join(", "))
    }
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

pub fn query_string(params: &[(String, String)]) -> String {
    params
        .iter()
        .map(|(k, v)| format!("{}={}", pct(k), pct(v)))
        .collect::<Vec<_>>()
        .join("&")
}

pub fn basic(user: &str, pass: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"))
    )
}

/// The exact WordPress REST error body.
pub fn wp_error(code: &str, message: &str, status: u16) -> String {
    format!(
        "{{\"code\":\"{code}\",\"message\":\"{}\",\"data\":{{\"status\":{status}}}}}",
        message.replace('/', "\\/")
    )
}
