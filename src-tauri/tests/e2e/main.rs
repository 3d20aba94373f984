//! End-to-end: the real `handshake-desktop` binary, driven through WebDriver (tauri-driver +
//! WebKitWebDriver under a private Xvfb), against the scenario store. Each test takes the screenshots
//! in docs/screenshots/ of the screens it visits and runs an accessibility check (axe-core) on them.
//!
//! Needs: xvfb, webkit2gtk-driver, xclip, tauri-driver (cargo install), `npm install` in src-tauri
//! (axe-core), and for the keyring test a Secret Service session (scripts/with-keyring.sh, which
//! scripts/test.sh uses). All installed by `scripts/install-deps.sh test`.

mod explain;
mod harness;
mod languages;
mod two_vantages;
mod watch_and_email;

use std::process::Command;
use std::time::Duration;

use handshake_demo as demo_store;
use harness::{App, Launch};
use serde_json::Value;

fn plain() -> Launch {
    Launch {
        args: vec![],
        env: vec![],
    }
}

/// The demo: welcome, a live preflight that is cancelled, a healthy run, and the three exports.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_store_runs_cancels_and_exports() {
    let app = App::start(plain()).await;
    app.until(
        "scenarios loaded",
        "document.querySelectorAll('#scenario option').length > 10",
        10,
    )
    .await;
    app.screenshot("01-welcome").await;
    app.check_accessibility("welcome").await;

    // A store that drips its answers: the preflight stays on screen, so it can be seen and cancelled.
    app.start_demo("slow-drip").await;
    app.wait_for("[data-screen=progress]", 10).await;
    app.until("probes appear as they run", "document.querySelectorAll('#probe-list li[data-outcome=pass]').length >= 3 && document.querySelector('#probe-list li[data-outcome=running]')", 15).await;
    let first = app.text("#probe-list li:first-child .probe-label").await;
    assert!(!first.is_empty(), "each probe shows its label");
    app.screenshot("03-preflight").await;
    app.check_accessibility("preflight").await;
    let cancelled_at = std::time::Instant::now();
    app.click("#cancel-check").await;
    app.wait_for("[data-screen=welcome]", 5).await;
    assert!(
        cancelled_at.elapsed() < Duration::from_secs(4),
        "Cancel stops the run at once"
    );

    // A healthy demo store: the verdict says so.
    app.start_demo("healthy").await;
    app.wait_for("[data-screen=results]", 30).await;
    let verdict = app.verdict().await;
    assert_eq!(verdict, "healthy", "{}", app.page_text().await);
    app.screenshot("05-results-healthy").await;
    app.check_accessibility("results (healthy)").await;

    // Exports land in the Downloads folder: the contract's JSON, Markdown and a web page.
    for (button, ext) in [
        ("#export-json", "json"),
        ("#export-markdown", "md"),
        ("#export-html", "html"),
    ] {
        app.js("const m = document.getElementById('export-message'); delete m.dataset.path; return true").await;
        let path = export(&app, button).await;
        assert!(
            path.starts_with(app.downloads()),
            "{} is in Downloads",
            path.display()
        );
        assert_eq!(path.extension().unwrap(), ext);
        let text = std::fs::read_to_string(&path).unwrap();
        match ext {
            "json" => {
                let v: Value = serde_json::from_str(&text).expect("the JSON export parses");
                assert_eq!(v["schema"], "handshake.report/1");
                assert_eq!(v["verdict"], "healthy");
                assert!(
                    !text.contains(demo_store::TEST_CONSUMER_SECRET),
                    "no secret in the export"
                );
            }
            "md" => assert!(
                text.starts_with("# Handshake report for https://127.0.0.1:"),
                "{text}"
            ),
            _ => assert!(
                text.contains("<h1>Handshake report for https://127.0.0.1:")
                    && text.contains("Every check"),
                "{text}"
            ),
        }
    }
    app.stop().await;
}

