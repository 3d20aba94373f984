//! The relay's remote check under load: the real `handshake-relay` binary (a separate process, so
//! its memory is its own) checking the scenario store (HTTPS, on loopback) with two user agents per
//! check, from many client addresses (`X-Forwarded-For` from a trusted proxy). Reports checks per
//! second, p50/p99 latency, one check alone, and the relay's memory per running check; with
//! `--redis`, the same with the limits counted in a `redis-server` started on a free port.
//!
//! The relay runs with `--unsafe-allow-private-targets` because the store is on loopback: the
//! policy's checks still run for every hop, they just accept loopback. Bounded: `--checks` checks,
//! `--concurrency` at once, 180 s per phase.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _};
use futures::StreamExt;
use serde_json::{json, Value};

use crate::relay::{rss_of, start_redis, start_relay, stop, Relay};
use crate::stats::{ms, percentile};

#[derive(clap::Args)]
pub struct Args {
    /// Checks in the throughput run.
    #[arg(long, default_value_t = 200)]
    checks: usize,
    /// Checks in flight at once (the relay's --max-remote-checks is set to match).
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// Also run with the limits counted in Redis.
    #[arg(long)]
    redis: bool,
    /// Doctor runs per side in the wall-time comparison (this computer only vs both vantages).
    #[arg(long, default_value_t = 15)]
    doctor_runs: usize,
    /// The relay binary (default: next to this one).
    #[arg(long)]
    relay_bin: Option<std::path::PathBuf>,
}

const PHASE_CAP: Duration = Duration::from_secs(180);
const APP: &str = "AcmeSync/2.1 (+https://acme.example)";
const BROWSER: &str =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

