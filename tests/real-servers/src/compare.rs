//! Real servers against the scenario store: the same requests (what the probes send, plus a few) to
//! the real fault and to the scenario that imitates it, compared on status, the headers clients
//! read, and the body (WordPress's error object field by field, the REST index by shape, other JSON
//! by its keys, any other body byte for byte once host, port, server version and filesystem paths
//! are normalized).
//!
//! Every difference is written to a Markdown file for the scenario store's maintainers, and every
//! difference that the [`ALLOWED`] list below does not explain fails the test: the real servers are
//! the truth, and the only differences accepted are the ones WooCommerce's absence from the real
//! site explains (Debian does not package WooCommerce; the scenarios imitate WooCommerce stores).

use std::fmt::Write as _;

use handshake_demo as demo_store;
use handshake_engine::internals::http::Exchange;
use handshake_engine::internals::wp;

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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Login {
    None,
    /// The site's administrator with its application password.
    AppPassword,
    /// A user that does not exist (the doctor's header check; also what a consumer key sent to a
    /// site without WooCommerce is).
    UnknownUser,
    /// The administrator with a wrong application password.
    WrongPassword,
}

const fn probe(
    label: &'static str,
    method: &'static str,
    path: &'static str,
    login: Login,
) -> Probe {
    Probe {
        label,
        method,
        path,
        body: None,
        login,
        accept_any: false,
    }
}

const PROBES: &[Probe] = &[
    probe("home page", "GET", "", Login::None),
    probe("REST index", "GET", "wp-json/", Login::None),
    probe(
        "REST index, query form",
        "GET",
        "?rest_route=/",
        Login::None,
    ),
    Probe {
        accept_any: true,
        ..probe("REST index, Accept: */*", "GET", "wp-json/", Login::None)
    },
    probe(
        "users/me, application password",
        "GET",
        "wp-json/wp/v2/users/me",
        Login::AppPassword,
    ),
    probe(
        "users/me, query form, unknown Basic user",
        "GET",
        "?rest_route=/wp/v2/users/me",
        Login::UnknownUser,
    ),
    probe(
        "users/me, wrong application password",
        "GET",
        "wp-json/wp/v2/users/me",
        Login::WrongPassword,
    ),
    probe(
        "wp/v2/posts, anonymous",
        "GET",
        "wp-json/wp/v2/posts",
        Login::None,
    ),
    probe(
        "wp/v2/posts/1, application password",
        "GET",
        "wp-json/wp/v2/posts/1",
        Login::AppPassword,
    ),
    Probe {
        body: Some("{}"),
        ..probe(
            "PUT wp/v2/posts/1, application password",
            "PUT",
            "wp-json/wp/v2/posts/1",
            Login::AppPassword,
        )
    },
    Probe {
        body: Some("{}"),
        ..probe(
            "PUT wp/v2/posts/1, no credentials",
            "PUT",
            "wp-json/wp/v2/posts/1",
            Login::None,
        )
    },
    probe(
        "wc/v3/orders, Basic with an unknown user",
        "GET",
        "wp-json/wc/v3/orders",
        Login::UnknownUser,
    ),
    Probe {
        body: Some("{}"),
        ..probe(
            "PUT wc/v3/orders/2147483647 (the doctor's PUT)",
            "PUT",
            "wp-json/wc/v3/orders/2147483647",
            Login::None,
        )
    },
    Probe {
        body: Some(r#"{"id":1}"#),
        ..probe(
            "POST wc/v3/orders (the doctor's POST)",
            "POST",
            "wp-json/wc/v3/orders",
            Login::None,
        )
    },
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
    WpError {
        code: String,
        message: String,
        status: Option<u16>,
    },
    RestIndex {
        namespaces: Vec<String>,
        app_passwords: bool,
    },
    /// A JSON object: its keys, sorted, each object value with its own keys (`title{raw,rendered}`).
    JsonObject(Vec<String>),
    /// A JSON list: its length and the shape of its first item.
    JsonList {
        len: usize,
        first: Vec<String>,
    },
    /// Other JSON (a scalar), as text.
    Json(String),
    /// WordPress's `wp_die()` page (maintenance…): its title and message.
    WpDiePage {
        title: String,
        message: String,
    },
    /// A page of the WordPress site (theme output): compared by kind only.
    WordPressPage,
    /// Anything else (server error pages…), normalized, in full.
    Text(String),
}

fn between(text: &str, start: &str, end: &str) -> String {
    text.split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(inner, _)| inner.trim().to_string())
        .unwrap_or_default()
}

impl std::fmt::Display for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Body::Empty => write!(f, "(empty)"),
            Body::WpError {
                code,
                message,
                status,
            } => {
                write!(
                    f,
                    "WP error `{code}` \"{}\" (data.status {status:?})",
                    short(message, 90)
                )
            }
            Body::RestIndex {
                namespaces,
                app_passwords,
            } => {
                write!(
                    f,
                    "REST index, namespaces [{}], application passwords {}",
                    namespaces.join(", "),
                    if *app_passwords {
                        "offered"
                    } else {
                        "not offered"
                    }
                )
            }
            Body::JsonObject(keys) => write!(f, "JSON object {{{}}}", keys.join(", ")),
            Body::JsonList { len, first } => {
                write!(f, "JSON list of {len}, the first {{{}}}", first.join(", "))
            }
            Body::Json(s) => write!(f, "JSON {s}"),
            Body::WpDiePage { title, message } => write!(
                f,
                "WordPress error page <title>{title}</title>: \"{}\"",
                short(message, 120)
            ),
            Body::WordPressPage => write!(f, "a WordPress (theme) page"),
            Body::Text(t) => write!(
                f,
                "`{}`",
                t.chars().take(300).collect::<String>().escape_debug()
            ),
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

/// Replaces addresses, ports, server versions and the site's folder, so two servers on different
/// ports (patch releases, install folders) compare. Versions are listed once, separately.
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
                let digits = after
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || (prefix.ends_with('/') && *c == '.'))
                    .count();
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
    normalize_paths(&out)
}

