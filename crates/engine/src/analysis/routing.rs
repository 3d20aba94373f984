//! Is the REST API reachable and sane? Routing (`/wp-json/` vs `?rest_route=`), server blocks,
//! plugins that disable it, junk before the JSON, WooCommerce's namespace, the app authorization
//! endpoint, page caches, and whether this is WordPress at all.

use super::evidence::{from_exchange, note};
use super::{Diagnosis, Facts};
use crate::details::{Details, RuledOut};
use crate::finding_id::FindingId;
use crate::probes::ProbeId;
use crate::report::Severity;
use crate::wp::{self, JsonShape};

const DISABLING_CODES: &[&str] = &[
    "rest_disabled",
    "rest_cannot_access",
    "rest_login_required",
    "rest_forbidden",
    "rest_unauthorized",
    "rest_not_logged_in",
    "rest_api_disabled",
];
/// Codes plugins use when they refuse only visitors who are not logged in.
const ANONYMOUS_ONLY_CODES: &[&str] = &[
    "rest_cannot_access",
    "rest_login_required",
    "rest_not_logged_in",
];

pub fn diagnose(f: &Facts) -> Vec<Diagnosis> {
    let mut out = Vec::new();
    if maintenance_or_limited(f) {
        return out;
    }
    let index = f.index();
    let path_ok = f.passed(ProbeId::RestIndex);
    let query_ok = f.passed(ProbeId::RestIndexQuery);
    let home = f.ex(ProbeId::Home);
    let home_is_wp = home.is_some_and(wp::looks_like_wordpress);

    // Junk before the JSON.
    for id in [
        ProbeId::RestIndex,
        ProbeId::RestIndexQuery,
        ProbeId::RestPost,
    ] {
        if let Some(e) = f.ex(id) {
            if let JsonShape::Prefixed { prefix } = wp::json_shape(&e.body) {
                let details = Details {
                    body_prefix: Some(prefix),
                    ..Default::default()
                };
                out.push(Diagnosis::new(
                    FindingId::RestInvalidJson,
                    Severity::Error,
                    details,
                    vec![from_exchange(id, e, f.redactor)],
                ));
                break;
            }
        }
    }

    // A plugin or filter refusing REST requests with WordPress's own JSON error.
    if let Some((id, code)) = [ProbeId::RestIndex, ProbeId::RestIndexQuery]
        .into_iter()
        .find_map(|id| {
            f.wp_code(id)
                .filter(|c| DISABLING_CODES.contains(&c.as_str()))
                .map(|c| (id, c))
        })
    {
        let anonymous_only = ANONYMOUS_ONLY_CODES.contains(&code.as_str())
            || f.wp_message(id).is_some_and(|m| {
                m.to_ascii_lowercase().contains("authenticated")
                    || m.to_ascii_lowercase().contains("logged in")
            });
        // Signed-in requests that still work prove the app itself is not affected.
        let signed_in_works = [
            ProbeId::AuthBasic,
            ProbeId::AuthQuery,
            ProbeId::AuthOAuth,
            ProbeId::AuthAppPassword,
        ]
        .iter()
        .any(|p| f.passed(*p));
        let signed_in_refused = [ProbeId::AuthBasic, ProbeId::AuthQuery, ProbeId::AuthOAuth]
            .iter()
            .any(|p| f.wp_code(*p).is_some_and(|c| c == code));
        let severity = if anonymous_only && !signed_in_refused || signed_in_works {
            Severity::Warning
        } else {
            Severity::Error
        };
        let details = Details {
            rest_code: Some(code.clone()),
            rest_message: f.wp_message(id),
            anonymous_only,
            ..Default::default()
        };
        let mut ev = f.evidence_of(&[ProbeId::RestIndex, ProbeId::RestIndexQuery]);
        ev.extend(
            f.evidence_of(&[ProbeId::AuthBasic, ProbeId::AuthQuery])
                .into_iter()
                .filter(|e| e.status == Some(200)),
        );
        out.push(Diagnosis::new(
            FindingId::RestDisabled,
            severity,
            details,
            ev,
        ));
        return out;
    }

    let path_status = f.ex(ProbeId::RestIndex).map(|e| e.status);
    let path_blocked = f.plain_block(ProbeId::RestIndex);
    let query_blocked = f.plain_block(ProbeId::RestIndexQuery);
    let home_blocked = f.plain_block(ProbeId::Home);

    if !path_ok
        && query_ok
        && matches!(path_status, Some(404))
        && !f.firewall_blocked(ProbeId::RestIndex)
    {
        // `/wp-json/` is not routed while WordPress answers the query form.
        let permalinks_plain = home
            .and_then(wp::api_root_link)
            .is_some_and(|l| l.contains("rest_route"));
        let details = Details {
            query_route_works: true,
            permalinks_plain,
            ..Default::default()
        };
        let ev = f.evidence_of(&[ProbeId::RestIndex, ProbeId::RestIndexQuery, ProbeId::WcAuth]);
        out.push(Diagnosis::new(
            FindingId::RestPlainPermalinks,
            Severity::Error,
            details,
            ev,
        ));
    } else if path_blocked && (query_ok || query_blocked) {
        let blocks_everything = query_blocked && home_blocked;
        let mut blocked = vec![ProbeId::RestIndex];
        if query_blocked {
            blocked.push(ProbeId::RestIndexQuery);
        }
        if home_blocked {
            blocked.push(ProbeId::Home);
        }
        let details = Details {
            query_route_works: query_ok,
            blocks_everything,
            blocked_requests: blocked
                .iter()
                .filter_map(|id| f.ex(*id))
                .map(|e| format!("{} → {}", e.request_line(), e.status))
                .collect(),
            passed_requests: if query_ok {
                f.ex(ProbeId::RestIndexQuery)
                    .map(|e| format!("{} → {}", e.request_line(), e.status))
                    .into_iter()
                    .collect()
            } else {
                vec![]
            },
            ..Default::default()
        };
        let mut ids = blocked.clone();
        if query_ok {
            ids.push(ProbeId::RestIndexQuery);
        }
        out.push(Diagnosis::new(
            FindingId::RestBlocked,
            Severity::Error,
            details,
            f.evidence_of(&ids),
        ));
        return out;
    }

    let firewall_in_the_way = [ProbeId::RestIndex, ProbeId::RestIndexQuery]
        .iter()
        .any(|id| f.firewall_blocked(*id));
    if index.is_none() && !firewall_in_the_way {
        // A password, loop, 5xx, silence or flood already explains why there is no index.
        if [ProbeId::Home, ProbeId::RestIndex, ProbeId::RestIndexQuery]
            .iter()
            .any(|id| f.explained(*id))
        {
            return out;
        }
        // "Not WordPress" needs a real page without WordPress in it, not an error page.
        let home_page = home.is_some_and(|e| (200..300).contains(&e.status));
        if home_page && !home_is_wp && !path_blocked {
            let ev = f.evidence_of(&[ProbeId::Home, ProbeId::RestIndex, ProbeId::RestIndexQuery]);
            out.push(Diagnosis::new(
                FindingId::SiteNotWordpress,
                Severity::Error,
                Details::default(),
                ev,
            ));
        } else if !out.iter().any(|d| d.id == FindingId::RestInvalidJson) {
            // Neither route gives an index and nothing known explains it: say what came back
            // rather than guess a block.
            out.extend(unexplained_index(f, home_is_wp, path_blocked));
        }
        return out;
    }

    if let Some(index) = &index {
        if !index.has_namespace("wc/v3") {
            let ev = vec![note(
                if path_ok {
                    ProbeId::RestIndex
                } else {
                    ProbeId::RestIndexQuery
                },
                "GET /wp-json/",
                &format!("namespaces: {}", index.namespaces.join(", ")),
                f.redactor,
            )];
            out.push(Diagnosis::new(
                FindingId::WcInactive,
                Severity::Error,
                Details::default(),
                ev,
            ));
            return out;
        }
    }

    out.extend(cache(f));
    if !out
        .iter()
        .any(|d| matches!(d.id, FindingId::RestPlainPermalinks | FindingId::RestCached))
    {
        out.extend(auth_endpoint(f));
    }
    out
}

