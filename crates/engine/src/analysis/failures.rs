//! Failures of HTTP itself, in front of or below WordPress: an HTTP password, a redirect loop, a 5xx,
//! no answer in time, an answer beyond the size caps. Each is read from the request chain of one
//! probe; [`classify`] is also what other rules ask before they read a refusal as a block.

use std::collections::BTreeMap;

use super::evidence::{from_exchange, note};
use super::{Diagnosis, Facts};
use crate::details::{Details, LoopPattern, Measured, Measurement, RedirectLoop, ServerError};
use crate::finding_id::FindingId;
use crate::firewall;
use crate::http::{Exchange, FetchError, Fetched, BODY_CAP};
use crate::probes::ProbeId;
use crate::report::{Evidence, Severity};
use crate::wp;
use crate::wp::WpAnswer;

/// What went wrong with one request chain, when it is one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Failure {
    BasicAuth,
    RedirectLoop,
    ServerError,
    Unresponsive,
    Oversized,
}

pub fn classify(f: &Fetched) -> Option<Failure> {
    match &f.error {
        Some(FetchError::TooManyRedirects) => return Some(Failure::RedirectLoop),
        // A zero budget means the run's own time was up before this request went out.
        Some(FetchError::Timeout(d)) if !d.is_zero() => return Some(Failure::Unresponsive),
        Some(FetchError::Protocol(m)) if header_overflow(m) => return Some(Failure::Oversized),
        _ => {}
    }
    if repeats(f).is_some() && f.last().is_some_and(Exchange::is_redirect) {
        return Some(Failure::RedirectLoop);
    }
    let e = f.last()?;
    if cut_at_cap(e) {
        Some(Failure::Oversized)
    } else if http_password(e).is_some() {
        Some(Failure::BasicAuth)
    } else if server_error(e) {
        Some(Failure::ServerError)
    } else {
        None
    }
}

/// hyper's words for a response head beyond its limits: HTTP/1.1 "message head is too large"
/// (too many or too large headers); HTTP/2 "connection error detected: unable to maintain the
/// header compression context", which h2 raises on our side only for a header block past the
/// client's header-list limit (a COMPRESSION_ERROR the server sent says "received").
fn header_overflow(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("message head is too large")
        || m.contains("too many headers")
        || m.contains("error detected: unable to maintain the header compression context")
}

/// What was measured, for a head beyond the limits.
fn header_overflow_measurement(message: &str) -> Measurement {
    if message
        .to_ascii_lowercase()
        .contains("header compression context")
    {
        Measurement::HeaderBlockTooLarge
    } else {
        Measurement::HeadersTooLarge
    }
}

/// The body reached the cap (a bomb, an endless or a huge answer), rather than ending early.
fn cut_at_cap(e: &Exchange) -> bool {
    e.body_truncated && e.body.len() >= BODY_CAP
}

/// The `WWW-Authenticate` challenge of an HTTP password (Basic or Digest) — not WooCommerce's own
/// 401, which carries the same header with WordPress's JSON error.
pub fn http_password(e: &Exchange) -> Option<String> {
    if e.status != 401 || e.wp_error().is_some() {
        return None;
    }
    e.headers
        .get_all("www-authenticate")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| {
            let scheme = v
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            (scheme == "basic" || scheme == "digest") && !v.contains("WooCommerce")
        })
        .map(|v| crate::http::exchange::shorten(v.trim(), 120))
}

/// A 5xx that is neither maintenance mode nor a firewall's page.
fn server_error(e: &Exchange) -> bool {
    (500..=599).contains(&e.status)
        && !wp::is_maintenance(e)
        && !e
            .wp_error()
            .is_some_and(|w| w.message.contains(wp::MAINTENANCE_TEXT))
        && firewall::classify(&e.view()).is_none()
}

/// The first URL the chain comes back to, and where the cycle starts.
fn repeats(f: &Fetched) -> Option<(usize, usize)> {
    let urls: Vec<&url::Url> = f.hops.iter().map(|e| &e.url).collect();
    for j in 1..urls.len() {
        if let Some(i) = urls[..j].iter().position(|u| *u == urls[j]) {
            return Some((i, j));
        }
    }
    None
}

