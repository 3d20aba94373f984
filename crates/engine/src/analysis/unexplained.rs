//! `site.unexplained`: requests failed and no known cause fits. Rather than guess the nearest cause,
//! say exactly what was sent, what came back (status, server, content type, the start of the body)
//! and what the evidence rules out, so the owner can hand the facts to their host.

use crate::details::Details;
use crate::finding_id::FindingId;
use crate::http::Exchange;
use crate::probes::ProbeId;
use crate::report::{Evidence, Severity};

use super::evidence;
use super::{Diagnosis, Facts};

/// The finding for the failures of `probes`, citing each one's last answer (or its network error).
/// `ruled_out` are short phrases for "The answers rule out …" ("a firewall: no known firewall's
/// page or header was seen"). `None` when none of the probes ran.
pub(crate) fn diagnosis(facts: &Facts, probes: &[ProbeId], ruled_out: Vec<String>) -> Option<Diagnosis> {
    let mut details = Details {
        ruled_out,
        ..Details::default()
    };
    let mut cited: Vec<Evidence> = Vec::new();
    for &id in probes {
        let Some(result) = facts.probe(id) else { continue };
        let Some(fetched) = result.fetched() else { continue };
        match fetched.last() {
            Some(e) => {
                details.sent.push(sent_line(id, e));
                details.received.push(received_line(e));
                cited.push(evidence::from_exchange(id, e, facts.redactor));
            }
            None => {
                let error = fetched.error_text();
                if error.is_empty() {
                    continue;
                }
                // No answer, so no URL was recorded: name the step as the checklist does.
                let request = id.label();
                details.sent.push(format!("{request}{}", how(id)));
                details.received.push(format!("no answer: {error}"));
                cited.push(evidence::note(id, &request, &error, facts.redactor));
            }
        }
    }
    if cited.is_empty() {
        return None;
    }
    details.sent = facts_redacted(facts, details.sent);
    details.received = facts_redacted(facts, details.received);
    Some(Diagnosis::new(
        FindingId::SiteUnexplained,
        Severity::Error,
        details,
        cited,
    ))
}

/// `GET /wp-json/wc/v3/orders, with the API key in the Authorization header`.
pub(crate) fn sent_line(probe: ProbeId, e: &Exchange) -> String {
    format!("{}{}", e.request_line(), how(probe))
}

/// `HTTP 403 (server: nginx, content type: application/json), body: {"error":"denied"}`.
pub(crate) fn received_line(e: &Exchange) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(server) = e.header("server") {
        parts.push(format!("server: {}", crate::http::exchange::shorten(server, 60)));
    }
    let ct = e.content_type().split(';').next().unwrap_or("").trim();
    if !ct.is_empty() {
        parts.push(format!("content type: {}", crate::http::exchange::shorten(ct, 60)));
    }
    let mut line = format!("HTTP {}", e.status);
    if !parts.is_empty() {
        line.push_str(&format!(" ({})", parts.join(", ")));
    }
    let snippet = e.body_snippet(160);
    if snippet.is_empty() {
        line.push_str(", empty body");
    } else {
        line.push_str(&format!("{BODY_MARK}{snippet}"));
    }
    line
}

/// Separates a received line's head (status, server, type) from its body excerpt.
pub(crate) const BODY_MARK: &str = ", body: ";

/// How the probe signed in, for the "sent" lines.
fn how(probe: ProbeId) -> &'static str {
    match probe {
        ProbeId::AuthBasic => ", with the API key in the Authorization header",
        ProbeId::AuthQuery => ", with the API key in the query string",
        ProbeId::AuthOAuth | ProbeId::AuthOAuthHttp => ", signed with the API key (OAuth 1.0a)",
        ProbeId::AuthAppPassword => ", with the application password",
        ProbeId::AuthHeaderEcho => ", with deliberately wrong Basic credentials",
        ProbeId::Read(_) | ProbeId::Write(_) => ", signed in",
        _ => ", without credentials",
    }
}

fn facts_redacted(facts: &Facts, lines: Vec<String>) -> Vec<String> {
    lines.into_iter().map(|l| facts.redactor.redact(&l)).collect()
}

