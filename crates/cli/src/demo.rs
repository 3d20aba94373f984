//! `handshake demo`: a scenario store on loopback, diagnosed like a real one. What a newcomer runs
//! first, and what support staff use to show a fault and its fix.

use handshake_demo as demo_store;
use handshake_engine::{AppPassword, Credentials, StoreUrl, Trust, WooKeys};
use handshake_l10n::t;
use handshake_render::Format;

use crate::args::DemoArgs;
use crate::doctor;
use crate::exit;

/// The demo store's host name for scenarios that need one (a www. form), resolved to 127.0.0.1.
const DEMO_HOST: &str = "shop.test";
const DEMO_WWW_HOST: &str = "www.shop.test";
/// Scenarios that cannot be shown on a bare IP address.
const NAMED_SCENARIOS: &[&str] = &["www-redirect"];

/// "Try another fault: handshake demo --list, then handshake demo --scenario NAME"
pub fn try_another(lang: handshake_l10n::Lang) -> String {
    t!(
        lang,
        "cli-demo-try-another",
        "list" => "handshake demo --list",
        "command" => "handshake demo --scenario NAME"
    )
}

pub async fn run(args: DemoArgs) -> u8 {
    let lang = crate::lang::get();
    if let Some(path) = &args.report.output {
        if let Err(code) = crate::render::check_output(path, lang) {
            return code;
        }
    }
    // The demo's own lines frame a report a person reads; a document on stdout stands alone.
    let framed =
        args.report.format(args.common.json) == Format::Human || args.report.output.is_some();
    if args.list {
        println!(
            "{}",
            t!(lang, "cli-demo-list-heading", "command" => "handshake demo --scenario NAME")
        );
        for s in demo_store::scenarios() {
            println!("  {:<28} {}", s.name, s.summary_in(lang));
        }
        return exit::OK;
    }
    if !demo_store::scenarios()
        .iter()
        .any(|s| s.name == args.scenario)
    {
        return exit::bad_input(t!(
            lang,
            "cli-demo-unknown-scenario",
            "scenario" => format!("{:?}", args.scenario),
            "command" => "handshake demo --list"
        ));
    }
    // The authorization scenarios show only in the connect flow: run it, with a demo relay.
    if crate::demo_connect::CONNECT_SCENARIOS.contains(&args.scenario.as_str()) {
        let summary = demo_store::scenarios()
            .iter()
            .find(|s| s.name == args.scenario)
            .map(|s| s.summary)
            .unwrap_or("");
        return crate::demo_connect::run(&args, summary).await;
    }
    // Loopback, any free port, TLS with a certificate made at start.
    let store = match demo_store::start(demo_store::StoreOptions::new(&args.scenario)).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "handshake: {}",
                t!(lang, "cli-demo-cannot-start", "error" => e.to_string())
            );
            return exit::TOOL_FAILED;
        }
    };
    let trust = match store.ca_pem() {
        Some(pem) => match Trust::from_pem(pem, "the demo store's CA") {
            Ok(t) => t,
            Err(e) => {
                eprintln!("handshake: {e}");
                return exit::TOOL_FAILED;
            }
        },
        None => Trust::system(),
    };
    // A www redirect needs a host name with a www. form: the demo names the store shop.test and
    // resolves it (and www.shop.test) to the loopback address itself; the certificate covers both.
    let named = NAMED_SCENARIOS.contains(&args.scenario.as_str());
    let store_url = if named {
        let mut u = store.url().clone();
        let _ = u.set_host(Some(DEMO_HOST));
        u
    } else {
        store.url().clone()
    };
    let url = match StoreUrl::parse(store_url.as_str()) {
        Ok(u) => u,
        Err(e) => {
            eprintln!(
                "handshake: {}",
                t!(lang, "cli-demo-bad-url", "error" => e.to_string())
            );
            return exit::TOOL_FAILED;
        }
    };
    let mut opts = match doctor::options(url, &args.common, trust) {
        Ok(o) => o,
        Err(code) => return code,
    };
    // The demo store lives on loopback: no DNS query leaves the machine.
    opts.offline_dns = true;
    // The clerk's key can read orders and products; what it lacks shows only for an app that needs
    // every resource (unless the user chose a profile).
    if args.scenario == "missing-capability"
        && args.common.profile.is_none()
        && args.common.app.is_none()
    {
        opts.profile.resources = handshake_engine::Resource::ALL.to_vec();
    }
    // These scenarios are about an app that still calls the Legacy REST API (`legacy_api = true`).
    if args.scenario.starts_with("legacy-api") {
        opts.profile.legacy_api = true;
    }
    if named {
        for host in [DEMO_HOST, DEMO_WWW_HOST] {
            opts.resolve
                .entry(host.to_string())
                .or_default()
                .push(std::net::IpAddr::from([127, 0, 0, 1]));
        }
    }
    if !args.no_credentials {
        opts.credentials = Credentials {
            woo: WooKeys::new(
                demo_store::TEST_CONSUMER_KEY,
                demo_store::TEST_CONSUMER_SECRET,
            )
            .ok(),
            app_password: AppPassword::new(
                demo_store::TEST_WP_USER,
                demo_store::TEST_WP_APP_PASSWORD,
            )
            .ok(),
        };
    }
    if framed {
        let summary = demo_store::scenarios()
            .iter()
            .find(|s| s.name == args.scenario)
            .map(|s| s.summary_in(lang))
            .unwrap_or_default();
        println!(
            "{}",
            t!(
                lang,
                "cli-demo-store",
                "scenario" => args.scenario.as_str(),
                "summary" => summary
            )
        );
        println!("{}\n", t!(lang, "cli-demo-local"));
    }
    let code = doctor::run_and_print(opts, &args.common, &args.report).await;
    if framed {
        println!("\n{}", try_another(lang));
    }
    store.shutdown().await;
    code
}
