//! Issue 7, "Secrets": a full connect and doctor with known credentials, through the real `handshake`
//! and `handshake-relay` binaries (most verbose logging on), then every output, log file, report,
//! config directory and the relay's logs are scanned for the consumer key, the consumer secret and
//! the pickup token, raw and in their obvious encodings. None may appear.
//!
//! - The scenario store ("healthy", auto-approving as its admin) and the real relay binary run on
//!   loopback over HTTPS with a test CA, as in `crates/cli/tests/connect_cli.rs`.
//! - The CLI talks to the relay through a recording TLS proxy in this process (it terminates TLS with
//!   the relay's test certificate and re-encrypts to the relay). Its capture stays in memory, is never
//!   written to disk and is never scanned: it is how the test learns the pickup token, which the CLI
//!   only ever holds in memory. The store's POST and the owner's browser reach the relay directly.
//! - The key and secret WooCommerce created are read back from the OS keyring (real Secret Service:
//!   run under scripts/with-keyring.sh).
//! - Every child process gets its own HOME, XDG config/cache/state directories, TMPDIR and working
//!   directory inside one temporary root, so whatever the run writes, wherever, is walked and scanned.
//!
//! Run: `bash scripts/with-keyring.sh cargo test -p handshake-tests --test secrets -- --nocapture`

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use handshake_connect::saved::SavedStores;
use handshake_connect::vault;
use handshake_demo as demo_store;
use handshake_tests::binaries::{binaries, Binaries};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use secrecy::ExposeSecret;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Where one run writes: everything lives under `root`, which is walked and scanned at the end.
struct Sandbox {
    root: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let root = tempfile::tempdir().unwrap();
        for d in [
            "config",
            "home/.config",
            "home/.cache",
            "home/.local/state",
            "home/.local/share",
            "tmp",
            "cwd",
            "logs",
            "reports",
            "pki",
        ] {
            std::fs::create_dir_all(root.path().join(d)).unwrap();
        }
        Sandbox { root }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.root.path().join(rel)
    }

    /// A command whose every default location (home, XDG dirs, temp dir, working dir) is in the
    /// sandbox, with the most verbose logging, stdout and stderr going to `logs/<name>.{stdout,stderr}`.
    /// The Secret Service session (`DBUS_SESSION_BUS_ADDRESS`) is inherited.
    fn command(&self, bin: &Path, name: &str) -> Command {
        let mut c = Command::new(bin);
        c.current_dir(self.path("cwd"))
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("home/.config"))
            .env("XDG_CACHE_HOME", self.path("home/.cache"))
            .env("XDG_STATE_HOME", self.path("home/.local/state"))
            .env("TMPDIR", self.path("tmp"))
            .env("HANDSHAKE_CONFIG_DIR", self.path("config"))
            // The CLI installs no logger today; should one appear, it logs everything here.
            .env("RUST_LOG", "trace")
            .env("RUST_BACKTRACE", "full")
            .env("NO_COLOR", "1")
            .env_remove("HANDSHAKE_CONSUMER_KEY")
            .env_remove("HANDSHAKE_CONSUMER_SECRET")
            .env_remove("HANDSHAKE_WP_USER")
            .env_remove("HANDSHAKE_WP_APP_PASSWORD")
            .env_remove("HANDSHAKE_RELAY_URL")
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(self.path(&format!("logs/{name}.stdout"))).unwrap())
            .stderr(std::fs::File::create(self.path(&format!("logs/{name}.stderr"))).unwrap());
        c
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_default()
    }
}

/// Kills (by its own id) a child still running when the test ends early.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

