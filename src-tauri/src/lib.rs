//! Handshake for WooCommerce, the desktop wizard: a Tauri shell around the engine
//! (`handshake-engine`) and the connect crate (`handshake-connect`). The UI is plain HTML and ES
//! modules in `ui/`; it talks to Rust only through the commands in [`commands`].

pub mod commands;
pub mod error;
pub mod export;
pub mod language;
pub mod progress;
pub mod state;
pub mod watch;

use std::path::PathBuf;

use state::AppState;

/// Command-line options, like the CLI's: `--ca-cert PEM` (also trust this CA, for the store and the
/// relay) and `--relay URL` (the callback relay for "Authorize in the browser").
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub ca_cert: Option<PathBuf>,
    pub relay: Option<String>,
}

const USAGE: &str = "usage: handshake-desktop [--ca-cert PEM] [--relay URL]";

/// The relay: `--relay`, else `HANDSHAKE_RELAY_URL`, else the default this build was made with
/// (`HANDSHAKE_DEFAULT_RELAY_URL` at compile time), else none.
pub fn relay_url(opts: &Options) -> Option<String> {
    let given = |u: &String| !u.trim().is_empty();
    opts.relay
        .clone()
        .filter(given)
        .or_else(|| std::env::var("HANDSHAKE_RELAY_URL").ok().filter(given))
        .or_else(|| {
            option_env!("HANDSHAKE_DEFAULT_RELAY_URL")
                .map(str::to_string)
                .filter(given)
        })
}

pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
    let mut opts = Options::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if let Some(v) = arg.strip_prefix("--ca-cert=") {
            opts.ca_cert = Some(PathBuf::from(v));
        } else if arg == "--ca-cert" {
            opts.ca_cert = Some(PathBuf::from(
                args.next().ok_or("--ca-cert needs a PEM file")?,
            ));
        } else if let Some(v) = arg.strip_prefix("--relay=") {
            opts.relay = Some(v.to_string());
        } else if arg == "--relay" {
            opts.relay = Some(args.next().ok_or("--relay needs a URL")?);
        } else {
            return Err(format!("unknown argument {arg:?} ({USAGE})"));
        }
    }
    Ok(opts)
}

pub fn run() {
    let opts = match parse_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("handshake-desktop: {e}");
            std::process::exit(2);
        }
    };
    let extra_ca = match &opts.ca_cert {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(pem) => {
                // Fail now, not at the first check, when the file is not a certificate.
                if let Err(e) = handshake_engine::Trust::from_pem(&pem, &path.display().to_string())
                {
                    eprintln!("handshake-desktop: {e}");
                    std::process::exit(2);
                }
                Some(pem)
            }
            Err(e) => {
                eprintln!("handshake-desktop: cannot read {}: {e}", path.display());
                std::process::exit(2);
            }
        },
        None => None,
    };
    tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .manage(AppState::new(extra_ca, relay_url(&opts)))
        .manage(watch::Watcher::default())
        .setup(|app| {
            // Saved stores are re-checked now and on the owner's schedule.
            watch::start(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::url::parse_store_url,
            commands::check::list_scenarios,
            commands::stores::list_saved_stores,
            commands::check::start_check,
            commands::check::cancel_check,
            commands::export::copy_fix,
            commands::export::export_report,
            commands::export::reveal_export,
            commands::connect::connect_with_keys,
            commands::connect::connect_authorize,
            commands::connect::copy_approval_link,
            commands::explain::explain_store_message,
            commands::stores::open_keys_page,
            commands::stores::forget_store,
            commands::email::host_email,
            commands::email::send_host_email,
            commands::watch::watch_status,
            commands::watch::set_watch_interval,
            commands::watch::watch_events,
            commands::language::ui_language,
            commands::language::set_ui_language,
        ])
        .run(tauri::generate_context!())
        .expect("error while running Handshake");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args() {
        let a = |v: &[&str]| parse_args(v.iter().map(|s| s.to_string()));
        assert_eq!(a(&[]).unwrap(), Options::default());
        assert_eq!(
            a(&["--ca-cert", "x.pem"]).unwrap().ca_cert,
            Some(PathBuf::from("x.pem"))
        );
        assert_eq!(
            a(&["--ca-cert=y.pem"]).unwrap().ca_cert,
            Some(PathBuf::from("y.pem"))
        );
        assert!(a(&["--ca-cert"]).is_err());
        assert!(a(&["--nope"]).is_err());
        assert_eq!(
            a(&["--relay", "https://r.test"]).unwrap().relay.as_deref(),
            Some("https://r.test")
        );
    }

    #[test]
    fn every_command_has_a_permission_and_a_grant() {
        let list = include_str!("commands/list.in");
        let caps: serde_json::Value =
            serde_json::from_str(include_str!("../capabilities/main.json")).unwrap();
        let granted: Vec<String> = caps["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        let names: Vec<&str> = list
            .lines()
            .filter_map(|l| l.trim().strip_prefix('"'))
            .map(|l| l.trim_end_matches(&['"', ','][..]))
            .collect();
        assert_eq!(names.len(), 21);
        // The UI calls exactly these commands, by these names.
        let api = include_str!("../../ui/api.js");
        for n in &names {
            assert!(
                api.contains(&format!("'{n}'")),
                "ui/api.js does not call {n}"
            );
        }
        for quoted in api
            .split("invoke('")
            .skip(1)
            .chain(api.split("withProgress('").skip(1))
        {
            let name = quoted.split('\'').next().unwrap_or_default();
            assert!(
                names.contains(&name),
                "ui/api.js calls {name}, which is not a command"
            );
        }
        for n in &names {
            assert!(
                granted.contains(&format!("allow-{}", n.replace('_', "-"))),
                "{n} is not granted"
            );
        }
        assert_eq!(
            granted.len(),
            names.len(),
            "the window is granted only the app's commands"
        );
    }
}
