//! `handshake connect URL`: the connect flow in a terminal.

use std::io::IsTerminal;
use std::sync::Arc;
use std::time::Duration;

use handshake_connect::flow::{self, ConnectEvent, ConnectOptions, ConnectOutcome, EventSink};
use handshake_connect::saved::SavedStores;
use handshake_connect::{revoke, store_messages};
use handshake_engine::{
    safe_text, Access, AccessRow, Credentials, Outcome, ProgressEvent, StoreUrl, Trust,
};
use handshake_l10n::{t, Lang};

use crate::args::ConnectArgs;
use crate::doctor;
use crate::exit;
use crate::progress::mark;
use crate::render;

pub async fn run(args: ConnectArgs) -> u8 {
    let store = match StoreUrl::parse(&args.store_url) {
        Ok(s) => s,
        Err(e) => return exit::bad_input(e.message_in(crate::lang::get())),
    };
    let opts = match doctor::options(store.clone(), &args.common, Trust::system()) {
        Ok(o) => o,
        Err(code) => return code,
    };
    if let Some(text) = &args.explain {
        let relay = args
            .relay
            .clone()
            .or(option_env!("HANDSHAKE_DEFAULT_RELAY_URL")
                .filter(|u| !u.trim().is_empty())
                .map(str::to_string));
        return explain(
            text,
            &store,
            &opts.profile,
            relay.as_deref(),
            args.common.json,
        );
    }
    let saved = match SavedStores::open_default() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("handshake: {}", e.message_in(opts.lang));
            return exit::TOOL_FAILED;
        }
    };
    let events = printer(args.common.json, args.no_browser);

    let env_app_password = std::env::var_os("HANDSHAKE_WP_APP_PASSWORD").is_some();
    let outcome = if args.app_password && !env_app_password {
        // WordPress's own approval screen; the password comes back to a listener on loopback.
        let approval =
            match handshake_connect::app_password::start(&store, &opts.profile.name).await {
                Ok(a) => a,
                Err(e) => {
                    eprintln!("handshake: {e}");
                    return exit::TOOL_FAILED;
                }
            };
        events(ConnectEvent::AuthorizeUrl(approval.link.to_string()));
        if !args.no_browser {
            let _ = open::that_detached(approval.link.as_str());
        }
        let creds = match approval
            .wait(Duration::from_secs(args.wait.clamp(1, 60) * 60))
            .await
        {
            Ok(c) => c,
            Err(e) => {
                eprintln!("handshake: {e}");
                return exit::PROBLEMS;
            }
        };
        flow::verify_and_save(&opts, &store, creds, None, &events, &saved).await
    } else if args.existing_keys || args.app_password {
        let creds = match pasted_credentials(args.app_password) {
            Ok(c) => c,
            Err(code) => return code,
        };
        if !args.common.json {
            println!(
                "{}",
                t!(opts.lang, "cli-connect-checking-credentials", "store" => store.to_string())
            );
        }
        flow::verify_and_save(&opts, &store, creds, None, &events, &saved).await
    } else {
        // The build's default relay (HANDSHAKE_DEFAULT_RELAY_URL at compile time, as for the wizard).
        let default_relay =
            option_env!("HANDSHAKE_DEFAULT_RELAY_URL").filter(|u| !u.trim().is_empty());
        let Some(relay) = args
            .relay
            .clone()
            .filter(|u| !u.trim().is_empty())
            .or(default_relay.map(str::to_string))
        else {
            return exit::bad_input(t!(
                opts.lang,
                "cli-connect-no-relay",
                "flag" => "--relay URL",
                "variable" => "HANDSHAKE_RELAY_URL",
                "other" => "--existing-keys"
            ));
        };
        if !args.common.json {
            println!(
                "{}",
                t!(opts.lang, "cli-connecting", "store" => store.to_string())
            );
        }
        let connect_opts = ConnectOptions {
            diagnose: opts.clone(),
            relay_url: relay,
            relay_ca_pem: args
                .common
                .ca_cert
                .as_ref()
                .and_then(|p| std::fs::read_to_string(p).ok()),
            open_browser: !args.no_browser,
            approval_timeout: Duration::from_secs(args.wait.clamp(1, 60) * 60),
        };
        flow::connect(connect_opts, events, &saved).await
    };
    let outcome = match outcome {
        Ok(o) => o,
        Err(flow::ConnectError::BadRelay(e)) => return exit::bad_input(format!("relay: {e}")),
        Err(e) => {
            let message = match &e {
                flow::ConnectError::Engine(e) => e.message_in(crate::lang::get()),
                flow::ConnectError::Vault(e) => e.message_in(crate::lang::get()),
                flow::ConnectError::Saved(e) => e.message_in(crate::lang::get()),
                other => other.to_string(),
            };
            eprintln!("handshake: {message}");
            return exit::TOOL_FAILED;
        }
    };
    print_outcome(&outcome, &store, args.common.json)
}

