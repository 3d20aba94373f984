//! Where sessions live: in this process ([`MemoryStore`]) or in Redis ([`RedisStore`]) so several
//! relay instances behind a load balancer share them. Every state change that must happen at most
//! once (storing a payload, handing it over) is a single atomic operation of the backend.

mod memory;
#[cfg(feature = "redis")]
mod redis;

pub use self::memory::MemoryStore;
#[cfg(feature = "redis")]
pub use self::redis::RedisStore;

use futures::future::BoxFuture;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::protocol::{Attempt, SessionState};

/// Attempts kept per session (the latest ones).
pub const MAX_ATTEMPTS: usize = 32;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("this address already has {0} pending sessions")]
    TooManyForIp(usize),
    #[error("this network (IPv6 /48) already has {0} pending sessions")]
    TooManyForPrefix(usize),
    #[error("the relay already holds {0} pending sessions")]
    TooManyPending(usize),
    #[error("a session with this id already exists")]
    Conflict,
    #[error("session storage failed: {0}")]
    Backend(String),
}

/// What never changes after creation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionMeta {
    pub id: String,
    /// SHA-256 of the pickup token; the token itself is never stored.
    pub token_hash: [u8; 32],
    /// The desktop's X25519 public key the payload is sealed to.
    pub public_key: [u8; 32],
    pub store_url: Option<String>,
    /// The creator's address as counted for the per-address limit (IPv6 by /64).
    pub created_ip: String,
    /// The creator's wider network as counted for the per-prefix limit (IPv6 /48; IPv4: the
    /// address, and then only `created_ip` counts).
    #[serde(default)]
    pub created_prefix: String,
    pub created_ms: u64,
    pub expires_ms: u64,
    /// Until when the (payload-free) record stays to answer "expired"/"delivered".
    pub retain_until_ms: u64,
}

impl SessionMeta {
    /// The opaque `user_id` put in the authorize URL: the session id doubles as it.
    pub fn user_id(&self) -> &str {
        &self.id
    }
}

/// How the owner's browser came back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReturnOutcome {
    Approved,
    Denied,
}

impl ReturnOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            ReturnOutcome::Approved => "approved",
            ReturnOutcome::Denied => "denied",
        }
    }

    pub fn parse(s: &str) -> Option<ReturnOutcome> {
        match s {
            "approved" => Some(ReturnOutcome::Approved),
            "denied" => Some(ReturnOutcome::Denied),
            _ => None,
        }
    }
}

/// The payload's life: none yet, received (sealed, waiting), delivered (gone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayloadState {
    None,
    Received,
    Delivered,
}

/// A session as read back (never includes the payload).
#[derive(Debug, Clone)]
pub struct SessionView {
    pub meta: SessionMeta,
    pub returned: Option<ReturnOutcome>,
    pub payload: PayloadState,
    pub attempts: Vec<Attempt>,
}

impl SessionView {
    /// The one place the state machine is decided, for both backends.
    pub fn state(&self, now_ms: u64) -> SessionState {
        if self.payload == PayloadState::Delivered {
            return SessionState::Delivered;
        }
        if now_ms >= self.meta.expires_ms {
            return SessionState::Expired;
        }
        if self.payload == PayloadState::Received {
            return SessionState::Ready;
        }
        match self.returned {
            Some(ReturnOutcome::Denied) => SessionState::Denied,
            Some(ReturnOutcome::Approved) => SessionState::ApprovedNoCallback,
            None => SessionState::Waiting,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct CreateLimits {
    pub max_pending: usize,
    pub max_per_ip: usize,
    pub max_per_prefix: usize,
    /// Finished records kept at most; the oldest is forgotten to make room.
    pub max_retained: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PutOutcome {
    Stored,
    Unknown,
    Expired,
    AlreadyReceived,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TakeOutcome {
    Taken(Vec<u8>),
    Unknown,
    Expired,
    AlreadyDelivered,
    NotReady,
}

/// One hit on a fixed-window counter (the remote check's limits per client and per target).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowHit {
    /// This hit is within the limit.
    pub allowed: bool,
    /// When the window ends and the count starts again.
    pub retry_after_ms: u64,
}

/// Session storage. Methods return boxed futures so the server can hold an `Arc<dyn SessionStore>`.
pub trait SessionStore: Send + Sync + 'static {
    /// Inserts a session unless a limit is reached (checked atomically with the insert).
    fn create<'a>(
        &'a self,
        meta: &'a SessionMeta,
        limits: CreateLimits,
        now_ms: u64,
    ) -> BoxFuture<'a, Result<(), StoreError>>;

    fn get<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<Option<SessionView>, StoreError>>;

    /// Stores the sealed payload if none was stored before and the session is live.
    fn put_payload<'a>(
        &'a self,
        id: &'a str,
        sealed: Vec<u8>,
        now_ms: u64,
    ) -> BoxFuture<'a, Result<PutOutcome, StoreError>>;

    /// Undoes a `put_payload` whose answer could not be sent as 200 (the store deletes that key).
    fn forget_payload<'a>(&'a self, id: &'a str) -> BoxFuture<'a, Result<(), StoreError>>;

    /// Records the browser's return (the latest one wins). False when the session is unknown.
    fn set_return<'a>(
        &'a self,
        id: &'a str,
        outcome: ReturnOutcome,
    ) -> BoxFuture<'a, Result<bool, StoreError>>;

    fn add_attempt<'a>(
        &'a self,
        meta: &'a SessionMeta,
        attempt: &'a Attempt,
    ) -> BoxFuture<'a, Result<(), StoreError>>;

    /// Hands the payload over and deletes it, exactly once across all instances.
    fn take_payload<'a>(
        &'a self,
        meta: &'a SessionMeta,
        now_ms: u64,
    ) -> BoxFuture<'a, Result<TakeOutcome, StoreError>>;

    /// Drops expired payloads and records past their retention (Redis expires keys itself).
    fn sweep(&self, _now_ms: u64) -> BoxFuture<'_, Result<(), StoreError>> {
        Box::pin(async { Ok(()) })
    }

    /// Whether the backend answers (health checks).
    fn ping(&self) -> BoxFuture<'_, Result<(), StoreError>>;

    /// Counts one hit on `key` in a fixed window of `window_ms` (the first hit opens it) and says
    /// whether it is within `limit`. Shared by every instance when the store is Redis.
    fn hit_window<'a>(
        &'a self,
        key: &'a str,
        limit: u32,
        window_ms: u64,
        now_ms: u64,
    ) -> BoxFuture<'a, Result<WindowHit, StoreError>>;
}
