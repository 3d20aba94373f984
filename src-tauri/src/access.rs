//! What the app can read and write: a resource × read/write matrix from the report's
//! `access.read.*` and `access.write.*` probes.

use serde::Serialize;

use handshake_engine::{Outcome, Report, Resource};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Access {
    /// The probe proved it.
    Yes,
    /// The probe ran and the store refused.
    No,
    /// The probe did not run to a conclusion (skipped, error, timed out).
    Unknown,
    /// This run did not ask (not needed by the integration, or not writable at all).
    NotChecked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessRow {
    pub resource: String,
    pub read: Access,
    pub write: Access,
}

fn outcome_of(report: &Report, probe: &str) -> Access {
    match report
        .probes
        .iter()
        .find(|p| p.id == probe)
        .map(|p| p.outcome)
    {
        Some(Outcome::Pass) => Access::Yes,
        Some(Outcome::Fail) => Access::No,
        Some(Outcome::Skipped | Outcome::Error) => Access::Unknown,
        None => Access::NotChecked,
    }
}

/// One row per resource that any access probe looked at, in the engine's resource order.
pub fn matrix(report: &Report) -> Vec<AccessRow> {
    Resource::ALL
        .iter()
        .map(|r| AccessRow {
            resource: r.as_str().to_string(),
            read: outcome_of(report, &format!("access.read.{}", r.as_str())),
            write: outcome_of(report, &format!("access.write.{}", r.as_str())),
        })
        .filter(|row| row.read != Access::NotChecked || row.write != Access::NotChecked)
        .collect()
}

/// The permission the saved key showed, in WooCommerce's words (`read`, `write`, `read_write`).
pub fn key_permissions(rows: &[AccessRow]) -> Option<String> {
    let reads = rows.iter().any(|r| r.read == Access::Yes);
    let writes = rows.iter().any(|r| r.write == Access::Yes);
    match (reads, writes) {
        (true, true) => Some("read_write".into()),
        (true, false) => Some("read".into()),
        (false, true) => Some("write".into()),
        (false, false) => None,
    }
}

/// True when the keys signed in: some resource could be read or written with them.
pub fn signed_in(report: &Report) -> bool {
    report
        .probes
        .iter()
        .any(|p| p.id.starts_with("access.") && p.outcome == Outcome::Pass)
}

#[cfg(test)]
mod tests {
    use super::*;
    use handshake_engine::{ProbeRecord, Verdict};

    fn report(probes: &[(&str, Outcome)]) -> Report {
        Report {
            schema: "handshake.report/1".into(),
            tool_version: "0".into(),
            store_url: "https://s.test/".into(),
            started_at: String::new(),
            duration_ms: 0,
            verdict: Verdict::Healthy,
            redirects_to: None,
            findings: vec![],
            probes: probes
                .iter()
                .map(|(id, o)| ProbeRecord {
                    id: id.to_string(),
                    outcome: *o,
                    duration_ms: 1,
                    http_status: None,
                    summary: String::new(),
                    vantage: None,
                    block: None,
                })
                .collect(),
            remote_check: None,
            lang: Default::default(),
        }
    }

    #[test]
    fn builds_rows_for_probed_resources_only() {
        let r = report(&[
            ("access.read.orders", Outcome::Pass),
            ("access.write.orders", Outcome::Fail),
            ("access.read.products", Outcome::Pass),
            ("access.write.products", Outcome::Skipped),
            ("rest.index", Outcome::Pass),
        ]);
        let m = matrix(&r);
        assert_eq!(m.len(), 2);
        assert_eq!(
            m[0],
            AccessRow {
                resource: "orders".into(),
                read: Access::Yes,
                write: Access::No
            }
        );
        assert_eq!(m[1].write, Access::Unknown);
        assert_eq!(key_permissions(&m).as_deref(), Some("read"));
        assert!(signed_in(&r));
        assert!(!signed_in(&report(&[("rest.index", Outcome::Pass)])));
    }
}
