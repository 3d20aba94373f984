//! Each resource attack on the relay (docs/security.md), run for a few seconds against a relay in
//! this process with its default limits (timeouts shortened to 2 s so a run is short), and under
//! each one the round trip of a legitimate desktop (127.0.0.1: create a session, long-poll, pick
//! up) and store (127.0.0.250: the callback POST), against the same round trip on an idle relay.
//! Attackers use source addresses 127.0.0.2 and up (all of 127.0.0.0/8 is loopback on Linux).
//! Everything is bounded: a fixed number of sockets per attack, and every wait has a deadline.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail};
use handshake_relay::server::{RelayConfig, TlsPem};
use handshake_relay::{Limits, RunningRelay};
use handshake_relay_client::{PickupOutcome, RelayClient};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::stats::ms;

#[derive(clap::Args)]
pub struct Args {
    /// Attacking addresses (127.0.0.2 and up).
    #[arg(long, default_value_t = 20)]
    addresses: u8,
    /// Legitimate round trips measured per attack.
    #[arg(long, default_value_t = 5)]
    trips: usize,
}

const TIMEOUT: Duration = Duration::from_secs(2);
const STORE_IP: u8 = 250;
const CS: &str = "cs_0a1b2c3d4e5f60718293a4b5c6d7e8f901234567";
const CK: &str = "ck_4f3c2b1a09876543210fedcba9876543210fedcb";

fn ip(n: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(127, 0, 0, n))
}

fn config(tls: Option<TlsPem>) -> RelayConfig {
    RelayConfig {
        addr: "127.0.0.1:0".parse().unwrap(),
        tls,
        header_timeout: TIMEOUT,
        tls_handshake_timeout: TIMEOUT,
        idle_timeout: TIMEOUT,
        poll_interval: Duration::from_millis(200),
        limits: Limits {
            // The rate limit is not what these runs measure.
            rate_per_minute: 600_000,
            rate_burst: 100_000,
            ..Limits::default()
        },
        ..RelayConfig::default()
    }
}

async fn connect_from(n: u8, to: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(ip(n), 0))?;
    socket.connect(to).await
}

fn http_from(n: u8, ca: Option<&str>) -> anyhow::Result<reqwest::Client> {
    use rustls_pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    if let Some(pem) = ca {
        for cert in rustls_pki_types::CertificateDer::pem_slice_iter(pem.as_bytes()) {
            roots.add(cert?)?;
        }
    }
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .local_address(ip(n))
        .timeout(Duration::from_secs(40))
        .build()?)
}

/// One legitimate connection through the relay; its wall time.
async fn round_trip(relay: &RunningRelay, ca: Option<&str>) -> anyhow::Result<Duration> {
    let started = Instant::now();
    let base = relay.url().as_str().trim_end_matches('/').to_string();
    let desktop = RelayClient::new(&base, ca)?;
    let session = desktop.create_session("https://shop.example").await?;
    let store = http_from(STORE_IP, ca)?;
    let body = format!(
        r#"{{"key_id":42,"user_id":"{}","consumer_key":"{CK}","consumer_secret":"{CS}","key_permissions":"read_write"}}"#,
        session.user_id
    );
    let callback = async {
        let r = store
            .post(&session.callback_url)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await?;
        if r.status() != 200 {
            bail!("the store's POST got {}", r.status());
        }
        Ok(())
    };
    let pickup = async {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            match desktop.pickup(&session, Duration::from_secs(10)).await? {
                PickupOutcome::Delivered(_) => return Ok(()),
                PickupOutcome::Waiting { .. } if Instant::now() < deadline => {}
                other => bail!("the desktop got {other:?}"),
            }
        }
    };
    let (c, p): (anyhow::Result<()>, anyhow::Result<()>) = tokio::join!(callback, pickup);
    c?;
    p?;
    Ok(started.elapsed())
}

/// `trips` round trips one after another: "ok/total, median, max".
async fn legit(relay: &RunningRelay, ca: Option<&str>, trips: usize) -> String {
    let mut times = Vec::new();
    let mut failures = Vec::new();
    for _ in 0..trips {
        match round_trip(relay, ca).await {
            Ok(t) => times.push(t),
            Err(e) => failures.push(e.to_string()),
        }
    }
    times.sort();
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    let max = times.last().copied().unwrap_or_default();
    let mut line = format!(
        "desktop+store served {}/{trips}, median {:.0} ms, max {:.0} ms",
        times.len(),
        ms(median),
        ms(max)
    );
    if let Some(f) = failures.first() {
        line.push_str(&format!(" (first failure: {f})"));
    }
    line
}

