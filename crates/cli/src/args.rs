//! Command-line shape. Secrets are never arguments: they come from the environment or the keyring.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use handshake_l10n::Lang;
use handshake_render::Format;

#[derive(Debug, Parser)]
#[command(
    name = "handshake",
    version,
    about = "Find out why an app cannot connect to a WooCommerce store, and get the fix."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of the report and messages: en, de or es (default: the system's language
    /// when it is one of them, else English).
    #[arg(
        long,
        global = true,
        value_name = "LANG",
        env = "HANDSHAKE_LANG",
        value_parser = parse_lang
    )]
    pub lang: Option<Lang>,
}

impl Cli {
    /// `--lang`, then `HANDSHAKE_LANG`, then the system's language.
    pub fn language(&self) -> Lang {
        self.lang.unwrap_or_else(Lang::from_os)
    }
}

/// `en`, `de`, `es` (regional tags such as `de-AT` too); `en-XA`, the pseudo-locale, is for tests
/// and not offered.
fn parse_lang(value: &str) -> Result<Lang, String> {
    value.parse::<Lang>().map_err(|_| {
        let choices: Vec<&str> = Lang::CHOICES.iter().map(|l| l.code()).collect();
        format!("choose one of: {}", choices.join(", "))
    })
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Diagnose a store: every probe that applies, then findings with fixes ready to paste.
    ///
    /// Credentials (optional) come from the environment: HANDSHAKE_CONSUMER_KEY and
    /// HANDSHAKE_CONSUMER_SECRET (a WooCommerce key pair), or HANDSHAKE_WP_USER and
    /// HANDSHAKE_WP_APP_PASSWORD (a WordPress application password).
    Doctor(DoctorArgs),
    /// Start a built-in demo store with a real-world fault on this machine and diagnose it.
    Demo(DemoArgs),
    /// Connect a store: preflight, approve the app in the browser, verify the keys, save them in the
    /// OS keyring. Running it again for a saved store reconnects it with a new key.
    Connect(ConnectArgs),
    /// List the stores saved on this computer (no secrets are shown).
    Stores(StoresArgs),
    /// Remove a saved store: its keys from the OS keyring and its details from this computer.
    Forget(ForgetArgs),
}

#[derive(Debug, Args)]
pub struct StoresArgs {
    /// Print the list as JSON.
    #[arg(long)]
    pub json: bool,
    /// Re-check every saved store with its saved keys, one store at a time, and say what changed
    /// since the last check. Exit status 1 when any store has a problem (for scripts and cron).
    #[arg(long)]
    pub check: bool,
    /// With --check: each store's check ends within this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 20, requires = "check")]
    pub timeout: u64,
    /// With --check: also trust this CA certificate (PEM).
    #[arg(long = "ca-cert", value_name = "PEM", requires = "check")]
    pub ca_cert: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ForgetArgs {
    #[arg(value_name = "STORE_URL")]
    pub store_url: String,
}

#[derive(Debug, Args, Clone)]
pub struct CommonArgs {
    /// Print exactly one JSON report (schema handshake.report/1) on stdout.
    #[arg(long)]
    pub json: bool,
    /// Integration profile (TOML): app name, scope, resources, addresses to allow.
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// A ready profile for a known app (e.g. lightspeed-x-series), instead of --profile.
    #[arg(long, value_name = "NAME", conflicts_with = "profile")]
    pub app: Option<String>,
    /// The whole run ends within this many seconds, whatever the server does.
    #[arg(long, value_name = "SECS", default_value_t = 20)]
    pub timeout: u64,
    /// Also trust this CA certificate (PEM).
    #[arg(long = "ca-cert", value_name = "PEM")]
    pub ca_cert: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// The store's address, e.g. shop.example.com or https://example.com/shop
    #[arg(value_name = "STORE_URL")]
    pub store_url: String,
    #[command(flatten)]
    pub common: CommonArgs,
    /// Resolve HOST to ADDRESS instead of asking DNS (check a store on a new server before DNS
    /// moves). Repeatable: --resolve shop.example.com=203.0.113.5
    #[arg(long, value_name = "HOST=ADDRESS")]
    pub resolve: Vec<String>,
    /// Use the credentials saved in the OS keyring for this store (see `handshake connect`).
    #[arg(long)]
    pub keyring: bool,
    /// Print a ready e-mail for the store's host instead of the report: a subject line, then the
    /// message (what fails, the requests that show it, the exact fix). Secrets are removed.
    #[arg(long, conflicts_with_all = ["json", "format", "output"])]
    pub host_email: bool,
    /// Also ask this relay to check the store from the app's servers' side (credential-free probes
    /// only: no credential goes to the relay), concurrently, and contrast both sides.
    #[arg(long, value_name = "URL")]
    pub relay: Option<String>,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// How and where the report is written (`doctor`, `demo`).
#[derive(Debug, Args, Clone)]
pub struct ReportArgs {
    /// The report's form: human (the default), json (the same as --json), md (Markdown) or html (a
    /// web page).
    #[arg(
        long,
        value_name = "FORMAT",
        value_parser = parse_format,
        conflicts_with = "json"
    )]
    pub format: Option<Format>,
    /// Write the report to FILE instead of printing it (written whole or not at all; the folder must
    /// exist). The progress and the verdict are still printed.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl ReportArgs {
    /// The form chosen: `--json` is `--format json`.
    pub fn format(&self, json: bool) -> Format {
        if json {
            Format::Json
        } else {
            self.format.unwrap_or(Format::Human)
        }
    }
}

/// `human`, `json`, `md` (or `markdown`), `html`.
fn parse_format(value: &str) -> Result<Format, String> {
    value
        .parse::<Format>()
        .map_err(|_| "choose one of: human, json, md, html".to_string())
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Which fault the demo store has (see --list).
    #[arg(long, default_value = "cloudflare-post-authstrip")]
    pub scenario: String,
    /// List the demo scenarios.
    #[arg(long)]
    pub list: bool,
    /// Run without the demo store's API key (only what a visitor can see).
    #[arg(long)]
    pub no_credentials: bool,
    #[command(flatten)]
    pub common: CommonArgs,
    #[command(flatten)]
    pub report: ReportArgs,
}

#[derive(Debug, Args)]
pub struct ConnectArgs {
    #[arg(value_name = "STORE_URL")]
    pub store_url: String,
    /// The callback relay that receives WooCommerce's key POST (or HANDSHAKE_RELAY_URL).
    #[arg(long, value_name = "URL", env = "HANDSHAKE_RELAY_URL")]
    pub relay: Option<String>,
    /// Print the authorization link (one line `authorize: <URL>` on stderr) instead of opening a browser.
    #[arg(long)]
    pub no_browser: bool,
    /// Minutes the owner has to approve in the browser.
    #[arg(long, value_name = "MINUTES", default_value_t = 10)]
    pub wait: u64,
    /// Use an existing key pair instead of the browser approval: HANDSHAKE_CONSUMER_KEY and
    /// HANDSHAKE_CONSUMER_SECRET from the environment (or typed at a prompt), checked and saved.
    #[arg(long, conflicts_with = "app_password")]
    pub existing_keys: bool,
    /// Use a WordPress application password instead: approved on WordPress's own screen in the
    /// browser, or taken from HANDSHAKE_WP_USER and HANDSHAKE_WP_APP_PASSWORD when they are set.
    #[arg(long)]
    pub app_password: bool,
    /// Explain an error page WooCommerce showed after Approve (paste its text) and exit.
    #[arg(long, value_name = "TEXT")]
    pub explain: Option<String>,
    #[command(flatten)]
    pub common: CommonArgs,
}
