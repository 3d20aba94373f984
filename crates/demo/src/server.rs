//! Starting the store: listeners (plain or TLS), the per-request pipeline, shutdown.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, Request, State};
use axum::Router;
use axum_server::tls_rustls::RustlsConfig;
use axum_server::Handle;
use url::Url;

use crate::context::{App, Ctx};
use crate::error::StoreError;
use crate::request::{Listener, Req};
use crate::response::Resp;
use crate::scenario::{find, scenarios, CertKind};
use crate::state::{ApiKeyInfo, RecordedRequest, Store};
use crate::{faults, tls, wordpress};

/// How the store serves TLS.
#[derive(Clone, Debug)]
pub enum Tls {
    Off,
    /// A CA and a leaf certificate made at start (see `RunningStore::ca_pem`).
    SelfSigned,
    Files {
        cert_pem: PathBuf,
        key_pem: PathBuf,
    },
}

#[derive(Clone, Debug)]
pub struct StoreOptions {
    pub scenario: String,
    /// Port 0 picks a free port.
    pub addr: SocketAddr,
    pub tls: Tls,
    /// The authorization endpoint approves at once as the store's admin.
    pub auto_approve: bool,
    /// A CA the store trusts for its callback POST (a relay with a private certificate).
    pub ca_cert: Option<PathBuf>,
    /// Added before every response (benchmarks).
    pub latency: Duration,
    /// Where the app's servers call from: the scenarios that block datacenter traffic by address
    /// refuse exactly this client address (`127.0.0.2`, a second loopback address, by default).
    pub app_servers: IpAddr,
}

impl StoreOptions {
    /// Loopback, any port, self-signed TLS, no auto-approve, no latency.
    pub fn new(scenario: &str) -> StoreOptions {
        StoreOptions {
            scenario: scenario.to_string(),
            addr: SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0),
            tls: Tls::SelfSigned,
            auto_approve: false,
            ca_cert: None,
            latency: Duration::ZERO,
            app_servers: APP_SERVERS,
        }
    }
}

/// A store serving in the background until `shutdown` (or drop).
pub struct RunningStore {
    url: Url,
    secondary_url: Option<Url>,
    ca_pem: Option<String>,
    app: Arc<App>,
    handles: Vec<Handle<SocketAddr>>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl RunningStore {
    /// Base URL, e.g. `https://127.0.0.1:PORT/`.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// http-redirect-https: the HTTPS listener the redirects point to.
    pub fn secondary_url(&self) -> Option<&Url> {
        self.secondary_url.as_ref()
    }

    /// PEM of the CA clients should trust (None without generated TLS).
    pub fn ca_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }

    /// How many store-changing requests succeeded (objects created, updated or deleted).
    pub fn writes(&self) -> usize {
        self.app.store.lock().writes
    }

    /// Every request received, in order, as the client sent it.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.app.store.lock().requests.clone()
    }

    /// The store's API keys (keys made by the authorization flow included).
    pub fn api_keys(&self) -> Vec<ApiKeyInfo> {
        self.app
            .store
            .lock()
            .keys
            .iter()
            .map(|k| ApiKeyInfo {
                key_id: k.key_id,
                user_id: k.user_id,
                description: k.description.clone(),
                permissions: k.permissions,
                truncated_key: k
                    .consumer_key
                    .chars()
                    .rev()
                    .take(7)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect(),
                last_access: k.last_access,
            })
            .collect()
    }

    /// Revokes an API key as WooCommerce's "Revoke" link does (WooCommerce > Settings > Advanced >
    /// REST API): the key's row is deleted, so every later request with it is refused as unknown.
    /// Returns whether the key existed.
    pub fn revoke_key(&self, key_id: u64) -> bool {
        let mut db = self.app.store.lock();
        let before = db.keys.len();
        db.keys.retain(|k| k.key_id != key_id);
        db.keys.len() != before
    }

    pub async fn shutdown(mut self) {
        for h in &self.handles {
            h.graceful_shutdown(Some(Duration::from_millis(200)));
        }
        for t in self.tasks.drain(..) {
            let _ = t.await;
        }
    }
}

