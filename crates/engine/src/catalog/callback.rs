//! The last step of approving an app: WooCommerce POSTs the new keys to the app's callback address,
//! and keeps them only if that POST gets exactly HTTP 200.

use url::Url;

use crate::finding_id::FindingId;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{fix, wordpress};
use crate::report::{FixKind, Lang};

use super::context::{Ctx, Words};
use handshake_l10n::t;

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
fn error_meaning(lang: Lang, kind: Failure, target: &str) -> String {
    let id = match kind {
        Failure::AddressRefused => "callback-meaning-address-refused",
        Failure::Certificate => "callback-meaning-certificate",
        Failure::Timeout => "callback-meaning-timeout",
        Failure::Dns => "callback-meaning-dns",
        Failure::Refused => "callback-meaning-refused",
        Failure::Blocked => "callback-meaning-blocked",
        Failure::Other => "callback-meaning-other",
    };
    t!(lang, id, "target" => target)
}

fn not_received(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let app = ctx.app();
    let host = callback_host(ctx);
    let target = host
        .clone()
        .unwrap_or_else(|| t!(lang, "callback-app-server", "app" => app));
    let error = ctx
        .d
        .callback_error
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty());
    let kind = error.map(failure);
    let cause = match (error, kind) {
        (Some(e), Some(k)) => format!(
            " {} {}",
            t!(lang, "callback-reported", "error" => e),
            error_meaning(lang, k, &target)
        ),
        _ => format!(" {}", t!(lang, "callback-cause-usual")),
    };
    let mut fixes = Vec::new();
    // WP_ACCESSIBLE_HOSTS helps only when WordPress blocks outgoing requests, or may be doing so.
    if let (Some(host), None | Some(Failure::Blocked) | Some(Failure::Other)) = (&host, kind) {
        fixes.push(wordpress::accessible_hosts(&ctx.site, host));
    }
    let failed_with = error
        .map(|e| format!(" {}", t!(lang, "callback-failed-with", "error" => e)))
        .unwrap_or_default();
    match kind {
        // The app's address or certificate: only whoever runs it can change that.
        Some(k @ (Failure::AddressRefused | Failure::Certificate)) => {
            let (problem, ask) = if k == Failure::Certificate {
                (
                    t!(lang, "callback-support-certificate-problem",
                        "target" => target.as_str(), "failed_with" => failed_with.as_str()),
                    t!(lang, "callback-support-certificate-ask", "target" => target.as_str()),
                )
            } else {
                (
                    t!(lang, "callback-support-address-problem",
                        "target" => target.as_str(), "failed_with" => failed_with.as_str()),
                    t!(lang, "callback-support-address-ask", "target" => target.as_str()),
                )
            };
            fixes.push(
                SupportMessage {
                    recipient: &t!(lang, "callback-recipient-app", "app" => app),
                    subject: t!(lang, "callback-support-subject", "target" => target.as_str()),
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
                recipient: &t!(lang, "callback-recipient-host"),
                subject: t!(lang, "callback-support-host-subject", "host" => ctx.host()),
                problem: t!(lang, "callback-support-host-problem",
                    "target" => target.as_str(), "failed_with" => failed_with.as_str()),
                failing: ctx.failing_lines(),
                passing: vec![],
                ask: t!(lang, "callback-support-host-ask", "target" => target.as_str()),
                attachment: None,
                mention_addresses: false,
            }
            .into_fix(&ctx.site),
        ),
    }
    fixes.push(fix(
        FixKind::Instructions,
        t!(lang, "callback-fix-again-title"),
        t!(lang, "callback-fix-again", "app" => app),
    ));
    let action = match kind {
        Some(Failure::AddressRefused | Failure::Certificate) => {
            t!(lang, "callback-not-received-action-app", "app" => app)
        }
        _ => t!(lang, "callback-not-received-action", "app" => app, "target" => target.as_str()),
    };
    Words {
        title: t!(lang, "callback-not-received-title", "app" => app, "target" => target.as_str()),
        summary: t!(lang, "callback-not-received-summary", "app" => app),
        action,
        explanation: t!(lang, "callback-not-received-explanation",
            "target" => target.as_str(), "cause" => cause, "app" => app),
        fixes,
    }
}

fn rejected(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let app = ctx.app();
    let target =
        callback_host(ctx).unwrap_or_else(|| t!(lang, "callback-app-server", "app" => app));
    let status = ctx
        .d
        .callback_status
        .map(|s| format!("HTTP {s}"))
        .unwrap_or_else(|| t!(lang, "callback-status-error"));
    let message = SupportMessage {
        recipient: &t!(lang, "callback-recipient-app", "app" => app),
        subject: t!(lang, "callback-rejected-support-subject", "host" => ctx.host()),
        problem: t!(lang, "callback-rejected-support-problem",
            "target" => target.as_str(), "status" => status.as_str()),
        failing: ctx.failing_lines(),
        passing: vec![],
        ask: t!(lang, "callback-rejected-support-ask",
            "target" => target.as_str(),
            "agent" => format!("WordPress/…; {}", ctx.site.url().trim_end_matches('/'))),
        attachment: None,
        mention_addresses: false,
    }
    .into_fix_of_kind(FixKind::Instructions, &ctx.site);
    Words {
        title: t!(lang, "callback-rejected-title", "target" => target.as_str(), "status" => status.as_str()),
        summary: t!(lang, "callback-rejected-summary", "target" => target.as_str()),
        action: t!(lang, "callback-rejected-action", "app" => app),
        explanation: t!(lang, "callback-rejected-explanation",
            "target" => target.as_str(), "status" => status.as_str(), "app" => app),
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
