//! Words and fixes for every finding: a plain-language title, what is wrong and what to do (one
//! sentence each, for a store owner), the technical explanation, and fixes ready to paste, filled
//! with the store's host, folder and the integration profile's values.
//! Each area has its own module; the snippets themselves come from [`crate::fixes`].

mod auth;
mod callback;
pub(crate) mod clock;
mod connect;
mod context;
mod failures;
pub(crate) mod network;
mod rest;
mod site_url;
mod unexplained;
mod vantage;
mod waf;
mod woocommerce;

#[cfg(test)]
mod owner_words;
#[cfg(test)]
mod pseudo;
#[cfg(test)]
mod tests;

use crate::details::Details;
use crate::finding_id::FindingId;
use crate::fixes::Site;
use crate::profile::Profile;
use crate::report::{Evidence, Finding, Lang, Severity};
use crate::store_url::StoreUrl;

use context::{Ctx, Words};

/// What fixes are filled with.
#[derive(Debug, Clone, Copy)]
pub struct FixTarget<'a> {
    pub store: &'a StoreUrl,
    pub profile: &'a Profile,
    pub lang: Lang,
}

/// Builds the finding a store owner reads: title, explanation and fixes for `id`.
pub fn finding(
    id: FindingId,
    severity: Severity,
    details: &Details,
    target: FixTarget<'_>,
    evidence: Vec<Evidence>,
) -> Finding {
    let ctx = Ctx {
        id,
        d: details,
        site: Site::new(target.store, target.profile).with_lang(target.lang),
        evidence: &evidence,
        lang: target.lang,
    };
    let Words {
        title,
        summary,
        action,
        explanation,
        fixes,
    } = words(&ctx);
    Finding {
        id,
        severity,
        title,
        summary,
        action,
        explanation,
        evidence,
        fixes,
    }
}

fn words(ctx: &Ctx<'_>) -> Words {
    use FindingId::*;
    match ctx.id {
        NetBlocksAppServers | NetBlocksThisComputer => vantage::words(ctx),
        SiteUnexplained if ctx.d.contrast.is_some() => vantage::words(ctx),
        // WooCommerce's approval page refused the logged-in visitor (the owner pasted its text).
        AuthCapability
            if ctx.d.missing_capabilities.is_empty() && ctx.d.callback_error.is_some() =>
        {
            connect::words(ctx)
        }
        NetDns | NetConnect | TlsCertificate | TlsMissing | HttpRedirect | HttpMaintenance
        | HttpRateLimited | SiteNotWordpress => network::words(ctx),
        RestPlainPermalinks | RestBlocked | RestDisabled | RestInvalidJson | RestCached
        | WcInactive | WcAuthEndpoint => rest::words(ctx),
        AuthClockSkew => clock::words(ctx),
        SiteUrlMismatch => site_url::words(ctx),
        WcRemotePostFailed | WcWebhooksDisabled | WcLegacyApi => woocommerce::words(ctx),
        WafCloudflare | WafSucuri | WafWordfence | WafModsecurity | WafImunify360
        | WafSiteground | WafAkamai | WafUnknown => waf::words(ctx),
        AuthHeaderStripped
        | AuthKeyInvalid
        | AuthSecretInvalid
        | AuthHttpsRequired
        | AuthHttpsNotDetected
        | AuthReadOnly
        | AuthCapability
        | AuthAppPasswordInvalid => auth::words(ctx),
        CallbackNotReceived | CallbackRejected => callback::words(ctx),
        ConnectDenied | ConnectTimeout | ConnectRelayUnreachable => connect::words(ctx),
        SiteUnexplained => unexplained::words(ctx),
        HttpBasicAuth | HttpRedirectLoop | HttpServerError | HttpUnresponsive | HttpOversized => {
            failures::words(ctx)
        }
    }
}
