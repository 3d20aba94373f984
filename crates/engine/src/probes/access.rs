//! What the key may do: list each resource the integration needs, and prove write permission without
//! changing anything — a create request carrying an `id`, which WooCommerce refuses with
//! "Cannot create existing …" (400) only after the key's write permission and the user's create
//! capability have both been checked (`WC_REST_CRUD_Controller::create_item`).

use std::time::Instant;

use reqwest::Method;

use super::auth::{describe, working_method};
use super::context::Context;
use super::id::ProbeId;
use super::result::{ProbeResult, Results};
use crate::http::ProbeRequest;
use crate::report::Outcome;
use crate::wp::WpAnswer;

/// The harmless write: an existing id makes WooCommerce refuse to create anything.
pub const WRITE_PROBE_BODY: &str = r#"{"id":1}"#;
/// Customers: WordPress checks the route's required `email` before any permission (a 400
/// `rest_missing_callback_param` would prove nothing), so the harmless write carries one; the id
/// still makes WooCommerce refuse (`woocommerce_rest_customer_exists`).
pub const WRITE_PROBE_BODY_CUSTOMERS: &str =
    r#"{"id":1,"email":"handshake-write-check@example.invalid"}"#;

fn write_probe_body(r: crate::profile::Resource) -> &'static str {
    match r {
        crate::profile::Resource::Customers => WRITE_PROBE_BODY_CUSTOMERS,
        _ => WRITE_PROBE_BODY,
    }
}

pub async fn run(id: ProbeId, ctx: &Context, results: &Results) -> ProbeResult {
    let Some(base) = results.home().map(|h| h.base.clone()) else {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-answer"));
    };
    let Some((method_probe, auth)) = working_method(ctx, results) else {
        return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-no-method"));
    };
    let (req, resource) = match id {
        ProbeId::Read(r) => {
            let mut u = base.join(&format!("wp-json/wc/v3/{}", r.route()));
            u.query_pairs_mut().append_pair("per_page", "1");
            (ProbeRequest::get(u), r)
        }
        ProbeId::Write(r) => (
            ProbeRequest::get(base.join(&format!("wp-json/wc/v3/{}", r.route())))
                .with_method(Method::POST)
                .with_json(write_probe_body(r)),
            r,
        ),
        _ => {
            return ProbeResult::skipped(id, &handshake_l10n::t!(ctx.lang, "probe-skip-not-access"))
        }
    };
    let started = Instant::now();
    let fetched = ctx
        .client
        .fetch(&req.with_auth(auth).following(), false)
        .await;
    let (outcome, summary) = match fetched.last() {
        Some(last) => {
            let pass = match id {
                ProbeId::Write(_) => {
                    last.status == 400
                        && last.wp_error().is_some_and(|e| e.code.ends_with("_exists"))
                }
                _ => last.status == 200,
            };
            let what = if pass {
                match id {
                    ProbeId::Write(_) => handshake_l10n::t!(ctx.lang, "probe-access-may-create",
                        "resource" => resource.as_str(),
                        "answer" => describe(last, ctx.lang)),
                    _ => handshake_l10n::t!(ctx.lang, "probe-access-may-read",
                        "resource" => resource.as_str()),
                }
            } else {
                describe(last, ctx.lang)
            };
            (
                if pass { Outcome::Pass } else { Outcome::Fail },
                handshake_l10n::t!(ctx.lang, "probe-via",
                    "result" => what, "probe" => method_probe.to_string()),
            )
        }
        None => (Outcome::Error, fetched.error_text_in(ctx.lang)),
    };
    ProbeResult::http(id, (outcome, summary), started, fetched)
}