impl Running {
    fn wait_for(&mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(s) = self.0.try_wait().unwrap() {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "a child process ran longer than {limit:?}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Polls a log file until a line starts with `prefix`; returns the rest of that line.
async fn line_in(file: &Path, prefix: &str, child: &mut Running, limit: Duration) -> String {
    let deadline = Instant::now() + limit;
    loop {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        if let Some(rest) = text.lines().find_map(|l| l.strip_prefix(prefix)) {
            return rest.trim().to_string();
        }
        if let Ok(Some(status)) = child.0.try_wait() {
            panic!(
                "{} exited ({status}) before printing `{prefix}`",
                file.display()
            );
        }
        assert!(
            Instant::now() < deadline,
            "no `{prefix}` line in {} within {limit:?}",
            file.display()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

// ---------------------------------------------------------------------------------------------------
// The recording proxy between the CLI and the relay
// ---------------------------------------------------------------------------------------------------

/// What went through the proxy, per connection and direction, in memory only.
#[derive(Default)]
struct Wire {
    to_relay: Mutex<Vec<Arc<Mutex<Vec<u8>>>>>,
    from_relay: Mutex<Vec<Arc<Mutex<Vec<u8>>>>>,
}

impl Wire {
    fn text(list: &Mutex<Vec<Arc<Mutex<Vec<u8>>>>>) -> Vec<String> {
        list.lock()
            .unwrap()
            .iter()
            .map(|b| String::from_utf8_lossy(&b.lock().unwrap()).into_owned())
            .collect()
    }

    /// Every `"pickup_token":"…"` value in the relay's answers.
    fn pickup_tokens(&self) -> Vec<String> {
        let mut found = Vec::new();
        for conn in Wire::text(&self.from_relay) {
            let mut rest = conn.as_str();
            while let Some(at) = rest.find("\"pickup_token\"") {
                rest = &rest[at + "\"pickup_token\"".len()..];
                let value = rest
                    .trim_start()
                    .strip_prefix(':')
                    .map(str::trim_start)
                    .and_then(|v| v.strip_prefix('"'));
                if let Some(v) = value {
                    found.push(v.chars().take_while(|c| *c != '"').collect());
                }
            }
        }
        found
    }

    /// Every `Authorization: Bearer …` value the CLI sent.
    fn bearer_tokens(&self) -> Vec<String> {
        Wire::text(&self.to_relay)
            .iter()
            .flat_map(|conn| conn.lines().map(str::to_string).collect::<Vec<_>>())
            .filter_map(|l| {
                let lower = l.to_ascii_lowercase();
                lower
                    .starts_with("authorization: bearer ")
                    .then(|| l["authorization: bearer ".len()..].trim().to_string())
            })
            .collect()
    }

    fn requests(&self, start: &str) -> usize {
        Wire::text(&self.to_relay)
            .iter()
            .map(|c| c.matches(start).count())
            .sum()
    }
}

async fn pump<R: AsyncRead + Unpin, W: AsyncWrite + Unpin>(
    mut from: R,
    mut to: W,
    log: Arc<Mutex<Vec<u8>>>,
) {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        match from.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                log.lock().unwrap().extend_from_slice(&buf[..n]);
                if to.write_all(&buf[..n]).await.is_err() {
                    break;
                }
            }
        }
    }
    let _ = to.shutdown().await;
}

/// A TLS-terminating proxy on loopback that forwards every byte to the relay (over TLS) and keeps a
/// copy of both directions in memory. HTTP/1.1 only (ALPN), so the capture is readable text.
async fn recording_proxy(
    cert: &demo_store::kit::ServerCert,
    relay_port: u16,
) -> (u16, Arc<Wire>, tokio::task::JoinHandle<()>) {
    let provider = handshake_engine::internals::net::provider();
    let chain: Vec<CertificateDer<'static>> =
        CertificateDer::pem_slice_iter(cert.cert_pem.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap();
    let key = PrivateKeyDer::from_pem_slice(cert.key_pem.as_bytes()).unwrap();
    let mut server = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .unwrap();
    server.alpn_protocols = vec![b"http/1.1".to_vec()];
    let mut roots = rustls::RootCertStore::empty();
    for ca in CertificateDer::pem_slice_iter(cert.ca_pem.as_bytes()) {
        roots.add(ca.unwrap()).unwrap();
    }
    let mut client = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    client.alpn_protocols = vec![b"http/1.1".to_vec()];
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(server));
    let connector = tokio_rustls::TlsConnector::from(Arc::new(client));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let wire = Arc::new(Wire::default());
    let recorded = wire.clone();
    let task = tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let (acceptor, connector, wire) =
                (acceptor.clone(), connector.clone(), recorded.clone());
            tokio::spawn(async move {
                let Ok(Ok(downstream)) =
                    tokio::time::timeout(Duration::from_secs(10), acceptor.accept(tcp)).await
                else {
                    return;
                };
                let Ok(upstream) = TcpStream::connect(("127.0.0.1", relay_port)).await else {
                    return;
                };
                let name = ServerName::try_from("127.0.0.1").unwrap().to_owned();
                let Ok(upstream) = connector.connect(name, upstream).await else {
                    return;
                };
                let (up, down) = (
                    Arc::new(Mutex::new(Vec::new())),
                    Arc::new(Mutex::new(Vec::new())),
                );
                wire.to_relay.lock().unwrap().push(up.clone());
                wire.from_relay.lock().unwrap().push(down.clone());
                let (cli_r, cli_w) = tokio::io::split(downstream);
                let (relay_r, relay_w) = tokio::io::split(upstream);
                tokio::join!(pump(cli_r, relay_w, up), pump(relay_r, cli_w, down));
            });
        }
    });
    (port, wire, task)
}