/// Cloudflare blocks the API: the finding explains it, and Copy puts exactly the fix on the clipboard.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cloudflare_fix_is_copied_to_the_clipboard() {
    let app = App::start(plain()).await;
    app.start_demo("cloudflare-block").await;
    app.wait_for("[data-screen=results]", 30).await;
    assert_eq!(app.verdict().await, "problems");
    let finding = app
        .wait_for(".finding[data-finding-id='waf.cloudflare']", 5)
        .await;
    let title = finding
        .find(harness::Locator::Css("h3"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(title.contains("Cloudflare"), "{title}");
    app.screenshot("06-results-problems").await;
    // Open the evidence too: the accessibility check then covers it.
    app.js("document.querySelector(\".finding[data-finding-id='waf.cloudflare'] details\").open = true; return true").await;
    app.check_accessibility("results (problems)").await;

    let shown = app.js("return document.querySelector(\".finding[data-finding-id='waf.cloudflare'] .fix-text\").textContent").await;
    let shown = shown.as_str().unwrap().to_string();
    assert!(!shown.is_empty());
    app.click(".finding[data-finding-id='waf.cloudflare'] button.copy-fix")
        .await;
    app.until("Copied is shown", "document.querySelector(\".finding[data-finding-id='waf.cloudflare'] .copied\").textContent.length > 0", 5).await;
    let clip = app.clipboard();
    assert_eq!(clip, shown, "the clipboard holds exactly the fix text");
    app.js("const f = document.querySelector(\".finding[data-finding-id='waf.cloudflare']\"); f.querySelector('details').open = false; f.querySelector('.fix').scrollIntoView({ block: 'center' }); return true").await;
    app.screenshot("07-fix-copied").await;

    // The same text as the report's JSON export: what the engine wrote, byte for byte.
    let path = export(&app, "#export-json").await;
    let report: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let fix = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "waf.cloudflare")
        .unwrap()["fixes"][0]["text"]
        .clone();
    assert_eq!(fix.as_str().unwrap(), clip);

    // Check again runs the preflight again and comes back to the results.
    app.click("#check-again").await;
    app.wait_for("[data-screen=results]", 30).await;
    app.wait_for(".finding[data-finding-id='waf.cloudflare']", 5)
        .await;
    app.stop().await;
}

