//! Hostile and broken servers: every run ends within its time limit with a report, bodies stay within
//! the cap whatever the compression, and redirect chains stop.

use std::time::{Duration, Instant};

use handshake_engine::internals::http::{HttpClient, ProbeRequest, BODY_CAP};
use handshake_engine::net::resolve::Resolver;
use handshake_engine::Trust;
use handshake_tests::{start, Run};

async fn bounded(scenario: &str, limit: Duration) {
    let store = start(scenario).await;
    let mut run = Run::against(&store);
    run.timeout = limit;
    let started = Instant::now();
    let report = run.report().await;
    let took = started.elapsed();
    store.shutdown().await;
    assert!(
        took <= limit + Duration::from_millis(700),
        "{scenario}: took {took:?} with a {limit:?} limit"
    );
    assert!(
        !report.probes.is_empty(),
        "{scenario}: the report lists the probes"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn hostile_servers_never_outlast_the_time_limit() {
    let limit = Duration::from_secs(4);
    let runs: Vec<_> = [
        "slow-drip",
        "never-ending-body",
        "gzip-bomb",
        "redirect-loop",
        "header-flood",
    ]
    .into_iter()
    .map(|s| tokio::spawn(bounded(s, limit)))
    .collect();
    for r in runs {
        r.await.expect("hostile scenario task");
    }
}

async fn client_for(store: &handshake_tests::RunningStore, limit: Duration) -> HttpClient {
    let trust = Trust::from_pem(store.ca_pem().unwrap(), "test CA").unwrap();
    HttpClient::new(
        &trust,
        Resolver::offline(Default::default()),
        Instant::now() + limit,
        limit,
    )
    .unwrap()
}

#[tokio::test]
async fn compression_bomb_is_cut_at_the_body_cap() {
    let store = start("gzip-bomb").await;
    let client = client_for(&store, Duration::from_secs(10)).await;
    let fetched = client
        .fetch(
            &ProbeRequest::get(store.url().join("wp-json/").unwrap()),
            false,
        )
        .await;
    let last = fetched.last().expect("an answer");
    assert!(
        last.body.len() <= BODY_CAP,
        "kept {} bytes",
        last.body.len()
    );
    assert!(last.body_truncated, "the bomb was cut short");
}

#[tokio::test]
async fn endless_body_is_cut_and_redirect_loops_stop() {
    let store = start("never-ending-body").await;
    let client = client_for(&store, Duration::from_secs(10)).await;
    let fetched = client
        .fetch(
            &ProbeRequest::get(store.url().join("wp-json/").unwrap()),
            false,
        )
        .await;
    if let Some(last) = fetched.last() {
        assert!(last.body.len() <= BODY_CAP);
    }
    store.shutdown().await;

    let store = start("redirect-loop").await;
    let client = client_for(&store, Duration::from_secs(10)).await;
    let fetched = client
        .fetch(
            &ProbeRequest::get(store.url().join("wp-json/").unwrap()).following(),
            false,
        )
        .await;
    assert_eq!(
        fetched.error,
        Some(handshake_engine::internals::http::FetchError::TooManyRedirects)
    );
    assert!(fetched.hops.len() <= handshake_engine::internals::http::MAX_REDIRECTS + 1);
}
