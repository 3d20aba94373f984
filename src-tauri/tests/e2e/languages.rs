//! Languages: the switch in the header turns every screen into German or Spanish (the one on show
//! too) and is remembered; under the pseudo-locale no plain English word of ours is left on the main
//! screens, which is how a word that bypasses crates/l10n is caught.

use std::collections::BTreeSet;

use handshake_demo as demo_store;

use crate::harness::{App, Launch};

/// An English system, so the first screen is English until the owner switches.
fn english_system(extra: &[(&str, &str)]) -> Launch {
    let mut env = vec![
        ("LC_ALL".to_string(), "en_US.UTF-8".to_string()),
        ("LANG".to_string(), "en_US.UTF-8".to_string()),
        ("LANGUAGE".to_string(), "en_US".to_string()),
    ];
    env.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    Launch { args: vec![], env }
}

async fn switch_to(app: &App, code: &str, heading: &str) {
    app.find("#language")
        .await
        .select_by_value(code)
        .await
        .unwrap_or_else(|e| panic!("language {code}: {e}"));
    let expr = format!(
        "document.documentElement.lang === '{code}' && document.querySelector('h1').textContent.includes({})",
        serde_json::to_string(heading).unwrap()
    );
    app.until(&format!("the screen speaks {code}"), &expr, 10)
        .await;
}

async fn h1(app: &App) -> String {
    app.text("h1").await
}

