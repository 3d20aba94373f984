//! Two vantages, as a new owner meets them: the app is started with its relay, the owner types the
//! store's address, and the results show both columns. The store (Cloudflare imitation) refuses only
//! 127.0.0.2, the address the relay's checks leave from; from this computer it is healthy.

use std::net::{IpAddr, Ipv4Addr};

use handshake_demo as demo_store;

use crate::harness::{App, Launch};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_show_this_computer_and_the_app_servers_side_by_side() {
    let store = demo_store::start(demo_store::StoreOptions::new(
        "cloudflare-blocks-app-servers",
    ))
    .await
    .expect("scenario store");
    let store_ca = store.ca_pem().unwrap().to_string();
    let url = store.url().to_string();
    let relay = handshake_relay::serve(handshake_relay::RelayConfig {
        addr: "127.0.0.1:0".parse().unwrap(),
        remote_check: handshake_relay::RemoteCheckConfig {
            probe_from: Some(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2))),
            ca_cert_pem: Some(store_ca.clone()),
            unsafe_allow_private_targets: true,
            ..handshake_relay::RemoteCheckConfig::default()
        },
        ..handshake_relay::RelayConfig::default()
    })
    .await
    .expect("relay starts");
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), &store_ca).unwrap();
    let app = App::start(Launch {
        args: vec![
            "--ca-cert".into(),
            ca.path().display().to_string(),
            "--relay".into(),
            relay.url().to_string(),
        ],
        env: vec![("BROWSER".into(), "true".into())],
    })
    .await;

    app.click("#connect-store").await;
    app.wait_for("[data-screen=url]", 5).await;
    app.type_into("#store-url", &url).await;
    app.click("#url-continue").await;
    app.wait_for("[data-screen=results]", 40).await;
    app.wait_for("#vantage-table", 5).await;
    let text = app.page_text().await;
    assert!(text.contains("From this computer"), "{text}");
    assert!(text.contains("From the app's servers"), "{text}");
    assert!(
        text.contains("127.0.0.2"),
        "the relay's address is shown: {text}"
    );
    assert_eq!(
        app.attr(
            "[data-finding-id='net.blocks_app_servers']",
            "data-finding-id"
        )
        .await
        .as_deref(),
        Some("net.blocks_app_servers"),
        "{text}"
    );
    let differing = app
        .js("return document.querySelectorAll('#vantage-table tr.vantage-differs').length")
        .await;
    assert!(
        differing.as_u64().unwrap_or(0) >= 5,
        "rows that differ: {differing}"
    );
    let home = app
        .js("return [...document.querySelectorAll('#vantage-table tr[data-probe=\"rest.index\"] td')].map(td => td.textContent)")
        .await;
    let cells: Vec<String> = serde_json::from_value(home).unwrap();
    assert!(cells[0].contains("200"), "{cells:?}");
    assert!(
        cells[1].contains("403") && cells[1].contains("Cloudflare's block page"),
        "{cells:?}"
    );
    app.js("document.getElementById('vantages').scrollIntoView(); return true")
        .await;
    app.screenshot("two-vantages").await;
    app.check_accessibility("results (two vantages)").await;
    app.stop().await;
    relay.shutdown().await;
    store.shutdown().await;
}
