//! `handshake connect --no-browser` as a script sees it: one `authorize: <URL>` line on stderr, the
//! owner approves in "their browser", and the keys end up in the real Secret Service keyring (the suite
//! runs under scripts/with-keyring.sh). Then `stores`, `doctor --keyring` and `forget` on that store.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use handshake_demo as demo_store;
use handshake_relay::{serve, RelayConfig, TlsPem};

const BIN: &str = env!("CARGO_BIN_EXE_handshake");

fn relay_pki() -> (String, TlsPem) {
    let c = demo_store::kit::server_cert(&["127.0.0.1"]).unwrap();
    (
        c.ca_pem,
        TlsPem {
            cert_chain: c.cert_pem.into_bytes(),
            private_key: c.key_pem.into_bytes(),
        },
    )
}

#[test]
fn connect_stores_doctor_forget() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let (relay_ca, leaf) = relay_pki();
    let relay = rt
        .block_on(serve(RelayConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            tls: Some(leaf),
            ..RelayConfig::default()
        }))
        .unwrap();
    let relay_ca_file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(relay_ca_file.path(), &relay_ca).unwrap();
    let mut opts = demo_store::StoreOptions::new("healthy");
    opts.auto_approve = true;
    opts.ca_cert = Some(relay_ca_file.path().to_path_buf());
    let store = rt.block_on(demo_store::start(opts)).unwrap();
    // One --ca-cert bundle for both: the store's CA and the relay's.
    let bundle = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        bundle.path(),
        format!("{}{}", store.ca_pem().unwrap(), relay_ca),
    )
    .unwrap();
    let config = tempfile::tempdir().unwrap();
    let url = store.url().to_string();

    let mut child = Command::new(BIN)
        .env("HANDSHAKE_LANG", "en")
        .args([
            "connect",
            &url,
            "--relay",
            relay.url().as_str(),
            "--no-browser",
            "--ca-cert",
            bundle.path().to_str().unwrap(),
            "--json",
        ])
        .env("HANDSHAKE_CONFIG_DIR", config.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = BufReader::new(child.stderr.take().unwrap());
    let mut link = None;
    for line in stderr.lines() {
        let line = line.unwrap();
        if let Some(u) = line.strip_prefix("authorize: ") {
            link = Some(u.to_string());
            break;
        }
    }
    let link = link.expect("one `authorize: <URL>` line on stderr");
    assert!(
        link.contains("/wc-auth/v1/authorize?") && link.contains("callback_url="),
        "{link}"
    );

    // The owner's (logged-in) browser opens the link.
    let browser = demo_store::kit::browser(&[store.ca_pem().unwrap(), &relay_ca]).unwrap();
    let page = rt.block_on(async {
        browser
            .get(&link)
            .header("cookie", demo_store::LOGGED_IN_COOKIE)
            .send()
            .await
            .unwrap()
            .status()
    });
    assert_eq!(page.as_u16(), 200);

    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "connect failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON report");
    assert_eq!(report["schema"], "handshake.report/1");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();

    let run = |args: &[&str]| {
        Command::new(BIN)
            .env("HANDSHAKE_LANG", "en")
            .args(args)
            .env("HANDSHAKE_CONFIG_DIR", config.path())
            .output()
            .unwrap()
    };
    let stores = run(&["stores"]);
    let listed = String::from_utf8_lossy(&stores.stdout).to_string();
    assert!(
        listed.contains(&url) && listed.contains("read_write"),
        "{listed}"
    );
    let doctor = run(&[
        "doctor",
        &url,
        "--keyring",
        "--json",
        "--ca-cert",
        bundle.path().to_str().unwrap(),
    ]);
    assert_eq!(
        doctor.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&doctor.stderr)
    );
    let checked: serde_json::Value = serde_json::from_slice(&doctor.stdout).unwrap();
    assert!(checked["probes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["id"] == "access.read.orders" && p["outcome"] == "pass"));

    // No secret in anything printed or saved: read the real key back from the keyring and scan.
    let saved_json = std::fs::read_to_string(config.path().join("stores.json")).unwrap();
    let entry = Command::new("secret-tool")
        .args([
            "lookup",
            "service",
            "handshake-woocommerce",
            "username",
            &url,
        ])
        .output()
        .unwrap();
    let entry: serde_json::Value =
        serde_json::from_slice(&entry.stdout).expect("the keyring holds the store's entry");
    let (ck, cs) = (
        entry["consumer_key"].as_str().unwrap(),
        entry["consumer_secret"].as_str().unwrap(),
    );
    assert!(ck.starts_with("ck_") && cs.starts_with("cs_"));
    let printed = format!(
        "{stdout}{listed}{saved_json}{}{}",
        String::from_utf8_lossy(&doctor.stdout),
        String::from_utf8_lossy(&doctor.stderr)
    );
    assert!(
        !printed.contains(cs) && !printed.contains(ck),
        "a secret leaked into output or the config directory"
    );
    for key in store
        .api_keys()
        .iter()
        .filter(|k| k.description.starts_with("Handshake - API"))
    {
        let all = format!(
            "{stdout}{listed}{saved_json}{}",
            String::from_utf8_lossy(&doctor.stdout)
        );
        // Only the last 7 characters (WooCommerce's own "truncated key") may appear.
        assert!(all.contains(key.truncated_key.trim_start_matches('…')));
    }
    // `stores --check` (for scripts and cron): healthy now; after the owner revokes the key in
    // WooCommerce, the next check says what changed, names the cause and exits 1.
    let ca = bundle.path().to_str().unwrap();
    let recheck = run(&["stores", "--check", "--ca-cert", ca]);
    let said = String::from_utf8_lossy(&recheck.stdout).to_string();
    assert_eq!(recheck.status.code(), Some(0), "{said}");
    assert!(said.contains(&format!("{url}  healthy")), "{said}");
    for key in store
        .api_keys()
        .iter()
        .filter(|k| k.description.starts_with("Handshake - API"))
    {
        assert!(store.revoke_key(key.key_id));
    }
    let recheck = run(&["stores", "--check", "--ca-cert", ca]);
    let said = String::from_utf8_lossy(&recheck.stdout).to_string();
    assert_eq!(recheck.status.code(), Some(1), "{said}");
    // What changed, compared as the wizard compares (handshake_connect::watch).
    assert!(
        said.contains("problems (the key stopped working; new: auth.key_invalid)"),
        "{said}"
    );
    let json = run(&["stores", "--check", "--json", "--ca-cert", ca]);
    let listed: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(listed[0]["verdict"], "problems");
    assert_eq!(listed[0]["previous"], "problems");
    assert_eq!(listed[0]["errors"][0], "auth.key_invalid");
    assert_eq!(
        listed[0]["changes"]["key_stopped"], false,
        "no news the second time"
    );
    assert_eq!(listed[0]["changes"]["new_blocking"], serde_json::json!([]));

    let forget = run(&["forget", &url]);
    assert_eq!(forget.status.code(), Some(0));
    let said = String::from_utf8_lossy(&forget.stdout);
    assert!(
        said.contains("wc-settings&tab=advanced&section=keys"),
        "tells where to revoke: {said}"
    );
    assert_eq!(
        run(&["doctor", &url, "--keyring"]).status.code(),
        Some(2),
        "forgotten keys are gone"
    );
    rt.block_on(relay.shutdown());
}
