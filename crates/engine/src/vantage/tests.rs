//! The contrast from records alone: each difference gives its finding, named only as far as the
//! answers prove it; identical sides give none.

use super::*;
use crate::report::{BlockSeen, Outcome, REPORT_SCHEMA};

fn rec(
    id: &str,
    outcome: Outcome,
    status: Option<u16>,
    block: Option<(&str, &str, Option<&str>)>,
) -> ProbeRecord {
    ProbeRecord {
        id: id.into(),
        outcome,
        duration_ms: 5,
        http_status: status,
        summary: match status {
            Some(s) => format!("{s} text/html"),
            None => "connection refused".into(),
        },
        vantage: None,
        block: block.map(|(by, marker, id)| BlockSeen {
            by: by.into(),
            marker: marker.into(),
            incident_id: id.map(Into::into),
        }),
    }
}

const IDS: &[&str] = &[
    "site.home",
    "rest.index",
    "rest.index_query",
    "rest.index_browser",
    "rest.post",
    "rest.put",
    "wc.auth",
];

fn healthy() -> Vec<ProbeRecord> {
    IDS.iter()
        .map(|id| rec(id, Outcome::Pass, Some(200), None))
        .collect()
}

fn all_refused(block: Option<(&str, &str, Option<&str>)>) -> Vec<ProbeRecord> {
    IDS.iter()
        .map(|id| rec(id, Outcome::Fail, Some(403), block))
        .collect()
}

fn report(local: Vec<ProbeRecord>) -> Report {
    Report {
        schema: REPORT_SCHEMA.into(),
        tool_version: "0".into(),
        store_url: "https://shop.example.com/".into(),
        started_at: String::new(),
        duration_ms: 1,
        verdict: Verdict::Healthy,
        redirects_to: None,
        findings: vec![],
        probes: local,
        remote_check: None,
        lang: Default::default(),
    }
}

fn ran(probes: Vec<ProbeRecord>) -> RemoteOutcome {
    RemoteOutcome::Ran {
        address: Some("127.0.0.2".into()),
        label: "test relay".into(),
        probes,
    }
}

fn acme() -> Profile {
    Profile {
        name: "Acme Sync".into(),
        allow_ips: vec!["203.0.113.7".into()],
        user_agent: Some("AcmeSync/2.1".into()),
        ..Profile::default()
    }
}

fn ids(r: &Report) -> Vec<FindingId> {
    r.findings.iter().map(|f| f.id).collect()
}

#[test]
fn healthy_on_both_sides_gives_nothing() {
    let mut r = report(healthy());
    merge(&mut r, "https://relay.example", ran(healthy()), &acme());
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    assert_eq!(r.verdict, Verdict::Healthy);
    let check = r.remote_check.as_ref().unwrap();
    assert_eq!(check.address.as_deref(), Some("127.0.0.2"));
    assert_eq!(
        r.probes
            .iter()
            .filter(|p| p.vantage == Some(Vantage::Relay))
            .count(),
        IDS.len()
    );
}

#[test]
fn cloudflare_blocking_the_relay_names_cloudflare_its_ray_id_and_the_ip_rule() {
    let mut r = report(healthy());
    let block = Some((
        "cloudflare",
        "Error 1006: Access denied",
        Some("8a1b2c3d4e5f6789-FRA"),
    ));
    merge(
        &mut r,
        "https://relay.example",
        ran(all_refused(block)),
        &acme(),
    );
    assert_eq!(ids(&r), vec![FindingId::NetBlocksAppServers]);
    assert_eq!(r.verdict, Verdict::Problems);
    let f = &r.findings[0];
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.explanation.contains("Cloudflare's block page"),
        "{}",
        f.explanation
    );
    assert!(
        f.explanation.contains("Ray ID 8a1b2c3d4e5f6789-FRA"),
        "{}",
        f.explanation
    );
    assert!(f.explanation.contains("127.0.0.2"), "{}", f.explanation);
    let kinds: Vec<_> = f.fixes.iter().map(|x| x.kind).collect();
    assert_eq!(
        kinds[0],
        crate::report::FixKind::CloudflareIpRule,
        "{kinds:?}"
    );
    assert!(f.fixes[0].text.contains("203.0.113.7"));
    assert!(f
        .fixes
        .iter()
        .any(|x| x.text.contains("ip.src in {203.0.113.7}")));
    assert!(
        !kinds.contains(&crate::report::FixKind::Htaccess),
        "{kinds:?}"
    );
    // Both sides cited: the refusal from the relay, the answer from here.
    assert!(f
        .evidence
        .iter()
        .any(|e| e.probe == "rest.index (relay)" && e.status == Some(403)));
    assert!(f
        .evidence
        .iter()
        .any(|e| e.probe == "rest.index" && e.status == Some(200)));
}

#[test]
fn a_server_page_refusal_names_no_vendor_and_aims_at_the_server() {
    let mut r = report(healthy());
    let block = Some(("server", "Apache's own 403 page", None));
    merge(
        &mut r,
        "https://relay.example",
        ran(all_refused(block)),
        &acme(),
    );
    let f = r.finding(FindingId::NetBlocksAppServers).unwrap();
    assert!(
        f.explanation.contains("web server's own error page"),
        "{}",
        f.explanation
    );
    for vendor in ["Cloudflare", "Wordfence", "Sucuri"] {
        assert!(!f.explanation.contains(vendor), "{}", f.explanation);
    }
    assert_eq!(f.fixes[0].kind, crate::report::FixKind::Htaccess);
    assert!(f.fixes[0].text.contains("-R '203.0.113.7'"));
}

