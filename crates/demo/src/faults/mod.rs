//! Faults: the scenario's rules in front of WordPress (`front`, may answer instead of it) and what
//! changes the answers on the way out (`decorate`). The data says what; the few answers and
//! conditions only code can give are named in it and written in `behaviour` and `matcher`.

pub(crate) mod gzip_bomb;
pub(crate) mod hostile;
pub(crate) mod page_cache;
pub(crate) mod redirects;
pub(crate) mod silent_cache;
pub(crate) mod terminal;

use http::Method;

use crate::apache;
use crate::context::Ctx;
use crate::pages;
use crate::request::Req;
use crate::response::{build, set, Resp, With};
use crate::scenario::{Answer, When};

/// A REST request in any form (`/wp-json...` or `?rest_route=`).
pub(crate) fn is_rest(req: &Req) -> bool {
    req.path.starts_with("/wp-json") || req.get("rest_route").is_some()
}

/// A request for the authorization endpoint in any form.
pub(crate) fn is_wc_auth(req: &Req) -> bool {
    req.path.starts_with("/wc-auth/") || req.get("wc-auth-route").is_some()
}

fn is_write(m: &Method) -> bool {
    matches!(
        *m,
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    )
}

/// Whether `when` holds for this request.
fn holds(when: &When, ctx: &Ctx) -> bool {
    let req = ctx.req;
    let is = |want: Option<bool>, actual: bool| want.is_none_or(|w| w == actual);
    let lower_path = req.path.to_ascii_lowercase();
    let lower_query = req.query_raw.to_ascii_lowercase();
    is(when.rest, is_rest(req))
        && is(when.wc_auth, is_wc_auth(req))
        && is(when.write, is_write(&req.method))
        && is(when.browser, req.is_browser())
        && is(when.tls, req.tls)
        && is(when.wants_json, req.wants_json())
        && is(when.from_app_servers, req.peer == Some(ctx.app.app_servers))
        && when
            .methods
            .as_ref()
            .is_none_or(|ms| ms.iter().any(|m| m == req.method.as_str()))
        && when.paths.as_ref().is_none_or(|ps| ps.contains(&req.path))
        && when
            .path_prefix
            .as_ref()
            .is_none_or(|ps| ps.iter().any(|p| req.path.starts_with(p.as_str())))
        && when
            .path_contains
            .as_ref()
            .is_none_or(|p| lower_path.contains(&p.to_ascii_lowercase()))
        && when.query_contains.as_ref().is_none_or(|qs| {
            qs.iter()
                .any(|q| lower_query.contains(&q.to_ascii_lowercase()))
        })
        && when.host.as_ref().is_none_or(|h| req.host() == h)
        && when
            .host_not_prefix
            .as_ref()
            .is_none_or(|p| !req.host().starts_with(p.as_str()))
        && when.matcher.as_ref().is_none_or(|m| matcher(m, ctx))
}

/// Conditions only code can decide, named from the data.
fn matcher(name: &str, ctx: &Ctx) -> bool {
    match name {
        "modsecurity-crs" => modsecurity_blocks(ctx.req),
        "cached-page" => page_cache::is_cached(ctx),
        // The data is compiled in and every name is tested: an unknown one is a bug.
        other => panic!("unknown matcher {other:?} in the scenario data"),
    }
}

/// OWASP CRS, roughly: method policy (911100) and obvious attack payloads or scanners.
fn modsecurity_blocks(req: &Req) -> bool {
    if matches!(req.method, Method::PUT | Method::PATCH | Method::DELETE) {
        return true;
    }
    let hay = format!(
        "{} {}",
        crate::request::urldecode(&req.query_raw),
        String::from_utf8_lossy(&req.body)
    )
    .to_ascii_lowercase();
    let ua = req.header("user-agent").unwrap_or("").to_ascii_lowercase();
    hay.contains("union select")
        || hay.contains("<script")
        || ua.contains("sqlmap")
        || ua.contains("nikto")
}