impl Drop for RunningStore {
    fn drop(&mut self) {
        for h in &self.handles {
            h.shutdown();
        }
    }
}

fn load_ca(path: &Option<PathBuf>) -> Result<Option<Vec<u8>>, StoreError> {
    path.as_ref()
        .map(|p| {
            std::fs::read(p).map_err(|e| StoreError::Io {
                path: p.display().to_string(),
                source: e,
            })
        })
        .transpose()
}

fn bind(addr: SocketAddr) -> Result<TcpListener, StoreError> {
    let l = TcpListener::bind(addr).map_err(|e| StoreError::Bind { addr, source: e })?;
    l.set_nonblocking(true)
        .map_err(|e| StoreError::Bind { addr, source: e })?;
    Ok(l)
}

/// The URL clients use: an unspecified bind address becomes loopback.
fn url_for(scheme: &str, addr: SocketAddr) -> Url {
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    let host = match ip {
        IpAddr::V4(ip) => ip.to_string(),
        IpAddr::V6(ip) => format!("[{ip}]"),
    };
    Url::parse(&format!("{scheme}://{host}:{}/", addr.port())).expect("valid URL")
}

struct Served {
    handle: Handle<SocketAddr>,
    task: tokio::task::JoinHandle<()>,
    local: SocketAddr,
}

fn serve(
    app: Arc<App>,
    listener: TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
) -> Result<Served, StoreError> {
    let local = listener.local_addr().map_err(|e| StoreError::Bind {
        addr: SocketAddr::from(([0, 0, 0, 0], 0)),
        source: e,
    })?;
    let plain_answer = app.scenario.listen.plain_http_answer;
    let info = Arc::new((
        app,
        Listener {
            tls: tls.is_some(),
            port: local.port(),
        },
    ));
    let router = Router::new().fallback(handle).with_state(info);
    let handle = Handle::new();
    let h = handle.clone();
    let task = match tls {
        Some(config) => {
            let server = axum_server::from_tcp_rustls(listener, RustlsConfig::from_config(config))
                .map_err(|e| StoreError::Bind {
                    addr: local,
                    source: e,
                })?
                .handle(h);
            if plain_answer {
                // Answers plain HTTP with Apache's 400 page, as mod_ssl does (sets TCP_NODELAY too).
                let server = server.map(|a| {
                    a.acceptor(crate::plain_on_tls::PlainHttpAnswer { port: local.port() })
                });
                tokio::spawn(async move {
                    let _ = server
                        .serve(router.into_make_service_with_connect_info::<SocketAddr>())
                        .await;
                })
            } else {
                // TCP_NODELAY, as nginx and Apache set it: without it Nagle's algorithm and the
                // client's delayed ACK add ~40 ms to some responses, which benchmarks would blame on
                // the client.
                let server = server.map(|a| a.acceptor(axum_server::accept::NoDelayAcceptor));
                tokio::spawn(async move {
                    let _ = server
                        .serve(router.into_make_service_with_connect_info::<SocketAddr>())
                        .await;
                })
            }
        }
        None => {
            let server = axum_server::from_tcp(listener)
                .map_err(|e| StoreError::Bind {
                    addr: local,
                    source: e,
                })?
                .acceptor(axum_server::accept::NoDelayAcceptor)
                .handle(h);
            tokio::spawn(async move {
                let _ = server
                    .serve(router.into_make_service_with_connect_info::<SocketAddr>())
                    .await;
            })
        }
    };
    Ok(Served {
        handle,
        task,
        local,
    })
}

/// The default address of the app's servers: a second loopback address, so one machine holds both
/// vantages (a relay told to send from it, this computer from 127.0.0.1).
pub const APP_SERVERS: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));