/// Authorize in the browser through a real relay: the app shows the approval link, the owner's
/// (logged-in) browser approves, WooCommerce POSTs the key to the relay, the app picks it up, verifies
/// it and keeps it in the keyring. Then the owner revokes that key in WooCommerce: Re-check says the
/// key stopped working and leads to Reconnect, which gets a new key through the same steps.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn authorize_in_the_browser_then_reconnect_after_the_key_is_revoked() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "no D-Bus session: run the suite through scripts/test.sh"
    );
    // A relay over HTTPS with its own CA; the store trusts that CA for its callback POST.
    let relay_cert = demo_store::kit::server_cert(&["localhost", "127.0.0.1"]).unwrap();
    let relay = handshake_relay::serve(handshake_relay::RelayConfig {
        addr: "127.0.0.1:0".parse().unwrap(),
        tls: Some(handshake_relay::TlsPem {
            cert_chain: relay_cert.cert_pem.clone().into_bytes(),
            private_key: relay_cert.key_pem.clone().into_bytes(),
        }),
        ..handshake_relay::RelayConfig::default()
    })
    .await
    .expect("relay starts");
    let relay_ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(relay_ca.path(), &relay_cert.ca_pem).unwrap();
    let mut opts = demo_store::StoreOptions::new("healthy");
    opts.auto_approve = true;
    opts.ca_cert = Some(relay_ca.path().to_path_buf());
    let store = demo_store::start(opts).await.expect("scenario store");
    let store_ca = store.ca_pem().unwrap().to_string();
    let url = store.url().to_string();
    // The app trusts both CAs (one PEM file), and must not open a real browser: the test is the browser.
    let cas = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(cas.path(), format!("{store_ca}\n{}", relay_cert.ca_pem)).unwrap();
    let app = App::start(Launch {
        args: vec![
            "--ca-cert".into(),
            cas.path().display().to_string(),
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
    app.wait_for("#go-connect", 30).await.click().await.unwrap();
    app.wait_for("#authorize", 5).await.click().await.unwrap();
    let link = app.approval_link().await;
    assert!(
        link.starts_with(&format!("{url}wc-auth/v1/authorize?")),
        "{link}"
    );
    app.screenshot("09-authorize").await;
    app.check_accessibility("authorize").await;

    // The owner approves in their browser.
    let browser = demo_store::kit::browser(&[&store_ca, &relay_cert.ca_pem]).unwrap();
    approve_in_browser(&browser, &link).await;

    app.wait_for("[data-screen=done]", 60).await;
    assert_eq!(app.access("orders", "read").await.as_deref(), Some("yes"));
    let created = store
        .api_keys()
        .into_iter()
        .last()
        .expect("WooCommerce created a key");
    let secret = keyring_secret(&url);
    assert!(
        secret.contains("cs_"),
        "the delivered key is in the keyring"
    );
    assert!(
        app.text("#revoke-text")
            .await
            .contains(created.truncated_key.trim_start_matches('…')),
        "revoke names the key"
    );
    let html = app.js("return document.documentElement.outerHTML").await;
    assert!(
        !html.as_str().unwrap().contains("cs_"),
        "no secret reached the page"
    );

    // The owner revokes the key in WooCommerce. Re-check uses the saved key, proves it is gone and
    // puts Reconnect first.
    assert!(store.revoke_key(created.key_id));
    app.click("#done-home").await;
    let card = format!(".store-card[data-url='{url}']");
    app.wait_for(&card, 5).await;
    app.click_until(
        &format!("{card} button[data-action=recheck]"),
        "[data-screen=results]",
        30,
    )
    .await;
    app.wait_for(".finding[data-finding-id='auth.key_invalid']", 5)
        .await;
    app.wait_for("#keys-stopped", 5).await;
    assert_eq!(
        app.attr("#go-reconnect", "class").await.as_deref(),
        Some("primary"),
        "new keys are the way forward"
    );
    app.screenshot("15-key-revoked").await;
    app.check_accessibility("key revoked").await;

    // Reconnect: the store is filled in; the same approval gets a new key.
    app.click("#go-reconnect").await;
    app.wait_for("[data-screen=url]", 5).await;
    assert_eq!(app.value("#store-url").await.as_deref(), Some(url.as_str()));
    app.click("#url-continue").await;
    app.wait_for("#go-connect", 30).await.click().await.unwrap();
    app.wait_for("#authorize", 5).await.click().await.unwrap();
    let link = app.approval_link().await;
    approve_in_browser(&browser, &link).await;
    app.wait_for("[data-screen=done]", 60).await;
    let renewed = store
        .api_keys()
        .into_iter()
        .last()
        .expect("WooCommerce created a new key");
    assert_ne!(renewed.key_id, created.key_id);
    let new_secret = keyring_secret(&url);
    assert!(
        new_secret.contains("cs_") && new_secret != secret,
        "the keyring holds the new key in place of the revoked one"
    );
    assert!(app
        .text("#revoke-text")
        .await
        .contains(renewed.truncated_key.trim_start_matches('…')));

    // Re-check with the new key: healthy again.
    app.click("#done-home").await;
    app.wait_for(&card, 5).await;
    app.click_until(
        &format!("{card} button[data-action=recheck]"),
        "[data-screen=results]",
        30,
    )
    .await;
    assert_eq!(app.verdict().await, "healthy", "{}", app.page_text().await);
    app.stop().await;
    store.shutdown().await;
    relay.shutdown().await;
}

/// Results screen: saves the report with an export button; returns the file written.
async fn export(app: &App, button: &str) -> std::path::PathBuf {
    app.click(button).await;
    app.until(
        "the report is saved",
        "document.getElementById('export-message').dataset.path",
        10,
    )
    .await;
    let path = app
        .js("return document.getElementById('export-message').dataset.path")
        .await;
    std::path::PathBuf::from(path.as_str().expect("a saved path"))
}

/// The owner's logged-in browser opens the approval address; WooCommerce approves (the store
/// auto-approves a logged-in admin), POSTs the key to the relay and sends the browser to its return page.
async fn approve_in_browser(browser: &reqwest::Client, link: &str) {
    let resp = browser
        .get(link)
        .header("cookie", demo_store::LOGGED_IN_COOKIE)
        .send()
        .await
        .expect("the browser reaches the store");
    assert_eq!(
        resp.status().as_u16(),
        200,
        "the owner lands on the relay's return page"
    );
}

/// What the real Secret Service holds for the store (empty when nothing).
fn keyring_secret(url: &str) -> String {
    secret_tool(&[
        "lookup",
        "service",
        handshake_connect::vault::SERVICE,
        "username",
        url,
    ])
}

fn secret_tool(args: &[&str]) -> String {
    let out = Command::new("secret-tool")
        .args(args)
        .output()
        .expect("secret-tool is installed (apt-get install libsecret-tools)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Paste existing keys: wrong keys are refused and not saved; the right ones are verified, land in the
/// real Secret Service keyring, and the store appears on the welcome screen with Re-check and Reconnect.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pasted_keys_are_verified_and_kept_in_the_keyring() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "no D-Bus session: run the suite through scripts/test.sh (scripts/with-keyring.sh starts a private keyring)"
    );
    let store = demo_store::start(demo_store::StoreOptions::new("healthy"))
        .await
        .expect("scenario store");
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), store.ca_pem().expect("self-signed CA")).unwrap();
    let url = store.url().to_string();

    let app = App::start(Launch {
        args: vec!["--ca-cert".into(), ca.path().display().to_string()],
        env: vec![],
    })
    .await;
    app.click("#connect-store").await;
    app.wait_for("[data-screen=url]", 5).await;
    app.type_into("#store-url", &url).await;
    app.until(
        "the address is accepted",
        "document.getElementById('store-url-message').classList.contains('ok')",
        5,
    )
    .await;
    app.screenshot("02-store-url").await;
    app.check_accessibility("store URL").await;
    app.click("#url-continue").await;
    app.wait_for("[data-screen=results]", 30).await;
    app.click("#go-connect").await;
    app.wait_for("[data-screen=connect]", 5).await;

    // Format check before anything is sent.
    app.type_into("#consumer-key", "ck_not-a-key").await;
    app.click("#verify-keys").await;
    app.until(
        "the key's format is refused",
        "document.getElementById('consumer-key-error').textContent.includes('ck_')",
        5,
    )
    .await;
    assert_eq!(app.screen().await, "connect");
    app.screenshot("08-connect").await;
    app.check_accessibility("connect").await;

    // Authorize in the browser, with no relay set up: a clear message and the way out.
    app.click("#authorize").await;
    app.wait_for("[data-screen=authorize]", 5).await;
    app.until(
        "the missing relay is explained",
        "document.getElementById('authorize-status').textContent.includes('relay')",
        10,
    )
    .await;
    app.click("#paste-instead").await;
    app.wait_for("[data-screen=connect]", 5).await;

    // Keys of the right shape that the store does not know: refused, not saved.
    let wrong_key = format!("ck_{}", "0".repeat(40));
    let wrong_secret = format!("cs_{}", "0".repeat(40));
    app.type_into("#consumer-key", &wrong_key).await;
    app.type_into("#consumer-secret", &wrong_secret).await;
    app.click("#verify-keys").await;
    app.wait_for("[data-screen=results]", 30).await;
    assert!(
        app.text("#verdict").await.contains("did not work"),
        "{}",
        app.page_text().await
    );
    app.screenshot("10-keys-rejected").await;
    app.check_accessibility("keys rejected").await;
    assert!(
        keyring_secret(&url).is_empty(),
        "refused keys are not saved"
    );

    // The store's real keys.
    app.click("#try-other-keys").await;
    app.wait_for("[data-screen=connect]", 5).await;
    app.type_into("#consumer-key", demo_store::TEST_CONSUMER_KEY)
        .await;
    app.type_into("#consumer-secret", demo_store::TEST_CONSUMER_SECRET)
        .await;
    app.click("#verify-keys").await;
    app.wait_for("[data-screen=done]", 30).await;
    let orders_read = app.access("orders", "read").await;
    assert_eq!(
        orders_read.as_deref(),
        Some("yes"),
        "{}",
        app.page_text().await
    );
    let orders_write = app.access("orders", "write").await;
    assert_eq!(orders_write.as_deref(), Some("yes"));
    assert!(app.text("#keyring-where").await.contains("keyring"));
    assert!(app
        .text("#revoke-text")
        .await
        .contains("wp-admin/admin.php?page=wc-settings&tab=advanced&section=keys"));
    app.screenshot("11-done").await;
    app.check_accessibility("done").await;

    // Nothing secret ever reached the page.
    let html = app.js("return document.documentElement.outerHTML").await;
    let html = html.as_str().unwrap();
    assert!(
        !html.contains(demo_store::TEST_CONSUMER_SECRET)
            && !html.contains(demo_store::TEST_CONSUMER_KEY)
    );

    // The real Secret Service has the keys, filed under the store's URL; the store list has no secret.
    let secret = keyring_secret(&url);
    assert!(
        secret.contains(demo_store::TEST_CONSUMER_SECRET),
        "the keyring holds the secret for {url}"
    );
    let saved =
        std::fs::read_to_string(app.config_dir().join("stores.json")).expect("stores.json written");
    assert!(
        saved.contains(&url) && !saved.contains(demo_store::TEST_CONSUMER_SECRET),
        "{saved}"
    );

    // Back on the welcome screen the store is listed; Re-check uses the saved keys.
    app.click("#done-home").await;
    app.wait_for(&format!(".store-card[data-url='{url}']"), 5)
        .await;
    app.screenshot("12-welcome-saved").await;
    app.check_accessibility("welcome with a saved store").await;
    app.click_until(
        &format!(".store-card[data-url='{url}'] button[data-action=recheck]"),
        "[data-screen=results]",
        30,
    )
    .await;
    assert_eq!(
        app.js("return document.querySelector('.notice.warning') === null")
            .await,
        Value::Bool(true),
        "the saved keys were found and used"
    );
    app.wait_for("#go-reconnect", 5).await;
    let saved = std::fs::read_to_string(app.config_dir().join("stores.json")).unwrap();
    assert!(
        saved.contains("\"last_verdict\": \"healthy\""),
        "Re-check records the verdict: {saved}"
    );

    // Reconnect: the same steps, with the store filled in.
    app.click("#go-reconnect").await;
    app.wait_for("[data-screen=url]", 5).await;
    assert_eq!(app.value("#store-url").await.as_deref(), Some(url.as_str()));
    app.until(
        "the address is accepted",
        "document.getElementById('store-url-message').classList.contains('ok')",
        5,
    )
    .await;
    app.screenshot("13-reconnect").await;

    // Forget removes the keys from the keyring.
    app.click("#url-back").await;
    // The welcome screen lists saved stores once they are read: wait for the card.
    let forget = format!(".store-card[data-url='{url}'] button[data-action=forget]");
    app.wait_for(&forget, 5).await;
    app.click(&forget).await;
    app.click(&format!(".store-card[data-url='{url}'] button.danger"))
        .await;
    app.until("the store is gone", "document.querySelector('.store-card') === null && document.querySelector('#saved-stores p')", 5).await;
    assert!(!keyring_secret(&url).contains("cs_"));
    app.stop().await;
    store.shutdown().await;
}

