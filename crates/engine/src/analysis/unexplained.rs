//! `site.unexplained`: requests failed and no known cause fits. Rather than guess the nearest cause,
//! say exactly what was sent, what came back (status, server, content type, the start of the body)
//! and what the evidence rules out, so the owner can hand the facts to their host.

use crate::details::{Details, Received, RuledOut, Sent, SignIn};
use crate::finding_id::FindingId;
use crate::http::Exchange;
use crate::probes::ProbeId;
use crate::report::{Evidence, Severity};
use crate::wp::WpAnswer;

use super::evidence;
use super::{Diagnosis, Facts};

/// The finding for the failures of `probes`, citing each one's last answer (or its network error).
/// `ruled_out` are the causes the answers rule out. `None` when none of the probes ran.
pub(crate) fn diagnosis(
    facts: &Facts,
    probes: &[ProbeId],
    ruled_out: Vec<RuledOut>,
) -> Option<Diagnosis> {
    let mut details = Details {
        ruled_out,
        ..Details::default()
    };
    let mut cited: Vec<Evidence> = Vec::new();
    for &id in probes {
        let Some(result) = facts.probe(id) else {
            continue;
        };
        let Some(fetched) = result.fetched() else {
            continue;
        };
        match fetched.last() {
            Some(e) => {
                let request = if e.url.origin().ascii_serialization() == facts.base.origin() {
                    e.request_line()
                } else {
                    // Another address answered (after a redirect): say which.
                    format!("{} {}", e.method, e.url)
                };
                details.sent.push(Sent {
                    request: facts.redactor.redact(&request),
                    with: how(id),
                });
                details.received.push(received(facts, e));
                let mut ev = evidence::from_exchange(id, e, facts.redactor);
                if e.url.origin().ascii_serialization() != facts.base.origin() {
                    // Another address answered: a path alone would read as the store's own.
                    ev.request = facts.redactor.redact(&format!("{} {}", e.method, e.url));
                }
                cited.push(ev);
            }
            None => {
                let error = fetched.error_text();
                if error.is_empty() {
                    continue;
                }
                // No answer, so no URL was recorded: name the step as the checklist does.
                let request = id.label();
                details.sent.push(Sent {
                    request: facts.redactor.redact(&request),
                    with: how(id),
                });
                details.received.push(Received::Nothing {
                    error: facts.redactor.redact(&error),
                });
                cited.push(evidence::note(id, &request, &error, facts.redactor));
            }
        }
    }
    if cited.is_empty() {
        return None;
    }
    // A server page that states its own reason leads: quote it, and rule out what it disproves.
    if let Some((url, sentence, wants)) = probes
        .iter()
        .filter_map(|id| facts.ex(*id))
        .find_map(|e| plain_http_on_tls(e).map(|s| (e.url.clone(), s, https_form(&e.url))))
    {
        details.page_says = Some(sentence.to_string());
        details.page_url = Some(url.to_string());
        details.page_wants = wants;
    }
    let mut notes = tls_port_notes(facts, probes);
    notes.retain(|n| !details.ruled_out.contains(n));
    notes.append(&mut details.ruled_out);
    details.ruled_out = notes;
    Some(Diagnosis::new(
        FindingId::SiteUnexplained,
        Severity::Error,
        details,
        cited,
    ))
}

/// What came back: status, server, content type and the start of the body (redacted).
fn received(facts: &Facts, e: &Exchange) -> Received {
    let redact = |s: String| facts.redactor.redact(&s);
    let ct = e.content_type().split(';').next().unwrap_or("").trim();
    let snippet = if e.content_type().contains("html") {
        text_of_html(&e.body, 200)
    } else {
        e.body_snippet(160)
    };
    Received::Answer {
        status: e.status,
        server: e
            .header("server")
            .map(|s| redact(crate::http::exchange::shorten(s, 60))),
        content_type: (!ct.is_empty()).then(|| redact(crate::http::exchange::shorten(ct, 60))),
        body: (!snippet.is_empty()).then(|| redact(snippet)),
    }
}

