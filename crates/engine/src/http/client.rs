//! The shared HTTP client: rustls with our trust roots, HTTP/2 by ALPN, keep-alive, no automatic
//! redirects (each hop is followed by hand and recorded), and hard bounds on time and body size so a
//! hostile or broken server can neither hang nor exhaust a run.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use reqwest::header::{
    HeaderMap, HeaderName, HeaderValue, AUTHORIZATION, CONTENT_TYPE, USER_AGENT,
};
use reqwest::Method;
use secrecy::{ExposeSecret, SecretString};
use thiserror::Error;
use url::Url;

use super::exchange::{Exchange, Fetched};
use crate::credential_scope;
use crate::credentials::REDACTED;
use crate::net::policy::{AdmitError, Guard, GuardResolver};
use crate::net::resolve::{ResolveError, Resolver};
use crate::net::trust::Trust;
use crate::oauth1;

/// Largest body kept, after decompression (a compression bomb stops here).
pub const BODY_CAP: usize = 4 * 1024 * 1024;
/// At most this many redirects are followed for one request.
pub const MAX_REDIRECTS: usize = 5;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(8);
/// Why a request with credentials was not sent over a certificate that failed (our words, in
/// `FetchError::Tls`; [`FetchError::message_in`] says them in the reader's language).
const NO_CREDENTIALS_OVER_BAD_CERT: &str =
    "the certificate is not valid, so no credentials were sent";

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum FetchError {
    #[error("{0}")]
    Dns(String),
    #[error("connection failed: {0}")]
    Connect(String),
    #[error("TLS failed: {0}")]
    Tls(String),
    #[error("no answer within {}", crate::human::duration(*.0))]
    Timeout(Duration),
    #[error("more than {MAX_REDIRECTS} redirects")]
    TooManyRedirects,
    #[error("the server's answer was malformed: {0}")]
    Protocol(String),
    #[error("refused to send credentials over plain HTTP")]
    InsecureCredentials,
    /// A request with credentials was redirected to another address; not followed.
    #[error("redirected to {0}, another address: not followed with the credentials")]
    CredentialsNotForwarded(String),
    /// The remote check's network policy refused the request (a private address, a port); nothing
    /// was sent.
    #[error("not sent: {0}")]
    Refused(String),
}

impl FetchError {
    /// The error in `lang` for the list of every check (English: the Display text). What the
    /// system or the TLS library said stays as it said it.
    pub fn message_in(&self, lang: handshake_l10n::Lang) -> String {
        use handshake_l10n::t;
        match self {
            FetchError::Dns(e) => e.clone(),
            FetchError::Connect(e) => t!(lang, "fetch-error-connect", "error" => e.as_str()),
            FetchError::Tls(e) if e == NO_CREDENTIALS_OVER_BAD_CERT => t!(
                lang,
                "fetch-error-tls",
                "error" => t!(lang, "fetch-error-cert-no-credentials")
            ),
            FetchError::Tls(e) => t!(lang, "fetch-error-tls", "error" => e.as_str()),
            FetchError::Timeout(d) => {
                t!(lang, "fetch-error-timeout", "duration" => crate::human::duration(*d))
            }
            FetchError::TooManyRedirects => {
                t!(lang, "fetch-error-too-many-redirects", "count" => MAX_REDIRECTS)
            }
            FetchError::Protocol(e) => t!(lang, "fetch-error-protocol", "error" => e.as_str()),
            FetchError::InsecureCredentials => t!(lang, "fetch-error-insecure-credentials"),
            FetchError::CredentialsNotForwarded(a) => {
                t!(lang, "fetch-error-credentials-not-forwarded", "address" => a.as_str())
            }
            FetchError::Refused(e) => t!(lang, "fetch-error-refused", "error" => e.as_str()),
        }
    }
}

impl From<AdmitError> for FetchError {
    fn from(e: AdmitError) -> FetchError {
        match e {
            AdmitError::Resolve(r) => FetchError::Dns(r.to_string()),
            AdmitError::Refused(r) => FetchError::Refused(r.to_string()),
        }
    }
}