/// Waits (at most `bound`) until every stream is closed; the time it took, or `None`.
async fn all_closed(streams: Vec<TcpStream>, bound: Duration) -> Option<Duration> {
    let started = Instant::now();
    let waits = streams.into_iter().map(|mut s| async move {
        let mut buf = [0u8; 1024];
        loop {
            match s.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    });
    tokio::time::timeout(bound, futures::future::join_all(waits))
        .await
        .ok()
        .map(|_| started.elapsed())
}

fn closed_line(sockets: usize, closed: Option<Duration>) -> String {
    match closed {
        Some(t) => format!(
            "{sockets} sockets all closed after {:.1} s",
            t.as_secs_f64()
        ),
        None => format!("{sockets} sockets NOT all closed within 20 s"),
    }
}

/// Opens `per` sockets from each attacking address, sends `first` on each.
async fn open_sockets(
    addr: SocketAddr,
    addresses: u8,
    per: usize,
    first: &[u8],
) -> anyhow::Result<Vec<TcpStream>> {
    let mut streams = Vec::new();
    for n in 0..addresses {
        for _ in 0..per {
            let mut s = connect_from(2 + n, addr).await?;
            if !first.is_empty() {
                s.write_all(first).await?;
            }
            streams.push(s);
        }
    }
    Ok(streams)
}

const H2_START: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\0\0\0\x04\0\0\0\0\0";

pub async fn run(args: Args) -> anyhow::Result<()> {
    let addresses = args.addresses.clamp(1, 200);
    let trips = args.trips.max(1);
    let cert = handshake_demo::kit::server_cert(&["127.0.0.1", "localhost"])
        .map_err(|e| anyhow!("{e}"))?;
    let tls = || TlsPem {
        cert_chain: format!("{}{}", cert.cert_pem, cert.ca_pem).into_bytes(),
        private_key: cert.key_pem.clone().into_bytes(),
    };
    let ca = Some(cert.ca_pem.as_str());
    println!(
        "handshake-bench relay-attacks: {addresses} attacking addresses, default limits, timeouts {} s, {trips} legitimate round trips per attack",
        TIMEOUT.as_secs()
    );
    let bound = Duration::from_secs(20);
    let per = 10usize;

    let relay = handshake_relay::serve(config(None)).await?;
    println!(
        "  no attack (plain HTTP)         : {}",
        legit(&relay, None, trips).await
    );
    relay.shutdown().await;
    let relay = handshake_relay::serve(config(Some(tls()))).await?;
    println!(
        "  no attack (TLS)                : {}",
        legit(&relay, ca, trips).await
    );
    relay.shutdown().await;

    // Sockets that never start TLS / a handshake that stalls after one byte.
    for (name, first) in [
        ("idle TCP before TLS            ", &b""[..]),
        (
            "stalled TLS handshake          ",
            &[0x16, 0x03, 0x01, 0x00, 0xc8, 0x01][..],
        ),
    ] {
        let relay = handshake_relay::serve(config(Some(tls()))).await?;
        let streams = open_sockets(relay.local_addr(), addresses, per, first).await?;
        let n = streams.len();
        let served = legit(&relay, ca, trips).await;
        println!(
            "  {name}: {}; {served}",
            closed_line(n, all_closed(streams, bound).await)
        );
        relay.shutdown().await;
    }

    // Idle TLS connections after a completed handshake.
    {
        let relay = handshake_relay::serve(config(Some(tls()))).await?;
        let mut roots = rustls::RootCertStore::empty();
        {
            use rustls_pki_types::pem::PemObject;
            for c in rustls_pki_types::CertificateDer::pem_slice_iter(cert.ca_pem.as_bytes()) {
                roots.add(c?)?;
            }
        }
        let client = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
        let connector = tokio_rustls::TlsConnector::from(Arc::new(client));
        let mut waits = Vec::new();
        let started = Instant::now();
        for n in 0..addresses {
            for _ in 0..per {
                let tcp = connect_from(2 + n, relay.local_addr()).await?;
                let name = rustls_pki_types::ServerName::try_from("localhost")?;
                let mut tls = connector.connect(name, tcp).await?;
                waits.push(async move {
                    let mut buf = [0u8; 256];
                    loop {
                        match tls.read(&mut buf).await {
                            Ok(0) | Err(_) => return,
                            Ok(_) => {}
                        }
                    }
                });
            }
        }
        let n = waits.len();
        let served = legit(&relay, ca, trips).await;
        let closed = tokio::time::timeout(bound, futures::future::join_all(waits))
            .await
            .ok()
            .map(|_| started.elapsed());
        println!(
            "  idle TLS connections           : {}; {served}",
            closed_line(n, closed)
        );
        relay.shutdown().await;
    }

    // Idle HTTP/2 after the preface; HTTP/1 headers dripping a byte every 200 ms.
    {
        let relay = handshake_relay::serve(config(None)).await?;
        let streams = open_sockets(relay.local_addr(), addresses, per, H2_START).await?;
        let n = streams.len();
        let served = legit(&relay, None, trips).await;
        println!(
            "  idle HTTP/2 connections        : {}; {served}",
            closed_line(n, all_closed(streams, bound).await)
        );
        relay.shutdown().await;
    }
    {
        let relay = handshake_relay::serve(config(None)).await?;
        let stop = Arc::new(AtomicBool::new(false));
        let streams = open_sockets(
            relay.local_addr(),
            addresses,
            per,
            b"GET /v1/health HTTP/1.1\r\nHost: r\r\nX-Slow: ",
        )
        .await?;
        let n = streams.len();
        let started = Instant::now();
        let drips: Vec<_> = streams
            .into_iter()
            .map(|s| {
                let stop = stop.clone();
                tokio::spawn(async move {
                    let (mut read, mut write) = s.into_split();
                    let drip = async {
                        while !stop.load(Ordering::SeqCst) && write.write_all(b"a").await.is_ok() {
                            tokio::time::sleep(Duration::from_millis(200)).await;
                        }
                    };
                    let mut buf = [0u8; 256];
                    tokio::select! {
                        _ = drip => {}
                        _ = read.read(&mut buf) => {}
                    }
                })
            })
            .collect();
        let served = legit(&relay, None, trips).await;
        let closed = tokio::time::timeout(bound, futures::future::join_all(drips))
            .await
            .ok()
            .map(|_| started.elapsed());
        stop.store(true, Ordering::SeqCst);
        println!(
            "  slow HTTP/1 headers            : {}; {served}",
            closed_line(n, closed)
        );
        relay.shutdown().await;
    }

    // More idle connections than the cap (long idle timeout, so only the cap makes room).
    {
        let limits = Limits::default();
        let relay = handshake_relay::serve(RelayConfig {
            idle_timeout: Duration::from_secs(120),
            header_timeout: Duration::from_secs(120),
            ..config(None)
        })
        .await?;
        let want = limits.max_connections_per_ip + 5;
        let flooders =
            ((limits.max_connections / limits.max_connections_per_ip) as u8 + 4).min(200);
        let streams = open_sockets(relay.local_addr(), flooders, want, b"").await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let open = relay.open_connections();
        let served = legit(&relay, None, trips).await;
        let after = relay.open_connections();
        println!(
            "  connection flood               : {} sockets from {flooders} addresses → relay holds {open} (cap {}), {after} after the legitimate trips; {served}",
            streams.len(),
            limits.max_connections
        );
        drop(streams);
        relay.shutdown().await;
    }

    // Long-polls: each address makes its sessions and long-polls each twice, again and again.
    for scale in [addresses, addresses.saturating_mul(2).min(200)] {
        let relay = handshake_relay::serve(config(None)).await?;
        let base = relay.url().as_str().trim_end_matches('/').to_string();
        let stop = Arc::new(AtomicBool::new(false));
        let mut tasks = Vec::new();
        for n in 0..scale {
            let http = http_from(2 + n, None)?;
            for _ in 0..Limits::default().max_sessions_per_ip {
                let Some((id, token)) = create(&http, &base).await else {
                    break;
                };
                for _ in 0..2 {
                    let (http, base, id, token, stop) = (
                        http.clone(),
                        base.clone(),
                        id.clone(),
                        token.clone(),
                        stop.clone(),
                    );
                    tasks.push(tokio::spawn(async move {
                        while !stop.load(Ordering::SeqCst) {
                            let r = http
                                .get(format!("{base}/v1/sessions/{id}/pickup?wait=30"))
                                .bearer_auth(&token)
                                .send()
                                .await;
                            if !r.is_ok_and(|r| r.status().is_success()) {
                                tokio::time::sleep(Duration::from_millis(50)).await;
                            }
                        }
                    }));
                }
            }
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
        let held = relay.long_polls();
        let served = legit(&relay, None, trips).await;
        println!(
            "  long-polls from {scale:>3} addresses  : {} pollers, {held} long-polls held (pool {}); {served}",
            tasks.len(),
            Limits::default().max_longpolls
        );
        stop.store(true, Ordering::SeqCst);
        for t in &tasks {
            t.abort();
        }
        relay.shutdown().await;
    }

    // Slow callback bodies to the attackers' own sessions.
    {
        let relay = handshake_relay::serve(config(None)).await?;
        let base = relay.url().as_str().trim_end_matches('/').to_string();
        let mut streams = Vec::new();
        for n in 0..addresses {
            let http = http_from(2 + n, None)?;
            for _ in 0..Limits::default().max_sessions_per_ip {
                let Some((id, _)) = create(&http, &base).await else {
                    break;
                };
                let head = format!("POST /v1/callback/{id} HTTP/1.1\r\nHost: r\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n ");
                if let Ok(mut s) = connect_from(2 + n, relay.local_addr()).await {
                    if s.write_all(head.as_bytes()).await.is_ok() {
                        streams.push(s);
                    }
                }
            }
        }
        let n = streams.len();
        let served = legit(&relay, None, trips).await;
        println!("  slow callback bodies           : {n} held open; {served}");
        drop(streams);
        relay.shutdown().await;
    }

    // Pending sessions from many addresses, and from one IPv6 /55 behind a trusted proxy.
    {
        let relay = handshake_relay::serve(RelayConfig {
            trusted_proxies: vec![ip(1)],
            ..config(None)
        })
        .await?;
        let base = relay.url().as_str().trim_end_matches('/').to_string();
        let mut made = 0;
        for n in 0..addresses {
            let http = http_from(2 + n, None)?;
            for _ in 0..(Limits::default().max_sessions_per_ip + 5) {
                if create(&http, &base).await.is_some() {
                    made += 1;
                }
            }
        }
        let proxy = http_from(1, None)?;
        let mut from_v6 = 0;
        for net in 0..512u16 {
            let xff = format!("2001:db8:0:{:x}::1", 0x200 + net);
            if create_via(&proxy, &base, Some(&xff)).await.is_some() {
                from_v6 += 1;
            }
        }
        let served = legit(&relay, None, trips).await;
        println!(
            "  pending fill                   : {addresses} IPv4 addresses got {made} sessions ({} each at most); one IPv6 /55 (512 /64s) got {from_v6}; cap {}; {served}",
            Limits::default().max_sessions_per_ip,
            Limits::default().max_pending_sessions
        );
        relay.shutdown().await;
    }
    Ok(())
}

async fn create(http: &reqwest::Client, base: &str) -> Option<(String, String)> {
    create_via(http, base, None).await
}

async fn create_via(
    http: &reqwest::Client,
    base: &str,
    xff: Option<&str>,
) -> Option<(String, String)> {
    let kp = handshake_relay_client::seal::KeyPair::generate();
    let mut request = http
        .post(format!("{base}/v1/sessions"))
        .header("content-type", "application/json")
        .body(serde_json::json!({ "public_key": kp.public_key_b64() }).to_string());
    if let Some(xff) = xff {
        request = request.header("x-forwarded-for", xff);
    }
    let response = request.send().await.ok()?;
    if response.status() != 201 {
        return None;
    }
    let v: serde_json::Value = serde_json::from_slice(&response.bytes().await.ok()?).ok()?;
    Some((
        v["session_id"].as_str()?.to_string(),
        v["pickup_token"].as_str()?.to_string(),
    ))
}
