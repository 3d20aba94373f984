//! What every wording function reads: the finding's details, the site's values and the evidence,
//! with helpers that turn them into phrases ("GET /wp-json/ and POST /wp-json/wc/v3/orders").

use crate::details::{Details, ServerKind};
use crate::finding_id::FindingId;
use crate::firewall::Vendor;
use crate::fixes::Site;
use crate::report::{Evidence, Fix, Lang};
use handshake_l10n::t;

pub(super) struct Ctx<'a> {
    pub id: FindingId,
    pub d: &'a Details,
    pub site: Site<'a>,
    pub evidence: &'a [Evidence],
    /// The language every sentence is written in (`t!(ctx.lang, "id", ...)`).
    pub lang: Lang,
}

/// A finding's words and fixes, before the id, severity and evidence are attached.
///
/// `summary` and `action` are what a store owner reads first: one sentence each, in their words (no
/// request, path, status code or probe name), and as true of the evidence as the explanation is:
/// a cause the evidence does not prove is not named there either. Each is one whole sentence built
/// in one place, so a translation layer can take it as one message with named values.
pub(super) struct Words {
    pub title: String,
    /// What is wrong.
    pub summary: String,
    /// What to do about it.
    pub action: String,
    pub explanation: String,
    pub fixes: Vec<Fix>,
}

