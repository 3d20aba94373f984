//! Signing in, four ways, to the same harmless list request: Basic, query string, OAuth 1.0a signed
//! for https, and OAuth signed as if the request were http. Comparing the four answers proves header
//! stripping, an unknown key, a wrong secret, and a store that does not know it is on HTTPS.

use std::time::Instant;

use secrecy::ExposeSecret;

use super::context::Context;
use super::id::ProbeId;
use super::result::{ProbeResult, Results};
use crate::http::{Auth, Exchange, ProbeRequest};
use crate::profile::Resource;
use crate::report::Outcome;
use crate::wp::WpAnswer;

/// The resource the sign-in probes list (one item).
pub fn sign_in_resource(ctx: &Context) -> Resource {
    ctx.profile
        .resources
        .first()
        .copied()
        .unwrap_or(Resource::Orders)
}

/// The credentials a sign-in probe uses, or why it does not run (the id of a `probe-skip-` message).
pub fn auth_for(id: ProbeId, ctx: &Context, https: bool) -> Result<Auth, &'static str> {
    let woo = ctx.credentials.woo.as_ref();
    match id {
        ProbeId::AuthBasic | ProbeId::AuthQuery | ProbeId::AuthOAuth | ProbeId::AuthOAuthHttp => {
            let Some(w) = woo else {
                return Err("probe-skip-no-woo-key");
            };
            let (key, secret) = (w.consumer_key.clone(), w.consumer_secret.clone());
            match id {
                ProbeId::AuthBasic if !https => Err("probe-skip-header-plain-http"),
                ProbeId::AuthQuery if !https => Err("probe-skip-query-plain-http"),
                ProbeId::AuthOAuthHttp if !https => Err("probe-skip-already-http"),
                ProbeId::AuthBasic => Ok(Auth::Basic {
                    user: key.expose_secret().to_string(),
                    password: secret,
                }),
                ProbeId::AuthQuery => Ok(Auth::QueryKeys { key, secret }),
                ProbeId::AuthOAuth => Ok(Auth::OAuth1 {
                    key,
                    secret,
                    signed_scheme: None,
                }),
                _ => Ok(Auth::OAuth1 {
                    key,
                    secret,
                    signed_scheme: Some("http"),
                }),
            }
        }
        ProbeId::AuthAppPassword => {
            let Some(a) = &ctx.credentials.app_password else {
                return Err("probe-skip-no-app-password");
            };
            if !https {
                return Err("probe-skip-app-password-https-only");
            }
            Ok(Auth::Basic {
                user: a.user.clone(),
                password: a.password.clone(),
            })
        }
        _ => Err("probe-skip-not-sign-in"),
    }
}

pub async fn run(id: ProbeId, ctx: &Context, results: &Results) -> ProbeResult {
    let Some(home) = results.home().filter(|h| !h.fetched.hops.is_empty()) else {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-answer"));
    };
    if home.insecure_tls {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-cert-invalid"));
    }
    if let Some(why) = home.credentials_refused(&ctx.store, ctx.lang) {
        return ProbeResult::skipped(id, &why);
    }
    let auth = match auth_for(id, ctx, home.base.is_https()) {
        Ok(a) => a,
        Err(why) => return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, why)),
    };
    let url = if id == ProbeId::AuthAppPassword {
        home.base.join("wp-json/wp/v2/users/me")
    } else {
        let mut u = home
            .base
            .join(&format!("wp-json/wc/v3/{}", sign_in_resource(ctx).route()));
        u.query_pairs_mut().append_pair("per_page", "1");
        u
    };
    let started = Instant::now();
    let fetched = ctx
        .client
        .fetch(&ProbeRequest::get(url).with_auth(auth).following(), false)
        .await;
    if let Some(e @ crate::http::FetchError::CredentialsNotForwarded(_)) = &fetched.error {
        return ProbeResult::http(
            id,
            (Outcome::Error, e.message_in(ctx.lang)),
            started,
            fetched,
        );
    }
    let (outcome, summary) = match fetched.last() {
        // The http-signed request is a control: a store that knows it is on HTTPS refuses it.
        Some(last) if id == ProbeId::AuthOAuthHttp => {
            if last.status == 200 {
                (
                    Outcome::Fail,
                    handshake_l10n::t!(ctx.lang, "probe-auth-http-signature-accepted"),
                )
            } else {
                (
                    Outcome::Pass,
                    handshake_l10n::t!(ctx.lang, "probe-auth-refused-as-expected",
                        "answer" => describe(last, ctx.lang)),
                )
            }
        }
        Some(last) => (
            if last.status == 200 {
                Outcome::Pass
            } else {
                Outcome::Fail
            },
            describe(last, ctx.lang),
        ),
        None => (Outcome::Error, fetched.error_text_in(ctx.lang)),
    };
    ProbeResult::http(id, (outcome, summary), started, fetched)
}

/// The answer in short: status and WordPress's error code and message (the store's words), or
/// "200 signed in" in `lang`.
pub fn describe(e: &Exchange, lang: handshake_l10n::Lang) -> String {
    match e.wp_error() {
        Some(w) => format!("{} {}: {}", e.status, w.code, w.message),
        None if e.status == 200 => handshake_l10n::t!(lang, "probe-auth-signed-in"),
        None => format!(
            "{} {}",
            e.status,
            e.content_type().split(';').next().unwrap_or("")
        ),
    }
}

/// Did this answer come from a signed-in user? 200, or 403 (signed in, but the user lacks a
/// capability: WooCommerce answers 401 to anonymous requests).
pub fn authenticated(e: &Exchange) -> bool {
    e.status == 200
        || (e.status == 403
            && e.wp_error()
                .is_some_and(|w| w.code.starts_with("woocommerce_rest_cannot")))
}

/// The first sign-in method that worked, in order of preference.
pub fn working_method(ctx: &Context, results: &Results) -> Option<(ProbeId, Auth)> {
    let home = results.home()?;
    if home.credentials_refused(&ctx.store, ctx.lang).is_some() {
        return None;
    }
    let https = home.base.is_https();
    [
        ProbeId::AuthBasic,
        ProbeId::AuthQuery,
        ProbeId::AuthOAuth,
        ProbeId::AuthOAuthHttp,
        ProbeId::AuthAppPassword,
    ]
    .into_iter()
    .find(|id| results.exchange(*id).is_some_and(authenticated))
    .and_then(|id| auth_for(id, ctx, https).ok().map(|a| (id, a)))
}
