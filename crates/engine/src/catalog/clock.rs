//! `auth.clock_skew`: which clock is wrong (when this computer knows its own is right), by how much,
//! and how to set each one right.

use crate::fixes::fix;
use crate::fixes::hosting::SupportMessage;
use crate::probes::clock::{describe_skew, duration_words};
use crate::report::{Fix, FixKind};

use super::context::{Ctx, Words};

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    let d = ctx.d;
    let measured = d.clock_skew_secs.map(describe_skew);
    let mut explanation = String::new();
    match (&d.oauth_refusal, &measured) {
        (Some(refusal), Some(m)) => explanation.push_str(&format!(
            "WooCommerce refused a request signed with OAuth 1.0a (\"{refusal}\"): it accepts a signature only when its \
             time is within 15 minutes of the server's clock, and the store's clock is {m}. "
        )),
        (Some(refusal), None) => explanation.push_str(&format!(
            "WooCommerce refused a request signed with OAuth 1.0a (\"{refusal}\"): it accepts a signature only when its \
             time is within 15 minutes of the server's clock, so the store's clock and this computer's differ by more than \
             that (the store sent no Date header to measure it). "
        )),
        (None, Some(m)) => explanation.push_str(&format!(
            "The store's server gives its time in every answer (the Date header), and its clock is {m}. WooCommerce accepts \
             a request signed with OAuth 1.0a only when its time is within 15 minutes of the server's clock, so signed \
             requests from here would be refused with \"Invalid timestamp.\". "
        )),
        (None, None) => {}
    }
    explanation.push_str(match d.local_clock_synced {
        Some(true) => {
            "This computer sets its clock automatically and is in sync, so the store's clock is the wrong one. "
        }
        Some(false) => {
            "This computer's clock is not synchronized to a time source, so it may be the wrong one: compare it with a \
             clock you trust (for example time.is) before asking the host. "
        }
        None => {
            "Either clock may be the wrong one: compare this computer's clock with a clock you trust (for example time.is) \
             before asking the host. "
        }
    });
    explanation.push_str(
        "Apps that sign their requests this way (every app on a store without HTTPS) are refused whenever the clocks are \
         that far apart; an app that sends its key over HTTPS without signing is not affected.",
    );

    let store_fix = store_clock_fix(ctx, measured.as_deref());
    let fixes = match d.local_clock_synced {
        Some(true) => vec![store_fix, vps_clock_fix()],
        _ => vec![local_clock_fix(), store_fix, vps_clock_fix()],
    };
    let title = match (d.oauth_refusal.is_some(), d.clock_skew_secs) {
        (true, _) => {
            "WooCommerce refuses signed requests: the store's clock and this computer's disagree"
                .to_string()
        }
        (false, Some(s)) => format!(
            "The store's clock is {} off",
            duration_words(s.unsigned_abs())
        ),
        (false, None) => "The store's clock and this computer's disagree".to_string(),
    };
    let summary = match (d.oauth_refusal.is_some(), d.clock_skew_secs) {
        (true, _) => "WooCommerce refuses signed requests because the store's clock and this computer's are too far apart.",
        (false, Some(_)) => {
            "The store's clock and this computer's are so far apart that WooCommerce would refuse signed requests."
        }
        (false, None) => "The store's clock and this computer's disagree.",
    };
    let action = match d.local_clock_synced {
        Some(true) => "Ask your host to set the server's clock right and keep it synchronized, with the message below.",
        _ => "Compare this computer's clock with a clock you trust, then set the wrong one to update automatically.",
    };
    Words {
        title,
        summary: summary.to_string(),
        action: action.to_string(),
        explanation,
        fixes,
    }
}

fn local_clock_fix() -> Fix {
    fix(
        FixKind::Instructions,
        "Set this computer's clock automatically",
        "Windows: Settings → Time & language → Date & time → turn on \"Set time automatically\", then click \"Sync now\".\n\
         macOS: System Settings → General → Date & Time → turn on \"Set time and date automatically\".\n\
         Linux: run `sudo timedatectl set-ntp true`, then `timedatectl status` should say \"System clock synchronized: yes\".\n\
         Then run the check again.",
    )
}

