//! `handshake demo` for the app-authorization scenarios (the owner denies, the store cannot send the
//! keys out, a plugin mangles the POST): their fault shows only in the connect flow. The demo runs
//! that flow in-process against the demo store and a demo relay on loopback, and plays the owner's
//! logged-in browser opening the approval link, so the report says what a real connect would.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use handshake_connect::flow::{self, ConnectEvent, ConnectOptions, ConnectOutcome, EventSink};
use handshake_connect::saved::SavedStores;
use handshake_demo as demo_store;
use handshake_engine::{StoreUrl, Trust};
use handshake_relay::{RelayConfig, TlsPem};

use handshake_l10n::t;
use handshake_render::Format;

use crate::args::DemoArgs;
use crate::{doctor, exit, render};

/// Scenarios whose fault is in the authorization, not in what a diagnosis can see.
pub const CONNECT_SCENARIOS: &[&str] = &["owner-denies", "outbound-blocked", "callback-mangled"];

/// How long the demo waits for the store's key POST after the approval (WooCommerce's own is 60 s;
/// the demo store answers at once, so a blocked POST shows as "never arrived" after this).
const APPROVAL_WAIT: Duration = Duration::from_secs(6);

/// Removes the demo's temporary files however the run ends.
struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub async fn run(args: &DemoArgs, summary: &str) -> u8 {
    match run_inner(args, summary).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!(
                "handshake: {}",
                handshake_l10n::t!(crate::lang::get(), "cli-demo-connect-failed", "error" => e)
            );
            exit::TOOL_FAILED
        }
    }
}

async fn run_inner(args: &DemoArgs, summary: &str) -> Result<u8, String> {
    let lang = crate::lang::get();
    let format = args.report.format(args.common.json);
    // stdout holds nothing but the document when a program reads it (JSON, Markdown, HTML).
    let json = args.report.output.is_none() && format != Format::Human;
    let dir = TempDir(std::env::temp_dir().join(format!(
        "handshake-demo-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default()
    )));
    std::fs::create_dir_all(&dir.0).map_err(|e| e.to_string())?;

    // The demo relay gets a certificate from its own CA; the store trusts that CA, as a real
    // WordPress trusts a public certificate.
    let cert =
        demo_store::kit::server_cert(&["localhost", "127.0.0.1"]).map_err(|e| e.to_string())?;
    let relay = handshake_relay::serve(RelayConfig {
        addr: "127.0.0.1:0".parse().expect("a loopback address"),
        tls: Some(TlsPem {
            cert_chain: cert.cert_pem.clone().into_bytes(),
            private_key: cert.key_pem.clone().into_bytes(),
        }),
        ..RelayConfig::default()
    })
    .await
    .map_err(|e| format!("the demo relay: {e}"))?;
    let ca_file = dir.0.join("relay-ca.pem");
    std::fs::write(&ca_file, &cert.ca_pem).map_err(|e| e.to_string())?;
    let mut store_opts = demo_store::StoreOptions::new(&args.scenario);
    // The store's admin approves as soon as the link opens (its "browser" is this demo).
    store_opts.auto_approve = true;
    store_opts.ca_cert = Some(ca_file);
    let store = demo_store::start(store_opts)
        .await
        .map_err(|e| format!("the demo store: {e}"))?;
    let store_ca = store.ca_pem().unwrap_or_default().to_string();

    let trust = Trust::from_pem(&store_ca, "the demo store's CA").map_err(|e| e.to_string())?;
    let url = StoreUrl::parse(store.url().as_str()).map_err(|e| e.to_string())?;
    let mut diagnose = match doctor::options(url, &args.common, trust) {
        Ok(o) => o,
        Err(code) => return Ok(code),
    };
    diagnose.offline_dns = true;

    if !json {
        println!(
            "{}",
            t!(
                lang,
                "cli-demo-store",
                "scenario" => args.scenario.as_str(),
                "summary" => summary
            )
        );
        println!("{}\n", t!(lang, "cli-demo-connect-local"));
        println!(
            "{}",
            t!(lang, "cli-connecting", "store" => diagnose.store.to_string())
        );
    }
    let link: Arc<Mutex<Option<String>>> = Arc::default();
    let seen = link.clone();
    let events: EventSink = Arc::new(move |e| {
        if let ConnectEvent::AuthorizeUrl(u) = e {
            if let Ok(mut l) = seen.lock() {
                *l = Some(u);
            }
        }
    });
    let opts = ConnectOptions {
        diagnose,
        relay_url: relay.url().to_string(),
        relay_ca_pem: Some(cert.ca_pem.clone()),
        open_browser: false,
        approval_timeout: APPROVAL_WAIT,
    };
    // Saved stores go to the demo's own folder, never the user's list.
    let saved = SavedStores::at(&dir.0);
    let flow = tokio::spawn(async move { flow::connect(opts, events, &saved).await });

    // The owner opens the link as soon as it is shown.
    let opened = loop {
        let shown = link.lock().ok().and_then(|l| l.clone());
        if let Some(u) = shown {
            break Some(u);
        }
        if flow.is_finished() {
            break None;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let mut browser_page = None;
    if let Some(u) = opened {
        if !json {
            println!("  ✓ {}", t!(lang, "cli-demo-link-shown"));
        }
        let client =
            demo_store::kit::browser(&[&store_ca, &cert.ca_pem]).map_err(|e| e.to_string())?;
        let page = client
            .get(&u)
            .header("cookie", demo_store::LOGGED_IN_COOKIE)
            .send()
            .await
            .map_err(|e| format!("opening the approval link: {e}"))?;
        browser_page = Some(page.status().as_u16());
    }
    let outcome = flow
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())?;
    relay.shutdown().await;
    store.shutdown().await;

    let report = outcome.report();
    if json {
        print!("{}", render::text(report, format));
    } else {
        if let Some(status) = browser_page {
            println!(
                "  ✓ {}\n",
                t!(lang, "cli-demo-browser-ended", "status" => status)
            );
        }
        let what = match &outcome {
            ConnectOutcome::Connected { .. } => "cli-demo-outcome-connected",
            ConnectOutcome::Blocked { .. } => "cli-demo-outcome-blocked",
            ConnectOutcome::Failed { .. }
            | ConnectOutcome::Rejected { .. }
            | ConnectOutcome::Unreachable { .. } => "cli-demo-outcome-failed",
        };
        println!("{}", t!(lang, what));
        match &args.report.output {
            Some(path) => {
                println!(
                    "\n{}",
                    handshake_render::words::verdict_line(report, report.lang)
                );
                if let Err(code) = render::save(report, format, path) {
                    return Ok(code);
                }
            }
            None => print!("{}", render::human(report)),
        }
        println!("\n{}", crate::demo::try_another(lang));
    }
    Ok(if report.has_errors() {
        exit::PROBLEMS
    } else {
        exit::OK
    })
}