/// How a request authenticates. Secrets stay typed until the moment they are put on the wire.
#[derive(Debug, Clone, Default)]
pub enum Auth {
    #[default]
    None,
    /// `Authorization: Basic` (WooCommerce keys or an application password).
    Basic {
        user: String,
        password: SecretString,
    },
    /// `?consumer_key=…&consumer_secret=…` (WooCommerce's fallback for header-stripping hosts).
    QueryKeys {
        key: SecretString,
        secret: SecretString,
    },
    /// One-legged OAuth 1.0a in the query; `signed_scheme` overrides the base string's scheme.
    OAuth1 {
        key: SecretString,
        secret: SecretString,
        signed_scheme: Option<&'static str>,
    },
}

impl Auth {
    fn reveals_secret(&self) -> bool {
        matches!(self, Auth::Basic { .. } | Auth::QueryKeys { .. })
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Auth::None)
    }
}

#[derive(Debug, Clone)]
pub struct ProbeRequest {
    pub method: Method,
    pub url: Url,
    pub auth: Auth,
    pub json_body: Option<String>,
    pub headers: Vec<(HeaderName, HeaderValue)>,
    /// Follow redirects (recording each hop) instead of reporting the first answer.
    pub follow: bool,
}

impl ProbeRequest {
    pub fn get(url: Url) -> ProbeRequest {
        ProbeRequest {
            method: Method::GET,
            url,
            auth: Auth::None,
            json_body: None,
            headers: Vec::new(),
            follow: false,
        }
    }
    pub fn with_method(mut self, method: Method) -> Self {
        self.method = method;
        self
    }
    pub fn with_json(mut self, body: &str) -> Self {
        self.json_body = Some(body.to_string());
        self
    }
    pub fn with_auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }
    pub fn following(mut self) -> Self {
        self.follow = true;
        self
    }
    pub fn with_header(mut self, name: &'static str, value: &str) -> Self {
        if let Ok(v) = HeaderValue::from_str(value) {
            self.headers.push((HeaderName::from_static(name), v));
        }
        self
    }
}

#[derive(Clone)]
pub struct HttpClient {
    verified: reqwest::Client,
    /// Accepts any certificate; used after the TLS check found the certificate broken, so the rest
    /// of the store can still be diagnosed. Never carries credentials.
    insecure: reqwest::Client,
    deadline: Instant,
    per_request: Duration,
    resolver: Resolver,
    user_agent: String,
    /// The remote check's policy: every hop admitted, every connection to a checked address.
    guard: Option<Arc<Guard>>,
    body_cap: usize,
}

impl std::fmt::Debug for HttpClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpClient")
            .field("deadline", &self.deadline)
            .finish_non_exhaustive()
    }
}

impl HttpClient {
    pub fn new(
        trust: &Trust,
        resolver: Resolver,
        deadline: Instant,
        per_request: Duration,
    ) -> Result<HttpClient, FetchError> {
        let user_agent = crate::profile::handshake_user_agent();
        let build = |tls: rustls::ClientConfig| {
            reqwest::Client::builder()
                .tls_backend_preconfigured(tls)
                .dns_resolver(resolver.clone())
                .redirect(reqwest::redirect::Policy::none())
                .connect_timeout(CONNECT_TIMEOUT)
                .pool_idle_timeout(Duration::from_secs(30))
                .no_proxy()
                .build()
                .map_err(|e| FetchError::Protocol(e.to_string()))
        };
        Ok(HttpClient {
            verified: build(trust.client_config())?,
            insecure: build(trust.insecure_client_config())?,
            deadline,
            per_request,
            resolver,
            user_agent,
            guard: None,
            body_cap: BODY_CAP,
        })
    }

    /// Sends this `User-Agent` (the app's, from its profile) instead of Handshake's own.
    pub fn with_user_agent(mut self, agent: String) -> HttpClient {
        self.user_agent = agent;
        self
    }

    pub fn resolver(&self) -> &Resolver {
        &self.resolver
    }