/// Fills the `{name}` placeholders the data may use in bodies, header values and redirects with
/// this request's values; anything else in braces (CSS, JavaScript, JSON) stays as written. Each
/// random id or time is made once per call, so a page that repeats it repeats the same value.
pub(crate) fn fill(template: &str, ctx: &Ctx) -> String {
    if !template.contains('{') {
        return template.to_string();
    }
    let mut made: Vec<(&str, String)> = Vec::new();
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        if after[name_len..].starts_with('}') {
            if let Some(value) = made
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
                .or_else(|| placeholder(name, ctx))
            {
                made.push((name, value.clone()));
                out.push_str(&value);
                rest = &after[name_len + 1..];
                continue;
            }
        }
        out.push('{');
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The value of one placeholder, or `None` for a name that is not one.
fn placeholder(name: &str, ctx: &Ctx) -> Option<String> {
    use crate::request::{esc_html, rawurlencode};
    use crate::response::{http_date, random_hex};
    let req = ctx.req;
    let now = time::OffsetDateTime::now_utc();
    Some(match name {
        "scheme" => req.scheme().to_string(),
        "host" => req.host().to_string(),
        "authority" => req.authority.clone(),
        "port_suffix" => req
            .authority
            .strip_prefix(req.host())
            .unwrap_or("")
            .to_string(),
        "target" => req.target.clone(),
        "https_port" => ctx.app.tls_port().to_string(),
        "authority_html" => esc_html(&req.authority),
        "target_html" => esc_html(&req.target),
        "url_html" => esc_html(&format!("{}{}", req.authority, req.target)),
        "target_rawurlencoded" => rawurlencode(&req.target),
        // Inside a JavaScript string in double quotes.
        "target_js" => req.target.replace('"', "%22"),
        "user_agent_html" => esc_html(req.header("user-agent").unwrap_or("")),
        // `cf-ray: <16 hex>-FRA` (a Frankfurt data center).
        "cf_ray" => format!("{}-FRA", random_hex(16)),
        "ray_hex" => random_hex(16),
        "hex8" | "hex8b" => random_hex(8),
        "hex12" => random_hex(12),
        "hex32" => random_hex(32),
        "hex40" => random_hex(40),
        "unix_time" => now.unix_timestamp().to_string(),
        "http_date" => http_date(now),
        "utc_time" => now
            .format(time::macros::format_description!(
                "[year]-[month]-[day] [hour]:[minute]:[second]"
            ))
            .unwrap_or_default(),
        _ => return None,
    })
}

/// Answers that never reach WordPress (or reach only its maintenance check).
pub(crate) fn front(ctx: &Ctx) -> Option<Resp> {
    let rule = ctx
        .app
        .scenario
        .front
        .iter()
        .find(|r| holds(&r.when, ctx))?;
    answer(&rule.answer, ctx)
}

fn answer(a: &Answer, ctx: &Ctx) -> Option<Resp> {
    let req = ctx.req;
    let status = a.status.unwrap_or(200);
    let mut r = if let Some(name) = &a.behaviour {
        behaviour(name, ctx)?
    } else if let Some(location) = &a.redirect {
        let location = fill(location, ctx);
        match a.redirect_by.as_deref() {
            Some("wordpress") => redirects::wordpress_redirect(&location),
            _ => apache::moved_permanently(req, &location),
        }
    } else if let Some(page) = &a.page {
        let title = a.title.as_deref().unwrap_or("");
        let text = a.text.as_deref().unwrap_or("");
        match page.as_str() {
            "apache" => apache::page(status, title, title, text, req),
            "wp-die" => pages::wp_die(text, title, status, req.wants_json()),
            other => panic!("unknown page {other:?} in the scenario data"),
        }
    } else {
        let template = match &a.body_file {
            Some(name) => crate::scenario::page(name)
                .unwrap_or_else(|| panic!("no page {name:?} in scenarios/pages")),
            None => a.body.as_deref().unwrap_or(""),
        };
        build(
            status,
            a.content_type.as_deref().unwrap_or(""),
            fill(template, ctx),
        )
    };
    for (name, value) in &a.headers {
        r = r.with(name, fill(value, ctx));
    }
    Some(r)
}

/// Answers only code can give (endless or hostile bodies, the caches), named from the data.
/// `None`: this request is not one the behaviour answers; WordPress does.
fn behaviour(name: &str, ctx: &Ctx) -> Option<Resp> {
    let req = ctx.req;
    Some(match name {
        "cached-copy" => page_cache::cached_copy(ctx),
        "never-ending-body" => hostile::never_ending_body(),
        "gzip-bomb" => hostile::gzip_bomb(),
        "redirect-loop" => hostile::redirect_loop(req),
        "header-flood" => hostile::header_flood(),
        "trailing-slash-loop" => redirects::trailing_slash_loop(req)?,
        "terminal-escapes" => terminal::answer(req),
        other => panic!("unknown behaviour {other:?} in the scenario data"),
    })
}

/// The front's headers on every answer, the named changes on the way out, the server's clock.
pub(crate) async fn decorate(ctx: &Ctx<'_>, mut r: Resp, from_front: bool) -> Resp {
    let scenario = ctx.app.scenario;
    for (name, value) in &scenario.headers {
        set(&mut r, name, fill(value, ctx));
    }
    if !from_front {
        for (name, value) in &scenario.origin_headers {
            set(&mut r, name, fill(value, ctx));
        }
    }
    for after in scenario.after.iter().filter(|a| holds(&a.when, ctx)) {
        r = match after.behaviour.as_str() {
            // WordPress turns display_errors off for requests that accept or send JSON (seen on a
            // real WordPress), so only other clients (curl's */*, many libraries) get the warning.
            "php-warning" if is_json(&r) && !ctx.req.wants_json() => prefix_warning(r).await,
            "php-warning" => r,
            "slow-drip" => hostile::slow_drip(r).await,
            "silent-cache" => silent_cache::serve(ctx, r).await,
            // Accepts the request, then never answers (a stuck PHP worker behind a patient proxy).
            "unresponsive" => {
                tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
                r
            }
            other => panic!("unknown behaviour {other:?} in the scenario data"),
        };
    }
    // The server's clock is wrong, and so is the Date it sends.
    if scenario.site.clock_offset_secs != 0 {
        set(&mut r, "date", crate::response::http_date(ctx.now()));
    }
    if !r.headers().contains_key("server") {
        set(&mut r, "server", apache::SERVER);
    }
    r
}

fn is_json(r: &Resp) -> bool {
    r.headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// PHP with display_errors on prints a warning before WordPress sends the JSON: PHP 8's warning for
/// an old plugin reading `$settings['enabled']` from a `get_option()` that returned false, as the
/// real server printed it (only the site's folder differs).
async fn prefix_warning(r: Resp) -> Resp {
    let (parts, body) = r.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let mut out = b"<br />\n<b>Warning</b>:  Trying to access array offset on value of type bool in <b>/var/www/html/wp-content/mu-plugins/old-plugin.php</b> on line <b>5</b><br />\n".to_vec();
    out.extend_from_slice(&bytes);
    http::Response::from_parts(parts, axum::body::Body::from(out))
}

#[cfg(test)]
mod tests {
    use crate::scenario::scenarios;

    /// Every name the data uses is one the code knows (an unknown one would panic mid-request).
    #[test]
    fn every_named_behaviour_and_matcher_exists() {
        let known_matchers = ["modsecurity-crs", "cached-page"];
        let source = include_str!("mod.rs");
        for s in scenarios() {
            let d = crate::scenario::find(s.name).unwrap();
            for rule in &d.front {
                if let Some(m) = &rule.when.matcher {
                    assert!(known_matchers.contains(&m.as_str()), "{}: {m}", s.name);
                }
                if let Some(b) = &rule.answer.behaviour {
                    assert!(source.contains(&format!("\"{b}\" =>")), "{}: {b}", s.name);
                }
                if let Some(p) = &rule.answer.page {
                    assert!(
                        ["apache", "wp-die"].contains(&p.as_str()),
                        "{}: {p}",
                        s.name
                    );
                }
            }
            for a in &d.after {
                assert!(
                    source.contains(&format!("\"{}\"", a.behaviour)),
                    "{}: {}",
                    s.name,
                    a.behaviour
                );
            }
        }
    }
}
