//! Adds a connect-flow finding (worded by the engine's catalog) to a report and updates its verdict.

use handshake_engine::analysis::Diagnosis;
use handshake_engine::catalog::{self, FixTarget};
use handshake_engine::{Profile, Report, Severity, StoreUrl, Verdict};

pub fn add_finding(
    mut report: Report,
    store: &StoreUrl,
    profile: &Profile,
    d: Diagnosis,
) -> Report {
    let finding = catalog::finding(
        d.id,
        d.severity,
        &d.details,
        FixTarget {
            store,
            profile,
            // In the language of the report it joins.
            lang: report.lang,
        },
        d.evidence,
    );
    report.findings.retain(|f| f.id != finding.id);
    report.findings.insert(0, finding);
    if report
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error)
        && report.verdict == Verdict::Healthy
    {
        report.verdict = Verdict::Problems;
    }
    report
}