/// WordPress's folder in filesystem paths (PHP warnings name the file): `/tmp/…/wp/wp-content/x.php`
/// and `/var/www/html/wp-content/x.php` both become `ABSPATH/wp-content/x.php`. URLs keep theirs.
fn normalize_paths(text: &str) -> String {
    const MARKERS: [&str; 3] = ["/wp-content/", "/wp-includes/", "/wp-admin/"];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((at, marker)) = MARKERS
        .iter()
        .filter_map(|m| rest.find(m).map(|i| (i, *m)))
        .min()
    {
        let head = &rest[..at];
        // The path starts after the last character that cannot be part of it.
        let start = head
            .rfind(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '(' | '='))
            .map(|i| i + 1)
            .unwrap_or(0);
        let folder = &head[start..];
        out.push_str(&head[..start]);
        out.push_str(if folder.starts_with('/') {
            "ABSPATH"
        } else {
            folder
        });
        out.push_str(marker);
        rest = &rest[at + marker.len()..];
    }
    out.push_str(rest);
    out
}

const KEY_HEADERS: &[&str] = &[
    "location",
    "retry-after",
    "link",
    "allow",
    "www-authenticate",
    "x-robots-tag",
    "x-wp-total",
    "x-wp-totalpages",
    "server",
];

/// A header's values as clients read them (repeated headers joined with ", "), normalized. Apache
/// builds the `Allow` of its 405 page (`GET,POST,OPTIONS,HEAD`, no spaces) from a hash table whose
/// order changes from one request to the next on the real server, so that list compares sorted;
/// WordPress's own `Allow` (`GET, POST, PUT`, with spaces) keeps its order.
fn header_value(e: &Exchange, name: &str) -> Option<String> {
    let values: Vec<&str> = e
        .headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    if values.is_empty() {
        return None;
    }
    let joined = values.join(", ");
    if name == "allow" && !joined.contains(", ") {
        let mut methods: Vec<&str> = joined.split(',').collect();
        methods.sort_unstable();
        return Some(methods.join(","));
    }
    Some(normalize(&joined))
}

/// An object's keys, sorted; object values show their own keys (`_links` only its relations'
/// names, which depend on the post's revisions).
fn object_shape(map: &serde_json::Map<String, serde_json::Value>) -> Vec<String> {
    let mut keys: Vec<String> = map
        .iter()
        .map(|(k, v)| match v {
            serde_json::Value::Object(inner) if k != "_links" => {
                let mut sub: Vec<&str> = inner.keys().map(String::as_str).collect();
                sub.sort_unstable();
                format!("{k}{{{}}}", sub.join(","))
            }
            _ => k.clone(),
        })
        .collect();
    keys.sort();
    keys
}

fn signature(e: &Exchange) -> Signature {
    let body = if e.body.is_empty() {
        Body::Empty
    } else if let Some(index) = wp::rest_index(&e.body) {
        let mut namespaces = index.namespaces.clone();
        namespaces.sort();
        Body::RestIndex {
            namespaces,
            app_passwords: index.app_password_endpoint.is_some(),
        }
    } else if let Some(err) = wp::wp_error(&e.body) {
        Body::WpError {
            code: err.code,
            message: err.message,
            status: err.status,
        }
    } else if let Some(v) = wp::lenient_json(&e.body) {
        match v {
            serde_json::Value::Object(m) => Body::JsonObject(object_shape(&m)),
            serde_json::Value::Array(a) => Body::JsonList {
                len: a.len(),
                first: a
                    .first()
                    .and_then(|f| f.as_object())
                    .map(object_shape)
                    .unwrap_or_default(),
            },
            other => Body::Json(other.to_string()),
        }
    } else {
        let text = String::from_utf8_lossy(&e.body);
        if text.contains("wp-die-message") {
            Body::WpDiePage {
                title: between(&text, "<title>", "</title>"),
                message: between(&text, "<div class=\"wp-die-message\">", "</div>"),
            }
        } else if text.contains("/wp-content/") || text.contains("/wp-includes/") {
            Body::WordPressPage
        } else {
            Body::Text(normalize(&text))
        }
    };
    let headers = KEY_HEADERS
        .iter()
        .filter_map(|h| header_value(e, h).map(|v| (h.to_string(), v)))
        .collect();
    let prefix = match wp::json_shape(&e.body) {
        wp::JsonShape::Prefixed { prefix } => Some(normalize(&prefix)),
        _ => None,
    };
    Signature {
        status: e.status,
        content_type: e.content_type().to_string(),
        headers,
        prefix,
        body,
    }
}

/// One difference between the real server and the scenario store.
pub struct Mismatch {
    pub case: String,
    pub scenario_name: String,
    pub request: String,
    pub field: String,
    pub real: String,
    pub scenario: String,
    /// Why the difference is accepted (an [`ALLOWED`] entry), or `None`: the scenario store is wrong.
    pub allowed: Option<&'static str>,
}

/// Where two texts first differ, with a little context from each (control characters escaped, so a
/// `\r\n` against a `\n` shows).
fn first_difference(a: &str, b: &str) -> (String, String) {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let start = common.saturating_sub(40);
    let take = |t: &str| {
        format!(
            "…`{}`",
            t.chars()
                .skip(start)
                .take(160)
                .collect::<String>()
                .escape_debug()
        )
    };
    (format!("{} (differs from char {common})", take(a)), take(b))
}

/// What the allowlist sees of one difference.
struct Seen<'a> {
    case: &'a Case,
    probe: &'a Probe,
    field: &'a str,
    real: &'a Signature,
    store: &'a Signature,
}

fn is_code(body: &Body, codes: &[&str]) -> bool {
    matches!(body, Body::WpError { code, .. } if codes.contains(&code.as_str()))
}

/// One accepted kind of difference, with the reason shown in the report.
struct Allowance {
    why: &'static str,
    applies: fn(&Seen) -> bool,
}

/// WooCommerce Admin registers these fields on WordPress's user objects.
const WOOCOMMERCE_USER_FIELDS: &[&str] = &["is_super_admin", "woocommerce_meta"];

