//! Faults: what sits in front of WordPress (`front`, may answer instead of it) and what changes
//! the answers on the way out (`decorate`).

pub(crate) mod apache;
pub(crate) mod cloudflare;
pub(crate) mod gzip_bomb;
pub(crate) mod hostile;
pub(crate) mod http_failures;
pub(crate) mod nginx;
pub(crate) mod silent_cache;
pub(crate) mod static_site;
pub(crate) mod terminal;
pub(crate) mod vendors;

use http::Method;

use crate::context::Ctx;
use crate::pages;
use crate::request::Req;
use crate::response::{set, Resp, With};
use crate::scenarios::Scenario;

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

/// Cloudflare rules match the URI path (`starts_with(http.request.uri.path, ...)`).
fn cf_protected_path(req: &Req) -> bool {
    req.path.starts_with("/wp-json") || req.path.starts_with("/wc-auth/")
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

/// Answers that never reach WordPress (or reach only its maintenance check).
pub(crate) fn front(ctx: &Ctx) -> Option<Resp> {
    let req = ctx.req;
    let rest = is_rest(req);
    match ctx.app.scenario {
        Scenario::IpBlocked => Some(apache::forbidden(req)),
        Scenario::IpBlockedNginx => Some(nginx::forbidden()),
        Scenario::RestBlockedHtaccess if req.path.to_ascii_lowercase().contains("wp-json") => {
            Some(apache::forbidden(req))
        }
        Scenario::Modsecurity if modsecurity_blocks(req) => Some(apache::forbidden(req)),
        Scenario::Modsecurity406
            if req.query_raw.contains("://")
                || req.query_raw.to_ascii_lowercase().contains("%3a%2f%2f")
                || (req.method == Method::POST && req.path.starts_with("/wp-json/")) =>
        {
            Some(apache::mod_security_406())
        }
        Scenario::HttpRedirectHttps if !req.tls => {
            let location = format!(
                "https://{}:{}{}",
                req.host(),
                ctx.app.tls_port(),
                req.target
            );
            Some(apache::moved_permanently(req, &location))
        }
        Scenario::WwwRedirect if !req.host().starts_with("www.") => {
            let port = req.authority.strip_prefix(req.host()).unwrap_or("");
            let location = format!(
                "{}://www.{}{}{}",
                req.scheme(),
                req.host(),
                port,
                req.target
            );
            Some(apache::moved_permanently(req, &location))
        }
        Scenario::OtherHostRedirect if req.host() == "127.0.0.1" => {
            let port = req.authority.strip_prefix(req.host()).unwrap_or("");
            let location = format!("{}://localhost{}{}", req.scheme(), port, req.target);
            Some(apache::moved_permanently(req, &location))
        }
        Scenario::Maintenance => {
            let msg = "Briefly unavailable for scheduled maintenance. Check back in a minute.";
            Some(
                pages::wp_die(msg, "Maintenance", 503, req.wants_json()).with("retry-after", "600"),
            )
        }
        Scenario::NotWordpress => Some(static_site::serve(req)),
        Scenario::CloudflareBlock if cf_protected_path(req) => {
            Some(cloudflare::error_1020(req, &cloudflare::ray()))
        }
        Scenario::CloudflareChallenge if cf_protected_path(req) => {
            Some(cloudflare::challenge(req, &cloudflare::ray()))
        }
        Scenario::CloudflarePostAuthstrip
            if is_write(&req.method) && req.path.starts_with("/wp-json") =>
        {
            Some(cloudflare::error_1020(req, &cloudflare::ray()))
        }
        Scenario::Sucuri if (rest && is_write(&req.method)) || is_wc_auth(req) => {
            Some(vendors::sucuri_block(req))
        }
        Scenario::Wordfence if rest => Some(vendors::wordfence_block()),
        Scenario::WordfenceUserAgent if !req.is_browser() => {
            Some(vendors::wordfence_pattern_block())
        }
        Scenario::CloudflareBlocksAppServers if req.peer == Some(ctx.app.app_servers) => {
            Some(cloudflare::error_1020(req, &cloudflare::ray()))
        }
        Scenario::Imunify360 if rest && !req.is_browser() => Some(vendors::imunify360_challenge()),
        Scenario::Siteground
            if (rest || is_wc_auth(req)) && matches!(req.method, Method::GET | Method::HEAD) =>
        {
            Some(vendors::siteground_captcha(req))
        }
        Scenario::Akamai if rest => Some(vendors::akamai_denied(req)),
        Scenario::WafUnknown if rest => Some(vendors::unknown_waf_block()),
        Scenario::RateLimited if rest => Some(vendors::rate_limited()),
        Scenario::PageCache if is_cached(ctx) => Some(cached_copy(ctx)),
        Scenario::NeverEndingBody if rest => Some(hostile::never_ending_body()),
        Scenario::GzipBomb if rest => Some(hostile::gzip_bomb()),
        Scenario::RedirectLoop if rest => Some(hostile::redirect_loop(req)),
        Scenario::HeaderFlood if rest => Some(hostile::header_flood()),
        Scenario::HttpPassword => Some(http_failures::unauthorized(req)),
        Scenario::PlainHttpToTlsPort if !req.tls => Some(
            http_failures::redirect_to_tls_port_over_http(req, ctx.app.tls_port()),
        ),
        Scenario::RedirectLoopFlexibleSsl => Some(http_failures::flexible_ssl_loop(req)),
        Scenario::RedirectLoopSlash => http_failures::trailing_slash_loop(req),
        Scenario::WpCriticalError if rest => Some(http_failures::critical_error(req)),
        Scenario::Nginx502 => Some(nginx::bad_gateway()),
        Scenario::Htaccess500 => Some(http_failures::internal_server_error(req)),
        Scenario::GatewayJson403 if rest && is_write(&req.method) => {
            Some(http_failures::gateway_json_403())
        }
        Scenario::OddStatus if rest => Some(http_failures::teapot()),
        Scenario::TerminalEscapes if rest => Some(terminal::answer(req)),
        _ => None,
    }
}

/// The page cache holds the REST index and every `/wc-auth/` page.
fn is_cached(ctx: &Ctx) -> bool {
    if !matches!(ctx.req.method, Method::GET | Method::HEAD) {
        return false;
    }
    use crate::wordpress::routing::{classify, Target};
    match classify(ctx) {
        Target::Rest(route) => route.trim_matches('/').is_empty(),
        Target::WcAuth(_) => true,
        _ => false,
    }
}

fn cached_copy(ctx: &Ctx) -> Resp {
    use crate::wordpress::routing::{classify, Target};
    let mut r = match classify(ctx) {
        // A copy stored for an anonymous visitor.
        Target::Rest(_) => crate::wordpress::rest::cached_index(ctx),
        _ => {
            let data = crate::wc_auth::AuthData {
                app_name: ctx
                    .req
                    .request_param("app_name")
                    .unwrap_or_else(|| "App".into()),
                user_id: ctx
                    .req
                    .request_param("user_id")
                    .unwrap_or_else(|| "1".into()),
                return_url: ctx.req.request_param("return_url").unwrap_or_default(),
                callback_url: ctx.req.request_param("callback_url").unwrap_or_default(),
                scope: ctx
                    .req
                    .request_param("scope")
                    .unwrap_or_else(|| "read_write".into()),
            };
            crate::wc_auth::login_page::render(ctx, &data)
        }
    };
    r.headers_mut().remove("expires");
    set(&mut r, "cache-control", "max-age=3600");
    set(&mut r, "x-cache", "HIT");
    set(&mut r, "age", "1834");
    set(&mut r, "x-litespeed-cache", "hit");
    r
}

/// Headers a front adds to every answer, the PHP warning of invalid-json, the slow drip.
pub(crate) async fn decorate(ctx: &Ctx<'_>, mut r: Resp, from_front: bool) -> Resp {
    let req = ctx.req;
    match ctx.app.scenario {
        Scenario::CloudflareBlock
        | Scenario::CloudflareChallenge
        | Scenario::CloudflarePostAuthstrip
        | Scenario::CloudflareBlocksAppServers
        | Scenario::RedirectLoopFlexibleSsl => {
            set(&mut r, "server", "cloudflare");
            set(&mut r, "cf-ray", cloudflare::ray());
            if !from_front {
                set(&mut r, "cf-cache-status", "DYNAMIC");
            }
        }
        Scenario::Sucuri => {
            set(&mut r, "server", "Sucuri/Cloudproxy");
            set(&mut r, "x-sucuri-id", vendors::SUCURI_ID);
            if !from_front {
                set(&mut r, "x-sucuri-cache", "MISS");
            }
        }
        Scenario::Imunify360 => set(&mut r, "server", "imunify360-webshield/1.21"),
        Scenario::Akamai => set(&mut r, "server", "AkamaiGHost"),
        Scenario::WafUnknown => set(&mut r, "server", "webserver"),
        Scenario::Siteground | Scenario::NotWordpress => set(&mut r, "server", "nginx"),
        s if s.nginx() => set(&mut r, "server", nginx::SERVER),
        // WordPress turns display_errors off for requests that accept or send JSON (seen on a real
        // WordPress), so only other clients (curl's */*, many libraries) get the warning.
        Scenario::InvalidJson if is_rest(req) && is_json(&r) && !req.wants_json() => {
            r = prefix_warning(r).await
        }
        Scenario::SlowDrip if is_rest(req) => r = hostile::slow_drip(r).await,
        Scenario::SilentCache => r = silent_cache::serve(ctx, r).await,
        // The server's clock is wrong, and so is the Date it sends.
        Scenario::ClockSkew => set(&mut r, "date", crate::response::http_date(ctx.now())),
        // Accepts the request, then never answers (a stuck PHP worker behind a patient proxy).
        Scenario::ApiSilent if is_rest(req) => {
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await
        }
        _ => {}
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