/// Welcome, address, results and connect in German, then Spanish; the results screen changes
/// language while it is on show, every check runs in the language on show, and the choice is kept
/// in the config folder.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn german_and_spanish_on_every_screen() {
    // A healthy store of our own (for results that offer Connect), besides the demo store.
    let store = demo_store::start(demo_store::StoreOptions::new("healthy"))
        .await
        .expect("scenario store");
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), store.ca_pem().expect("self-signed CA")).unwrap();
    let url = store.url().to_string();
    let mut launch = english_system(&[]);
    launch.args = vec!["--ca-cert".into(), ca.path().display().to_string()];
    let app = App::start(launch).await;
    app.until(
        "scenarios loaded",
        "document.querySelectorAll('#scenario option').length > 10",
        10,
    )
    .await;
    assert_eq!(h1(&app).await, "Connect your WooCommerce store");

    // German, switched on the welcome screen itself.
    switch_to(&app, "de", "Verbinden Sie Ihren WooCommerce-Shop").await;
    assert_eq!(app.text("#connect-store").await, "Shop verbinden");
    assert_eq!(app.text("#try-demo").await, "Demo-Shop ausprobieren");
    assert_eq!(
        app.value("#language").await.as_deref(),
        Some("de"),
        "the switch shows the language on screen"
    );
    app.until(
        "scenarios loaded again",
        "document.querySelectorAll('#scenario option').length > 10",
        10,
    )
    .await;
    let healthy = app
        .js("return document.querySelector('#scenario option[value=healthy]').textContent")
        .await;
    assert_eq!(healthy, "Kein Problem (ein gesunder Shop)");
    app.screenshot("de-01-welcome").await;
    app.check_accessibility("welcome (German)").await;

    app.click("#connect-store").await;
    app.wait_for("[data-screen=url]", 5).await;
    assert_eq!(h1(&app).await, "Welcher Shop?");
    app.type_into("#store-url", "shop.example.com").await;
    app.until(
        "the address is checked as it is typed",
        "document.body.innerText.includes('Wir prüfen https://shop.example.com')",
        5,
    )
    .await;
    app.screenshot("de-02-url").await;
    app.check_accessibility("store address (German)").await;

    // The demo store with a problem: results in German, and the engine asked in German.
    app.click("#url-back").await;
    app.wait_for("[data-screen=welcome]", 5).await;
    app.start_demo("cloudflare-block").await;
    app.wait_for("[data-screen=results]", 30).await;
    assert_eq!(app.verdict().await, "problems");
    let title = h1(&app).await;
    assert!(
        title.starts_with("Probleme bei ") && title.ends_with(" gefunden"),
        "{title}"
    );
    assert_eq!(app.text("#export-title").await, "Diesen Bericht speichern");
    assert_eq!(app.text("#check-again").await, "Erneut prüfen");
    assert!(
        app.page_text()
            .await
            .contains("Dies ist der Demo-Shop mit dem Problem „Cloudflare blockiert die API“."),
        "{}",
        app.page_text().await
    );
    app.screenshot("de-06-results-problems").await;
    app.check_accessibility("results (German)").await;
    let path = super::export(&app, "#export-json").await;
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(report["lang"], "de", "the engine was asked in German");

    // A store the owner names: healthy, and Connect leads on.
    app.click("#results-home").await;
    app.wait_for("[data-screen=welcome]", 5).await;
    app.click("#connect-store").await;
    app.wait_for("[data-screen=url]", 5).await;
    app.type_into("#store-url", &url).await;
    app.click("#url-continue").await;
    app.wait_for("[data-screen=results]", 30).await;
    assert_eq!(app.verdict().await, "healthy", "{}", app.page_text().await);
    let title = h1(&app).await;
    assert!(title.ends_with(" ist bereit zum Verbinden"), "{title}");
    app.screenshot("de-05-results-healthy").await;
    app.click("#go-connect").await;
    app.wait_for("[data-screen=connect]", 5).await;
    let title = h1(&app).await;
    assert!(title.ends_with(" verbinden"), "{title}");
    assert_eq!(app.text("#authorize").await, "Im Browser freigeben");
    app.screenshot("de-08-connect").await;
    app.check_accessibility("connect (German)").await;

    // Spanish, switched while the connect screen is on show.
    switch_to(&app, "es", "Conectar ").await;
    assert_eq!(app.text("#authorize").await, "Autorizar en el navegador");
    app.screenshot("es-08-connect").await;
    app.check_accessibility("connect (Spanish)").await;
    app.click("#connect-back").await;
    app.wait_for("[data-screen=welcome]", 5).await;
    assert_eq!(h1(&app).await, "Conecte su tienda WooCommerce");
    app.until(
        "scenarios loaded",
        "document.querySelectorAll('#scenario option').length > 10",
        10,
    )
    .await;
    app.screenshot("es-01-welcome").await;
    app.click("#connect-store").await;
    app.wait_for("[data-screen=url]", 5).await;
    assert_eq!(h1(&app).await, "¿Qué tienda?");
    app.type_into("#store-url", "shop.example.com").await;
    app.until(
        "the address is checked as it is typed",
        "document.body.innerText.includes('Revisaremos https://shop.example.com')",
        5,
    )
    .await;
    app.screenshot("es-02-url").await;
    app.check_accessibility("store address (Spanish)").await;

    app.click("#url-back").await;
    app.wait_for("[data-screen=welcome]", 5).await;
    app.start_demo("cloudflare-block").await;
    app.wait_for("[data-screen=results]", 30).await;
    app.wait_for(".finding[data-finding-id='waf.cloudflare']", 5)
        .await;
    let title = h1(&app).await;
    assert!(title.starts_with("Problemas encontrados en "), "{title}");
    assert_eq!(app.text("#export-title").await, "Guardar este informe");
    assert_eq!(app.text("#check-again").await, "Revisar de nuevo");
    app.screenshot("es-06-results-problems").await;
    app.check_accessibility("results (Spanish)").await;
    let path = super::export(&app, "#export-json").await;
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(report["lang"], "es", "the engine was asked in Spanish");

    // Switched back to German while the results are on show: the screen is shown again.
    switch_to(&app, "de", "Probleme bei ").await;
    assert_eq!(app.text("#check-again").await, "Erneut prüfen");

    // Remembered in the config folder (not the keyring), for the next start.
    let settings = std::fs::read_to_string(app.config_dir().join("settings.json"))
        .expect("settings.json in the config folder");
    let settings: serde_json::Value = serde_json::from_str(&settings).unwrap();
    assert_eq!(settings["lang"], "de");
    app.stop().await;
    store.shutdown().await;
}