/// Every failure of these kinds, one diagnosis per kind.
pub fn diagnose(f: &Facts) -> Vec<Diagnosis> {
    let mut by_kind: BTreeMap<Failure, Vec<ProbeId>> = BTreeMap::new();
    let mut results: Vec<_> = f.results.all().collect();
    results.sort_by_key(|r| r.id);
    for r in results {
        if let Some(kind) = r.fetched().and_then(classify) {
            by_kind.entry(kind).or_default().push(r.id);
        }
    }
    by_kind
        .into_iter()
        .filter_map(|(kind, probes)| match kind {
            Failure::BasicAuth => basic_auth(f, &probes),
            Failure::RedirectLoop => redirect_loop(f, &probes),
            Failure::ServerError => server_errors(f, &probes),
            Failure::Unresponsive => unresponsive(f, &probes),
            Failure::Oversized => oversized(f, &probes),
        })
        .collect()
}

fn fetched<'a>(f: &'a Facts, id: ProbeId) -> Option<&'a Fetched> {
    f.probe(id).and_then(|r| r.fetched())
}

/// Requests that worked, for contrast (WordPress's own answers).
fn passed(f: &Facts) -> Vec<String> {
    f.all_exchanges()
        .into_iter()
        .filter(|(id, _)| fetched(f, *id).and_then(classify).is_none())
        .filter(|(_, e)| {
            e.status < 300 && (e.rest_index().is_some() || wp::looks_like_wordpress(e))
        })
        .map(|(_, e)| format!("{} → {}", e.request_line(), e.status))
        .take(3)
        .collect()
}

fn lines(f: &Facts, probes: &[ProbeId]) -> (Vec<String>, Vec<Evidence>) {
    let mut blocked = Vec::new();
    let mut evidence = Vec::new();
    for &id in probes {
        if let Some(e) = f.ex(id) {
            // The request alone: the words add the statuses from the evidence.
            let line = e.request_line();
            if !blocked.contains(&line) {
                blocked.push(line);
                if evidence.len() < 6 {
                    evidence.push(from_exchange(id, e, f.redactor));
                }
            }
        }
    }
    (blocked, evidence)
}

fn basic_auth(f: &Facts, probes: &[ProbeId]) -> Option<Diagnosis> {
    let challenge = probes
        .iter()
        .filter_map(|id| f.ex(*id))
        .find_map(http_password)?;
    let (blocked, evidence) = lines(f, probes);
    // The owner may have left the API out of the password (the fix does exactly that): when the
    // API's own path answered and no request to it met the password, apps are not stopped.
    let path_api = |id: &ProbeId| {
        f.ex(*id).is_some_and(|e| {
            let path = e.url.path();
            (path.contains("/wp-json/") || path.contains("/wc-auth/"))
                && e.url.query().is_none_or(|q| !q.contains("rest_route"))
        })
    };
    let api_exempt = f.passed(ProbeId::RestIndex) && !probes.iter().any(path_api);
    let details = Details {
        auth_challenge: Some(challenge),
        api_exempt,
        blocks_everything: probes.contains(&ProbeId::Home) && !api_exempt,
        blocked_requests: blocked,
        passed_requests: passed(f),
        ..Default::default()
    };
    Some(Diagnosis::new(
        FindingId::HttpBasicAuth,
        if api_exempt {
            Severity::Info
        } else {
            Severity::Error
        },
        details,
        evidence,
    ))
}

