//! `wc.legacy_api`: the integration profile says the app calls the Legacy REST API (`/wc-api/v3/`),
//! and WooCommerce answers it with its own "The WooCommerce API is disabled on this site": the
//! Legacy API left WooCommerce in 9.0 (it is a separate plugin now) or is switched off. The probe
//! runs only for such profiles, so apps that do not use it never see this finding.

use super::{Diagnosis, Facts};
use crate::details::Details;
use crate::finding_id::FindingId;
use crate::probes::legacy_api::{answer, LegacyAnswer, DISABLED_CODE};
use crate::probes::ProbeId;
use crate::report::Severity;

pub fn diagnose(f: &Facts) -> Vec<Diagnosis> {
    let Some(e) = f.ex(ProbeId::LegacyApi) else {
        return Vec::new();
    };
    let LegacyAnswer::Disabled { message } = answer(e) else {
        return Vec::new();
    };
    let details = Details {
        rest_code: Some(DISABLED_CODE.to_string()),
        rest_message: Some(message),
        ..Default::default()
    };
    vec![Diagnosis::new(
        FindingId::WcLegacyApi,
        Severity::Error,
        details,
        f.evidence_of(&[ProbeId::LegacyApi]),
    )]
}
