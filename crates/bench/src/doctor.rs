//! A diagnosis against its physical limit.
//!
//! For each injected latency and scenario, in one run:
//! 1. one untimed warm-up diagnosis through the engine's scheduler, which also gives the plan and how
//!    many responses each probe read (redirect hops included) and whether h2 was negotiated;
//! 2. the lower bound: the critical path of `ProbeId::deps()` over that plan
//!    (`handshake_engine::internals::probes::critical`), in round trips, times the round trip;
//! 3. `--runs` timed full diagnoses (`handshake_engine::diagnose`, exactly what `handshake doctor`
//!    calls), median reported;
//! 4. the sequential baseline: the very requests the diagnosis made (from the store's request log),
//!    replayed one after another with a new connection (TCP + TLS) each, no reuse, plus the TCP and
//!    TLS checks — what a support engineer's curl script does.
//!
//! Round-trip model: the store's `latency` sleeps before every response, so one response costs
//! `latency` and loopback handshakes are ~free (`CostModel::ResponsesOnly`). `--rtt-ms R` states a
//! real network round trip applied from outside (e.g. `tc netem` in a network namespace, see
//! scripts/bench-netem.sh); the bound then adds `R` for every round trip including TCP and TLS
//! setup (`CostModel::Network`).

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context as _};
use handshake_demo as demo_store;
use handshake_engine::internals::http::HttpClient;
use handshake_engine::internals::probes::critical::{critical_path, probe_rtts, CostModel};
use handshake_engine::internals::probes::{graph, Context, ProbeData, ProbeId, Results};
use handshake_engine::net::resolve::Resolver;
use handshake_engine::{
    diagnose, no_progress, AppPassword, Credentials, DiagnoseOptions, Profile, StoreUrl, Trust,
    WooKeys,
};

use crate::stats::{median, ms};

#[derive(clap::Args)]
pub struct Args {
    /// Injected latency per response (the store's `latency` option), comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "50,150")]
    latency_ms: Vec<u64>,
    /// Timed diagnoses per configuration (the median is reported).
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Scenarios (comma-separated); the healthy store first by default, then several faults.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "healthy,auth-header-stripped,plain-permalinks,cloudflare-challenge,modsecurity,key-revoked,https-not-detected,tls-expired"
    )]
    scenarios: Vec<String>,
    /// A real network round trip applied from outside (tc netem), for the bound's model.
    #[arg(long, default_value_t = 0)]
    rtt_ms: u64,
    /// Run without credentials (unauthenticated probes only).
    #[arg(long)]
    no_credentials: bool,
}

fn credentials(none: bool) -> Credentials {
    if none {
        return Credentials::default();
    }
    Credentials {
        woo: Some(
            WooKeys::new(
                demo_store::TEST_CONSUMER_KEY,
                demo_store::TEST_CONSUMER_SECRET,
            )
            .expect("test key"),
        ),
        app_password: Some(
            AppPassword::new(demo_store::TEST_WP_USER, demo_store::TEST_WP_APP_PASSWORD)
                .expect("test app password"),
        ),
    }
}

