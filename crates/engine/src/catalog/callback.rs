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

/// Which failure WooCommerce's error text names. The texts are WordPress's own
/// (`wp_safe_remote_post` through cURL, or PHP's streams when the curl extension is missing), seen
/// on real stores (docs/real-servers.md, "The approve flow").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Failure {
    /// "A valid URL was not provided.": `wp_http_validate_url` refused the address before sending.
    AddressRefused,
    /// cURL 60/77, or streams' "certificate verify failed".
    Certificate,
    /// cURL 28, or any "timed out".
    Timeout,
    /// cURL 6: the name did not resolve.
    Dns,
    /// cURL 7 ("Couldn't connect to server"), or streams' "(Connection refused)".
    Refused,
    /// WP_HTTP_BLOCK_EXTERNAL without the host in WP_ACCESSIBLE_HOSTS.
    Blocked,
    /// Nothing known in the text: it is quoted, not interpreted.
    Other,
}

fn failure(error: &str) -> Failure {
    let e = error.to_ascii_lowercase();
    let any = |needles: &[&str]| needles.iter().any(|n| e.contains(n));
    if any(&["valid url was not provided"]) {
        Failure::AddressRefused
    } else if any(&[
        "curl error 60",
        "curl error 77",
        "ssl certificate problem",
        "certificate verify failed",
    ]) {
        Failure::Certificate
    } else if any(&["curl error 28", "timed out", "timeout was reached"]) {
        Failure::Timeout
    } else if any(&["curl error 6:", "could not resolve host", "getaddrinfo"]) {
        Failure::Dns
    } else if any(&[
        "curl error 7:",
        "couldn't connect to server",
        "connection refused",
    ]) {
        Failure::Refused
    } else if any(&["user has blocked requests through http"]) {
        Failure::Blocked
    } else {
        Failure::Other
    }
}