/// Where visible text is not ours to translate. Values stay as they are in every language; engine
/// text comes from catalog areas that are converted one by one: each of those entries must still
/// hold plain English (the test says when one can go), so the list only shrinks.
const VALUES: &[(&str, &str)] = &[
    // Each language's own name ("English", "Deutsch", "Español").
    ("#language", "language names"),
    // Pasted code (a Cloudflare expression): never translated.
    (".fix-text", "fix text to paste"),
    // Probe ids (site.home, rest.index) in the list of every check.
    (".all-checks td code", "probe ids"),
];
const NOT_YET_CONVERTED: &[(&str, &str)] = &[];

/// Names of products and standards: values in every language ("Cloudflare's firewall" reaches a
/// sentence as a value).
const NAMES: &[&str] = &[
    "handshake",
    "woocommerce",
    "wordpress",
    "cloudflare",
    "sucuri",
    "wordfence",
    "modsecurity",
    "akamai",
    "siteground",
    "imunify",
    "nginx",
    "php",
    "rest",
    "api",
    "json",
    "markdown",
    "gnome",
    "keyring",
    "kwallet",
    "macos",
    "windows",
    "http",
    "https",
    "ssl",
    "htaccess",
    "captcha",
];

/// Our English words: every word of the wizard's English messages (values and names left out).
fn our_words() -> BTreeSet<String> {
    let ftl = include_str!("../../../crates/l10n/locales/en/wizard.ftl");
    let mut words = BTreeSet::new();
    for line in ftl.lines().filter(|l| !l.starts_with('#')) {
        let text = line.split_once(" = ").map(|(_, v)| v).unwrap_or(line);
        let mut without_values = String::new();
        let mut depth = 0;
        for c in text.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => without_values.push(c),
                _ => {}
            }
        }
        for word in without_values.split(|c: char| !c.is_ascii_alphabetic()) {
            if word.len() >= 3 && !NAMES.contains(&word.to_lowercase().as_str()) {
                words.insert(word.to_lowercase());
            }
        }
    }
    words
}

/// Plain English words of ours in a text (pseudo-localised words are not ASCII). Web addresses
/// (the store's, as the owner typed it) and code are values.
fn plain_words(text: &str, ours: &BTreeSet<String>) -> Vec<String> {
    text.split_whitespace()
        // Addresses, paths and parameters (`?rest_route=`, `/wp-json/`) are code, never words.
        .filter(|w| !w.contains("://") && !w.contains(['_', '=', '/']))
        // Host names and versions (www.shop.test, 6.6.1) are values: a dot inside the word.
        .filter(|w| {
            !w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .contains('.')
        })
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
        .filter(|w| ours.contains(&w.to_lowercase()))
        .map(str::to_string)
        .collect()
}

