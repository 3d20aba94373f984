//! What WooCommerce reports about itself, read with a working key:
//! - `wc.remote_post_failed` (warning): its own outgoing test POST failed (`remote_post_successful:
//!   false`). WooCommerce sends an approved app its keys with the same `wp_safe_remote_post`, but to
//!   another address, which a firewall or `WP_ACCESSIBLE_HOSTS` may allow: the test proves only that
//!   its own address (PayPal's) is out of reach. On real WooCommerce with outgoing requests blocked
//!   except to the app's host, the keys arrived (tests/real-servers, the approve steps). The connect
//!   flow proves a failed delivery (`callback.not_received`);
//! - `wc.webhooks_disabled`: webhooks WooCommerce lists as Disabled, which it does by itself after
//!   repeated failed deliveries (5 by default);
//! - the active security and cache plugins, named in the evidence of the findings they may explain.

use super::evidence::note;
use super::{Diagnosis, Facts};
use crate::details::Details;
use crate::finding_id::FindingId;
use crate::probes::woocommerce_status::{disabled_webhooks, StatusReport};
use crate::probes::ProbeId;
use crate::report::Severity;

pub fn diagnose(f: &Facts) -> Vec<Diagnosis> {
    let mut out = Vec::new();
    if let Some(d) = remote_post(f) {
        out.push(d);
    }
    if let Some(d) = webhooks(f) {
        out.push(d);
    }
    out
}

fn report(f: &Facts) -> Option<StatusReport> {
    StatusReport::from_exchange(f.ex(ProbeId::WcSystemStatus)?)
}

fn remote_post(f: &Facts) -> Option<Diagnosis> {
    let r = report(f)?;
    if r.remote_post != Some(false) {
        return None;
    }
    let e = f.ex(ProbeId::WcSystemStatus)?;
    let get = match (r.remote_get, &r.remote_get_response) {
        (Some(true), _) => "; its test GET to woocommerce.com worked".to_string(),
        (Some(false), Some(resp)) => {
            format!("; its test GET to woocommerce.com failed too ({resp})")
        }
        (Some(false), None) => "; its test GET to woocommerce.com failed too".to_string(),
        _ => String::new(),
    };
    let detail = format!(
        "environment.remote_post_successful: false{}{get}",
        r.remote_post_response
            .as_ref()
            .map(|resp| format!(" (remote_post_response: {resp})"))
            .unwrap_or_default()
    );
    let details = Details {
        remote_post_response: r.remote_post_response.clone(),
        ..Default::default()
    };
    Some(Diagnosis::new(
        FindingId::WcRemotePostFailed,
        Severity::Warning,
        details,
        vec![note(
            ProbeId::WcSystemStatus,
            &e.request_line(),
            &detail,
            f.redactor,
        )],
    ))
}

fn webhooks(f: &Facts) -> Option<Diagnosis> {
    let e = f.ex(ProbeId::WcWebhooks)?;
    let list = disabled_webhooks(e)?;
    if list.is_empty() {
        return None;
    }
    let lines: Vec<String> = list
        .iter()
        .map(|w| {
            let name = if w.name.is_empty() {
                format!("webhook #{}", w.id)
            } else {
                format!("\"{}\"", w.name)
            };
            format!("{name} ({}) → {}", w.topic, w.delivery_url)
        })
        .collect();
    let detail = format!("status: disabled — {}", lines.join("; "));
    let details = Details {
        webhooks: lines,
        ..Default::default()
    };
    Some(Diagnosis::new(
        FindingId::WcWebhooksDisabled,
        Severity::Warning,
        details,
        vec![note(
            ProbeId::WcWebhooks,
            &e.request_line(),
            &detail,
            f.redactor,
        )],
    ))
}

/// Names the active security and cache plugins in the evidence of the findings they may explain
/// (a plugin is a suspect, not a proven cause, so it only goes into the evidence).
pub fn annotate(f: &Facts, found: &mut [Diagnosis]) {
    let Some(r) = report(f) else { return };
    let Some(e) = f.ex(ProbeId::WcSystemStatus) else {
        return;
    };
    let names = |list: Vec<&crate::probes::woocommerce_status::Plugin>| -> Option<String> {
        (!list.is_empty()).then(|| {
            list.iter()
                .map(|p| {
                    if p.version.is_empty() {
                        p.name.clone()
                    } else {
                        format!("{} {}", p.name, p.version)
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let security = names(r.security_plugins());
    let cache = names(r.cache_plugins());
    for d in found.iter_mut() {
        let line = match d.id.as_str() {
            id if id.starts_with("waf.")
                || id.starts_with("rest.disabled")
                || id.starts_with("rest.blocked")
                || id == "auth.header_stripped" =>
            {
                security
                    .as_ref()
                    .map(|s| format!("active security plugins: {s}"))
            }
            "rest.cached" => cache.as_ref().map(|c| format!("active cache plugins: {c}")),
            _ => None,
        };
        if let Some(line) = line {
            let ev = note(
                ProbeId::WcSystemStatus,
                &e.request_line(),
                &line,
                f.redactor,
            );
            if !d.evidence.contains(&ev) {
                d.evidence.push(ev);
            }
        }
    }
}
