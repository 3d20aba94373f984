//! Unauthenticated questions to WordPress and WooCommerce: is the REST API routed (both ways), do
//! POST and PUT reach it, does an `Authorization` header arrive, and does the app authorization page
//! give WooCommerce's own answer? None of these can change store data.

use std::time::Instant;

use reqwest::Method;
use secrecy::SecretString;

use super::context::Context;
use super::id::ProbeId;
use super::result::{ProbeResult, Results};
use crate::http::{Auth, Exchange, Fetched, ProbeRequest};
use crate::report::Outcome;
use crate::wp::WpAnswer;

/// An order id no store has: a PUT to it fails WooCommerce's "Invalid ID." check, changing nothing.
pub const NONEXISTENT_ID: &str = "2147483647";
/// User name for the header check; WordPress answers "Unknown username" when the header arrives.
pub const HEADER_ECHO_USER: &str = "handshake-header-check";

pub fn request_for(id: ProbeId, ctx: &Context, results: &Results) -> Option<ProbeRequest> {
    let base = &results.home()?.base;
    let req = match id {
        ProbeId::RestIndex => ProbeRequest::get(base.join("wp-json/")),
        // Asked like a generic HTTP client (curl, many app libraries): WordPress turns PHP's
        // display_errors off for requests that accept JSON, so only such a request shows the
        // warnings WP_DEBUG_DISPLAY prints into other clients' answers (seen on a real WordPress).
        ProbeId::RestIndexQuery => {
            ProbeRequest::get(with_query(base.as_url().clone(), &[("rest_route", "/")]))
                .with_header("accept", "*/*")
        }
        ProbeId::RestIndexBrowser => ProbeRequest::get(base.join("wp-json/"))
            .with_header("user-agent", crate::profile::BROWSER_USER_AGENT),
        ProbeId::RestPost => ProbeRequest::get(base.join("wp-json/wc/v3/orders"))
            .with_method(Method::POST)
            .with_json(r#"{"id":1}"#),
        ProbeId::RestPut => {
            ProbeRequest::get(base.join(&format!("wp-json/wc/v3/orders/{NONEXISTENT_ID}")))
                .with_method(Method::PUT)
                .with_json("{}")
        }
        ProbeId::AuthHeaderEcho => {
            // The query form works under every permalink setting and path rule.
            ProbeRequest::get(with_query(
                base.as_url().clone(),
                &[("rest_route", "/wp/v2/users/me")],
            ))
            .with_auth(Auth::Basic {
                user: HEADER_ECHO_USER.to_string(),
                password: SecretString::from("not-a-real-password-0000"),
            })
        }
        ProbeId::WcAuth => ProbeRequest::get(with_query(
            base.join("wc-auth/v1/authorize"),
            &authorize_params(ctx),
        )),
        ProbeId::WcAuthQuery => {
            let mut params = vec![
                ("wc-auth-version", "1".to_string()),
                ("wc-auth-route", "authorize".to_string()),
            ];
            params.extend(authorize_params(ctx));
            ProbeRequest::get(with_query(base.as_url().clone(), &params))
        }
        _ => return None,
    };
    Some(req.following())
}

/// Harmless parameters for the authorization endpoint: WooCommerce validates them and, for a visitor
/// who is not logged in, redirects to its login form. Nothing is created.
fn authorize_params(ctx: &Context) -> Vec<(&'static str, String)> {
    let host = ctx
        .profile
        .callback_host
        .as_deref()
        .unwrap_or("handshake.invalid");
    vec![
        ("app_name", ctx.profile.name.clone()),
        ("scope", ctx.profile.scope.as_str().to_string()),
        ("user_id", "1".to_string()),
        ("return_url", format!("https://{host}/handshake/return")),
        ("callback_url", format!("https://{host}/handshake/callback")),
    ]
}

fn with_query<K: AsRef<str>, V: AsRef<str>>(mut url: url::Url, pairs: &[(K, V)]) -> url::Url {
    url.query_pairs_mut()
        .extend_pairs(pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())));
    url
}

