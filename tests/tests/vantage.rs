//! Two vantages on one machine: this computer's diagnosis leaves from 127.0.0.1, the remote check
//! (the engine's credential-free probes under the relay's network policy, as the relay runs them)
//! leaves from 127.0.0.2, the address the scenario store treats as the app's servers. Each fault
//! gives its contrast finding; the healthy store gives none.

use std::net::{IpAddr, Ipv4Addr};

use handshake_engine::net::policy::NetPolicy;
use handshake_engine::remote_check::{prepare, RemoteCheckOptions};
use handshake_engine::vantage::{merge, RemoteOutcome};
use handshake_engine::BROWSER_USER_AGENT;
use handshake_engine::{FindingId, ProbeId, Profile, Report, Severity, Trust, Vantage, Verdict};
use handshake_tests::{error_ids, start, Run};

const APP_SERVERS: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));

fn acme() -> Profile {
    Profile {
        name: "Acme Sync".into(),
        allow_ips: vec!["203.0.113.7".into()],
        user_agent: Some("AcmeSync/2.1 (+https://acme.example)".into()),
        ..Profile::default()
    }
}

/// The relay's side: the app's agent, then a browser's, from 127.0.0.2.
async fn from_the_app_servers(url: &str, ca_pem: &str, profile: &Profile) -> RemoteOutcome {
    let policy = NetPolicy {
        allow_private: true,
        local_address: Some(APP_SERVERS),
        ..NetPolicy::default()
    };
    let trust = Trust::from_pem(ca_pem, "store CA").unwrap();
    let check = prepare(url, &RemoteCheckOptions::new(policy, trust))
        .await
        .expect("the remote check admits a loopback store under the test policy");
    let mut probes = check.run(Some(&profile.app_user_agent())).await;
    probes.extend(check.run(Some(BROWSER_USER_AGENT)).await);
    RemoteOutcome::Ran {
        address: Some(APP_SERVERS.to_string()),
        label: "test relay".into(),
        probes,
    }
}

async fn both(scenario: &str) -> Report {
    let store = start(scenario).await;
    let mut run = Run::against(&store);
    run.profile = acme();
    run.credentials = None;
    let url = run.url.clone();
    let ca = run.ca_pem.clone().unwrap();
    let profile = acme();
    let (report, remote) = tokio::join!(run.report(), from_the_app_servers(&url, &ca, &profile));
    let mut report = report;
    merge(&mut report, "https://relay.test/", remote, &acme());
    assert_eq!(store.writes(), 0, "{scenario}: no probe changed store data");
    store.shutdown().await;
    report
}

fn dump(r: &Report) -> String {
    let mut s = String::new();
    for f in &r.findings {
        s.push_str(&format!(
            "{} {:?}: {}\n  {}\n",
            f.id, f.severity, f.title, f.explanation
        ));
    }
    for p in &r.probes {
        s.push_str(&format!(
            "  {}{} {:?} {:?} {}\n",
            p.id,
            if p.vantage == Some(Vantage::Relay) {
                " (relay)"
            } else {
                ""
            },
            p.outcome,
            p.http_status,
            p.summary
        ));
    }
    s
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthy_store_looks_the_same_from_both_sides() {
    let r = both("healthy").await;
    assert!(r.findings.is_empty(), "{}", dump(&r));
    assert_eq!(r.verdict, Verdict::Healthy);
    assert!(
        r.probes
            .iter()
            .any(|p| p.vantage == Some(Vantage::Relay) && p.id == ProbeId::RestIndexBrowser),
        "{}",
        dump(&r)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cloudflare_blocking_the_app_servers_address_is_proven_from_the_relay() {
    let r = both("cloudflare-blocks-app-servers").await;
    assert_eq!(
        error_ids(&r),
        vec!["net.blocks_app_servers"],
        "{}",
        dump(&r)
    );
    let f = r.finding(FindingId::NetBlocksAppServers).unwrap();
    assert!(f.title.contains("blocks the app's servers"), "{}", f.title);
    assert!(
        f.explanation.contains("Cloudflare's block page"),
        "{}",
        f.explanation
    );
    assert!(f.explanation.contains("Ray ID "), "{}", f.explanation);
    assert!(f.explanation.contains("127.0.0.2"), "{}", f.explanation);
    assert!(
        f.fixes[0].text.contains("203.0.113.7") && f.fixes[0].title.contains("IP Access"),
        "the first fix allows the profile's addresses in Cloudflare: {:?}",
        f.fixes[0]
    );
    assert!(f
        .fixes
        .iter()
        .any(|x| x.text.contains("ip.src in {203.0.113.7}")));
    // The Ray ID the relay saw is the one the fix tells the owner to look up.
    let ray = r
        .probes
        .iter()
        .find_map(|p| p.block.as_ref().and_then(|b| b.incident_id.clone()))
        .expect("the relay's records keep the Ray ID");
    assert!(f.fixes.iter().any(|x| x.text.contains(&ray)), "{ray}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_security_plugin_blocking_the_app_s_agent_is_told_apart_from_an_address_block() {
    let r = both("wordfence-user-agent").await;
    let f = r
        .finding(FindingId::NetBlocksAppServers)
        .unwrap_or_else(|| panic!("{}", dump(&r)));
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.title.contains("say they come from Acme Sync"),
        "{}",
        f.title
    );
    assert!(f.explanation.contains("AcmeSync/2.1"), "{}", f.explanation);
    assert!(
        f.explanation
            .contains("from this computer and from the app's servers"),
        "{}",
        f.explanation
    );
    assert!(f.explanation.contains("Wordfence"), "{}", f.explanation);
    assert!(
        !f.explanation.contains("checked from the relay"),
        "not an address block: {}",
        f.explanation
    );
    assert!(
        r.finding(FindingId::NetBlocksThisComputer).is_none(),
        "{}",
        dump(&r)
    );
}
