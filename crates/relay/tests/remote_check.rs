//! `POST /v1/remote-check`: the SSRF suite (every refusal proven by listeners that count the
//! connections they get: zero), DNS answers that change between lookups, the limits (429, 503,
//! shared through Redis), the refusal of anything that looks like a credential, and a real remote
//! check through the relay binary against the scenario store, leaving from a second loopback
//! address.

mod common;

use std::io::{BufRead, BufReader};
use std::net::{IpAddr, SocketAddr};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{base, http, start, test_config};
use futures::future::BoxFuture;
use handshake_engine::net::policy::{Lookup, StaticLookup};
use handshake_engine::net::resolve::ResolveError;
use handshake_engine::{Outcome, Vantage};
use handshake_relay::protocol::{RemoteCheckResponse, REMOTE_CHECK_SCHEMA};
use handshake_relay::server::RelayConfig;
use handshake_relay::{RemoteCheckConfig, RunningRelay};
use handshake_relay_client::RelayClient;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const BIN: &str = env!("CARGO_BIN_EXE_handshake-relay");
/// Stands for a public store in these tests: the policy is told to treat it as public.
const PUBLIC: &str = "127.0.0.5";

/// A listener that counts every connection it accepts and answers each request with `answer`
/// (or holds it open without answering, when `answer` is empty).
struct Listener {
    addr: SocketAddr,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Listener {
    async fn start(ip: &str, answer: &str) -> Listener {
        let listener = TcpListener::bind((ip.parse::<IpAddr>().unwrap(), 0))
            .await
            .unwrap();
        let addr = listener.local_addr().unwrap();
        let connections = Arc::new(AtomicUsize::new(0));
        let answer = answer.to_string();
        let count = connections.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else {
                    return;
                };
                count.fetch_add(1, Ordering::SeqCst);
                let answer = answer.clone();
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut buf = [0u8; 2048];
                    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16384 {
                        match socket.read(&mut buf).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => head.extend_from_slice(&buf[..n]),
                        }
                    }
                    if answer.is_empty() {
                        tokio::time::sleep(Duration::from_secs(30)).await;
                        return;
                    }
                    let _ = socket.write_all(answer.as_bytes()).await;
                    let _ = socket.shutdown().await;
                });
            }
        });
        Listener {
            addr,
            connections,
            task,
        }
    }

    fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    fn port(&self) -> u16 {
        self.addr.port()
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn redirect_to(location: &str) -> String {
    format!(
        "HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
}

const PAGE: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 21\r\nConnection: close\r\n\r\n<html>a shop</html>\r\n";

fn relay_config(remote: RemoteCheckConfig) -> RelayConfig {
    RelayConfig {
        remote_check: remote,
        ..test_config()
    }
}

/// Short time limits, and the per-client and per-target counts out of the way unless a test sets
/// them.
fn quick() -> RemoteCheckConfig {
    RemoteCheckConfig {
        timeout: Duration::from_secs(5),
        per_request: Duration::from_secs(3),
        per_client: 1000,
        per_target: 1000,
        ..RemoteCheckConfig::default()
    }
}

async fn ask(relay: &RunningRelay, body: &str) -> (u16, Option<String>, serde_json::Value) {
    let response = http(None)
        .post(format!("{}/v1/remote-check", base(relay)))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let retry = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_string());
    let json = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
    (status, retry, json)
}

fn check_body(store_url: &str) -> String {
    serde_json::json!({ "store_url": store_url }).to_string()
}

fn static_lookup(pairs: &[(&str, &str)]) -> Arc<dyn Lookup> {
    Arc::new(StaticLookup(
        pairs
            .iter()
            .map(|(h, a)| (h.to_string(), vec![a.parse().unwrap()]))
            .collect(),
    ))
}

#[tokio::test]
async fn private_addresses_in_every_spelling_are_refused_and_never_contacted() {
    let trap = Listener::start("127.0.0.1", PAGE).await;
    let p = trap.port();
    let relay = start(relay_config(RemoteCheckConfig {
        lookup: Some(static_lookup(&[
            ("loop.test", "127.0.0.1"),
            ("internal.test", "10.1.2.3"),
            ("metadata.test", "169.254.169.254"),
            ("mapped.test", "::ffff:127.0.0.1"),
        ])),
        ..quick()
    }))
    .await;
    let cases: Vec<(String, &str)> = vec![
        (format!("http://127.0.0.1:{p}/"), "loopback"),
        (format!("http://2130706433:{p}/"), "loopback"),
        (format!("http://0x7f000001:{p}/"), "loopback"),
        (format!("http://0177.0.0.1:{p}/"), "loopback"),
        (format!("http://0x7f.0.0.1:{p}/"), "loopback"),
        (format!("http://127.1:{p}/"), "loopback"),
        (format!("http://[::ffff:127.0.0.1]:{p}/"), "loopback"),
        (format!("http://[::ffff:7f00:1]:{p}/"), "loopback"),
        (format!("http://[64:ff9b::7f00:1]:{p}/"), "loopback"),
        (format!("http://[2002:7f00:1::1]:{p}/"), "loopback"),
        (format!("http://loop.test:{p}/"), "loopback"),
        (format!("127.0.0.1:{p}"), "loopback"),
        ("http://[::1]/".into(), "loopback"),
        ("http://0.0.0.0/".into(), "unspecified"),
        ("http://0/".into(), "unspecified"),
        ("https://10.0.0.1/".into(), "private"),
        ("https://172.16.5.4/".into(), "private"),
        ("https://192.168.1.1/".into(), "private"),
        ("http://internal.test/".into(), "private"),
        ("http://100.64.0.1/".into(), "carrier-grade NAT"),
        (
            "http://169.254.169.254/latest/meta-data/".into(),
            "link-local",
        ),
        ("http://metadata.test/".into(), "link-local"),
        ("http://mapped.test/".into(), "loopback"),
        ("http://[fe80::1]/".into(), "link-local"),
        ("http://[fd00::1]/".into(), "unique-local"),
        ("http://[fec0::1]/".into(), "site-local"),
        ("http://224.0.0.1/".into(), "multicast"),
        ("http://[ff02::1]/".into(), "multicast"),
        ("http://255.255.255.255/".into(), "broadcast"),
        ("http://240.0.0.1/".into(), "reserved"),
        ("http://192.0.2.1/".into(), "documentation"),
        ("http://[2001:db8::1]/".into(), "documentation"),
        ("http://198.18.0.1/".into(), "benchmarking"),
        ("http://192.0.0.1/".into(), "protocol-assignment"),
        ("http://[2001::1]/".into(), "protocol-assignment"),
    ];
    for (url, what) in &cases {
        let (status, _, json) = ask(&relay, &check_body(url)).await;
        assert_eq!(status, 422, "{url}: {json}");
        assert_eq!(json["error"], "target_refused", "{url}: {json}");
        assert_eq!(json["rule"], "address", "{url}: {json}");
        let message = json["message"].as_str().unwrap();
        assert!(message.contains(what), "{url}: {message}");
        // A name's refusal says what kind of address it stands for, never which.
        for hidden in ["10.1.2.3", "169.254.169.254"] {
            if !url.contains(hidden) {
                assert!(!message.contains(hidden), "{url}: {message}");
            }
        }
    }
    relay.shutdown().await;
    // A name that resolves to a loopback address through this machine's own resolver.
    let relay = start(relay_config(quick())).await;
    for name in ["localhost", "LOCALHOST.", "ip6-localhost"] {
        let (status, _, json) = ask(&relay, &check_body(&format!("http://{name}:{p}/"))).await;
        if name == "ip6-localhost" && status == 200 {
            continue; // not in every /etc/hosts
        }
        assert_eq!(status, 422, "{name}: {json}");
        assert!(
            json["message"].as_str().unwrap().contains("loopback"),
            "{json}"
        );
    }
    assert_eq!(trap.connections(), 0, "a refused target was contacted");
    relay.shutdown().await;
}

#[tokio::test]
async fn schemes_ports_and_credentials_are_refused_before_any_connection() {
    let store = Listener::start(PUBLIC, PAGE).await;
    let p = store.port();
    let relay = start(relay_config(RemoteCheckConfig {
        allow_addresses: vec![PUBLIC.parse().unwrap()],
        ..quick()
    }))
    .await;
    let refusals = [
        (format!("http://{PUBLIC}:{p}/"), "port"),
        (format!("http://{PUBLIC}:22/"), "port"),
        (format!("ftp://{PUBLIC}:{p}/"), "scheme"),
        (format!("gopher://{PUBLIC}:{p}/"), "scheme"),
        ("file:///etc/passwd".to_string(), "scheme"),
        (format!("http://user:secret@{PUBLIC}:{p}/"), "credentials"),
        (
            format!("http://{PUBLIC}:{p}/?consumer_key=ck_1&consumer_secret=cs_2"),
            "credentials",
        ),
        (
            format!("{PUBLIC}:{p}/wp-json/?oauth_signature=abc"),
            "credentials",
        ),
    ];
    for (url, rule) in &refusals {
        let (status, _, json) = ask(&relay, &check_body(url)).await;
        assert_eq!(status, 422, "{url}: {json}");
        assert_eq!(json["error"], "target_refused", "{url}: {json}");
        assert_eq!(json["rule"], *rule, "{url}: {json}");
        assert!(
            !json["message"].as_str().unwrap().contains("secret"),
            "{json}"
        );
    }
    // Bodies with anything but the address and the agents: a key, a password, an option.
    for body in [
        format!(
            r#"{{"store_url":"http://{PUBLIC}/","consumer_key":"ck_1","consumer_secret":"cs_2"}}"#
        ),
        format!(r#"{{"store_url":"http://{PUBLIC}/","password":"hunter2"}}"#),
        format!(r#"{{"store_url":"http://{PUBLIC}/","headers":{{"Authorization":"Basic eA=="}}}}"#),
        format!(r#"{{"store_url":"http://{PUBLIC}/","user_agents":["a","b","c"]}}"#),
        r#"{"user_agents":["a"]}"#.to_string(),
        "not json".to_string(),
    ] {
        let (status, _, json) = ask(&relay, &body).await;
        assert_eq!(status, 400, "{body}: {json}");
        assert_eq!(json["error"], "invalid_request", "{body}: {json}");
        let message = json["message"].as_str().unwrap();
        for secret in ["cs_2", "hunter2", "eA=="] {
            assert!(!message.contains(secret), "{message}");
        }
    }
    assert_eq!(store.connections(), 0, "a refused request was sent");
    relay.shutdown().await;

    // The same store on a port the operator allows is checked.
    let relay = start(relay_config(RemoteCheckConfig {
        allow_addresses: vec![PUBLIC.parse().unwrap()],
        extra_ports: vec![p],
        ..quick()
    }))
    .await;
    let (status, _, json) = ask(&relay, &check_body(&format!("http://{PUBLIC}:{p}/"))).await;
    assert_eq!(status, 200, "{json}");
    assert!(store.connections() > 0);
    relay.shutdown().await;
}

#[tokio::test]
async fn redirects_into_private_ranges_are_not_followed() {
    let trap = Listener::start("127.0.0.1", PAGE).await;
    let q = trap.port();
    for location in [
        format!("http://127.0.0.1:{q}/"),
        format!("http://2130706433:{q}/"),
        format!("http://0177.0.0.1:{q}/"),
        format!("http://[::ffff:127.0.0.1]:{q}/"),
        format!("http://loop.test:{q}/"),
        "http://169.254.169.254/latest/meta-data/".to_string(),
        "http://10.0.0.1/".to_string(),
    ] {
        let store = Listener::start(PUBLIC, &redirect_to(&location)).await;
        let relay = start(relay_config(RemoteCheckConfig {
            allow_addresses: vec![PUBLIC.parse().unwrap()],
            extra_ports: vec![store.port()],
            lookup: Some(static_lookup(&[("loop.test", "127.0.0.1")])),
            ..quick()
        }))
        .await;
        let (status, _, json) = ask(
            &relay,
            &check_body(&format!("http://{PUBLIC}:{}/", store.port())),
        )
        .await;
        assert_eq!(status, 200, "{location}: {json}");
        let answer: RemoteCheckResponse = serde_json::from_value(json).unwrap();
        let home = &answer.probes[0].record;
        assert_eq!(home.id, handshake_engine::ProbeId::Home);
        assert!(
            home.summary.contains("not sent") && home.summary.contains("public addresses"),
            "{location}: {}",
            home.summary
        );
        assert!(store.connections() > 0, "the store itself was checked");
        relay.shutdown().await;
    }
    assert_eq!(
        trap.connections(),
        0,
        "a redirect led a request into a private range"
    );
}

/// Answers `first` to the first lookup of each name and `then` to every later one, as a
/// rebinding DNS server does.
struct Rebinding {
    calls: AtomicUsize,
    first: IpAddr,
    then: IpAddr,
}

impl Lookup for Rebinding {
    fn lookup<'a>(&'a self, _host: &'a str) -> BoxFuture<'a, Result<Vec<IpAddr>, ResolveError>> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst);
        let answer = if n == 0 { self.first } else { self.then };
        Box::pin(async move { Ok(vec![answer]) })
    }
}

#[tokio::test]
async fn a_dns_answer_that_changes_between_lookups_is_used_once() {
    let store = Listener::start(PUBLIC, PAGE).await;
    // The rebinding target listens on the same port at another loopback address.
    let inside = TcpListener::bind(("127.0.0.6", store.port())).await;
    let inside_count = Arc::new(AtomicUsize::new(0));
    if let Ok(listener) = inside {
        let count = inside_count.clone();
        tokio::spawn(async move {
            while listener.accept().await.is_ok() {
                count.fetch_add(1, Ordering::SeqCst);
            }
        });
    }
    let lookup = Arc::new(Rebinding {
        calls: AtomicUsize::new(0),
        first: PUBLIC.parse().unwrap(),
        then: "127.0.0.6".parse().unwrap(),
    });
    let relay = start(relay_config(RemoteCheckConfig {
        allow_addresses: vec![PUBLIC.parse().unwrap()],
        extra_ports: vec![store.port()],
        lookup: Some(lookup.clone()),
        ..quick()
    }))
    .await;
    let body = serde_json::json!({
        "store_url": format!("http://rebind.test:{}/", store.port()),
        "user_agents": ["AcmeSync/2.1", "Mozilla/5.0 (X11; Linux x86_64)"],
    })
    .to_string();
    let (status, _, json) = ask(&relay, &body).await;
    assert_eq!(status, 200, "{json}");
    assert_eq!(
        lookup.calls.load(Ordering::SeqCst),
        1,
        "the host was resolved more than once in one check"
    );
    assert!(
        store.connections() >= 2,
        "both agents' probes reached the checked address"
    );
    assert_eq!(
        inside_count.load(Ordering::SeqCst),
        0,
        "a connection followed the changed DNS answer"
    );
    relay.shutdown().await;
}

#[tokio::test]
async fn checks_are_limited_per_client_per_target_and_at_once() {
    let store = Listener::start(PUBLIC, PAGE).await;
    let url = format!("http://{PUBLIC}:{}/", store.port());
    let remote = RemoteCheckConfig {
        allow_addresses: vec![PUBLIC.parse().unwrap()],
        extra_ports: vec![store.port()],
        ..quick()
    };

    // Per client: the third check in the window is refused with Retry-After.
    let relay = start(relay_config(RemoteCheckConfig {
        per_client: 2,
        ..remote.clone()
    }))
    .await;
    for _ in 0..2 {
        assert_eq!(ask(&relay, &check_body(&url)).await.0, 200);
    }
    let (status, retry, json) = ask(&relay, &check_body(&url)).await;
    assert_eq!(status, 429, "{json}");
    assert_eq!(json["error"], "rate_limited");
    let retry: u64 = retry.expect("Retry-After").parse().unwrap();
    assert!((1..=600).contains(&retry), "{retry}");
    relay.shutdown().await;

    // Per target: different clients (127.0.0.1, 127.0.0.2) share the store's count.
    let relay = start(relay_config(RemoteCheckConfig {
        per_target: 2,
        ..remote.clone()
    }))
    .await;
    let from = |ip: &str| common::http_from(Some(ip.parse().unwrap()), None);
    let post = |client: reqwest::Client| {
        let url = format!("{}/v1/remote-check", base(&relay));
        let body = check_body(&format!("http://{PUBLIC}:{}/", store.port()));
        async move {
            let r = client
                .post(url)
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            (status, json_of(r).await)
        }
    };
    assert_eq!(post(from("127.0.0.1")).await.0, 200);
    assert_eq!(post(from("127.0.0.2")).await.0, 200);
    let (status, json) = post(from("127.0.0.3")).await;
    assert_eq!(status, 429, "{json}");
    assert!(
        json["message"].as_str().unwrap().contains("this store"),
        "{json}"
    );
    relay.shutdown().await;

    // At once: a check held by a store that never answers fills the only place.
    let silent = Listener::start(PUBLIC, "").await;
    let relay = start(relay_config(RemoteCheckConfig {
        max_concurrent: 1,
        allow_addresses: vec![PUBLIC.parse().unwrap()],
        extra_ports: vec![silent.port(), store.port()],
        ..quick()
    }))
    .await;
    let held = {
        let url = format!("{}/v1/remote-check", base(&relay));
        let body = check_body(&format!("http://{PUBLIC}:{}/", silent.port()));
        tokio::spawn(async move {
            http(None)
                .post(url)
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        })
    };
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while silent.connections() == 0 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the first check never started"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (status, retry, json) = ask(&relay, &check_body(&url)).await;
    assert_eq!(status, 503, "{json}");
    assert_eq!(json["error"], "overloaded");
    assert!(retry.is_some());
    // The held check ends within its time limit, with records saying so.
    assert_eq!(held.await.unwrap(), 200);
    relay.shutdown().await;
}

async fn json_of(response: reqwest::Response) -> serde_json::Value {
    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
}

#[cfg(feature = "redis")]
#[tokio::test]
async fn limits_are_shared_by_instances_through_redis() {
    let Some(redis) = common::redis_server() else {
        return;
    };
    let store = Listener::start(PUBLIC, PAGE).await;
    let remote = RemoteCheckConfig {
        per_client: 3,
        allow_addresses: vec![PUBLIC.parse().unwrap()],
        extra_ports: vec![store.port()],
        ..quick()
    };
    let one = start(RelayConfig {
        remote_check: remote.clone(),
        ..common::redis_config(&redis.url, "rc-test:")
    })
    .await;
    let two = start(RelayConfig {
        remote_check: remote,
        ..common::redis_config(&redis.url, "rc-test:")
    })
    .await;
    let body = check_body(&format!("http://{PUBLIC}:{}/", store.port()));
    assert_eq!(ask(&one, &body).await.0, 200);
    assert_eq!(ask(&two, &body).await.0, 200);
    assert_eq!(ask(&one, &body).await.0, 200);
    let (status, retry, json) = ask(&two, &body).await;
    assert_eq!(
        status, 429,
        "the fourth check on the second instance: {json}"
    );
    assert!(retry.is_some());
    one.shutdown().await;
    two.shutdown().await;
}

/// Forwards TCP to `to`, recording each connection's source address.
async fn recording_forwarder(to: SocketAddr) -> (SocketAddr, Arc<Mutex<Vec<IpAddr>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let peers = Arc::new(Mutex::new(Vec::new()));
    let seen = peers.clone();
    tokio::spawn(async move {
        while let Ok((mut inbound, peer)) = listener.accept().await {
            seen.lock().unwrap().push(peer.ip());
            tokio::spawn(async move {
                if let Ok(mut outbound) = tokio::net::TcpStream::connect(to).await {
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                }
            });
        }
    });
    (addr, peers)
}

#[tokio::test]
async fn a_real_remote_check_leaves_from_the_probe_from_address() {
    let store = handshake_demo::start(handshake_demo::StoreOptions::new("healthy"))
        .await
        .unwrap();
    let ca = store.ca_pem().expect("a TLS store").to_string();
    let store_addr: SocketAddr =
        format!("127.0.0.1:{}", store.url().port_or_known_default().unwrap())
            .parse()
            .unwrap();
    let (front, peers) = recording_forwarder(store_addr).await;
    let dir = tempfile::tempdir().unwrap();
    let ca_path = dir.path().join("store-ca.pem");
    std::fs::write(&ca_path, &ca).unwrap();

    let mut child = Command::new(BIN)
        .args([
            "--addr",
            "127.0.0.1:0",
            "--unsafe-allow-private-targets",
            "--probe-from",
            "127.0.0.2",
        ])
        .arg("--ca-cert")
        .arg(&ca_path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let relay_url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("ready line: {line:?}"))
        .to_string();

    let client = RelayClient::new(&relay_url, None).unwrap();
    let app = "AcmeSync/2.1 (+https://acme.example)".to_string();
    let browser =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
            .to_string();
    let answer = client
        .remote_check(
            &format!("https://127.0.0.1:{}/", front.port()),
            &[app.clone(), browser.clone()],
        )
        .await
        .unwrap();
    assert_eq!(answer.schema, REMOTE_CHECK_SCHEMA);
    assert_eq!(answer.vantage.address.as_deref(), Some("127.0.0.2"));
    assert_eq!(answer.vantage.label, "127.0.0.1");
    assert_eq!(answer.probes.len(), 12, "six probes for each of two agents");
    for (probe, agent) in answer
        .probes
        .iter()
        .zip(std::iter::repeat_n(&app, 6).chain(std::iter::repeat_n(&browser, 6)))
    {
        assert_eq!(probe.record.vantage, Some(Vantage::Relay));
        assert_eq!(probe.user_agent.as_ref(), Some(agent));
        assert_eq!(
            probe.record.outcome,
            Outcome::Pass,
            "{}: {}",
            probe.record.id,
            probe.record.summary
        );
    }
    let ids: Vec<String> = answer.probes[..6]
        .iter()
        .map(|p| p.record.id.name())
        .collect();
    assert_eq!(
        ids,
        [
            "site.home",
            "rest.index",
            "rest.index_query",
            "rest.post",
            "rest.put",
            "wc.auth"
        ]
    );
    let peers = peers.lock().unwrap().clone();
    assert!(!peers.is_empty());
    assert!(
        peers
            .iter()
            .all(|ip| *ip == "127.0.0.2".parse::<IpAddr>().unwrap()),
        "connections left from {peers:?}"
    );
    // The store saw both agents and never a credential.
    let requests = store.requests();
    for agent in [&app, &browser] {
        assert!(
            requests
                .iter()
                .any(|r| r.header("user-agent") == Some(agent.as_str())),
            "{agent} never arrived"
        );
    }
    assert!(requests.iter().all(|r| r.header("authorization").is_none()
        && !r.path.contains("consumer_key")
        && !r.path.contains("oauth_signature")));

    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(
        stderr.contains("UNSAFE"),
        "the unsafe switch was not logged loudly: {stderr}"
    );
    store.shutdown().await;
}

#[tokio::test]
async fn the_client_reports_refusals_by_code() {
    let relay = start(relay_config(quick())).await;
    let client = RelayClient::new(&base(&relay), None).unwrap();
    let e = client
        .remote_check("http://127.0.0.1/", &[])
        .await
        .unwrap_err();
    match e {
        handshake_relay_client::ClientError::Refused {
            status,
            code,
            message,
        } => {
            assert_eq!(status, 422);
            assert_eq!(code, "target_refused");
            assert!(message.contains("loopback"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    relay.shutdown().await;
}
