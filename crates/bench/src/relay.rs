//! The relay under load, on loopback, against the real `handshake-relay` binary (a separate process,
//! so its memory is its own): idle memory, sessions created / callbacks / pickups per second at a
//! fixed concurrency with p50/p99 latency, memory per pending session, and what happens past each
//! limit. With `--redis`, the same against a `redis-server` started on a free port.
//!
//! Every virtual desktop and store gets its own source address through `X-Forwarded-For` from a
//! trusted proxy (loopback), so the relay's default per-address limits apply as in production.
//! Everything is bounded: `--sessions` sessions, `--concurrency` at once, and a 120 s cap per phase.

use std::collections::HashMap;
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _};
use futures::StreamExt;
use handshake_relay_client::client::open_sealed;
use handshake_relay_client::seal::KeyPair;
use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::stats::{ms, percentile};

#[derive(clap::Args)]
pub struct Args {
    /// Sessions in the throughput run.
    #[arg(long, default_value_t = 2000)]
    sessions: usize,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 32)]
    concurrency: usize,
    /// Also run against Redis (starts `redis-server` on a free loopback port).
    #[arg(long)]
    redis: bool,
    /// The relay binary (default: next to this one, i.e. `cargo build -p handshake-relay` first).
    #[arg(long)]
    relay_bin: Option<std::path::PathBuf>,
}

const PHASE_CAP: Duration = Duration::from_secs(120);

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
    println!("handshake-bench relay: {} sessions, concurrency {}, plain HTTP on loopback, relay binary {}", args.sessions, args.concurrency, bin.display());
    bench_backend(&bin, &args, None).await?;
    if args.redis {
        let (redis, port) = start_redis().await?;
        let url = format!("redis://127.0.0.1:{port}/");
        let result = bench_backend(&bin, &args, Some((&url, port))).await;
        stop(redis).await;
        result?;
    }
    Ok(())
}

pub(crate) struct Relay {
    pub(crate) child: Child,
    pub(crate) base: String,
}

pub(crate) async fn start_relay(
    bin: &std::path::Path,
    redis: Option<&str>,
    extra: &[&str],
) -> anyhow::Result<Relay> {
    let mut cmd = Command::new(bin);
    cmd.args([
        "--addr",
        "127.0.0.1:0",
        "--trusted-proxy",
        "127.0.0.1",
        "--log-level",
        "error",
    ])
    .args(extra);
    if let Some(url) = redis {
        // A fresh prefix per start: runs never see each other's sessions.
        let prefix = format!("bench{}:", std::process::id() as u64 * 1000 + rand_suffix());
        cmd.args(["--redis", url, "--redis-prefix", &prefix]);
    }
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .context("starting the relay")?;
    let stdout = child.stdout.take().expect("piped");
    let mut lines = BufReader::new(stdout).lines();
    let line = tokio::time::timeout(Duration::from_secs(20), lines.next_line())
        .await??
        .ok_or_else(|| anyhow!("relay exited"))?;
    let base = line
        .strip_prefix("listening on ")
        .ok_or_else(|| anyhow!("unexpected first line {line:?}"))?
        .trim_end_matches('/')
        .to_string();
    Ok(Relay { child, base })
}

fn rand_suffix() -> u64 {
    Instant::now().elapsed().as_nanos() as u64 % 1000
        + std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos() as u64 % 1000)
            .unwrap_or(0)
}

pub(crate) async fn stop(mut child: Child) {
    let _ = child.start_kill();
    let _ = child.wait().await;
}

