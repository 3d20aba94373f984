//! WooCommerce's app approval (`/wc-auth/v1/`) end to end on a real store: the real `handshake`
//! and `handshake-relay` binaries, the relay over TLS where WordPress will post to it, the owner's
//! browser driven through WooCommerce's own login and Approve/Deny pages, and the keys in a real
//! Secret Service keyring. Then each way the key handover really fails, with the exact page
//! WooCommerce shows and the finding the product makes of it.
//!
//! Where the relay runs, and the one thing changed on the store (docs/real-servers.md, "The approve
//! flow"): WordPress posts the keys with `wp_safe_remote_post`, which sends only to ports 80, 443 and
//! 8080 (or the site's own port on the site's own host) and refuses private and loopback addresses
//! unless the callback's host is the site's own host. The stores here are `https://127.0.0.1:PORT/`,
//! so a relay on `127.0.0.1:443` (or `:8080` when this user cannot bind 443) passes WordPress's
//! checks untouched, as a public relay on 443 would. Its certificate comes from a private CA, which a
//! must-use plugin adds to the list WordPress verifies against (`http_request_args` →
//! `sslcertificates`); a real relay's public certificate needs nothing.

use std::io::{BufRead, BufReader};
use std::net::{IpAddr, Ipv4Addr, TcpListener};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType,
};

use crate::authorize::{form_fields, Browser, Page};
use crate::process::{chmod, free_port, is_root, Registry, Server};
pub use handshake_tests::binaries::{binaries, Binaries};

/// What the approval steps need from one installed WooCommerce store.
#[derive(Debug, Clone)]
pub struct Site {
    /// "WooCommerce 9.2.5 on WordPress 6.6.7": named in every failure.
    pub label: String,
    /// `https://127.0.0.1:PORT/` (the home URL follows the request's host).
    pub url: String,
    pub docroot: PathBuf,
    pub admin_user: String,
    pub admin_password: String,
    /// The CA that signed the store's certificate (the desktop is told to trust it).
    pub ca_pem: String,
}

/// The relay's private CA and its certificate for 127.0.0.1, in `dir`.
pub struct RelayPki {
    pub ca_pem: String,
    /// The relay's certificate alone, as a server whose CA is not trusted sends it.
    pub cert: PathBuf,
    pub key: PathBuf,
    /// The testbed CA and the relay CA: what the desktop trusts (`--ca-cert`).
    pub desktop_bundle: PathBuf,
}