/// The words of an HTML page (tags, scripts and styles dropped), for a readable excerpt.
fn text_of_html(body: &[u8], max: usize) -> String {
    let html = String::from_utf8_lossy(&body[..body.len().min(64 * 1024)]);
    let mut out = String::new();
    let mut rest: &str = &html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        out.push(' ');
        let tag = &rest[lt..];
        let lower = tag.get(..8).unwrap_or(tag).to_ascii_lowercase();
        // Skip what a reader never sees.
        let skip_to = if lower.starts_with("<script") {
            tag.to_ascii_lowercase().find("</script>").map(|i| i + 9)
        } else if lower.starts_with("<style") {
            tag.to_ascii_lowercase().find("</style>").map(|i| i + 8)
        } else if lower.starts_with("<title") {
            tag.to_ascii_lowercase().find("</title>").map(|i| i + 8)
        } else {
            tag.find('>').map(|i| i + 1)
        };
        match skip_to {
            Some(n) => rest = &tag[n..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::http::exchange::shorten(&collapsed, max)
}

/// How the probe signed in, for the "sent" lines.
fn how(probe: ProbeId) -> SignIn {
    match probe {
        ProbeId::AuthBasic => SignIn::KeyInHeader,
        ProbeId::AuthQuery => SignIn::KeyInQuery,
        ProbeId::AuthOAuth | ProbeId::AuthOAuthHttp => SignIn::OAuth,
        ProbeId::AuthAppPassword => SignIn::AppPassword,
        ProbeId::AuthHeaderEcho => SignIn::WrongBasic,
        ProbeId::Read(_) | ProbeId::Write(_) => SignIn::SignedIn,
        _ => SignIn::Anonymous,
    }
}

/// What web servers answer when spoken to in plain HTTP on a port where they speak TLS (Apache,
/// nginx, Go): the page itself names the cause.
const PLAIN_HTTP_ON_TLS: &[&str] = &[
    "You're speaking plain HTTP to an SSL-enabled server port",
    "The plain HTTP request was sent to HTTPS port",
    "Client sent an HTTP request to an HTTPS server",
];

/// The sentence of such a page, when this answer is one.
pub(crate) fn plain_http_on_tls(e: &Exchange) -> Option<&'static str> {
    if e.status != 400 {
        return None;
    }
    let text = String::from_utf8_lossy(&e.body[..e.body.len().min(16 * 1024)]);
    PLAIN_HTTP_ON_TLS.iter().copied().find(|m| text.contains(m))
}

/// `http://host:8443/x` → `https://host:8443/x`.
fn https_form(url: &url::Url) -> Option<String> {
    let mut https = url.clone();
    https.set_scheme("https").ok()?;
    Some(https.to_string())
}

/// The ruled-out cause for such pages: the site is not missing, the server named its reason.
pub(crate) fn tls_port_notes(facts: &Facts, probes: &[ProbeId]) -> Vec<RuledOut> {
    probes
        .iter()
        .filter_map(|id| facts.ex(*id))
        .find(|e| plain_http_on_tls(e).is_some())
        .map(|e| RuledOut::MissingWordPress {
            url: e.url.to_string(),
        })
        .into_iter()
        .collect()
}

/// API requests that got an answer nothing here explains: not WordPress's JSON, no firewall's page,
/// not the server's refusal page, not one of HTTP's own failures. Asked only when no other error
/// was found, so it never hides or doubles a known cause.
pub(crate) fn odd_answers(facts: &Facts) -> Option<Diagnosis> {
    let odd: Vec<ProbeId> = [ProbeId::RestIndex, ProbeId::RestPost, ProbeId::RestPut]
        .into_iter()
        .filter(|id| {
            facts.ex(*id).is_some_and(|e| {
                e.status >= 400
                    && e.wp_error().is_none()
                    && crate::firewall::classify(&e.view()).is_none()
            }) && !facts.explained(*id)
        })
        .collect();
    if odd.is_empty() {
        return None;
    }
    let mut ruled_out = vec![
        RuledOut::KnownFirewall { seen: false },
        RuledOut::PluginRefusing,
    ];
    if odd.iter().all(|id| !facts.stock_page(*id)) {
        ruled_out.push(RuledOut::ServerRule);
    }
    if odd.iter().any(|id| *id != ProbeId::RestIndex) && facts.passed(ProbeId::RestIndex) {
        ruled_out.push(RuledOut::ApiBlockedOutright {
            works: "GET /wp-json/".to_string(),
        });
    }
    diagnosis(facts, &odd, ruled_out)
}
