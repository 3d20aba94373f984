//! `handshake-relay`: runs the callback relay until SIGINT/SIGTERM. SIGHUP re-reads the TLS files
//! (certificate renewal without losing sessions).

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use clap::Parser;
use handshake_relay::server::{
    RelayConfig, RemoteCheckConfig, Storage, TlsPem, TlsReloader, DEFAULT_REDIS_PREFIX,
};
use handshake_relay::Limits;

#[derive(Debug, Parser)]
#[command(
    name = "handshake-relay",
    version,
    about = "Receives WooCommerce's key callback and hands it, sealed, to the desktop exactly once"
)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
    addr: SocketAddr,

    /// Keep sessions in Redis (shared by several instances), e.g. redis://127.0.0.1:6379/0.
    /// May also come from HANDSHAKE_RELAY_REDIS_URL, which keeps a password out of `ps`.
    #[arg(
        long,
        value_name = "URL",
        env = "HANDSHAKE_RELAY_REDIS_URL",
        hide_env_values = true
    )]
    redis: Option<String>,

    /// Prefix of every Redis key (separates several relays sharing one Redis).
    #[arg(long, value_name = "PREFIX", default_value = DEFAULT_REDIS_PREFIX)]
    redis_prefix: String,

    /// Serve HTTPS with this certificate chain (PEM). Requires --tls-key.
    #[arg(long, value_name = "PEM", requires = "tls_key")]
    tls_cert: Option<PathBuf>,

    /// The certificate's private key (PEM). Requires --tls-cert.
    #[arg(long, value_name = "PEM", requires = "tls_cert")]
    tls_key: Option<PathBuf>,

    /// Base URL put in callback and return URLs, when a reverse proxy or load balancer faces the
    /// internet (e.g. https://relay.example.com). Default: the address listened on.
    #[arg(long, value_name = "URL")]
    public_url: Option<url::Url>,

    /// A reverse proxy whose X-Forwarded-For is believed (repeatable).
    #[arg(long = "trusted-proxy", value_name = "IP")]
    trusted_proxies: Vec<IpAddr>,

    /// Session lifetime in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 900)]
    session_ttl: u64,

    /// Seconds a finished or expired session's status stays readable (it holds no payload).
    #[arg(long, value_name = "SECS", default_value_t = 600)]
    retain: u64,

    /// Longest long-poll in seconds (at most 30).
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    max_wait: u64,

    /// Largest request body in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_body_bytes)]
    max_body: usize,

    /// Deepest JSON nesting accepted.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_json_depth)]
    max_json_depth: usize,

    /// Live sessions per client address (IPv6: per /64).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_sessions_per_ip)]
    max_sessions_per_ip: usize,

    /// Live sessions per IPv6 /48 (an IPv4 address counts only as itself).
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_sessions_per_prefix)]
    max_sessions_per_prefix: usize,

    /// Live sessions in total.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_pending_sessions)]
    max_pending: usize,

    /// Finished or expired session records kept for status answers; past it the oldest is forgotten.
    /// Records held in all: at most --max-pending plus this.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_retained)]
    max_retained: usize,

    /// Sustained requests per minute per client address.
    #[arg(long, value_name = "N", default_value_t = Limits::default().rate_per_minute)]
    rate_per_minute: u32,

    /// Burst of requests allowed per client address.
    #[arg(long, value_name = "N", default_value_t = Limits::default().rate_burst)]
    rate_burst: u32,

    /// Requests served at once (long-polls included, store callbacks not); more get 503.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_inflight)]
    max_inflight: usize,

    /// Requests one address (IPv6: one /64) may have in progress; an IPv6 /48 may have 4 times this.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_inflight_per_ip)]
    max_inflight_per_ip: usize,

    /// Long-polls held at once (part of --max-inflight). When full, the address holding the most
    /// has its oldest answered early.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_longpolls)]
    max_longpolls: usize,

    /// Long-polls one session may hold; a newer one ends the oldest.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_longpolls_per_session)]
    max_longpolls_per_session: usize,

    /// Store callbacks served at once: capacity of their own, never taken by other requests.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_inflight_callbacks)]
    max_inflight_callbacks: usize,

    /// Open connections in all (fits a 1024-descriptor limit by default). When full, the connection
    /// idle the longest is closed to make room.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_connections)]
    max_connections: usize,

    /// Open connections per address (IPv6: per /64); trusted proxies are exempt.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_connections_per_ip)]
    max_connections_per_ip: usize,

    /// Seconds a connection may serve nothing before it is closed (HTTP/1 and HTTP/2).
    #[arg(long, value_name = "SECS", default_value_t = 20)]
    idle_timeout: u64,

    /// Seconds allowed for request headers (HTTP/1) and for the TLS handshake.
    #[arg(long, value_name = "SECS", default_value_t = 10)]
    header_timeout: u64,

    /// Seconds between the summary lines of refused requests and connections (logged as counts,
    /// not one line each).
    #[arg(long, value_name = "SECS", default_value_t = 10)]
    refusal_log_secs: u64,

    /// Remote checks (POST /v1/remote-check): bind their outgoing connections to this local
    /// address (the address the app's traffic comes from).
    #[arg(long, value_name = "ADDR")]
    probe_from: Option<IpAddr>,

    /// Remote checks: also trust this CA (PEM) besides the system's roots.
    #[arg(long, value_name = "PEM")]
    ca_cert: Option<PathBuf>,

    /// TESTS ONLY: let remote checks reach loopback and private addresses (on any port), which
    /// they refuse by default. Never on a relay others can reach.
    #[arg(long)]
    unsafe_allow_private_targets: bool,

    /// Remote checks: allow this port for public stores besides 80, 443, 8080 and 8443
    /// (repeatable).
    #[arg(long = "remote-check-port", value_name = "PORT")]
    remote_check_ports: Vec<u16>,

    /// Remote checks one client address (IPv6: /64) may ask for per window.
    #[arg(long, value_name = "N", default_value_t = RemoteCheckConfig::default().per_client)]
    remote_checks_per_client: u32,

    /// Remote checks one store address may receive per window, from all clients together.
    #[arg(long, value_name = "N", default_value_t = RemoteCheckConfig::default().per_target)]
    remote_checks_per_target: u32,

    /// Length of the remote checks' counting window in seconds.
    #[arg(long, value_name = "SECS", default_value_t = RemoteCheckConfig::default().window.as_secs())]
    remote_check_window: u64,

    /// Remote checks running at once on this instance; more get 503.
    #[arg(long, value_name = "N", default_value_t = RemoteCheckConfig::default().max_concurrent)]
    max_remote_checks: usize,

    /// Seconds one remote check may take in all.
    #[arg(long, value_name = "SECS", default_value_t = RemoteCheckConfig::default().timeout.as_secs())]
    remote_check_timeout: u64,

    /// Do not offer the remote check at all.
    #[arg(long, conflicts_with = "unsafe_allow_private_targets")]
    no_remote_check: bool,

    /// Log level on stderr: error, warn, info, debug.
    #[arg(long, value_name = "LEVEL", default_value = "info")]
    log_level: tracing::Level,
}