fn print_outcome(outcome: &ConnectOutcome, store: &StoreUrl, json: bool) -> u8 {
    let report = outcome.report();
    let lang = report.lang;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report.sanitised()).unwrap_or_default()
        );
    } else {
        match outcome {
            ConnectOutcome::Connected {
                saved, replaced, ..
            } => {
                // The hint and permissions arrived in the store's callback: its words, escaped.
                let permissions = match saved.key_permissions.as_deref() {
                    Some(p) => safe_text::line(p).into_owned(),
                    None => t!(lang, "cli-connect-permissions-checked"),
                };
                println!(
                    "\n{}",
                    t!(
                        lang,
                        "cli-connect-connected",
                        "key" => safe_text::line(saved.key_hint.as_deref().unwrap_or("")).into_owned(),
                        "permissions" => permissions
                    )
                );
                println!("{}", access_summary(report, lang));
                if let Some(old) = replaced.as_ref().filter(|o| o.key_hint != saved.key_hint) {
                    let replaced = match old.key_hint.as_deref() {
                        Some(h) => t!(lang, "cli-connect-replaced-key", "key" => h),
                        None => t!(lang, "cli-connect-replaced"),
                    };
                    println!(
                        "{replaced} {}",
                        revoke::instructions_in(
                            store,
                            &old.auth_kind,
                            old.key_hint.as_deref(),
                            lang
                        )
                    );
                }
            }
            ConnectOutcome::Blocked { .. } => {
                println!("\n{}", t!(lang, "cli-connect-blocked"))
            }
            ConnectOutcome::Failed { .. }
            | ConnectOutcome::Rejected { .. }
            | ConnectOutcome::Unreachable { .. } => {
                println!("\n{}", t!(lang, "cli-connect-failed"))
            }
        }
        print!("{}", render::human::render(report, render::human::width()));
        if let Some(other) = &report.redirects_to {
            println!(
                "\n{}\n  handshake connect {other}",
                t!(lang, "cli-connect-answers-elsewhere", "other" => other.as_str())
            );
        }
    }
    match outcome {
        ConnectOutcome::Connected { .. } if !report.has_errors() => exit::OK,
        _ => exit::PROBLEMS,
    }
}

/// "Can read orders, products; can write orders, products", from the report's access matrix.
fn access_summary(report: &handshake_engine::Report, lang: Lang) -> String {
    let rows = report.access();
    let list = |side: fn(&AccessRow) -> Access| {
        rows.iter()
            .filter(|r| side(r) == Access::Yes)
            .map(|r| r.resource.as_str())
            .collect::<Vec<_>>()
    };
    let (reads, writes) = (list(|r| r.read), list(|r| r.write));
    // Resource names are the API's own words (orders, products): values, never translated.
    match (reads.is_empty(), writes.is_empty()) {
        (true, true) => t!(lang, "cli-connect-verified"),
        (false, true) => t!(lang, "cli-connect-verified-read", "read" => reads.join(", ")),
        (true, false) => t!(lang, "cli-connect-verified-write", "write" => writes.join(", ")),
        (false, false) => t!(
            lang,
            "cli-connect-verified-read-write",
            "read" => reads.join(", "),
            "write" => writes.join(", ")
        ),
    }
}

fn explain(
    text: &str,
    store: &StoreUrl,
    profile: &handshake_engine::Profile,
    relay: Option<&str>,
    json: bool,
) -> u8 {
    // The same explanation the wizard gives (handshake_connect::store_messages::explain).
    let lang = crate::lang::get();
    let Some(explained) = store_messages::explain_in(text, store, profile, relay, lang) else {
        eprintln!("handshake: {}", t!(lang, "cli-explain-unknown"));
        for m in store_messages::known() {
            eprintln!("  {}", m.shown_as);
        }
        return exit::BAD_INPUT;
    };
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&explained.finding).unwrap_or_default()
        );
    } else {
        println!("{}\n", explained.message.meaning_in(lang));
        let mut report = store_messages::report(store, explained.finding);
        report.lang = lang;
        let text = render::human::render(&report, render::human::width());
        let checked = render::human::checked_line(&report);
        // Skip the verdict and timing lines: this is an explanation, not a check.
        for line in text.lines().skip(3).take_while(|l| *l != checked) {
            println!("{line}");
        }
    }
    exit::PROBLEMS
}