fn redirect_loop(f: &Facts, probes: &[ProbeId]) -> Option<Diagnosis> {
    // The home page's chain, when it loops, is what the owner sees first.
    let (probe, chain) = probes
        .iter()
        .filter_map(|id| fetched(f, *id).map(|c| (*id, c)))
        .max_by_key(|(id, c)| {
            (
                *id == ProbeId::Home,
                *id == ProbeId::RestIndex,
                repeats(c).is_some(),
            )
        })?;
    let hops = &chain.hops;
    let cycle: Vec<String> = match repeats(chain) {
        Some((i, j)) => hops[i..j].iter().map(|e| e.url.to_string()).collect(),
        None => Vec::new(),
    };
    let pattern = match cycle.as_slice() {
        [] => LoopPattern::Endless,
        [_] => LoopPattern::SelfRedirect,
        [a, b] => pair_pattern(a, b),
        _ => LoopPattern::Other,
    };
    let cloudflare = hops.iter().any(|e| {
        e.header("cf-ray").is_some()
            || e.header("server")
                .is_some_and(|s| s.eq_ignore_ascii_case("cloudflare"))
    });
    let by_wordpress: Vec<String> = hops
        .iter()
        .filter(|e| e.is_redirect())
        .filter(|e| {
            e.header("x-redirect-by")
                .is_some_and(|v| v.eq_ignore_ascii_case("WordPress"))
        })
        .map(|e| e.url.to_string())
        .collect();
    let by_server: Vec<String> = hops
        .iter()
        .filter(|e| e.is_redirect() && server_redirect_page(e))
        .map(|e| e.url.to_string())
        .collect();
    let shown: Vec<&Exchange> = hops.iter().take(4).collect();
    let details = Details {
        redirect_loop: Some(RedirectLoop {
            chain: hops
                .iter()
                .map(|e| format!("{} → {}", e.url, e.status))
                .collect(),
            cycle,
            pattern,
            cloudflare,
            by_wordpress: dedup(by_wordpress),
            by_server: dedup(by_server),
        }),
        redirect_from: hops.first().map(|e| e.url.to_string()),
        blocked_requests: probes
            .iter()
            .filter_map(|id| fetched(f, *id).and_then(|c| c.first()))
            .map(|e| e.request_line())
            .collect(),
        ..Default::default()
    };
    let mut evidence: Vec<Evidence> = shown
        .iter()
        .map(|e| from_exchange(probe, e, f.redactor))
        .collect();
    // The headers that show Cloudflare answered, for the words that name it.
    if let Some(e) = hops.iter().find(|e| {
        e.header("cf-ray").is_some()
            || e.header("server")
                .is_some_and(|s| s.eq_ignore_ascii_case("cloudflare"))
    }) {
        let mut seen = Vec::new();
        if let Some(s) = e.header("server") {
            seen.push(format!("server: {s}"));
        }
        if let Some(r) = e.header("cf-ray") {
            seen.push(format!("cf-ray: {r}"));
        }
        evidence.push(note(probe, &e.request_line(), &seen.join(", "), f.redactor));
    }
    if let Some(err) = &chain.error {
        evidence.push(note(
            probe,
            &format!(
                "{} (whole chain)",
                hops.first().map(|e| e.request_line()).unwrap_or_default()
            ),
            &err.to_string(),
            f.redactor,
        ));
    }
    Some(Diagnosis::new(
        FindingId::HttpRedirectLoop,
        Severity::Error,
        details,
        evidence,
    ))
}

/// The web server's own "moved" page (Apache's "The document has moved", nginx's centred heading):
/// a redirect from a server rule, not from WordPress.
fn server_redirect_page(e: &Exchange) -> bool {
    let text = String::from_utf8_lossy(&e.body[..e.body.len().min(4096)]);
    text.contains("The document has moved") || text.contains("<center><h1>30")
}

fn pair_pattern(a: &str, b: &str) -> LoopPattern {
    let (Ok(a), Ok(b)) = (url::Url::parse(a), url::Url::parse(b)) else {
        return LoopPattern::Other;
    };
    let host = |u: &url::Url| u.host_str().unwrap_or("").to_string();
    if a.scheme() != b.scheme() && host(&a) == host(&b) && a.path() == b.path() {
        LoopPattern::Scheme
    } else if host(&a).trim_start_matches("www.") == host(&b).trim_start_matches("www.")
        && host(&a) != host(&b)
    {
        LoopPattern::Www
    } else if a.path().trim_end_matches('/') == b.path().trim_end_matches('/')
        && a.path() != b.path()
    {
        LoopPattern::TrailingSlash
    } else {
        LoopPattern::Other
    }
}

fn server_errors(f: &Facts, probes: &[ProbeId]) -> Option<Diagnosis> {
    let answers: Vec<&Exchange> = probes.iter().filter_map(|id| f.ex(*id)).collect();
    // WordPress's own critical-error answer says the most: prefer it, then a gateway, then the rest.
    let kind = answers
        .iter()
        .map(|e| server_error_kind(e))
        .min_by_key(|k| match k {
            ServerError::WordPressCritical { plugin, theme } => {
                if plugin.is_some() || theme.is_some() {
                    0
                } else {
                    1
                }
            }
            ServerError::Gateway { .. } => 2,
            ServerError::ServerPage { .. } => 3,
            ServerError::Other { .. } => 4,
        })?;
    let (blocked, evidence) = lines(f, probes);
    let details = Details {
        server_error: Some(kind),
        blocked_requests: blocked,
        passed_requests: passed(f),
        ..Default::default()
    };
    Some(Diagnosis::new(
        FindingId::HttpServerError,
        Severity::Error,
        details,
        evidence,
    ))
}