fn read_tls(cert: &Path, key: &Path) -> anyhow::Result<TlsPem> {
    Ok(TlsPem {
        cert_chain: std::fs::read(cert)
            .with_context(|| format!("cannot read {}", cert.display()))?,
        private_key: std::fs::read(key)
            .with_context(|| format!("cannot read {}", key.display()))?,
    })
}

fn config(args: &Args) -> anyhow::Result<RelayConfig> {
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(read_tls(cert, key)?),
        _ => None,
    };
    let storage = match &args.redis {
        Some(url) => Storage::Redis {
            url: url.clone(),
            prefix: args.redis_prefix.clone(),
        },
        None => Storage::Memory,
    };
    if args.session_ttl == 0 {
        anyhow::bail!("--session-ttl must be at least 1 second");
    }
    if !(1..=120).contains(&args.remote_check_timeout) {
        anyhow::bail!("--remote-check-timeout must be between 1 and 120 seconds");
    }
    let ca_cert_pem = match &args.ca_cert {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?,
        ),
        None => None,
    };
    if let Some(addr) = args.probe_from {
        // Fail at start, not at every check, when the address is not this machine's.
        std::net::TcpListener::bind((addr, 0))
            .with_context(|| format!("--probe-from {addr}: not an address of this machine"))?;
    }
    let timeout = Duration::from_secs(args.remote_check_timeout);
    let remote_check = RemoteCheckConfig {
        enabled: !args.no_remote_check,
        probe_from: args.probe_from,
        ca_cert_pem,
        unsafe_allow_private_targets: args.unsafe_allow_private_targets,
        extra_ports: args.remote_check_ports.clone(),
        timeout,
        per_request: timeout.min(RemoteCheckConfig::default().per_request),
        per_client: args.remote_checks_per_client,
        per_target: args.remote_checks_per_target,
        window: Duration::from_secs(args.remote_check_window.max(1)),
        max_concurrent: args.max_remote_checks.max(1),
        ..RemoteCheckConfig::default()
    };
    Ok(RelayConfig {
        addr: args.addr,
        storage,
        tls,
        public_url: args.public_url.clone(),
        limits: Limits {
            max_body_bytes: args.max_body,
            max_json_depth: args.max_json_depth.max(1),
            max_sessions_per_ip: args.max_sessions_per_ip,
            max_sessions_per_prefix: args.max_sessions_per_prefix,
            max_pending_sessions: args.max_pending,
            max_retained: args.max_retained,
            rate_per_minute: args.rate_per_minute,
            rate_burst: args.rate_burst,
            max_inflight: args.max_inflight,
            max_inflight_per_ip: args.max_inflight_per_ip,
            max_longpolls: args.max_longpolls,
            max_longpolls_per_session: args.max_longpolls_per_session,
            max_inflight_callbacks: args.max_inflight_callbacks,
            max_connections: args.max_connections,
            max_connections_per_ip: args.max_connections_per_ip,
            ..Limits::default()
        },
        session_ttl: Duration::from_secs(args.session_ttl),
        retain: Duration::from_secs(args.retain),
        max_wait: Duration::from_secs(args.max_wait),
        trusted_proxies: args.trusted_proxies.clone(),
        idle_timeout: Duration::from_secs(args.idle_timeout.max(1)),
        refusal_log_interval: Duration::from_secs(args.refusal_log_secs.max(1)),
        header_timeout: Duration::from_secs(args.header_timeout.max(1)),
        tls_handshake_timeout: Duration::from_secs(args.header_timeout.max(1)),
        remote_check,
        ..RelayConfig::default()
    })
}