pub async fn run(args: Args) -> anyhow::Result<()> {
    let bin = match &args.relay_bin {
        Some(b) => b.clone(),
        None => std::env::current_exe()?.with_file_name("handshake-relay"),
    };
    if !bin.exists() {
        bail!(
            "{} not found: run `cargo build -p handshake-relay` first or pass --relay-bin",
            bin.display()
        );
    }
    let store = handshake_demo::start(handshake_demo::StoreOptions::new("healthy"))
        .await
        .context("starting the scenario store")?;
    let dir = std::env::temp_dir().join(format!("handshake-bench-rc-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let ca = dir.join("store-ca.pem");
    std::fs::write(&ca, store.ca_pem().unwrap_or_default())?;
    println!(
        "handshake-bench remote-check: {} checks (2 user agents, 12 probes each), concurrency {}, store {} (HTTPS, scenario healthy), {} CPUs",
        args.checks,
        args.concurrency,
        store.url(),
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0)
    );
    let result = async {
        bench(&bin, &args, &ca, store.url().as_str(), None).await?;
        if args.redis {
            let (redis, port) = start_redis().await?;
            let url = format!("redis://127.0.0.1:{port}/");
            let r = bench(&bin, &args, &ca, store.url().as_str(), Some(&url)).await;
            stop(redis).await;
            r?;
        }
        println!(
            "\n== a doctor run with the remote check (doctor --relay) vs without (goal ≤ 1.2×) =="
        );
        for latency in [Duration::ZERO, Duration::from_millis(50)] {
            doctor_wall_time(&bin, &dir, latency, args.doctor_runs).await?;
        }
        anyhow::Ok(())
    }
    .await;
    store.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn client_ip(i: usize) -> String {
    format!("10.77.{}.{}", (i / 250) % 250, i % 250 + 1)
}

/// One check from the client `i`; its status and time.
async fn check(
    http: &reqwest::Client,
    relay: &str,
    store: &str,
    i: usize,
) -> (u16, Duration, Value) {
    let started = Instant::now();
    let body = json!({ "store_url": store, "user_agents": [APP, BROWSER] }).to_string();
    let sent = http
        .post(format!("{relay}/v1/remote-check"))
        .header("content-type", "application/json")
        .header("x-forwarded-for", client_ip(i))
        .body(body)
        .send()
        .await;
    match sent {
        Ok(r) => {
            let status = r.status().as_u16();
            let value =
                serde_json::from_slice(&r.bytes().await.unwrap_or_default()).unwrap_or(Value::Null);
            (status, started.elapsed(), value)
        }
        Err(_) => (0, started.elapsed(), Value::Null),
    }
}

async fn bench(
    bin: &std::path::Path,
    args: &Args,
    ca: &std::path::Path,
    store: &str,
    redis: Option<&str>,
) -> anyhow::Result<()> {
    println!(
        "\n== limits in {} ==",
        if redis.is_some() { "Redis" } else { "memory" }
    );
    let concurrency = args.concurrency.max(1).to_string();
    let Relay { child, base } = start_relay(
        bin,
        redis,
        &[
            "--unsafe-allow-private-targets",
            "--ca-cert",
            ca.to_str().unwrap_or_default(),
            "--max-remote-checks",
            &concurrency,
            "--remote-checks-per-client",
            "1000",
            "--remote-checks-per-target",
            "1000000",
            "--rate-burst",
            "1000",
            "--rate-per-minute",
            "60000",
        ],
    )
    .await?;
    let pid = child.id().unwrap_or(0);
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .pool_max_idle_per_host(args.concurrency * 2)
        .build()?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let idle = rss_of(pid);
    println!("  relay idle RSS: {idle} KiB");

    // One check alone, a few times: the latency without queueing.
    let mut alone = Vec::new();
    for i in 0..5 {
        let (status, took, value) = check(&http, &base, store, 100_000 + i).await;
        if status != 200 {
            bail!("a single check answered {status}: {value}");
        }
        let passed = value["probes"]
            .as_array()
            .map(|p| p.iter().filter(|r| r["outcome"] == "pass").count())
            .unwrap_or(0);
        if passed != 12 {
            bail!("a single check passed {passed} of 12 probes: {value}");
        }
        alone.push(took);
    }
    println!(
        "  one check alone (12 probes, 2 agents): p50 {:.1} ms, worst of 5 {:.1} ms",
        ms(percentile(&alone, 50.0)),
        ms(percentile(&alone, 100.0))
    );

    // Throughput at the concurrency asked, with the relay's RSS sampled meanwhile.
    let peak = Arc::new(AtomicU64::new(idle));
    let sampling = {
        let peak = peak.clone();
        tokio::spawn(async move {
            loop {
                peak.fetch_max(rss_of(pid), Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
    };
    let started = Instant::now();
    let results: Vec<(u16, Duration, Value)> = tokio::time::timeout(
        PHASE_CAP,
        futures::stream::iter(0..args.checks)
            .map(|i| {
                let (http, base) = (&http, &base);
                async move { check(http, base, store, i).await }
            })
            .buffer_unordered(args.concurrency.max(1))
            .collect(),
    )
    .await
    .context("the throughput phase ran past its cap")?;
    let wall = started.elapsed();
    sampling.abort();
    let mut statuses = std::collections::BTreeMap::new();
    let mut probes_passed = 0usize;
    for (status, _, value) in &results {
        *statuses.entry(*status).or_insert(0usize) += 1;
        probes_passed += value["probes"]
            .as_array()
            .map(|p| p.iter().filter(|r| r["outcome"] == "pass").count())
            .unwrap_or(0);
    }
    let times: Vec<Duration> = results.iter().map(|r| r.1).collect();
    let peak = peak.load(Ordering::Relaxed);
    println!(
        "  {} checks in {:.0} ms = {:.1} checks/s   p50 {:.1} ms  p99 {:.1} ms   statuses {:?}, probes passed {}/{}",
        results.len(),
        ms(wall),
        results.len() as f64 / wall.as_secs_f64(),
        ms(percentile(&times, 50.0)),
        ms(percentile(&times, 99.0)),
        statuses,
        probes_passed,
        results.len() * 12
    );
    println!(
        "  relay RSS idle {idle} KiB → peak {peak} KiB with {} checks running: {:.0} KiB per running check; after: {} KiB",
        args.concurrency,
        (peak.saturating_sub(idle)) as f64 / args.concurrency.max(1) as f64,
        rss_of(pid)
    );

    // Past the cap: more at once than --max-remote-checks.
    let burst: Vec<u16> = futures::future::join_all((0..args.concurrency * 2).map(|i| {
        let (http, base) = (&http, &base);
        async move { check(http, base, store, 200_000 + i).await.0 }
    }))
    .await;
    let mut seen = std::collections::BTreeMap::new();
    for s in burst {
        *seen.entry(s).or_insert(0usize) += 1;
    }
    println!(
        "  {} at once against --max-remote-checks {} → {:?}",
        args.concurrency * 2,
        args.concurrency,
        seen
    );
    stop(child).await;
    Ok(())
}

/// What the remote check adds to a doctor run: the same store diagnosed from this computer only and
/// from both vantages at once (`handshake doctor` and `doctor --relay`), alternating so that both
/// see the same machine, with the store answering at once and with `latency` per response (a store
/// on the internet). Its own store and relay, so the latency applies to nothing else. The goal is
/// ≤ 1.2×: both sides run concurrently.
async fn doctor_wall_time(
    bin: &std::path::Path,
    dir: &std::path::Path,
    latency: Duration,
    runs: usize,
) -> anyhow::Result<()> {
    use handshake_connect::vantage::{diagnose_from_both, RelayTarget};
    use handshake_engine::{no_progress, DiagnoseOptions, StoreUrl, Trust};

    let mut store_options = handshake_demo::StoreOptions::new("healthy");
    store_options.latency = latency;
    let store = handshake_demo::start(store_options)
        .await
        .context("starting the scenario store")?;
    let pem = store.ca_pem().unwrap_or_default().to_string();
    let ca = dir.join(format!("wall-ca-{}.pem", latency.as_millis()));
    std::fs::write(&ca, &pem)?;
    let Relay { child, base } = start_relay(
        bin,
        None,
        &[
            "--unsafe-allow-private-targets",
            "--ca-cert",
            ca.to_str().unwrap_or_default(),
        ],
    )
    .await?;
    let result = async {
        let trust = Trust::from_pem(&pem, "scenario store CA")?;
        let url = StoreUrl::parse(store.url().as_str()).map_err(|e| anyhow::anyhow!("{e}"))?;
        let options = || {
            let mut o = DiagnoseOptions::new(url.clone());
            o.trust = trust.clone();
            o.offline_dns = true;
            o.timeout = Duration::from_secs(60);
            o
        };
        let target = RelayTarget {
            url: base.clone(),
            ca_pem: None,
        };
        let (mut local, mut both) = (Vec::new(), Vec::new());
        for _ in 0..runs.max(1) {
            let started = Instant::now();
            diagnose_from_both(options(), None, no_progress()).await?;
            local.push(started.elapsed());
            let started = Instant::now();
            let report =
                diagnose_from_both(options(), Some(target.clone()), no_progress()).await?;
            both.push(started.elapsed());
            if !report.probes.iter().any(|p| p.vantage.is_some()) {
                bail!("the doctor run with the relay has no relay records: {report:?}");
            }
        }
        let (l, b) = (percentile(&local, 50.0), percentile(&both, 50.0));
        println!(
            "  store latency {:>3} ms, {} runs each (median): this computer only {:.1} ms, both vantages {:.1} ms = {:.2}×",
            latency.as_millis(),
            runs.max(1),
            ms(l),
            ms(b),
            b.as_secs_f64() / l.as_secs_f64().max(f64::EPSILON)
        );
        anyhow::Ok(())
    }
    .await;
    stop(child).await;
    store.shutdown().await;
    result
}
