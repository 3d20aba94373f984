//! `handshake-demo`: serve one scenario until SIGTERM or Ctrl-C.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use handshake_demo::{
    scenarios, start, StoreOptions, Tls, TEST_CONSUMER_KEY, TEST_CONSUMER_SECRET,
    TEST_WP_APP_PASSWORD, TEST_WP_USER,
};

/// A local server that behaves like WordPress + WooCommerce behind each real fault.
#[derive(Parser, Debug)]
#[command(name = "handshake-demo", version)]
struct Args {
    /// Scenario to serve (see --list).
    #[arg(long, required_unless_present = "list")]
    scenario: Option<String>,
    /// Address to listen on (port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:0")]
    addr: SocketAddr,
    /// Serve HTTPS with a certificate made at start (or the given --tls-cert/--tls-key).
    #[arg(long)]
    tls: bool,
    /// PEM certificate chain for HTTPS (implies --tls).
    #[arg(long, requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// PEM private key for HTTPS.
    #[arg(long, requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// The authorization endpoint approves at once as the store's admin.
    #[arg(long)]
    auto_approve: bool,
    /// Trust this CA (PEM) for the callback POST.
    #[arg(long)]
    ca_cert: Option<PathBuf>,
    /// Delay added before every response, in milliseconds.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Write the generated CA certificate (PEM) here so other processes can trust it.
    #[arg(long)]
    write_ca: Option<PathBuf>,
    /// List the scenarios and the fixed test credentials, then exit.
    #[arg(long)]
    list: bool,
}

fn list() {
    for s in scenarios() {
        println!("{:<28} {}", s.name, s.summary);
    }
    println!();
    println!("HANDSHAKE_CONSUMER_KEY={TEST_CONSUMER_KEY}");
    println!("HANDSHAKE_CONSUMER_SECRET={TEST_CONSUMER_SECRET}");
    println!("HANDSHAKE_WP_USER={TEST_WP_USER}");
    println!("HANDSHAKE_WP_APP_PASSWORD={TEST_WP_APP_PASSWORD}");
}

/// Resolves on SIGTERM or Ctrl-C. Registered before the store starts, so a signal sent right
/// after the "listening on" line is never missed.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    async move {
        #[cfg(unix)]
        if let Some(mut term) = term {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
            return;
        }
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    if args.list {
        list();
        return ExitCode::SUCCESS;
    }
    let scenario = args.scenario.clone().unwrap_or_default();
    let tls = match (args.tls_cert, args.tls_key) {
        (Some(cert_pem), Some(key_pem)) => Tls::Files { cert_pem, key_pem },
        _ if args.tls => Tls::SelfSigned,
        _ => Tls::Off,
    };
    let opts = StoreOptions {
        scenario,
        addr: args.addr,
        tls,
        auto_approve: args.auto_approve,
        ca_cert: args.ca_cert,
        latency: Duration::from_millis(args.latency_ms),
        app_servers: handshake_demo::APP_SERVERS,
    };
    let signal = shutdown_signal();
    let store = match start(opts).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("handshake-demo: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(path) = &args.write_ca {
        match store.ca_pem() {
            Some(pem) => {
                if let Err(e) = std::fs::write(path, pem) {
                    eprintln!("handshake-demo: cannot write {}: {e}", path.display());
                    return ExitCode::from(2);
                }
            }
            None => {
                eprintln!("handshake-demo: no generated CA to write (plain HTTP or --tls-cert)")
            }
        }
    }
    if let Some(second) = store.secondary_url() {
        eprintln!("redirect target (https): {second}");
    }
    println!("listening on {}", store.url());
    let _ = std::io::stdout().flush();
    signal.await;
    store.shutdown().await;
    ExitCode::SUCCESS
}
