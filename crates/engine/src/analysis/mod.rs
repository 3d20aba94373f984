//! From evidence to findings. Each rule proves one cause by contrasting requests (the path form and
//! the query form, GET and PUT, a header and the query string…) rather than reading one status code,
//! fills the [`Details`] the catalog words the finding from, and cites the exchanges as evidence.

mod access;
mod auth;
mod cache_contrast;
mod clock;
mod evidence;
mod facts;
pub(crate) mod failures;
mod legacy_api;
mod network;
mod routing;
mod site_url;
/// `site.unexplained` from failed probes; any rule may call it when nothing known fits.
pub(crate) mod unexplained;
mod waf;
mod woocommerce_status;

use std::collections::BTreeMap;

use crate::catalog::{self, FixTarget};
use crate::credentials::Redactor;
use crate::details::Details;
use crate::finding_id::FindingId;
use crate::probes::{Context, Results};
use crate::report::{Evidence, Finding, Severity};

pub use facts::Facts;

/// One proven cause before it is worded.
#[derive(Debug, Clone)]
pub struct Diagnosis {
    pub id: FindingId,
    pub severity: Severity,
    pub details: Details,
    pub evidence: Vec<Evidence>,
}

impl Diagnosis {
    pub fn new(
        id: FindingId,
        severity: Severity,
        details: Details,
        evidence: Vec<Evidence>,
    ) -> Diagnosis {
        Diagnosis {
            id,
            severity,
            details,
            evidence,
        }
    }

    /// The finding in words, with its fixes for `store` and `profile`, in `lang`: how a cause
    /// proven outside a diagnosis (the connect flow, a pasted WooCommerce message) becomes a finding
    /// like every other.
    pub fn into_finding(
        self,
        store: &crate::store_url::StoreUrl,
        profile: &crate::profile::Profile,
        lang: crate::report::Lang,
    ) -> Finding {
        let target = FixTarget {
            store,
            profile,
            lang,
        };
        catalog::finding(self.id, self.severity, &self.details, target, self.evidence)
    }
}

pub fn analyze(ctx: &Context, results: &Results, redactor: &Redactor) -> Vec<Finding> {
    let facts = Facts::gather(ctx, results, redactor);
    let mut found: Vec<Diagnosis> = Vec::new();
    found.extend(network::diagnose(&facts));
    if facts.reached() {
        // First: a password, loop, 5xx, silence or flood explains the failures it caused, and
        // the rules below do not read those as blocks.
        found.extend(failures::diagnose(&facts));
        found.extend(waf::diagnose(&facts));
        found.extend(routing::diagnose(&facts));
        found.extend(auth::diagnose(&facts));
        found.extend(access::diagnose(&facts));
        found.extend(clock::diagnose(&facts));
        site_url::apply(&facts, &mut found);
        found.extend(woocommerce_status::diagnose(&facts));
        found.extend(legacy_api::diagnose(&facts));
        cache_contrast::apply(&facts, &mut found);
    }
    // API answers nothing above explains, when nothing else was found: say so, with the evidence.
    if facts.reached() && !found.iter().any(|d| d.severity == Severity::Error) {
        found.extend(unexplained::odd_answers(&facts));
    }
    // Last: it asks whether anything above already explains a sign-in that never worked.
    if let Some(d) = auth::sign_in_unproven(&facts, &found) {
        found.push(d);
    }

    woocommerce_status::annotate(&facts, &mut found);

    // One finding per cause: merge repeats, keeping the most severe.
    let mut merged: BTreeMap<FindingId, Diagnosis> = BTreeMap::new();
    for d in found {
        match merged.get_mut(&d.id) {
            Some(existing) => {
                existing.severity = existing.severity.min(d.severity);
                for e in d.evidence {
                    if !existing.evidence.contains(&e) {
                        existing.evidence.push(e);
                    }
                }
                for (r, c) in d.details.missing_capabilities {
                    if !existing
                        .details
                        .missing_capabilities
                        .contains(&(r.clone(), c.clone()))
                    {
                        existing.details.missing_capabilities.push((r, c));
                    }
                }
            }
            None => {
                merged.insert(d.id, d);
            }
        }
    }
    let base = facts.base.clone();
    let target = FixTarget {
        store: &base,
        profile: &ctx.profile,
        lang: ctx.lang,
    };
    let mut findings: Vec<Finding> = merged
        .into_values()
        .map(|mut d| {
            d.details.server = facts.server;
            d.details.credentials = facts.credential_kind;
            catalog::finding(d.id, d.severity, &d.details, target, d.evidence)
        })
        .collect();
    findings.sort_by(|a, b| a.severity.cmp(&b.severity).then(a.id.cmp(&b.id)));
    for f in &mut findings {
        redact_finding(f, redactor);
    }
    findings
}

/// Belt and braces: nothing a finding says may contain a credential.
fn redact_finding(f: &mut Finding, r: &Redactor) {
    f.title = r.redact(&f.title);
    f.summary = r.redact(&f.summary);
    f.action = r.redact(&f.action);
    f.explanation = r.redact(&f.explanation);
    for e in &mut f.evidence {
        e.request = r.redact(&e.request);
        e.detail = r.redact(&e.detail);
    }
    for fix in &mut f.fixes {
        fix.title = r.redact(&fix.title);
        fix.text = r.redact(&fix.text);
    }
}