/// The differences accepted, every one explained by WooCommerce's absence from the real site and
/// only for scenarios that imitate a store WITH WooCommerce (`Case::woocommerce`). Anything else
/// fails the test. Keep this list short: a new entry needs a reason a maintainer can check.
const ALLOWED: &[Allowance] = &[
    // The scenario store serves WooCommerce's routes; the real site has none, so every `wc/v3` request
    // that reaches WordPress is `404 rest_no_route` there, whatever the store says (status, body,
    // the route's `Allow`, `X-WP-Total`). Requests stopped in front of WordPress (a 403 page…) still
    // have to match.
    Allowance {
        why: "WooCommerce's routes: the real site has no `wc/v3` (404 `rest_no_route`)",
        applies: |s| s.case.woocommerce && s.probe.path.contains("wc/v3") && is_code(&s.real.body, &["rest_no_route"]),
    },
    // WooCommerce registers its namespaces (wc/v3, wc/store, wc-admin, wccom-site…) in the REST index;
    // everything else in the index (WordPress's namespaces, application passwords) has to match.
    Allowance {
        why: "WooCommerce's namespaces in the REST index",
        applies: |s| {
            s.case.woocommerce
                && s.field == "body"
                && matches!((&s.real.body, &s.store.body), (
                    Body::RestIndex { namespaces: a, app_passwords: pa },
                    Body::RestIndex { namespaces: b, app_passwords: pb },
                ) if pa == pb
                    && a.iter().all(|n| b.contains(n))
                    && b.iter().filter(|n| !a.contains(n)).all(|n| n.starts_with("wc")))
        },
    },
    // Wrong Basic credentials on a site with WooCommerce: WooCommerce's `authentication_fallback`
    // (`rest_authentication_errors`, priority 15) determines the user, so WordPress's application-
    // password check (priority 90) reports `invalid_username` / `incorrect_password` before any route
    // is matched (hence no `Allow`), as the research testbed with WooCommerce saw. Without WooCommerce
    // nothing determines the user before priority 90: `rest_not_logged_in` from the route, `Allow: GET`.
    Allowance {
        why: "WooCommerce reports wrong Basic credentials before dispatch (`invalid_username` / `incorrect_password`, no `Allow`)",
        applies: |s| {
            s.case.woocommerce
                && matches!(s.probe.login, Login::UnknownUser | Login::WrongPassword)
                && (s.field == "body" || s.field == "header allow")
                && is_code(&s.real.body, &["rest_not_logged_in"])
                && is_code(&s.store.body, &["invalid_username", "incorrect_password", "invalid_email"])
        },
    },
    // WooCommerce Admin adds `is_super_admin` and `woocommerce_meta` to users (`/wp/v2/users/me`); the
    // other fields have to match.
    Allowance {
        why: "WooCommerce Admin's `is_super_admin` and `woocommerce_meta` user fields",
        applies: |s| {
            s.case.woocommerce
                && s.field == "body"
                && matches!((&s.real.body, &s.store.body), (Body::JsonObject(a), Body::JsonObject(b))
                    if a.iter().all(|k| b.contains(k))
                        && b.iter().filter(|k| !a.contains(k)).all(|k| WOOCOMMERCE_USER_FIELDS.iter().any(|f| k == f || k.starts_with(&format!("{f}{{")))))
        },
    },
];

fn diff(case: &Case, probe: &Probe, real: &Signature, fake: &Signature, out: &mut Vec<Mismatch>) {
    let request = format!("{} /{} ({})", probe.method, probe.path, probe.label);
    let mut push = |field: &str, a: String, b: String| {
        let seen = Seen {
            case,
            probe,
            field,
            real,
            store: fake,
        };
        let allowed = ALLOWED
            .iter()
            .find(|rule| (rule.applies)(&seen))
            .map(|rule| rule.why);
        out.push(Mismatch {
            case: case.name.into(),
            scenario_name: case.scenario.into(),
            request: request.clone(),
            field: field.into(),
            real: a,
            scenario: b,
            allowed,
        });
    };
    if real.status != fake.status {
        push("status", real.status.to_string(), fake.status.to_string());
    }
    if real.content_type != fake.content_type {
        push(
            "content-type",
            real.content_type.clone(),
            fake.content_type.clone(),
        );
    }
    for h in KEY_HEADERS {
        let a = real
            .headers
            .iter()
            .find(|(n, _)| n == h)
            .map(|(_, v)| v.clone());
        let b = fake
            .headers
            .iter()
            .find(|(n, _)| n == h)
            .map(|(_, v)| v.clone());
        if a != b {
            let none = || "(none)".to_string();
            push(
                &format!("header {h}"),
                a.unwrap_or_else(none),
                b.unwrap_or_else(none),
            );
        }
    }
    if real.prefix != fake.prefix {
        let show = |p: &Option<String>| {
            p.as_ref()
                .map(|p| format!("`{}`", p.escape_debug()))
                .unwrap_or_else(|| "(none)".to_string())
        };
        push(
            "text before the JSON",
            show(&real.prefix),
            show(&fake.prefix),
        );
    }
    if real.body == fake.body {
        return;
    }
    match (&real.body, &fake.body) {
        (Body::Text(a), Body::Text(b)) => {
            let (ra, rb) = first_difference(a, b);
            push("body", ra, rb);
        }
        (Body::RestIndex { namespaces: a, .. }, Body::RestIndex { namespaces: b, .. }) => {
            let extra: Vec<&String> = b.iter().filter(|n| !a.contains(n)).collect();
            let missing: Vec<&String> = a.iter().filter(|n| !b.contains(n)).collect();
            push(
                "body",
                real.body.to_string(),
                format!("{} (extra: {extra:?}, missing: {missing:?})", fake.body),
            );
        }
        (Body::JsonObject(a), Body::JsonObject(b)) => {
            let extra: Vec<&String> = b.iter().filter(|k| !a.contains(k)).collect();
            let missing: Vec<&String> = a.iter().filter(|k| !b.contains(k)).collect();
            push(
                "body",
                real.body.to_string(),
                format!("{} (extra: {extra:?}, missing: {missing:?})", fake.body),
            );
        }
        _ => push("body", real.body.to_string(), fake.body.to_string()),
    }
}

struct Case {
    name: &'static str,
    scenario: &'static str,
    /// The scenario imitates a store with WooCommerce active (the real site never has it).
    woocommerce: bool,
    make: fn(&mut Testbed) -> String,
}