/// Resolves when the process is asked to stop.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Re-reads the TLS files on SIGHUP.
#[cfg(unix)]
async fn reload_on_hangup(reloader: Option<TlsReloader>, args: &Args) {
    use tokio::signal::unix::{signal, SignalKind};
    let (Some(reloader), Some(cert), Some(key)) = (reloader, &args.tls_cert, &args.tls_key) else {
        return std::future::pending().await;
    };
    let Ok(mut hup) = signal(SignalKind::hangup()) else {
        return std::future::pending().await;
    };
    while hup.recv().await.is_some() {
        match read_tls(cert, key)
            .map_err(|e| e.to_string())
            .and_then(|pem| reloader.reload(&pem).map_err(|e| e.to_string()))
        {
            Ok(()) => tracing::info!("TLS certificate reloaded"),
            Err(e) => tracing::error!(error = %e, "TLS reload failed; keeping the old certificate"),
        }
    }
}

#[cfg(not(unix))]
async fn reload_on_hangup(_: Option<TlsReloader>, _: &Args) {
    std::future::pending().await
}

async fn run(args: Args) -> anyhow::Result<()> {
    let config = config(&args)?;
    let mut relay = handshake_relay::serve(config).await?;
    {
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "listening on {}",
            relay.url().as_str().trim_end_matches('/')
        )?;
        out.flush()?;
    }
    tokio::select! {
        _ = stop_signal() => tracing::info!("stopping"),
        _ = reload_on_hangup(relay.tls_reloader(), &args) => {}
        result = relay.wait() => {
            result.context("the server stopped")?;
            return Ok(());
        }
    }
    relay.shutdown().await;
    Ok(())
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(args.log_level)
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("handshake-relay: cannot start the runtime: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    match runtime.block_on(run(args)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("handshake-relay: {e:#}");
            std::process::ExitCode::from(1)
        }
    }
}
