//! The rules: compare each credential-free request as this computer and the relay saw it, and the
//! app's `User-Agent` with a browser's from each side. A difference is named only as far as the
//! answers prove it: a vendor only when its block page said so, an address block only when the
//! same request with the same agent was answered on one side and refused on the other. A
//! difference no known cause explains (no answer at all, a 5xx) is said as such.

use std::collections::HashMap;

use crate::analysis::Diagnosis;
use crate::catalog::{self, FixTarget};
use crate::details::{Details, ServerKind};
use crate::finding_id::FindingId;
use crate::firewall::Vendor;
use crate::probes::ProbeId;
use crate::profile::Profile;
use crate::report::{
    BlockSeen, Evidence, Finding, Outcome, ProbeRecord, Report, Severity, Vantage,
};
use crate::store_url::StoreUrl;

use super::block::{vendor_of, SERVER_PAGE};

/// What the two sides showed, for the catalog's words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contrast {
    /// Where the app's side was checked from (the relay at 203.0.113.9, Frankfurt); `None` when
    /// the relay did not run and only this computer's agent contrast is shown.
    pub relay: Option<RelayPlace>,
    /// One entry per request whose answers differed; the catalog words them.
    pub differences: Vec<Difference>,
    /// The same request with the same agent was answered on one side and refused on the other.
    pub by_address: bool,
    /// The app's agent was refused where a browser's was answered, from the same side.
    pub by_agent: bool,
    /// The agent the app's requests carried; `app_agent_known` is false when the profile names
    /// none and Handshake's own was sent.
    pub app_agent: String,
    pub app_agent_known: bool,
    /// The refusals were the web server's own error page (an address or `.htaccess` deny).
    pub server_page: bool,
    /// The refusals were rate limits (HTTP 429).
    pub rate_limited: bool,
    /// This computer's requests got no answer at all while the relay's were answered.
    pub no_answer: bool,
}

/// The relay the app's side was checked from: its address and its place, when known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RelayPlace {
    pub address: Option<String>,
    pub label: String,
}

/// A request whose answers differed between this computer and the app's servers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// The same request (sent with a browser's agent when `browser_agent`) got `here` from this
    /// computer and `there` from the app's servers.
    Sides {
        request: String,
        browser_agent: bool,
        here: Answer,
        there: Answer,
    },
    /// Refused with the app's agent and answered with a browser's, from this computer (`here`),
    /// from the app's servers (`there`) or both.
    Agent {
        request: String,
        here: bool,
        there: bool,
    },
}

/// What one side got, as a sentence names it (incident ids stay in the evidence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Normal,
    Refused {
        status: u16,
        by: Option<RefusedBy>,
    },
    /// No HTTP answer, with the check's own words on why when it gave them.
    NoAnswer(Option<String>),
    Status(u16),
    NotChecked,
}

/// Whose page refused: the web server's own (its marker, such as `Apache 403 page`), a known
/// firewall's block page, or a block page with no known firewall's signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefusedBy {
    ServerPage(String),
    Firewall(Vendor),
    UnknownFirewall,
}

/// Evidence lines from the relay end with this, so a reader (and [`is_ours`]) tells the sides apart.
const RELAY_MARK: &str = " (relay)";

/// The requests both sides make, with the request line each sends (relative to the install folder).
const COMPARED: &[(ProbeId, &str, &str)] = &[
    (ProbeId::Home, "GET", ""),
    (ProbeId::RestIndex, "GET", "wp-json/"),
    (ProbeId::RestIndexQuery, "GET", "?rest_route=/"),
    (ProbeId::RestIndexBrowser, "GET", "wp-json/"),
    (ProbeId::RestPost, "POST", "wp-json/wc/v3/orders"),
    (ProbeId::RestPut, "PUT", "wp-json/wc/v3/orders/2147483647"),
    (
        ProbeId::AuthHeaderEcho,
        "GET",
        "?rest_route=/wp/v2/users/me",
    ),
    (ProbeId::WcAuth, "GET", "wc-auth/v1/authorize"),
    (
        ProbeId::WcAuthQuery,
        "GET",
        "?wc-auth-version=1&wc-auth-route=authorize",
    ),
];

