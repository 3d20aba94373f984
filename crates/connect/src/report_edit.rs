//! Adds a connect-flow finding (worded by the engine's catalog) to a report and updates its verdict.

use handshake_engine::{Diagnosis, Profile, Report, Severity, StoreUrl, Verdict};

pub fn add_finding(
    mut report: Report,
    store: &StoreUrl,
    profile: &Profile,
    d: Diagnosis,
) -> Report {
    // In the language of the report it joins.
    let lang = report.lang;
    let finding = d.into_finding(store, profile, lang);
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
