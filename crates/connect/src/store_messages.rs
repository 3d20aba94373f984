//! What the owner saw: when the key handover fails, WooCommerce shows an error page instead of
//! returning to the app. The owner pastes (or picks) that text; each known message maps to its cause.

use handshake_engine::FindingId;

/// A known message, what it means, and the finding that carries the fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownMessage {
    /// Text to show in a picker (the message as WooCommerce prints it).
    pub shown_as: &'static str,
    pub finding: FindingId,
    /// What it means, in plain words.
    pub meaning: &'static str,
}

/// Each entry: substrings (lower-case) that identify the message, and its meaning. Order matters:
/// the first match wins, specific before general.
const KNOWN: &[(&[&str], KnownMessage)] = &[
    (
        &["unable to send the consumer data"],
        KnownMessage {
            shown_as: "Error: An error occurred in the request and at the time were unable to send the consumer data.",
            finding: FindingId::CallbackRejected,
            meaning: "The store sent the new key to the app's callback address, but the answer was not exactly \"200 OK\" (a firewall page, a redirect or an error), so WooCommerce deleted the key again.",
        },
    ),
    (
        &["a valid url was not provided"],
        KnownMessage {
            shown_as: "Error: A valid URL was not provided..",
            finding: FindingId::CallbackNotReceived,
            meaning: "WordPress refused to send the key to the callback address: it only posts to public hosts on ports 80, 443 or 8080 whose name resolves from the server.",
        },
    ),
    (
        &["curl error 60", "ssl certificate problem", "certificate verify failed", "curl error 77"],
        KnownMessage {
            shown_as: "Error: cURL error 60: SSL certificate problem: …",
            finding: FindingId::CallbackNotReceived,
            meaning: "The store's server does not trust the callback's HTTPS certificate: its list of certificate authorities is out of date, or something on the way intercepts HTTPS.",
        },
    ),
    (
        &["user has blocked requests through http"],
        KnownMessage {
            shown_as: "Error: User has blocked requests through HTTP..",
            finding: FindingId::CallbackNotReceived,
            meaning: "WordPress is configured to block outgoing requests (WP_HTTP_BLOCK_EXTERNAL in wp-config.php) and the callback host is not in WP_ACCESSIBLE_HOSTS.",
        },
    ),
    (
        &["curl error 6", "could not resolve host"],
        KnownMessage {
            shown_as: "Error: cURL error 6: Could not resolve host: …",
            finding: FindingId::CallbackNotReceived,
            meaning: "The store's server cannot look up the callback host's name: its DNS is broken or outgoing DNS is blocked.",
        },
    ),
    (
        &["curl error 7", "failed to connect", "connection refused", "curl error 28", "timed out", "operation timed out"],
        KnownMessage {
            shown_as: "Error: cURL error 7 / 28: Failed to connect … / Operation timed out …",
            finding: FindingId::CallbackNotReceived,
            meaning: "The store's server could not open a connection to the callback host: a firewall at the host blocks outgoing connections.",
        },
    ),
    (
        &["callback_url needs to be over ssl"],
        KnownMessage {
            shown_as: "Error: The callback_url needs to be over SSL.",
            finding: FindingId::WcAuthEndpoint,
            meaning: "The authorization link asked WooCommerce to send the key to a plain-http address, which it refuses. The link was built wrongly or changed on the way.",
        },
    ),
    (
        &["missing parameter", "invalid scope", "is not a valid url", "invalid parameter"],
        KnownMessage {
            shown_as: "Error: Missing parameter … / Invalid scope …",
            finding: FindingId::WcAuthEndpoint,
            meaning: "The authorization link reached WooCommerce without some of its parameters: a redirect, a security plugin or a cache stripped part of the address.",
        },
    ),
    (
        &["you do not have permission to access this page"],
        KnownMessage {
            shown_as: "Error: You do not have permission to access this page.",
            finding: FindingId::AuthCapability,
            meaning: "The WordPress user who clicked Approve cannot manage WooCommerce. Log in as an administrator or shop manager and approve again.",
        },
    ),
    (
        &["invalid nonce verification"],
        KnownMessage {
            shown_as: "Error: Invalid nonce verification.",
            finding: FindingId::RestCached,
            meaning: "The Approve page was stale: it came from a cache or was left open too long. Exclude /wc-auth/ from page caching and approve again from a fresh link.",
        },
    ),
];

/// Maps what the owner pasted to a known cause; `None` when the text is not one we know.
pub fn recognize(pasted: &str) -> Option<KnownMessage> {
    let text = pasted.to_lowercase();
    KNOWN
        .iter()
        .find(|(needles, _)| needles.iter().any(|n| text.contains(n)))
        .map(|(_, m)| *m)
}

/// The known messages, for a picker.
pub fn known() -> Vec<KnownMessage> {
    KNOWN.iter().map(|(_, m)| *m).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_the_real_wordings() {
        let cases = [
            ("Error: An error occurred in the request and at the time were unable to send the consumer data.", FindingId::CallbackRejected),
            ("Error: A valid URL was not provided..", FindingId::CallbackNotReceived),
            ("Error: cURL error 60: SSL certificate problem: unable to get local issuer certificate.", FindingId::CallbackNotReceived),
            ("Error: The callback_url needs to be over SSL.", FindingId::WcAuthEndpoint),
            ("Error: Missing parameter callback_url.", FindingId::WcAuthEndpoint),
            ("Error: Invalid scope read-write.", FindingId::WcAuthEndpoint),
            ("  error: you do not have permission to access this page. ", FindingId::AuthCapability),
        ];
        for (text, id) in cases {
            assert_eq!(recognize(text).map(|m| m.finding), Some(id), "{text}");
        }
        assert_eq!(recognize("something else entirely"), None);
        assert_eq!(known().len(), KNOWN.len());
    }
}
