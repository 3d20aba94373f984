//! Real servers against the scenario store: the same requests (what the probes send) to the real
//! fault and to the scenario that imitates it, compared on status, the headers clients read, and
//! the body (WordPress's error object field by field, the REST index by shape, any other body byte
//! for byte once host and port are normalized). The differences are written to a Markdown file for
//! the scenario store's maintainers; they do not fail the test (the real servers are the truth).

use std::fmt::Write as _;

use handshake_engine::http::Exchange;
use handshake_engine::wp;
use handshake_teststore as teststore;

use crate::doctor::Client;
use crate::wordpress::ADMIN_USER;
use crate::Testbed;

/// A request both servers get, relative to the store URL.
struct Probe {
    label: &'static str,
    method: &'static str,
    path: &'static str,
    body: Option<&'static str>,
    login: Login,
    /// Send `Accept: */*` (curl, many app libraries) instead of the engine's JSON-first Accept.
    accept_any: bool,
}

#[derive(Clone, Copy)]
enum Login {
    None,
    /// The site's administrator with its application password.
    AppPassword,
    /// A user that does not exist (the doctor's header check).
    UnknownUser,
    /// The administrator with a wrong application password.
    WrongPassword,
}

const PROBES: &[Probe] = &[
    Probe { label: "home page", method: "GET", path: "", body: None, login: Login::None, accept_any: false },
    Probe { label: "REST index", method: "GET", path: "wp-json/", body: None, login: Login::None, accept_any: false },
    Probe { label: "REST index, query form", method: "GET", path: "?rest_route=/", body: None, login: Login::None, accept_any: false },
    Probe { label: "REST index, Accept: */*", method: "GET", path: "wp-json/", body: None, login: Login::None, accept_any: true },
    Probe { label: "users/me, application password", method: "GET", path: "wp-json/wp/v2/users/me", body: None, login: Login::AppPassword, accept_any: false },
    Probe {
        label: "users/me, query form, unknown Basic user",
        method: "GET",
        path: "?rest_route=/wp/v2/users/me",
        body: None,
        login: Login::UnknownUser,
        accept_any: false,
    },
    Probe { label: "users/me, wrong application password", method: "GET", path: "wp-json/wp/v2/users/me", body: None, login: Login::WrongPassword, accept_any: false },
    Probe { label: "PUT wp/v2/posts/1, application password", method: "PUT", path: "wp-json/wp/v2/posts/1", body: Some("{}"), login: Login::AppPassword, accept_any: false },
    Probe { label: "PUT wc/v3/orders/2147483647 (the doctor's PUT)", method: "PUT", path: "wp-json/wc/v3/orders/2147483647", body: Some("{}"), login: Login::None, accept_any: false },
    Probe { label: "POST wc/v3/orders (the doctor's POST)", method: "POST", path: "wp-json/wc/v3/orders", body: Some(r#"{"id":1}"#), login: Login::None, accept_any: false },
];

/// The parts of a response clients (and the doctor) read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Signature {
    status: u16,
    content_type: String,
    headers: Vec<(String, String)>,
    /// Text printed before a JSON body (PHP warnings, a BOM).
    prefix: Option<String>,
    body: Body,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Body {
    Empty,
    WpError { code: String, message: String, status: Option<u16> },
    RestIndex { namespaces: Vec<String>, app_passwords: bool },
    /// Other JSON: the top-level keys (or "list of N").
    Json(String),
    /// WordPress's `wp_die()` page (maintenance…): its title and message.
    WpDiePage { title: String, message: String },
    /// A page of the WordPress site (theme output): compared by kind only.
    WordPressPage,
    /// Anything else (server error pages…), normalized, in full.
    Text(String),
}

fn between(text: &str, start: &str, end: &str) -> String {
    text.split_once(start).and_then(|(_, rest)| rest.split_once(end)).map(|(inner, _)| inner.trim().to_string()).unwrap_or_default()
}

impl std::fmt::Display for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Body::Empty => write!(f, "(empty)"),
            Body::WpError { code, message, status } => {
                write!(f, "WP error `{code}` \"{}\" (data.status {status:?})", short(message, 90))
            }
            Body::RestIndex { namespaces, app_passwords } => {
                write!(f, "REST index, namespaces [{}], application passwords {}", namespaces.join(", "), if *app_passwords { "offered" } else { "not offered" })
            }
            Body::Json(s) => write!(f, "JSON {s}"),
            Body::WpDiePage { title, message } => write!(f, "WordPress error page <title>{title}</title>: \"{}\"", short(message, 120)),
            Body::WordPressPage => write!(f, "a WordPress (theme) page"),
            Body::Text(t) => write!(f, "`{}`", short(t, 220)),
        }
    }
}