impl Ctx<'_> {
    pub fn app(&self) -> &str {
        self.site.app()
    }

    /// The store's host for sentences, with its port when that is not the scheme's default
    /// (`shop.example:8443`): the address a person would type.
    pub fn host(&self) -> String {
        crate::human::host_with_port(self.site.store.as_url())
    }

    /// The bare host name, where a name is meant (DNS, certificates): never a port.
    pub fn name(&self) -> &str {
        self.site.host()
    }

    pub fn server(&self) -> ServerKind {
        self.d.server
    }

    /// The firewall's name for sentences ("Cloudflare"); `fallback` when the analysis named none.
    pub fn vendor_name<'s>(&self, fallback: &'s str) -> &'s str {
        match self.d.vendor {
            Some(Vendor::Unknown) | None => fallback,
            Some(v) => v.display_name(),
        }
    }

    /// Requests that failed, as finished lines for messages: from the evidence (with status) when
    /// there is any, else from the analysis' list.
    pub fn failing_lines(&self) -> Vec<String> {
        let blocked: Vec<&str> = self
            .d
            .blocked_requests
            .iter()
            .map(|r| request_part(r))
            .collect();
        let from_evidence: Vec<String> = self
            .evidence
            .iter()
            .filter(|e| {
                if blocked.is_empty() {
                    e.status.is_none_or(|s| s >= 400)
                } else {
                    // The analysis named what was blocked; a WordPress 401 shown for contrast is not.
                    blocked.contains(&e.request.as_str())
                }
            })
            .map(|e| self.evidence_line(e))
            .collect();
        if !from_evidence.is_empty() {
            return dedup(from_evidence);
        }
        dedup(
            self.d
                .blocked_requests
                .iter()
                .map(|r| self.absolute(r))
                .collect(),
        )
    }

    /// Requests that worked, for contrast.
    pub fn passing_lines(&self) -> Vec<String> {
        let blocked: Vec<&str> = self
            .d
            .blocked_requests
            .iter()
            .map(|r| request_part(r))
            .collect();
        let passed: Vec<&str> = self
            .d
            .passed_requests
            .iter()
            .map(|r| request_part(r))
            .collect();
        let mut lines: Vec<String> = self
            .evidence
            .iter()
            .filter(|e| {
                !blocked.contains(&e.request.as_str())
                    && (passed.contains(&e.request.as_str())
                        || (blocked.is_empty() && e.status.is_some_and(|s| s < 400)))
            })
            .map(|e| self.evidence_line(e))
            .collect();
        let shown: Vec<&str> = self.evidence.iter().map(|e| e.request.as_str()).collect();
        lines.extend(
            self.d
                .passed_requests
                .iter()
                .filter(|r| {
                    !shown.contains(&request_part(r)) && !blocked.contains(&request_part(r))
                })
                .map(|r| {
                    t!(self.lang, "context-request-works", "request" => self.absolute(request_part(r)))
                }),
        );
        dedup(lines)
    }

    /// "GET /wp-json/ and POST /wp-json/wc/v3/orders" for sentences: query strings dropped, at most
    /// three, then "and N more".
    pub fn blocked_phrase(&self, fallback: &str) -> String {
        let mut requests: Vec<String> = self
            .d
            .blocked_requests
            .iter()
            .map(|r| without_query(r))
            .collect();
        if requests.is_empty() {
            requests = self
                .evidence
                .iter()
                .filter(|e| e.status.is_none_or(|s| s >= 400))
                .map(|e| without_query(&e.request))
                .collect();
        }
        phrase_list(self.lang, &dedup(requests), fallback)
    }

    pub fn passed_phrase(&self) -> Option<String> {
        let passed: Vec<String> = self
            .d
            .passed_requests
            .iter()
            .map(|r| without_query(r))
            .collect();
        (!passed.is_empty()).then(|| phrase_list(self.lang, &dedup(passed), ""))
    }

    /// "cf-mitigated: challenge, Ray ID 8a1b…" for sentences, or "" when nothing was captured.
    pub fn marker_phrase(&self) -> String {
        let mut parts = Vec::new();
        if let Some(m) = &self.d.marker {
            parts.push(m.clone());
        }
        if let Some(id) = &self.d.incident_id {
            // Each vendor's own name for the number its support desk asks for.
            let message = match self.d.vendor {
                Some(Vendor::Cloudflare) => "context-marker-ray-id",
                Some(Vendor::Akamai) => "context-marker-reference",
                Some(Vendor::Sucuri) => "context-marker-block-id",
                _ => "context-marker-incident",
            };
            parts.push(t!(self.lang, message, "id" => id.as_str()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!(" ({})", parts.join(", "))
        }
    }

    /// Whether the marker shows a browser check rather than a refusal.
    pub fn is_challenge(&self) -> bool {
        self.d.marker.as_deref().is_some_and(|m| {
            let m = m.to_ascii_lowercase();
            m.contains("challenge")
                || m.contains("captcha")
                || m.contains("verified")
                || m.contains("security check")
        })
    }

    /// Any blocked request went to the app authorization pages.
    pub fn blocked_auth_pages(&self) -> bool {
        self.d
            .blocked_requests
            .iter()
            .chain(self.evidence.iter().map(|e| &e.request))
            .any(|r| r.contains("/wc-auth/"))
    }

    fn evidence_line(&self, e: &Evidence) -> String {
        let mut line = self.absolute(&e.request);
        if let Some(status) = e.status {
            line.push_str(&format!(" → HTTP {status}"));
        }
        let detail = e.detail.trim();
        // Raw HTML fragments mean nothing to a support desk; a short marker does.
        if !detail.is_empty() && detail.chars().count() <= 160 && !detail.contains('<') {
            line.push_str(&format!(" ({detail})"));
        }
        line
    }

    /// `GET /wp-json/` → `GET https://shop.example.com/wp-json/`.
    pub fn absolute(&self, request: &str) -> String {
        let (method, target) = request.split_once(' ').unwrap_or(("", request));
        if target.starts_with('/') {
            let origin = self.site.store.origin();
            if method.is_empty() {
                format!("{origin}{target}")
            } else {
                format!("{method} {origin}{target}")
            }
        } else {
            request.to_string()
        }
    }
}

/// `GET /wc-auth/v1/authorize?app_name=… → 403` → `GET /wc-auth/v1/authorize → 403`: long query
/// strings drown a sentence (messages to hosts keep them).
/// `POST /wp-json/wc/v3/orders → 403` → `POST /wp-json/wc/v3/orders`: the analysis writes the status
/// after an arrow, evidence keeps it apart.
fn request_part(line: &str) -> &str {
    line.split(" → ").next().unwrap_or(line)
}

fn without_query(request: &str) -> String {
    match request.find('?') {
        Some(q) => {
            let outcome = request[q..]
                .find(" → ")
                .map(|i| &request[q + i..])
                .unwrap_or("");
            // `?rest_route=/x` *is* the address on plain-permalink routes: keep it, decoded.
            let query = &request[q + 1..q + request[q..].find(" → ").unwrap_or(request.len() - q)];
            let route = query
                .split('&')
                .find_map(|p| p.strip_prefix("rest_route="))
                .map(|r| format!("?rest_route={}", r.replace("%2F", "/").replace("%2f", "/")))
                .unwrap_or_default();
            format!("{}{route}{outcome}", &request[..q])
        }
        None => request.to_string(),
    }
}

/// "A", "A and B", "A, B and C", "A, B, C and 2 more" (in `lang`; `fallback` is already in it).
pub(super) fn phrase_list(lang: Lang, items: &[String], fallback: &str) -> String {
    const SHOWN: usize = 3;
    match items.len() {
        0 => fallback.to_string(),
        1 => items[0].clone(),
        n if n <= SHOWN => t!(lang, "context-list-and",
            "first" => items[..n - 1].join(", "), "last" => items[n - 1].as_str()),
        n => t!(lang, "context-list-and-more",
            "shown" => items[..SHOWN].join(", "), "more" => n - SHOWN),
    }
}

fn dedup(items: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