const APP_AGENT_PROBE: ProbeId = ProbeId::RestIndex;
const BROWSER_AGENT_PROBE: ProbeId = ProbeId::RestIndexBrowser;

#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    Works,
    /// An HTTP refusal: a block page, or 401/403/406/429/451.
    Refused {
        status: u16,
        block: Option<BlockSeen>,
    },
    /// No HTTP answer (refused, timed out, reset).
    NoAnswer(String),
    /// An answer that is neither WordPress's nor a refusal (a 5xx, a 404…).
    Other(u16, String),
    /// Skipped or not run.
    Unknown,
}

fn state(r: Option<&ProbeRecord>) -> State {
    let Some(r) = r else { return State::Unknown };
    match r.outcome {
        Outcome::Pass => State::Works,
        Outcome::Skipped => State::Unknown,
        Outcome::Fail | Outcome::Error => match r.http_status {
            None => State::NoAnswer(r.summary.clone()),
            Some(status)
                if r.block
                    .as_ref()
                    .is_some_and(|b| b.by != SERVER_PAGE || status >= 400)
                    || matches!(status, 401 | 403 | 406 | 429 | 451) =>
            {
                State::Refused {
                    status,
                    block: r.block.clone(),
                }
            }
            Some(status) => State::Other(status, r.summary.clone()),
        },
    }
}

fn refused_not_limited(s: &State) -> bool {
    matches!(s, State::Refused { status, block } if *status != 429
        && !block.as_ref().is_some_and(|b| b.marker.to_ascii_lowercase().contains("rate")))
}

/// "HTTP 403 (Cloudflare's block page, Ray ID 8a1b…)", "no answer (connection refused)".
fn describe(s: &State) -> String {
    match s {
        State::Works => "answered normally".to_string(),
        State::Refused { status, block } => match block {
            Some(b) => format!("HTTP {status} ({})", block_phrase(b)),
            None => format!("HTTP {status}"),
        },
        State::NoAnswer(why) if why.is_empty() => "no answer".to_string(),
        State::NoAnswer(why) => format!("no answer ({why})"),
        State::Other(status, _) => format!("HTTP {status}"),
        State::Unknown => "not checked".to_string(),
    }
}

/// A side's state as the catalog words it.
fn answer(s: &State) -> Answer {
    match s {
        State::Works => Answer::Normal,
        State::Refused { status, block } => Answer::Refused {
            status: *status,
            by: block.as_ref().map(|b| {
                if b.by == SERVER_PAGE {
                    RefusedBy::ServerPage(b.marker.clone())
                } else {
                    match vendor_of(&b.by) {
                        Some(Vendor::Unknown) | None => RefusedBy::UnknownFirewall,
                        Some(v) => RefusedBy::Firewall(v),
                    }
                }
            }),
        },
        State::NoAnswer(why) => Answer::NoAnswer((!why.is_empty()).then(|| why.clone())),
        State::Other(status, _) => Answer::Status(*status),
        State::Unknown => Answer::NotChecked,
    }
}

fn block_phrase(b: &BlockSeen) -> String {
    let who = if b.by == SERVER_PAGE {
        b.marker.clone()
    } else {
        match vendor_of(&b.by) {
            Some(Vendor::Unknown) | None => {
                "a block page with no known firewall's signature".to_string()
            }
            Some(v) => format!("{}'s block page", v.display_name()),
        }
    };
    match (&b.incident_id, vendor_of(&b.by)) {
        (Some(id), Some(Vendor::Cloudflare)) => format!("{who}, Ray ID {id}"),
        (Some(id), Some(Vendor::Sucuri)) => format!("{who}, Block ID {id}"),
        (Some(id), Some(Vendor::Akamai)) => format!("{who}, Reference #{id}"),
        (Some(id), _) => format!("{who}, incident {id}"),
        (None, _) => who,
    }
}