pub fn relay_pki(dir: &Path, store_ca_pem: &str) -> RelayPki {
    let now = time::OffsetDateTime::now_utc();
    let ca_key = KeyPair::generate().expect("relay CA key");
    let mut ca = CertificateParams::new(Vec::<String>::new()).expect("relay CA params");
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, "Handshake test relay CA");
    ca.distinguished_name = dn;
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    ca.not_before = now - time::Duration::days(1);
    ca.not_after = now + time::Duration::days(30);
    let ca_cert = ca.self_signed(&ca_key).expect("relay CA certificate");
    let ca_pem = ca_cert.pem();
    let issuer = Issuer::new(ca, ca_key);
    let key = KeyPair::generate().expect("relay key");
    let mut leaf = CertificateParams::new(vec!["localhost".to_string()]).expect("relay params");
    leaf.subject_alt_names
        .push(SanType::IpAddress(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    leaf.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    leaf.use_authority_key_identifier_extension = true;
    leaf.not_before = now - time::Duration::days(1);
    leaf.not_after = now + time::Duration::days(30);
    let leaf = leaf.signed_by(&key, &issuer).expect("relay certificate");
    std::fs::create_dir_all(dir).expect("relay folder");
    let cert = dir.join("relay.crt");
    let key_path = dir.join("relay.key");
    let desktop_bundle = dir.join("desktop-trusts.pem");
    std::fs::write(&cert, leaf.pem()).expect("write the relay certificate");
    std::fs::write(&key_path, key.serialize_pem()).expect("write the relay key");
    chmod(&key_path, 0o600);
    std::fs::write(&desktop_bundle, format!("{store_ca_pem}{ca_pem}")).expect("write the bundle");
    RelayPki {
        ca_pem,
        cert,
        key: key_path,
        desktop_bundle,
    }
}

/// The port a public relay would use: 443 when this user may bind it, else 8080 (both are on
/// WordPress's list of safe ports). Fails the test when neither is free.
pub fn relay_port() -> u16 {
    let candidates: &[u16] = if is_root() { &[443, 8080] } else { &[8080] };
    for &port in candidates {
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
    panic!(
        "the approval steps need 127.0.0.1:{candidates:?} free for the relay (WordPress posts only to \
         ports 80, 443 and 8080): stop whatever listens there"
    );
}

/// A running `handshake-relay` (stopped on drop).
pub struct Relay {
    _server: Server,
    /// Where the desktop reaches it.
    pub url: String,
}

/// Starts the real relay binary on `127.0.0.1:port` over TLS with `args` added.
pub fn start_relay(
    bins: &Binaries,
    pki: &RelayPki,
    dir: &Path,
    registry: &Registry,
    port: u16,
    args: &[&str],
) -> Relay {
    let mut cmd = Command::new(&bins.relay);
    cmd.arg("--addr")
        .arg(format!("127.0.0.1:{port}"))
        .arg("--tls-cert")
        .arg(&pki.cert)
        .arg("--tls-key")
        .arg(&pki.key)
        .args(args);
    let log = dir.join(format!("relay-{port}.log"));
    let mut server = Server::spawn("handshake-relay", cmd, log, registry);
    server.wait_for_port(port, None);
    // As the relay names itself in the callback URL (`:443` is implied).
    let url = url::Url::parse(&format!("https://127.0.0.1:{port}/")).expect("relay URL");
    Relay {
        _server: server,
        url: url.as_str().trim_end_matches('/').to_string(),
    }
}

/// The must-use plugin that makes WordPress's HTTP API also trust the relay's CA: the list it
/// verifies against is its own `wp-includes/certificates/ca-bundle.crt`; the plugin points it at a
/// copy of that list with the relay CA appended. Returns the plugin's path (remove it to undo).
pub fn trust_relay_ca(site: &Site, pki: &RelayPki, dir: &Path) -> PathBuf {
    let bundled =
        std::fs::read_to_string(site.docroot.join("wp-includes/certificates/ca-bundle.crt"))
            .expect("WordPress's own CA list");
    let bundle = dir.join("wordpress-ca-bundle-and-relay-ca.crt");
    std::fs::write(&bundle, format!("{bundled}\n{}", pki.ca_pem)).expect("write the CA list");
    chmod(&bundle, 0o644);
    let plugin = site
        .docroot
        .join("wp-content/mu-plugins/handshake-test-relay-ca.php");
    std::fs::create_dir_all(plugin.parent().unwrap()).expect("mu-plugins folder");
    std::fs::write(
        &plugin,
        format!(
            "<?php\n// Handshake real-server tests: the test relay's certificate comes from a private CA;\n\
             // WordPress verifies callbacks against its own CA list plus that CA.\n\
             add_filter( 'http_request_args', function ( $args ) {{\n\
             \t$args['sslcertificates'] = '{}';\n\
             \treturn $args;\n}} );\n",
            bundle.display()
        ),
    )
    .expect("write the mu-plugin");
    chmod(&plugin, 0o644);
    plugin
}

/// WooCommerce's approval screen, reached by a logged-in user who may approve.
pub struct Screen {
    pub approve: String,
    pub deny: String,
    pub body: String,
}

/// The text the owner sees on WordPress's error page (`wp_die`), as they would copy it.
pub fn die_message(html: &str) -> Option<String> {
    let start = html.find("class=\"wp-die-message\"")?;
    let start = start + html[start..].find('>')? + 1;
    let end = start + html[start..].find("</div>")?;
    Some(visible_text(&html[start..end]))
}

/// Tags removed, entities decoded, whitespace as a browser shows it (one space; lines kept).
pub fn visible_text(html: &str) -> String {
    // Style and script blocks are not shown.
    let mut shown = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<style").or_else(|| rest.find("<script")) {
        shown.push_str(&rest[..i]);
        let close = if rest[i..].starts_with("<style") {
            "</style>"
        } else {
            "</script>"
        };
        rest = rest[i..]
            .find(close)
            .map(|e| &rest[i + e + close.len()..])
            .unwrap_or("");
    }
    shown.push_str(rest);
    let mut out = String::new();
    let mut in_tag = false;
    for c in shown.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&#039;", "'")
        .replace("&#8217;", "’")
        .replace("&quot;", "\"")
        .replace("&#038;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    decoded
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn href_with_class(html: &str, class: &str) -> Option<String> {
    let at = html
        .find(&format!("class=\"button {class}\""))
        .or_else(|| html.find(&format!("class=\"button button-primary {class}\"")))?;
    let tag_start = html[..at].rfind("<a ")?;
    let tag = &html[tag_start..at];
    let href = tag.split("href=\"").nth(1)?.split('"').next()?;
    Some(href.replace("&#038;", "&").replace("&amp;", "&"))
}

/// Opens the approval link as a browser without a session would, logs in on WooCommerce's own
/// login form (`/wc-auth/v1/login/`) and returns the page shown next: the approval screen, or
/// WooCommerce's error page for a user who may not approve.
pub async fn log_in(
    browser: &mut Browser,
    link: &str,
    user: &str,
    password: &str,
) -> Result<Screen, Page> {
    let first = browser.get(link).await;
    assert_eq!(
        first.status, 302,
        "not logged in: WooCommerce's login step\n{}",
        first.body
    );
    let login_url = first
        .location
        .clone()
        .expect("a redirect to the login step");
    assert!(login_url.contains("/wc-auth/v1/login"), "{login_url}");
    let login = browser.get(&login_url).await;
    assert_eq!(login.status, 200, "the login form:\n{}", login.body);
    let mut fields = form_fields(&login.body, "wc-auth-login");
    assert!(
        fields.iter().any(|(n, _)| n == "woocommerce-login-nonce"),
        "WooCommerce's login form:\n{}",
        login.body
    );
    fields.push(("username".into(), user.into()));
    fields.push(("password".into(), password.into()));
    // The submit button's name: WooCommerce's form handler acts only when it is sent.
    fields.push(("login".into(), "Login".into()));
    let posted = browser.post_form(&login_url, &fields).await;
    assert_eq!(
        posted.status, 302,
        "the login is accepted:\n{}",
        posted.body
    );
    let next = posted.location.clone().expect("back to the authorization");
    assert!(
        next.contains("/wc-auth/v1/authorize"),
        "back to the authorization: {next}"
    );
    let page = browser.get(&next).await;
    match (
        href_with_class(&page.body, "wc-auth-approve"),
        href_with_class(&page.body, "wc-auth-deny"),
    ) {
        (Some(approve), Some(deny)) if page.status == 200 => Ok(Screen {
            approve,
            deny,
            body: page.body,
        }),
        _ => Err(page),
    }
}

/// What the owner ends up seeing after clicking a button on the approval screen.
#[derive(Debug)]
pub struct AfterClick {
    /// WooCommerce's answer to the click.
    pub status: u16,
    /// Where it sent the browser, when it did (the relay's return page).
    pub location: Option<String>,
    /// WooCommerce's error text, when it showed one instead.
    pub error: Option<String>,
    /// The relay's return page, when the browser got there: (status, visible text).
    pub return_page: Option<(u16, String)>,
    /// The visible text of the page the click opened.
    pub text: String,
}

/// Follows a link on the approval screen (Approve or Deny) and, on a redirect, the relay's page.
pub async fn click(browser: &mut Browser, href: &str) -> AfterClick {
    let page = browser.get(href).await;
    let error = die_message(&page.body);
    let mut return_page = None;
    if let Some(loc) = page.location.as_deref() {
        let back = browser.get(loc).await;
        return_page = Some((back.status, visible_text(&back.body)));
    }
    AfterClick {
        status: page.status,
        location: page.location,
        error,
        return_page,
        text: visible_text(&page.body),
    }
}

/// Runs PHP with the site's WordPress (and WooCommerce) loaded; returns what it printed.
pub fn wp_php(site: &Site, dir: &Path, code: &str) -> String {
    let script = dir.join("approve-php.php");
    let host = site
        .url
        .trim_start_matches("https://")
        .trim_end_matches('/')
        .to_string();
    std::fs::write(
        &script,
        format!(
            "<?php\n$_SERVER['HTTP_HOST'] = '{host}';\n$_SERVER['HTTPS'] = 'on';\n\
             require '{}/wp-load.php';\n{code}\n",
            site.docroot.display()
        ),
    )
    .expect("write the PHP helper");
    crate::process::run_ok(Command::new("php").arg(&script))
}

/// A user with `role` (created once) and their password.
pub fn ensure_user(site: &Site, dir: &Path, login: &str, role: &str) -> String {
    let password = format!("{login}-testbed-password-7");
    let out = wp_php(
        site,
        dir,
        &format!(
            "$id = username_exists( '{login}' );\n\
             if ( ! $id ) {{ $id = wp_insert_user( array( 'user_login' => '{login}', 'user_pass' => '{password}', \
             'user_email' => '{login}@example.invalid', 'role' => '{role}' ) ); }}\n\
             if ( is_wp_error( $id ) ) {{ echo 'ERROR ' . $id->get_error_message(); exit( 1 ); }}\n\
             $u = new WP_User( $id ); $u->set_role( '{role}' );\n\
             echo 'user=' . $id . ' manage_woocommerce=' . ( user_can( $id, 'manage_woocommerce' ) ? 'yes' : 'no' );"
        ),
    );
    assert!(out.contains("user="), "{out}");
    password
}

/// WooCommerce's API keys for apps (descriptions "<app> - API (<date>)").
pub fn app_keys(site: &Site, dir: &Path) -> Vec<String> {
    let out = wp_php(
        site,
        dir,
        "global $wpdb;\n\
         foreach ( $wpdb->get_results( \"SELECT truncated_key, description, permissions FROM {$wpdb->prefix}woocommerce_api_keys\" ) as $k ) {\n\
         \techo $k->truncated_key . ' ' . $k->permissions . ' ' . $k->description . \"\\n\"; }",
    );
    out.lines()
        .filter(|l| l.contains(" - API ("))
        .map(str::to_string)
        .collect()
}

/// `handshake connect` in its own keyring session (scripts/with-keyring.sh) and config folders,
/// followed in the same session by `handshake doctor --keyring` with the saved key.
pub struct CliRun {
    child: Child,
    pub authorize_url: String,
    pub dir: PathBuf,
    stderr: mpsc::Receiver<String>,
}

impl CliRun {
    pub fn start(
        bins: &Binaries,
        site: &Site,
        relay: &Relay,
        pki: &RelayPki,
        dir: &Path,
        then_doctor: bool,
    ) -> CliRun {
        let keyring = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/with-keyring.sh");
        for d in ["home", "config", "cache", "state"] {
            std::fs::create_dir_all(dir.join(d)).expect("CLI folders");
        }
        // Connect, then prove the saved key from the keyring with a doctor run, in one session.
        let mut script = String::from(
            r#"set -u
"$HS" connect "$STORE" --relay "$RELAY" --no-browser --wait 2 --ca-cert "$CA" --json > "$OUT/connect.json"
echo "connect-exit=$?" >&2
"#,
        );
        if then_doctor {
            script.push_str(
                r#""$HS" stores --json > "$OUT/stores.json"
"$HS" doctor "$STORE" --keyring --ca-cert "$CA" --json > "$OUT/doctor.json"
echo "doctor-exit=$?" >&2
"#,
            );
        }
        let mut cmd = Command::new("bash");
        cmd.arg(&keyring)
            .args(["bash", "-c", &script])
            .env("HS", &bins.cli)
            .env("STORE", &site.url)
            .env("RELAY", &relay.url)
            .env("CA", &pki.desktop_bundle)
            .env("OUT", dir)
            .env("HOME", dir.join("home"))
            .env("XDG_CONFIG_HOME", dir.join("config"))
            .env("XDG_CACHE_HOME", dir.join("cache"))
            .env("XDG_STATE_HOME", dir.join("state"))
            .env_remove("HANDSHAKE_RELAY_URL")
            .env_remove("HANDSHAKE_CONSUMER_KEY")
            .env_remove("HANDSHAKE_CONSUMER_SECRET")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .process_group(0);
        let mut child = cmd.spawn().expect("start handshake connect");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut run = CliRun {
            child,
            authorize_url: String::new(),
            dir: dir.to_path_buf(),
            stderr: rx,
        };
        run.authorize_url = run
            .wait_for_line("authorize: ", Duration::from_secs(90))
            .trim_start_matches("authorize: ")
            .to_string();
        run
    }

    fn wait_for_line(&mut self, prefix: &str, limit: Duration) -> String {
        let started = Instant::now();
        let mut seen = Vec::new();
        while started.elapsed() < limit {
            match self.stderr.recv_timeout(Duration::from_millis(200)) {
                Ok(line) if line.starts_with(prefix) => return line,
                Ok(line) => seen.push(line),
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        panic!(
            "handshake connect never printed `{prefix}…` within {limit:?}; its stderr:\n{}",
            seen.join("\n")
        );
    }

    /// Waits for `handshake connect` to end; returns its exit status.
    pub fn connect_exit(&mut self) -> i32 {
        exit_of(&self.wait_for_line("connect-exit=", Duration::from_secs(150)))
    }

    /// Waits for `handshake doctor --keyring` (started with `then_doctor`); returns its exit status.
    pub fn doctor_exit(&mut self) -> i32 {
        let status = exit_of(&self.wait_for_line("doctor-exit=", Duration::from_secs(90)));
        let _ = self.child.wait();
        status
    }

    pub fn json(&self, name: &str) -> serde_json::Value {
        let text =
            std::fs::read_to_string(self.dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} is not JSON ({e}):\n{text}"))
    }
}

impl Drop for CliRun {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            // SAFETY: signalling our own child's process group.
            unsafe { libc::kill(-(self.child.id() as i32), libc::SIGTERM) };
            let _ = self.child.wait();
        }
    }
}

fn exit_of(line: &str) -> i32 {
    line.split('=')
        .nth(1)
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(-1)
}

/// `handshake connect STORE --relay RELAY --explain TEXT --json`: the finding the CLI makes of a
/// pasted page.
pub fn cli_explain(bins: &Binaries, site: &Site, relay: &str, text: &str) -> (i32, String) {
    let out = Command::new(&bins.cli)
        .args([
            "connect",
            &site.url,
            "--relay",
            relay,
            "--explain",
            text,
            "--json",
        ])
        .stdin(Stdio::null())
        .output()
        .expect("run handshake connect --explain");
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// A free port that WordPress refuses to post to (not 80, 443 or 8080).
pub fn refused_port() -> u16 {
    loop {
        let p = free_port();
        if ![80, 443, 8080].contains(&p) {
            return p;
        }
    }
}

/// What the approval steps share within one run: the binaries, the relay's PKI, a folder, and the
/// port a public relay would use.
pub struct Approvals {
    pub bins: Binaries,
    pub pki: RelayPki,
    pub dir: PathBuf,
    pub registry: Registry,
    pub port: u16,
}

impl Approvals {
    pub fn new(dir: &Path, registry: &Registry, store_ca_pem: &str) -> Approvals {
        std::fs::create_dir_all(dir).expect("the approvals folder");
        chmod(dir, 0o755);
        Approvals {
            bins: binaries(),
            pki: relay_pki(dir, store_ca_pem),
            dir: dir.to_path_buf(),
            registry: registry.clone(),
            port: relay_port(),
        }
    }

    pub fn case_dir(&self, site: &Site, case: &str) -> PathBuf {
        let slug: String = format!("{}-{case}", site.label)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let dir = self.dir.join(slug);
        std::fs::create_dir_all(&dir).expect("a case folder");
        chmod(&dir, 0o755);
        dir
    }

    pub fn browser(&self, site: &Site) -> Browser {
        Browser::new(&format!("{}{}", site.ca_pem, self.pki.ca_pem))
    }
}

fn ids(report: &serde_json::Value, severity: &str) -> Vec<String> {
    report["findings"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .filter(|f| f["severity"] == severity)
                .filter_map(|f| f["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// No error, and exit status 0. The offline testbed's stores all carry the warning
/// `wc.remote_post_failed` (WooCommerce's own test address is out of reach), which these steps
/// prove is only a warning: the keys reach the relay all the same.
fn assert_offline_healthy(report: &serde_json::Value, exit: i32, what: &str) {
    let errors = ids(report, "error");
    assert!(errors.is_empty(), "{what}: errors {errors:?}\n{report:#}");
    assert!(
        ids(report, "warning")
            .iter()
            .any(|w| w == "wc.remote_post_failed"),
        "{what}: WooCommerce's own outgoing test fails on this offline testbed\n{report:#}"
    );
    assert_eq!(exit, 0, "{what}: exit status\n{report:#}");
}

fn probe(report: &serde_json::Value, id: &str) -> String {
    report["probes"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["id"] == id))
        .and_then(|p| p["outcome"].as_str())
        .unwrap_or("absent")
        .to_string()
}

/// The owner connects the store with `handshake connect`: the link printed, WooCommerce's login
/// and Approve, the key POSTed by WooCommerce to the relay, picked up, verified and saved in the
/// keyring; then `handshake doctor --keyring` signs in with the saved key.
pub fn cli_connects(a: &Approvals, site: &Site, rt: &tokio::runtime::Runtime) {
    let dir = a.case_dir(site, "connect");
    let plugin = trust_relay_ca(site, &a.pki, &dir);
    let relay = start_relay(&a.bins, &a.pki, &dir, &a.registry, a.port, &[]);
    let before = app_keys(site, &dir);
    let mut cli = CliRun::start(&a.bins, site, &relay, &a.pki, &dir, true);
    let link = url::Url::parse(&cli.authorize_url).expect("the printed link is a URL");
    assert!(
        cli.authorize_url
            .starts_with(&format!("{}wc-auth/v1/authorize?", site.url)),
        "{}",
        cli.authorize_url
    );
    let callback = link
        .query_pairs()
        .find(|(k, _)| k == "callback_url")
        .map(|(_, v)| v.to_string())
        .unwrap_or_default();
    assert!(
        callback.starts_with(&format!("{}/v1/callback/", relay.url)),
        "{callback}"
    );

    let mut browser = a.browser(site);
    let screen = rt
        .block_on(log_in(
            &mut browser,
            &cli.authorize_url,
            &site.admin_user,
            &site.admin_password,
        ))
        .unwrap_or_else(|p| {
            panic!(
                "{}: no approval screen ({}):\n{}",
                site.label,
                p.status,
                visible_text(&p.body)
            )
        });
    assert!(
        visible_text(&screen.body).contains("Handshake would like to connect to your store"),
        "{}",
        visible_text(&screen.body)
    );
    let after = rt.block_on(click(&mut browser, &screen.approve));
    assert_eq!(after.status, 302, "{}: Approve → {after:?}", site.label);
    let back = after.location.clone().unwrap_or_default();
    assert!(
        back.starts_with(&format!("{}/v1/return/", relay.url)) && back.contains("success=1"),
        "back to the relay's page: {back}"
    );
    assert_eq!(
        after.return_page.as_ref().map(|p| p.0),
        Some(200),
        "{after:?}"
    );

    // Connected (exit 0) unless the check found an error. The only one this offline testbed has is
    // WooCommerce's own outgoing test POST to www.paypal.com failing (`wc.remote_post_failed`).
    let connect_exit = cli.connect_exit();
    let connect = cli.json("connect.json");
    assert_offline_healthy(
        &connect,
        connect_exit,
        &format!("{}: handshake connect", site.label),
    );
    assert_eq!(probe(&connect, "access.read.orders"), "pass", "{connect:#}");
    let doctor_exit = cli.doctor_exit();
    let doctor = cli.json("doctor.json");
    assert_eq!(
        probe(&doctor, "access.read.orders"),
        "pass",
        "the saved key from the keyring signs in:\n{doctor:#}"
    );
    assert_offline_healthy(
        &doctor,
        doctor_exit,
        &format!("{}: handshake doctor --keyring", site.label),
    );

    // WooCommerce holds exactly one new key for the app, the one saved in the keyring.
    let new: Vec<String> = app_keys(site, &dir)
        .into_iter()
        .filter(|k| !before.contains(k))
        .collect();
    assert_eq!(new.len(), 1, "one new WooCommerce key: {new:?}");
    assert!(
        new[0].contains(" read_write Handshake - API ("),
        "{}",
        new[0]
    );
    let hint = new[0].split(' ').next().unwrap_or_default().to_string();
    let stores = cli.json("stores.json");
    assert!(
        stores.to_string().contains(&hint),
        "the saved store names the key ending {hint}: {stores:#}"
    );
    let _ = std::fs::remove_file(plugin);
}

/// One real failure: what WooCommerce showed and what the product made of it.
#[derive(Debug, Clone)]
pub struct Observed {
    pub case: &'static str,
    /// The page text as the owner sees it (or the relay's page, for Deny).
    pub page: String,
    /// The finding: from the CLI's own run, or from `--explain` with the page text.
    pub finding: String,
    pub title: String,
}

/// `--explain` with `text`: the finding's id and title.
fn explained(a: &Approvals, site: &Site, text: &str) -> (String, String, serde_json::Value) {
    let relay = format!("https://127.0.0.1:{}", a.port);
    let (code, out) = cli_explain(&a.bins, site, &relay, text);
    assert_eq!(code, 1, "--explain knows this page:\n{text}\n{out}");
    let finding: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("--explain --json ({e}):\n{out}"));
    (
        finding["id"].as_str().unwrap_or_default().to_string(),
        finding["title"].as_str().unwrap_or_default().to_string(),
        finding,
    )
}

/// Logs in as the admin and clicks Approve on the link `handshake connect` printed.
fn approve_as_admin(
    a: &Approvals,
    site: &Site,
    rt: &tokio::runtime::Runtime,
    cli: &CliRun,
) -> AfterClick {
    let mut browser = a.browser(site);
    let screen = rt
        .block_on(log_in(
            &mut browser,
            &cli.authorize_url,
            &site.admin_user,
            &site.admin_password,
        ))
        .unwrap_or_else(|p| {
            panic!(
                "{}: no approval screen ({}):\n{}",
                site.label,
                p.status,
                visible_text(&p.body)
            )
        });
    rt.block_on(click(&mut browser, &screen.approve))
}

/// WooCommerce's error page after Approve: a 401 `wp_die` page whose text starts with `starts`.
fn error_page(site: &Site, case: &str, after: &AfterClick, starts: &str) -> String {
    let text = after.error.clone().unwrap_or_else(|| {
        panic!(
            "{}: {case}: no WooCommerce error page: {after:?}",
            site.label
        )
    });
    eprintln!(
        "[approve] {} — {case}: WooCommerce shows: {text}",
        site.label
    );
    assert_eq!(after.status, 401, "{case}: {after:?}");
    assert!(text.starts_with(starts), "{}: {case}: {text}", site.label);
    text
}

/// Each way the handover really fails on this store, with WooCommerce's own page and the finding.
pub fn callback_failures(
    a: &Approvals,
    site: &Site,
    rt: &tokio::runtime::Runtime,
) -> Vec<Observed> {
    let mut seen = Vec::new();
    // WordPress sends through cURL when PHP has it (most hosts); without it, through PHP's streams,
    // whose texts differ (both are read by the engine: catalog/callback.rs). These steps pin cURL.
    let curl = wp_php(
        site,
        &a.dir,
        "echo extension_loaded( 'curl' ) ? 'curl=yes' : 'curl=no';",
    );
    assert!(
        curl.contains("curl=yes"),
        "PHP's curl extension is missing: install the Debian package php-curl (scripts/install-deps.sh test)"
    );
    let keys_before = app_keys(site, &a.dir);

    // 1. Relay unreachable from the store: the desktop reaches the relay, but the callback address it
    //    hands out (--public-url) is a port on which nothing answers.
    {
        let case = "relay unreachable";
        let dir = a.case_dir(site, "unreachable");
        let plugin = trust_relay_ca(site, &a.pki, &dir);
        let public = format!("https://127.0.0.1:{}", a.port);
        let relay = start_relay(
            &a.bins,
            &a.pki,
            &dir,
            &a.registry,
            refused_port(),
            &["--public-url", &public],
        );
        let cli = CliRun::start(&a.bins, site, &relay, &a.pki, &dir, false);
        let after = approve_as_admin(a, site, rt, &cli);
        let page = error_page(
            site,
            case,
            &after,
            &format!(
                "Error: cURL error 7: Failed to connect to 127.0.0.1 port {}",
                a.port
            ),
        );
        let (finding, title, full) = explained(a, site, &page);
        assert_eq!(finding, "callback.not_received", "{full:#}");
        let words = full.to_string();
        assert!(
            words.contains("nothing accepted the connection"),
            "{full:#}"
        );
        seen.push(Observed {
            case,
            page,
            finding,
            title,
        });
        let _ = std::fs::remove_file(plugin);
    }

    // 2. The relay's certificate is not trusted by the store (a private CA: WordPress's list lacks it).
    {
        let case = "relay certificate not trusted";
        let dir = a.case_dir(site, "untrusted");
        let relay = start_relay(&a.bins, &a.pki, &dir, &a.registry, a.port, &[]);
        let cli = CliRun::start(&a.bins, site, &relay, &a.pki, &dir, false);
        let after = approve_as_admin(a, site, rt, &cli);
        let page = error_page(
            site,
            case,
            &after,
            "Error: cURL error 60: SSL certificate problem:",
        );
        let (finding, title, full) = explained(a, site, &page);
        assert_eq!(finding, "callback.not_received", "{full:#}");
        assert!(full.to_string().contains("ca-bundle.crt"), "{full:#}");
        seen.push(Observed {
            case,
            page,
            finding,
            title,
        });
    }

    // 3. The relay on a port WordPress does not post to.
    {
        let case = "relay on a port WordPress refuses";
        let dir = a.case_dir(site, "port");
        let plugin = trust_relay_ca(site, &a.pki, &dir);
        let relay = start_relay(&a.bins, &a.pki, &dir, &a.registry, refused_port(), &[]);
        let cli = CliRun::start(&a.bins, site, &relay, &a.pki, &dir, false);
        let after = approve_as_admin(a, site, rt, &cli);
        let page = error_page(site, case, &after, "Error: A valid URL was not provided.");
        let (finding, title, full) = explained(a, site, &page);
        assert_eq!(finding, "callback.not_received", "{full:#}");
        assert!(full.to_string().contains("80, 443 and 8080"), "{full:#}");
        seen.push(Observed {
            case,
            page,
            finding,
            title,
        });
        let _ = std::fs::remove_file(plugin);
    }

    // 4. The relay answers something other than 200: its body limit is below the size of
    //    WooCommerce's POST (413). The CLI hears of the refused callback and ends by itself.
    {
        let case = "relay answers 413";
        let dir = a.case_dir(site, "refused");
        let plugin = trust_relay_ca(site, &a.pki, &dir);
        let relay = start_relay(
            &a.bins,
            &a.pki,
            &dir,
            &a.registry,
            a.port,
            &["--max-body", "150"],
        );
        let mut cli = CliRun::start(&a.bins, site, &relay, &a.pki, &dir, false);
        let after = approve_as_admin(a, site, rt, &cli);
        let page = error_page(
            site,
            case,
            &after,
            "Error: An error occurred in the request and at the time were unable to send the consumer data.",
        );
        assert_eq!(cli.connect_exit(), 1);
        let report = cli.json("connect.json");
        assert_eq!(
            ids(&report, "error"),
            vec!["callback.rejected".to_string()],
            "{report:#}"
        );
        assert!(report.to_string().contains("HTTP 413"), "{report:#}");
        let (finding, title, full) = explained(a, site, &page);
        assert_eq!(finding, "callback.rejected", "{full:#}");
        seen.push(Observed {
            case,
            page,
            finding,
            title,
        });
        let _ = std::fs::remove_file(plugin);
    }

    // 5. The owner clicks Deny: WooCommerce sends the browser to the relay's page with success=0.
    {
        let case = "owner clicks Deny";
        let dir = a.case_dir(site, "deny");
        let relay = start_relay(&a.bins, &a.pki, &dir, &a.registry, a.port, &[]);
        let mut cli = CliRun::start(&a.bins, site, &relay, &a.pki, &dir, false);
        let mut browser = a.browser(site);
        let screen = rt
            .block_on(log_in(
                &mut browser,
                &cli.authorize_url,
                &site.admin_user,
                &site.admin_password,
            ))
            .unwrap_or_else(|p| {
                panic!(
                    "no approval screen ({}):\n{}",
                    p.status,
                    visible_text(&p.body)
                )
            });
        // Deny is a plain link to the app's return address with success=0: the relay's page.
        assert!(
            screen
                .deny
                .starts_with(&format!("{}/v1/return/", relay.url))
                && screen.deny.contains("success=0"),
            "{}",
            screen.deny
        );
        let after = rt.block_on(click(&mut browser, &screen.deny));
        let page = after.text.clone();
        assert_eq!(after.status, 200, "{page}");
        assert_eq!(cli.connect_exit(), 1);
        let report = cli.json("connect.json");
        assert_eq!(
            ids(&report, "error"),
            vec!["connect.denied".to_string()],
            "{report:#}"
        );
        let title = report["findings"][0]["title"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        seen.push(Observed {
            case,
            page,
            finding: "connect.denied".into(),
            title,
        });
    }

    // 6. The owner is logged in as a user without manage_woocommerce (a customer).
    {
        let case = "owner not an administrator";
        let dir = a.case_dir(site, "customer");
        let password = ensure_user(site, &dir, "shopper", "customer");
        let relay = start_relay(&a.bins, &a.pki, &dir, &a.registry, a.port, &[]);
        let cli = CliRun::start(&a.bins, site, &relay, &a.pki, &dir, false);
        let mut browser = a.browser(site);
        let page = match rt.block_on(log_in(
            &mut browser,
            &cli.authorize_url,
            "shopper",
            &password,
        )) {
            Ok(_) => panic!("{}: a customer was shown the approval screen", site.label),
            Err(p) => {
                assert_eq!(p.status, 401, "{}", visible_text(&p.body));
                die_message(&p.body)
                    .unwrap_or_else(|| panic!("no error page: {}", visible_text(&p.body)))
            }
        };
        eprintln!(
            "[approve] {} — {case}: WooCommerce shows: {page}",
            site.label
        );
        assert_eq!(
            page,
            "Error: You do not have permission to access this page."
        );
        let (finding, title, full) = explained(a, site, &page);
        assert_eq!(finding, "auth.capability", "{full:#}");
        seen.push(Observed {
            case,
            page,
            finding,
            title,
        });
    }

    // WooCommerce deleted every key whose handover failed (none was left behind).
    let left: Vec<String> = app_keys(site, &a.dir)
        .into_iter()
        .filter(|k| !keys_before.contains(k))
        .collect();
    assert!(
        left.is_empty(),
        "{}: keys left after failed handovers: {left:?}",
        site.label
    );
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_die_message_as_the_owner_sees_it() {
        let html = "<body id=\"error-page\">\n\t<div class=\"wp-die-message\">Error: cURL error 7: Failed to connect to \
                    127.0.0.1 port 443 after 0 ms: Couldn&#039;t connect to server.</div></body>";
        assert_eq!(
            die_message(html).as_deref(),
            Some("Error: cURL error 7: Failed to connect to 127.0.0.1 port 443 after 0 ms: Couldn't connect to server.")
        );
        assert_eq!(die_message("<p>no error</p>"), None);
        assert_eq!(
            visible_text("<style>h1{x:y}</style><h1>You declined</h1>\n<p>No keys.</p>"),
            "You declined\nNo keys."
        );
    }

    #[test]
    fn finds_the_approve_and_deny_links() {
        let html = r#"<p class="wc-auth-actions">
            <a href="https://s/wc-auth/v1/access_granted/?a=1&#038;wc_auth_nonce=n" class="button button-primary wc-auth-approve">Approve</a>
            <a href="https://r/v1/return/x?success=0&#038;user_id=x" class="button wc-auth-deny">Deny</a></p>"#;
        assert_eq!(
            href_with_class(html, "wc-auth-approve").as_deref(),
            Some("https://s/wc-auth/v1/access_granted/?a=1&wc_auth_nonce=n")
        );
        assert_eq!(
            href_with_class(html, "wc-auth-deny").as_deref(),
            Some("https://r/v1/return/x?success=0&user_id=x")
        );
    }
}
