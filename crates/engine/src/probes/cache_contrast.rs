//! Page caches that send no header of their own: the signed-in list request (`auth.basic`) asked
//! again without credentials, and both asked once more with a cache-busting parameter. A cache that
//! ignores credentials gives the signed-in and the anonymous request the same stored answer, while
//! the busted pair, which no cache has seen, get WordPress's own, different answers. Reads only.

use std::time::Instant;

use super::auth::{auth_for, sign_in_resource};
use super::context::Context;
use super::id::ProbeId;
use super::result::{ProbeResult, Results};
use crate::http::{Auth, ProbeRequest};
use crate::report::Outcome;

/// The parameter that makes a URL no cache has stored (WordPress ignores unknown parameters).
pub const BUST_PARAM: &str = "_handshake";

pub async fn run(id: ProbeId, ctx: &Context, results: &Results) -> ProbeResult {
    let Some(home) = results.home().filter(|h| !h.fetched.hops.is_empty()) else {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-answer"));
    };
    // The contrast needs the signed-in request sent in the header (https only).
    if results.exchange(ProbeId::AuthBasic).is_none() {
        return ProbeResult::skipped(
            id,
            &handshake_l10n::t!(ctx.lang, "probe-skip-nothing-to-compare"),
        );
    }
    let mut url = home
        .base
        .join(&format!("wp-json/wc/v3/{}", sign_in_resource(ctx).route()));
    url.query_pairs_mut().append_pair("per_page", "1");
    let auth = match id {
        // `auth.basic` sent its credentials to this base, so this request may too.
        ProbeId::CacheAuthBusted => match auth_for(ProbeId::AuthBasic, ctx, home.base.is_https()) {
            Ok(a) => a,
            Err(why) => return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, why)),
        },
        _ => Auth::None,
    };
    if matches!(id, ProbeId::CacheAuthBusted | ProbeId::CacheAnonBusted) {
        url.query_pairs_mut()
            .append_pair(BUST_PARAM, &crate::oauth1::nonce()[..12]);
    }
    let started = Instant::now();
    let fetched = ctx
        .client
        .fetch(&ProbeRequest::get(url).with_auth(auth).following(), false)
        .await;
    let (outcome, summary) = match fetched.last() {
        None => (Outcome::Error, fetched.error_text_in(ctx.lang)),
        Some(e) => (Outcome::Pass, super::auth::describe(e, ctx.lang)),
    };
    ProbeResult::http(id, (outcome, summary), started, fetched)
}
