//! Firewalls: a vendor's block or challenge page answered instead of WordPress, or (ModSecurity
//! behind Apache, whose 403 is the server's stock page) only some methods are refused while the same
//! path answers GET with WordPress's JSON.

use std::collections::BTreeMap;

use super::evidence::from_exchange;
use super::{Diagnosis, Facts};
use crate::details::Details;
use crate::finding_id::FindingId;
use crate::firewall::{self, Vendor};
use crate::probes::ProbeId;
use crate::report::Severity;
use crate::wp;
use crate::wp::WpAnswer;

fn finding_for(vendor: Vendor) -> FindingId {
    match vendor {
        Vendor::Cloudflare => FindingId::WafCloudflare,
        Vendor::Sucuri => FindingId::WafSucuri,
        Vendor::Wordfence => FindingId::WafWordfence,
        Vendor::ModSecurity => FindingId::WafModsecurity,
        Vendor::Imunify360 => FindingId::WafImunify360,
        Vendor::SiteGround => FindingId::WafSiteground,
        Vendor::Akamai => FindingId::WafAkamai,
        Vendor::LiteSpeed | Vendor::Imperva | Vendor::Unknown => FindingId::WafUnknown,
    }
}

/// Probes whose answer came from WordPress itself (JSON or a WordPress page), for contrast.
fn passed_requests(f: &Facts) -> Vec<String> {
    f.all_exchanges()
        .into_iter()
        .filter(|(_, e)| {
            e.wp_error().is_some()
                || e.rest_index().is_some()
                || (e.status == 200 && wp::looks_like_wordpress(e))
        })
        .filter(|(_, e)| firewall::classify(&e.view()).is_none())
        .map(|(_, e)| format!("{} → {}", e.request_line(), e.status))
        .take(6)
        .collect()
}

pub fn diagnose(f: &Facts) -> Vec<Diagnosis> {
    let mut by_vendor: BTreeMap<FindingId, Diagnosis> = BTreeMap::new();
    let passed = passed_requests(f);
    for (id, e) in f.all_exchanges() {
        let Some(block) = firewall::classify(&e.view()) else {
            continue;
        };
        // Rate limits are their own finding.
        if e.status == 429 || block.kind == firewall::BlockKind::RateLimited {
            continue;
        }
        let fid = finding_for(block.vendor);
        let d = by_vendor.entry(fid).or_insert_with(|| {
            let details = Details {
                vendor: Some(block.vendor),
                marker: Some(block.marker.clone()),
                incident_id: block.incident_id.clone(),
                passed_requests: passed.clone(),
                ..Default::default()
            };
            Diagnosis::new(fid, Severity::Error, details, Vec::new())
        });
        let line = format!("{} → {}", e.request_line(), e.status);
        if !d.details.blocked_requests.contains(&line) {
            d.details.blocked_requests.push(line);
            if d.evidence.len() < 6 {
                d.evidence.push(from_exchange(id, e, f.redactor));
            }
        }
    }
    let mut out: Vec<Diagnosis> = by_vendor.into_values().collect();
    out.extend(method_policy(f));
    out
}

/// ModSecurity's OWASP CRS refuses PUT/PATCH/DELETE by default (rule 911100) with Apache's stock 403,
/// byte-identical to an `.htaccess` deny. The proof is behavioural: the same API answers GET (and
/// usually POST) with WordPress's JSON, while the PUT gets the server's page.
fn method_policy(f: &Facts) -> Option<Diagnosis> {
    // PUT and POST go to the `/wp-json/` path, so compare with a GET on that same path.
    if !f.passed(ProbeId::RestIndex) {
        return None;
    }
    let mut methods = Vec::new();
    let mut evidence = Vec::new();
    for (probe, method) in [(ProbeId::RestPut, "PUT"), (ProbeId::RestPost, "POST")] {
        // Only the server's own stock page: ModSecurity answers with it, a JSON gateway does not.
        if f.plain_block(probe) && f.stock_page(probe) {
            methods.push(method.to_string());
            evidence.extend(f.evidence(probe));
        }
    }
    if methods.is_empty() {
        return None;
    }
    if methods.iter().any(|m| m == "PUT") {
        methods.extend(["PATCH".to_string(), "DELETE".to_string()]);
    }
    evidence.extend(f.evidence(if f.passed(ProbeId::RestIndex) {
        ProbeId::RestIndex
    } else {
        ProbeId::RestIndexQuery
    }));
    if f.passed(ProbeId::RestPost) {
        evidence.extend(f.evidence(ProbeId::RestPost));
    }
    let details = Details {
        vendor: Some(Vendor::ModSecurity),
        marker: Some("the server's own 403 page for some methods only".into()),
        blocked_methods: methods,
        blocked_requests: evidence
            .iter()
            .filter(|e| e.status == Some(403))
            .map(|e| format!("{} → 403", e.request))
            .collect(),
        passed_requests: evidence
            .iter()
            .filter(|e| e.status != Some(403))
            .map(|e| format!("{} → {}", e.request, e.status.unwrap_or(0)))
            .collect(),
        ..Default::default()
    };
    Some(Diagnosis::new(
        FindingId::WafModsecurity,
        Severity::Error,
        details,
        evidence,
    ))
}
