//! "WooCommerce showed an error after Approve": from the waiting screen the owner opens the paste
//! screen, pastes the page's text and reads the engine's explanation with its fixes (the same as
//! `handshake connect --explain`); a Copy puts the fix on the clipboard; a text Handshake does not
//! know is said to be unknown, with the messages it does know. The store is the scenario store (the
//! real WooCommerce pages these texts come from are in tests/real-servers, the approve steps).

use crate::harness::{self, App, Launch};
use handshake_demo as demo_store;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_text_woocommerce_showed_is_pasted_and_explained() {
    let relay = handshake_relay::serve(handshake_relay::RelayConfig {
        addr: "127.0.0.1:0".parse().unwrap(),
        ..handshake_relay::RelayConfig::default()
    })
    .await
    .expect("relay starts");
    let store = demo_store::start(demo_store::StoreOptions::new("healthy"))
        .await
        .expect("scenario store");
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), store.ca_pem().unwrap()).unwrap();
    let url = store.url().to_string();
    // No browser opener: the approval waits, as it does while the owner reads WooCommerce's page.
    let bin = tempfile::tempdir().unwrap();
    let webdriver = harness::require("WebKitWebDriver", "apt-get install webkit2gtk-driver");
    std::os::unix::fs::symlink(&webdriver, bin.path().join("WebKitWebDriver")).unwrap();
    let app = App::start(Launch {
        args: vec![
            "--ca-cert".into(),
            ca.path().display().to_string(),
            "--relay".into(),
            relay.url().to_string(),
        ],
        env: vec![
            ("BROWSER".into(), "/nonexistent/browser".into()),
            ("PATH".into(), bin.path().display().to_string()),
        ],
    })
    .await;
    app.click("#connect-store").await;
    app.wait_for("[data-screen=url]", 5).await;
    app.type_into("#store-url", &url).await;
    app.click("#url-continue").await;
    app.wait_for("#go-connect", 30).await.click().await.unwrap();
    app.click("#authorize").await;
    app.wait_for("#authorize-link", 30).await;
    app.click("#authorize-saw-error").await;
    app.wait_for("[data-screen=explain]", 5).await;

    // Nothing pasted: said so, nothing explained.
    app.click("#explain-go").await;
    app.until(
        "asked to paste first",
        "document.getElementById('explain-message').textContent.length > 0",
        5,
    )
    .await;

    // What real WooCommerce 9.2.5 showed with the relay down (tests/real-servers, approve steps).
    let page = "Error: cURL error 7: Failed to connect to 127.0.0.1 port 443 after 0 ms: Couldn't connect to server.";
    app.type_into("#explain-text", page).await;
    app.click("#explain-go").await;
    app.wait_for("#explained-title", 10).await;
    let meaning = app.text("#explained-meaning").await;
    assert!(
        meaning.contains("nothing accepted the connection"),
        "{meaning}"
    );
    assert_eq!(
        app.attr("#explanation article", "data-finding-id")
            .await
            .as_deref(),
        Some("callback.not_received")
    );
    let text = app.text("#explanation").await;
    assert!(text.contains(page), "the page's text is quoted: {text}");
    assert!(!text.contains("unable to send the consumer data"), "{text}");
    // The relay given with --relay is the callback's host.
    assert!(text.contains("127.0.0.1"), "{text}");
    app.screenshot("18-explain-known").await;
    app.check_accessibility("explain (known)").await;

    // The first fix, copied exactly.
    let first_fix = app.text("#explanation .fix-text").await;
    app.click("#explanation .copy-fix").await;
    app.until(
        "the copy is confirmed",
        "document.querySelector('#explanation .copied').textContent.length > 0",
        5,
    )
    .await;
    assert_eq!(app.clipboard().trim(), first_fix.trim());

    // A refused approval page is about the user logged in, not a key.
    app.js("document.getElementById('explain-text').value = ''; return true")
        .await;
    app.type_into(
        "#explain-text",
        "Error: You do not have permission to access this page.",
    )
    .await;
    app.click("#explain-go").await;
    app.until(
        "the approval page's refusal is explained",
        "document.querySelector('#explanation article')?.dataset.findingId === 'auth.capability'",
        10,
    )
    .await;
    let text = app.text("#explanation").await;
    assert!(
        text.contains("manage_woocommerce") && !text.contains("The key works"),
        "{text}"
    );

    // A text nobody knows: said to be unknown, and the known messages listed.
    app.js("document.getElementById('explain-text').value = ''; return true")
        .await;
    app.type_into(
        "#explain-text",
        "Fatal error: the flux capacitor is out of jiggawatts",
    )
    .await;
    app.click("#explain-go").await;
    app.wait_for("#explain-unknown", 10).await;
    let text = app.text("#explanation").await;
    assert!(text.contains("does not know this message"), "{text}");
    assert!(text.contains("A valid URL was not provided"), "{text}");
    app.screenshot("19-explain-unknown").await;
    app.check_accessibility("explain (unknown)").await;
    app.stop().await;
    store.shutdown().await;
}

/// In German the explanation is German (the meaning and the finding the engine writes), and what
/// WooCommerce showed is quoted as it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_explanation_speaks_the_wizards_language() {
    let relay = handshake_relay::serve(handshake_relay::RelayConfig {
        addr: "127.0.0.1:0".parse().unwrap(),
        ..handshake_relay::RelayConfig::default()
    })
    .await
    .expect("relay starts");
    let store = demo_store::start(demo_store::StoreOptions::new("healthy"))
        .await
        .expect("scenario store");
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), store.ca_pem().unwrap()).unwrap();
    let url = store.url().to_string();
    let bin = tempfile::tempdir().unwrap();
    let webdriver = harness::require("WebKitWebDriver", "apt-get install webkit2gtk-driver");
    std::os::unix::fs::symlink(&webdriver, bin.path().join("WebKitWebDriver")).unwrap();
    let app = App::start(Launch {
        args: vec![
            "--ca-cert".into(),
            ca.path().display().to_string(),
            "--relay".into(),
            relay.url().to_string(),
        ],
        env: vec![
            ("BROWSER".into(), "/nonexistent/browser".into()),
            ("PATH".into(), bin.path().display().to_string()),
            ("HANDSHAKE_LANG".into(), "de".into()),
        ],
    })
    .await;
    app.click("#connect-store").await;
    app.wait_for("[data-screen=url]", 5).await;
    app.type_into("#store-url", &url).await;
    app.click("#url-continue").await;
    app.wait_for("#go-connect", 30).await.click().await.unwrap();
    app.click("#authorize").await;
    app.wait_for("#authorize-link", 30).await;
    app.click("#authorize-saw-error").await;
    app.wait_for("[data-screen=explain]", 5).await;

    let page = "Error: cURL error 7: Failed to connect to 127.0.0.1 port 443 after 0 ms: Couldn't connect to server.";
    app.type_into("#explain-text", page).await;
    app.click("#explain-go").await;
    app.wait_for("#explained-title", 10).await;
    let known = handshake_connect::store_messages::recognize(page).expect("a known message");
    assert_eq!(
        app.text("#explained-meaning").await.trim(),
        known.meaning_in(handshake_l10n::Lang::De)
    );
    assert_eq!(
        app.attr("#explanation article", "data-finding-id")
            .await
            .as_deref(),
        Some("callback.not_received")
    );
    let text = app.text("#explanation").await;
    assert!(text.contains(page), "the page's text is quoted: {text}");
    // The finding in German: its words, not the English title's.
    assert!(
        text.contains("Schlüssel") && !text.contains("could not send the keys"),
        "{text}"
    );
    app.stop().await;
    store.shutdown().await;
}
