//! Wire types of the relay's HTTP API, shared by the server and the desktop's client so the two
//! cannot drift apart. Documented for humans in `docs/relay.md`.

use serde::{Deserialize, Serialize};

/// Longest long-poll a pickup may ask for; proxies commonly cut idle requests at 60 s.
pub const MAX_WAIT_SECS: u64 = 30;

/// `POST /v1/sessions` body.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CreateSessionRequest {
    /// The desktop's fresh X25519 public key, standard base64 of 32 bytes.
    pub public_key: String,
    /// The store being connected; kept only to be echoed in the status, never logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_url: Option<String>,
}

/// `201` answer to `POST /v1/sessions`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CreateSessionResponse {
    pub session_id: String,
    /// The opaque `user_id` to put in the authorize URL (WooCommerce echoes it back).
    pub user_id: String,
    pub callback_url: String,
    pub return_url: String,
    /// Bearer token for pickup and status. Shown once; the relay keeps only its hash.
    pub pickup_token: String,
    /// RFC 3339.
    pub expires_at: String,
    pub expires_in_secs: u64,
    pub max_wait_secs: u64,
}

/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionState {
    /// Nothing happened yet.
    Waiting,
    /// The owner approved (the browser reached the return URL) but no key arrived: the store's
    /// POST was lost, refused or sent elsewhere.
    ApprovedNoCallback,
    /// The owner declined on WooCommerce's screen.
    Denied,
    /// The keys arrived and wait, sealed, for pickup (status only: a pickup delivers them).
    Ready,
    /// The sealed keys were handed over; they are gone from the relay.
    Delivered,
    /// The session ran out of time; any unpicked payload was deleted.
    Expired,
}

impl SessionState {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionState::Waiting => "waiting",
            SessionState::ApprovedNoCallback => "approved_no_callback",
            SessionState::Denied => "denied",
            SessionState::Ready => "ready",
            SessionState::Delivered => "delivered",
            SessionState::Expired => "expired",
        }
    }
}

/// What kind of request an attempt was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttemptKind {
    /// The store's server-to-server POST of the keys.
    Callback,
    /// The owner's browser arriving at the return URL.
    Return,
}

/// One request that reached a session, kept for diagnosis. Never holds payload data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// RFC 3339.
    pub at: String,
    pub kind: AttemptKind,
    pub source_ip: String,
    /// Body size in bytes (0 for the return page).
    pub bytes: u64,
    /// `accepted`, `approved`, `denied`, or the error code of the refusal.
    pub result: String,
    /// The HTTP status the relay answered.
    pub http_status: u16,
}

/// `GET /v1/sessions/{id}` answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StatusResponse {
    pub session_id: String,
    pub status: SessionState,
    pub expires_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_url: Option<String>,
    pub attempts: Vec<Attempt>,
}

/// `GET /v1/sessions/{id}/pickup` answer (200). `sealed_payload` is present only when `status` is
/// `delivered` by this very request.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PickupResponse {
    pub status: SessionState,
    /// Standard base64 of the libsodium sealed box holding a [`SealedKeys`] JSON document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed_payload: Option<String>,
    pub expires_at: String,
    pub attempts: Vec<Attempt>,
}

/// `200` answer to the store's callback POST. Tiny on purpose.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CallbackAck {
    pub status: String,
}

/// Every refusal: a stable `error` code and a sentence for people.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ApiError {
    pub error: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_secs: Option<u64>,
    /// For `target_refused`: which rule refused the store (`address`, `port`, `scheme`,
    /// `credentials`, `address_family`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

/// `schema` of the remote check's answer.
pub const REMOTE_CHECK_SCHEMA: &str = "handshake.remote-check/1";
/// User agents one remote check may try (the app's and a browser's).
pub const MAX_REMOTE_USER_AGENTS: usize = 2;
/// Longest user agent accepted.
pub const MAX_USER_AGENT_LEN: usize = 512;

