//! What every handler shares.

use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use url::Url;

use super::fair::Pool;
use super::remote_check::RemoteChecker;
use super::tally::Tally;
use crate::limits::{Limits, RateLimiter};
use crate::store::SessionStore;

pub struct AppState {
    pub store: Arc<dyn SessionStore>,
    /// Base of the callback and return URLs (ends with `/`).
    pub public_base: Url,
    pub limits: Limits,
    pub session_ttl: Duration,
    pub retain: Duration,
    pub max_wait: Duration,
    /// How often a long-poll re-reads storage (catches changes made by other instances).
    pub poll_interval: Duration,
    pub trusted_proxies: Vec<IpAddr>,
    pub rate: RateLimiter,
    /// Every request but callbacks and health checks.
    pub inflight: Arc<Pool>,
    /// Store callbacks: their own capacity, so nothing else can crowd them out.
    pub callbacks: Arc<Pool>,
    /// Long-polls (also holding an `inflight` place), at most a few per session.
    pub longpolls: Arc<Pool>,
    /// Refusals counted for the periodic summary line.
    pub tally: Arc<Tally>,
    /// Woken on every change this instance makes, so its own long-polls answer at once.
    pub changed: Notify,
    /// `POST /v1/remote-check`: its policy, limits and running checks.
    pub remote_check: RemoteChecker,
    closing: AtomicBool,
}

impl AppState {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        store: Arc<dyn SessionStore>,
        public_base: Url,
        limits: Limits,
        session_ttl: Duration,
        retain: Duration,
        max_wait: Duration,
        poll_interval: Duration,
        trusted_proxies: Vec<IpAddr>,
        remote_check: RemoteChecker,
    ) -> AppState {
        AppState {
            store,
            public_base,
            rate: RateLimiter::new(limits.rate_per_minute, limits.rate_burst),
            inflight: Pool::new(limits.max_inflight, limits.max_inflight_per_ip, 0),
            callbacks: Pool::new(limits.max_inflight_callbacks, limits.max_inflight_per_ip, 0),
            longpolls: Pool::new(
                limits.max_longpolls,
                limits.max_inflight_per_ip,
                limits.max_longpolls_per_session,
            ),
            tally: Arc::new(Tally::default()),
            limits,
            session_ttl,
            retain,
            max_wait,
            poll_interval,
            trusted_proxies,
            changed: Notify::new(),
            remote_check,
            closing: AtomicBool::new(false),
        }
    }

    pub fn url_for(&self, path: &str) -> String {
        self.public_base
            .join(path)
            .map(|u| u.to_string())
            .unwrap_or_else(|_| format!("{}{path}", self.public_base))
    }

    /// Ends every long-poll early (shutdown).
    pub fn close(&self) {
        self.closing.store(true, Ordering::SeqCst);
        self.changed.notify_waiters();
    }

    pub fn is_closing(&self) -> bool {
        self.closing.load(Ordering::SeqCst)
    }
}

/// The request's client address after proxy handling (set by the guard middleware).
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);
