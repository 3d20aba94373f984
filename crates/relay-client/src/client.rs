//! The desktop's side: create a session, put its URLs in WooCommerce's authorize URL, long-poll for
//! the sealed keys, and open them locally with the session's in-memory secret key.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use thiserror::Error;
use url::Url;

use crate::protocol::{
    codes, ApiError, Attempt, CreateSessionRequest, CreateSessionResponse, KeyPermissions,
    PickupResponse, RemoteCheckRequest, RemoteCheckResponse, SessionState, StatusResponse,
    MAX_WAIT_SECS, REMOTE_CHECK_SCHEMA,
};
use crate::seal::KeyPair;

/// Time allowed on top of the long-poll itself.
const SLACK: Duration = Duration::from_secs(15);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Longest remote check a relay runs (its `--remote-check-timeout` is at most 120 s); the default
/// relay answers within 20 s.
const REMOTE_CHECK_WAIT: Duration = Duration::from_secs(120);
/// Largest remote-check answer read (a default relay's is a few kilobytes).
const REMOTE_CHECK_MAX_BYTES: usize = 256 * 1024;

#[derive(Debug, Error)]
pub enum ClientError {
    #[error("the relay URL is not valid: {0}")]
    BadUrl(String),
    #[error("the extra CA certificate is not valid: {0}")]
    BadCa(String),
    #[error("could not reach the relay: {0}")]
    Transport(String),
    #[error("the relay answered something unexpected: {0}")]
    Protocol(String),
    #[error("the relay refused the pickup token")]
    Unauthorized,
    #[error("the relay does not know this session (expired long ago, the relay restarted, or its instances do not share storage)")]
    UnknownSession,
    #[error("these keys were already picked up; the relay no longer has them")]
    AlreadyDelivered,
    #[error("the relay is limiting requests from this address; retry in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    /// The relay answered, but is at capacity (503): the network is fine, the service is busy.
    #[error("the relay answered but is too busy to take this request now ({code}); try again in {retry_after_secs} s")]
    Busy { code: String, retry_after_secs: u64 },
    #[error("the relay refused the request ({status} {code}): {message}")]
    Refused {
        status: u16,
        code: String,
        message: String,
    },
    #[error("the sealed keys could not be opened: {0}")]
    Open(String),
}

impl ClientError {
    /// Seconds the relay asked to wait before trying again, when it answered but refused for now
    /// (rate limit or capacity). `None`: it did not answer, or refused for good.
    pub fn retry_after_secs(&self) -> Option<u64> {
        match self {
            ClientError::RateLimited { retry_after_secs }
            | ClientError::Busy {
                retry_after_secs, ..
            } => Some(*retry_after_secs),
            _ => None,
        }
    }

    /// A stable code for UIs.
    pub fn code(&self) -> &'static str {
        match self {
            ClientError::BadUrl(_) => "relay.bad_url",
            ClientError::BadCa(_) => "relay.bad_ca",
            ClientError::Transport(_) => "relay.unreachable",
            ClientError::Protocol(_) => "relay.protocol",
            ClientError::Unauthorized => "relay.unauthorized",
            ClientError::UnknownSession => "relay.unknown_session",
            ClientError::AlreadyDelivered => "relay.already_delivered",
            ClientError::RateLimited { .. } => "relay.rate_limited",
            ClientError::Busy { .. } => "relay.busy",
            ClientError::Refused { .. } => "relay.refused",
            ClientError::Open(_) => "relay.open_failed",
        }
    }
}

/// One authorization attempt. Holds the pickup token and the secret key; `Debug` shows neither.
#[derive(Debug)]
pub struct Session {
    pub id: String,
    /// The `user_id` to put in the authorize URL.
    pub user_id: String,
    pub callback_url: String,
    pub return_url: String,
    pub pickup_token: SecretString,
    /// RFC 3339.
    pub expires_at: String,
    pub max_wait: Duration,
    keypair: KeyPair,
}

/// The keys WooCommerce created, opened on this machine.
#[derive(Debug, Deserialize)]
pub struct DeliveredKeys {
    pub key_id: u64,
    pub user_id: String,
    pub consumer_key: SecretString,
    pub consumer_secret: SecretString,
    pub key_permissions: KeyPermissions,
    /// When the relay received them (RFC 3339).
    #[serde(default)]
    pub received_at: String,
}

/// What a pickup found.
#[derive(Debug)]
pub enum PickupOutcome {
    /// Nothing yet (the owner has not finished on WooCommerce's screen).
    Waiting {
        attempts: Vec<Attempt>,
    },
    /// The owner approved, but the store's POST of the keys never arrived (or was refused:
    /// see the attempts).
    ApprovedNoCallback {
        attempts: Vec<Attempt>,
    },
    /// The owner declined.
    Denied {
        attempts: Vec<Attempt>,
    },
    /// The session ran out of time.
    Expired {
        attempts: Vec<Attempt>,
    },
    Delivered(DeliveredKeys),
}