#[test]
fn a_bare_403_names_no_firewall() {
    let mut r = report(healthy());
    merge(
        &mut r,
        "https://relay.example",
        ran(all_refused(None)),
        &acme(),
    );
    let f = r.finding(FindingId::NetBlocksAppServers).unwrap();
    assert!(f.explanation.contains("names none"), "{}", f.explanation);
}

#[test]
fn the_user_agent_block_is_told_apart_from_an_address_block() {
    // The app's agent is refused from both sides; a browser's is answered from both.
    let side = || {
        IDS.iter()
            .map(|id| match *id {
                "rest.index_browser" | "site.home" => rec(id, Outcome::Pass, Some(200), None),
                _ => rec(
                    id,
                    Outcome::Fail,
                    Some(403),
                    Some(("wordfence", "Wordfence block page", None)),
                ),
            })
            .collect::<Vec<_>>()
    };
    let mut r = report(side());
    merge(&mut r, "https://relay.example", ran(side()), &acme());
    assert_eq!(ids(&r), vec![FindingId::NetBlocksAppServers]);
    let f = &r.findings[0];
    assert!(
        f.title.contains("say they come from Acme Sync"),
        "{}",
        f.title
    );
    assert!(
        f.explanation.contains("\"AcmeSync/2.1\""),
        "{}",
        f.explanation
    );
    assert!(
        !f.explanation.contains("checked from the relay"),
        "{}",
        f.explanation
    );
    assert!(f
        .fixes
        .iter()
        .any(|x| x.text.contains("Custom Pattern") && x.text.contains("AcmeSync/2.1")));
}

#[test]
fn the_user_agent_contrast_needs_no_relay() {
    let mut local = healthy();
    local[1] = rec("rest.index", Outcome::Fail, Some(403), None);
    let mut r = report(local);
    apply(&mut r, &Profile::default());
    let f = r.finding(FindingId::NetBlocksAppServers).unwrap();
    // No profile agent: it says Handshake's own was refused and how to check the app's.
    assert!(
        f.explanation.contains("set its user_agent"),
        "{}",
        f.explanation
    );
    assert!(r.remote_check.is_none());
}

#[test]
fn a_lockout_of_this_computer_is_a_warning_that_spares_the_app() {
    let mut local = healthy();
    for p in local.iter_mut() {
        p.outcome = Outcome::Fail;
        p.http_status = Some(503);
        p.block = Some(BlockSeen {
            by: "wordfence".into(),
            marker: "Wordfence lockout".into(),
            incident_id: None,
        });
    }
    let mut r = report(local);
    r.verdict = Verdict::Problems;
    merge(&mut r, "https://relay.example", ran(healthy()), &acme());
    assert_eq!(ids(&r), vec![FindingId::NetBlocksThisComputer]);
    assert_eq!(r.findings[0].severity, Severity::Warning);
    assert!(
        r.findings[0].summary.contains("not affected"),
        "{}",
        r.findings[0].summary
    );
}

#[test]
fn no_answer_from_the_relay_side_is_unexplained_not_a_vendor() {
    let mut r = report(healthy());
    let relay: Vec<ProbeRecord> = IDS
        .iter()
        .map(|id| rec(id, Outcome::Error, None, None))
        .collect();
    merge(&mut r, "https://relay.example", ran(relay), &acme());
    assert_eq!(ids(&r), vec![FindingId::SiteUnexplained]);
    let f = &r.findings[0];
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.explanation.contains("names no cause"),
        "{}",
        f.explanation
    );
    assert_eq!(r.verdict, Verdict::Healthy);
}

#[test]
fn a_relay_that_could_not_run_is_no_fault_of_the_store() {
    let mut r = report(healthy());
    merge(
        &mut r,
        "https://relay.example",
        RemoteOutcome::Failed("the relay is busy (HTTP 429): try again in a minute".into()),
        &acme(),
    );
    assert!(r.findings.is_empty());
    assert_eq!(r.verdict, Verdict::Healthy);
    assert!(r
        .remote_check
        .as_ref()
        .unwrap()
        .error
        .as_ref()
        .unwrap()
        .contains("busy"));
}

#[test]
fn relay_text_is_escaped_like_store_text() {
    let mut r = report(healthy());
    let mut relay = all_refused(Some(("cloudflare", "x\u{1b}[2J", Some("id\u{7}"))));
    relay[0].summary = "\u{1b}]0;pwned\u{7}".into();
    merge(
        &mut r,
        "https://relay.example",
        RemoteOutcome::Ran {
            address: Some("1.2.3.4\u{1b}[2J".into()),
            label: "l\nx".into(),
            probes: relay,
        },
        &acme(),
    );
    let json = serde_json::to_string(&r).unwrap();
    assert!(!json.contains("\\u001b"), "{json}");
    assert!(!json.contains("\\u0007"), "{json}");
}

#[test]
fn a_relay_that_ran_once_per_agent_gives_the_browser_s_index_its_own_name() {
    let app: Vec<ProbeRecord> = all_refused(None)
        .into_iter()
        .filter(|p| p.id != ProbeId::RestIndexBrowser)
        .collect();
    let browser: Vec<ProbeRecord> = healthy()
        .into_iter()
        .filter(|p| p.id != ProbeId::RestIndexBrowser)
        .collect();
    let records = relay_records(app.into_iter().chain(browser).collect());
    let index: Vec<_> = records
        .iter()
        .filter(|p| p.id.name().starts_with("rest.index"))
        .map(|p| (p.id.name(), p.outcome))
        .collect();
    assert_eq!(
        index,
        vec![
            ("rest.index".to_string(), Outcome::Fail),
            ("rest.index_query".to_string(), Outcome::Fail),
            ("rest.index_browser".to_string(), Outcome::Pass)
        ]
    );
    assert!(records.iter().all(|p| p.vantage == Some(Vantage::Relay)));
}
