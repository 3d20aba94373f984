//! What the owner saw: when the key handover fails, WooCommerce shows an error page instead of
//! returning to the app. The owner pastes (or picks) that text; each known message maps to its cause.

use handshake_engine::{
    Details, Diagnosis, Evidence, Finding, FindingId, Profile, Report, Severity, StoreUrl,
};

/// A known message, what it means, and the finding that carries the fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownMessage {
    /// Text to show in a picker (the message as WooCommerce prints it).
    pub shown_as: &'static str,
    pub finding: FindingId,
    /// What it means, in plain words (English).
    pub meaning: &'static str,
    /// The message of the meaning in every language (connect.ftl).
    pub key: &'static str,
}

impl KnownMessage {
    /// [`meaning`](KnownMessage::meaning) in `lang`: paths, settings and codes stay values.
    pub fn meaning_in(&self, lang: handshake_l10n::Lang) -> String {
        handshake_l10n::t!(
            lang,
            self.key,
            "ok" => "200 OK",
            "bundle" => "wp-includes/certificates/ca-bundle.crt",
            "block" => "WP_HTTP_BLOCK_EXTERNAL",
            "config" => "wp-config.php",
            "hosts" => "WP_ACCESSIBLE_HOSTS",
            "path" => "/wc-auth/"
        )
    }
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
            key: "store-message-rejected",
        },
    ),
    (
        &["a valid url was not provided"],
        KnownMessage {
            shown_as: "Error: A valid URL was not provided..",
            finding: FindingId::CallbackNotReceived,
            meaning: "WordPress refused to send the key to the callback address before trying: it posts only to ports 80, 443 and 8080 (or the site's own port on its own host), and only to names that resolve, from the store's server, to a public address.",
            key: "store-message-url-refused",
        },
    ),
    (
        &["curl error 60", "ssl certificate problem", "certificate verify failed", "curl error 77"],
        KnownMessage {
            shown_as: "Error: cURL error 60: SSL certificate problem: …",
            finding: FindingId::CallbackNotReceived,
            meaning: "The store did not trust the callback's HTTPS certificate. WordPress checks it against its own list of certificate authorities (wp-includes/certificates/ca-bundle.crt): the certificate is self-signed, from a private authority or sent without its intermediate certificate, or this WordPress's list is out of date.",
            key: "store-message-certificate",
        },
    ),
    (
        &["user has blocked requests through http"],
        KnownMessage {
            shown_as: "Error: User has blocked requests through HTTP..",
            finding: FindingId::CallbackNotReceived,
            meaning: "WordPress is configured to block outgoing requests (WP_HTTP_BLOCK_EXTERNAL in wp-config.php) and the callback host is not in WP_ACCESSIBLE_HOSTS.",
            key: "store-message-blocked-external",
        },
    ),
    (
        &["curl error 6:", "could not resolve host"],
        KnownMessage {
            shown_as: "Error: cURL error 6: Could not resolve host: …",
            finding: FindingId::CallbackNotReceived,
            meaning: "The store's server cannot look up the callback host's name: its DNS is broken or outgoing DNS is blocked.",
            key: "store-message-resolve",
        },
    ),
    // Before "failed to connect": cURL 28's text starts "Failed to connect … Timeout was reached".
    (
        &["curl error 28", "timed out", "timeout was reached"],
        KnownMessage {
            shown_as: "Error: cURL error 28: … Timeout was reached / Operation timed out …",
            finding: FindingId::CallbackNotReceived,
            meaning: "The store's server got no answer from the callback host: a firewall at the host may drop outgoing connections, or the callback's server does not answer.",
            key: "store-message-timeout",
        },
    ),
    (
        &["curl error 7:", "couldn't connect to server", "connection refused", "failed to connect"],
        KnownMessage {
            shown_as: "Error: cURL error 7: Failed to connect to … Couldn't connect to server.",
            finding: FindingId::CallbackNotReceived,
            meaning: "The store's server could not connect to the callback host: nothing accepted the connection there (the app's connection service may be down), or a firewall refused it.",
            key: "store-message-connect",
        },
    ),
    (
        &["callback_url needs to be over ssl"],
        KnownMessage {
            shown_as: "Error: The callback_url needs to be over SSL.",
            finding: FindingId::WcAuthEndpoint,
            meaning: "The authorization link asked WooCommerce to send the key to a plain-http address, which it refuses. The link was built wrongly or changed on the way.",
            key: "store-message-needs-ssl",
        },
    ),
    (
        &["missing parameter", "invalid scope", "is not a valid url", "invalid parameter"],
        KnownMessage {
            shown_as: "Error: Missing parameter … / Invalid scope …",
            finding: FindingId::WcAuthEndpoint,
            meaning: "The authorization link reached WooCommerce without some of its parameters: a redirect, a security plugin or a cache stripped part of the address.",
            key: "store-message-missing-parameter",
        },
    ),
    (
        &["you do not have permission to access this page"],
        KnownMessage {
            shown_as: "Error: You do not have permission to access this page.",
            finding: FindingId::AuthCapability,
            meaning: "WooCommerce's approval page refused the WordPress user who was logged in: only users who may manage WooCommerce (Administrators and Shop Managers) can approve, and WordPress must still see the login when Approve is clicked. No key was created.",
            key: "store-message-permission",
        },
    ),
    (
        &["invalid nonce verification"],
        KnownMessage {
            shown_as: "Error: Invalid nonce verification.",
            finding: FindingId::RestCached,
            meaning: "The Approve page was stale: it came from a cache or was left open too long. Exclude /wc-auth/ from page caching and approve again from a fresh link.",
            key: "store-message-nonce",
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

/// The longest pasted text read (a page's message is one or a few lines).
pub const MAX_PASTED: usize = 4000;

/// What Handshake makes of a pasted page: its meaning, and the finding with its fixes, worded by the
/// engine's catalog like every other finding. Shared by `handshake connect --explain` and the wizard.
#[derive(Debug, Clone)]
pub struct Explanation {
    pub message: KnownMessage,
    pub finding: Finding,
}

/// Explains what the owner pasted; `None` when the text is not one Handshake knows (it is then not
/// interpreted at all). `relay_url` is the relay the keys were sent through, when known: it names
/// the callback's host.
pub fn explain(
    pasted: &str,
    store: &StoreUrl,
    profile: &Profile,
    relay_url: Option<&str>,
) -> Option<Explanation> {
    explain_in(pasted, store, profile, relay_url, Default::default())
}

/// [`explain`], with the finding written in `lang` (the pasted text stays as it was).
pub fn explain_in(
    pasted: &str,
    store: &StoreUrl,
    profile: &Profile,
    relay_url: Option<&str>,
    lang: handshake_engine::Lang,
) -> Option<Explanation> {
    let text: String = pasted.trim().chars().take(MAX_PASTED).collect();
    let message = recognize(&text)?;
    let details = Details {
        callback_error: Some(text.clone()),
        rest_message: Some(text.clone()),
        callback_url: relay_url
            .and_then(|r| url::Url::parse(r).ok())
            .map(|u| u.to_string()),
        ..Default::default()
    };
    let evidence = vec![Evidence {
        probe: "owner".into(),
        request: "what WooCommerce showed after Approve".into(),
        status: None,
        detail: text,
    }];
    let d = Diagnosis::new(message.finding, Severity::Error, details, evidence);
    let finding = d.into_finding(store, profile, lang);
    Some(Explanation { message, finding })
}

/// A report holding only the explanation's finding (for renderers and the wizard's results).
pub fn report(store: &StoreUrl, finding: Finding) -> Report {
    // Built from its serialized form: every field a report may gain later has a default there.
    let value = serde_json::json!({
        "schema": handshake_engine::REPORT_SCHEMA,
        "tool_version": env!("CARGO_PKG_VERSION"),
        "store_url": store.to_string(),
        "started_at": "",
        "duration_ms": 0,
        "verdict": "problems",
        "findings": [finding],
        "probes": [],
    });
    let mut report: Report = serde_json::from_value(value).expect("a report from its own fields");
    report.sanitise();
    report
}

/// The known messages, for a picker.
pub fn known() -> Vec<KnownMessage> {
    KNOWN.iter().map(|(_, m)| *m).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every meaning exists in every language, in English exactly as `meaning` says it.
    #[test]
    fn meanings_in_every_language() {
        for (_, m) in KNOWN {
            assert_eq!(
                m.meaning_in(handshake_l10n::Lang::En),
                m.meaning,
                "{}",
                m.key
            );
            let de = m.meaning_in(handshake_l10n::Lang::De);
            assert_ne!(de, m.meaning, "{}", m.key);
            assert_ne!(de, m.key, "{}", m.key);
        }
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }

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
        // Seen on real WooCommerce (docs/real-servers.md, "The approve flow").
        let refused = "Error: cURL error 7: Failed to connect to 127.0.0.1 port 443 after 0 ms: Couldn't connect to server.";
        assert!(recognize(refused)
            .unwrap()
            .meaning
            .contains("nothing accepted the connection"));
        let timeout = "Error: cURL error 28: Failed to connect to relay.example port 443 after 10001 ms: Timeout was reached.";
        assert!(recognize(timeout)
            .unwrap()
            .meaning
            .contains("got no answer"));
        let streams = "Error: stream_socket_client(): Unable to connect to ssl://127.0.0.1:443 (Connection refused).";
        assert!(recognize(streams)
            .unwrap()
            .meaning
            .contains("nothing accepted the connection"));
        assert_eq!(known().len(), KNOWN.len());
    }
}

#[cfg(test)]
mod explain_tests {
    use super::*;

    #[test]
    fn explains_with_the_catalog_and_names_the_relay() {
        let store = StoreUrl::parse("https://shop.example/").unwrap();
        let e = explain(
            "  Error: A valid URL was not provided..  ",
            &store,
            &Profile::default(),
            Some("https://relay.example:8443"),
        )
        .expect("known");
        assert_eq!(e.finding.id, FindingId::CallbackNotReceived);
        assert!(
            e.finding.explanation.contains("relay.example"),
            "{}",
            e.finding.explanation
        );
        assert!(
            e.finding.explanation.contains("80, 443 and 8080"),
            "{}",
            e.finding.explanation
        );
        assert_eq!(
            e.finding.evidence[0].detail,
            "Error: A valid URL was not provided.."
        );
        let r = report(&store, e.finding.clone());
        assert_eq!(r.findings, vec![e.finding]);
        assert!(explain(
            "a page Handshake never saw",
            &store,
            &Profile::default(),
            None
        )
        .is_none());
    }

    #[test]
    fn the_refused_approval_page_is_not_worded_as_a_key_problem() {
        let store = StoreUrl::parse("https://shop.example/").unwrap();
        let e = explain(
            "Error: You do not have permission to access this page.",
            &store,
            &Profile::default(),
            None,
        )
        .unwrap();
        assert_eq!(e.finding.id, FindingId::AuthCapability);
        assert!(
            !e.finding.explanation.contains("The key works"),
            "{}",
            e.finding.explanation
        );
        assert!(
            e.finding.explanation.contains("manage_woocommerce"),
            "{}",
            e.finding.explanation
        );
    }
}
