//! `handshake doctor URL --relay URL` as a user runs it: the binary, a relay whose remote checks
//! leave from 127.0.0.2 (private targets allowed, as only a test may), and the scenario store that
//! refuses only that address. Exactly one JSON report with both sides and the contrast; a relay
//! that cannot be reached is said as such and changes nothing about the store's verdict.

use std::net::{IpAddr, Ipv4Addr};
use std::process::Command;

use handshake_demo as demo_store;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_handshake");

fn doctor(url: &str, ca: &std::path::Path, relay: &str, profile: &std::path::Path) -> (i32, Value) {
    let config = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .env("HANDSHAKE_LANG", "en")
        .args(["doctor", url, "--json", "--ca-cert"])
        .arg(ca)
        .args(["--relay", relay, "--profile"])
        .arg(profile)
        .env("HANDSHAKE_CONFIG_DIR", config.path())
        .env_remove("HANDSHAKE_CONSUMER_KEY")
        .env_remove("HANDSHAKE_CONSUMER_SECRET")
        .env_remove("HANDSHAKE_WP_USER")
        .env_remove("HANDSHAKE_WP_APP_PASSWORD")
        .output()
        .expect("handshake runs");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "one JSON report on stdout ({e}):\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap_or(-1), report)
}

#[test]
fn the_app_servers_refused_and_this_computer_answered_is_net_blocks_app_servers() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let store = rt
        .block_on(demo_store::start(demo_store::StoreOptions::new(
            "cloudflare-blocks-app-servers",
        )))
        .unwrap();
    let store_ca = store.ca_pem().unwrap().to_string();
    let relay = rt
        .block_on(handshake_relay::serve(handshake_relay::RelayConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            remote_check: handshake_relay::RemoteCheckConfig {
                probe_from: Some(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2))),
                ca_cert_pem: Some(store_ca.clone()),
                unsafe_allow_private_targets: true,
                ..handshake_relay::RemoteCheckConfig::default()
            },
            ..handshake_relay::RelayConfig::default()
        }))
        .expect("relay starts");
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, &store_ca).unwrap();
    let profile = dir.path().join("acme.toml");
    std::fs::write(
        &profile,
        "name = \"Acme Sync\"\nallow_ips = [\"203.0.113.7\"]\nuser_agent = \"AcmeSync/2.1\"\n",
    )
    .unwrap();
    let url = store.url().to_string();

    let (code, report) = doctor(&url, &ca, relay.url().as_str(), &profile);
    assert_eq!(code, 1, "{report:#}");
    let ids: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["net.blocks_app_servers"], "{report:#}");
    assert_eq!(report["remote_check"]["address"], "127.0.0.2", "{report:#}");
    assert!(report["remote_check"].get("error").is_none(), "{report:#}");
    let relay_index = report["probes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "rest.index" && p["vantage"] == "relay")
        .expect("the relay's REST index record");
    assert_eq!(relay_index["http_status"], 403);
    assert_eq!(relay_index["block"]["by"], "cloudflare");
    let local_index = report["probes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "rest.index" && p.get("vantage").is_none())
        .expect("this computer's REST index record");
    assert_eq!(local_index["http_status"], 200);

    // A relay nobody answers at: said in remote_check.error, and the store is healthy from here.
    let (code, report) = doctor(&url, &ca, "http://127.0.0.1:9/", &profile);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["verdict"], "healthy", "{report:#}");
    assert!(
        report["remote_check"]["error"]
            .as_str()
            .is_some_and(|e| e.contains("could not reach the relay")),
        "{report:#}"
    );
    rt.block_on(relay.shutdown());
    rt.block_on(store.shutdown());
}
