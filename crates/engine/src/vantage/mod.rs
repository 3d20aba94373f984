//! Two vantages: the store as this computer sees it, and as the app's servers see it (the relay's
//! remote check, records with `"vantage": "relay"`). The contrast proves "it works for me but not
//! for the app": the same request answered here and refused there (`net.blocks_app_servers`), the
//! opposite (`net.blocks_this_computer`), or the app's `User-Agent` refused where a browser's is
//! answered. Everything here reads probe records only: that is all the relay sends back.

pub(crate) mod block;
mod contrast;

pub use contrast::{contrast, Answer, Contrast, Difference, RefusedBy, RelayPlace};

use crate::finding_id::FindingId;
use crate::probes::ProbeId;
use crate::profile::Profile;
use crate::report::{ProbeRecord, RemoteCheck, Report, Severity, Vantage, Verdict};
use crate::store_url::StoreUrl;

/// What the relay's remote check gave: its records and where it ran from, or why it did not run.
#[derive(Debug, Clone)]
pub enum RemoteOutcome {
    Ran {
        address: Option<String>,
        label: String,
        probes: Vec<ProbeRecord>,
    },
    /// The relay could not run the check (unreachable, refused the target, rate limited): said as
    /// it is, never as a fault of the store.
    Failed(String),
}

/// Adds the relay's check to a report made on this computer: its records (marked as the relay's),
/// where it ran from, and the findings the two sides' contrast proves. The verdict only ever gets
/// worse (a healthy store the app's servers cannot reach has problems).
pub fn merge(report: &mut Report, relay_url: &str, outcome: RemoteOutcome, profile: &Profile) {
    let mut check = RemoteCheck {
        relay: relay_url.to_string(),
        address: None,
        label: String::new(),
        error: None,
    };
    match outcome {
        RemoteOutcome::Ran {
            address,
            label,
            probes,
        } => {
            check.address = address;
            check.label = label;
            report.probes.retain(|p| p.vantage != Some(Vantage::Relay));
            report.probes.extend(relay_records(probes));
        }
        RemoteOutcome::Failed(why) => check.error = Some(why),
    }
    report.remote_check = Some(check);
    apply(report, profile);
}

/// The relay's records as the contrast reads them: each marked as the relay's, and when the relay
/// ran its probes once per agent (the app's, then a browser's), the browser's `rest.index` named
/// `rest.index_browser` as on this computer; the browser's other repeats add nothing and are left out.
pub fn relay_records(probes: Vec<ProbeRecord>) -> Vec<ProbeRecord> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for mut p in probes {
        p.vantage = Some(Vantage::Relay);
        if seen.insert(p.id.clone()) {
            out.push(p);
        } else if p.id == ProbeId::RestIndex && seen.insert(ProbeId::RestIndexBrowser.into()) {
            p.id = ProbeId::RestIndexBrowser.into();
            out.push(p);
        }
    }
    out
}

/// Replaces the report's contrast findings with what its records prove now. Run after every
/// diagnosis (the user-agent contrast needs no relay) and again once the relay's records arrive.
pub fn apply(report: &mut Report, profile: &Profile) {
    let Ok(store) = StoreUrl::parse(&report.store_url) else {
        return;
    };
    let contrast_finding = |f: &crate::report::Finding| {
        matches!(
            f.id,
            FindingId::NetBlocksAppServers | FindingId::NetBlocksThisComputer
        ) || contrast::is_ours(f)
    };
    report.findings.retain(|f| !contrast_finding(f));
    let found = contrast(report, &store, profile);
    for f in found {
        if f.id == FindingId::SiteUnexplained && report.finding(f.id).is_some() {
            // This computer's own unexplained answers lead; the relay's difference joins them.
            if let Some(existing) = report.findings.iter_mut().find(|x| x.id == f.id) {
                existing.evidence.extend(f.evidence);
            }
            continue;
        }
        report.findings.push(f);
    }
    report
        .findings
        .sort_by(|a, b| a.severity.cmp(&b.severity).then(a.id.cmp(&b.id)));
    if report.verdict == Verdict::Healthy
        && report
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error)
    {
        report.verdict = Verdict::Problems;
    }
    report.sanitise();
}

#[cfg(test)]
mod tests;