/// Starts a store for `opts.scenario`.
pub async fn start(opts: StoreOptions) -> Result<RunningStore, StoreError> {
    tls::install_provider();
    let scenario = find(&opts.scenario).ok_or_else(|| StoreError::UnknownScenario {
        name: opts.scenario.clone(),
        valid: scenarios()
            .iter()
            .map(|s| s.name)
            .collect::<Vec<_>>()
            .join(", "),
    })?;

    // Which certificate the TLS listener (if any) uses.
    let tls_material = |for_secondary: bool| -> Result<Option<tls::Material>, StoreError> {
        match (&opts.tls, scenario.listen.cert) {
            (Tls::Files { .. }, kind) if kind != CertKind::Good => Err(
                StoreError::CertificateFilesNotAllowed(opts.scenario.clone()),
            ),
            (Tls::Files { cert_pem, key_pem }, _) => tls::from_files(cert_pem, key_pem).map(Some),
            (Tls::Off, _) if !scenario.forces_tls() && !for_secondary => Ok(None),
            (_, kind) => tls::generate(kind).map(Some),
        }
    };

    let app = Arc::new(App {
        scenario,
        store: Store::new(scenario.site.key),
        auto_approve: opts.auto_approve,
        ca_cert: load_ca(&opts.ca_cert)?,
        latency: opts.latency,
        app_servers: opts.app_servers,
        tls_port: AtomicU16::new(0),
        page_cache: Default::default(),
    });

    let mut ca_pem = None;
    let mut served = Vec::new();
    let primary_tls = if scenario.listen.plain {
        None
    } else {
        tls_material(false)?
    };
    let primary_config = match &primary_tls {
        Some(m) => {
            ca_pem = m.ca_pem.clone();
            Some(tls::server_config(m)?)
        }
        None => None,
    };
    let primary_scheme = if primary_config.is_some() {
        "https"
    } else {
        "http"
    };
    let primary = serve(app.clone(), bind(opts.addr)?, primary_config)?;
    let url = url_for(primary_scheme, primary.local);
    served.push(primary);

    let mut secondary_url = None;
    if scenario.listen.https_listener {
        let m = tls_material(true)?.expect("secondary TLS material");
        ca_pem = m.ca_pem.clone();
        let addr = SocketAddr::new(opts.addr.ip(), 0);
        let secondary = serve(app.clone(), bind(addr)?, Some(tls::server_config(&m)?))?;
        app.tls_port
            .store(secondary.local.port(), Ordering::Relaxed);
        secondary_url = Some(url_for("https", secondary.local));
        served.push(secondary);
    }

    let (handles, tasks) = served.into_iter().map(|s| (s.handle, s.task)).unzip();
    Ok(RunningStore {
        url,
        secondary_url,
        ca_pem,
        app,
        handles,
        tasks,
    })
}

/// Largest request body read; bigger bodies are cut (the store only needs small JSON).
const MAX_BODY: usize = 4 << 20;

async fn handle(
    State(info): State<Arc<(Arc<App>, Listener)>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Resp {
    let (app, listener) = (&info.0, &info.1);
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, MAX_BODY)
        .await
        .unwrap_or_default();
    let mut req = Req::new(parts.method, &parts.uri, parts.headers, body, listener);
    req.peer = Some(peer.ip());
    app.store.lock().requests.push(RecordedRequest {
        method: req.method.to_string(),
        path: req.target.clone(),
        headers: req
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        tls: req.tls,
    });
    if !app.latency.is_zero() {
        tokio::time::sleep(app.latency).await;
    }
    let ctx = Ctx { app, req: &req };
    let (resp, from_front) = match faults::front(&ctx) {
        Some(r) => (r, true),
        None => (wordpress::routing::serve(&ctx).await, false),
    };
    faults::decorate(&ctx, resp, from_front).await
}