/// Bad addresses get a specific, plain message as they are typed; the scheme is inferred; everything
/// works from the keyboard.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_store_addresses_are_explained_as_you_type() {
    let app = App::start(plain()).await;
    // The Content-Security-Policy is in force: a script injected into the page does not run.
    let ran = app
        .js("const s = document.createElement('script'); s.textContent = 'window.__injected = 1'; document.head.append(s); return window.__injected === 1")
        .await;
    assert_eq!(
        ran,
        Value::Bool(false),
        "an inline script ran: the CSP is missing"
    );
    // Keyboard: the first Tab reaches the skip link, the next the language switch in the header,
    // the next the main action.
    app.js("document.activeElement.blur(); return true").await;
    let body = app.find("body").await;
    body.send_keys("\u{E004}").await.unwrap(); // Tab
    assert_eq!(
        app.js("return document.activeElement.id").await,
        "skip-link"
    );
    app.client
        .active_element()
        .await
        .unwrap()
        .send_keys("\u{E004}")
        .await
        .unwrap();
    assert_eq!(app.js("return document.activeElement.id").await, "language");
    app.client
        .active_element()
        .await
        .unwrap()
        .send_keys("\u{E004}")
        .await
        .unwrap();
    assert_eq!(
        app.js("return document.activeElement.id").await,
        "connect-store"
    );
    app.client
        .active_element()
        .await
        .unwrap()
        .send_keys("\u{E007}")
        .await
        .unwrap(); // Enter
    app.wait_for("[data-screen=url]", 5).await;
    assert_eq!(
        app.js("return document.activeElement.id").await,
        "store-url",
        "focus lands in the address field"
    );

    let input = app.find("#store-url").await;
    let cases: &[(&str, &str)] = &[
        ("ftp://shop.example.com", "ftp://"),
        ("exa mple.com", "does not look like a web address"),
        ("https://owner:pw@shop.example.com", "user name or password"),
        ("shop!.example.com", "not a valid site name"),
    ];
    for (typed, expected) in cases {
        input.clear().await.unwrap();
        input.send_keys(typed).await.unwrap();
        app.until(
            &format!("an error for {typed:?}"),
            &format!(
                "document.getElementById('store-url-message').textContent.includes({})",
                serde_json::to_string(expected).unwrap()
            ),
            5,
        )
        .await;
        assert_eq!(
            input.attr("aria-invalid").await.unwrap().as_deref(),
            Some("true")
        );
        if *typed == "ftp://shop.example.com" {
            app.screenshot("04-store-url-error").await;
            app.check_accessibility("store URL with an error").await;
        }
    }
    // Submitting a bad address keeps the owner on this screen, focused on the field.
    input.send_keys("\u{E007}").await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.screen().await, "url");
    assert_eq!(
        app.js("return document.activeElement.id").await,
        "store-url"
    );

    // An empty field says what to type.
    input.clear().await.unwrap();
    app.click("#url-continue").await;
    app.until(
        "the empty message",
        "document.getElementById('store-url-message').textContent.includes('shop.example.com')",
        5,
    )
    .await;

    // No scheme: https is inferred, and the address is normalized (wp-admin dropped).
    input.send_keys("Shop.Example.com/wp-admin/").await.unwrap();
    app.until("https is inferred", "document.getElementById('store-url-message').textContent.includes('https://shop.example.com/')", 5).await;
    assert_eq!(input.attr("aria-invalid").await.unwrap(), None);
    assert!(app
        .text("#store-url-message")
        .await
        .contains("https:// added"));
    app.stop().await;
}

