//! The Legacy REST API (`/wc-api/v3/`), asked only when the integration profile says the app still
//! calls it. WooCommerce 9.0 moved it out of WooCommerce into the "WooCommerce Legacy REST API"
//! plugin; without that plugin WooCommerce answers every `/wc-api/vN/` request with 404 and
//! `{"errors":{"code":"woocommerce_api_disabled","message":"The WooCommerce API is disabled on this site"}}`
//! (`LegacyRestApiStub`); older versions answer the same when the Legacy API setting is off.

use std::time::Instant;

use serde_json::Value;

use super::context::Context;
use super::id::ProbeId;
use super::result::{ProbeResult, Results};
use crate::http::{Exchange, ProbeRequest};
use crate::report::Outcome;

/// WooCommerce's error code for a Legacy REST API that is not there or switched off.
pub const DISABLED_CODE: &str = "woocommerce_api_disabled";

pub async fn run(ctx: &Context, results: &Results) -> ProbeResult {
    let id = ProbeId::LegacyApi;
    let Some(home) = results.home().filter(|h| !h.fetched.hops.is_empty()) else {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-answer"));
    };
    // The index needs no credentials (it lists the store's routes), so none are sent.
    let url = home.base.join("wc-api/v3/");
    let started = Instant::now();
    let fetched = ctx
        .client
        .fetch(&ProbeRequest::get(url), home.insecure_tls)
        .await;
    let (outcome, summary) = match fetched.last() {
        None => (Outcome::Error, fetched.error_text_in(ctx.lang)),
        Some(e) => match answer(e) {
            LegacyAnswer::Disabled { message } => (
                Outcome::Fail,
                format!("{} {DISABLED_CODE}: {message}", e.status),
            ),
            LegacyAnswer::Index => (
                Outcome::Pass,
                handshake_l10n::t!(ctx.lang, "probe-legacy-answers"),
            ),
            LegacyAnswer::Other => (
                Outcome::Fail,
                format!(
                    "{} {}",
                    e.status,
                    e.content_type().split(';').next().unwrap_or("")
                ),
            ),
        },
    };
    ProbeResult::http(id, (outcome, summary), started, fetched)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LegacyAnswer {
    /// WooCommerce's own "The WooCommerce API is disabled on this site".
    Disabled { message: String },
    /// The Legacy API's index (`{"store":{…}}`): it works.
    Index,
    /// Anything else (a 404 page, a firewall): says nothing about the Legacy API itself.
    Other,
}

pub fn answer(e: &Exchange) -> LegacyAnswer {
    let Some(v) = e.json() else {
        return LegacyAnswer::Other;
    };
    if e.status == 200 && v.get("store").is_some_and(Value::is_object) {
        return LegacyAnswer::Index;
    }
    // The stub sends `errors` as one object; the old Legacy API's docs show a list of them.
    let errors = match v.get("errors") {
        Some(Value::Array(list)) => list.clone(),
        Some(o @ Value::Object(_)) => vec![o.clone()],
        _ => return LegacyAnswer::Other,
    };
    errors
        .iter()
        .find(|err| err.get("code").and_then(Value::as_str) == Some(DISABLED_CODE))
        .map(|err| LegacyAnswer::Disabled {
            message: err
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
        })
        .unwrap_or(LegacyAnswer::Other)
}