// ---------------------------------------------------------------------------------------------------
// The scanner
// ---------------------------------------------------------------------------------------------------

/// One form of one secret to look for. `label` names it without revealing it.
struct Needle {
    label: String,
    bytes: Vec<u8>,
}

/// Every byte that is not an ASCII letter or digit as `%XX` (the most eager URL encoding).
fn percent_all(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The key, the secret and the token, raw and as they could leak in encoded form: URL-encoded (form
/// and every-byte), base64 (standard and URL-safe), and the key pair as an HTTP Basic value.
fn needles(consumer_key: &str, consumer_secret: &str, pickup_token: &str) -> Vec<Needle> {
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
    let b64url = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    let form = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let mut all: Vec<(String, String)> = Vec::new();
    for (name, value) in [
        ("the consumer key", consumer_key),
        ("the consumer secret", consumer_secret),
        ("the pickup token", pickup_token),
    ] {
        all.push((format!("{name} (raw)"), value.to_string()));
        all.push((format!("{name} (form URL-encoded)"), form(value)));
        all.push((format!("{name} (percent-encoded)"), percent_all(value)));
        all.push((format!("{name} (base64)"), b64(value)));
        all.push((format!("{name} (base64url)"), b64url(value)));
    }
    let pair = format!("{consumer_key}:{consumer_secret}");
    all.push((
        "the key pair as an HTTP Basic value (base64 of key:secret)".into(),
        b64(&pair),
    ));
    all.push((
        "the key pair as an HTTP Basic value, unpadded".into(),
        b64(&pair).trim_end_matches('=').to_string(),
    ));
    all.push((
        "the key pair (base64url of key:secret)".into(),
        b64url(&pair),
    ));
    all.push((
        "the key pair (percent-encoded key:secret)".into(),
        percent_all(&pair),
    ));
    let mut out: Vec<Needle> = Vec::new();
    for (label, value) in all {
        assert!(
            value.len() >= 20,
            "{label} is too short to scan for meaningfully"
        );
        if !out.iter().any(|n| n.bytes == value.as_bytes()) {
            out.push(Needle {
                label,
                bytes: value.into_bytes(),
            });
        }
    }
    out
}

/// Every regular file under `dir`, recursively (symbolic links are not followed).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in
            std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot list {}: {e}", d.display()))
        {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                stack.push(path);
            } else if meta.is_file() {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// `(file, label)` for every needle found in every file under `dir`, as bytes (binary files too).
fn scan(dir: &Path, needles: &[Needle]) -> (Vec<PathBuf>, Vec<(PathBuf, String)>) {
    let files = files_under(dir);
    let mut hits = Vec::new();
    for file in &files {
        let bytes =
            std::fs::read(file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        for n in needles {
            if bytes
                .windows(n.bytes.len())
                .any(|w| w == n.bytes.as_slice())
            {
                hits.push((
                    file.strip_prefix(dir).unwrap_or(file).to_path_buf(),
                    n.label.clone(),
                ));
            }
        }
    }
    (files, hits)
}

/// Plants each secret (in a few forms) in a separate directory and checks the scanner flags exactly
/// those files, naming the right secret: the real scan cannot pass because the scanner is blind.
/// Returns `(file, label)` of every hit. (An encoding equal to the raw value, e.g. a token without
/// `-` or `_` percent-encoded, is one needle, reported as raw.)
fn assert_scanner_finds_planted(
    consumer_key: &str,
    consumer_secret: &str,
    pickup_token: &str,
) -> Vec<(PathBuf, String)> {
    let plant = tempfile::tempdir().unwrap();
    let b64 = |s: String| base64::engine::general_purpose::STANDARD.encode(s);
    std::fs::create_dir_all(plant.path().join("nested/deeper")).unwrap();
    std::fs::write(
        plant.path().join("clean.log"),
        "nothing to see: ck_… cs_… Bearer …\n",
    )
    .unwrap();
    std::fs::write(
        plant.path().join("secret.txt"),
        format!("saved: {consumer_secret}\n"),
    )
    .unwrap();
    std::fs::write(
        plant.path().join("nested/deeper/basic.bin"),
        [
            b"\x00\xffAuthorization: Basic ".as_slice(),
            b64(format!("{consumer_key}:{consumer_secret}")).as_bytes(),
            b"\x00",
        ]
        .concat(),
    )
    .unwrap();
    std::fs::write(
        plant.path().join("nested/token.log"),
        format!("GET /pickup?token={}\n", percent_all(pickup_token)),
    )
    .unwrap();
    std::fs::write(
        plant.path().join("nested/key.json"),
        format!("{{\"k\":\"{}\"}}", percent_all(consumer_key)),
    )
    .unwrap();
    let (files, hits) = scan(
        plant.path(),
        &needles(consumer_key, consumer_secret, pickup_token),
    );
    assert_eq!(files.len(), 5, "the scanner walks nested directories");
    let flagged = |file: &str, secret: &str| {
        hits.iter()
            .any(|(f, l)| f == Path::new(file) && l.starts_with(secret))
    };
    assert!(flagged("secret.txt", "the consumer secret"), "{hits:?}");
    assert!(
        flagged(
            "nested/deeper/basic.bin",
            "the key pair as an HTTP Basic value (base64 of key:secret)"
        ),
        "{hits:?}"
    );
    assert!(flagged("nested/token.log", "the pickup token"), "{hits:?}");
    assert!(flagged("nested/key.json", "the consumer key"), "{hits:?}");
    assert!(
        !hits.iter().any(|(f, _)| f == Path::new("clean.log")),
        "a file without secrets is not flagged: {hits:?}"
    );
    hits
}

#[test]
fn the_scanner_finds_planted_secrets() {
    // Shaped like the real ones: WooCommerce's 43-character keys and a 43-character base64url token
    // (with `-` and `_`, so its percent-encoded form differs from the raw one).
    let hits = assert_scanner_finds_planted(
        "ck_0123456789abcdef0123456789abcdef01234567",
        "cs_89abcdef0123456789abcdef0123456789abcdef",
        "Zx9-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ab",
    );
    for (file, label) in [
        ("nested/token.log", "the pickup token (percent-encoded)"),
        ("nested/key.json", "the consumer key (percent-encoded)"),
    ] {
        assert!(
            hits.iter().any(|(f, l)| f == Path::new(file) && l == label),
            "the encoded form itself is found: {hits:?}"
        );
        assert!(
            !hits
                .iter()
                .any(|(f, l)| f == Path::new(file) && l.ends_with("(raw)")),
            "and not the raw one: {hits:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------------

/// Deletes the store's keyring entry if the test stops before `handshake forget` did.
struct KeyringCleanup(Option<String>);

impl Drop for KeyringCleanup {
    fn drop(&mut self) {
        if let Some(url) = self.0.take() {
            let _ = vault::delete(&url);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_and_doctor_leave_no_secret_in_any_output_log_report_or_file() {
    let Binaries {
        cli,
        relay: relay_bin,
    } = tokio::task::spawn_blocking(binaries).await.unwrap();
    let sb = Sandbox::new();

    // The relay's certificate for 127.0.0.1 (the proxy in front of it presents the same one).
    let cert = demo_store::kit::server_cert(&["127.0.0.1"]).unwrap();
    std::fs::write(sb.path("pki/relay-cert.pem"), &cert.cert_pem).unwrap();
    std::fs::write(sb.path("pki/relay-key.pem"), &cert.key_pem).unwrap();
    std::fs::write(sb.path("pki/relay-ca.pem"), &cert.ca_pem).unwrap();

    // 1. The relay binary, logging at its most verbose level (`trace`; it accepts error..trace).
    let mut relay = Running(
        sb.command(&relay_bin, "relay")
            .args(["--addr", "127.0.0.1:0", "--log-level", "trace"])
            .arg("--tls-cert")
            .arg(sb.path("pki/relay-cert.pem"))
            .arg("--tls-key")
            .arg(sb.path("pki/relay-key.pem"))
            .spawn()
            .expect("handshake-relay starts"),
    );
    let relay_url = line_in(
        &sb.path("logs/relay.stdout"),
        "listening on ",
        &mut relay,
        Duration::from_secs(20),
    )
    .await;
    let relay_port: u16 = relay_url
        .rsplit(':')
        .next()
        .and_then(|p| p.trim_end_matches('/').parse().ok())
        .unwrap_or_else(|| panic!("{relay_url}"));
    assert!(relay_url.starts_with("https://127.0.0.1:"), "{relay_url}");

    // 2. The store (trusting the relay's CA for its callback POST) and the recording proxy.
    let mut opts = demo_store::StoreOptions::new("healthy");
    opts.auto_approve = true;
    opts.ca_cert = Some(sb.path("pki/relay-ca.pem"));
    let store = demo_store::start(opts)
        .await
        .expect("the scenario store starts");
    let store_url = store.url().to_string();
    let store_ca = store.ca_pem().unwrap().to_string();
    std::fs::write(
        sb.path("pki/ca-bundle.pem"),
        format!("{store_ca}{}", cert.ca_pem),
    )
    .unwrap();
    let bundle = sb.path("pki/ca-bundle.pem");
    let (proxy_port, wire, proxy) = recording_proxy(&cert, relay_port).await;

    // 3. `handshake connect --no-browser`, the relay (i.e. the proxy) from HANDSHAKE_RELAY_URL.
    let mut connect = Running(
        sb.command(&cli, "connect")
            .args([
                "connect",
                &store_url,
                "--no-browser",
                "--wait",
                "2",
                "--timeout",
                "60",
                "--ca-cert",
            ])
            .arg(&bundle)
            .env(
                "HANDSHAKE_RELAY_URL",
                format!("https://127.0.0.1:{proxy_port}/"),
            )
            .spawn()
            .expect("handshake connect starts"),
    );
    let link = line_in(
        &sb.path("logs/connect.stderr"),
        "authorize: ",
        &mut connect,
        Duration::from_secs(90),
    )
    .await;
    assert!(
        link.contains("/wc-auth/v1/authorize?") && link.contains("callback_url="),
        "{link}"
    );
    let session_id = url::Url::parse(&link)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "user_id")
        .map(|(_, v)| v.into_owned())
        .expect("user_id in the link");

    // The owner's logged-in browser opens the link and approves (the store auto-approves as admin).
    let browser = demo_store::kit::browser(&[&store_ca, &cert.ca_pem]).unwrap();
    let page = browser
        .get(&link)
        .header("cookie", demo_store::LOGGED_IN_COOKIE)
        .send()
        .await
        .expect("the browser reaches the pages");
    assert_eq!(
        page.status().as_u16(),
        200,
        "the owner lands on the relay's return page"
    );
    let status = tokio::task::spawn_blocking(move || {
        let s = connect.wait_for(Duration::from_secs(150));
        (s, connect)
    })
    .await
    .unwrap()
    .0;
    assert!(
        status.success(),
        "connect failed ({status}): {}\n{}",
        sb.read("logs/connect.stdout"),
        sb.read("logs/connect.stderr")
    );

    // The keys are in the keyring; they are the known credentials to look for.
    let saved = SavedStores::at(&sb.path("config"))
        .list()
        .expect("stores.json in HANDSHAKE_CONFIG_DIR");
    assert_eq!(saved.len(), 1, "one saved store");
    let key_name = saved[0].url.clone();
    let mut cleanup = KeyringCleanup(Some(key_name.clone()));
    let creds = vault::load(&key_name)
        .expect("the Secret Service answers (run under scripts/with-keyring.sh)")
        .expect("keys in the keyring");
    let woo = creds.woo.expect("WooCommerce keys");
    let (consumer_key, consumer_secret) = (
        woo.consumer_key.expose_secret().to_string(),
        woo.consumer_secret.expose_secret().to_string(),
    );
    assert!(
        consumer_key.starts_with("ck_") && consumer_key.len() >= 40,
        "a WooCommerce consumer key (ck_ + 40 hex)"
    );
    assert!(
        consumer_secret.starts_with("cs_") && consumer_secret.len() >= 40,
        "a WooCommerce consumer secret (cs_ + 40 hex)"
    );
    assert_ne!(
        consumer_key,
        demo_store::TEST_CONSUMER_KEY,
        "a key generated by the approval, not the store's built-in test key"
    );
    let created = store
        .api_keys()
        .into_iter()
        .find(|k| Some(k.key_id) == saved[0].key_id)
        .expect("the store created the saved key");
    assert!(
        consumer_key.ends_with(created.truncated_key.trim_start_matches('…')),
        "the keyring holds the key WooCommerce created"
    );

    // The pickup token, as the relay handed it to the CLI (and as the CLI presented it back).
    let tokens = wire.pickup_tokens();
    assert_eq!(tokens.len(), 1, "one session created through the proxy");
    let pickup_token = tokens[0].clone();
    assert!(
        pickup_token.len() >= 40
            && pickup_token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "a 256-bit base64url token"
    );
    let bearers = wire.bearer_tokens();
    assert!(
        !bearers.is_empty() && bearers.iter().all(|b| *b == pickup_token),
        "the CLI picked up with exactly that token ({} pickups)",
        bearers.len()
    );
    assert_eq!(wire.requests("POST /v1/sessions HTTP/1.1"), 1);

    // 4. The rest of a support session: stores, doctor (human and JSON report files), forget.
    let run = |name: &str, args: &[&str], stdout_to: Option<&str>| -> ExitStatus {
        let mut c = sb.command(&cli, name);
        c.args(args);
        if let Some(rel) = stdout_to {
            c.stdout(std::fs::File::create(sb.path(rel)).unwrap());
        }
        Running(c.spawn().expect("handshake starts")).wait_for(Duration::from_secs(120))
    };
    let bundle_arg = bundle.to_str().unwrap();
    assert!(run("stores", &["stores"], None).success());
    assert!(
        sb.read("logs/stores.stdout").contains(&store_url),
        "{}",
        sb.read("logs/stores.stdout")
    );
    assert!(run(
        "stores-json",
        &["stores", "--json"],
        Some("reports/stores.json")
    )
    .success());
    let doctor = run(
        "doctor",
        &["doctor", &store_url, "--keyring", "--ca-cert", bundle_arg],
        Some("reports/doctor.txt"),
    );
    assert!(
        doctor.success(),
        "doctor --keyring: {}\n{}",
        sb.read("reports/doctor.txt"),
        sb.read("logs/doctor.stderr")
    );
    let doctor = run(
        "doctor-json",
        &[
            "doctor",
            &store_url,
            "--keyring",
            "--json",
            "--ca-cert",
            bundle_arg,
        ],
        Some("reports/doctor.json"),
    );
    assert!(
        doctor.success(),
        "doctor --keyring --json: {}",
        sb.read("logs/doctor-json.stderr")
    );
    let report: serde_json::Value =
        serde_json::from_str(&sb.read("reports/doctor.json")).expect("one JSON report");
    assert!(
        report["probes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == "access.read.orders" && p["outcome"] == "pass"),
        "doctor signed in with the keyring's key (so the secret was in play)"
    );

    // The relay's own record of the session (attempt log), as its status endpoint gives it.
    let relay_client = demo_store::kit::browser(&[&cert.ca_pem]).unwrap();
    let status = relay_client
        .get(format!(
            "{}/v1/sessions/{session_id}",
            relay_url.trim_end_matches('/')
        ))
        .bearer_auth(&pickup_token)
        .send()
        .await
        .expect("the relay answers");
    assert_eq!(status.status().as_u16(), 200);
    let status = status.text().await.unwrap();
    std::fs::write(sb.path("reports/relay-status.json"), &status).unwrap();
    assert!(
        status.contains("\"delivered\"") && status.contains("\"accepted\""),
        "{status}"
    );

    // The config directory as it is while the store is connected (forget rewrites stores.json).
    std::fs::create_dir_all(sb.path("snapshots/config-while-connected")).unwrap();
    for f in files_under(&sb.path("config")) {
        std::fs::copy(
            &f,
            sb.path("snapshots/config-while-connected")
                .join(f.file_name().unwrap()),
        )
        .unwrap();
    }
    let connected = sb.read("snapshots/config-while-connected/stores.json");
    assert!(
        connected.contains(&store_url)
            && connected.contains(created.truncated_key.trim_start_matches('…')),
        "the saved store names its key by its hint: {connected}"
    );
    assert!(
        run("forget", &["forget", &store_url], None).success(),
        "{}",
        sb.read("logs/forget.stderr")
    );
    cleanup.0 = None;
    assert!(
        vault::load(&key_name).unwrap().is_none(),
        "forget removed the keys"
    );

    // 5. Stop the relay cleanly (SIGTERM, by its id) so its log is complete.
    let pid = relay.0.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let stopped = tokio::task::spawn_blocking(move || relay.wait_for(Duration::from_secs(20)))
        .await
        .unwrap();
    assert!(stopped.success(), "the relay stopped cleanly: {stopped}");
    proxy.abort();
    store.shutdown().await;
    let relay_log = sb.read("logs/relay.stderr");
    // (At `trace` the relay logs the same lines as at `info` today: it has no debug or trace events.)
    for step in [
        "session created",
        "callback",
        "payload delivered",
        "return page",
        "route=/v1/sessions/{id}/pickup",
    ] {
        assert!(
            relay_log.contains(step),
            "the relay's log covers the whole flow ({step}):\n{relay_log}"
        );
    }

    // 6. The scan. First prove the scanner sees these very secrets when they are there.
    assert_scanner_finds_planted(&consumer_key, &consumer_secret, &pickup_token);
    let needles = needles(&consumer_key, &consumer_secret, &pickup_token);
    let (files, hits) = scan(sb.root.path(), &needles);
    println!(
        "scanned {} files for {} forms of the key, the secret and the pickup token:",
        files.len(),
        needles.len()
    );
    for f in &files {
        println!(
            "  {:>8} bytes  {}",
            std::fs::metadata(f).map(|m| m.len()).unwrap_or(0),
            f.strip_prefix(sb.root.path()).unwrap().display()
        );
    }
    for must in [
        "config/stores.json",
        "snapshots/config-while-connected/stores.json",
        "logs/relay.stderr",
        "logs/relay.stdout",
        "logs/connect.stdout",
        "logs/connect.stderr",
        "reports/doctor.json",
        "reports/doctor.txt",
    ] {
        let f = sb.path(must);
        assert!(files.contains(&f), "{must} was scanned");
        assert!(
            std::fs::metadata(&f).unwrap().len() > 0,
            "{must} is not empty"
        );
    }
    assert!(
        hits.is_empty(),
        "secrets leaked:\n{}",
        hits.iter()
            .map(|(f, label)| format!("  {} contains {label}", f.display()))
            .collect::<Vec<_>>()
            .join("\n")
    );
}