/// WordPress's fatal-error handler (`WP_Fatal_Error_Handler`) answers with this sentence, as JSON
/// (`internal_server_error`) for API requests and as a `wp_die` page otherwise.
pub const CRITICAL_ERROR_TEXT: &str = "There has been a critical error on this website";

fn server_error_kind(e: &Exchange) -> ServerError {
    let text = String::from_utf8_lossy(&e.body[..e.body.len().min(256 * 1024)]);
    let server = e
        .header("server")
        .map(|s| crate::http::exchange::shorten(s, 60));
    let critical = e.wp_error().is_some_and(|w| {
        w.code == "internal_server_error" || w.message.contains(CRITICAL_ERROR_TEXT)
    }) || text.contains(CRITICAL_ERROR_TEXT);
    if critical {
        return ServerError::WordPressCritical {
            plugin: folder_after(&text, "/wp-content/plugins/"),
            theme: folder_after(&text, "/wp-content/themes/"),
        };
    }
    match e.status {
        502 | 504 => ServerError::Gateway {
            status: e.status,
            server,
        },
        _ if firewall::stock_page(&e.view()).is_some() => ServerError::ServerPage {
            status: e.status,
            server,
        },
        status => ServerError::Other { status, server },
    }
}

/// `…/wp-content/plugins/broken-plugin/broken.php` → `broken-plugin`: the folder PHP's fatal-error
/// message names (printed before the JSON when errors are displayed).
fn folder_after(text: &str, marker: &str) -> Option<String> {
    let start = text.find(marker)? + marker.len();
    let name: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty() && name.len() <= 80).then_some(name)
}

fn unresponsive(f: &Facts, probes: &[ProbeId]) -> Option<Diagnosis> {
    let mut measured = Vec::new();
    let mut evidence = Vec::new();
    let mut blocked = Vec::new();
    for &id in probes {
        let Some(chain) = fetched(f, id) else {
            continue;
        };
        let Some(FetchError::Timeout(limit)) = &chain.error else {
            continue;
        };
        let took = f.probe(id).map(|r| r.duration).unwrap_or_default();
        // The request line is known when an earlier hop answered; otherwise the step's own name.
        let request = chain
            .last()
            .and_then(|e| e.location())
            .map(|u| {
                let mut target = u.path().to_string();
                if let Some(q) = u.query() {
                    target.push('?');
                    target.push_str(q);
                }
                format!("GET {target}")
            })
            .unwrap_or_else(|| id.label());
        let gave_up_late = took > *limit + std::time::Duration::from_millis(500);
        measured.push((
            request.clone(),
            Measurement::NoAnswer {
                limit: *limit,
                took: gave_up_late.then_some(took),
            },
        ));
        blocked.push(request.clone());
        evidence.push(note(
            id,
            &request,
            &format!("no complete answer within {}", seconds(*limit)),
            f.redactor,
        ));
    }
    if measured.is_empty() {
        return None;
    }
    evidence.truncate(6);
    let details = Details {
        measured: grouped(measured),
        blocked_requests: blocked,
        passed_requests: passed(f),
        ..Default::default()
    };
    Some(Diagnosis::new(
        FindingId::HttpUnresponsive,
        Severity::Error,
        details,
        evidence,
    ))
}

fn oversized(f: &Facts, probes: &[ProbeId]) -> Option<Diagnosis> {
    let mut measured = Vec::new();
    let mut evidence = Vec::new();
    let mut blocked = Vec::new();
    for &id in probes {
        let Some(chain) = fetched(f, id) else {
            continue;
        };
        match (&chain.error, chain.last()) {
            (Some(FetchError::Protocol(m)), _) if header_overflow(m) => {
                let request = id.label();
                measured.push((request.clone(), header_overflow_measurement(m)));
                blocked.push(request.clone());
                evidence.push(note(id, &request, m, f.redactor));
            }
            (_, Some(e)) if cut_at_cap(e) => {
                let mut what = format!(
                    "HTTP {}, the body went past {} MiB and was cut there",
                    e.status,
                    BODY_CAP / (1024 * 1024)
                );
                if let Some(enc) = e.header("content-encoding") {
                    what.push_str(&format!(" after unpacking (Content-Encoding: {enc})"));
                }
                match e.header("content-length") {
                    Some(len) => what.push_str(&format!("; it declared Content-Length {len}")),
                    None => what.push_str("; it declared no length"),
                }
                let measurement = Measurement::BodyCut {
                    status: e.status,
                    cap_mib: BODY_CAP / (1024 * 1024),
                    encoding: e.header("content-encoding").map(str::to_string),
                    content_length: e.header("content-length").map(str::to_string),
                };
                blocked.push(e.request_line());
                // The body itself is garbage (a bomb inflates to zeros): cite the measurement.
                evidence.push(Evidence {
                    probe: id.name(),
                    request: f.redactor.redact(&e.request_line()),
                    status: Some(e.status),
                    detail: what,
                });
                measured.push((e.request_line(), measurement));
            }
            _ => {}
        }
    }
    if measured.is_empty() {
        return None;
    }
    evidence.truncate(6);
    let details = Details {
        measured: grouped(measured),
        blocked_requests: blocked,
        passed_requests: passed(f),
        ..Default::default()
    };
    Some(Diagnosis::new(
        FindingId::HttpOversized,
        Severity::Error,
        details,
        evidence,
    ))
}

