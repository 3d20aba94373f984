//! Accepting and serving connections ourselves (hyper-util's HTTP/1 + HTTP/2 builder), so that every
//! phase has a deadline: the TLS handshake (which also covers a socket that sends nothing), request
//! headers (HTTP/1: hyper's header timeout; HTTP/2: no request arrives, so the idle timer runs), and
//! an idle connection on either protocol. Connections are counted in [`Conns`].

use std::convert::Infallible;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::response::Response;
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::Instant;
use tokio_rustls::TlsAcceptor;

use super::conns::{Conn, ConnRefusal, Conns};
use super::tally::Tally;
use crate::client_ip::{canonical, limit_key};

/// How long a closing connection may take to finish what it is doing.
const CLOSE_GRACE: Duration = Duration::from_secs(2);
/// How long a connection closed to make room may take (its requests are cut short).
const EVICT_GRACE: Duration = Duration::from_millis(250);

/// Deadlines for one connection's phases.
#[derive(Debug, Clone)]
pub struct ConnTimeouts {
    pub tls_handshake: Duration,
    pub header: Duration,
    pub idle: Duration,
}

/// The TLS configuration, swappable while running (certificate renewal).
#[derive(Clone)]
pub struct TlsSlot(Arc<RwLock<Arc<rustls::ServerConfig>>>);

impl TlsSlot {
    pub fn new(config: Arc<rustls::ServerConfig>) -> TlsSlot {
        TlsSlot(Arc::new(RwLock::new(config)))
    }

    pub fn replace(&self, config: Arc<rustls::ServerConfig>) {
        *self.0.write().unwrap_or_else(|p| p.into_inner()) = config;
    }

    fn current(&self) -> Arc<rustls::ServerConfig> {
        self.0.read().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// Everything the accept loop needs.
pub struct Listening {
    pub listener: TcpListener,
    pub tls: Option<TlsSlot>,
    pub router: Router,
    pub conns: Arc<Conns>,
    pub timeouts: ConnTimeouts,
    pub trusted_proxies: Vec<IpAddr>,
    pub tally: Arc<Tally>,
}

fn builder(timeouts: &ConnTimeouts) -> Builder<TokioExecutor> {
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(timeouts.header);
    builder
        .http2()
        .timer(TokioTimer::new())
        .max_concurrent_streams(32)
        // Detects a vanished peer under a long-poll; idle connections are closed by our timer.
        .keep_alive_interval(Some(Duration::from_secs(20)))
        .keep_alive_timeout(Duration::from_secs(10));
    builder
}

/// Accepts until `shutdown` turns true, then closes connections gracefully (at most [`CLOSE_GRACE`]).
pub async fn run(listening: Listening, mut shutdown: watch::Receiver<bool>) -> std::io::Result<()> {
    let Listening {
        listener,
        tls,
        router,
        conns,
        timeouts,
        trusted_proxies,
        tally,
    } = listening;
    let builder = builder(&timeouts);
    let mut tasks = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(a) => a,
                    Err(e) => {
                        // Out of descriptors or a connection reset before accept: not fatal; back off.
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                };
                let ip = canonical(peer.ip());
                let key = (!trusted_proxies.contains(&ip)).then(|| limit_key(ip));
                let slot = match conns.admit(key) {
                    Ok(slot) => slot,
                    Err(refusal) => {
                        let kind = match refusal {
                            ConnRefusal::PerAddress => "connection refused: per-address cap",
                            ConnRefusal::Full => "connection refused: connection cap",
                        };
                        tally.add(kind, &limit_key(ip));
                        drop(stream);
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let conn = ConnTask {
                    builder: builder.clone(),
                    router: router.clone(),
                    peer,
                    conn: slot.conn.clone(),
                    timeouts: timeouts.clone(),
                    shutdown: shutdown.clone(),
                };
                let tls = tls.clone();
                tasks.spawn(async move {
                    conn.run(stream, tls).await;
                    drop(slot);
                });
            }
            Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
            _ = shutdown.changed() => break,
        }
    }
    drop(listener);
    let drain = async { while tasks.join_next().await.is_some() {} };
    if tokio::time::timeout(CLOSE_GRACE + Duration::from_secs(1), drain)
        .await
        .is_err()
    {
        tasks.abort_all();
    }
    Ok(())
}

struct ConnTask {
    builder: Builder<TokioExecutor>,
    router: Router,
    peer: SocketAddr,
    conn: Arc<Conn>,
    timeouts: ConnTimeouts,
    shutdown: watch::Receiver<bool>,
}

impl ConnTask {
    async fn run(self, stream: TcpStream, tls: Option<TlsSlot>) {
        let Some(tls) = tls else {
            return self.http(stream).await;
        };
        // A socket that sends nothing stalls here too, so this deadline covers it.
        let handshake = tokio::time::timeout(
            self.timeouts.tls_handshake,
            TlsAcceptor::from(tls.current()).accept(stream),
        );
        let mut shutdown = self.shutdown.clone();
        let stream = tokio::select! {
            done = handshake => match done {
                Ok(Ok(stream)) => stream,
                _ => return,
            },
            _ = self.conn.evict.notified() => return,
            _ = closing(&mut shutdown) => return,
        };
        self.http(stream).await
    }

    async fn http<I>(self, io: I)
    where
        I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let service = TowerToHyperService::new(PerConn {
            router: self.router.clone(),
            peer: self.peer,
            conn: self.conn.clone(),
        });
        let connection = self.builder.serve_connection(TokioIo::new(io), service);
        tokio::pin!(connection);
        let mut shutdown = self.shutdown.clone();
        let grace = tokio::select! {
            _ = connection.as_mut() => return,
            _ = idle(&self.conn, self.timeouts.idle) => CLOSE_GRACE,
            _ = self.conn.evict.notified() => EVICT_GRACE,
            _ = closing(&mut shutdown) => CLOSE_GRACE,
        };
        connection.as_mut().graceful_shutdown();
        let _ = tokio::time::timeout(grace, connection).await;
    }
}

/// Resolves once the connection has served nothing for `limit`.
async fn idle(conn: &Conn, limit: Duration) {
    loop {
        match conn.idle_since() {
            Some(since) if Instant::now() >= since + limit => return,
            Some(since) => tokio::time::sleep_until(since + limit).await,
            None => tokio::time::sleep(limit).await,
        }
    }
}

async fn closing(shutdown: &mut watch::Receiver<bool>) {
    while !*shutdown.borrow_and_update() {
        if shutdown.changed().await.is_err() {
            return std::future::pending().await;
        }
    }
}

/// The router for one connection: adds the peer address and marks the connection busy while a
/// request is being answered.
#[derive(Clone)]
struct PerConn {
    router: Router,
    peer: SocketAddr,
    conn: Arc<Conn>,
}

impl<B> tower_service::Service<http::Request<B>> for PerConn
where
    B: axum::body::HttpBody<Data = bytes::Bytes> + Send + 'static,
    B::Error: Into<axum::BoxError>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, mut request: http::Request<B>) -> Self::Future {
        request.extensions_mut().insert(ConnectInfo(self.peer));
        let busy = self.conn.busy();
        let answer = tower_service::Service::call(&mut self.router, request);
        Box::pin(async move {
            let response = answer.await;
            drop(busy);
            response
        })
    }
}
