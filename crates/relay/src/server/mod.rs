//! The relay's HTTP(S) service: configuration, start-up and shutdown.

mod auth;
mod body;
mod callback;
mod guard;
mod page;
mod pickup;
pub mod public_url;
mod refusal;
mod return_page;
mod router;
mod sessions;
mod state;
mod tls;

pub use self::tls::TlsPem;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum_server::tls_rustls::RustlsConfig;
use hyper_util::rt::TokioTimer;
use thiserror::Error;
use tokio::task::JoinHandle;
use url::Url;

use crate::limits::Limits;
use crate::protocol::MAX_WAIT_SECS;
use crate::store::{MemoryStore, RedisStore, SessionStore, StoreError};
use state::AppState;

#[derive(Debug, Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("TLS: {0}")]
    Tls(String),
    #[error("the public URL is not usable: {0}")]
    PublicUrl(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Where sessions are kept.
#[derive(Clone)]
pub enum Storage {
    Memory,
    /// `url` may hold a password: never logged. `prefix` namespaces the keys.
    Redis {
        url: String,
        prefix: String,
    },
}

impl std::fmt::Debug for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Storage::Memory => f.write_str("Memory"),
            Storage::Redis { prefix, .. } => write!(f, "Redis {{ prefix: {prefix:?}, .. }}"),
        }
    }
}

pub const DEFAULT_REDIS_PREFIX: &str = "handshake-relay:";

#[derive(Debug, Clone)]
pub struct RelayConfig {
    pub addr: SocketAddr,
    pub storage: Storage,
    pub tls: Option<TlsPem>,
    /// Base of callback/return URLs when behind a proxy; else the bound URL.
    pub public_url: Option<Url>,
    pub limits: Limits,
    /// How long a session lives (WooCommerce approval must finish within it).
    pub session_ttl: Duration,
    /// How long a finished or expired session's (payload-free) status stays readable.
    pub retain: Duration,
    /// Longest long-poll (capped at 30 s).
    pub max_wait: Duration,
    /// How often a long-poll re-reads storage for changes made by other instances.
    pub poll_interval: Duration,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpAddr>,
    /// HTTP/1 request headers must arrive within this time (slow-loris).
    pub header_timeout: Duration,
}

impl Default for RelayConfig {
    fn default() -> RelayConfig {
        RelayConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            storage: Storage::Memory,
            tls: None,
            public_url: None,
            limits: Limits::default(),
            session_ttl: Duration::from_secs(15 * 60),
            retain: Duration::from_secs(10 * 60),
            max_wait: Duration::from_secs(MAX_WAIT_SECS),
            poll_interval: Duration::from_millis(500),
            trusted_proxies: Vec::new(),
            header_timeout: Duration::from_secs(10),
        }
    }
}

/// A started relay. Dropping it does not stop it: call [`RunningRelay::shutdown`].
pub struct RunningRelay {
    url: Url,
    public_base: Url,
    local_addr: SocketAddr,
    handle: axum_server::Handle<SocketAddr>,
    server: JoinHandle<std::io::Result<()>>,
    sweeper: JoinHandle<()>,
    tls: Option<RustlsConfig>,
    state: Arc<AppState>,
}

impl std::fmt::Debug for RunningRelay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunningRelay")
            .field("url", &self.url.as_str())
            .finish_non_exhaustive()
    }
}

