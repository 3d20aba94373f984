//! What a report proves about the credentials it ran with: did they sign in, and what may they read
//! and write. The one rule every front end uses (the connect flow, the wizard, the CLI, the watch);
//! nothing outside the engine reads probe names for it.

use serde::{Deserialize, Serialize};

use crate::finding_id::FindingId;
use crate::probes::ProbeId;
use crate::profile::Resource;
use crate::report::{Outcome, ProbeRecord, Report};

/// One cell of the access matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

/// What the credentials may do with one resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessRow {
    pub resource: Resource,
    pub read: Access,
    pub write: Access,
}

/// The sign-in probes whose pass means the store accepted the credentials as an app sends them to
/// the address entered. Left out on purpose: `auth.oauth_http` (a control: its pass means the store
/// refused a wrongly signed request) and `auth.oauth_site_address` (signed for another address: it
/// proves the key, not that the app's requests sign in here).
const SIGN_IN: [ProbeId; 4] = [
    ProbeId::AuthBasic,
    ProbeId::AuthQuery,
    ProbeId::AuthOAuth,
    ProbeId::AuthAppPassword,
];

impl Report {
    /// This computer's record of a probe (the relay's remote check runs without credentials and is
    /// never meant here).
    pub fn probe(&self, id: ProbeId) -> Option<&ProbeRecord> {
        self.probes
            .iter()
            .filter(|p| p.vantage.is_none())
            .find(|p| p.probe_id() == Some(id))
    }

    fn passed(&self, id: ProbeId) -> bool {
        self.probe(id).is_some_and(|p| p.outcome == Outcome::Pass)
    }

    /// Did the credentials sign in? True when a request carrying them was accepted: a sign-in probe
    /// got its 200 (WooCommerce's list with a key, WordPress's `users/me` with an application
    /// password), or an access probe proved a read or a write (which WooCommerce allows only after
    /// the key's signature and permission passed). A 403 from a signed-in user without the
    /// capability is not counted: the store knew the key and still refused it everything.
    pub fn signed_in(&self) -> bool {
        SIGN_IN.into_iter().any(|id| self.passed(id))
            || Resource::ALL
                .into_iter()
                .any(|r| self.passed(ProbeId::Read(r)) || self.passed(ProbeId::Write(r)))
    }

    /// The credentials' access matrix: one row per resource any access probe looked at, in the
    /// engine's resource order.
    pub fn access(&self) -> Vec<AccessRow> {
        let cell = |id| match self.probe(id).map(|p| p.outcome) {
            Some(Outcome::Pass) => Access::Yes,
            Some(Outcome::Fail) => Access::No,
            Some(Outcome::Skipped | Outcome::Error) => Access::Unknown,
            None => Access::NotChecked,
        };
        Resource::ALL
            .into_iter()
            .map(|r| AccessRow {
                resource: r,
                read: cell(ProbeId::Read(r)),
                write: cell(ProbeId::Write(r)),
            })
            .filter(|row| row.read != Access::NotChecked || row.write != Access::NotChecked)
            .collect()
    }
}

impl FindingId {
    /// The store refused the credentials themselves: the key was revoked, regenerated or its user
    /// deleted (the key disappears with the user), or the secret is not the key's.
    pub fn refuses_credentials(self) -> bool {
        matches!(
            self,
            FindingId::AuthKeyInvalid | FindingId::AuthSecretInvalid
        )
    }

    /// New credentials (a reconnect) fix it: refused credentials, a read-only key, a key whose user
    /// lacks a capability, or a refused application password. Anything else on the server (a
    /// stripped header, a firewall, the REST API switched off) would meet new keys the same way.
    pub fn fixed_by_new_credentials(self) -> bool {
        self.refuses_credentials()
            || matches!(
                self,
                FindingId::AuthReadOnly
                    | FindingId::AuthCapability
                    | FindingId::AuthAppPasswordInvalid
            )
    }
}

impl Report {
    /// The store refused the credentials this check ran with (see [`FindingId::refuses_credentials`]).
    pub fn credentials_refused(&self) -> bool {
        self.findings.iter().any(|f| f.id.refuses_credentials())
    }

    /// New credentials would fix something this check found (see
    /// [`FindingId::fixed_by_new_credentials`]).
    pub fn new_credentials_fix(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.id.fixed_by_new_credentials())
    }
}

impl ProbeRecord {
    /// The probe this record is about; `None` for a name this version does not know.
    pub fn probe_id(&self) -> Option<ProbeId> {
        self.id.probe()
    }
}