/// `(request, what was measured)` pairs, grouped: one entry per measurement with its requests.
fn grouped(pairs: Vec<(String, Measurement)>) -> Vec<Measured> {
    let mut groups: Vec<Measured> = Vec::new();
    for (request, what) in pairs {
        match groups.iter_mut().find(|g| g.what == what) {
            Some(g) => {
                if !g.requests.contains(&request) {
                    g.requests.push(request)
                }
            }
            None => groups.push(Measured {
                requests: vec![request],
                what,
            }),
        }
    }
    groups
}

fn seconds(d: std::time::Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 5.0 {
        format!("{s:.0} s")
    } else {
        format!("{s:.1} s")
    }
}

fn dedup(items: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn ex(url: &str, status: u16, headers: &[(&str, &str)], body: &str) -> Exchange {
        let mut map = http::HeaderMap::new();
        for (k, v) in headers {
            map.append(
                http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                http::HeaderValue::from_str(v).unwrap(),
            );
        }
        Exchange {
            method: "GET".into(),
            url: url::Url::parse(url).unwrap(),
            status,
            headers: map,
            body: bytes::Bytes::from(body.to_string()),
            http_version: "HTTP/1.1".into(),
            body_truncated: false,
            parsed: Default::default(),
        }
    }

    fn chain(hops: Vec<Exchange>, error: Option<FetchError>) -> Fetched {
        Fetched { hops, error }
    }

    #[test]
    fn an_http_password_is_not_woocommerces_own_401() {
        let apache = ex(
            "https://shop.test/wp-json/",
            401,
            &[("www-authenticate", "Basic realm=\"Staging site\"")],
            "<h1>Unauthorized</h1>",
        );
        assert_eq!(
            http_password(&apache).as_deref(),
            Some("Basic realm=\"Staging site\"")
        );
        let digest = ex(
            "https://shop.test/",
            401,
            &[("www-authenticate", "Digest realm=\"x\", nonce=\"n\"")],
            "",
        );
        assert!(http_password(&digest).is_some());
        // WooCommerce sends WWW-Authenticate with its JSON error: that is a sign-in answer.
        let woo = ex(
            "https://shop.test/wp-json/wc/v3/orders",
            401,
            &[("www-authenticate", "Basic realm=\"WooCommerce API. Use a consumer key in the username field and a consumer secret in the password field\"")],
            r#"{"code":"woocommerce_rest_authentication_error","message":"Consumer secret is invalid.","data":{"status":401}}"#,
        );
        assert!(http_password(&woo).is_none());
        assert!(http_password(&ex("https://shop.test/", 401, &[], "")).is_none());
        assert!(http_password(&ex(
            "https://shop.test/",
            401,
            &[("www-authenticate", "Bearer")],
            ""
        ))
        .is_none());
    }

    #[test]
    fn loops_are_named_by_how_their_addresses_differ() {
        let a = "https://shop.test/wp-json/";
        let b = "https://shop.test/wp-json";
        assert_eq!(pair_pattern(a, b), LoopPattern::TrailingSlash);
        assert_eq!(
            pair_pattern("http://shop.test/", "https://shop.test/"),
            LoopPattern::Scheme
        );
        assert_eq!(
            pair_pattern("https://www.shop.test/", "https://shop.test/"),
            LoopPattern::Www
        );
        let hops = vec![
            ex(a, 301, &[("location", b)], ""),
            ex(b, 301, &[("location", a)], ""),
            ex(a, 301, &[("location", b)], ""),
        ];
        assert_eq!(repeats(&chain(hops.clone(), None)), Some((0, 2)));
        assert_eq!(classify(&chain(hops, None)), Some(Failure::RedirectLoop));
        // A redirect that was followed to a real page is no loop.
        let ok = vec![
            ex("http://shop.test/", 301, &[("location", a)], ""),
            ex(a, 200, &[], "{}"),
        ];
        assert_eq!(classify(&chain(ok, None)), None);
        assert_eq!(
            classify(&chain(
                vec![ex(a, 302, &[], "")],
                Some(FetchError::TooManyRedirects)
            )),
            Some(Failure::RedirectLoop)
        );
    }

    #[test]
    fn server_errors_say_which_kind() {
        let critical = ex(
            "https://shop.test/wp-json/",
            500,
            &[("content-type", "application/json; charset=UTF-8")],
            r#"{"code":"internal_server_error","message":"<p>There has been a critical error on this website.<\/p>","data":{"status":500},"additional_errors":[]}"#,
        );
        assert_eq!(
            server_error_kind(&critical),
            ServerError::WordPressCritical {
                plugin: None,
                theme: None
            }
        );
        let shown = ex(
            "https://shop.test/wp-json/",
            500,
            &[],
            "<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function x() in /var/www/html/wp-content/plugins/broken-shipping/main.php:12\n{\"code\":\"internal_server_error\",\"message\":\"There has been a critical error on this website.\",\"data\":{\"status\":500}}",
        );
        assert_eq!(
            server_error_kind(&shown),
            ServerError::WordPressCritical {
                plugin: Some("broken-shipping".into()),
                theme: None
            }
        );
        let gateway = ex(
            "https://shop.test/",
            502,
            &[("server", "nginx/1.22.1")],
            "<center><h1>502 Bad Gateway</h1></center>",
        );
        assert_eq!(
            server_error_kind(&gateway),
            ServerError::Gateway {
                status: 502,
                server: Some("nginx/1.22.1".into())
            }
        );
        // Maintenance mode is its own finding, not a server error.
        let maintenance = ex(
            "https://shop.test/",
            503,
            &[],
            "Briefly unavailable for scheduled maintenance. Check back in a minute.",
        );
        assert!(!server_error(&maintenance));
    }

    #[test]
    fn silence_and_floods_are_measured_failures() {
        assert_eq!(
            classify(&chain(
                vec![],
                Some(FetchError::Timeout(Duration::from_secs(8)))
            )),
            Some(Failure::Unresponsive)
        );
        // The run's own time was up before the request went out: that says nothing about the store.
        assert_eq!(
            classify(&chain(vec![], Some(FetchError::Timeout(Duration::ZERO)))),
            None
        );
        for message in [
            "message head is too large",
            "connection error detected: unable to maintain the header compression context",
        ] {
            assert_eq!(
                classify(&chain(vec![], Some(FetchError::Protocol(message.into())))),
                Some(Failure::Oversized),
                "{message}"
            );
        }
        // The server closing with an HPACK error of its own is not our limit.
        assert_eq!(
            classify(&chain(
                vec![],
                Some(FetchError::Protocol(
                    "connection error received: unable to maintain the header compression context"
                        .into()
                ))
            )),
            None
        );
        let mut bomb = ex(
            "https://shop.test/wp-json/",
            200,
            &[("content-encoding", "gzip")],
            "",
        );
        bomb.body = bytes::Bytes::from(vec![b'a'; BODY_CAP]);
        bomb.body_truncated = true;
        assert_eq!(classify(&chain(vec![bomb], None)), Some(Failure::Oversized));
        let slow = Measurement::NoAnswer {
            limit: std::time::Duration::from_secs(8),
            took: None,
        };
        assert_eq!(
            grouped(vec![
                ("GET /a".into(), slow.clone()),
                ("GET /b".into(), slow.clone()),
                ("GET /a".into(), slow.clone()),
                ("GET /d".into(), Measurement::HeadersTooLarge),
            ]),
            vec![
                Measured {
                    requests: vec!["GET /a".into(), "GET /b".into()],
                    what: slow,
                },
                Measured {
                    requests: vec!["GET /d".into()],
                    what: Measurement::HeadersTooLarge,
                },
            ]
        );
    }
}
