//! What the signed-in key may do, per resource the integration needs: a read-only key where the app
//! must write, or a key whose WordPress user lacks a capability.

use super::{Diagnosis, Facts};
use crate::details::Details;
use crate::finding_id::FindingId;
use crate::probes::ProbeId;
use crate::profile::Resource;
use crate::report::Severity;
use crate::wp::WpAnswer;

pub fn diagnose(f: &Facts) -> Vec<Diagnosis> {
    let mut out = Vec::new();
    let mut resources: Vec<Resource> = f.ctx.profile.resources.clone();
    resources.sort();
    resources.dedup();
    for r in resources {
        if let Some(e) = f.ex(ProbeId::Read(r)) {
            if let Some(err) = e.wp_error() {
                if e.status == 403 && err.code == "woocommerce_rest_cannot_view" {
                    let details = Details {
                        missing_capabilities: vec![(
                            r.as_str().to_string(),
                            r.read_capability().to_string(),
                        )],
                        ..Default::default()
                    };
                    out.push(Diagnosis::new(
                        FindingId::AuthCapability,
                        Severity::Error,
                        details,
                        f.evidence_of(&[ProbeId::Read(r)]),
                    ));
                }
            }
        }
        if let Some(e) = f.ex(ProbeId::Write(r)) {
            if let Some(err) = e.wp_error() {
                if err.message.contains("does not have write permissions") {
                    let details = Details {
                        key_permission: Some("read".into()),
                        ..Default::default()
                    };
                    out.push(Diagnosis::new(
                        FindingId::AuthReadOnly,
                        Severity::Error,
                        details,
                        f.evidence_of(&[ProbeId::Write(r)]),
                    ));
                } else if e.status == 403 && err.code == "woocommerce_rest_cannot_create" {
                    let cap = r.create_capability().unwrap_or("").to_string();
                    let details = Details {
                        missing_capabilities: vec![(r.as_str().to_string(), cap)],
                        ..Default::default()
                    };
                    out.push(Diagnosis::new(
                        FindingId::AuthCapability,
                        Severity::Error,
                        details,
                        f.evidence_of(&[ProbeId::Write(r)]),
                    ));
                }
            }
        }
    }
    out
}