/// The key's permission in WooCommerce's words (`read`, `write`, `read_write`), as far as `rows`
/// prove it: a side counts as missing only when it was asked and refused, so a key whose writes
/// were never tried is not called read-only.
pub fn proven_permissions(rows: &[AccessRow]) -> Option<&'static str> {
    let any = |side: fn(&AccessRow) -> Access, want: Access| rows.iter().any(|r| side(r) == want);
    let read = |r: &AccessRow| r.read;
    let write = |r: &AccessRow| r.write;
    let (reads, writes) = (any(read, Access::Yes), any(write, Access::Yes));
    match (reads, writes) {
        (true, true) => Some("read_write"),
        (true, false) if any(write, Access::No) => Some("read"),
        (false, true) if any(read, Access::No) => Some("write"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probes::RecordId;
    use crate::report::{Vantage, Verdict};

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
                    id: RecordId::from(*id),
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
    fn rows_for_probed_resources_only() {
        let r = report(&[
            ("access.read.orders", Outcome::Pass),
            ("access.write.orders", Outcome::Fail),
            ("access.read.products", Outcome::Pass),
            ("access.write.products", Outcome::Skipped),
            ("rest.index", Outcome::Pass),
        ]);
        let m = r.access();
        assert_eq!(m.len(), 2);
        assert_eq!(
            m[0],
            AccessRow {
                resource: Resource::Orders,
                read: Access::Yes,
                write: Access::No
            }
        );
        assert_eq!(m[1].write, Access::Unknown);
        assert_eq!(proven_permissions(&m), Some("read"));
        assert!(r.signed_in());
    }

    #[test]
    fn permissions_claim_only_what_was_asked() {
        let reads_only = report(&[("access.read.orders", Outcome::Pass)]).access();
        assert_eq!(proven_permissions(&reads_only), None);
        let both = report(&[
            ("access.read.orders", Outcome::Pass),
            ("access.write.orders", Outcome::Pass),
        ])
        .access();
        assert_eq!(proven_permissions(&both), Some("read_write"));
        let write_only = report(&[
            ("access.read.orders", Outcome::Fail),
            ("access.write.orders", Outcome::Pass),
        ])
        .access();
        assert_eq!(proven_permissions(&write_only), Some("write"));
    }

    #[test]
    fn signed_in_when_a_request_with_the_credentials_was_accepted() {
        // No credentials were accepted.
        assert!(!report(&[("rest.index", Outcome::Pass)]).signed_in());
        assert!(!report(&[("access.read.orders", Outcome::Fail)]).signed_in());
        // A write-only key: the read is refused, the write check passes.
        assert!(report(&[
            ("access.read.orders", Outcome::Fail),
            ("access.write.orders", Outcome::Pass)
        ])
        .signed_in());
        // An application password WordPress accepted, for a user WooCommerce lets read nothing.
        assert!(report(&[
            ("auth.app_password", Outcome::Pass),
            ("access.read.orders", Outcome::Fail)
        ])
        .signed_in());
        // The http-signed control passes when the store refuses it; the site-address signature
        // proves the key but not a sign-in at this address.
        assert!(!report(&[
            ("auth.oauth_http", Outcome::Pass),
            ("auth.oauth_site_address", Outcome::Pass)
        ])
        .signed_in());
        // The relay's records never count.
        let mut relay = report(&[("access.read.orders", Outcome::Pass)]);
        relay.probes[0].vantage = Some(Vantage::Relay);
        assert!(!relay.signed_in());
        assert!(relay.access().is_empty());
    }

    #[test]
    fn which_findings_new_credentials_fix() {
        let with = |id: FindingId| {
            let mut r = report(&[]);
            r.findings.push(crate::report::Finding {
                id,
                severity: crate::report::Severity::Error,
                title: String::new(),
                summary: String::new(),
                action: String::new(),
                explanation: String::new(),
                evidence: vec![],
                fixes: vec![],
            });
            r
        };
        for id in [FindingId::AuthKeyInvalid, FindingId::AuthSecretInvalid] {
            assert!(
                with(id).credentials_refused() && with(id).new_credentials_fix(),
                "{id:?}"
            );
        }
        for id in [
            FindingId::AuthReadOnly,
            FindingId::AuthCapability,
            FindingId::AuthAppPasswordInvalid,
        ] {
            assert!(
                !with(id).credentials_refused() && with(id).new_credentials_fix(),
                "{id:?}"
            );
        }
        // Walls on the server meet new keys the same way.
        for id in [
            FindingId::AuthHeaderStripped,
            FindingId::WafCloudflare,
            FindingId::RestDisabled,
        ] {
            assert!(!with(id).new_credentials_fix(), "{id:?}");
        }
        assert!(!report(&[]).credentials_refused());
    }
}
