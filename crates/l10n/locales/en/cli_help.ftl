# `handshake --help` and each command's `--help`: the about texts and every argument's help.
# English is the CLI's doc comments (crates/cli/src/args.rs) word for word: a test holds them equal.
# Never translated: option names (--list, --check), environment variables (HANDSHAKE_*), language
# codes (en, de, es), commands in backticks, host names and addresses in examples, TOML, PEM, JSON.
# Ids: cli-help-<command>-about, -long-about, -arg-<argument>.

cli-help-handshake-about = Find out why an app cannot connect to a WooCommerce store, and get the fix.
cli-help-handshake-arg-lang = The language of the report and messages: en, de or es (default: the system's language when it is one of them, else English)

## handshake doctor
cli-help-doctor-about = Diagnose a store: every probe that applies, then findings with fixes ready to paste
cli-help-doctor-long-about =
    Diagnose a store: every probe that applies, then findings with fixes ready to paste.

    Credentials (optional) come from the environment: HANDSHAKE_CONSUMER_KEY and HANDSHAKE_CONSUMER_SECRET (a WooCommerce key pair), or HANDSHAKE_WP_USER and HANDSHAKE_WP_APP_PASSWORD (a WordPress application password).
cli-help-doctor-arg-store-url = The store's address, e.g. shop.example.com or https://example.com/shop
cli-help-doctor-arg-json = Print exactly one JSON report (schema handshake.report/1) on stdout
cli-help-doctor-arg-profile = Integration profile (TOML): app name, scope, resources, addresses to allow
cli-help-doctor-arg-app = A ready profile for a known app (e.g. lightspeed-x-series), instead of --profile
cli-help-doctor-arg-timeout = The whole run ends within this many seconds, whatever the server does
cli-help-doctor-arg-ca-cert = Also trust this CA certificate (PEM)
cli-help-doctor-arg-resolve = Resolve HOST to ADDRESS instead of asking DNS (check a store on a new server before DNS moves). Repeatable: --resolve shop.example.com=203.0.113.5
cli-help-doctor-arg-keyring = Use the credentials saved in the OS keyring for this store (see `handshake connect`)
cli-help-doctor-arg-host-email = Print a ready e-mail for the store's host instead of the report: a subject line, then the message (what fails, the requests that show it, the exact fix). Secrets are removed
cli-help-doctor-arg-relay = Also ask this relay to check the store from the app's servers' side (credential-free probes only: no credential goes to the relay), concurrently, and contrast both sides
cli-help-doctor-arg-format = The report's form: human (the default), json (the same as --json), md (Markdown) or html (a web page)
cli-help-doctor-arg-output = Write the report to FILE instead of printing it (written whole or not at all; the folder must exist). The progress and the verdict are still printed

## handshake demo
cli-help-demo-about = Start a built-in demo store with a real-world fault on this machine and diagnose it
cli-help-demo-arg-scenario = Which fault the demo store has (see --list)
cli-help-demo-arg-list = List the demo scenarios
cli-help-demo-arg-no-credentials = Run without the demo store's API key (only what a visitor can see)
cli-help-demo-arg-json = Print exactly one JSON report (schema handshake.report/1) on stdout
cli-help-demo-arg-profile = Integration profile (TOML): app name, scope, resources, addresses to allow
cli-help-demo-arg-app = A ready profile for a known app (e.g. lightspeed-x-series), instead of --profile
cli-help-demo-arg-timeout = The whole run ends within this many seconds, whatever the server does
cli-help-demo-arg-ca-cert = Also trust this CA certificate (PEM)
cli-help-demo-arg-format = The report's form: human (the default), json (the same as --json), md (Markdown) or html (a web page)
cli-help-demo-arg-output = Write the report to FILE instead of printing it (written whole or not at all; the folder must exist). The progress and the verdict are still printed

## handshake connect
cli-help-connect-about = Connect a store: preflight, approve the app in the browser, verify the keys, save them in the OS keyring. Running it again for a saved store reconnects it with a new key
cli-help-connect-arg-relay = The callback relay that receives WooCommerce's key POST (or HANDSHAKE_RELAY_URL)
cli-help-connect-arg-no-browser = Print the authorization link (one line `authorize: <URL>` on stderr) instead of opening a browser
cli-help-connect-arg-wait = Minutes the owner has to approve in the browser
cli-help-connect-arg-existing-keys = Use an existing key pair instead of the browser approval: HANDSHAKE_CONSUMER_KEY and HANDSHAKE_CONSUMER_SECRET from the environment (or typed at a prompt), checked and saved
cli-help-connect-arg-app-password = Use a WordPress application password instead: approved on WordPress's own screen in the browser, or taken from HANDSHAKE_WP_USER and HANDSHAKE_WP_APP_PASSWORD when they are set
cli-help-connect-arg-explain = Explain an error page WooCommerce showed after Approve (paste its text) and exit
cli-help-connect-arg-json = Print exactly one JSON report (schema handshake.report/1) on stdout
cli-help-connect-arg-profile = Integration profile (TOML): app name, scope, resources, addresses to allow
cli-help-connect-arg-app = A ready profile for a known app (e.g. lightspeed-x-series), instead of --profile
cli-help-connect-arg-timeout = The whole run ends within this many seconds, whatever the server does
cli-help-connect-arg-ca-cert = Also trust this CA certificate (PEM)

## handshake stores and handshake forget
cli-help-stores-about = List the stores saved on this computer (no secrets are shown)
cli-help-stores-arg-json = Print the list as JSON
cli-help-stores-arg-check = Re-check every saved store with its saved keys, one store at a time, and say what changed since the last check. Exit status 1 when any store has a problem (for scripts and cron)
cli-help-stores-arg-timeout = With --check: each store's check ends within this many seconds
cli-help-stores-arg-ca-cert = With --check: also trust this CA certificate (PEM)
cli-help-forget-about = Remove a saved store: its keys from the OS keyring and its details from this computer

## What clap itself writes in every help page: section headings (without the colon) and the help of
## --help, --version and the help command. English is clap's own text (a test holds it equal);
## German and Spanish replace it.
cli-clap-usage = Usage:
cli-clap-commands = Commands
cli-clap-arguments = Arguments
cli-clap-options = Options
cli-clap-help = Print help
cli-clap-help-short = Print help (see more with '--help')
cli-clap-help-long = Print help (see a summary with '-h')
cli-clap-version = Print version
cli-clap-help-command = Print this message or the help of the given subcommand(s)