/// What WooCommerce's error means, in one or two sentences: only what the text itself proves.
fn error_meaning(kind: Failure, target: &str) -> String {
    match kind {
        Failure::AddressRefused => format!(
            "WordPress refused the address {target} before sending anything: it posts only to ports 80, 443 and 8080 (or the \
             site's own port on the site's own host), and only to names that resolve, from the store's server, to a public \
             address."
        ),
        Failure::Certificate => format!(
            "The store's server did not trust the HTTPS certificate of {target}. WordPress checks it against its own list of \
             certificate authorities (wp-includes/certificates/ca-bundle.crt), not the server's: the certificate is \
             self-signed, from a private authority or sent without its intermediate certificate, or this WordPress is old \
             enough that its list is out of date."
        ),
        Failure::Timeout => format!(
            "The connection to {target} timed out: a firewall on the store's server may drop outgoing connections, or \
             {target} did not answer."
        ),
        Failure::Dns => format!("The store's server could not look up the name {target} (its DNS settings are broken)."),
        Failure::Refused => format!(
            "The store's server could not connect to {target}: nothing accepted the connection there (the service at that \
             address may be down), or a firewall between them refused it."
        ),
        Failure::Blocked => {
            "WordPress is set to block outgoing requests (WP_HTTP_BLOCK_EXTERNAL in wp-config.php).".to_string()
        }
        Failure::Other => "Handshake does not know this error, so it cannot say more about its cause.".to_string(),
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
    let kind = error.map(failure);
    let cause = match (error, kind) {
        (Some(e), Some(k)) => format!(" WooCommerce reported \"{e}\". {}", error_meaning(k, &target)),
        _ => " Usually a firewall on the store's server blocks outgoing connections, or WordPress is set to block outgoing \
              requests (WP_HTTP_BLOCK_EXTERNAL)."
            .to_string(),
    };
    let mut fixes = Vec::new();
    // WP_ACCESSIBLE_HOSTS helps only when WordPress blocks outgoing requests, or may be doing so.
    if let (Some(host), None | Some(Failure::Blocked) | Some(Failure::Other)) = (&host, kind) {
        fixes.push(wordpress::accessible_hosts(&ctx.site, host));
    }
    let failed_with = error.map(|e| format!(" with \"{e}\"")).unwrap_or_default();
    match kind {
        // The app's address or certificate: only whoever runs it can change that.
        Some(k @ (Failure::AddressRefused | Failure::Certificate)) => {
            let (problem, ask) = if k == Failure::Certificate {
                (
                    format!("WooCommerce's POST of new API keys from my store to {target} fails{failed_with}: WordPress does not trust the certificate of {target}."),
                    format!("serve {target} with a certificate from a public certificate authority, with its complete chain (intermediate certificates included)"),
                )
            } else {
                (
                    format!("WooCommerce's POST of new API keys from my store to {target} fails{failed_with}: WordPress does not post to that address."),
                    format!("give your callback an address WordPress posts to: a public host name on port 443 (https://{target}/… without another port)"),
                )
            };
            fixes.push(
                SupportMessage {
                    recipient: &format!("{app}'s support"),
                    subject: format!("WooCommerce cannot send the new keys to {target}"),
                    problem,
                    failing: ctx.failing_lines(),
                    passing: vec![],
                    ask,
                    attachment: None,
                    mention_addresses: false,
                }
                .into_fix_of_kind(FixKind::Instructions, &ctx.site),
            );
        }
        _ => fixes.push(
            SupportMessage {
                recipient: "your host",
                subject: format!("Outgoing HTTPS requests from {} fail", ctx.host()),
                problem: format!(
                    "When WooCommerce sends new API keys to {target} (an HTTPS POST from my site to https://{target}/), the request \
                     fails{failed_with}."
                ),
                failing: ctx.failing_lines(),
                passing: vec![],
                ask: format!("allow outgoing HTTPS connections (port 443) from my site to {target}"),
                attachment: None,
                mention_addresses: false,
            }
            .into_fix(&ctx.site),
        ),
    }
    fixes.push(fix(
        FixKind::Instructions,
        "Then connect again",
        format!(
            "After the change, start the connection from {app} again and click Approve. WooCommerce deleted the key from the \
             failed attempt, so there is nothing to clean up in WooCommerce → Settings → Advanced → REST API."
        ),
    ));
    let action = match kind {
        Some(Failure::AddressRefused | Failure::Certificate) => {
            format!("This is fixed on {app}'s side: send them the message below, then approve {app} again.")
        }
        _ => format!("Let your store's server reach {target} (the fixes below, or your host), then approve {app} again."),
    };
    Words {
        title: format!("After you approved {app}, the store could not send the keys to {target}"),
        summary: format!(
            "After you approved {app}, your store could not deliver the new keys, so WooCommerce deleted them again."
        ),
        action,
        explanation: format!(
            "WooCommerce created the keys, but its POST to {target} never arrived.{cause} When that POST fails, WooCommerce deletes \
             the new keys again and shows its error instead of returning to {app}."
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts real WooCommerce showed after Approve (docs/real-servers.md, "The approve flow"):
    /// through cURL, and through PHP's streams on a server without the curl extension.
    #[test]
    fn reads_the_real_texts() {
        let cases = [
            ("Error: A valid URL was not provided..", Failure::AddressRefused),
            ("Error: cURL error 60: SSL certificate problem: unable to get local issuer certificate.", Failure::Certificate),
            ("Error: cURL error 60: SSL certificate problem: self-signed certificate.", Failure::Certificate),
            (
                "Error: stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\nerror:0A000086:SSL \
                 routines::certificate verify failed\nstream_socket_client(): Failed to enable crypto\nstream_socket_client(): \
                 Unable to connect to ssl://127.0.0.1:19443 (Unknown error).",
                Failure::Certificate,
            ),
            ("Error: cURL error 7: Failed to connect to 127.0.0.1 port 443 after 0 ms: Couldn't connect to server.", Failure::Refused),
            ("Error: stream_socket_client(): Unable to connect to ssl://127.0.0.1:443 (Connection refused).", Failure::Refused),
            ("Error: cURL error 28: Failed to connect to relay.example port 443 after 10001 ms: Timeout was reached.", Failure::Timeout),
            ("Error: cURL error 6: Could not resolve host: relay.example.", Failure::Dns),
            ("Error: User has blocked requests through HTTP..", Failure::Blocked),
            // Streams without a reason: nothing is claimed about the cause.
            ("Error: stream_socket_client(): Unable to connect to ssl://127.0.0.1:443 (Unknown error).", Failure::Other),
        ];
        for (text, kind) in cases {
            assert_eq!(failure(text), kind, "{text}");
        }
    }
}