/// The visible text of the screen with the listed elements hidden.
async fn visible_text_without(app: &App, selectors: &[&str]) -> String {
    let list = serde_json::to_string(selectors).unwrap();
    let script = format!(
        "const hidden = []; for (const s of {list}) for (const e of document.querySelectorAll(s)) \
         {{ hidden.push([e, e.style.display]); e.style.display = 'none'; }} \
         const text = document.body.innerText; for (const [e, d] of hidden) e.style.display = d; \
         return text + '\\n' + document.title;"
    );
    app.js(&script)
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn no_plain_english(app: &App, screen: &str, ours: &BTreeSet<String>) {
    let mut all: Vec<&str> = VALUES.iter().map(|(s, _)| *s).collect();
    all.extend(NOT_YET_CONVERTED.iter().map(|(s, _)| *s));
    let text = visible_text_without(app, &all).await;
    let found = plain_words(&text, ours);
    assert!(
        found.is_empty(),
        "plain English on the {screen} screen under the pseudo-locale: {found:?}\n{text}"
    );
    // An exclusion whose text is no longer plain English is done: it must leave the list.
    for (selector, what) in NOT_YET_CONVERTED {
        let texts = app
            .js(&format!(
                "return [...document.querySelectorAll({})].map((e) => e.innerText).join('\\n')",
                serde_json::to_string(selector).unwrap()
            ))
            .await;
        let texts = texts.as_str().unwrap_or_default();
        if !texts.trim().is_empty() {
            assert!(
                !plain_words(texts, ours).is_empty(),
                "{what} ({selector}) is translated now: remove it from NOT_YET_CONVERTED\n{texts}"
            );
        }
    }
}

/// The pseudo-locale (HANDSHAKE_LANG=en-XA): welcome, address, results and connect hold no plain
/// English word of ours outside values and the listed, not yet converted engine text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pseudo_locale_leaves_no_plain_english() {
    let ours = our_words();
    assert!(ours.contains("store") && ours.contains("check"), "{ours:?}");
    let store = demo_store::start(demo_store::StoreOptions::new("healthy"))
        .await
        .expect("scenario store");
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), store.ca_pem().expect("self-signed CA")).unwrap();
    let mut launch = english_system(&[("HANDSHAKE_LANG", "en-XA")]);
    launch.args = vec!["--ca-cert".into(), ca.path().display().to_string()];
    let app = App::start(launch).await;
    app.until(
        "scenarios loaded",
        "document.querySelectorAll('#scenario option').length > 10",
        10,
    )
    .await;
    assert_eq!(
        app.js("return document.documentElement.lang").await,
        "en-XA"
    );
    no_plain_english(&app, "welcome", &ours).await;

    app.click("#connect-store").await;
    app.wait_for("[data-screen=url]", 5).await;
    app.type_into("#store-url", "http://shop.example.com").await;
    app.until(
        "the address is checked as it is typed",
        "document.body.innerText.includes('http://shop.example.com')",
        5,
    )
    .await;
    no_plain_english(&app, "store address", &ours).await;
    app.click("#url-back").await;
    app.wait_for("[data-screen=welcome]", 5).await;

    // A store that drips its answers keeps the check's progress on screen.
    app.start_demo("slow-drip").await;
    app.wait_for("[data-screen=progress]", 10).await;
    app.until(
        "probes appear as they run",
        "document.querySelectorAll('#probe-list li[data-outcome=pass]').length >= 2",
        15,
    )
    .await;
    no_plain_english(&app, "check progress", &ours).await;
    app.click("#cancel-check").await;
    app.wait_for("[data-screen=welcome]", 5).await;

    app.start_demo("cloudflare-block").await;
    app.wait_for("[data-screen=results]", 30).await;
    app.wait_for(".finding[data-finding-id='waf.cloudflare']", 5)
        .await;
    no_plain_english(&app, "results", &ours).await;
    // The list of every check, opened.
    app.js("document.querySelector('details.all-checks').open = true; return true")
        .await;
    no_plain_english(&app, "results (all checks)", &ours).await;

    // A store the owner names: healthy results, then Connect.
    app.click("#results-home").await;
    app.wait_for("[data-screen=welcome]", 5).await;
    app.click("#connect-store").await;
    app.wait_for("[data-screen=url]", 5).await;
    app.type_into("#store-url", store.url().as_str()).await;
    app.click("#url-continue").await;
    app.wait_for("[data-screen=results]", 30).await;
    assert_eq!(app.verdict().await, "healthy", "{}", app.page_text().await);
    no_plain_english(&app, "results (healthy)", &ours).await;
    app.click("#go-connect").await;
    app.wait_for("[data-screen=connect]", 5).await;
    no_plain_english(&app, "connect", &ours).await;
    app.stop().await;
    store.shutdown().await;
}
