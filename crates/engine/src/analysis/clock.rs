//! `auth.clock_skew`: WooCommerce refused an OAuth 1.0a signature for its timestamp ("Invalid
//! timestamp.": more than 15 minutes from the server's clock), or the server's `Date` is that far
//! from this computer's. Which clock is wrong is said only when this computer reports that its own
//! clock is synchronized.
//!
//! A refused nonce ("Invalid nonce - nonce has already been used.") is not a clock problem: each
//! request the doctor signs carries a fresh random nonce, so that answer means the request reached
//! WooCommerce twice. It is left to the other rules.

use super::evidence::note;
use super::{Diagnosis, Facts};
use crate::details::Details;
use crate::finding_id::FindingId;
use crate::probes::clock::{describe_skew, local_clock_synchronized, OAUTH_WINDOW_SECS};
use crate::probes::{ProbeData, ProbeId};
use crate::report::Severity;

/// WooCommerce's message for a timestamp outside its window (`check_oauth_timestamp_and_nonce`).
pub const INVALID_TIMESTAMP: &str = "Invalid timestamp.";

pub fn diagnose(f: &Facts) -> Vec<Diagnosis> {
    diagnose_with(f, local_clock_synchronized())
}

/// `synced`: whether this computer's clock is synchronized (`None`: the system does not say).
pub fn diagnose_with(f: &Facts, synced: Option<bool>) -> Vec<Diagnosis> {
    // A signature WooCommerce accepted proves its clock is within the window, whatever a `Date`
    // header from a proxy in front says.
    let accepted = |id: ProbeId| f.ex(id).is_some_and(|e| e.status == 200);
    if accepted(ProbeId::AuthOAuth) || accepted(ProbeId::AuthOAuthHttp) {
        return Vec::new();
    }
    let refused = [ProbeId::AuthOAuth, ProbeId::AuthOAuthHttp]
        .into_iter()
        .find(|id| {
            f.wp_message(*id)
                .is_some_and(|m| m.trim() == INVALID_TIMESTAMP)
        });
    let reading = match f.data(ProbeId::Clock) {
        Some(ProbeData::Clock(r)) => Some(r),
        _ => None,
    };
    let skew = reading.and_then(|r| r.skew());
    // Beyond the window even at the measurement's most favourable edge.
    let far = skew.is_some_and(|s| s.seconds.abs() - s.uncertainty >= OAUTH_WINDOW_SECS);
    if refused.is_none() && !far {
        return Vec::new();
    }

    let mut evidence = Vec::new();
    if let Some(id) = refused {
        evidence.extend(f.evidence(id));
    }
    if let (Some(r), Some(s)) = (reading, skew) {
        if let Some(e) = r.fetched.last() {
            let mut detail = format!("Date: {}", e.header("date").unwrap_or("?"));
            if let Some(age) = e.header("age") {
                detail.push_str(&format!(", Age: {age}"));
            }
            let local = time::OffsetDateTime::from(r.received_at)
                .format(time::macros::format_description!(
                    "[year]-[month]-[day] [hour]:[minute]:[second] UTC"
                ))
                .unwrap_or_default();
            detail.push_str(&format!(
                "; this computer's clock read {local} when it arrived: the store's clock is {} (±{} s)",
                describe_skew(s.seconds),
                s.uncertainty
            ));
            evidence.push(note(ProbeId::Clock, &e.request_line(), &detail, f.redactor));
        }
    }
    evidence.push(note(
        ProbeId::Clock,
        "this computer's clock",
        match synced {
            Some(true) => "synchronized (set automatically and in sync)",
            Some(false) => "not synchronized to a time source",
            None => "the system does not say whether it is synchronized",
        },
        f.redactor,
    ));

    // WooCommerce's own refusal is proof that signed requests fail (whichever clock is wrong, the
    // words say which when this computer knows); a `Date` alone only warns.
    let severity = if refused.is_some() {
        Severity::Error
    } else {
        Severity::Warning
    };
    // What failed, for the message to the host: the refused request only.
    let blocked_requests = evidence
        .iter()
        .filter_map(|e| {
            e.status
                .filter(|s| *s >= 400)
                .map(|s| format!("{} → {s}", e.request))
        })
        .collect();
    let details = Details {
        blocked_requests,
        clock_skew_secs: skew.map(|s| s.seconds),
        local_clock_synced: synced,
        oauth_refusal: refused.and_then(|id| f.wp_message(id)),
        ..Default::default()
    };
    vec![Diagnosis::new(
        FindingId::AuthClockSkew,
        severity,
        details,
        evidence,
    )]
}
