//! OAuth 1.0a signed for WordPress's own Site Address. WooCommerce checks a signature against the
//! Site Address's host (`get_home_url()`), not the address the request came to, so when the two
//! differ a signature made for the app's address is refused ("provided signature does not match")
//! while one made for the Site Address, sent to the same place, is accepted. That proves the key and
//! secret right and the address the cause. Runs only when the index names another host or port.

use std::time::Instant;

use secrecy::ExposeSecret;
use url::Url;

use super::auth::sign_in_resource;
use super::context::Context;
use super::id::ProbeId;
use super::result::{ProbeResult, Results};
use crate::http::ProbeRequest;
use crate::oauth1;
use crate::report::Outcome;
use crate::wp::WpAnswer;

pub async fn run(ctx: &Context, results: &Results) -> ProbeResult {
    let id = ProbeId::AuthOAuthSite;
    let Some(home) = results.home().filter(|h| !h.fetched.hops.is_empty()) else {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-answer"));
    };
    if home.insecure_tls {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-cert-invalid"));
    }
    if let Some(why) = home.credentials_refused(&ctx.store, ctx.lang) {
        return ProbeResult::skipped(id, &why);
    }
    let Some(w) = ctx.credentials.woo.as_ref() else {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-woo-key"));
    };
    let site = [ProbeId::RestIndex, ProbeId::RestIndexQuery]
        .into_iter()
        .filter_map(|p| results.exchange(p))
        .filter(|e| e.status == 200)
        .find_map(|e| e.rest_index())
        .and_then(|i| Url::parse(&i.home).ok());
    let Some(site) = site else {
        return ProbeResult::skipped(
            id,
            &handshake_l10n::t!(ctx.lang, "probe-skip-no-site-address"),
        );
    };
    let app = home.base.as_url();
    if site.host_str() == app.host_str()
        && site.port_or_known_default() == app.port_or_known_default()
    {
        return ProbeResult::skipped(
            id,
            &handshake_l10n::t!(ctx.lang, "probe-skip-site-address-same-host"),
        );
    }
    let mut url = home
        .base
        .join(&format!("wp-json/wc/v3/{}", sign_in_resource(ctx).route()));
    url.query_pairs_mut().append_pair("per_page", "1");
    // Same scheme and path, the Site Address's host and port: what WooCommerce rebuilds.
    let mut signed_for = url.clone();
    if signed_for.set_host(site.host_str()).is_err() || signed_for.set_port(site.port()).is_err() {
        return ProbeResult::skipped(
            id,
            &handshake_l10n::t!(ctx.lang, "probe-skip-site-address-no-host"),
        );
    }
    let signed = oauth1::sign_url(
        &signed_for,
        "GET",
        w.consumer_key.expose_secret(),
        w.consumer_secret.expose_secret(),
        None,
        oauth1::now(),
        &oauth1::nonce(),
    );
    url.set_query(signed.query());
    let started = Instant::now();
    // Not followed: the signed query goes to this address only.
    let fetched = ctx.client.fetch(&ProbeRequest::get(url), false).await;
    let (outcome, summary) = match fetched.last() {
        None => (Outcome::Error, fetched.error_text_in(ctx.lang)),
        Some(e) if e.status == 200 => (
            Outcome::Pass,
            handshake_l10n::t!(ctx.lang, "probe-oauth-site-accepted",
                "host" => site.host_str().unwrap_or("")),
        ),
        Some(e) => (Outcome::Fail, super::auth::describe(e, ctx.lang)),
    };
    ProbeResult::http(id, (outcome, summary), started, fetched)
}