/// Dark mode (the system's preference) at the smallest supported window, 800×600: readable (the
/// accessibility check includes contrast) and nothing wider than the window.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dark_mode_at_800_by_600() {
    let app = App::start(Launch {
        args: vec![],
        env: vec![("GTK_THEME".into(), "Adwaita:dark".into())],
    })
    .await;
    app.client
        .set_window_size(800, 600)
        .await
        .expect("window resized");
    app.until("the window is 800 px wide", "window.innerWidth <= 800", 5)
        .await;
    assert_eq!(
        app.js("return matchMedia('(prefers-color-scheme: dark)').matches")
            .await,
        Value::Bool(true),
        "the dark theme reaches the page"
    );
    app.until(
        "scenarios loaded",
        "document.querySelectorAll('#scenario option').length > 10",
        10,
    )
    .await;
    app.check_accessibility("welcome (dark)").await;
    app.start_demo("auth-header-stripped").await;
    app.wait_for("[data-screen=results]", 30).await;
    app.js("document.querySelectorAll('.finding details').forEach((d) => { d.open = true; }); return true").await;
    app.screenshot("14-dark-800x600").await;
    app.check_accessibility("results (dark)").await;
    assert_eq!(
        app.js("return document.documentElement.scrollWidth <= window.innerWidth")
            .await,
        Value::Bool(true),
        "no sideways scrolling at 800×600"
    );
    app.stop().await;
}