pub(crate) fn rss_of(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn ip(i: usize, net: u8) -> String {
    format!("10.{net}.{}.{}", (i / 250) % 250, i % 250 + 1)
}

struct Pending {
    id: String,
    user_id: String,
    callback_url: String,
    token: String,
    keys: KeyPair,
}

async fn create(
    http: &reqwest::Client,
    base: &str,
    from: &str,
) -> anyhow::Result<(u16, Option<Pending>, Value)> {
    let keys = KeyPair::generate();
    let resp = http
        .post(format!("{base}/v1/sessions"))
        .header("x-forwarded-for", from)
        .header("content-type", "application/json")
        .body(
            json!({"public_key": keys.public_key_b64(), "store_url": "https://shop.example"})
                .to_string(),
        )
        .send()
        .await?;
    let status = resp.status().as_u16();
    let v: Value = json_of(resp).await;
    if status != 201 {
        return Ok((status, None, v));
    }
    let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    let p = Pending {
        id: s("session_id"),
        user_id: s("user_id"),
        callback_url: s("callback_url"),
        token: s("pickup_token"),
        keys,
    };
    Ok((status, Some(p), v))
}

async fn json_of(resp: reqwest::Response) -> Value {
    let bytes = resp.bytes().await.unwrap_or_default();
    serde_json::from_slice(&bytes).unwrap_or(Value::Null)
}

fn callback_body(p: &Pending, n: usize) -> String {
    json!({"key_id": n + 1, "user_id": p.user_id, "consumer_key": format!("ck_{:040x}", n), "consumer_secret": format!("cs_{:040x}", n + 7), "key_permissions": "read_write"}).to_string()
}

async fn callback(
    http: &reqwest::Client,
    p: &Pending,
    n: usize,
    from: &str,
) -> anyhow::Result<u16> {
    let resp = http
        .post(&p.callback_url)
        .header("x-forwarded-for", from)
        .header("content-type", "application/json;charset=UTF-8")
        .body(callback_body(p, n))
        .send()
        .await?;
    Ok(resp.status().as_u16())
}

/// (HTTP status, delivered keys' key_id when this answer handed them over)
async fn pickup(
    http: &reqwest::Client,
    base: &str,
    p: &Pending,
    wait: u64,
    from: &str,
) -> anyhow::Result<(u16, Option<u64>, String)> {
    let resp = http
        .get(format!("{base}/v1/sessions/{}/pickup?wait={wait}", p.id))
        .header("x-forwarded-for", from)
        .bearer_auth(&p.token)
        .send()
        .await?;
    let status = resp.status().as_u16();
    let v: Value = json_of(resp).await;
    let code = v["error"]
        .as_str()
        .or(v["status"].as_str())
        .unwrap_or("")
        .to_string();
    let delivered = match v["sealed_payload"].as_str() {
        Some(sealed) => Some(
            open_sealed(&p.keys, &p.user_id, sealed)
                .map_err(|e| anyhow!("{e}"))?
                .key_id,
        ),
        None => None,
    };
    Ok((status, delivered, code))
}

/// Runs `n` jobs at `c` at once; latencies of each, and the statuses seen.
async fn phase<F, Fut>(
    name: &str,
    n: usize,
    c: usize,
    job: F,
) -> anyhow::Result<(Vec<Duration>, HashMap<String, usize>)>
where
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<String>>,
{
    let started = Instant::now();
    let results: Vec<_> = tokio::time::timeout(
        PHASE_CAP,
        futures::stream::iter(0..n)
            .map(|i| {
                let fut = job(i);
                async move {
                    let t = Instant::now();
                    let r = fut.await;
                    (t.elapsed(), r)
                }
            })
            .buffer_unordered(c)
            .collect(),
    )
    .await
    .map_err(|_| anyhow!("{name}: phase cap reached"))?;
    let took = started.elapsed();
    let mut lat = Vec::new();
    let mut outcomes: HashMap<String, usize> = HashMap::new();
    for (d, r) in results {
        lat.push(d);
        *outcomes
            .entry(r.unwrap_or_else(|e| format!("error: {e}")))
            .or_default() += 1;
    }
    println!(
        "  {name:<28} {n:>6} in {:>7.0} ms = {:>7.0}/s   p50 {:>6.1} ms  p99 {:>6.1} ms   {:?}",
        ms(took),
        n as f64 / took.as_secs_f64(),
        ms(percentile(&lat, 50.0)),
        ms(percentile(&lat, 99.0)),
        outcomes
    );
    Ok((lat, outcomes))
}

fn redis_used_memory(port: u16) -> u64 {
    let out = std::process::Command::new("redis-cli")
        .args(["-p", &port.to_string(), "info", "memory"])
        .output();
    let text = out
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix("used_memory:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

async fn bench_backend(
    bin: &std::path::Path,
    args: &Args,
    redis: Option<(&str, u16)>,
) -> anyhow::Result<()> {
    let label = if redis.is_some() { "Redis" } else { "memory" };
    println!("\n== {label} store ==");
    let http = reqwest::Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(args.concurrency * 2)
        .timeout(Duration::from_secs(40))
        .build()?;
    let relay = start_relay(bin, redis.map(|r| r.0), &[]).await?;
    let pid = relay.child.id().unwrap_or(0);
    let base = relay.base.clone();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let idle = rss_of(pid);
    let redis_before = redis.map(|r| redis_used_memory(r.1)).unwrap_or(0);
    println!("  relay idle RSS: {} KiB", idle);

    // Throughput: create, then callback, then pickup every session, each phase on its own.
    let n = args.sessions;
    let c = args.concurrency;
    let sessions: Arc<Vec<tokio::sync::OnceCell<Pending>>> =
        Arc::new((0..n).map(|_| tokio::sync::OnceCell::new()).collect());
    phase("POST /v1/sessions", n, c, |i| {
        let (http, base, sessions) = (http.clone(), base.clone(), sessions.clone());
        async move {
            let (status, p, v) = create(&http, &base, &ip(i, 1)).await?;
            if let Some(p) = p {
                let _ = sessions[i].set(p);
            }
            Ok(format!("{status} {}", v["error"].as_str().unwrap_or(""))
                .trim()
                .to_string())
        }
    })
    .await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let after_create = rss_of(pid);
    let redis_after_create = redis.map(|r| redis_used_memory(r.1)).unwrap_or(0);
    phase("POST /v1/callback/{id}", n, c, |i| {
        let (http, sessions) = (http.clone(), sessions.clone());
        async move {
            let p = sessions[i].get().ok_or_else(|| anyhow!("no session"))?;
            Ok(callback(&http, p, i, &ip(i, 2)).await?.to_string())
        }
    })
    .await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let after_callback = rss_of(pid);
    let redis_after_callback = redis.map(|r| redis_used_memory(r.1)).unwrap_or(0);
    let delivered = Arc::new(AtomicUsize::new(0));
    let wrong = Arc::new(AtomicUsize::new(0));
    phase("GET pickup (delivers)", n, c, |i| {
        let (http, base, sessions, delivered, wrong) = (
            http.clone(),
            base.clone(),
            sessions.clone(),
            delivered.clone(),
            wrong.clone(),
        );
        async move {
            let p = sessions[i].get().ok_or_else(|| anyhow!("no session"))?;
            let (status, keys, code) = pickup(&http, &base, p, 0, &ip(i, 1)).await?;
            match keys {
                Some(k) if k == i as u64 + 1 => delivered.fetch_add(1, Ordering::Relaxed),
                Some(_) => wrong.fetch_add(1, Ordering::Relaxed),
                None => 0,
            };
            Ok(format!("{status} {code}"))
        }
    })
    .await?;
    phase("GET pickup again (must 410)", n, c, |i| {
        let (http, base, sessions) = (http.clone(), base.clone(), sessions.clone());
        async move {
            let p = sessions[i].get().ok_or_else(|| anyhow!("no session"))?;
            let (status, keys, code) = pickup(&http, &base, p, 0, &ip(i, 1)).await?;
            if keys.is_some() {
                return Ok("DELIVERED TWICE".into());
            }
            Ok(format!("{status} {code}"))
        }
    })
    .await?;
    let kib = |a: u64, b: u64| (a as f64 - b as f64) * 1024.0 / n as f64;
    println!(
        "  delivered exactly once: {}/{} (wrong keys: {}); relay RSS idle {idle} KiB → {after_create} KiB with {n} pending sessions ({:.0} B/session) → {after_callback} KiB with sealed keys waiting ({:.0} B/session)",
        delivered.load(Ordering::Relaxed),
        n,
        wrong.load(Ordering::Relaxed),
        kib(after_create, idle),
        kib(after_callback, idle)
    );
    if redis.is_some() {
        println!(
            "  Redis used_memory: +{:.0} B/session pending, +{:.0} B/session with sealed keys",
            (redis_after_create as f64 - redis_before as f64) / n as f64,
            (redis_after_callback as f64 - redis_before as f64) / n as f64
        );
    }

    // Races: two callbacks for one session, eight pickups of one ready session, 50 times each.
    let mut twice = 0;
    let mut cb_outcomes: HashMap<String, usize> = HashMap::new();
    let mut pk_outcomes: HashMap<String, usize> = HashMap::new();
    for r in 0..50 {
        let (_, Some(p), _) = create(&http, &base, &ip(r, 3)).await? else {
            bail!("race session refused")
        };
        let (from_a, from_b, from_desktop) = (ip(r, 4), ip(r, 5), ip(r, 3));
        let (a, b) = tokio::join!(
            callback(&http, &p, r, &from_a),
            callback(&http, &p, r + 1000, &from_b)
        );
        for s in [a?, b?] {
            *cb_outcomes.entry(s.to_string()).or_default() += 1;
        }
        let picks =
            futures::future::join_all((0..8).map(|_| pickup(&http, &base, &p, 0, &from_desktop)))
                .await;
        let mut got = 0;
        for pk in picks {
            let (status, keys, code) = pk?;
            got += usize::from(keys.is_some());
            *pk_outcomes.entry(format!("{status} {code}")).or_default() += 1;
        }
        if got != 1 {
            twice += 1;
        }
    }
    println!("  races ×50: two concurrent callbacks → {cb_outcomes:?}; eight concurrent pickups → {pk_outcomes:?}; sessions not delivered exactly once: {twice}");

    // Per-address limits with the defaults: sessions per address, then the request rate.
    let mut per_ip: HashMap<String, usize> = HashMap::new();
    for _ in 0..25 {
        let (status, _, v) = create(&http, &base, "10.9.9.9").await?;
        *per_ip
            .entry(format!("{status} {}", v["error"].as_str().unwrap_or("")))
            .or_default() += 1;
    }
    let mut rate: HashMap<String, usize> = HashMap::new();
    for _ in 0..100 {
        let resp = http
            .get(format!("{base}/v1/sessions/nosuchsession"))
            .header("x-forwarded-for", "10.9.9.10")
            .bearer_auth("x")
            .send()
            .await?;
        let status = resp.status().as_u16();
        let v: Value = json_of(resp).await;
        *rate
            .entry(format!("{status} {}", v["error"].as_str().unwrap_or("")))
            .or_default() += 1;
    }
    println!("  25 sessions from one address → {per_ip:?}");
    println!("  100 quick requests from one address → {rate:?}");
    let health = http
        .get(format!("{base}/v1/health"))
        .send()
        .await?
        .status()
        .as_u16();
    println!(
        "  after the load: /v1/health {health}, relay RSS {} KiB",
        rss_of(pid)
    );
    stop(relay.child).await;

    // A small relay for the global limits: pending sessions and requests in flight.
    let small = start_relay(
        bin,
        redis.map(|r| r.0),
        &["--max-pending", "200", "--max-inflight", "16"],
    )
    .await?;
    let sbase = small.base.clone();
    // The session the in-flight test long-polls on, made before the pending cap fills up.
    let (_, Some(p), _) = create(&http, &sbase, "10.7.0.1").await? else {
        bail!("small relay refused the first session")
    };
    // Below --max-inflight, so the refusals seen are the pending cap's.
    phase("create past --max-pending 200", 250, c.min(8), |i| {
        let (http, base) = (http.clone(), sbase.clone());
        async move {
            let (status, _, v) = create(&http, &base, &ip(i, 6)).await?;
            Ok(format!("{status} {}", v["error"].as_str().unwrap_or(""))
                .trim()
                .to_string())
        }
    })
    .await?;
    // 40 long-polls at once on one session, from 40 addresses: a session holds two at most, each
    // newer one ends the oldest (answered at once with the unchanged state), none queues.
    let froms: Vec<String> = (0..40).map(|i| ip(i, 8)).collect();
    let polls =
        futures::future::join_all(froms.iter().map(|from| pickup(&http, &sbase, &p, 2, from)))
            .await;
    let mut inflight: HashMap<String, usize> = HashMap::new();
    for r in polls {
        let key = match r {
            Ok((s, _, code)) => format!("{s} {code}"),
            Err(e) => format!("error {e}"),
        };
        *inflight.entry(key).or_default() += 1;
    }
    println!("  40 long-polls on one session (2 per session, --max-inflight 16) → {inflight:?}");
    let health = http
        .get(format!("{sbase}/v1/health"))
        .send()
        .await?
        .status()
        .as_u16();
    println!("  small relay still healthy: /v1/health {health}");
    stop(small.child).await;
    Ok(())
}

pub(crate) async fn start_redis() -> anyhow::Result<(Child, u16)> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let child = Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .context("starting redis-server (apt-get install redis-server)")?;
    for _ in 0..50 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return Ok((child, port));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("redis-server did not start on port {port}")
}
