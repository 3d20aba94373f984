//! The wizard connects a real WooCommerce store (issue 13, item 3, the desktop front end): the real
//! `handshake-desktop` app under WebDriver (tests/desktop-driver), the real relay over TLS on the
//! port WordPress posts to, WooCommerce's own login and Approve/Deny pages driven as the owner's
//! browser would, and the key in the real Secret Service keyring. The store is prepared exactly as
//! for `handshake connect` ([`crate::approve`]): only the relay's private CA is added to the list
//! WordPress verifies against.

use handshake_desktop_driver::{App, Launch};
use serde_json::Value;

use crate::approve::{
    app_keys, click, log_in, start_relay, trust_relay_ca, visible_text, Approvals, Site,
};

/// What the real keyring holds for the store (empty when nothing), read with `secret-tool` as
/// another program would.
fn keyring_secret(url: &str) -> String {
    let out = std::process::Command::new("secret-tool")
        .args([
            "lookup",
            "service",
            handshake_connect::vault::SERVICE,
            "username",
            url,
        ])
        .output()
        .expect("secret-tool is installed (apt-get install libsecret-tools)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A screenshot named for the generation ("real-wc9.2.5-2-approval"), in target/screenshots.
fn shot_name(site: &Site, step: &str) -> String {
    let generation: String = site
        .label
        .split_whitespace()
        .nth(1)
        .unwrap_or("wc")
        .to_string();
    format!("real-wc{generation}-{step}")
}

/// The owner connects the store from the wizard: the check, "Authorize in the browser", a Deny
/// first (the wizard says the owner declined and offers to try again), then WooCommerce's login and
/// Approve, the key delivered through the relay, verified and saved in the keyring; the Done screen
/// names the key WooCommerce created, and the page never holds the secret.
pub fn wizard_connects(a: &Approvals, site: &Site, rt: &tokio::runtime::Runtime) {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "no D-Bus session: run the suite through scripts/with-keyring.sh (scripts/test.sh does)"
    );
    let dir = a.case_dir(site, "wizard");
    let plugin = trust_relay_ca(site, &a.pki, &dir);
    let relay = start_relay(&a.bins, &a.pki, &dir, &a.registry, a.port, &[]);
    let before = app_keys(site, &dir);
    rt.block_on(async {
        let app = App::start(Launch {
            args: vec![
                "--ca-cert".into(),
                a.pki.desktop_bundle.display().to_string(),
                "--relay".into(),
                relay.url.clone(),
            ],
            // No real browser opens: this test is the owner's browser.
            env: vec![("BROWSER".into(), "true".into())],
        })
        .await;

        app.click("#connect-store").await;
        app.wait_for("[data-screen=url]", 5).await;
        app.type_into("#store-url", &site.url).await;
        app.click("#url-continue").await;
        app.wait_for("[data-screen=results]", 90).await;
        // The offline testbed's one warning (WooCommerce's own test POST to PayPal fails) does not
        // stop the owner: connecting is offered.
        let findings = app
            .js("return [...document.querySelectorAll('.finding')].map(f => f.dataset.findingId + ' ' + f.className)")
            .await;
        assert!(
            !findings.to_string().contains("severity-error"),
            "{}: the check found errors on a healthy store: {findings}\n{}",
            site.label,
            app.page_text().await
        );
        app.screenshot(&shot_name(site, "1-check")).await;
        app.wait_for("#go-connect", 5).await.click().await.unwrap();
        app.wait_for("[data-screen=connect]", 5).await;
        app.screenshot(&shot_name(site, "2-connect")).await;

        // 1. The owner clicks Deny on WooCommerce's page.
        app.wait_for("#authorize", 5).await.click().await.unwrap();
        let link = app.approval_link().await;
        assert!(
            link.starts_with(&format!("{}wc-auth/v1/authorize?", site.url)),
            "{link}"
        );
        let mut browser = a.browser(site);
        let screen = log_in(&mut browser, &link, &site.admin_user, &site.admin_password)
            .await
            .unwrap_or_else(|p| {
                panic!(
                    "{}: no approval screen ({}):\n{}",
                    site.label,
                    p.status,
                    visible_text(&p.body)
                )
            });
        app.screenshot(&shot_name(site, "3-waiting")).await;
        // Deny is a plain link to the app's return address with success=0: the relay's page.
        assert!(screen.deny.contains("success=0"), "{}", screen.deny);
        let denied = click(&mut browser, &screen.deny).await;
        assert!(
            denied.status == 200 && denied.text.contains("You declined the connection"),
            "{denied:?}"
        );
        app.wait_for("[data-screen=results]", 60).await;
        app.wait_for(".finding[data-finding-id='connect.denied']", 5)
            .await;
        app.screenshot(&shot_name(site, "4-denied")).await;
        assert_eq!(
            app_keys(site, &dir).len(),
            before.len(),
            "Deny creates no key"
        );

        // 2. Again, and this time Approve.
        app.click("#try-again").await;
        app.wait_for("#authorize", 10).await.click().await.unwrap();
        let link = app.approval_link().await;
        // A browser whose WordPress session ended meanwhile: WooCommerce's login step again.
        let mut browser = a.browser(site);
        let screen = log_in(&mut browser, &link, &site.admin_user, &site.admin_password)
            .await
            .unwrap_or_else(|p| panic!("{}: no approval screen ({})", site.label, p.status));
        assert!(
            visible_text(&screen.body).contains("would like to connect to your store"),
            "{}",
            visible_text(&screen.body)
        );
        let approved = click(&mut browser, &screen.approve).await;
        assert_eq!(approved.status, 302, "{}: Approve → {approved:?}", site.label);
        assert_eq!(
            approved.return_page.as_ref().map(|p| p.0),
            Some(200),
            "{approved:?}"
        );

        app.wait_for("[data-screen=done]", 120).await;
        app.screenshot(&shot_name(site, "5-done")).await;
        assert_eq!(
            app.access("orders", "read").await.as_deref(),
            Some("yes"),
            "{}",
            app.page_text().await
        );

        // WooCommerce holds exactly one new key; the keyring holds its secret; the Done screen
        // names the key to revoke; no secret reached the page.
        let new: Vec<String> = app_keys(site, &dir)
            .into_iter()
            .filter(|k| !before.contains(k))
            .collect();
        assert_eq!(new.len(), 1, "one new WooCommerce key: {new:?}");
        assert!(new[0].contains(" read_write "), "{}", new[0]);
        let ending = new[0]
            .split(' ')
            .next()
            .unwrap_or_default()
            .trim_start_matches('…')
            .to_string();
        let secret = keyring_secret(&site.url);
        assert!(
            secret.contains("cs_") && secret.contains(&ending),
            "the delivered key (ending {ending}) is in the keyring"
        );
        assert!(
            app.text("#revoke-text").await.contains(&ending),
            "revoke names the key ending {ending}: {}",
            app.text("#revoke-text").await
        );
        let html = app.js("return document.documentElement.outerHTML").await;
        assert!(
            !html.as_str().unwrap_or_default().contains("cs_"),
            "no secret reached the page"
        );

        // 3. Re-check from the welcome screen signs in with the saved key.
        app.click("#done-home").await;
        let card = format!(".store-card[data-url='{}']", site.url);
        app.wait_for(&card, 10).await;
        app.screenshot(&shot_name(site, "6-saved")).await;
        app.click_until(
            &format!("{card} button[data-action=recheck]"),
            "[data-screen=results]",
            90,
        )
        .await;
        assert_eq!(
            app.verdict().await,
            "healthy",
            "the saved key signs in:\n{}",
            app.page_text().await
        );
        let auth = app
            .js("return [...document.querySelectorAll(\".finding[data-finding-id^='auth.']\")].length + document.querySelectorAll('#keys-stopped').length")
            .await;
        assert_eq!(auth, Value::from(0), "{}", app.page_text().await);
        app.stop().await;
    });
    let _ = std::fs::remove_file(plugin);
}