/// Why the REST index is missing when no rule names a cause: `site.unexplained` with what the
/// evidence rules out.
fn unexplained_index(f: &Facts, home_is_wp: bool, path_blocked: bool) -> Option<Diagnosis> {
    // Neither API request was sent (skipped, e.g. the store redirects elsewhere): nothing to explain.
    if [ProbeId::RestIndex, ProbeId::RestIndexQuery]
        .iter()
        .all(|id| f.probe(*id).and_then(|r| r.fetched()).is_none())
    {
        // Unless the home page itself is a server page that names its reason: quote it.
        if f.ex(ProbeId::Home)
            .is_some_and(|e| super::unexplained::plain_http_on_tls(e).is_some())
        {
            return super::unexplained::diagnosis(f, &[ProbeId::Home], Vec::new());
        }
        return None;
    }
    // The home page counts only when it failed too.
    let probes: Vec<ProbeId> = [ProbeId::Home, ProbeId::RestIndex, ProbeId::RestIndexQuery]
        .into_iter()
        .filter(|id| *id != ProbeId::Home || f.ex(*id).is_none_or(|e| e.status >= 300))
        .collect();
    let mut ruled_out = vec![
        RuledOut::KnownFirewall { seen: false },
        RuledOut::RestSwitchedOff,
    ];
    if !path_blocked {
        ruled_out.push(RuledOut::ServerRuleWpJson);
    }
    if home_is_wp {
        ruled_out.push(RuledOut::NoWordPress);
    }
    super::unexplained::diagnosis(f, &probes, ruled_out)
}