fn short(s: &str, max: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() > max {
        format!("{}…", one.chars().take(max).collect::<String>())
    } else {
        one
    }
}

/// Replaces addresses, ports and server versions, so two servers on different ports (and patch
/// releases) compare. Versions are compared once, separately.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let mut matched = false;
        for (prefix, replacement) in [
            ("127.0.0.1:", "127.0.0.1:PORT"),
            ("localhost:", "localhost:PORT"),
            ("%3A", "%3APORT"),
            ("Port ", "Port PORT"),
            ("Apache/", "Apache/VERSION"),
            ("nginx/", "nginx/VERSION"),
        ] {
            if let Some(after) = rest.strip_prefix(prefix) {
                let digits = after.chars().take_while(|c| c.is_ascii_digit() || (prefix.ends_with('/') && *c == '.')).count();
                if digits > 0 {
                    out.push_str(replacement);
                    rest = &after[digits..];
                    matched = true;
                    break;
                }
            }
        }
        if !matched {
            let c = rest.chars().next().unwrap();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

const KEY_HEADERS: &[&str] = &["location", "retry-after", "link", "allow", "www-authenticate", "x-robots-tag", "server"];

fn signature(e: &Exchange) -> Signature {
    let body = if e.body.is_empty() {
        Body::Empty
    } else if let Some(index) = wp::rest_index(&e.body) {
        let mut namespaces = index.namespaces.clone();
        namespaces.sort();
        Body::RestIndex { namespaces, app_passwords: index.app_password_endpoint.is_some() }
    } else if let Some(err) = wp::wp_error(&e.body) {
        Body::WpError { code: err.code, message: err.message, status: err.status }
    } else if let Some(v) = wp::lenient_json(&e.body) {
        Body::Json(match v {
            serde_json::Value::Array(a) => format!("list of {}", a.len()),
            serde_json::Value::Object(m) => format!("object {{{}}}", m.keys().take(12).cloned().collect::<Vec<_>>().join(", ")),
            other => other.to_string(),
        })
    } else {
        let text = String::from_utf8_lossy(&e.body);
        if text.contains("wp-die-message") {
            Body::WpDiePage { title: between(&text, "<title>", "</title>"), message: between(&text, "<div class=\"wp-die-message\">", "</div>") }
        } else if text.contains("/wp-content/") || text.contains("/wp-includes/") {
            Body::WordPressPage
        } else {
            Body::Text(normalize(&text))
        }
    };
    let headers = KEY_HEADERS
        .iter()
        .filter_map(|h| e.header(h).map(|v| (h.to_string(), normalize(v))))
        .collect();
    let prefix = match wp::json_shape(&e.body) {
        wp::JsonShape::Prefixed { prefix } => Some(normalize(&prefix)),
        _ => None,
    };
    Signature { status: e.status, content_type: e.content_type().to_string(), headers, prefix, body }
}

/// One difference between the real server and the scenario store.
pub struct Mismatch {
    pub case: String,
    pub request: String,
    pub field: String,
    pub real: String,
    pub scenario: String,
    /// Explained by WooCommerce being absent from the real site (not a scenario-store bug).
    pub woocommerce_absent: bool,
}

/// Where two texts first differ, with a little context from each.
fn first_difference(a: &str, b: &str) -> (String, String) {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let start = common.saturating_sub(40);
    let take = |t: &str| {
        let piece: String = t.chars().skip(start).take(160).collect();
        format!("…`{}`", short(&piece, 160))
    };
    (format!("{} (differs from char {common})", take(a)), take(b))
}

/// WooCommerce adds these fields to WordPress's user objects.
const WOOCOMMERCE_USER_FIELDS: &[&str] = &["woocommerce_meta", "is_super_admin"];

fn diff(case: &Case, probe: &Probe, real: &Signature, fake: &Signature, out: &mut Vec<Mismatch>) {
    let request = format!("{} /{} ({})", probe.method, probe.path, probe.label);
    let wc_route = probe.path.contains("wc/v3");
    let no_route = |r: &Signature| matches!(&r.body, Body::WpError { code, .. } if code == "rest_no_route");
    let mut push = |field: &str, a: String, b: String, wc: bool| {
        out.push(Mismatch { case: case.name.into(), request: request.clone(), field: field.into(), real: a, scenario: b, woocommerce_absent: wc });
    };
    let wc_explains = wc_route && no_route(real);
    if real.status != fake.status {
        push("status", real.status.to_string(), fake.status.to_string(), wc_explains);
    }
    if real.content_type != fake.content_type {
        push("content-type", real.content_type.clone(), fake.content_type.clone(), wc_explains);
    }
    for h in KEY_HEADERS {
        let a = real.headers.iter().find(|(n, _)| n == h).map(|(_, v)| v.clone());
        let b = fake.headers.iter().find(|(n, _)| n == h).map(|(_, v)| v.clone());
        if a != b {
            let none = || "(none)".to_string();
            push(&format!("header {h}"), a.unwrap_or_else(none), b.unwrap_or_else(none), wc_explains);
        }
    }
    // Text printed before the JSON is its own difference, never explained by WooCommerce.
    if real.prefix != fake.prefix {
        let show = |p: &Option<String>| p.as_ref().map(|p| format!("`{}`", short(p, 200))).unwrap_or_else(|| "(none)".to_string());
        push("text before the JSON", show(&real.prefix), show(&fake.prefix), false);
    }
    if real.body == fake.body {
        return;
    }
    let auth_codes = |b: &Body| matches!(b, Body::WpError { code, .. } if ["invalid_username", "incorrect_password", "invalid_email"].contains(&code.as_str()));
    let real_not_logged_in = matches!(&real.body, Body::WpError { code, .. } if code == "rest_not_logged_in");
    let wc_auth_order = case.scenario != "woocommerce-inactive" && real_not_logged_in && auth_codes(&fake.body);
    match (&real.body, &fake.body) {
        (Body::Text(a), Body::Text(b)) => {
            let (ra, rb) = first_difference(a, b);
            push("body", ra, rb, wc_explains);
        }
        (Body::RestIndex { namespaces: a, app_passwords: pa }, Body::RestIndex { namespaces: b, app_passwords: pb }) => {
            let extra: Vec<&String> = b.iter().filter(|n| !a.contains(n)).collect();
            let missing: Vec<&String> = a.iter().filter(|n| !b.contains(n)).collect();
            let only_wc = missing.is_empty() && extra.iter().all(|n| n.starts_with("wc") || n.starts_with("wccom"));
            push(
                "body",
                real.body.to_string(),
                format!("{} (extra: {extra:?}, missing: {missing:?})", fake.body),
                pa == pb && only_wc && case.scenario != "woocommerce-inactive",
            );
        }
        (Body::Json(a), Body::Json(b)) => {
            let keys = |s: &str| -> Vec<String> {
                s.trim_start_matches("object {").trim_end_matches('}').split(", ").map(str::to_string).collect()
            };
            let (ka, kb) = (keys(a), keys(b));
            let only_wc = ka.iter().all(|k| kb.contains(k))
                && kb.iter().filter(|k| !ka.contains(k)).all(|k| WOOCOMMERCE_USER_FIELDS.contains(&k.as_str()));
            push("body", real.body.to_string(), fake.body.to_string(), only_wc && case.scenario != "woocommerce-inactive");
        }
        _ => push("body", real.body.to_string(), fake.body.to_string(), wc_explains || wc_auth_order),
    }
}

struct Case {
    name: &'static str,
    scenario: &'static str,
    make: fn(&mut Testbed) -> String,
}

const CASES: &[Case] = &[
    Case { name: "healthy (WordPress only)", scenario: "woocommerce-inactive", make: |tb| tb.apache.url() },
    Case { name: "healthy", scenario: "healthy", make: |tb| tb.apache.url() },
    Case { name: "1 plain permalinks", scenario: "plain-permalinks", make: Testbed::fault_plain_permalinks },
    Case { name: "2 .htaccess refuses wp-json", scenario: "rest-blocked-htaccess", make: Testbed::fault_htaccess_blocks_wp_json },
    Case { name: "3a IP deny (Apache)", scenario: "ip-blocked", make: Testbed::fault_apache_ip_deny },
    Case { name: "3b IP deny (nginx)", scenario: "ip-blocked", make: Testbed::fault_nginx_ip_deny },
    Case { name: "4 ModSecurity CRS", scenario: "modsecurity", make: Testbed::fault_modsecurity },
    Case { name: "5a Authorization dropped (Apache + php-fpm)", scenario: "auth-header-stripped", make: Testbed::fault_fpm_strips_authorization },
    Case { name: "5b Authorization dropped (nginx + php-fpm)", scenario: "auth-header-stripped", make: Testbed::fault_nginx_strips_authorization },
    Case { name: "6 http→https redirect", scenario: "http-redirect-https", make: Testbed::fault_https_redirect },
    Case { name: "7 maintenance", scenario: "maintenance", make: Testbed::fault_maintenance },
    Case { name: "8 REST API disabled", scenario: "rest-disabled", make: Testbed::fault_rest_disabled },
    Case { name: "9 PHP warnings before the JSON", scenario: "invalid-json", make: Testbed::fault_php_warnings },
];

/// The `Server` headers each side sent.
#[derive(Default)]
struct Versions {
    real: std::collections::BTreeSet<String>,
    scenario: std::collections::BTreeSet<String>,
}

impl Versions {
    fn note(&mut self, side: &str, e: &Exchange) {
        if let Some(s) = e.header("server") {
            let set = if side == "real" { &mut self.real } else { &mut self.scenario };
            set.insert(s.to_string());
        }
    }
}

async fn ask(client: &Client, base: &str, probe: &Probe, user: &str, password: &str) -> Exchange {
    let url = format!("{base}{}", probe.path);
    let login = match probe.login {
        Login::None => None,
        Login::AppPassword => Some((user, password)),
        Login::UnknownUser => Some(("handshake-header-check", "not-a-real-password-0000")),
        Login::WrongPassword => Some((user, "wron gpas swor dwro ngpa sswo")),
    };
    // Credentials are never sent over plain http (the engine's client refuses to).
    let login = if base.starts_with("http://") { None } else { login };
    let headers: &[(&'static str, &str)] = if probe.accept_any { &[("accept", "*/*")] } else { &[] };
    client.send(probe.method, &url, login, probe.body, headers).await
}

/// Runs every case; returns the Markdown report.
pub fn run(tb: &mut Testbed) -> String {
    let mut mismatches = Vec::new();
    let mut notes = String::new();
    let mut versions = Versions::default();
    for case in CASES {
        tb.reset();
        let real_base = (case.make)(tb);
        let app_password = tb.wp.app_password.clone();
        let real: Vec<Signature> = PROBES
            .iter()
            .map(|p| {
                let e = tb.rt.block_on(ask(&tb.client, &real_base, p, ADMIN_USER, &app_password));
                versions.note("real", &e);
                signature(&e)
            })
            .collect();
        let fake: Vec<Signature> = tb.rt.block_on(async {
            let store = teststore::start(teststore::StoreOptions {
                scenario: case.scenario.to_string(),
                addr: "127.0.0.1:0".parse().unwrap(),
                tls: teststore::Tls::SelfSigned,
                auto_approve: false,
                ca_cert: None,
                latency: std::time::Duration::ZERO,
            })
            .await
            .unwrap_or_else(|e| panic!("scenario {} did not start: {e}", case.scenario));
            let client = Client::new(store.ca_pem().expect("the scenario store's CA"));
            let base = store.url().to_string();
            let mut out = Vec::new();
            for p in PROBES {
                let e = ask(&client, &base, p, teststore::TEST_WP_USER, teststore::TEST_WP_APP_PASSWORD).await;
                versions.note("scenario", &e);
                out.push(signature(&e));
            }
            store.shutdown().await;
            out
        });
        let _ = writeln!(notes, "- {}: real {} vs scenario `{}`", case.name, real_base, case.scenario);
        for (i, p) in PROBES.iter().enumerate() {
            diff(case, p, &real[i], &fake[i], &mut mismatches);
        }
    }
    tb.reset();

    let mut md = String::from("# Real servers vs the scenario store\n\nGenerated by tests/real-servers (step \"real servers vs the scenario store\").\n\n");
    md.push_str(&notes);
    let _ = writeln!(md, "\nServer versions (compared separately; bodies and headers below have them normalized): real {:?}, scenario store {:?}", versions.real, versions.scenario);
    for (title, wc) in [("Differences the scenario store should fix", false), ("Differences explained by WooCommerce being absent from the real site", true)] {
        let _ = writeln!(md, "\n## {title}\n\n| case | request | field | real server | scenario store |\n|---|---|---|---|---|");
        for m in mismatches.iter().filter(|m| m.woocommerce_absent == wc) {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} |",
                m.case,
                m.request,
                m.field,
                m.real.replace('|', "\\|"),
                m.scenario.replace('|', "\\|")
            );
        }
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_hides_ports_and_versions_only() {
        assert_eq!(
            normalize("<address>Apache/2.4.71 (Debian) Server at 127.0.0.1 Port 8443</address> https://127.0.0.1:8443/x nginx/1.22.1"),
            "<address>Apache/VERSION (Debian) Server at 127.0.0.1 Port PORT</address> https://127.0.0.1:PORT/x nginx/VERSION"
        );
        assert_eq!(normalize("Port of call, Apache/ and 127.0.0.1:"), "Port of call, Apache/ and 127.0.0.1:");
    }

    #[test]
    fn first_difference_points_at_the_change() {
        let (a, b) = first_difference("same start, then A", "same start, then B");
        assert!(a.contains("differs from char 17") && a.contains("then A`") && b.ends_with("then B`"), "{a} / {b}");
    }
}