    fn budget(&self) -> Duration {
        self.deadline
            .saturating_duration_since(Instant::now())
            .min(self.per_request)
    }

    /// Sends the request (following redirects by hand when asked). `insecure_tls` accepts any
    /// certificate and is refused for requests that carry credentials.
    pub async fn fetch(&self, req: &ProbeRequest, insecure_tls: bool) -> Fetched {
        let mut fetched = Fetched::default();
        let mut method = req.method.clone();
        let mut url = req.url.clone();
        let mut body = req.json_body.clone();
        for _ in 0..=MAX_REDIRECTS {
            // A request with credentials follows a redirect only within the address it was meant
            // for (or its https upgrade on the same host); anywhere else it stops, so neither a
            // header nor a key echoed back into a Location's query ever reaches another host.
            if !req.auth.is_none() && !credential_scope::allows(&req.url, &url) {
                fetched.error = Some(FetchError::CredentialsNotForwarded(
                    url.origin().ascii_serialization(),
                ));
                return fetched;
            }
            let auth = req.auth.clone();
            if auth.reveals_secret() && url.scheme() != "https" {
                fetched.error = Some(FetchError::InsecureCredentials);
                return fetched;
            }
            if insecure_tls && !auth.is_none() {
                fetched.error = Some(FetchError::Tls(NO_CREDENTIALS_OVER_BAD_CERT.into()));
                return fetched;
            }
            // Under a policy, each hop (the first and every redirect) is admitted before it is sent.
            if let Some(guard) = &self.guard {
                if let Err(e) = guard.admit(&url).await {
                    fetched.error = Some(e.into());
                    return fetched;
                }
            }
            match self
                .send_once(
                    &method,
                    &url,
                    &auth,
                    body.as_deref(),
                    &req.headers,
                    insecure_tls,
                )
                .await
            {
                Ok(exchange) => {
                    let next = if req.follow && exchange.is_redirect() {
                        exchange.location()
                    } else {
                        None
                    };
                    let status = exchange.status;
                    fetched.hops.push(exchange);
                    let Some(next) = next else { return fetched };
                    // A user name or password in a redirect's address is a phishing trick
                    // (`https://shop.example@evil.example/`), and the HTTP stack would send it
                    // as a Basic header: never follow one.
                    if !next.username().is_empty() || next.password().is_some() {
                        fetched.error = Some(FetchError::Protocol(format!(
                            "a redirect to {} puts a user name or password in the address; not followed",
                            next.origin().ascii_serialization()
                        )));
                        return fetched;
                    }
                    // What browsers and most HTTP clients do: 301/302/303 turn a POST into a GET.
                    if matches!(status, 301..=303)
                        && method != Method::GET
                        && method != Method::HEAD
                    {
                        method = Method::GET;
                        body = None;
                    }
                    url = next;
                }
                Err(e) => {
                    fetched.error = Some(e);
                    return fetched;
                }
            }
        }
        fetched.error = Some(FetchError::TooManyRedirects);
        fetched
    }