/// A store whose address redirects to another host name: the wizard names the new address, sends
/// nothing there, and asks before it uses it; one click checks the store at the new address.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirect_to_another_address_is_used_only_after_the_owner_confirms() {
    let store = demo_store::start(demo_store::StoreOptions::new("other-host-redirect"))
        .await
        .expect("scenario store");
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), store.ca_pem().expect("self-signed CA")).unwrap();
    let port = store.url().port().unwrap();
    let app = App::start(Launch {
        args: vec!["--ca-cert".into(), ca.path().display().to_string()],
        env: vec![],
    })
    .await;
    app.click("#connect-store").await;
    app.wait_for("[data-screen=url]", 5).await;
    app.type_into("#store-url", store.url().as_str()).await;
    app.until(
        "the address is accepted",
        "document.getElementById('store-url-message').classList.contains('ok')",
        5,
    )
    .await;
    app.click("#url-continue").await;
    app.wait_for("[data-screen=results]", 30).await;
    assert_eq!(app.verdict().await, "problems");
    let question = app.text("#redirect-question").await;
    assert!(
        question.contains(&format!("localhost:{port}")),
        "names the new address: {question}"
    );
    assert_eq!(
        app.attr("#use-redirect", "class").await.as_deref(),
        Some("primary"),
        "confirming is the main action"
    );
    assert_eq!(
        app.js("return document.getElementById('go-connect') === null")
            .await,
        Value::Bool(true),
        "no connecting to an address the owner has not confirmed"
    );
    app.screenshot("16-redirect-question").await;
    app.check_accessibility("redirect question").await;

    app.click("#use-redirect").await;
    app.until(
        "the check runs on the new address",
        &format!("document.querySelector('[data-screen=results]') && document.getElementById('verdict').textContent.includes('localhost:{port}')"),
        30,
    )
    .await;
    assert_eq!(app.verdict().await, "healthy");
    assert_eq!(
        app.js("return document.getElementById('redirect-question') === null")
            .await,
        Value::Bool(true)
    );
    app.stop().await;
    store.shutdown().await;
}