const CASES: &[Case] = &[
    Case {
        name: "healthy (WordPress only)",
        scenario: "woocommerce-inactive",
        woocommerce: false,
        make: |tb| tb.apache.url(),
    },
    Case {
        name: "healthy",
        scenario: "healthy",
        woocommerce: true,
        make: |tb| tb.apache.url(),
    },
    Case {
        name: "1 plain permalinks",
        scenario: "plain-permalinks",
        woocommerce: true,
        make: Testbed::fault_plain_permalinks,
    },
    Case {
        name: "2 .htaccess refuses wp-json",
        scenario: "rest-blocked-htaccess",
        woocommerce: true,
        make: Testbed::fault_htaccess_blocks_wp_json,
    },
    Case {
        name: "3a IP deny (Apache)",
        scenario: "ip-blocked",
        woocommerce: true,
        make: Testbed::fault_apache_ip_deny,
    },
    Case {
        name: "3b IP deny (nginx)",
        scenario: "ip-blocked-nginx",
        woocommerce: true,
        make: Testbed::fault_nginx_ip_deny,
    },
    Case {
        name: "4 ModSecurity CRS",
        scenario: "modsecurity",
        woocommerce: true,
        make: Testbed::fault_modsecurity,
    },
    Case {
        name: "5a Authorization dropped (Apache + php-fpm)",
        scenario: "auth-header-stripped",
        woocommerce: true,
        make: Testbed::fault_fpm_strips_authorization,
    },
    Case {
        name: "5b Authorization dropped (nginx + php-fpm)",
        scenario: "auth-header-stripped-nginx",
        woocommerce: true,
        make: Testbed::fault_nginx_strips_authorization,
    },
    Case {
        name: "6 http→https redirect",
        scenario: "http-redirect-https",
        woocommerce: true,
        make: Testbed::fault_https_redirect,
    },
    Case {
        name: "7 maintenance",
        scenario: "maintenance",
        woocommerce: true,
        make: Testbed::fault_maintenance,
    },
    Case {
        name: "8 REST API disabled",
        scenario: "rest-disabled",
        woocommerce: true,
        make: Testbed::fault_rest_disabled,
    },
    Case {
        name: "9 PHP warnings before the JSON",
        scenario: "invalid-json",
        woocommerce: true,
        make: Testbed::fault_php_warnings,
    },
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
            let set = if side == "real" {
                &mut self.real
            } else {
                &mut self.scenario
            };
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
    let login = if base.starts_with("http://") {
        None
    } else {
        login
    };
    let headers: &[(&'static str, &str)] = if probe.accept_any {
        &[("accept", "*/*")]
    } else {
        &[]
    };
    client
        .send(probe.method, &url, login, probe.body, headers)
        .await
}

/// `HANDSHAKE_REAL_SERVERS_DUMP=<folder>`: every exchange of the comparison written there in full
/// (status, headers, body), one file per case, request and side — for whoever fixes a difference.
fn dump(case: usize, probe: usize, side: &str, e: &Exchange) {
    let Some(dir) = std::env::var_os("HANDSHAKE_REAL_SERVERS_DUMP") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let _ = std::fs::create_dir_all(&dir);
    let mut text = format!("{} {}\n{}\n", e.method, e.url, e.status);
    for (name, value) in &e.headers {
        let _ = writeln!(
            text,
            "{name}: {}",
            String::from_utf8_lossy(value.as_bytes())
        );
    }
    text.push('\n');
    text.push_str(&String::from_utf8_lossy(&e.body));
    let _ = std::fs::write(dir.join(format!("{case:02}-{probe:02}-{side}.txt")), text);
}

/// The outcome of [`run`]: the Markdown report and every difference found.
pub struct Comparison {
    pub markdown: String,
    pub mismatches: Vec<Mismatch>,
}

impl Comparison {
    /// The differences no [`ALLOWED`] entry explains.
    pub fn unexplained(&self) -> Vec<&Mismatch> {
        self.mismatches
            .iter()
            .filter(|m| m.allowed.is_none())
            .collect()
    }

    /// `None` when the scenario store agrees with the real servers (allowlist aside); otherwise a
    /// readable list of what differs, grouped by case and request.
    pub fn failure(&self) -> Option<String> {
        let bad = self.unexplained();
        if bad.is_empty() {
            return None;
        }
        let mut text = format!(
            "{} difference(s) between the real servers and the scenario store that no entry of ALLOWED \
             (tests/real-servers/src/compare.rs) explains; fix the scenario store:\n",
            bad.len()
        );
        let mut last = (String::new(), String::new());
        for m in bad {
            if (m.case.clone(), m.request.clone()) != last {
                let _ = writeln!(
                    text,
                    "\n{} (scenario `{}`)\n  {}",
                    m.case, m.scenario_name, m.request
                );
                last = (m.case.clone(), m.request.clone());
            }
            let _ = writeln!(
                text,
                "    {}:\n      real server:    {}\n      scenario store: {}",
                m.field, m.real, m.scenario
            );
        }
        Some(text)
    }
}

/// Runs every case; returns the report and the differences (the caller fails on unexplained ones).
pub fn run(tb: &mut Testbed) -> Comparison {
    let mut mismatches = Vec::new();
    let mut notes = String::new();
    let mut versions = Versions::default();
    for (ci, case) in CASES.iter().enumerate() {
        tb.reset();
        let real_base = (case.make)(tb);
        let app_password = tb.wp.app_password.clone();
        let real: Vec<Signature> = PROBES
            .iter()
            .enumerate()
            .map(|(pi, p)| {
                let e = tb
                    .rt
                    .block_on(ask(&tb.client, &real_base, p, ADMIN_USER, &app_password));
                versions.note("real", &e);
                dump(ci, pi, "real", &e);
                signature(&e)
            })
            .collect();
        let fake: Vec<Signature> = tb.rt.block_on(async {
            let store = demo_store::start(demo_store::StoreOptions::new(case.scenario))
                .await
                .unwrap_or_else(|e| panic!("scenario {} did not start: {e}", case.scenario));
            let client = Client::new(store.ca_pem().expect("the scenario store's CA"));
            let base = store.url().to_string();
            let mut out = Vec::new();
            for (pi, p) in PROBES.iter().enumerate() {
                let e = ask(
                    &client,
                    &base,
                    p,
                    demo_store::TEST_WP_USER,
                    demo_store::TEST_WP_APP_PASSWORD,
                )
                .await;
                versions.note("scenario", &e);
                dump(ci, pi, "store", &e);
                out.push(signature(&e));
            }
            store.shutdown().await;
            out
        });
        let _ = writeln!(
            notes,
            "- {}: real {} vs scenario `{}`",
            case.name, real_base, case.scenario
        );
        for (i, p) in PROBES.iter().enumerate() {
            diff(case, p, &real[i], &fake[i], &mut mismatches);
        }
    }
    tb.reset();

    let compared = CASES.len() * PROBES.len();
    let unexplained = mismatches.iter().filter(|m| m.allowed.is_none()).count();
    let mut md = String::from("# Real servers vs the scenario store\n\nGenerated by tests/real-servers (step \"real servers vs the scenario store\").\n\n");
    md.push_str(&notes);
    let _ = writeln!(
        md,
        "\n{compared} requests compared ({} cases × {} requests): {unexplained} unexplained difference(s) (these fail the test), {} explained by WooCommerce's absence from the real site.",
        CASES.len(),
        PROBES.len(),
        mismatches.len() - unexplained
    );
    let _ = writeln!(md, "\nServer versions (listed, not compared; bodies and headers below have them normalized): real {:?}, scenario store {:?}", versions.real, versions.scenario);
    let row = |m: &Mismatch| {
        format!(
            "| {} | {} | {} | {} | {} |",
            m.case,
            m.request,
            m.field,
            m.real.replace('|', "\\|"),
            m.scenario.replace('|', "\\|")
        )
    };
    let _ = writeln!(md, "\n## Differences the scenario store must fix (they fail the test)\n\n| case | request | field | real server | scenario store |\n|---|---|---|---|---|");
    for m in mismatches.iter().filter(|m| m.allowed.is_none()) {
        let _ = writeln!(md, "{}", row(m));
    }
    let _ = writeln!(
        md,
        "\n## Differences explained by WooCommerce being absent from the real site (allowed)\n"
    );
    for rule in ALLOWED {
        let _ = writeln!(md, "\n### {}\n\n| case | request | field | real server | scenario store |\n|---|---|---|---|---|", rule.why);
        for m in mismatches.iter().filter(|m| m.allowed == Some(rule.why)) {
            let _ = writeln!(md, "{}", row(m));
        }
    }
    Comparison {
        markdown: md,
        mismatches,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_hides_ports_versions_and_folders_only() {
        assert_eq!(
            normalize("<address>Apache/2.4.71 (Debian) Server at 127.0.0.1 Port 8443</address> https://127.0.0.1:8443/x nginx/1.22.1"),
            "<address>Apache/VERSION (Debian) Server at 127.0.0.1 Port PORT</address> https://127.0.0.1:PORT/x nginx/VERSION"
        );
        assert_eq!(
            normalize("Port of call, Apache/ and 127.0.0.1:"),
            "Port of call, Apache/ and 127.0.0.1:"
        );
        assert_eq!(
            normalize("bool in <b>/tmp/handshake-real-servers-1/wp/wp-content/mu-plugins/a.php</b> and /var/www/html/wp-includes/x.php"),
            "bool in <b>ABSPATH/wp-content/mu-plugins/a.php</b> and ABSPATH/wp-includes/x.php"
        );
        assert_eq!(
            normalize(
                "<link href=\"https://127.0.0.1:8443/wp-content/x.css\"> src=\"/wp-content/y.js\""
            ),
            "<link href=\"https://127.0.0.1:PORT/wp-content/x.css\"> src=\"/wp-content/y.js\""
        );
    }

    #[test]
    fn first_difference_points_at_the_change() {
        let (a, b) = first_difference("same start, then A", "same start, then B");
        assert!(
            a.contains("differs from char 17") && a.contains("then A`") && b.ends_with("then B`"),
            "{a} / {b}"
        );
        let (a, b) = first_difference("<html>\r\n", "<html>\n");
        assert!(a.contains("\\r\\n") && b.contains("\\n"), "{a} / {b}");
    }

    #[test]
    fn every_allowance_needs_a_woocommerce_scenario() {
        let case = Case {
            name: "x",
            scenario: "woocommerce-inactive",
            woocommerce: false,
            make: |_| String::new(),
        };
        let sig = |body: Body| Signature {
            status: 401,
            content_type: String::new(),
            headers: Vec::new(),
            prefix: None,
            body,
        };
        let real = sig(Body::WpError {
            code: "rest_not_logged_in".into(),
            message: String::new(),
            status: Some(401),
        });
        let store = sig(Body::WpError {
            code: "invalid_username".into(),
            message: String::new(),
            status: Some(401),
        });
        let probe = &PROBES[5];
        let seen = Seen {
            case: &case,
            probe,
            field: "body",
            real: &real,
            store: &store,
        };
        assert!(ALLOWED.iter().all(|rule| !(rule.applies)(&seen)));
        let woo = Case {
            woocommerce: true,
            ..case
        };
        let seen = Seen {
            case: &woo,
            probe,
            field: "body",
            real: &real,
            store: &store,
        };
        assert!(ALLOWED.iter().any(|rule| (rule.applies)(&seen)));
    }
}

/// Real WooCommerce (both generations, `woocommerce::Store`) against the scenario store: the
/// WooCommerce routes with each way of sending a key and each kind of key, `/wc-auth/v1/`,
/// `system_status`, error bodies and headers.
pub mod woocommerce {
    use super::*;
    use crate::woocommerce::{Generation, Permissions, Store, WooKey};

    /// How a request carries the case's key.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum KeyForm {
        None,
        Basic,
        Query,
        /// OAuth 1.0a (HMAC-SHA1) signed for the exact address sent, in the query string.
        OAuth,
    }

    struct WcProbe {
        label: &'static str,
        method: &'static str,
        path: &'static str,
        body: Option<&'static str>,
        key: KeyForm,
        /// Sent to the store's plain-HTTP address (where WooCommerce takes OAuth 1.0a and nothing else).
        http: bool,
    }

    const fn wc(
        label: &'static str,
        method: &'static str,
        path: &'static str,
        key: KeyForm,
    ) -> WcProbe {
        WcProbe {
            label,
            method,
            path,
            body: None,
            key,
            http: false,
        }
    }

    const WC_PROBES: &[WcProbe] = &[
        wc("REST index", "GET", "wp-json/", KeyForm::None),
        wc(
            "orders, key in the header",
            "GET",
            "wp-json/wc/v3/orders?per_page=1",
            KeyForm::Basic,
        ),
        wc(
            "orders, key in the query",
            "GET",
            "wp-json/wc/v3/orders?per_page=1",
            KeyForm::Query,
        ),
        wc(
            "orders, ?rest_route= with the key",
            "GET",
            "?rest_route=/wc/v3/orders&per_page=1",
            KeyForm::Basic,
        ),
        wc(
            "orders, no key",
            "GET",
            "wp-json/wc/v3/orders?per_page=1",
            KeyForm::None,
        ),
        WcProbe {
            body: Some(r#"{"id":1}"#),
            ..wc(
                "POST orders with an id (the doctor's write check)",
                "POST",
                "wp-json/wc/v3/orders",
                KeyForm::Basic,
            )
        },
        WcProbe {
            body: Some(r#"{"id":1}"#),
            ..wc(
                "POST orders, no key",
                "POST",
                "wp-json/wc/v3/orders",
                KeyForm::None,
            )
        },
        WcProbe {
            body: Some("{}"),
            ..wc(
                "PUT orders/2147483647, no key (the doctor's PUT)",
                "PUT",
                "wp-json/wc/v3/orders/2147483647",
                KeyForm::None,
            )
        },
        wc(
            "system_status (environment)",
            "GET",
            "wp-json/wc/v3/system_status?_fields=environment",
            KeyForm::Basic,
        ),
        // The lists the app reads besides orders, by what the doctor relies on: status, the
        // pagination headers, a JSON list. `_fields=id`: the scenario store's products, customers
        // and coupons carry fewer fields than WooCommerce's (the doctor reads none of them).
        wc(
            "products, key in the header",
            "GET",
            "wp-json/wc/v3/products?per_page=1&_fields=id",
            KeyForm::Basic,
        ),
        wc(
            "customers, key in the header",
            "GET",
            "wp-json/wc/v3/customers?per_page=1&_fields=id",
            KeyForm::Basic,
        ),
        wc(
            "coupons, key in the header",
            "GET",
            "wp-json/wc/v3/coupons?per_page=1&_fields=id",
            KeyForm::Basic,
        ),
        // OAuth 1.0a: WooCommerce tries it after Basic (which it reads only when `is_ssl()`), so
        // a signed request is accepted over HTTPS too; over plain HTTP it is the only form read.
        wc(
            "orders, OAuth 1.0a over HTTPS",
            "GET",
            "wp-json/wc/v3/orders?per_page=1",
            KeyForm::OAuth,
        ),
        WcProbe {
            http: true,
            ..wc(
                "orders, OAuth 1.0a over plain HTTP",
                "GET",
                "wp-json/wc/v3/orders?per_page=1",
                KeyForm::OAuth,
            )
        },
        WcProbe {
            http: true,
            ..wc(
                "orders, key in the header over plain HTTP (not read there)",
                "GET",
                "wp-json/wc/v3/orders?per_page=1",
                KeyForm::Basic,
            )
        },
        WcProbe {
            http: true,
            ..wc(
                "orders, key in the query over plain HTTP (not read there)",
                "GET",
                "wp-json/wc/v3/orders?per_page=1",
                KeyForm::Query,
            )
        },
        wc(
            "wc-auth authorize, not logged in",
            "GET",
            "wc-auth/v1/authorize?app_name=Handshake&scope=read_write&user_id=1&return_url=https%3A%2F%2Fapp.example.invalid%2Freturn&callback_url=https%3A%2F%2Fapp.example.invalid%2Fcallback",
            KeyForm::None,
        ),
    ];

    /// The state a case puts the real store in, and the key the real side sends.
    #[derive(Clone, Copy)]
    enum Fault {
        Healthy,
        KeyRevoked,
        WrongSecret,
        ReadKey,
        PlainPermalinks,
        HeaderDropped,
    }

    const WC_CASES: &[(&str, &str, Fault)] = &[
        ("healthy", "healthy", Fault::Healthy),
        ("key revoked", "key-revoked", Fault::KeyRevoked),
        ("wrong secret", "secret-mismatch", Fault::WrongSecret),
        ("Read key", "read-only-key", Fault::ReadKey),
        (
            "plain permalinks",
            "plain-permalinks",
            Fault::PlainPermalinks,
        ),
        (
            "Authorization dropped (Apache + php-fpm)",
            "auth-header-stripped",
            Fault::HeaderDropped,
        ),
    ];

    /// Makes the fault on the real store; returns its URL and the key to send. The store first
    /// gets two orders, as the scenario store has (its list's shape and totals then compare).
    fn make(tb: &Testbed, store: &mut Store, fault: Fault) -> (String, WooKey) {
        store.reset();
        let url = store.apache.url();
        for _ in 0..2 {
            let made = store.request(
                tb,
                "POST",
                &format!("{url}wp-json/wc/v3/orders"),
                Some(&store.admin_key),
                Some(r#"{"status":"processing","billing":{"first_name":"Ada","email":"ada@example.invalid"}}"#),
            );
            assert_eq!(
                made.status,
                201,
                "an order for the comparison: {}",
                crate::doctor::describe(&made)
            );
        }
        // And what the scenario store holds besides: two products, two customers, one coupon.
        let seeds = [
            (
                "products",
                r#"{"name":"Torque wrench","regular_price":"49.00"}"#,
            ),
            (
                "products",
                r#"{"name":"Bench vise","regular_price":"89.00"}"#,
            ),
            (
                "customers",
                r#"{"email":"jane.doe@shop.test","first_name":"Jane","last_name":"Doe","username":"jane.doe"}"#,
            ),
            (
                "customers",
                r#"{"email":"max.muster@shop.test","first_name":"Max","last_name":"Muster","username":"max.muster"}"#,
            ),
            (
                "coupons",
                r#"{"code":"welcome10","amount":"10.00","discount_type":"percent"}"#,
            ),
        ];
        for (resource, body) in seeds {
            let made = store.request(
                tb,
                "POST",
                &format!("{url}wp-json/wc/v3/{resource}"),
                Some(&store.admin_key),
                Some(body),
            );
            assert_eq!(
                made.status,
                201,
                "{resource} for the comparison: {}",
                crate::doctor::describe(&made)
            );
        }
        match fault {
            Fault::Healthy => (url, store.admin_key.clone()),
            Fault::KeyRevoked => {
                let key = store.create_key(store.admin_id, Permissions::ReadWrite);
                store.revoke_key(&key);
                (url, key)
            }
            Fault::WrongSecret => {
                let mut key = store.admin_key.clone();
                let last = if key.consumer_secret.ends_with('0') {
                    "1"
                } else {
                    "0"
                };
                let n = key.consumer_secret.len();
                key.consumer_secret.replace_range(n - 1.., last);
                (url, key)
            }
            Fault::ReadKey => (url, store.create_key(store.admin_id, Permissions::Read)),
            Fault::PlainPermalinks => {
                store.wp.set_permalinks("");
                (url, store.admin_key.clone())
            }
            Fault::HeaderDropped => {
                store.wp.write(".htaccess", &store.wp.legacy_htaccess());
                (store.apache_fpm.url(), store.admin_key.clone())
            }
        }
    }

    async fn ask(client: &Client, base: &str, p: &WcProbe, ck: &str, cs: &str) -> Exchange {
        let mut url = format!("{base}{}", p.path);
        let mut basic = None;
        let mut header = None;
        match p.key {
            KeyForm::None => {}
            // The engine's client never sends a secret over plain HTTP; the comparison must, to
            // see what WooCommerce does with it there.
            KeyForm::Basic if p.http => {
                use base64::Engine as _;
                let token = base64::engine::general_purpose::STANDARD.encode(format!("{ck}:{cs}"));
                header = Some(format!("Basic {token}"));
            }
            KeyForm::Basic => basic = Some((ck, cs)),
            KeyForm::Query => {
                let sep = if url.contains('?') { '&' } else { '?' };
                url = format!("{url}{sep}consumer_key={ck}&consumer_secret={cs}");
            }
            KeyForm::OAuth => {
                let parsed = url::Url::parse(&url).expect("a probe URL");
                url = handshake_engine::internals::oauth1::sign_url(
                    &parsed,
                    p.method,
                    ck,
                    cs,
                    None,
                    handshake_engine::internals::oauth1::now(),
                    &handshake_engine::internals::oauth1::nonce(),
                )
                .to_string();
            }
        }
        let headers: Vec<(&'static str, &str)> = header
            .as_deref()
            .map(|h| vec![("authorization", h)])
            .unwrap_or_default();
        client.send(p.method, &url, basic, p.body, &headers).await
    }

    /// A version difference the scenario store does not model, with the generations it holds for.
    struct VersionDifference {
        why: &'static str,
        generations: &'static [Generation],
        applies: fn(&WcProbe, &str, &Signature, &Signature) -> bool,
    }

    /// Every accepted difference between real WooCommerce and the scenario store, each one
    /// explained by a version difference. Anything else fails the step.
    const VERSION_DIFFERENCES: &[VersionDifference] = &[
        // The scenario store imitates WooCommerce 6.6.0; 9.2.5 registers the Jetpack connection's
        // namespace, `wc/private`, and WooCommerce.com's `wccom-site/v3` instead of `/v1`. The
        // doctor reads only `wc/v3` from the list.
        VersionDifference {
            why: "WooCommerce 9.2.5's namespaces: jetpack/v4, wc/private, wccom-site/v3 (6.6.0: wccom-site/v1)",
            generations: &[Generation::Wc925],
            applies: |_, field, real, fake| {
                const NEW: &[&str] = &["jetpack/v4", "wc/private", "wccom-site/v3"];
                field == "body"
                    && matches!((&real.body, &fake.body), (
                        Body::RestIndex { namespaces: a, app_passwords: pa },
                        Body::RestIndex { namespaces: b, app_passwords: pb },
                    ) if pa == pb
                        && a.iter().filter(|n| !b.contains(n)).all(|n| NEW.contains(&n.as_str()))
                        && b.iter().filter(|n| !a.contains(n)).all(|n| n == "wccom-site/v1"))
            },
        },
        // 9.2.5's status report adds `store_id` (WC_Install::STORE_ID_OPTION, 8.x) to `environment`.
        VersionDifference {
            why: "WooCommerce 9.2.5's system_status adds environment.store_id",
            generations: &[Generation::Wc925],
            applies: |p, field, real, fake| {
                field == "body"
                    && p.path.contains("system_status")
                    && matches!((&real.body, &fake.body), (Body::JsonObject(a), Body::JsonObject(b))
                        if a.len() == 1 && b.len() == 1
                            && a[0].replace(",store_id", "") == b[0])
            },
        },
    ];

    /// Compares one generation's store with the scenario store; the caller fails on unexplained
    /// differences.
    pub fn run(tb: &Testbed, store: &mut Store) -> Comparison {
        let g = store.generation.label();
        let mut mismatches = Vec::new();
        let mut notes = String::new();
        let mut compared = 0;
        for (name, scenario, fault) in WC_CASES {
            let (real_base, key) = make(tb, store, *fault);
            // Plain HTTP: mod_php's own port (the php-fpm and nginx sites serve HTTPS only).
            let real_http = (real_base == store.apache.url()).then(|| store.apache.http_url());
            let real: Vec<Option<Signature>> = WC_PROBES
                .iter()
                .map(|p| {
                    let base = if p.http {
                        real_http.as_ref()?
                    } else {
                        &real_base
                    };
                    Some(signature(&tb.rt.block_on(ask(
                        &tb.client,
                        base,
                        p,
                        &key.consumer_key,
                        &key.consumer_secret,
                    ))))
                })
                .collect();
            let fake: Vec<Signature> = tb.rt.block_on(async {
                let s = demo_store::start(demo_store::StoreOptions::new(scenario))
                    .await
                    .unwrap_or_else(|e| panic!("scenario {scenario} did not start: {e}"));
                let mut plain = demo_store::StoreOptions::new(scenario);
                plain.tls = demo_store::Tls::Off;
                let s_http = demo_store::start(plain).await.unwrap_or_else(|e| {
                    panic!("scenario {scenario} (plain HTTP) did not start: {e}")
                });
                let client = Client::new(s.ca_pem().expect("the scenario store's CA"));
                let (base, http_base) = (s.url().to_string(), s_http.url().to_string());
                let mut out = Vec::new();
                for p in WC_PROBES {
                    let e = ask(
                        &client,
                        if p.http { &http_base } else { &base },
                        p,
                        demo_store::TEST_CONSUMER_KEY,
                        demo_store::TEST_CONSUMER_SECRET,
                    )
                    .await;
                    out.push(signature(&e));
                }
                s_http.shutdown().await;
                s.shutdown().await;
                out
            });
            let _ = writeln!(
                notes,
                "- {g} {name}: real {real_base} vs scenario `{scenario}`"
            );
            for (i, p) in WC_PROBES.iter().enumerate() {
                let Some(real) = &real[i] else {
                    let _ = writeln!(
                        notes,
                        "  - not compared in this case: {} (this site has no plain-HTTP address)",
                        p.label
                    );
                    continue;
                };
                compared += 1;
                compare_one(
                    g,
                    store.generation,
                    name,
                    scenario,
                    p,
                    real,
                    &fake[i],
                    &mut mismatches,
                );
            }
        }
        store.reset();
        let unexplained = mismatches.iter().filter(|m| m.allowed.is_none()).count();
        let mut md = format!(
            "# Real WooCommerce {g} vs the scenario store\n\n{notes}\n{} requests compared: {unexplained} unexplained difference(s), {} explained by version differences.\n\n| case | request | field | real server | scenario store | allowed because |\n|---|---|---|---|---|---|\n",
            compared,
            mismatches.len() - unexplained
        );
        for m in &mismatches {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} | {} |",
                m.case,
                m.request,
                m.field,
                m.real.replace('|', "\\|"),
                m.scenario.replace('|', "\\|"),
                m.allowed.unwrap_or("**not explained**")
            );
        }
        Comparison {
            markdown: md,
            mismatches,
        }
    }

    /// `ck_` / `cs_` + 40 hexadecimal characters → `ck_KEY` / `cs_SECRET` in header values.
    fn mask_keys(sig: &Signature) -> Signature {
        fn mask(text: &str) -> String {
            let mut out = String::with_capacity(text.len());
            let mut rest = text;
            while let Some(at) = rest.find('c') {
                out.push_str(&rest[..at]);
                rest = &rest[at..];
                let hex = rest.len() >= 43
                    && rest.is_char_boundary(43)
                    && rest[3..43].bytes().all(|b| b.is_ascii_hexdigit());
                if hex && rest.starts_with("ck_") {
                    out.push_str("ck_KEY");
                    rest = &rest[43..];
                } else if hex && rest.starts_with("cs_") {
                    out.push_str("cs_SECRET");
                    rest = &rest[43..];
                } else {
                    out.push('c');
                    rest = &rest[1..];
                }
            }
            out.push_str(rest);
            out
        }
        // An OAuth signature's nonce, time and signature differ in every request, and WooCommerce
        // copies them into its pagination links like any other query parameter.
        fn mask_oauth(text: &str) -> String {
            let mut out = text.to_string();
            for name in ["oauth_nonce=", "oauth_timestamp=", "oauth_signature="] {
                let mut from = 0;
                while let Some(at) = out[from..].find(name) {
                    let start = from + at + name.len();
                    let end = out[start..]
                        .find(['&', '>', ';'])
                        .map_or(out.len(), |e| start + e);
                    out.replace_range(start..end, "X");
                    from = start + 1;
                }
            }
            out
        }
        let mut masked = sig.clone();
        for (_, v) in masked.headers.iter_mut() {
            *v = mask_oauth(&mask(v));
        }
        masked
    }

    #[allow(clippy::too_many_arguments)]
    fn compare_one(
        g: &str,
        generation: Generation,
        name: &str,
        scenario: &str,
        p: &WcProbe,
        real: &Signature,
        fake: &Signature,
        out: &mut Vec<Mismatch>,
    ) {
        let request = format!("{} /{} ({})", p.method, p.path, p.label);
        // Each side sends its own key; WooCommerce copies a key sent in the query into its
        // pagination links, so keys are compared by shape.
        let (real, fake) = (&mask_keys(real), &mask_keys(fake));
        let mut fields: Vec<(String, String, String)> = Vec::new();
        if real.status != fake.status {
            fields.push((
                "status".into(),
                real.status.to_string(),
                fake.status.to_string(),
            ));
        }
        if real.content_type != fake.content_type {
            fields.push((
                "content-type".into(),
                real.content_type.clone(),
                fake.content_type.clone(),
            ));
        }
        for h in KEY_HEADERS {
            let get = |s: &Signature| {
                s.headers
                    .iter()
                    .find(|(n, _)| n == h)
                    .map(|(_, v)| v.clone())
            };
            if get(real) != get(fake) {
                let none = || "(none)".to_string();
                fields.push((
                    format!("header {h}"),
                    get(real).unwrap_or_else(none),
                    get(fake).unwrap_or_else(none),
                ));
            }
        }
        if real.prefix != fake.prefix {
            fields.push((
                "text before the JSON".into(),
                format!("{:?}", real.prefix),
                format!("{:?}", fake.prefix),
            ));
        }
        if real.body != fake.body {
            fields.push(("body".into(), real.body.to_string(), fake.body.to_string()));
        }
        for (field, a, b) in fields {
            let allowed = VERSION_DIFFERENCES
                .iter()
                .find(|d| d.generations.contains(&generation) && (d.applies)(p, &field, real, fake))
                .map(|d| d.why);
            out.push(Mismatch {
                case: format!("{g} {name}"),
                scenario_name: scenario.to_string(),
                request: request.clone(),
                field,
                real: a,
                scenario: b,
                allowed,
            });
        }
    }
}
