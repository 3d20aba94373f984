//! `handshake`: the engine for terminals, CI and support staff.

mod args;
mod connect;
mod demo;
mod demo_connect;
mod doctor;
mod exit;
mod help;
mod host_email;
mod lang;
mod progress;
mod render;
mod stores;

use clap::FromArgMatches;

fn main() -> std::process::ExitCode {
    let cli = parse();
    lang::set(cli.language());
    // Not for `connect` (it must live on to save a key) nor a demo run (its store and relay run
    // in this process: a peer closing its socket mid-write would end the whole run).
    let runs_servers = matches!(&cli.command, args::Command::Demo(d) if !d.list);
    if !matches!(cli.command, args::Command::Connect(_)) && !runs_servers {
        end_quietly_on_closed_pipe();
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!(
                "handshake: {}",
                handshake_l10n::t!(lang::get(), "cli-cannot-start", "error" => e.to_string())
            );
            return exit::TOOL_FAILED.into();
        }
    };
    let code = runtime.block_on(async {
        match cli.command {
            args::Command::Doctor(a) => doctor::run(a).await,
            args::Command::Demo(a) => demo::run(a).await,
            args::Command::Connect(a) => connect::run(a).await,
            args::Command::Stores(a) if a.check => stores::check(a).await,
            args::Command::Stores(a) => stores::list(a),
            args::Command::Forget(a) => stores::forget(a),
        }
    });
    std::process::ExitCode::from(code)
}

/// Rust ignores SIGPIPE, so printing to a pipe whose reader has gone (`… | head`) panics. Reports
/// are only read, so dying quietly there is right — except for `connect`, which must live on to
/// save a key WooCommerce has already created, and `demo`, whose servers write to sockets in this
/// process (tokio writes without MSG_NOSIGNAL: a client gone mid-write would kill the run).
fn end_quietly_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called at start-up before any other thread exists; SIG_DFL is a valid handler.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// `Cli::parse()`, with `--help` and every usage error in the run's language (decided from the
/// arguments before clap parses them).
fn parse() -> args::Cli {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let help_lang = lang::before_parsing(&argv, std::env::var_os("HANDSHAKE_LANG").as_deref());
    let mut cmd = help::command(help_lang);
    let matches = cmd
        .try_get_matches_from_mut(argv)
        .unwrap_or_else(|e| e.exit());
    args::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut cmd).exit())
}
