//! What WooCommerce reports about itself: a store that cannot send requests out
//! (`wc.remote_post_failed`), webhooks it switched off (`wc.webhooks_disabled`), and the Legacy REST
//! API an app still calls (`wc.legacy_api`).

use crate::finding_id::FindingId;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{fix, wordpress};
use crate::report::{Fix, FixKind};

use super::context::{Ctx, Words};

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    match ctx.id {
        FindingId::WcRemotePostFailed => remote_post_failed(ctx),
        FindingId::WcWebhooksDisabled => webhooks_disabled(ctx),
        _ => legacy_api(ctx),
    }
}

fn remote_post_failed(ctx: &Ctx<'_>) -> Words {
    let app = ctx.app();
    let response = ctx
        .d
        .remote_post_response
        .as_ref()
        .map(|r| format!(" (it got: {r})"))
        .unwrap_or_default();
    let callback = ctx
        .site
        .profile
        .callback_host
        .clone()
        .unwrap_or_else(|| format!("{app}'s servers"));
    let mut fixes = Vec::new();
    if let Some(host) = &ctx.site.profile.callback_host {
        fixes.push(wordpress::accessible_hosts(host));
    }
    fixes.push(
        SupportMessage {
            recipient: "your host",
            subject: format!("{} cannot make outgoing HTTPS requests", ctx.host()),
            problem: format!(
                "WooCommerce's status report says its outgoing test request failed{response} (WooCommerce → Status, \
                 \"Remote post\"). WooCommerce sends the keys of an approved app with the same kind of request, so unless \
                 the app's address is reachable, the app never receives them."
            ),
            // The status report's own line ("remote_post_successful: false").
            failing: ctx.failing_lines(),
            passing: vec![],
            ask: format!(
                "allow outgoing HTTPS requests (port 443) from the web server and PHP to the internet, at least to \
                 {callback} and www.paypal.com (WooCommerce's test address)"
            ),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(&ctx.site),
    );
    fixes.push(fix(
        FixKind::Instructions,
        "Check again in WooCommerce",
        format!(
            "WooCommerce → Status ({status}) shows \"Remote post\" under WordPress environment. WooCommerce keeps the \
             result of its test for up to an hour, so after a change, check again an hour later before approving {app}.",
            status = ctx.site.link("wp-admin/admin.php?page=wc-status"),
        ),
    ));
    Words {
        title: format!("WooCommerce's test of outgoing requests failed, so {app}'s keys may not arrive"),
        summary: format!(
            "WooCommerce's own test says your store could not send a request out, so it may be unable to deliver \
             {app}'s keys when you approve it."
        ),
        action: "Ask your host to allow the server's outgoing connections, with the message below.".to_string(),
        explanation: format!(
            "WooCommerce's own status report says its test request out of the server failed{response}: WooCommerce \
             sends a POST to PayPal's address and keeps the result for up to an hour. When you approve {app}, WooCommerce \
             sends the new keys to {callback} with the same kind of request. The test proves only that PayPal's address is \
             out of reach: if the server may not reach {callback} either, the approval ends with an error (the failure \
             itself, such as \"cURL error 7: Failed to connect…\", or \"An error occurred in the request and at the time \
             were unable to send the consumer data.\") and the new keys are deleted again, while a firewall or \
             WP_ACCESSIBLE_HOSTS that allows {callback} lets them through. Webhooks and payment notifications to blocked \
             addresses fail the same way. The server's firewall may block outgoing \
             connections, wp-config.php may set WP_HTTP_BLOCK_EXTERNAL, or the server cannot resolve or reach \
             addresses on the internet."
        ),
        fixes,
    }
}

fn webhooks_disabled(ctx: &Ctx<'_>) -> Words {
    let app = ctx.app();
    let n = ctx.d.webhooks.len();
    let list = ctx
        .d
        .webhooks
        .iter()
        .map(|w| format!("- {w}"))
        .collect::<Vec<_>>()
        .join("\n");
    let them = if n == 1 { "it" } else { "them" };
    Words {
        summary: if n == 1 {
            "WooCommerce no longer sends this webhook, so an app that relies on it hears nothing of new orders or changes."
                .to_string()
        } else {
            "WooCommerce no longer sends these webhooks, so an app that relies on them hears nothing of new orders or \
             changes."
                .to_string()
        },
        action: "Check that each delivery address still works, then set the webhooks to Active again in WooCommerce."
            .to_string(),
        title: if n == 1 {
            "WooCommerce switched off a webhook".to_string()
        } else {
            format!("WooCommerce switched off {n} webhooks")
        },
        explanation: format!(
            "WooCommerce lists {} as Disabled:\n{list}\nWooCommerce disables a webhook by itself after 5 failed \
             deliveries in a row (the delivery URL did not answer with a success status), and then sends nothing more \
             to it, so an app that relies on {them} no longer hears about new orders or changes. Someone may also have \
             set {them} to Disabled by hand.",
            if n == 1 { "this webhook" } else { "these webhooks" }
        ),
        fixes: vec![fix(
            FixKind::WoocommerceSetting,
            "Fix the delivery address, then turn the webhooks on again",
            format!(
                "1. Make sure each delivery URL above is the one {app} (or the service that receives it) uses today and \
                 that it answers; WooCommerce → Status → Logs may show the failed deliveries.\n\
                 2. Go to WooCommerce → Settings → Advanced → Webhooks ({webhooks}).\n\
                 3. Open each disabled webhook, set Status to Active, and click Save webhook.",
                webhooks = ctx
                    .site
                    .link("wp-admin/admin.php?page=wc-settings&tab=advanced&section=webhooks"),
            ),
        )],
    }
}

fn legacy_api(ctx: &Ctx<'_>) -> Words {
    let app = ctx.app();
    let message = ctx
        .d
        .rest_message
        .clone()
        .unwrap_or_else(|| "The WooCommerce API is disabled on this site".to_string());
    Words {
        title: format!("{app} calls WooCommerce's Legacy REST API, which this store does not offer"),
        summary: format!("{app} uses WooCommerce's old Legacy API, which this store does not offer."),
        action: format!(
            "Ask {app} for a version that uses WooCommerce's current API; meanwhile the Legacy API plugin below brings the \
             old one back."
        ),
        explanation: format!(
            "{app} still uses WooCommerce's Legacy REST API ({legacy}), and the store answers it with WooCommerce's own \
             \"{message}\". WooCommerce 9.0 removed the Legacy REST API from WooCommerce: since then it is the separate \
             \"WooCommerce Legacy REST API\" plugin, and before 9.0 it had to be turned on in WooCommerce's settings. \
             Every request {app} sends there fails until {app} moves to the REST API or the plugin is installed.",
            legacy = ctx.site.link("wc-api/v3/"),
        ),
        fixes: vec![move_to_rest_api(ctx), legacy_plugin(ctx)],
    }
}

fn move_to_rest_api(ctx: &Ctx<'_>) -> Fix {
    fix(
        FixKind::Instructions,
        "Best: have the app use the REST API",
        format!(
            "Ask {app}'s support for a version that uses WooCommerce's REST API ({rest}) instead of /wc-api/, then \
             authorize {app} again (its Connect button, or a key from WooCommerce → Settings → Advanced → REST API). The \
             REST API is the one WooCommerce maintains; the Legacy API gets no new features.",
            app = ctx.app(),
            rest = ctx.site.link("wp-json/wc/v3/"),
        ),
    )
}

fn legacy_plugin(ctx: &Ctx<'_>) -> Fix {
    fix(
        FixKind::WoocommerceSetting,
        "Meanwhile: install the WooCommerce Legacy REST API plugin",
        format!(
            "1. In WordPress, go to Plugins → Add New Plugin ({add}) and search for \"WooCommerce Legacy REST API\" (by \
             WooCommerce).\n\
             2. Click Install Now, then Activate.\n\
             3. Go to WooCommerce → Settings → Advanced → Legacy API, tick \"Enable the legacy REST API\", and click \
             Save changes.\n\
             4. Run this check again: {legacy} should answer.",
            add = ctx.site.link("wp-admin/plugin-install.php?s=WooCommerce+Legacy+REST+API&tab=search&type=term"),
            legacy = ctx.site.link("wc-api/v3/"),
        ),
    )
}
