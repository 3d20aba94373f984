//! `rest.cached` for page caches that send no header of their own. The signed-in list request and
//! the same request without credentials got byte-identical answers, while the same pair with a
//! cache-busting parameter got different ones: something between the app and WordPress answers by
//! URL alone and ignores who asks. When the stored answer is WordPress's refusal, the signed-in
//! request only looked refused, so the header-stripping explanation is withdrawn.

use super::evidence::note;
use super::{Diagnosis, Facts};
use crate::details::Details;
use crate::finding_id::FindingId;
use crate::http::Exchange;
use crate::probes::auth::authenticated;
use crate::probes::ProbeId;
use crate::report::Severity;

fn same_answer(a: &Exchange, b: &Exchange) -> bool {
    a.status == b.status && a.body == b.body
}

/// Adds `rest.cached` when the contrast proves a cache, and drops `auth.header_stripped`, whose
/// evidence (a refused header, working query keys) the cache produced.
pub fn apply(f: &Facts, found: &mut Vec<Diagnosis>) {
    let (Some(signed), Some(anon), Some(signed_busted), Some(anon_busted)) = (
        f.ex(ProbeId::AuthBasic),
        f.ex(ProbeId::CacheAnon),
        f.ex(ProbeId::CacheAuthBusted),
        f.ex(ProbeId::CacheAnonBusted),
    ) else {
        return;
    };
    // Past the cache the key works and WordPress tells the two apart; through it, it does not.
    if !same_answer(signed, anon)
        || same_answer(signed_busted, anon_busted)
        || !authenticated(signed_busted)
    {
        return;
    }
    let served_refusal = !authenticated(signed);
    let mut evidence = f.evidence_of(&[
        ProbeId::AuthBasic,
        ProbeId::CacheAnon,
        ProbeId::CacheAuthBusted,
        ProbeId::CacheAnonBusted,
    ]);
    let what = if served_refusal {
        "the signed-in request got the anonymous visitor's refusal"
    } else {
        "a visitor who is not signed in got the signed-in answer, store data included"
    };
    evidence.insert(
        0,
        note(
            ProbeId::CacheAnon,
            &signed.request_line(),
            &format!(
                "signed in and not signed in, the same address got the same answer byte for byte ({}): {what}; \
                 with a cache-busting parameter added, the signed-in request got {} and the other {}",
                signed.status, signed_busted.status, anon_busted.status
            ),
            f.redactor,
        ),
    );
    if served_refusal {
        found.retain(|d| d.id != FindingId::AuthHeaderStripped);
    }
    let line = |e: &Exchange| format!("{} → {}", e.request_line(), e.status);
    let details = Details {
        cache_signals: vec![
            "it sends no header of its own: the same request signed in and not signed in got the same answer"
                .to_string(),
        ],
        blocked_requests: vec![line(signed)],
        passed_requests: vec![line(signed_busted)],
        ..Default::default()
    };
    found.push(Diagnosis::new(
        FindingId::RestCached,
        Severity::Error,
        details,
        evidence,
    ));
}