struct Row {
    scenario: String,
    latency: Duration,
    requests: usize,
    path_rtts: u32,
    path: Vec<ProbeId>,
    h2: bool,
    bound: Duration,
    doctor: Duration,
    doctor_min: Duration,
    sequential: Duration,
    verdict: String,
    errors: Vec<String>,
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    let rtt = Duration::from_millis(args.rtt_ms);
    println!(
        "handshake-bench doctor: {} timed run(s) per row, credentials: {}, network RTT applied outside: {} ms",
        args.runs,
        if args.no_credentials { "none" } else { "WooCommerce key + application password" },
        args.rtt_ms
    );
    println!("model: lower bound = critical path of ProbeId::deps() over the plan; 1 RTT per response (latency option){}", if args.rtt_ms > 0 { " + network RTTs incl. TCP/TLS setup" } else { "" });
    println!();
    println!(
        "{:<22} {:>7} {:>5} {:>9} {:>9} {:>9} {:>7} {:>10} {:>8}  verdict",
        "scenario",
        "latency",
        "reqs",
        "path RTT",
        "bound ms",
        "doctor ms",
        "×bound",
        "seq ms",
        "seq/doc"
    );
    let mut rows = Vec::new();
    for &lat in &args.latency_ms {
        for scenario in &args.scenarios {
            let row = one(
                scenario,
                Duration::from_millis(lat),
                rtt,
                args.runs,
                args.no_credentials,
            )
            .await
            .with_context(|| format!("scenario {scenario} at {lat} ms"))?;
            println!(
                "{:<22} {:>5}ms {:>5} {:>9} {:>9.0} {:>9.0} {:>7.2} {:>10.0} {:>8.1}  {} {}",
                row.scenario,
                row.latency.as_millis(),
                row.requests,
                row.path_rtts,
                ms(row.bound),
                ms(row.doctor),
                ms(row.doctor) / ms(row.bound).max(1.0),
                ms(row.sequential),
                ms(row.sequential) / ms(row.doctor).max(1.0),
                row.verdict,
                if row.errors.is_empty() {
                    String::new()
                } else {
                    format!("[{}]", row.errors.join(" "))
                }
            );
            rows.push(row);
        }
    }
    println!();
    println!("critical paths (ProbeId chain), h2 = the store negotiated HTTP/2 and later probes reuse one connection:");
    for r in rows
        .iter()
        .filter(|r| r.latency == Duration::from_millis(args.latency_ms[0]))
    {
        let chain: Vec<String> = r.path.iter().map(|p| p.name()).collect();
        println!(
            "  {:<22} h2={} {} (min doctor run {:.0} ms)",
            r.scenario,
            r.h2,
            chain.join(" → "),
            ms(r.doctor_min)
        );
    }
    Ok(())
}

async fn one(
    scenario: &str,
    latency: Duration,
    rtt: Duration,
    runs: usize,
    no_credentials: bool,
) -> anyhow::Result<Row> {
    let mut opts = demo_store::StoreOptions::new(scenario);
    opts.latency = latency;
    let store = demo_store::start(opts).await.map_err(|e| anyhow!("{e}"))?;
    let trust = match store.ca_pem() {
        Some(pem) => Trust::from_pem(pem, "scenario store CA")?,
        None => Trust::system(),
    };
    let url = StoreUrl::parse(store.url().as_str()).map_err(|e| anyhow!("{e}"))?;
    let creds = credentials(no_credentials);

    // 1. Warm-up through the scheduler itself: the plan, and what each probe read.
    let before = store.requests().len();
    let deadline = Instant::now() + Duration::from_secs(60);
    let ctx = Arc::new(Context {
        client: HttpClient::new(
            &trust,
            Resolver::offline(Default::default()),
            deadline,
            Duration::from_secs(15),
        )?,
        trust: trust.clone(),
        store: url.clone(),
        credentials: creds.clone(),
        profile: Profile::default(),
        step_timeout: Duration::from_secs(8),
        lang: Default::default(),
    });
    let plan = ctx.plan();
    let results = graph::run(ctx.clone(), no_progress(), deadline).await;
    let requests: Vec<_> = store.requests()[before..].to_vec();

    // 2. The bound, from the engine's graph.
    let h2 = results
        .home()
        .and_then(|h| h.fetched.last())
        .is_some_and(|e| e.http_version.contains('2'));
    let https = url.is_https();
    let responses = |id: ProbeId| responses_of(&results, id);
    let (path_rtts, path) = critical_path(&plan, |id| {
        probe_rtts(id, responses(id), CostModel::ResponsesOnly)
    });
    let (net_rtts, _) = critical_path(&plan, |id| {
        probe_rtts(id, responses(id), CostModel::Network { https, h2 })
    });
    let bound = latency * path_rtts + rtt * net_rtts;

    // 3. Timed full diagnoses.
    let mut times = Vec::new();
    let mut verdict = String::new();
    let mut errors = Vec::new();
    for _ in 0..runs.max(1) {
        let mut o = DiagnoseOptions::new(url.clone());
        o.trust = trust.clone();
        o.credentials = creds.clone();
        o.offline_dns = true;
        o.timeout = Duration::from_secs(60);
        let started = Instant::now();
        let report = diagnose(o, no_progress()).await?;
        times.push(started.elapsed());
        verdict = format!("{:?}", report.verdict).to_lowercase();
        if std::env::var_os("BENCH_VERBOSE").is_some() {
            for p in &report.probes {
                eprintln!(
                    "    {scenario} {:<24} {:>5} ms {:?}",
                    p.id, p.duration_ms, p.outcome
                );
            }
            eprintln!("    {scenario} total {} ms", report.duration_ms);
        }
        errors = report
            .findings
            .iter()
            .filter(|f| f.severity == handshake_engine::Severity::Error)
            .map(|f| f.id.to_string())
            .collect();
    }

    // 4. Sequential baseline: the same requests, one after another, a new connection each.
    let sequential = sequential_replay(&store, &trust, &requests).await?;

    store.shutdown().await;
    Ok(Row {
        scenario: scenario.to_string(),
        latency,
        requests: requests.len(),
        path_rtts: path_rtts + net_rtts * u32::from(!rtt.is_zero()),
        path,
        h2,
        bound,
        doctor: median(&times),
        doctor_min: times.iter().min().copied().unwrap_or_default(),
        sequential,
        verdict,
        errors,
    })
}