/// No browser can be opened on this computer: the screen says so (not "your browser should now
/// show…") and copies the approval address for the owner.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_browser_the_approval_address_is_offered_to_copy() {
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
    // A PATH holding only WebKit's WebDriver (which starts the app): no xdg-open, gio or other
    // opener can be found, and $BROWSER names nothing.
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
    assert_eq!(
        app.attr("#authorize", "class").await.as_deref(),
        Some("primary"),
        "approving in the browser is the main way to connect"
    );
    app.click("#authorize").await;
    app.wait_for("#browser-not-opened", 30).await;
    let link = app
        .value("#authorize-link")
        .await
        .expect("the address is shown");
    assert!(
        link.starts_with(&format!("{url}wc-auth/v1/authorize?")),
        "{link}"
    );
    app.click("#copy-authorize-link").await;
    app.until(
        "the copy is confirmed",
        "document.querySelector('#authorize-box .copied').textContent.length > 0",
        5,
    )
    .await;
    assert_eq!(app.clipboard().trim(), link);
    app.screenshot("17-no-browser").await;
    app.check_accessibility("no browser").await;
    app.stop().await;
    store.shutdown().await;
}

/// Causes outside the first catalog, in the wizard: each demo store ends in its own finding, and an
/// answer nothing known explains is said to be unexplained, with a message for the host.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_causes_and_the_unexplained_show_in_the_wizard() {
    let app = App::start(plain()).await;
    for (scenario, id, shot) in [
        ("http-password", "http.basic_auth", Some("18-http-password")),
        ("redirect-loop-flexible-ssl", "http.redirect_loop", None),
        ("wp-critical-error", "http.server_error", None),
        (
            "gateway-json-403",
            "site.unexplained",
            Some("19-unexplained"),
        ),
    ] {
        app.start_demo(scenario).await;
        app.wait_for("[data-screen=results]", 30).await;
        assert_eq!(app.verdict().await, "problems", "{scenario}");
        app.wait_for(&format!(".finding[data-finding-id='{id}']"), 5)
            .await;
        // Every one of them hands the owner a message for the host.
        app.wait_for(
            &format!(".finding[data-finding-id='{id}'] .fix[data-kind='hosting-support']"),
            5,
        )
        .await;
        if let Some(name) = shot {
            app.screenshot(name).await;
            app.check_accessibility(scenario).await;
        }
        app.click("#try-another").await;
        app.wait_for("[data-screen=welcome]", 5).await;
    }
    app.stop().await;
}
