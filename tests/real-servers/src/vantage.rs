//! Two vantages against the real Apache: this computer checks from 127.0.0.1 while the remote check
//! (the engine's credential-free probes under the relay's network policy, as `handshake-relay
//! --probe-from 127.0.0.2 --unsafe-allow-private-targets` runs them) leaves from 127.0.0.2. An
//! `.htaccess` rule denies only 127.0.0.2, the way a host firewall denies a datacenter: the store
//! looks healthy from here, and only the contrast shows the app's servers are refused.

use std::net::{IpAddr, Ipv4Addr};

use handshake_engine::net::policy::NetPolicy;
use handshake_engine::profile::BROWSER_USER_AGENT;
use handshake_engine::remote_check::{prepare, RemoteCheckOptions};
use handshake_engine::vantage::{merge, RemoteOutcome};
use handshake_engine::{FindingId, FixKind, Profile, Report, Trust, Vantage};

use crate::doctor::{dump, fix_texts};
use crate::Testbed;

/// Where the app's servers call from, on this machine.
pub const APP_SERVERS: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));

/// What a host adds to refuse one address and nobody else (Apache 2.4 authorization).
pub const HTACCESS_DENIES_APP_SERVERS: &str =
    "# The host's firewall rule: refuse one datacenter address.\n\
<RequireAll>\n\
Require all granted\n\
Require not ip 127.0.0.2\n\
</RequireAll>\n\n";

/// A profile whose app calls from 127.0.0.2.
pub fn profile() -> Profile {
    Profile {
        name: "Acme Sync".into(),
        allow_ips: vec![APP_SERVERS.to_string()],
        user_agent: Some("AcmeSync/2.1".into()),
        ..Profile::default()
    }
}

/// The relay's side: the app's agent, then a browser's, from 127.0.0.2; nothing leaves loopback.
async fn remote(url: &str, ca_pem: &str, profile: &Profile) -> RemoteOutcome {
    let policy = NetPolicy {
        allow_private: true,
        local_address: Some(APP_SERVERS),
        ..NetPolicy::default()
    };
    let trust = Trust::from_pem(ca_pem, "testbed CA").expect("the testbed CA parses");
    let check = match prepare(url, &RemoteCheckOptions::new(policy, trust)).await {
        Ok(c) => c,
        Err(e) => return RemoteOutcome::Failed(e.to_string()),
    };
    let mut probes = check.run(Some(&profile.app_user_agent())).await;
    probes.extend(check.run(Some(BROWSER_USER_AGENT)).await);
    RemoteOutcome::Ran {
        address: Some(APP_SERVERS.to_string()),
        label: "second loopback address".into(),
        probes,
    }
}

/// Both vantages at once, merged as `doctor --relay` merges them.
pub fn from_both(tb: &Testbed, url: &str, profile: &Profile) -> Report {
    tb.rt.block_on(async {
        let local = crate::doctor::run(url, &tb.tls.ca_pem, tb.credentials(), profile.clone());
        let (mut report, relay) = tokio::join!(local, remote(url, &tb.tls.ca_pem, profile));
        merge(&mut report, "https://relay.test/", relay, profile);
        report
    })
}

fn contrast_ids(report: &Report) -> Vec<FindingId> {
    report
        .findings
        .iter()
        .map(|f| f.id)
        .filter(|id| {
            matches!(
                id,
                FindingId::NetBlocksAppServers | FindingId::NetBlocksThisComputer
            )
        })
        .collect()
}

/// The step: healthy gives no contrast; the deny gives net.blocks_app_servers naming Apache's own
/// page; the printed `.htaccess` allowance, pasted where it says, makes both sides alike again.
pub fn step(tb: &mut Testbed) {
    let profile = profile();
    tb.reset();
    let url = tb.apache.url();
    let healthy = from_both(tb, &url, &profile);
    assert!(
        healthy
            .probes
            .iter()
            .any(|p| p.vantage == Some(Vantage::Relay) && p.http_status == Some(200)),
        "the remote check reached the real Apache from 127.0.0.2\n{}",
        dump(&healthy)
    );
    assert_eq!(contrast_ids(&healthy), vec![], "{}", dump(&healthy));
    assert!(
        healthy.finding(FindingId::SiteUnexplained).is_none(),
        "{}",
        dump(&healthy)
    );

    let original = tb.wp.read(".htaccess");
    let denied = format!("{HTACCESS_DENIES_APP_SERVERS}{original}");
    tb.wp.write(".htaccess", &denied);
    let report = from_both(tb, &url, &profile);
    assert_eq!(
        contrast_ids(&report),
        vec![FindingId::NetBlocksAppServers],
        "{}",
        dump(&report)
    );
    let f = report.finding(FindingId::NetBlocksAppServers).unwrap();
    assert!(
        f.explanation.contains("web server's own error page"),
        "names the page that answered, no vendor: {}",
        f.explanation
    );
    assert!(f.explanation.contains("127.0.0.2"), "{}", f.explanation);
    for vendor in ["Cloudflare", "Wordfence", "Sucuri", "ModSecurity"] {
        assert!(!f.explanation.contains(vendor), "{}", f.explanation);
    }
    assert!(
        report
            .probes
            .iter()
            .any(|p| p.vantage == Some(Vantage::Relay)
                && p.http_status == Some(403)
                && p.block.as_ref().is_some_and(|b| b.by == "server")),
        "the relay's records say Apache's own 403 page answered\n{}",
        dump(&report)
    );

    // The printed fix, where its own words put it.
    let fix = fix_texts(f, FixKind::Htaccess).remove(0);
    assert!(
        fix.contains("Paste at the very bottom of"),
        "the fix says where it goes:\n{fix}"
    );
    tb.wp.write(".htaccess", &format!("{denied}\n{fix}\n"));
    let after = from_both(tb, &url, &profile);
    assert_eq!(
        contrast_ids(&after),
        vec![],
        "after the printed allowance\n{}",
        dump(&after)
    );
    tb.wp.write(".htaccess", &original);
}