/// One side's records by id.
fn side(report: &Report, vantage: Option<Vantage>) -> HashMap<ProbeId, &ProbeRecord> {
    report
        .probes
        .iter()
        .filter(|p| p.vantage == vantage)
        .filter_map(|p| Some((p.probe_id()?, p)))
        .collect()
}

/// The contrast findings the report's records prove (worded, ready to add).
pub fn contrast(report: &Report, store: &StoreUrl, profile: &Profile) -> Vec<Finding> {
    let here = side(report, None);
    let there = side(report, Some(Vantage::Relay));
    let relay_ran = !there.is_empty();
    let relay = report
        .remote_check
        .as_ref()
        .filter(|_| relay_ran)
        .map(|r| RelayPlace {
            address: r.address.clone(),
            label: r.label.clone(),
        });
    let agent = profile.app_user_agent();
    let base = Details {
        contrast: Some(Contrast {
            relay: relay.clone(),
            app_agent: agent,
            app_agent_known: profile.user_agent.is_some(),
            ..Contrast::default()
        }),
        ..Details::default()
    };
    let target = FixTarget {
        store,
        profile,
        lang: report.lang,
    };
    let mut out = Vec::new();
    let mut app = base.clone();
    let mut mine = base.clone();
    let mut odd = base.clone();
    let (mut app_ev, mut mine_ev, mut odd_ev) = (Vec::new(), Vec::new(), Vec::new());

    for (id, method, rel) in COMPARED {
        let request = format!("{method} {}{rel}", store.base_path());
        let (h, t) = (state(here.get(id).copied()), state(there.get(id).copied()));
        if !relay_ran {
            break;
        }
        let line =
            |ev: &mut Vec<Evidence>, d: &mut Details, from_here: &State, from_there: &State| {
                let c = d.contrast.as_mut().expect("set above");
                c.differences.push(Difference::Sides {
                    request: request.clone(),
                    browser_agent: *id == BROWSER_AGENT_PROBE,
                    here: answer(from_here),
                    there: answer(from_there),
                });
                ev.push(evidence(
                    *id,
                    &request,
                    from_here,
                    here.get(id).copied(),
                    false,
                ));
                ev.push(evidence(
                    *id,
                    &request,
                    from_there,
                    there.get(id).copied(),
                    true,
                ));
            };
        match (&h, &t) {
            (State::Works, State::Refused { .. }) => {
                line(&mut app_ev, &mut app, &h, &t);
                note_refusal(&mut app, &t);
                app.contrast.as_mut().expect("set").by_address = true;
            }
            (State::Works, State::NoAnswer(_) | State::Other(..)) => {
                line(&mut odd_ev, &mut odd, &h, &t);
            }
            (State::Refused { .. } | State::NoAnswer(_), State::Works) => {
                line(&mut mine_ev, &mut mine, &h, &t);
                note_refusal(&mut mine, &h);
                let c = mine.contrast.as_mut().expect("set");
                c.by_address = true;
                c.no_answer |= matches!(h, State::NoAnswer(_));
            }
            _ => {}
        }
    }

    // The app's agent against a browser's, from each side that ran both.
    let mut agent_sides = Vec::new();
    for (records, is_relay) in [(&here, false), (&there, true)] {
        let app_state = state(records.get(&APP_AGENT_PROBE).copied());
        let browser_state = state(records.get(&BROWSER_AGENT_PROBE).copied());
        if refused_not_limited(&app_state) && browser_state == State::Works {
            agent_sides.push(is_relay);
            let request = format!("GET {}wp-json/", store.base_path());
            let ev = evidence(
                APP_AGENT_PROBE,
                &request,
                &app_state,
                records.get(&APP_AGENT_PROBE).copied(),
                is_relay,
            );
            if !app_ev.contains(&ev) {
                app_ev.push(ev);
            }
            let ev = evidence(
                BROWSER_AGENT_PROBE,
                &request,
                &browser_state,
                records.get(&BROWSER_AGENT_PROBE).copied(),
                is_relay,
            );
            if !app_ev.contains(&ev) {
                app_ev.push(ev);
            }
            note_refusal(&mut app, &app_state);
        }
    }
    if !agent_sides.is_empty() {
        let c = app.contrast.as_mut().expect("set");
        c.by_agent = true;
        let request = format!("GET {}wp-json/", store.base_path());
        c.differences.insert(
            0,
            Difference::Agent {
                request,
                here: agent_sides.contains(&false),
                there: agent_sides.contains(&true),
            },
        );
    }

    let has = |d: &Details| {
        d.contrast
            .as_ref()
            .is_some_and(|c| !c.differences.is_empty())
    };
    if has(&app) {
        out.push(word(
            FindingId::NetBlocksAppServers,
            Severity::Error,
            &app,
            app_ev,
            target,
        ));
    }
    if has(&mine) {
        out.push(word(
            FindingId::NetBlocksThisComputer,
            Severity::Warning,
            &mine,
            mine_ev,
            target,
        ));
    }
    // Only when nothing above explains the app's side: a difference with no known cause.
    if has(&odd) && !has(&app) {
        out.push(word(
            FindingId::SiteUnexplained,
            Severity::Warning,
            &odd,
            odd_ev,
            target,
        ));
    }
    out
}

