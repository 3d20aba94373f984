//! The Redis store with a real `redis-server` (started per test on a free loopback port) and two
//! relay instances sharing it, as behind a load balancer.

mod common;

use std::time::{Duration, Instant};

use common::*;
use handshake_relay::protocol::SessionState;
use handshake_relay::server::RelayConfig;
use handshake_relay::RunningRelay;
use handshake_relay_client::{ClientError, PickupOutcome, RelayClient, Session};
use secrecy::ExposeSecret;

/// Two instances on one Redis, or `None` when redis-server is missing (outside CI).
async fn pair(
    tweak: impl Fn(&mut RelayConfig),
) -> Option<(RedisServer, RunningRelay, RunningRelay)> {
    let redis = redis_server()?;
    let mut config = redis_config(&redis.url, "test:");
    tweak(&mut config);
    let a = start(config.clone()).await;
    let b = start(config).await;
    Some((redis, a, b))
}

/// The same path on another instance.
fn on(relay: &RunningRelay, url: &str) -> String {
    let path = url.split_once("/v1/").map(|(_, p)| p).unwrap();
    format!("{}/v1/{path}", base(relay))
}

/// The store's genuine POST of the keys for `session`, landing on `relay`.
async fn deliver_on(relay: &RunningRelay, session: &Session) -> reqwest::Response {
    let callback = on(relay, &session.callback_url);
    post_callback(&http(None), &callback, woo_body(&session.user_id)).await
}

#[tokio::test]
async fn two_instances_share_one_session() {
    let Some((_redis, a, b)) = pair(|_| {}).await else {
        return;
    };
    let (client_a, session) = open_session(&a).await;
    let client_b = RelayClient::new(&base(&b), None).unwrap();

    // The store's POST and the browser land on B.
    assert_eq!(deliver_on(&b, &session).await.status().as_u16(), 200);
    let approved_on_b = on(&b, &return_url(&session, true));
    let page = http(None).get(approved_on_b).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    // A second POST (to A) is refused: one key per session, whichever instance gets it.
    let again = deliver_on(&a, &session).await;
    assert_eq!(again.status().as_u16(), 409);

    assert_eq!(
        client_a.status(&session).await.unwrap().status,
        SessionState::Ready
    );
    match client_a.pickup(&session, Duration::ZERO).await.unwrap() {
        PickupOutcome::Delivered(keys) => assert_eq!(keys.consumer_secret.expose_secret(), CS),
        other => panic!("{other:?}"),
    }
    // The other instance knows it is gone.
    let replay = client_b.pickup(&session, Duration::ZERO).await.unwrap_err();
    assert!(
        matches!(replay, ClientError::AlreadyDelivered),
        "{replay:?}"
    );
    let status = client_b.status(&session).await.unwrap();
    assert_eq!(status.status, SessionState::Delivered);
    let results: Vec<_> = status.attempts.iter().map(|a| a.result.as_str()).collect();
    assert_eq!(results, vec!["accepted", "approved", "already_received"]);
    a.shutdown().await;
    b.shutdown().await;
}

#[tokio::test]
async fn concurrent_pickups_on_both_instances_deliver_exactly_once() {
    let Some((_redis, a, b)) = pair(|_| {}).await else {
        return;
    };
    let (_client, session) = open_session(&a).await;
    let response = deliver(&http(None), &session).await;
    assert_eq!(response.status().as_u16(), 200);

    let token = session.pickup_token.expose_secret().to_string();
    let urls: Vec<String> = (0..10)
        .map(|i| {
            format!(
                "{}/v1/sessions/{}/pickup",
                base(if i % 2 == 0 { &a } else { &b }),
                session.id
            )
        })
        .collect();
    let tasks: Vec<_> = urls
        .into_iter()
        .map(|url| {
            let token = token.clone();
            tokio::spawn(async move {
                let response = http(None).get(url).bearer_auth(token).send().await.unwrap();
                let status = response.status().as_u16();
                let body: serde_json::Value = response.json_or_default().await;
                (status, body.get("sealed_payload").is_some())
            })
        })
        .collect();
    let mut delivered = 0;
    for task in tasks {
        let (status, has_payload) = task.await.unwrap();
        match status {
            200 => {
                assert!(has_payload);
                delivered += 1;
            }
            410 => assert!(!has_payload),
            other => panic!("unexpected status {other}"),
        }
    }
    assert_eq!(delivered, 1, "exactly one pickup gets the payload");
    a.shutdown().await;
    b.shutdown().await;
}

trait JsonOrDefault {
    async fn json_or_default(self) -> serde_json::Value;
}

impl JsonOrDefault for reqwest::Response {
    async fn json_or_default(self) -> serde_json::Value {
        let bytes = self.bytes().await.unwrap_or_default();
        serde_json::from_slice(&bytes).unwrap_or_default()
    }
}

#[tokio::test]
async fn long_poll_on_one_instance_sees_a_callback_on_the_other() {
    let Some((_redis, a, b)) = pair(|_| {}).await else {
        return;
    };
    let (client, session) = open_session(&a).await;
    let callback = on(&b, &session.callback_url);
    let body = woo_body(&session.user_id);
    let poster = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        post_callback(&http(None), &callback, body)
            .await
            .status()
            .as_u16()
    });
    let started = Instant::now();
    assert!(matches!(
        client
            .pickup(&session, Duration::from_secs(20))
            .await
            .unwrap(),
        PickupOutcome::Delivered(_)
    ));
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(poster.await.unwrap(), 200);
    a.shutdown().await;
    b.shutdown().await;
}