impl RunningRelay {
    /// The URL the socket answers on (loopback when bound to all addresses), ending with `/`.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// The base put into callback and return URLs.
    pub fn public_url(&self) -> &Url {
        &self.public_base
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Swaps in a renewed certificate without dropping sessions (no-op without TLS).
    pub fn reload_tls(&self, pem: &TlsPem) -> Result<(), ServeError> {
        match self.tls_reloader() {
            Some(reloader) => reloader.reload(pem),
            None => Ok(()),
        }
    }

    /// A detached handle for certificate reloads (e.g. from a signal handler).
    pub fn tls_reloader(&self) -> Option<TlsReloader> {
        self.tls.clone().map(|config| TlsReloader { config })
    }

    /// Waits until the server stops by itself (an accept error).
    pub async fn wait(&mut self) -> std::io::Result<()> {
        (&mut self.server).await.unwrap_or(Ok(()))
    }

    /// Ends long-polls, stops accepting, gives open requests a moment, then stops.
    pub async fn shutdown(self) {
        self.state.close();
        self.handle.graceful_shutdown(Some(Duration::from_secs(2)));
        self.sweeper.abort();
        let _ = self.server.await;
    }
}

/// Reloads the certificate of a running relay.
#[derive(Clone)]
pub struct TlsReloader {
    config: RustlsConfig,
}

impl TlsReloader {
    pub fn reload(&self, pem: &TlsPem) -> Result<(), ServeError> {
        self.config.reload_from_config(tls::server_config(pem)?);
        Ok(())
    }
}

/// Starts the relay with the configured storage.
pub async fn serve(config: RelayConfig) -> Result<RunningRelay, ServeError> {
    let store: Arc<dyn SessionStore> = match &config.storage {
        Storage::Memory => Arc::new(MemoryStore::new()),
        Storage::Redis { url, prefix } => Arc::new(RedisStore::connect(url, prefix).await?),
    };
    serve_with_store(config, store).await
}

/// Starts the relay on a given store (lets tests share one store between instances).
pub async fn serve_with_store(
    config: RelayConfig,
    store: Arc<dyn SessionStore>,
) -> Result<RunningRelay, ServeError> {
    let tls_config = config.tls.as_ref().map(tls::server_config).transpose()?;
    let listener = std::net::TcpListener::bind(config.addr).map_err(|source| ServeError::Bind {
        addr: config.addr,
        source,
    })?;
    listener
        .set_nonblocking(true)
        .map_err(|source| ServeError::Bind {
            addr: config.addr,
            source,
        })?;
    let local_addr = listener.local_addr().map_err(|source| ServeError::Bind {
        addr: config.addr,
        source,
    })?;

    let url = public_url::bound_url(local_addr, tls_config.is_some());
    let public_base = match &config.public_url {
        Some(u) => public_url::normalize_public(u)?,
        None => url.clone(),
    };
    for warning in public_url::wordpress_warnings(&public_base) {
        tracing::warn!(%warning, "a real store could not deliver keys to this relay");
    }

    let state = Arc::new(AppState::new(
        store.clone(),
        public_base.clone(),
        config.limits.clone(),
        config.session_ttl,
        config.retain,
        config.max_wait.min(Duration::from_secs(MAX_WAIT_SECS)),
        config.poll_interval,
        config.trusted_proxies.clone(),
    ));
    let app = router::router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let handle = axum_server::Handle::new();
    let bind_err = |source| ServeError::Bind {
        addr: config.addr,
        source,
    };

    let (server, tls) = match tls_config {
        Some(cfg) => {
            let rustls = RustlsConfig::from_config(cfg);
            let mut server = axum_server::from_tcp_rustls(listener, rustls.clone())
                .map_err(bind_err)?
                .handle(handle.clone());
            harden(server.http_builder(), config.header_timeout);
            (tokio::spawn(server.serve(app)), Some(rustls))
        }
        None => {
            let mut server = axum_server::from_tcp(listener)
                .map_err(bind_err)?
                .handle(handle.clone());
            harden(server.http_builder(), config.header_timeout);
            (tokio::spawn(server.serve(app)), None)
        }
    };
    let sweeper = tokio::spawn(sweep_forever(store));
    tracing::info!(url = %url, public = %public_base, "relay started");
    Ok(RunningRelay {
        url,
        public_base,
        local_addr,
        handle,
        server,
        sweeper,
        tls,
        state,
    })
}

/// Bounds how long a client may take to send its request headers.
fn harden(
    builder: &mut hyper_util::server::conn::auto::Builder<hyper_util::rt::TokioExecutor>,
    header_timeout: Duration,
) {
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    builder
        .http2()
        .timer(TokioTimer::new())
        .max_concurrent_streams(64);
}

async fn sweep_forever(store: Arc<dyn SessionStore>) {
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    loop {
        tick.tick().await;
        if let Err(e) = store.sweep(crate::clock::now_ms()).await {
            tracing::warn!(error = %e, "sweeping expired sessions failed");
        }
    }
}