    async fn send_once(
        &self,
        method: &Method,
        url: &Url,
        auth: &Auth,
        json_body: Option<&str>,
        extra: &[(HeaderName, HeaderValue)],
        insecure_tls: bool,
    ) -> Result<Exchange, FetchError> {
        let budget = self.budget();
        if budget.is_zero() {
            return Err(FetchError::Timeout(Duration::ZERO));
        }
        if let Some(guard) = &self.guard {
            guard
                .take_request()
                .map_err(|e| FetchError::Refused(e.to_string()))?;
        }
        let mut wire_url = url.clone();
        let mut headers = HeaderMap::new();
        headers.insert(
            USER_AGENT,
            HeaderValue::from_str(&self.user_agent)
                .unwrap_or(HeaderValue::from_static("Handshake")),
        );
        headers.insert(
            reqwest::header::ACCEPT,
            HeaderValue::from_static("application/json, text/html;q=0.9, */*;q=0.5"),
        );
        for (k, v) in extra {
            headers.insert(k.clone(), v.clone());
        }
        match auth {
            Auth::None => {}
            Auth::Basic { user, password } => {
                use base64::Engine as _;
                let token = base64::engine::general_purpose::STANDARD
                    .encode(format!("{user}:{}", password.expose_secret()));
                let mut value = HeaderValue::from_str(&format!("Basic {token}"))
                    .map_err(|e| FetchError::Protocol(e.to_string()))?;
                value.set_sensitive(true);
                headers.insert(AUTHORIZATION, value);
            }
            Auth::QueryKeys { key, secret } => {
                wire_url
                    .query_pairs_mut()
                    .append_pair("consumer_key", key.expose_secret())
                    .append_pair("consumer_secret", secret.expose_secret());
            }
            Auth::OAuth1 {
                key,
                secret,
                signed_scheme,
            } => {
                wire_url = oauth1::sign_url(
                    url,
                    method.as_str(),
                    key.expose_secret(),
                    secret.expose_secret(),
                    *signed_scheme,
                    oauth1::now(),
                    &oauth1::nonce(),
                );
            }
        }
        let client = if insecure_tls {
            &self.insecure
        } else {
            &self.verified
        };
        let mut builder = client
            .request(method.clone(), wire_url.as_str())
            .headers(headers)
            .timeout(budget);
        if let Some(b) = json_body {
            builder = builder
                .header(CONTENT_TYPE, "application/json")
                .body(b.to_string());
        }
        let work = async {
            let resp = builder.send().await.map_err(|e| classify(&e, budget))?;
            let status = resp.status().as_u16();
            let http_version = format!("{:?}", resp.version());
            let headers = resp.headers().clone();
            let (body, truncated) = read_capped(resp, budget, self.body_cap).await?;
            Ok::<_, FetchError>((status, http_version, headers, body, truncated))
        };
        // reqwest's own timeout covers the body too; this outer bound is the belt to its braces.
        let (status, http_version, headers, body, body_truncated) =
            tokio::time::timeout(budget + Duration::from_millis(250), work)
                .await
                .map_err(|_| FetchError::Timeout(budget))??;
        Ok(Exchange {
            method: method.to_string(),
            url: redact_url(&wire_url),
            status,
            headers,
            body,
            body_truncated,
            http_version,
            parsed: Default::default(),
        })
    }
}

async fn read_capped(
    mut resp: reqwest::Response,
    budget: Duration,
    cap: usize,
) -> Result<(Bytes, bool), FetchError> {
    let mut buf = BytesMut::new();
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                let room = cap - buf.len();
                if chunk.len() > room {
                    buf.extend_from_slice(&chunk[..room]);
                    return Ok((buf.freeze(), true));
                }
                buf.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok((buf.freeze(), false)),
            Err(e) if e.is_timeout() => return Err(FetchError::Timeout(budget)),
            // A body cut short still tells us what the server said so far.
            Err(_) if !buf.is_empty() => return Ok((buf.freeze(), true)),
            Err(e) => return Err(classify(&e, budget)),
        }
    }
}

/// Credential-bearing query parameters, replaced in every recorded URL.
const SECRET_PARAMS: &[&str] = &[
    "consumer_key",
    "consumer_secret",
    "oauth_signature",
    "oauth_consumer_key",
    "password",
];