/// `POST /v1/remote-check` body. Nothing else is accepted: a body with any other field (a key, a
/// password) is refused, so no credential can reach the relay this way.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RemoteCheckRequest {
    /// The store's address as the owner entered it (the scheme may be omitted: https is assumed).
    pub store_url: String,
    /// `User-Agent`s to check with, one full set of probes each (at most 2: the app's, a
    /// browser's). Empty: Handshake's own agent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub user_agents: Vec<String>,
}

/// Where the remote check ran from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemoteVantage {
    /// The source address the probes left from (the relay's `--probe-from`), or null when the
    /// relay leaves that to its operating system.
    pub address: Option<String>,
    /// The relay's public host name.
    pub label: String,
}

/// One probe record of the remote check: a `handshake.report/1` probe record (`vantage: relay`)
/// plus the user agent it was sent with, when the request named agents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemoteProbe {
    #[serde(flatten)]
    pub record: handshake_engine::ProbeRecord,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
}

/// `200` answer to `POST /v1/remote-check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemoteCheckResponse {
    /// [`REMOTE_CHECK_SCHEMA`].
    pub schema: String,
    pub vantage: RemoteVantage,
    /// Per user agent (in the order asked), the probes in a fixed order: `site.home`,
    /// `rest.index`, `rest.index_query`, `rest.post`, `rest.put`, `wc.auth`.
    pub probes: Vec<RemoteProbe>,
}

/// The key's permission as WooCommerce names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyPermissions {
    Read,
    Write,
    ReadWrite,
}

impl KeyPermissions {
    pub fn parse(s: &str) -> Option<KeyPermissions> {
        match s {
            "read" => Some(KeyPermissions::Read),
            "write" => Some(KeyPermissions::Write),
            "read_write" => Some(KeyPermissions::ReadWrite),
            _ => None,
        }
    }
}

/// The plaintext inside the sealed box: the validated callback, normalized (user_id as a string).
/// Serialized by the server straight into a zeroized buffer; the client reads it into secrets.
#[derive(Serialize)]
pub struct SealedKeysRef<'a> {
    pub key_id: u64,
    pub user_id: &'a str,
    pub consumer_key: &'a str,
    pub consumer_secret: &'a str,
    pub key_permissions: KeyPermissions,
    pub received_at: &'a str,
}

/// The error codes the relay answers with, so clients can match on them.
pub mod codes {
    pub const BAD_REQUEST: &str = "bad_request";
    pub const MALFORMED_JSON: &str = "malformed_json";
    pub const JSON_TOO_DEEP: &str = "json_too_deep";
    pub const BODY_TOO_LARGE: &str = "body_too_large";
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "unsupported_media_type";
    pub const INVALID_CALLBACK: &str = "invalid_callback";
    pub const USER_ID_MISMATCH: &str = "user_id_mismatch";
    pub const UNKNOWN_SESSION: &str = "unknown_session";
    pub const SESSION_EXPIRED: &str = "session_expired";
    pub const ALREADY_RECEIVED: &str = "already_received";
    pub const ALREADY_DELIVERED: &str = "already_delivered";
    pub const UNAUTHORIZED: &str = "unauthorized";
    pub const RATE_LIMITED: &str = "rate_limited";
    pub const TOO_MANY_SESSIONS_FOR_IP: &str = "too_many_sessions_for_ip";
    pub const TOO_MANY_PENDING: &str = "too_many_pending_sessions";
    pub const OVERLOADED: &str = "overloaded";
    pub const TOO_MANY_IN_FLIGHT: &str = "too_many_in_flight";
    pub const BODY_TIMEOUT: &str = "body_timeout";
    pub const STORAGE_UNAVAILABLE: &str = "storage_unavailable";
    pub const NOT_FOUND: &str = "not_found";
    pub const METHOD_NOT_ALLOWED: &str = "method_not_allowed";
    pub const INTERNAL: &str = "internal_error";
    /// The remote check's body is not `{"store_url", "user_agents"}` (or breaks its rules).
    pub const INVALID_REQUEST: &str = "invalid_request";
    /// The remote check will not reach that store (a private address, a port, a scheme…).
    pub const TARGET_REFUSED: &str = "target_refused";
    /// This relay does not offer the remote check (`--no-remote-check`).
    pub const REMOTE_CHECK_DISABLED: &str = "remote_check_disabled";
}