fn pasted_credentials(app_password: bool) -> Result<Credentials, u8> {
    let lang = crate::lang::get();
    let from_env = Credentials::from_env().map_err(|e| exit::bad_input(e.message_in(lang)))?;
    if app_password {
        if from_env.app_password.is_some() {
            return Ok(Credentials {
                woo: None,
                app_password: from_env.app_password,
            });
        }
        return Err(exit::bad_input(t!(
            crate::lang::get(),
            "cli-connect-set-app-password",
            "user" => "HANDSHAKE_WP_USER",
            "password" => "HANDSHAKE_WP_APP_PASSWORD"
        )));
    }
    if from_env.woo.is_some() {
        return Ok(Credentials {
            woo: from_env.woo,
            app_password: None,
        });
    }
    if !std::io::stdin().is_terminal() {
        return Err(exit::bad_input(t!(
            crate::lang::get(),
            "cli-connect-set-keys",
            "key" => "HANDSHAKE_CONSUMER_KEY",
            "secret" => "HANDSHAKE_CONSUMER_SECRET"
        )));
    }
    let key = prompt(
        &t!(lang, "cli-connect-prompt-key", "shape" => "ck_…"),
        false,
    )
    .map_err(exit::bad_input)?;
    let secret = prompt(
        &t!(lang, "cli-connect-prompt-secret", "shape" => "cs_…"),
        true,
    )
    .map_err(exit::bad_input)?;
    let woo = handshake_engine::WooKeys::new(&key, &secret)
        .map_err(|e| exit::bad_input(e.message_in(lang)))?;
    Ok(Credentials {
        woo: Some(woo),
        app_password: None,
    })
}

/// Reads one line from the terminal; the secret prompt turns echo off with `stty` where available.
fn prompt(label: &str, hide: bool) -> Result<String, String> {
    use std::io::Write;
    eprint!("{label} ");
    let _ = std::io::stderr().flush();
    if hide {
        let _ = std::process::Command::new("stty")
            .arg("-echo")
            .stdin(std::process::Stdio::inherit())
            .status();
    }
    let mut line = String::new();
    let read = std::io::stdin().read_line(&mut line);
    if hide {
        let _ = std::process::Command::new("stty")
            .arg("echo")
            .stdin(std::process::Stdio::inherit())
            .status();
        eprintln!();
    }
    read.map_err(|e| e.to_string())?;
    Ok(line.trim().to_string())
}

fn printer(json: bool, no_browser: bool) -> EventSink {
    let lang = crate::lang::get();
    Arc::new(move |event| match event {
        ConnectEvent::AuthorizeUrl(url) => {
            if no_browser {
                eprintln!("authorize: {url}");
            } else if !json {
                println!(
                    "\n{}\n  {url}\n{}",
                    t!(lang, "cli-connect-browser-opens"),
                    t!(lang, "cli-connect-approve")
                );
            }
        }
        ConnectEvent::BrowserNotOpened(why) if !json => {
            println!(
                "{}",
                t!(
                    lang,
                    "cli-connect-no-browser",
                    "error" => safe_text::line(&why).into_owned()
                )
            );
        }
        _ if json => {}
        ConnectEvent::Preflight(ProgressEvent::Finished {
            label,
            outcome,
            summary,
            ..
        })
        | ConnectEvent::Verifying(ProgressEvent::Finished {
            label,
            outcome,
            summary,
            ..
        }) if outcome != Outcome::Pass => {
            println!(
                "  {} {} — {}",
                mark(outcome),
                safe_text::line(&label),
                safe_text::line(&summary)
            );
        }
        // A reminder every half minute or so, not a line per poll.
        ConnectEvent::Waiting { status, waited } if waited.as_secs() % 30 < 5 => {
            println!("  … {} ({} s)", safe_text::line(&status), waited.as_secs());
        }
        // Hint and permissions come from the store's callback: escaped like all store text.
        ConnectEvent::KeysReceived {
            key_hint,
            permissions,
        } => println!(
            "{}",
            t!(
                lang,
                "cli-connect-key-received",
                "key" => safe_text::line(&key_hint).into_owned(),
                "permissions" => safe_text::line(&permissions).into_owned()
            )
        ),
        ConnectEvent::Saved { store } => println!(
            "{}",
            t!(lang, "cli-connect-saved", "store" => store.to_string())
        ),
        _ => {}
    })
}
