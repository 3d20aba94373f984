//! `auth.clock_skew`: which clock is wrong (when this computer knows its own is right), by how much,
//! and how to set each one right.

use handshake_l10n::t;

use crate::fixes::fix;
use crate::fixes::hosting::SupportMessage;
use crate::report::{Fix, FixKind, Lang};

use super::context::{Ctx, Words};

/// WooCommerce's own refusal text, quoted as it is in every language.
const INVALID_TIMESTAMP: &str = "Invalid timestamp.";

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    let d = ctx.d;
    let lang = ctx.lang;
    let measured = d.clock_skew_secs.map(|s| describe_skew(lang, s));
    let mut explanation = String::new();
    let opening = match (&d.oauth_refusal, &measured) {
        (Some(refusal), Some(m)) => Some(t!(lang, "clock-explanation-refused-measured",
            "refusal" => refusal.as_str(), "skew" => m.as_str())),
        (Some(refusal), None) => {
            Some(t!(lang, "clock-explanation-refused", "refusal" => refusal.as_str()))
        }
        (None, Some(m)) => Some(t!(lang, "clock-explanation-measured",
            "skew" => m.as_str(), "error" => INVALID_TIMESTAMP)),
        (None, None) => None,
    };
    for sentence in opening.into_iter().chain([
        t!(
            lang,
            match d.local_clock_synced {
                Some(true) => "clock-explanation-local-synced",
                Some(false) => "clock-explanation-local-unsynced",
                None => "clock-explanation-local-unknown",
            }
        ),
        t!(lang, "clock-explanation-who"),
    ]) {
        if !explanation.is_empty() {
            explanation.push(' ');
        }
        explanation.push_str(&sentence);
    }

    let store_fix = store_clock_fix(ctx, measured.as_deref());
    let fixes = match d.local_clock_synced {
        Some(true) => vec![store_fix, vps_clock_fix(lang)],
        _ => vec![local_clock_fix(lang), store_fix, vps_clock_fix(lang)],
    };
    let title = match (d.oauth_refusal.is_some(), d.clock_skew_secs) {
        (true, _) => t!(lang, "clock-title-refused"),
        (false, Some(s)) => {
            t!(lang, "clock-title-off", "duration" => duration_words(lang, s.unsigned_abs()))
        }
        (false, None) => t!(lang, "clock-title"),
    };
    let summary = match (d.oauth_refusal.is_some(), d.clock_skew_secs) {
        (true, _) => t!(lang, "clock-summary-refused"),
        (false, Some(_)) => t!(lang, "clock-summary-measured"),
        (false, None) => t!(lang, "clock-summary"),
    };
    let action = match d.local_clock_synced {
        Some(true) => t!(lang, "clock-action-host"),
        _ => t!(lang, "clock-action-compare"),
    };
    Words {
        title,
        summary,
        action,
        explanation,
        fixes,
    }
}

/// "2 h 5 min behind this computer's", "40 s ahead of this computer's", "in step with this
/// computer's" (as `probes::clock::describe_skew` says it in English), in `lang`.
pub(crate) fn describe_skew(lang: Lang, seconds: i64) -> String {
    if seconds.abs() < 2 {
        return t!(lang, "clock-skew-in-step");
    }
    let duration = duration_words(lang, seconds.unsigned_abs());
    if seconds < 0 {
        t!(lang, "clock-skew-behind", "duration" => duration)
    } else {
        t!(lang, "clock-skew-ahead", "duration" => duration)
    }
}

/// "3 days 2 h", "2 h 5 min", "14 min 3 s", "40 s" (as `probes::clock::duration_words`), in `lang`.
fn duration_words(lang: Lang, secs: u64) -> String {
    let (d, h, m, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    match (d, h, m) {
        (0, 0, 0) => t!(lang, "clock-duration-seconds", "s" => s),
        (0, 0, _) => t!(lang, "clock-duration-minutes", "m" => m, "s" => s),
        (0, _, _) => t!(lang, "clock-duration-hours", "h" => h, "m" => m),
        _ => t!(lang, "clock-duration-days", "d" => d, "h" => h),
    }
}

fn local_clock_fix(lang: Lang) -> Fix {
    fix(
        FixKind::Instructions,
        t!(lang, "clock-fix-local-title"),
        t!(lang, "clock-fix-local", "command" => "sudo timedatectl set-ntp true",
            "status" => "timedatectl status", "synchronized" => "System clock synchronized: yes"),
    )
}

/// For the host. When this computer does not know its clock is right, the message is for after the
/// owner has compared it with a trusted clock (the explanation says to do that first).
fn store_clock_fix(ctx: &Ctx<'_>, measured: Option<&str>) -> Fix {
    let lang = ctx.lang;
    let synced = ctx.d.local_clock_synced == Some(true);
    let problem = match measured {
        Some(m) if synced => {
            t!(lang, "clock-support-problem-synced", "skew" => m, "error" => INVALID_TIMESTAMP)
        }
        Some(m) => {
            t!(lang, "clock-support-problem-compared", "skew" => m, "error" => INVALID_TIMESTAMP)
        }
        None => t!(lang, "clock-support-problem", "error" => INVALID_TIMESTAMP),
    };
    let recipient = t!(lang, "clock-support-recipient");
    SupportMessage {
        recipient: &recipient,
        subject: t!(lang, "clock-support-subject", "host" => ctx.host()),
        problem,
        failing: ctx.failing_lines(),
        passing: vec![],
        ask: t!(lang, "clock-support-ask"),
        attachment: None,
        mention_addresses: false,
    }
    .into_fix(&ctx.site)
}

fn vps_clock_fix(lang: Lang) -> Fix {
    fix(
        FixKind::Instructions,
        t!(lang, "clock-fix-vps-title"),
        t!(lang, "clock-fix-vps", "command" => "sudo timedatectl set-ntp true",
            "status" => "timedatectl status", "synchronized" => "System clock synchronized: yes"),
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
