//! Handshake for WooCommerce, the desktop wizard: a Tauri shell around the engine
//! (`handshake-engine`) and the connect crate (`handshake-connect`). The UI is plain HTML and ES
//! modules in `ui/`; it talks to Rust only through the commands in [`commands`].

pub mod commands;
pub mod error;
pub mod export;
#[cfg(test)]
mod ipc_check;
#[cfg(test)]
mod ipc_gen;
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
        // Every #[tauri::command] in src/commands/, listed by build.rs (src/ipc_gen.rs).
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/ipc_handler.rs")))
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
}
