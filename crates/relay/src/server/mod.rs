//! The relay's HTTP(S) service: configuration, start-up and shutdown.

mod auth;
mod body;
mod callback;
mod conns;
mod fair;
mod guard;
mod listener;
mod page;
mod pickup;
pub mod public_url;
mod refusal;
pub mod remote_check;
mod return_page;
mod router;
mod sessions;
mod state;
mod tally;
mod tls;

pub use self::remote_check::RemoteCheckConfig;
pub use self::tls::TlsPem;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use thiserror::Error;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use url::Url;

use crate::limits::Limits;
use crate::protocol::MAX_WAIT_SECS;
#[cfg(feature = "redis")]
use crate::store::RedisStore;
use crate::store::{MemoryStore, SessionStore, StoreError};
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
    #[error("the remote check's CA certificate is not usable: {0}")]
    RemoteCheck(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Where sessions are kept.
#[derive(Clone)]
pub enum Storage {
    Memory,
    /// `url` may hold a password: never logged. `prefix` namespaces the keys.
    #[cfg(feature = "redis")]
    Redis {
        url: String,
        prefix: String,
    },
}

impl std::fmt::Debug for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Storage::Memory => f.write_str("Memory"),
            #[cfg(feature = "redis")]
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
    /// The TLS handshake must finish within this time (also closes a socket that sends nothing).
    pub tls_handshake_timeout: Duration,
    /// A connection serving no request for this long is closed (HTTP/1 keep-alive, HTTP/2, and a
    /// plain-HTTP socket that sends nothing).
    pub idle_timeout: Duration,
    /// How often refused requests and connections are logged, as counts.
    pub refusal_log_interval: Duration,
    /// `POST /v1/remote-check`: where its probes leave from, what they may reach, its limits.
    pub remote_check: RemoteCheckConfig,
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
            tls_handshake_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(20),
            refusal_log_interval: tally::INTERVAL,
            remote_check: RemoteCheckConfig::default(),
        }
    }
}

/// A started relay. Dropping it does not stop it: call [`RunningRelay::shutdown`].
pub struct RunningRelay {
    url: Url,
    public_base: Url,
    local_addr: SocketAddr,
    stop: watch::Sender<bool>,
    server: JoinHandle<std::io::Result<()>>,
    background: Vec<JoinHandle<()>>,
    tls: Option<listener::TlsSlot>,
    state: Arc<AppState>,
    conns: Arc<conns::Conns>,
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
        self.tls.clone().map(|slot| TlsReloader { slot })
    }

    /// Connections open now (for tests and load runs).
    pub fn open_connections(&self) -> usize {
        self.conns.open()
    }

    /// Long-polls being held now (for tests and load runs).
    pub fn long_polls(&self) -> usize {
        self.state.longpolls.held()
    }

    /// Waits until the server stops by itself.
    pub async fn wait(&mut self) -> std::io::Result<()> {
        (&mut self.server).await.unwrap_or(Ok(()))
    }

    /// Ends long-polls, stops accepting, gives open requests a moment, then stops.
    pub async fn shutdown(self) {
        self.state.close();
        let _ = self.stop.send(true);
        for task in &self.background {
            task.abort();
        }
        let _ = self.server.await;
    }
}

/// Reloads the certificate of a running relay.
#[derive(Clone)]
pub struct TlsReloader {
    slot: listener::TlsSlot,
}

impl TlsReloader {
    pub fn reload(&self, pem: &TlsPem) -> Result<(), ServeError> {
        self.slot.replace(tls::server_config(pem)?);
        Ok(())
    }
}

/// Starts the relay with the configured storage.
pub async fn serve(config: RelayConfig) -> Result<RunningRelay, ServeError> {
    let store: Arc<dyn SessionStore> = match &config.storage {
        Storage::Memory => Arc::new(MemoryStore::new()),
        #[cfg(feature = "redis")]
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

    let label = public_base
        .host_str()
        .unwrap_or("relay")
        .trim_matches(|c| c == '[' || c == ']')
        .to_string();
    let checker = remote_check::RemoteChecker::new(config.remote_check.clone(), label)
        .map_err(ServeError::RemoteCheck)?;
    let state = Arc::new(AppState::new(
        store.clone(),
        public_base.clone(),
        config.limits.clone(),
        config.session_ttl,
        config.retain,
        config.max_wait.min(Duration::from_secs(MAX_WAIT_SECS)),
        config.poll_interval,
        config.trusted_proxies.clone(),
        checker,
    ));
    let listener =
        tokio::net::TcpListener::from_std(listener).map_err(|source| ServeError::Bind {
            addr: config.addr,
            source,
        })?;
    let tls = tls_config.map(listener::TlsSlot::new);
    let (stop, stopped) = watch::channel(false);
    let conns = conns::Conns::new(
        config.limits.max_connections,
        config.limits.max_connections_per_ip,
        (config.idle_timeout / 2).min(Duration::from_secs(1)),
    );
    let listening = listener::Listening {
        listener,
        tls: tls.clone(),
        router: router::router(state.clone()),
        conns: conns.clone(),
        timeouts: listener::ConnTimeouts {
            tls_handshake: config.tls_handshake_timeout,
            header: config.header_timeout,
            idle: config.idle_timeout,
        },
        trusted_proxies: config.trusted_proxies.clone(),
        tally: state.tally.clone(),
    };
    let server = tokio::spawn(listener::run(listening, stopped));
    let background = vec![
        tokio::spawn(sweep_forever(store)),
        tokio::spawn(log_refusals(
            state.tally.clone(),
            config.refusal_log_interval.max(Duration::from_millis(100)),
        )),
    ];
    tracing::info!(url = %url, public = %public_base, "relay started");
    Ok(RunningRelay {
        url,
        public_base,
        local_addr,
        stop,
        server,
        background,
        tls,
        state,
        conns,
    })
}

/// One summary line per kind of refusal and interval, instead of a line per refused request.
async fn log_refusals(tally: Arc<tally::Tally>, every: Duration) {
    let mut tick = tokio::time::interval(every);
    tick.tick().await;
    loop {
        tick.tick().await;
        tally.log(every);
    }
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