/// A client for one relay.
#[derive(Clone)]
pub struct RelayClient {
    base: Url,
    http: reqwest::Client,
}

impl std::fmt::Debug for RelayClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RelayClient")
            .field("base", &self.base.as_str())
            .finish_non_exhaustive()
    }
}

fn transport(e: reqwest::Error) -> ClientError {
    // The URL holds the session id; keep it out of messages that may be shown or logged.
    let e = e.without_url();
    let mut text = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    ClientError::Transport(text)
}

impl RelayClient {
    /// `base_url` is the relay's address (`https://relay.example.com` or with a path prefix).
    /// `extra_ca_pem` adds a CA to the system roots (a relay with a private certificate, tests).
    pub fn new(base_url: &str, extra_ca_pem: Option<&str>) -> Result<RelayClient, ClientError> {
        let mut base =
            Url::parse(base_url.trim()).map_err(|e| ClientError::BadUrl(e.to_string()))?;
        if !matches!(base.scheme(), "http" | "https") || base.host().is_none() {
            return Err(ClientError::BadUrl(
                "it must be an http(s) URL with a host".into(),
            ));
        }
        if !base.path().ends_with('/') {
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        let mut roots = rustls::RootCertStore::empty();
        roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
        if let Some(pem) = extra_ca_pem {
            let certs = CertificateDer::pem_slice_iter(pem.as_bytes())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| ClientError::BadCa(e.to_string()))?;
            if certs.is_empty() {
                return Err(ClientError::BadCa("no PEM certificate found".into()));
            }
            for cert in certs {
                roots
                    .add(cert)
                    .map_err(|e| ClientError::BadCa(e.to_string()))?;
            }
        }
        let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .map_err(|e| ClientError::BadCa(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(CONNECT_TIMEOUT)
            .user_agent(concat!(
                "Handshake/",
                env!("CARGO_PKG_VERSION"),
                " (relay client)"
            ))
            .build()
            .map_err(transport)?;
        Ok(RelayClient { base, http })
    }

    fn url(&self, path: &str) -> Result<Url, ClientError> {
        self.base
            .join(path)
            .map_err(|e| ClientError::BadUrl(e.to_string()))
    }

    /// Creates a session with a fresh key pair for the store being connected.
    pub async fn create_session(&self, store_url: &str) -> Result<Session, ClientError> {
        let keypair = KeyPair::generate();
        let request = CreateSessionRequest {
            public_key: keypair.public_key_b64(),
            store_url: Some(store_url.to_string()),
        };
        let response = self
            .http
            .post(self.url("v1/sessions")?)
            .timeout(SLACK)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(serde_json::to_vec(&request).map_err(|e| ClientError::Protocol(e.to_string()))?)
            .send()
            .await
            .map_err(transport)?;
        let created: CreateSessionResponse = read_json(response, 201).await?;
        Ok(Session {
            id: created.session_id,
            user_id: created.user_id,
            callback_url: created.callback_url,
            return_url: created.return_url,
            pickup_token: SecretString::from(created.pickup_token),
            expires_at: created.expires_at,
            max_wait: Duration::from_secs(created.max_wait_secs.min(MAX_WAIT_SECS)),
            keypair,
        })
    }

    /// Long-polls up to `wait` (capped at the relay's maximum) for the keys or a final answer.
    pub async fn pickup(
        &self,
        session: &Session,
        wait: Duration,
    ) -> Result<PickupOutcome, ClientError> {
        let wait = wait.min(session.max_wait);
        let mut url = self.url(&format!("v1/sessions/{}/pickup", session.id))?;
        url.query_pairs_mut()
            .append_pair("wait", &wait.as_secs().to_string());
        let response = self
            .http
            .get(url)
            .bearer_auth(session.pickup_token.expose_secret())
            .timeout(wait + SLACK)
            .send()
            .await
            .map_err(transport)?;
        let answer: PickupResponse = read_json(response, 200).await?;
        let attempts = answer.attempts;
        match answer.status {
            SessionState::Waiting => Ok(PickupOutcome::Waiting { attempts }),
            SessionState::ApprovedNoCallback => Ok(PickupOutcome::ApprovedNoCallback { attempts }),
            SessionState::Denied => Ok(PickupOutcome::Denied { attempts }),
            SessionState::Expired => Ok(PickupOutcome::Expired { attempts }),
            SessionState::Delivered => {
                let sealed = answer
                    .sealed_payload
                    .ok_or_else(|| ClientError::Protocol("delivered without a payload".into()))?;
                open(session, &sealed).map(PickupOutcome::Delivered)
            }
            SessionState::Ready => Err(ClientError::Protocol(
                "a pickup answered ready without delivering".into(),
            )),
        }
    }

    /// Asks the relay to run the engine's credential-free probes against `store_url` from its own
    /// network (`POST /v1/remote-check`), once per user agent in `user_agents` (at most 2; empty:
    /// Handshake's own). Sends nothing but the address and the agents: never a credential.
    ///
    /// Every returned record carries `vantage: relay` (set here too, whatever the relay sent).
    /// A refused target is `ClientError::Refused { status: 422, code: "target_refused", .. }`;
    /// limits are `RateLimited` (429) and `Busy` (503).
    pub async fn remote_check(
        &self,
        store_url: &str,
        user_agents: &[String],
    ) -> Result<RemoteCheckResponse, ClientError> {
        let request = RemoteCheckRequest {
            store_url: store_url.to_string(),
            user_agents: user_agents.to_vec(),
        };
        let mut response = self
            .http
            .post(self.url("v1/remote-check")?)
            .timeout(REMOTE_CHECK_WAIT + SLACK)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(serde_json::to_vec(&request).map_err(|e| ClientError::Protocol(e.to_string()))?)
            .send()
            .await
            .map_err(transport)?;
        // Read at most the cap: a relay is trusted with no credential, and not with our memory.
        let status = response.status().as_u16();
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(transport)? {
            if bytes.len() + chunk.len() > REMOTE_CHECK_MAX_BYTES {
                return Err(ClientError::Protocol(format!(
                    "the remote check's answer is larger than {REMOTE_CHECK_MAX_BYTES} bytes"
                )));
            }
            bytes.extend_from_slice(&chunk);
        }
        let mut answer: RemoteCheckResponse = decode(status, &bytes, 200)?;
        if answer.schema != REMOTE_CHECK_SCHEMA {
            return Err(ClientError::Protocol(format!(
                "the remote check answered schema {:?}, not {REMOTE_CHECK_SCHEMA}",
                answer.schema.escape_default().to_string()
            )));
        }
        for probe in &mut answer.probes {
            probe.record.vantage = Some(handshake_engine::Vantage::Relay);
        }
        Ok(answer)
    }

    /// The session's state and attempt log, without consuming anything.
    pub async fn status(&self, session: &Session) -> Result<StatusResponse, ClientError> {
        let response = self
            .http
            .get(self.url(&format!("v1/sessions/{}", session.id))?)
            .bearer_auth(session.pickup_token.expose_secret())
            .timeout(SLACK)
            .send()
            .await
            .map_err(transport)?;
        read_json(response, 200).await
    }
}

/// Opens the sealed box with the session's secret key and checks it belongs to this session.
fn open(session: &Session, sealed_b64: &str) -> Result<DeliveredKeys, ClientError> {
    open_sealed(&session.keypair, &session.user_id, sealed_b64)
}

/// Everything a pickup's `sealed_payload` goes through: base64, the sealed box, the JSON inside and
/// the session check. Public for the fuzz target (`fuzz/fuzz_targets/relay_pickup.rs`).
pub fn open_sealed(
    keypair: &KeyPair,
    expected_user_id: &str,
    sealed_b64: &str,
) -> Result<DeliveredKeys, ClientError> {
    let sealed = base64::engine::general_purpose::STANDARD
        .decode(sealed_b64)
        .map_err(|_| ClientError::Protocol("the sealed payload is not base64".into()))?;
    let plaintext = keypair
        .open(&sealed)
        .map_err(|e| ClientError::Open(e.to_string()))?;
    let keys: DeliveredKeys = serde_json::from_slice(&plaintext)
        .map_err(|_| ClientError::Open("the opened payload is not the expected JSON".into()))?;
    if keys.user_id != expected_user_id {
        return Err(ClientError::Open(
            "the keys belong to another session".into(),
        ));
    }
    Ok(keys)
}

/// Decodes the expected success answer, or maps the relay's JSON refusal to an error.
async fn read_json<T: serde::de::DeserializeOwned>(
    response: reqwest::Response,
    expected: u16,
) -> Result<T, ClientError> {
    let status = response.status().as_u16();
    let bytes = response.bytes().await.map_err(transport)?;
    decode(status, &bytes, expected)
}

/// The expected answer's JSON, or the relay's refusal as an error.
fn decode<T: serde::de::DeserializeOwned>(
    status: u16,
    bytes: &[u8],
    expected: u16,
) -> Result<T, ClientError> {
    if status == expected {
        return serde_json::from_slice(bytes)
            .map_err(|e| ClientError::Protocol(format!("HTTP {status}: {e}")));
    }
    let Ok(error) = serde_json::from_slice::<ApiError>(bytes) else {
        return Err(ClientError::Protocol(format!(
            "HTTP {status} without the relay's JSON error"
        )));
    };
    Err(match (status, error.error.as_str()) {
        (401, _) => ClientError::Unauthorized,
        (_, codes::UNKNOWN_SESSION) => ClientError::UnknownSession,
        (_, codes::ALREADY_DELIVERED) => ClientError::AlreadyDelivered,
        (429, _) => ClientError::RateLimited {
            retry_after_secs: error.retry_after_secs.unwrap_or(60),
        },
        (503, _) => ClientError::Busy {
            code: error.error,
            retry_after_secs: error.retry_after_secs.unwrap_or(30),
        },
        _ => ClientError::Refused {
            status,
            code: error.error,
            message: error.message,
        },
    })
}