/// Responses one probe read (redirect hops included); 0 when skipped or when it got no answer.
fn responses_of(results: &Results, id: ProbeId) -> u32 {
    match results.get(id).map(|r| &r.data) {
        Some(ProbeData::Http(f)) => f.hops.len() as u32,
        Some(ProbeData::Home(h)) => h.fetched.hops.len() as u32,
        _ => 0,
    }
}

/// The curl-script baseline. Each request gets its own client (so its own TCP + TLS connection),
/// sent only after the previous answer is fully read. Bodies are not recorded by the store, so
/// POST/PUT send a small JSON body of the same kind; only timing matters here.
async fn sequential_replay(
    store: &demo_store::RunningStore,
    trust: &Trust,
    requests: &[demo_store::RecordedRequest],
) -> anyhow::Result<Duration> {
    let started = Instant::now();
    // The tcp and tls checks: a connection, then a separate TLS handshake.
    let addr = (
        store.url().host_str().unwrap_or("127.0.0.1"),
        store.url().port_or_known_default().unwrap_or(443),
    );
    let tcp = tokio::net::TcpStream::connect(addr).await?;
    drop(tcp);
    if store.url().scheme() == "https" {
        let tcp = tokio::net::TcpStream::connect(addr).await?;
        let connector = tokio_rustls::TlsConnector::from(Arc::new(trust.client_config()));
        let name = rustls_pki_types::ServerName::try_from("localhost").expect("name");
        // The handshake's outcome does not matter (tls-* scenarios fail it on purpose), only its time.
        let _ = tokio::time::timeout(Duration::from_secs(10), connector.connect(name, tcp)).await;
    }
    for r in requests {
        let base = match (r.tls, store.secondary_url()) {
            (true, Some(secondary)) => secondary,
            _ => store.url(),
        };
        let url = base.join(&r.path)?;
        // Accept any certificate: a curl script for a broken certificate would pass -k too.
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(trust.insecure_client_config())
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(0)
            .timeout(Duration::from_secs(15))
            .no_proxy()
            .build()?;
        let method = reqwest::Method::from_bytes(r.method.as_bytes())?;
        let mut req = client.request(method.clone(), url);
        for (k, v) in &r.headers {
            if matches!(
                k.as_str(),
                "host" | "content-length" | "connection" | "transfer-encoding" | "te"
            ) {
                continue;
            }
            req = req.header(k.as_str(), v.as_str());
        }
        if method != reqwest::Method::GET && method != reqwest::Method::HEAD {
            req = req.body(r#"{"id":1}"#);
        }
        // A hostile scenario may cut or stall a body: the baseline stops where the diagnosis did.
        if let Ok(resp) = req.send().await {
            let _ = tokio::time::timeout(Duration::from_secs(15), resp.bytes()).await;
        }
    }
    Ok(started.elapsed())
}