fn maintenance_or_limited(f: &Facts) -> bool {
    [ProbeId::RestIndex, ProbeId::RestIndexQuery]
        .iter()
        .filter(|id| !f.explained(**id))
        .filter_map(|id| f.ex(*id))
        .any(|e| e.status == 503 || e.status == 429)
        && f.index().is_none()
}

/// Headers that show a page cache answered (the response was stored and replayed).
pub fn cache_signals(e: &crate::http::Exchange) -> Vec<String> {
    let mut signals = Vec::new();
    for (name, value) in e.headers.iter() {
        let n = name.as_str();
        let v = value.to_str().unwrap_or("");
        let vl = v.to_ascii_lowercase();
        let hit = match n {
            "x-cache"
            | "x-proxy-cache"
            | "x-cache-status"
            | "cf-cache-status"
            | "x-litespeed-cache"
            | "x-sucuri-cache"
            | "x-nginx-cache"
            | "x-kinsta-cache"
            | "x-srcache-fetch-status" => vl.contains("hit"),
            "age" => v.trim().parse::<u64>().is_ok_and(|a| a > 0),
            "wp-super-cache" | "x-wp-super-cache" => vl.contains("served"),
            "x-varnish" => v.split_whitespace().count() >= 2,
            _ => false,
        };
        if hit {
            signals.push(format!("{n}: {v}"));
        }
    }
    signals
}

fn cache(f: &Facts) -> Vec<Diagnosis> {
    let auth_signals = f
        .probe(ProbeId::WcAuth)
        .and_then(|r| r.fetched())
        .and_then(|x| x.first())
        .map(cache_signals)
        .unwrap_or_default();
    let auth_cached = !auth_signals.is_empty() && !f.passed(ProbeId::WcAuth);
    let index_signals = f
        .ex(ProbeId::RestIndex)
        .map(cache_signals)
        .unwrap_or_default();
    if !auth_cached && index_signals.is_empty() {
        return Vec::new();
    }
    let mut signals = auth_signals;
    for s in index_signals {
        if !signals.contains(&s) {
            signals.push(s);
        }
    }
    let severity = if auth_cached {
        Severity::Error
    } else {
        Severity::Warning
    };
    let details = Details {
        cache_signals: signals,
        ..Default::default()
    };
    vec![Diagnosis::new(
        FindingId::RestCached,
        severity,
        details,
        f.evidence_of(&[ProbeId::WcAuth, ProbeId::RestIndex]),
    )]
}

fn auth_endpoint(f: &Facts) -> Vec<Diagnosis> {
    if f.passed(ProbeId::WcAuth)
        || f.firewall_blocked(ProbeId::WcAuth)
        || f.ex(ProbeId::WcAuth).is_none()
    {
        return Vec::new();
    }
    let query_form_works = f.passed(ProbeId::WcAuthQuery);
    let details = Details {
        auth_query_form_works: query_form_works,
        rest_message: f.ex(ProbeId::WcAuth).map(|e| e.body_snippet(160)),
        ..Default::default()
    };
    vec![Diagnosis::new(
        FindingId::WcAuthEndpoint,
        Severity::Error,
        details,
        f.evidence_of(&[ProbeId::WcAuth, ProbeId::WcAuthQuery]),
    )]
}
