//! `handshake connect URL`: the connect flow in a terminal.

use std::io::IsTerminal;
use std::sync::Arc;
use std::time::Duration;

use handshake_connect::flow::{self, ConnectEvent, ConnectOptions, ConnectOutcome, EventSink};
use handshake_connect::saved::SavedStores;
use handshake_connect::{revoke, store_messages};
use handshake_engine::{safe_text, Credentials, Outcome, ProgressEvent, StoreUrl, Trust};

use crate::args::ConnectArgs;
use crate::doctor;
use crate::exit;
use crate::progress::mark;
use crate::render;

pub async fn run(args: ConnectArgs) -> u8 {
    let store = match StoreUrl::parse(&args.store_url) {
        Ok(s) => s,
        Err(e) => return exit::bad_input(e),
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
            eprintln!("handshake: {e}");
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
        flow::verify_and_save(&opts, &store, creds, None, None, &events, &saved).await
    } else if args.existing_keys || args.app_password {
        let creds = match pasted_credentials(args.app_password) {
            Ok(c) => c,
            Err(code) => return code,
        };
        if !args.common.json {
            println!("Checking the credentials against {store} …");
        }
        flow::verify_and_save(&opts, &store, creds, None, None, &events, &saved).await
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
            return exit::bad_input("no relay given: pass --relay URL (or set HANDSHAKE_RELAY_URL), or use --existing-keys");
        };
        if !args.common.json {
            println!("Connecting {store} …");
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
            eprintln!("handshake: {e}");
            return exit::TOOL_FAILED;
        }
    };
    print_outcome(&outcome, &store, args.common.json)
}

fn print_outcome(outcome: &ConnectOutcome, store: &StoreUrl, json: bool) -> u8 {
    let report = outcome.report();
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
                println!(
                    "\nConnected. The key {} ({}) is saved in this computer's keyring.",
                    safe_text::line(saved.key_hint.as_deref().unwrap_or("")),
                    safe_text::line(saved.key_permissions.as_deref().unwrap_or("checked"))
                );
                println!("{}", access_summary(report));
                if let Some(old) = replaced.as_ref().filter(|o| o.key_hint != saved.key_hint) {
                    println!(
                        "This replaced the store's previous key{}. {}",
                        old.key_hint
                            .as_deref()
                            .map(|h| format!(" ({h})"))
                            .unwrap_or_default(),
                        revoke::instructions(store, &old.auth_kind, old.key_hint.as_deref())
                    );
                }
            }
            ConnectOutcome::Blocked { .. } => println!(
                "\nThe store must be fixed before it can be connected: nothing was changed."
            ),
            ConnectOutcome::Failed { .. } => println!("\nThe connection did not complete."),
        }
        print!("{}", render::human::render(report, render::human::width()));
        if let Some(other) = &report.redirects_to {
            println!(
                "\nThe store answers at {other}. If that is your store, connect it there:\n  handshake connect {other}"
            );
        }
    }
    match outcome {
        ConnectOutcome::Connected { .. } if !report.has_errors() => exit::OK,
        _ => exit::PROBLEMS,
    }
}

/// "Can read orders, products; can write orders, products" from the verification probes.
fn access_summary(report: &handshake_engine::Report) -> String {
    let list = |prefix: &str| {
        report
            .probes
            .iter()
            .filter(|p| p.id.starts_with(prefix) && p.outcome == Outcome::Pass)
            .map(|p| p.id[prefix.len()..].to_string())
            .collect::<Vec<_>>()
    };
    let (reads, writes) = (list("access.read."), list("access.write."));
    let mut parts = Vec::new();
    if !reads.is_empty() {
        parts.push(format!("can read {}", reads.join(", ")));
    }
    if !writes.is_empty() {
        parts.push(format!("can write {}", writes.join(", ")));
    }
    if parts.is_empty() {
        "Verified.".to_string()
    } else {
        format!("Verified: the app {}.", parts.join("; "))
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
    let Some(explained) = store_messages::explain(text, store, profile, relay) else {
        eprintln!("handshake: that message is not one Handshake knows. Known messages:");
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
        println!("{}\n", explained.message.meaning);
        let report = store_messages::report(store, explained.finding);
        let text = render::human::render(&report, render::human::width());
        // Skip the verdict and timing lines: this is an explanation, not a check.
        for line in text
            .lines()
            .skip(3)
            .take_while(|l| !l.starts_with("Checked in"))
        {
            println!("{line}");
        }
    }
    exit::PROBLEMS
}

fn pasted_credentials(app_password: bool) -> Result<Credentials, u8> {
    let from_env = Credentials::from_env().map_err(exit::bad_input)?;
    if app_password {
        if from_env.app_password.is_some() {
            return Ok(Credentials {
                woo: None,
                app_password: from_env.app_password,
            });
        }
        return Err(exit::bad_input(
            "set HANDSHAKE_WP_USER and HANDSHAKE_WP_APP_PASSWORD (never on the command line)",
        ));
    }
    if from_env.woo.is_some() {
        return Ok(Credentials {
            woo: from_env.woo,
            app_password: None,
        });
    }
    if !std::io::stdin().is_terminal() {
        return Err(exit::bad_input(
            "set HANDSHAKE_CONSUMER_KEY and HANDSHAKE_CONSUMER_SECRET (never on the command line)",
        ));
    }
    let key = prompt("Consumer key (ck_…): ").map_err(exit::bad_input)?;
    let secret = prompt("Consumer secret (cs_…, not shown): ").map_err(exit::bad_input)?;
    let woo = handshake_engine::WooKeys::new(&key, &secret).map_err(exit::bad_input)?;
    Ok(Credentials {
        woo: Some(woo),
        app_password: None,
    })
}

/// Reads one line from the terminal; the secret prompt turns echo off with `stty` where available.
fn prompt(label: &str) -> Result<String, String> {
    use std::io::Write;
    eprint!("{label}");
    let _ = std::io::stderr().flush();
    let hide = label.contains("not shown");
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
    Arc::new(move |event| match event {
        ConnectEvent::AuthorizeUrl(url) => {
            if no_browser {
                eprintln!("authorize: {url}");
            } else if !json {
                println!("\nA browser window opens WooCommerce's approval page. If it does not, open:\n  {url}\nLog in if asked, check the access requested and click Approve.");
            }
        }
        ConnectEvent::BrowserNotOpened(why) if !json => {
            println!(
                "No browser could be opened here ({}): open the address above yourself.",
                safe_text::line(&why)
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
            "Key received ({}, {}); verifying it …",
            safe_text::line(&key_hint),
            safe_text::line(&permissions)
        ),
        ConnectEvent::Saved { store } => println!("Saved {store} in the OS keyring."),
        _ => {}
    })
}
