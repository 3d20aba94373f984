//! Stores that stay connected, and the message for the host: a saved store whose key was revoked in
//! WooCommerce is re-checked when the app starts; the desktop notification goes out over the
//! session bus to a stand-in notification server (the org.freedesktop.Notifications name, as GNOME
//! Shell, KDE Plasma or dunst own it); the store card says what changed; a click on the notification
//! while the owner is typing another address only raises a notice (what they typed stays), which
//! opens the reconnect when they choose; from the welcome screen the click opens it at once. The
//! reconnect offers new keys for the revoked key, and none for a store a firewall blocks. Then the host e-mail of a demo result is copied and opened as a mailto: link
//! (xdg-open is a stand-in that writes the link down), with the report saved beside it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use handshake_demo as demo_store;
use handshake_engine::{Credentials, WooKeys};
use serde_json::Value;

use crate::harness::{App, Launch};

/// One Notify call, as the notification server received it.
#[derive(Debug, Clone)]
struct Notified {
    id: u32,
    summary: String,
    body: String,
    actions: Vec<String>,
}

struct FakeServer {
    calls: Arc<Mutex<Vec<Notified>>>,
}

/// The Desktop Notifications Specification's methods, recording what arrives.
#[zbus::interface(name = "org.freedesktop.Notifications")]
impl FakeServer {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &mut self,
        _app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut calls = self.calls.lock().unwrap();
        let id = calls.len() as u32 + 1;
        calls.push(Notified {
            id,
            summary,
            body,
            actions,
        });
        id
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "handshake-test".into(),
            "handshake".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    fn close_notification(&self, _id: u32) {}
}

const BUS: (&str, &str) = (
    "/org/freedesktop/Notifications",
    "org.freedesktop.Notifications",
);