#[tokio::test]
async fn redis_sessions_expire_with_their_payload() {
    let Some((_redis, a, b)) = pair(|c| c.session_ttl = Duration::from_secs(1)).await else {
        return;
    };
    let (_client, session) = open_session(&a).await;
    let response = deliver(&http(None), &session).await;
    assert_eq!(response.status().as_u16(), 200);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let client_b = RelayClient::new(&base(&b), None).unwrap();
    match client_b.pickup(&session, Duration::ZERO).await.unwrap() {
        PickupOutcome::Expired { attempts } => assert_eq!(attempts.len(), 1),
        other => panic!("{other:?}"),
    }
    let late = deliver_on(&b, &session).await;
    assert_eq!(late.status().as_u16(), 410);
    a.shutdown().await;
    b.shutdown().await;
}

#[tokio::test]
async fn per_address_limit_holds_across_instances() {
    let Some((_redis, a, b)) = pair(|c| c.limits.max_sessions_per_ip = 2).await else {
        return;
    };
    let client_a = RelayClient::new(&base(&a), None).unwrap();
    let client_b = RelayClient::new(&base(&b), None).unwrap();
    client_a.create_session("https://a.example").await.unwrap();
    client_b.create_session("https://b.example").await.unwrap();
    let err = client_a
        .create_session("https://c.example")
        .await
        .unwrap_err();
    assert!(matches!(err, ClientError::RateLimited { .. }), "{err:?}");
    a.shutdown().await;
    b.shutdown().await;
}

#[tokio::test]
async fn unreachable_redis_fails_at_start() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = redis_config(&format!("redis://127.0.0.1:{port}/"), "x:");
    let err = handshake_relay::serve(config).await.unwrap_err();
    assert!(err.to_string().contains("redis"), "{err}");
}

#[tokio::test]
async fn lost_redis_refuses_instead_of_pretending() {
    let Some(redis) = redis_server() else { return };
    let relay = start(redis_config(&redis.url, "lost:")).await;
    let (_client, session) = open_session(&relay).await;
    drop(redis);
    let started = Instant::now();
    let response = deliver(&http(None), &session).await;
    assert_eq!(
        response.status().as_u16(),
        503,
        "never a 200 for a payload that was not stored"
    );
    let health = http(None)
        .get(format!("{}/v1/health", base(&relay)))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 503);
    assert!(
        started.elapsed() < Duration::from_secs(12),
        "{:?}",
        started.elapsed()
    );
    relay.shutdown().await;
}

fn meta(id: &str, ip: &str, prefix: &str, now: u64) -> handshake_relay::store::SessionMeta {
    handshake_relay::store::SessionMeta {
        id: id.to_string(),
        token_hash: [1; 32],
        public_key: [2; 32],
        store_url: None,
        created_ip: ip.to_string(),
        created_prefix: prefix.to_string(),
        created_ms: now,
        expires_ms: now + 60_000,
        retain_until_ms: now + 120_000,
    }
}

#[tokio::test]
async fn redis_counts_ipv6_networks_and_bounds_finished_records() {
    use handshake_relay::store::{CreateLimits, RedisStore, SessionStore, StoreError};
    let Some(redis) = redis_server() else { return };
    let store = RedisStore::connect(&redis.url, "bound:").await.unwrap();
    let now = handshake_relay::clock::now_ms();
    let limits = CreateLimits {
        max_pending: 100,
        max_per_ip: 2,
        max_per_prefix: 3,
        max_retained: 1,
    };
    // Four /64s of one /48, two tries each: the /48 stops at 3.
    let mut made = Vec::new();
    for net in 0..4 {
        for n in 0..2 {
            let m = meta(
                &format!("v6-{net}-{n}"),
                &format!("2001:db8:0:{net}::/64"),
                "2001:db8:0::/48",
                now,
            );
            match store.create(&m, limits, now).await {
                Ok(()) => made.push(m),
                Err(StoreError::TooManyForPrefix(3)) => {}
                Err(e) => panic!("{e}"),
            }
        }
    }
    assert_eq!(made.len(), 3);
    // Deliver two: only one finished record is kept, the oldest goes at the next create.
    for m in &made[..2] {
        store.put_payload(&m.id, vec![7], now).await.unwrap();
        store.take_payload(m, now).await.unwrap();
    }
    let m = meta("v4-a", "192.0.2.1", "192.0.2.1", now);
    store.create(&m, limits, now).await.unwrap();
    let kept = [
        store.get(&made[0].id).await.unwrap().is_some(),
        store.get(&made[1].id).await.unwrap().is_some(),
    ];
    assert_eq!(
        kept.iter().filter(|k| **k).count(),
        1,
        "one finished record kept: {kept:?}"
    );
    assert!(
        store.get(&made[2].id).await.unwrap().is_some(),
        "pending ones are never dropped"
    );
    // Delivery freed the /48's places.
    let again = meta("v6-again", "2001:db8:0:9::/64", "2001:db8:0::/48", now);
    store.create(&again, limits, now).await.unwrap();
}
