//! What WooCommerce reports about itself: a store that cannot send requests out
//! (`wc.remote_post_failed`), webhooks it switched off (`wc.webhooks_disabled`), and the Legacy REST
//! API an app still calls (`wc.legacy_api`).

use crate::finding_id::FindingId;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{fix, wordpress};
use crate::report::{Fix, FixKind};

use super::context::{Ctx, Words};
use handshake_l10n::t;

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    match ctx.id {
        FindingId::WcRemotePostFailed => remote_post_failed(ctx),
        FindingId::WcWebhooksDisabled => webhooks_disabled(ctx),
        _ => legacy_api(ctx),
    }
}

fn remote_post_failed(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let app = ctx.app();
    let response = ctx
        .d
        .remote_post_response
        .as_ref()
        .map(|r| {
            format!(
                " {}",
                t!(lang, "wc-remote-post-response", "response" => r.as_str())
            )
        })
        .unwrap_or_default();
    let callback = ctx
        .site
        .profile
        .callback_host
        .clone()
        .unwrap_or_else(|| t!(lang, "wc-remote-post-app-servers", "app" => app));
    let mut fixes = Vec::new();
    if let Some(host) = &ctx.site.profile.callback_host {
        fixes.push(wordpress::accessible_hosts(&ctx.site, host));
    }
    let recipient = t!(lang, "wc-support-recipient");
    fixes.push(
        SupportMessage {
            recipient: &recipient,
            subject: t!(lang, "wc-remote-post-support-subject", "host" => ctx.host()),
            problem: t!(lang, "wc-remote-post-support-problem", "response" => response.as_str()),
            // The status report's own line ("remote_post_successful: false").
            failing: ctx.failing_lines(),
            passing: vec![],
            ask: t!(lang, "wc-remote-post-support-ask", "callback" => callback.as_str()),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(&ctx.site),
    );
    fixes.push(fix(
        FixKind::Instructions,
        t!(lang, "wc-remote-post-fix-check-title"),
        t!(lang, "wc-remote-post-fix-check",
            "status" => ctx.site.link("wp-admin/admin.php?page=wc-status"), "app" => app),
    ));
    Words {
        title: t!(lang, "wc-remote-post-title", "app" => app),
        summary: t!(lang, "wc-remote-post-summary", "app" => app),
        action: t!(lang, "wc-remote-post-action"),
        explanation: t!(lang, "wc-remote-post-explanation",
            "response" => response.as_str(), "app" => app, "callback" => callback.as_str(),
            "curl_error" => "cURL error 7: Failed to connect…",
            "wc_error" => "An error occurred in the request and at the time were unable to send the consumer data."),
        fixes,
    }
}

fn webhooks_disabled(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let app = ctx.app();
    let n = ctx.d.webhooks.len();
    let list = ctx
        .d
        .webhooks
        .iter()
        .map(|w| format!("- {w}"))
        .collect::<Vec<_>>()
        .join("\n");
    Words {
        summary: t!(lang, "wc-webhooks-summary", "count" => n),
        action: t!(lang, "wc-webhooks-action"),
        title: t!(lang, "wc-webhooks-title", "count" => n),
        explanation: t!(lang, "wc-webhooks-explanation", "count" => n, "list" => list),
        fixes: vec![fix(
            FixKind::WoocommerceSetting,
            t!(lang, "wc-webhooks-fix-title"),
            t!(lang, "wc-webhooks-fix", "app" => app,
                "webhooks" => ctx.site.link("wp-admin/admin.php?page=wc-settings&tab=advanced&section=webhooks")),
        )],
    }
}

fn legacy_api(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let app = ctx.app();
    // WooCommerce's own answer, quoted as it is.
    let message = ctx
        .d
        .rest_message
        .clone()
        .unwrap_or_else(|| "The WooCommerce API is disabled on this site".to_string());
    Words {
        title: t!(lang, "wc-legacy-title", "app" => app),
        summary: t!(lang, "wc-legacy-summary", "app" => app),
        action: t!(lang, "wc-legacy-action", "app" => app),
        explanation: t!(lang, "wc-legacy-explanation", "app" => app,
            "legacy" => ctx.site.link("wc-api/v3/"), "message" => message),
        fixes: vec![move_to_rest_api(ctx), legacy_plugin(ctx)],
    }
}

fn move_to_rest_api(ctx: &Ctx<'_>) -> Fix {
    fix(
        FixKind::Instructions,
        t!(ctx.lang, "wc-legacy-fix-rest-title"),
        t!(ctx.lang, "wc-legacy-fix-rest", "app" => ctx.app(), "rest" => ctx.site.link("wp-json/wc/v3/")),
    )
}

fn legacy_plugin(ctx: &Ctx<'_>) -> Fix {
    fix(
        FixKind::WoocommerceSetting,
        t!(ctx.lang, "wc-legacy-fix-plugin-title"),
        t!(ctx.lang, "wc-legacy-fix-plugin",
            "add" => ctx.site.link("wp-admin/plugin-install.php?s=WooCommerce+Legacy+REST+API&tab=search&type=term"),
            "legacy" => ctx.site.link("wc-api/v3/")),
    )
}
