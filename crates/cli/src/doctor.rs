//! `handshake doctor URL`: diagnose a store and print the report.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;

use handshake_connect::vantage::{diagnose_from_both, RelayTarget};
use handshake_engine::net::resolve::Resolver;
use handshake_engine::{Credentials, DiagnoseOptions, Profile, StoreUrl, Trust};

use handshake_l10n::t;
use handshake_render::Format;

use crate::args::{CommonArgs, DoctorArgs, ReportArgs};
use crate::exit;
use crate::progress::Progress;
use crate::render;

pub async fn run(args: DoctorArgs) -> u8 {
    let lang = crate::lang::get();
    if let Some(path) = &args.report.output {
        if let Err(code) = render::check_output(path, lang) {
            return code;
        }
    }
    let store = match StoreUrl::parse(&args.store_url) {
        Ok(s) => s,
        Err(e) => {
            return exit::bad_input(format!(
                "{}\n  {}: handshake doctor shop.example.com",
                e.message_in(lang),
                t!(lang, "cli-example")
            ))
        }
    };
    let mut credentials = match Credentials::from_env() {
        Ok(c) => c,
        Err(e) => return exit::bad_input(e.message_in(lang)),
    };
    if args.keyring {
        if !credentials.is_empty() {
            return exit::bad_input(
                t!(lang, "cli-keyring-or-env", "flag" => "--keyring", "variables" => "HANDSHAKE_*"),
            );
        }
        match handshake_connect::vault::load(store.as_str()) {
            Ok(Some(c)) => credentials = c,
            Ok(None) => {
                return exit::bad_input(t!(
                    lang,
                    "cli-no-keys-in-keyring",
                    "store" => store.to_string(),
                    "command" => format!("handshake connect {store}")
                ))
            }
            Err(e) => {
                eprintln!("handshake: {}", e.message_in(lang));
                return exit::TOOL_FAILED;
            }
        }
    }
    let mut resolve: HashMap<String, Vec<IpAddr>> = HashMap::new();
    for spec in &args.resolve {
        match Resolver::parse_override(spec) {
            Ok((host, ip)) => resolve.entry(host).or_default().push(ip),
            Err(e) => return exit::bad_input(format!("--resolve {}", e.message_in(lang))),
        }
    }
    let mut opts = match options(store, &args.common, Trust::system()) {
        Ok(o) => o,
        Err(code) => return code,
    };
    opts.credentials = credentials;
    opts.resolve = resolve;
    let store_key = opts.store.to_string();
    let (code, report) = if args.host_email {
        crate::host_email::run(opts).await
    } else {
        let relay = args.relay.clone().map(|url| RelayTarget {
            url,
            ca_pem: args
                .common
                .ca_cert
                .as_ref()
                .and_then(|p| std::fs::read_to_string(p).ok()),
        });
        run_and_print_from(opts, &args.common, &args.report, relay).await
    };
    if let (true, Some(report)) = (args.keyring, report) {
        // Remember the outcome next to the saved store (no secrets in it).
        if let Ok(saved) = handshake_connect::saved::SavedStores::open_default() {
            let _ = saved.record_check(
                &store_key,
                &report.started_at,
                &format!("{:?}", report.verdict).to_lowercase(),
            );
            let summary = handshake_connect::watch::CheckSummary::of(&report);
            let _ = handshake_connect::watch::Watch::beside(&saved).record(&store_key, summary);
        }
    }
    code
}

/// Options shared by `doctor` and `demo`; an `Err` is the exit code after the message was printed.
pub fn options(
    store: StoreUrl,
    common: &CommonArgs,
    mut trust: Trust,
) -> Result<DiagnoseOptions, u8> {
    if !(1..=600).contains(&common.timeout) {
        return Err(exit::bad_input(
            t!(crate::lang::get(), "cli-timeout-range", "flag" => "--timeout"),
        ));
    }
    let profile =
        match (&common.profile, &common.app) {
            (Some(path), _) => Profile::load(path)
                .map_err(|e| exit::bad_input(e.message_in(crate::lang::get())))?,
            (None, Some(app)) => Profile::builtin(app)
                .map_err(|e| exit::bad_input(e.message_in(crate::lang::get())))?,
            (None, None) => Profile::default(),
        };
    if let Some(ca) = &common.ca_cert {
        trust
            .add_pem_file(ca)
            .map_err(|e| exit::bad_input(e.message_in(crate::lang::get())))?;
    }
    let mut opts = DiagnoseOptions::new(store);
    opts.lang = crate::lang::get();
    opts.profile = profile;
    opts.timeout = Duration::from_secs(common.timeout);
    opts.trust = trust;
    Ok(opts)
}

pub async fn run_and_print(opts: DiagnoseOptions, common: &CommonArgs, output: &ReportArgs) -> u8 {
    run_and_print_from(opts, common, output, None).await.0
}

/// The check from this computer and, with a relay, from the app's servers' side at the same time;
/// the report printed in the chosen form, or saved to `--output`.
pub async fn run_and_print_from(
    opts: DiagnoseOptions,
    common: &CommonArgs,
    output: &ReportArgs,
    relay: Option<RelayTarget>,
) -> (u8, Option<handshake_engine::Report>) {
    let format = output.format(common.json);
    // stdout holds nothing but the document when a program reads it (JSON, Markdown, HTML).
    let quiet = output.output.is_none() && format != Format::Human;
    let progress = Progress::new(quiet);
    if !quiet {
        println!(
            "{}",
            t!(opts.lang, "cli-checking", "store" => opts.store.to_string())
        );
    }
    let result = diagnose_from_both(opts, relay, progress.sink()).await;
    progress.finish();
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            eprintln!("handshake: {}", e.message_in(crate::lang::get()));
            return (exit::TOOL_FAILED, None);
        }
    };
    if let Some(path) = &output.output {
        println!(
            "\n{}",
            handshake_render::words::verdict_line(&report, report.lang)
        );
        if let Err(code) = render::save(&report, format, path) {
            return (code, Some(report));
        }
    } else {
        print!("{}", render::text(&report, format));
    }
    if let (true, Some(other)) = (format == Format::Human, &report.redirects_to) {
        // The CLI's way to confirm another address: the owner runs the check again with it.
        println!(
            "\n{}\n  handshake doctor {other}",
            t!(report.lang, "cli-store-answers-elsewhere", "other" => other.as_str())
        );
    }
    (
        if report.has_errors() {
            exit::PROBLEMS
        } else {
            exit::OK
        },
        Some(report),
    )
}