pub async fn run(id: ProbeId, ctx: &Context, results: &Results) -> ProbeResult {
    let Some(home) = results.home() else {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-answer"));
    };
    if home.fetched.hops.is_empty() {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-answer"));
    }
    let Some(req) = request_for(id, ctx, results) else {
        return ProbeResult::skipped(
            id,
            &handshake_l10n::t!(ctx.lang, "probe-skip-not-applicable"),
        );
    };
    let started = Instant::now();
    let fetched = ctx.client.fetch(&req, home.insecure_tls).await;
    let (outcome, summary) = judge(id, &fetched, ctx.lang);
    ProbeResult::http(id, (outcome, summary), started, fetched)
}

/// Pass/fail for the checklist; the analysis decides what it means.
fn judge(id: ProbeId, fetched: &Fetched, lang: handshake_l10n::Lang) -> (Outcome, String) {
    let Some(last) = fetched.last() else {
        return (Outcome::Error, fetched.error_text_in(lang));
    };
    let err = last.wp_error();
    let describe = |e: &Exchange| match &err {
        Some(w) => format!("{} {}: {}", e.status, w.code, w.message),
        None => format!("{} {}", e.status, short_type(e)),
    };
    let pass = match id {
        ProbeId::RestIndex | ProbeId::RestIndexQuery | ProbeId::RestIndexBrowser => {
            last.status == 200 && last.rest_index().is_some()
        }
        // WooCommerce answering with its own JSON (any status) means the request reached it.
        ProbeId::RestPost | ProbeId::RestPut => err
            .as_ref()
            .is_some_and(|e| e.code.starts_with("woocommerce_rest")),
        ProbeId::AuthHeaderEcho => err.as_ref().is_some_and(|e| e.code == "invalid_username"),
        ProbeId::WcAuth | ProbeId::WcAuthQuery => reached_wc_login(fetched),
        _ => last.status < 400,
    };
    let summary = match id {
        ProbeId::RestIndex | ProbeId::RestIndexQuery | ProbeId::RestIndexBrowser if pass => {
            match last.rest_index() {
                Some(index) => {
                    let count = index.namespaces.len();
                    if index.has_namespace("wc/v3") {
                        handshake_l10n::t!(lang, "probe-rest-index-wc-active", "count" => count)
                    } else {
                        handshake_l10n::t!(lang, "probe-rest-index-wc-missing", "count" => count)
                    }
                }
                None => describe(last),
            }
        }
        ProbeId::RestPost | ProbeId::RestPut if pass => {
            handshake_l10n::t!(lang, "probe-rest-reached-wc", "answer" => describe(last))
        }
        ProbeId::AuthHeaderEcho if pass => {
            handshake_l10n::t!(lang, "probe-rest-header-reaches")
        }
        ProbeId::WcAuth | ProbeId::WcAuthQuery if pass => {
            handshake_l10n::t!(lang, "probe-rest-wc-auth-login")
        }
        _ => describe(last),
    };
    (if pass { Outcome::Pass } else { Outcome::Fail }, summary)
}

fn short_type(e: &Exchange) -> String {
    e.content_type().split(';').next().unwrap_or("").to_string()
}

/// WooCommerce's answer to a visitor who is not logged in: a redirect to `/wc-auth/v1/login/` (or the
/// login form itself).
pub fn reached_wc_login(fetched: &Fetched) -> bool {
    let first_redirect_to_login = fetched.hops.first().is_some_and(|h| {
        h.is_redirect()
            && h.header("location").is_some_and(|l| {
                l.contains("wc-auth/v1/login")
                    || l.contains("wc-auth-route=login")
                    || l.contains("wc-auth%2Fv1=login")
                    || l.contains("wc-auth/v1=login")
            })
    });
    let form = fetched.last().is_some_and(|l| {
        l.status == 200 && String::from_utf8_lossy(&l.body).contains("wc-auth-login")
    });
    first_redirect_to_login && (form || fetched.hops.len() == 1 || fetched.error.is_some())
}
