//! The last step of approving an app: WooCommerce POSTs the new keys to the app's callback address,
//! and keeps them only if that POST gets exactly HTTP 200.

use url::Url;

use crate::finding_id::FindingId;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{fix, wordpress};
use crate::report::FixKind;

use super::context::{Ctx, Words};

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    match ctx.id {
        FindingId::CallbackRejected => rejected(ctx),
        _ => not_received(ctx),
    }
}

/// The callback's host: from the URL used in the run, else the profile's.
fn callback_host(ctx: &Ctx<'_>) -> Option<String> {
    ctx.d
        .callback_url
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_string))
        .or_else(|| ctx.site.profile.callback_host.clone())
}

/// What WooCommerce's error means, in one sentence.
fn error_meaning(error: &str) -> &'static str {
    let e = error.to_ascii_lowercase();
    if e.contains("valid url was not provided") {
        "WordPress refused the callback address itself: it only sends to public host names on ports 80, 443 or 8080."
    } else if e.contains("curl error 60")
        || e.contains("curl error 77")
        || e.contains("ssl certificate")
    {
        "The store's server does not trust the callback's HTTPS certificate, usually because its list of certificate authorities is out of date."
    } else if e.contains("curl error 28") || e.contains("timed out") {
        "The connection timed out: a firewall on the store's server probably blocks outgoing connections."
    } else if e.contains("curl error 6") || e.contains("resolve host") {
        "The store's server could not look up the callback's name (its DNS settings are broken)."
    } else if e.contains("curl error 7") || e.contains("failed to connect") {
        "The store's server could not open a connection: outgoing connections are blocked."
    } else if e.contains("user has blocked requests") || e.contains("blocked requests through http")
    {
        "WordPress is set to block outgoing requests (WP_HTTP_BLOCK_EXTERNAL in wp-config.php)."
    } else {
        "The store's server could not deliver the POST."
    }
}

fn not_received(ctx: &Ctx<'_>) -> Words {
    let app = ctx.app();
    let host = callback_host(ctx);
    let target = host.clone().unwrap_or_else(|| format!("{app}'s server"));
    let error = ctx
        .d
        .callback_error
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty());
    let cause = match error {
        Some(e) => format!(" WooCommerce reported \"{e}\". {}", error_meaning(e)),
        None => " Usually a firewall on the store's server blocks outgoing connections, or WordPress is set to block outgoing \
                 requests (WP_HTTP_BLOCK_EXTERNAL)."
            .to_string(),
    };
    let mut fixes = Vec::new();
    if let Some(host) = &host {
        fixes.push(wordpress::accessible_hosts(host));
    }
    fixes.push(
        SupportMessage {
            recipient: "your host",
            subject: format!("Outgoing HTTPS requests from {} fail", ctx.host()),
            problem: format!(
                "When WooCommerce sends new API keys to {target} (an HTTPS POST from my site to https://{target}/), the request \
                 fails{}.",
                error.map(|e| format!(" with \"{e}\"")).unwrap_or_default()
            ),
            failing: ctx.failing_lines(),
            passing: vec![],
            ask: format!(
                "allow outgoing HTTPS connections (port 443) from my site to {target}, and make sure the server's CA certificates \
                 (ca-certificates) are up to date"
            ),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(&ctx.site),
    );
    fixes.push(fix(
        FixKind::Instructions,
        "Then connect again",
        format!(
            "After the change, start the connection from {app} again and click Approve. WooCommerce deleted the key from the \
             failed attempt, so there is nothing to clean up in WooCommerce → Settings → Advanced → REST API."
        ),
    ));
    Words {
        title: format!("After you approved {app}, the store could not send the keys to {target}"),
        summary: format!(
            "After you approved {app}, your store could not deliver the new keys, so WooCommerce deleted them again."
        ),
        action: format!(
            "Let your store's server reach {target} (the fixes below, or your host), then approve {app} again."
        ),
        explanation: format!(
            "WooCommerce created the keys, but its POST to {target} never arrived.{cause} When that POST fails, WooCommerce deletes \
             the new keys and shows \"An error occurred in the request and at the time were unable to send the consumer data\". \
             Allow the store's server to reach {target} over HTTPS, then approve again."
        ),
        fixes,
    }
}

fn rejected(ctx: &Ctx<'_>) -> Words {
    let app = ctx.app();
    let target = callback_host(ctx).unwrap_or_else(|| format!("{app}'s server"));
    let status = ctx
        .d
        .callback_status
        .map(|s| format!("HTTP {s}"))
        .unwrap_or_else(|| "an error".to_string());
    let message = SupportMessage {
        recipient: &format!("{app}'s support"),
        subject: format!("Your callback refuses WooCommerce's keys from {}", ctx.host()),
        problem: format!(
            "When I approve the connection, WooCommerce POSTs the new keys to {target}, and the callback answers {status}. \
             WooCommerce accepts only HTTP 200 and deletes the keys otherwise, so the connection never completes."
        ),
        failing: ctx.failing_lines(),
        passing: vec![],
        ask: format!(
            "make the callback on {target} accept WooCommerce's POST (JSON body, User-Agent \"WordPress/…; {url}\") and answer \
             exactly 200, and check that no firewall in front of it blocks my store",
            url = ctx.site.url().trim_end_matches('/'),
        ),
        attachment: None,
        mention_addresses: false,
    }
    .into_fix_of_kind(FixKind::Instructions, &ctx.site);
    Words {
        title: format!("{target} refused the keys the store sent ({status})"),
        summary: format!("{target} refused the keys your store sent it, so WooCommerce deleted them again."),
        action: format!("This is fixed on {app}'s side: send them the message below."),
        explanation: format!(
            "WooCommerce's POST with the new keys reached {target}, but it answered {status} instead of 200. WooCommerce counts \
             only exactly 200 as success, so it deleted the keys again and the connection failed. This has to be fixed on \
             {app}'s side (or by a firewall in front of {target}): send them the message below."
        ),
        fixes: vec![message],
    }
}