fn notification_server(calls: Arc<Mutex<Vec<Notified>>>) -> zbus::blocking::Connection {
    zbus::blocking::connection::Builder::session()
        .expect("a session bus (run through scripts/with-keyring.sh)")
        .name("org.freedesktop.Notifications")
        .expect("the notification server's name")
        .serve_at(BUS.0, FakeServer { calls })
        .expect("serve the interface")
        .build()
        .expect("own org.freedesktop.Notifications on the test's session bus")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_key_found_at_start_notifies_and_leads_to_reconnect_and_the_host_gets_a_message()
{
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "no D-Bus session: run the suite through scripts/test.sh"
    );
    let calls = Arc::new(Mutex::new(Vec::new()));
    let server = notification_server(calls.clone());

    // A store connected earlier: its keys in the keyring, its line in stores.json (as connect
    // writes it). Then the owner revoked the key in WooCommerce.
    let store = demo_store::start(demo_store::StoreOptions::new("healthy"))
        .await
        .expect("scenario store");
    // A second store, saved later, that a firewall in front of it blocks: new keys cannot help it.
    let blocked = demo_store::start(demo_store::StoreOptions::new("cloudflare-block"))
        .await
        .expect("scenario store");
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        ca.path(),
        format!("{}\n{}", store.ca_pem().unwrap(), blocked.ca_pem().unwrap()),
    )
    .unwrap();
    let url = store.url().to_string();
    let config = tempfile::tempdir().unwrap();
    let saved = handshake_connect::saved::SavedStores::at(config.path());
    saved
        .upsert(handshake_connect::saved::SavedStore {
            url: url.clone(),
            display_name: "Practice shop".into(),
            connected_at: "2026-11-01T09:00:00Z".into(),
            last_check: None,
            last_verdict: None,
            auth_kind: "woocommerce-keys".into(),
            key_hint: Some("…b1d".into()),
            key_permissions: Some("read_write".into()),
            key_id: Some(1),
        })
        .unwrap();
    let keys = Credentials {
        woo: Some(
            WooKeys::new(
                demo_store::TEST_CONSUMER_KEY,
                demo_store::TEST_CONSUMER_SECRET,
            )
            .unwrap(),
        ),
        app_password: None,
    };
    handshake_connect::vault::save(&url, &keys).expect("keys saved in the Secret Service");
    assert!(store.revoke_key(1), "the test key existed");

    // xdg-open stand-in: writes down what it was asked to open.
    let bin = tempfile::tempdir().unwrap();
    let opened = bin.path().join("opened.txt");
    let script = bin.path().join("xdg-open");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
            opened.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );

    let app = App::start(Launch {
        args: vec!["--ca-cert".into(), ca.path().display().to_string()],
        env: vec![
            (
                "HANDSHAKE_CONFIG_DIR".into(),
                config.path().display().to_string(),
            ),
            ("PATH".into(), path),
        ],
    })
    .await;

    // The card as first drawn: when the scheduled check's result arrives it is written into this
    // card, so its buttons stay the same elements and a click landing at that moment is not lost.
    let card = format!(".store-card[data-url='{url}']");
    app.wait_for(&card, 20).await;
    app.js(&format!(
        "window.firstRecheck = document.querySelector(\"{card} button[data-action=recheck]\"); return true"
    ))
    .await;

    // The start-up check finds the revoked key and says so on the desktop.
    let until = Instant::now() + Duration::from_secs(60);
    let note = loop {
        if let Some(n) = calls.lock().unwrap().first().cloned() {
            break n;
        }
        assert!(
            Instant::now() < until,
            "no notification within 60 s\n{}",
            app.page_text().await
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(note.summary, "Practice shop: the app's key stopped working");
    assert!(note.body.contains("reconnect"), "{}", note.body);
    assert!(
        note.actions.contains(&"default".to_string())
            && note.actions.contains(&"reconnect".to_string()),
        "a click leads somewhere: {:?}",
        note.actions
    );
    for secret in [
        demo_store::TEST_CONSUMER_KEY,
        demo_store::TEST_CONSUMER_SECRET,
    ] {
        assert!(!note.body.contains(secret) && !note.summary.contains(secret));
    }
    assert_eq!(
        calls.lock().unwrap().len(),
        1,
        "one notification for one change"
    );

    // The card: the last check and what changed since the one before.
    app.until(
        "the card shows the change",
        &format!(
            "(() => {{ const c = document.querySelector(\"{card}\"); \
             return c && c.querySelector('.changes-alert') && \
             c.querySelector('.changes-alert').textContent.startsWith('Since you connected it: the key stopped working') \
             && c.querySelector('.last-check').textContent.includes('Last checked'); }})()"
        ),
        15,
    )
    .await;
    assert_eq!(
        app.js("return window.firstRecheck.isConnected").await,
        serde_json::json!(true),
        "the card was updated in place, not drawn anew"
    );
    let history = std::fs::read_to_string(config.path().join("watch.json")).unwrap();
    assert!(
        history.contains("\"rejected\"") && history.contains("auth.key_invalid"),
        "{history}"
    );
    assert!(
        !history.contains(demo_store::TEST_CONSUMER_SECRET)
            && !history.contains(demo_store::TEST_CONSUMER_KEY)
    );
    app.screenshot("21-store-key-stopped").await;
    app.check_accessibility("welcome with a store whose key stopped")
        .await;

    // The owner is typing another store's address when they click the notification (the server
    // reports the default action): what they typed stays, and a notice offers the store instead.
    let click_notification = || {
        server
            .emit_signal(
                None::<zbus::names::BusName<'_>>,
                BUS.0,
                BUS.1,
                "ActionInvoked",
                &(note.id, "default"),
            )
            .expect("ActionInvoked sent")
    };
    app.click("#connect-store").await;
    app.wait_for("[data-screen=url]", 5).await;
    app.type_into("#store-url", "shop.example").await;
    click_notification();
    app.wait_for("#store-attention", 10).await;
    assert!(
        app.text("#store-attention")
            .await
            .contains("the app’s key for Practice shop stopped working"),
        "the notice names the store and what happened"
    );
    assert_eq!(app.screen().await, "url", "the owner's screen stays");
    assert_eq!(
        app.value("#store-url").await.as_deref(),
        Some("shop.example"),
        "what the owner typed stays"
    );
    app.screenshot("22-store-attention").await;
    app.check_accessibility("a notice while connecting").await;
    // When they are ready, the notice opens the reconnect.
    app.click("#store-attention-open").await;
    app.until(
        "the reconnect screen with the store",
        &format!("document.getElementById('store-url').value === '{url}'"),
        10,
    )
    .await;
    assert!(
        app.page_text().await.contains("Reconnect"),
        "the reconnect screen"
    );
    assert_eq!(
        app.js("return document.getElementById('store-attention') === null")
            .await,
        Value::Bool(true),
        "the notice is gone once opened"
    );

    // From the welcome screen, with nothing to lose, a click opens the reconnect at once.
    app.click("#url-back").await;
    app.wait_for("[data-screen=welcome]", 5).await;
    click_notification();
    app.wait_for("[data-screen=url]", 10).await;
    assert_eq!(app.value("#store-url").await.as_deref(), Some(url.as_str()));
    assert_eq!(
        app.js("return document.getElementById('store-attention') === null")
            .await,
        Value::Bool(true),
        "no notice when the screen could simply change"
    );

    // The reconnect checks the store first: nothing on the server blocks it, so new keys are offered.
    app.until(
        "the address is accepted",
        "document.getElementById('store-url-message').classList.contains('ok')",
        10,
    )
    .await;
    app.click("#url-continue").await;
    app.wait_for("[data-screen=results]", 60).await;
    assert_eq!(
        app.text("#go-connect").await,
        "Reconnect this store",
        "new keys fix a revoked key"
    );

    // A saved store behind a firewall that blocks the app: its reconnect shows the fix and Check
    // again, not new keys, which the firewall would block the same way.
    let blocked_url = blocked.url().to_string();
    saved
        .upsert(handshake_connect::saved::SavedStore {
            url: blocked_url.clone(),
            display_name: "Blocked shop".into(),
            connected_at: "2026-11-01T09:00:00Z".into(),
            last_check: None,
            last_verdict: None,
            auth_kind: "woocommerce-keys".into(),
            key_hint: None,
            key_permissions: Some("read_write".into()),
            key_id: Some(1),
        })
        .unwrap();
    app.click("#results-home").await;
    let reconnect_blocked =
        format!(".store-card[data-url='{blocked_url}'] button[data-action=reconnect]");
    app.wait_for(&reconnect_blocked, 10).await;
    app.click(&reconnect_blocked).await;
    app.wait_for("[data-screen=url]", 5).await;
    app.until(
        "the address is accepted",
        "document.getElementById('store-url-message').classList.contains('ok')",
        10,
    )
    .await;
    app.click("#url-continue").await;
    app.wait_for("[data-screen=results]", 60).await;
    app.wait_for(".finding[data-finding-id='waf.cloudflare']", 5)
        .await;
    assert_eq!(
        app.js("return document.getElementById('go-connect') === null && document.getElementById('check-again') !== null")
            .await,
        Value::Bool(true),
        "no new keys for a server fault: {}",
        app.page_text().await
    );

    // The same offer for what no scenario above shows: the engine says whether new keys fix it
    // (`new_credentials_fix`, unit-tested there per finding); the screen offers them, or nothing
    // when a wall on the server blocks the app, or the possibility when only warnings were found.
    assert_eq!(
        app.js(
            "return import('./screens/results.js').then((m) => [\
               { report: { verdict: 'problems', findings: [{ severity: 'error' }] }, new_credentials_fix: true }, \
               { report: { verdict: 'problems', findings: [{ severity: 'error' }] }, new_credentials_fix: false }, \
               { report: { verdict: 'unreachable', findings: [] }, new_credentials_fix: false }, \
               { report: { verdict: 'problems', findings: [{ severity: 'warning' }] }, new_credentials_fix: false }, \
             ].map(m.reconnectOffer))"
        )
        .await,
        serde_json::json!(["needed", null, null, "possible"])
    );

    // A message for the host, from a demo result: copied, opened as mailto:, the report saved.
    app.click("#results-home").await;
    app.wait_for("[data-screen=welcome]", 5).await;
    app.start_demo("cloudflare-block").await;
    app.wait_for("[data-screen=results]", 60).await;
    app.until(
        "the message is built",
        "document.getElementById('host-email-body').textContent.length > 100",
        10,
    )
    .await;
    app.click("#host-email-copy").await;
    app.until(
        "copied",
        "document.getElementById('host-email-message').classList.contains('ok')",
        10,
    )
    .await;
    let mail = app.clipboard();
    assert!(mail.starts_with("Subject: WooCommerce store "), "{mail}");
    assert!(
        mail.contains("[waf.cloudflare, blocks the connection]"),
        "{mail}"
    );
    assert!(
        mail.contains("What the tool saw:") && mail.contains("→ HTTP 403"),
        "{mail}"
    );
    assert!(mail.contains("The fix ("), "{mail}");
    let saved_report = app
        .attr("#host-email-message", "data-path")
        .await
        .expect("the report's path");
    let report_html = std::fs::read_to_string(&saved_report).expect("the report was saved");
    assert!(
        saved_report.ends_with(".html")
            && saved_report.starts_with(&app.downloads().display().to_string())
    );
    let file_name = std::path::Path::new(&saved_report)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .to_string();
    assert!(
        mail.contains(&file_name),
        "the message names the report to attach"
    );

    app.click("#host-email-open").await;
    app.until(
        "opened",
        "document.getElementById('host-email-message').textContent.includes('e-mail program')",
        10,
    )
    .await;
    assert_eq!(
        app.attr("#host-email-message", "data-path")
            .await
            .as_deref(),
        Some(saved_report.as_str()),
        "the same report file is written again, not a second copy"
    );
    let until = Instant::now() + Duration::from_secs(10);
    let link = loop {
        if let Ok(text) = std::fs::read_to_string(&opened) {
            if let Some(l) = text.lines().find(|l| l.starts_with("mailto:")) {
                break l.to_string();
            }
        }
        assert!(
            Instant::now() < until,
            "xdg-open was not asked to open a mailto: link"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(
        link.starts_with("mailto:?subject=WooCommerce%20store%20"),
        "{link}"
    );
    assert!(
        link.len() <= handshake_engine::host_email::MAILTO_LIMIT,
        "{}",
        link.len()
    );
    for text in [&mail, &link, &report_html] {
        for secret in [
            demo_store::TEST_CONSUMER_KEY,
            demo_store::TEST_CONSUMER_SECRET,
            demo_store::TEST_WP_APP_PASSWORD,
        ] {
            assert!(!text.contains(secret), "a secret left the app");
        }
    }
    app.js("document.querySelector('.host-email-preview').open = true; document.getElementById('host-email-title').scrollIntoView(); return true")
        .await;
    app.screenshot("20-host-email").await;
    app.check_accessibility("results with the host e-mail")
        .await;
    assert_eq!(
        app.js("return document.querySelector('.host-email') !== null")
            .await,
        Value::Bool(true)
    );

    app.stop().await;
    let _ = handshake_connect::vault::delete(&url);
    store.shutdown().await;
    blocked.shutdown().await;
    drop(server);
}