pub fn redact_url(url: &Url) -> Url {
    if url.query().is_none() {
        return url.clone();
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            // Without brackets, so the marker stays readable once URL-encoded.
            let v = if SECRET_PARAMS.contains(&k.as_ref()) {
                REDACTED.trim_matches(|c| c == '[' || c == ']').to_string()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    let mut out = url.clone();
    out.set_query(None);
    if !pairs.is_empty() {
        out.query_pairs_mut().extend_pairs(pairs);
    }
    out
}

fn classify(e: &reqwest::Error, budget: Duration) -> FetchError {
    if e.is_timeout() {
        return FetchError::Timeout(budget);
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    let mut messages = Vec::new();
    while let Some(s) = source {
        if let Some(r) = s.downcast_ref::<ResolveError>() {
            return FetchError::Dns(r.to_string());
        }
        if let Some(t) = s.downcast_ref::<rustls::Error>() {
            return FetchError::Tls(t.to_string());
        }
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if let Some(inner) = io.get_ref() {
                if let Some(t) = inner.downcast_ref::<rustls::Error>() {
                    return FetchError::Tls(t.to_string());
                }
            }
            if matches!(
                io.kind(),
                std::io::ErrorKind::ConnectionRefused
                    | std::io::ErrorKind::ConnectionReset
                    | std::io::ErrorKind::TimedOut
            ) {
                return FetchError::Connect(io.to_string());
            }
        }
        messages.push(s.to_string());
        source = s.source();
    }
    let text = messages.last().cloned().unwrap_or_else(|| e.to_string());
    if e.is_connect() {
        if messages.iter().any(|m| {
            m.contains("tls")
                || m.contains("TLS")
                || m.contains("certificate")
                || m.contains("HandshakeFailure")
        }) {
            return FetchError::Tls(text);
        }
        return FetchError::Connect(text);
    }
    FetchError::Protocol(text)
}

impl HttpClient {
    /// A client for a check run on someone else's behalf (the relay's remote check): connections
    /// leave from the policy's local address, go only to addresses the guard checked (resolved once
    /// per check), every redirect hop is admitted the same way, and bodies, requests and time are
    /// bounded by the policy and the deadline.
    pub fn guarded(
        trust: &Trust,
        guard: Arc<Guard>,
        deadline: Instant,
        per_request: Duration,
    ) -> Result<HttpClient, FetchError> {
        let local = guard.policy().local_address;
        let build = |tls: rustls::ClientConfig| {
            reqwest::Client::builder()
                .tls_backend_preconfigured(tls)
                .dns_resolver(GuardResolver(guard.clone()))
                .local_address(local)
                .redirect(reqwest::redirect::Policy::none())
                .connect_timeout(CONNECT_TIMEOUT.min(per_request))
                // One check, then gone: no connection outlives it.
                .pool_max_idle_per_host(4)
                .pool_idle_timeout(Duration::from_secs(5))
                // An environment proxy would connect on our behalf, past the policy.
                .no_proxy()
                .build()
                .map_err(|e| FetchError::Protocol(e.to_string()))
        };
        Ok(HttpClient {
            verified: build(trust.client_config())?,
            insecure: build(trust.insecure_client_config())?,
            deadline,
            per_request,
            // Answers only IP literals; the probes that use it directly (dns, tcp, tls) are not
            // part of a remote check.
            resolver: Resolver::offline(std::collections::HashMap::new()),
            user_agent: format!(
                "Handshake/{} (WooCommerce connection check)",
                env!("CARGO_PKG_VERSION")
            ),
            body_cap: guard.policy().body_cap.min(BODY_CAP),
            guard: Some(guard),
        })
    }
}

#[cfg(test)]
mod message_in {
    use super::FetchError;
    use handshake_l10n::Lang;
    use std::time::Duration;

    /// English is the Display text, word for word; German and Spanish keep what the system said.
    #[test]
    fn every_error_in_every_language() {
        let all = [
            FetchError::Dns("failed to lookup address information".into()),
            FetchError::Connect("Connection refused (os error 111)".into()),
            FetchError::Tls("invalid peer certificate: Expired".into()),
            FetchError::Tls(super::NO_CREDENTIALS_OVER_BAD_CERT.into()),
            FetchError::Timeout(Duration::from_secs(10)),
            FetchError::TooManyRedirects,
            FetchError::Protocol("invalid HTTP version".into()),
            FetchError::InsecureCredentials,
            FetchError::CredentialsNotForwarded("https://other.example/".into()),
            FetchError::Refused("127.0.0.1 is a private address".into()),
        ];
        for e in &all {
            assert_eq!(e.message_in(Lang::En), e.to_string());
            for lang in [Lang::De, Lang::Es] {
                let text = e.message_in(lang);
                if !matches!(e, FetchError::Dns(_)) {
                    assert_ne!(text, e.to_string(), "{e:?} in {lang:?}");
                }
            }
        }
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }
}