/// Vendor, Ray ID, server page and rate limit from a refused answer, as far as it shows them. Two
/// different vendors on one side name none.
fn note_refusal(d: &mut Details, s: &State) {
    let State::Refused { status, block } = s else {
        return;
    };
    let c = d.contrast.as_mut().expect("set");
    if *status == 429 {
        c.rate_limited = true;
    }
    let Some(b) = block else { return };
    if b.by == SERVER_PAGE {
        c.server_page = true;
        let m = b.marker.to_ascii_lowercase();
        d.server = if m.starts_with("apache") {
            ServerKind::Apache
        } else if m.starts_with("nginx") {
            ServerKind::Nginx
        } else if m.starts_with("litespeed") {
            ServerKind::LiteSpeed
        } else {
            d.server
        };
        return;
    }
    let vendor = vendor_of(&b.by).unwrap_or(Vendor::Unknown);
    match d.vendor {
        None => {
            d.vendor = Some(vendor);
            d.marker = (!b.marker.is_empty()).then(|| b.marker.clone());
            d.incident_id = b.incident_id.clone();
        }
        Some(v) if v != vendor => {
            d.vendor = Some(Vendor::Unknown);
            d.incident_id = None;
        }
        Some(_) => {}
    }
}

fn evidence(
    id: ProbeId,
    request: &str,
    s: &State,
    record: Option<&ProbeRecord>,
    relay: bool,
) -> Evidence {
    let from = if relay {
        "from the app's servers"
    } else {
        "from this computer"
    };
    let agent = if id == BROWSER_AGENT_PROBE {
        ", with a browser's agent"
    } else {
        ""
    };
    let what = match s {
        State::Works => record.map(|r| r.summary.clone()).unwrap_or_default(),
        other => describe(other),
    };
    Evidence {
        probe: if relay {
            format!("{id}{RELAY_MARK}")
        } else {
            id.to_string()
        },
        request: request.to_string(),
        status: record.and_then(|r| r.http_status),
        detail: format!("{from}{agent}: {what}"),
    }
}

fn word(
    id: FindingId,
    severity: Severity,
    d: &Details,
    evidence: Vec<Evidence>,
    target: FixTarget<'_>,
) -> Finding {
    let d = Diagnosis::new(id, severity, d.clone(), evidence);
    catalog::finding(d.id, d.severity, &d.details, target, d.evidence)
}

/// A `site.unexplained` this module added (its evidence cites the relay).
pub(super) fn is_ours(f: &Finding) -> bool {
    f.id == FindingId::SiteUnexplained && f.evidence.iter().any(|e| e.probe.ends_with(RELAY_MARK))
}
