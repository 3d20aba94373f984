//! Two vantages against the real Apache: this computer checks from 127.0.0.1 while a real relay
//! (`--probe-from 127.0.0.2 --unsafe-allow-private-targets`, in-process) checks from 127.0.0.2. An
//! `.htaccess` rule denies only 127.0.0.2, the way a host firewall denies a datacenter: the store
//! looks healthy from here, and only the contrast shows the app's servers are refused.

use std::net::{IpAddr, Ipv4Addr};

use std::time::Duration;

use handshake_connect::vantage::{diagnose_from_both, RelayTarget};
use handshake_engine::{
    no_progress, DiagnoseOptions, FindingId, FixKind, Profile, Report, StoreUrl, Trust, Vantage,
};

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

/// A real relay on loopback whose remote checks leave from 127.0.0.2, as
/// `handshake-relay --probe-from 127.0.0.2 --ca-cert CA --unsafe-allow-private-targets` runs.
pub fn start_relay(tb: &Testbed) -> handshake_relay::RunningRelay {
    tb.rt
        .block_on(handshake_relay::serve(handshake_relay::RelayConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            remote_check: handshake_relay::RemoteCheckConfig {
                probe_from: Some(APP_SERVERS),
                ca_cert_pem: Some(tb.tls.ca_pem.clone()),
                unsafe_allow_private_targets: true,
                ..handshake_relay::RemoteCheckConfig::default()
            },
            ..handshake_relay::RelayConfig::default()
        }))
        .expect("the relay starts")
}

/// Both vantages at once, as `handshake doctor URL --relay URL` runs them.
pub fn from_both(
    tb: &Testbed,
    relay: &handshake_relay::RunningRelay,
    url: &str,
    profile: &Profile,
) -> Report {
    let store = StoreUrl::parse(url).unwrap_or_else(|e| panic!("{url}: {e}"));
    let mut opts = DiagnoseOptions::new(store);
    opts.trust = Trust::from_pem(&tb.tls.ca_pem, "testbed CA").expect("the testbed CA parses");
    opts.credentials = tb.credentials();
    opts.profile = profile.clone();
    opts.timeout = Duration::from_secs(60);
    opts.offline_dns = true;
    let target = RelayTarget {
        url: relay.url().to_string(),
        ca_pem: None,
    };
    tb.rt
        .block_on(diagnose_from_both(opts, Some(target), no_progress()))
        .expect("the diagnosis runs")
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
    let relay = start_relay(tb);
    tb.reset();
    let url = tb.apache.url();
    let healthy = from_both(tb, &relay, &url, &profile);
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
    let report = from_both(tb, &relay, &url, &profile);
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
    let after = from_both(tb, &relay, &url, &profile);
    assert_eq!(
        contrast_ids(&after),
        vec![],
        "after the printed allowance\n{}",
        dump(&after)
    );
    tb.wp.write(".htaccess", &original);
    tb.rt.block_on(relay.shutdown());
}
