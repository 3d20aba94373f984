//! The connect flow's own outcomes that are not the store's fault: the owner declined, nobody
//! approved in time, the approval page refused the user logged in, or the app's relay could not be
//! reached.

use crate::finding_id::FindingId;
use crate::fixes::fix;
use crate::report::FixKind;

use super::context::{Ctx, Words};
use handshake_l10n::t;

/// The command that explains WooCommerce's error page: typed as it is, never translated.
pub(super) const EXPLAIN_COMMAND: &str = "handshake connect … --explain \"TEXT\"";

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let app = ctx.app().to_string();
    match ctx.id {
        FindingId::ConnectDenied => Words {
            title: t!(lang, "connect-denied-title"),
            summary: t!(lang, "connect-denied-summary"),
            action: t!(lang, "connect-denied-action", "app" => app.as_str()),
            explanation: t!(lang, "connect-denied-explanation", "app" => app.as_str()),
            fixes: vec![fix(
                FixKind::Instructions,
                t!(lang, "connect-denied-fix-title"),
                t!(lang, "connect-denied-fix", "app" => app.as_str()),
            )],
        },
        // The approval page answered "You do not have permission to access this page": WooCommerce
        // shows Approve only to users with manage_woocommerce, and refuses access_granted without it
        // (also when the login was lost before the click). No key was created.
        FindingId::AuthCapability => {
            let shown = ctx.d.callback_error.clone().unwrap_or_default();
            Words {
                title: t!(lang, "connect-capability-title"),
                summary: t!(lang, "connect-capability-summary"),
                action: t!(lang, "connect-capability-action", "app" => app.as_str()),
                explanation: t!(lang, "connect-capability-explanation", "shown" => shown),
                fixes: vec![fix(
                    FixKind::Instructions,
                    t!(lang, "connect-capability-fix-title"),
                    t!(lang, "connect-capability-fix", "app" => app.as_str()),
                )],
            }
        }
        FindingId::ConnectTimeout => Words {
            title: t!(lang, "connect-timeout-title"),
            summary: t!(lang, "connect-timeout-summary"),
            action: t!(lang, "connect-timeout-action"),
            explanation: t!(lang, "connect-timeout-explanation", "app" => app.as_str(),
                "error" => "An error occurred in the request and at the time were unable to send the consumer data"),
            fixes: vec![fix(
                FixKind::Instructions,
                t!(lang, "connect-timeout-fix-title"),
                t!(lang, "connect-timeout-fix", "command" => EXPLAIN_COMMAND,
                    "done_page" => "you can close this tab"),
            )],
        },
        // The relay answered, but is at capacity or limiting this address: the network is fine.
        _ if ctx.d.retry_after.is_some() => {
            let relay = relay_name(ctx, &app);
            let wait = ctx.d.retry_after.clone().unwrap_or_default();
            let why = ctx
                .d
                .network_error
                .clone()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default();
            Words {
                title: t!(lang, "connect-busy-title", "app" => app.as_str()),
                summary: t!(lang, "connect-busy-summary", "app" => app.as_str()),
                action: t!(lang, "connect-busy-action"),
                explanation: t!(lang, "connect-busy-explanation",
                    "relay" => relay.as_str(), "why" => why, "wait" => wait.as_str()),
                fixes: vec![fix(
                    FixKind::Instructions,
                    t!(lang, "connect-busy-fix-title"),
                    t!(lang, "connect-busy-fix", "wait" => wait.as_str(), "relay" => relay.as_str()),
                )],
            }
        }
        _ => {
            let relay = relay_name(ctx, &app);
            let why = ctx
                .d
                .network_error
                .clone()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default();
            Words {
                title: t!(lang, "connect-unreachable-title", "app" => app.as_str()),
                summary: t!(lang, "connect-unreachable-summary", "app" => app.as_str()),
                action: t!(lang, "connect-unreachable-action"),
                explanation: t!(lang, "connect-unreachable-explanation", "relay" => relay.as_str(), "why" => why),
                fixes: vec![fix(
                    FixKind::Instructions,
                    t!(lang, "connect-unreachable-fix-title"),
                    t!(lang, "connect-unreachable-fix", "relay" => relay.as_str()),
                )],
            }
        }
    }
}

/// The relay's address, or "Acme Sync's relay" when the connect flow did not record one.
fn relay_name(ctx: &Ctx<'_>, app: &str) -> String {
    ctx.d
        .callback_url
        .clone()
        .unwrap_or_else(|| t!(ctx.lang, "connect-relay-fallback", "app" => app))
}