/// For the host. When this computer does not know its clock is right, the message is for after the
/// owner has compared it with a trusted clock (the explanation says to do that first).
fn store_clock_fix(ctx: &Ctx<'_>, measured: Option<&str>) -> Fix {
    let synced = ctx.d.local_clock_synced == Some(true);
    let problem = match measured {
        Some(m) if synced => format!(
            "The server's clock is wrong: it is {m}, and this computer's clock is synchronized with internet time \
             servers. WooCommerce refuses requests signed with OAuth 1.0a (\"Invalid timestamp.\") when the server's \
             clock is more than 15 minutes off."
        ),
        Some(m) => format!(
            "The server's clock (its Date header) is {m}, and this computer's clock agrees with a clock I trust. \
             WooCommerce refuses requests signed with OAuth 1.0a (\"Invalid timestamp.\") when the server's clock is \
             more than 15 minutes off."
        ),
        None => "WooCommerce refuses requests signed with OAuth 1.0a with \"Invalid timestamp.\", which it does when the \
                 server's clock is more than 15 minutes off."
            .to_string(),
    };
    SupportMessage {
        recipient: "your host",
        subject: format!("The server clock of {} is wrong", ctx.host()),
        problem,
        failing: ctx.failing_lines(),
        passing: vec![],
        ask: "synchronize the server's clock with internet time servers (NTP, for example chrony or systemd-timesyncd) \
              and keep it synchronized"
            .to_string(),
        attachment: None,
        mention_addresses: false,
    }
    .into_fix(&ctx.site)
}

fn vps_clock_fix() -> Fix {
    fix(
        FixKind::Instructions,
        "If you run the server yourself: turn on time synchronization",
        "On the server (Debian, Ubuntu and most Linux systems), run `sudo timedatectl set-ntp true`, then check that \
         `timedatectl status` says \"System clock synchronized: yes\". In a container, set the clock on the host \
         machine: containers use the host's clock.",
    )
}

#[cfg(test)]
mod tests {
    use crate::catalog::{finding, FixTarget};
    use crate::details::Details;
    use crate::finding_id::FindingId;
    use crate::profile::Profile;
    use crate::report::{Finding, FixKind, Severity};
    use crate::store_url::StoreUrl;

    fn clock_finding(synced: Option<bool>, refusal: bool) -> Finding {
        let store = StoreUrl::parse("https://shop.example.com/").unwrap();
        let profile = Profile::default();
        let details = Details {
            clock_skew_secs: Some(-7260),
            local_clock_synced: synced,
            oauth_refusal: refusal.then(|| "Invalid timestamp.".to_string()),
            ..Default::default()
        };
        finding(
            FindingId::AuthClockSkew,
            Severity::Error,
            &details,
            FixTarget {
                store: &store,
                profile: &profile,
                lang: Default::default(),
            },
            vec![],
        )
    }

    #[test]
    fn a_synchronized_computer_blames_the_store_clock_only() {
        let f = clock_finding(Some(true), true);
        assert!(f.explanation.contains("2 h 1 min behind this computer's"));
        assert!(f
            .explanation
            .contains("so the store's clock is the wrong one"));
        assert!(f.explanation.contains("\"Invalid timestamp.\""));
        // No advice to fix a clock that is right.
        assert!(!f
            .fixes
            .iter()
            .any(|x| x.title.contains("this computer's clock")));
        assert_eq!(f.fixes[0].kind, FixKind::HostingSupport);
        assert!(f.fixes[0]
            .text
            .contains("synchronized with internet time servers"));
    }

    #[test]
    fn otherwise_this_computer_is_checked_first() {
        for synced in [Some(false), None] {
            let f = clock_finding(synced, false);
            assert_eq!(f.title, "The store's clock is 2 h 1 min off");
            assert!(!f.explanation.contains("the store's clock is the wrong one"));
            assert!(f.explanation.contains("compare"), "{}", f.explanation);
            assert_eq!(f.fixes[0].title, "Set this computer's clock automatically");
            // The host message makes no claim about this computer's synchronization.
            assert!(!f.fixes[1]
                .text
                .contains("synchronized with internet time servers"));
        }
    }
}
