//! `net.blocks_app_servers`, `net.blocks_this_computer` and a `site.unexplained` between vantages:
//! what this computer and the app's servers (the relay's remote check) each got, and the fix aimed
//! at whatever the refused answers name: a vendor only when its block page said so.

use crate::firewall::Vendor;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{apache, cloudflare, nginx, plugins, server_snippets};
use crate::report::{Fix, FixKind, Lang};
use crate::vantage::{Answer, Contrast, Difference, RefusedBy, RelayPlace};

use super::context::{phrase_list, Ctx, Words};
use handshake_l10n::t;

fn contrast(ctx: &Ctx<'_>) -> Contrast {
    ctx.d.contrast.clone().unwrap_or_default()
}

/// "A; B; C and 2 more" for a sentence.
fn differences(lang: Lang, c: &Contrast) -> Option<String> {
    const SHOWN: usize = 3;
    let lines: Vec<String> = c.differences.iter().map(|d| difference(lang, d)).collect();
    match lines.len() {
        0 => None,
        n if n <= SHOWN => Some(lines.join("; ")),
        n => Some(t!(lang, "context-list-and-more",
            "shown" => lines[..SHOWN].join("; "), "more" => n - SHOWN)),
    }
}

/// "GET /wp-json/: answered normally from this computer, HTTP 403 from the app's servers".
fn difference(lang: Lang, d: &Difference) -> String {
    match d {
        Difference::Sides {
            request,
            browser_agent,
            here,
            there,
        } => t!(lang,
            if *browser_agent { "vantage-diff-sides-browser" } else { "vantage-diff-sides" },
            "request" => request.as_str(), "here" => answer(lang, here), "there" => answer(lang, there)),
        Difference::Agent {
            request,
            here,
            there,
        } => {
            let id = match (here, there) {
                (true, true) => "vantage-diff-agent-both",
                (true, false) => "vantage-diff-agent-here",
                _ => "vantage-diff-agent-there",
            };
            t!(lang, id, "request" => request.as_str())
        }
    }
}

/// "answered normally", "HTTP 403 (Cloudflare's block page)", "no answer (connection refused)".
fn answer(lang: Lang, a: &Answer) -> String {
    match a {
        Answer::Normal => t!(lang, "vantage-answer-normal"),
        Answer::Refused { status, by: None } | Answer::Status(status) => {
            t!(lang, "vantage-answer-status", "status" => status.to_string())
        }
        Answer::Refused {
            status,
            by: Some(RefusedBy::ServerPage(marker)),
        } => t!(lang, "vantage-answer-server-page",
            "status" => status.to_string(), "marker" => marker.as_str()),
        Answer::Refused {
            status,
            by: Some(RefusedBy::Firewall(v)),
        } => t!(lang, "vantage-answer-firewall",
            "status" => status.to_string(), "vendor" => v.display_name()),
        Answer::Refused {
            status,
            by: Some(RefusedBy::UnknownFirewall),
        } => t!(lang, "vantage-answer-unknown-firewall", "status" => status.to_string()),
        Answer::NoAnswer(None) => t!(lang, "vantage-answer-none"),
        Answer::NoAnswer(Some(why)) => t!(lang, "vantage-answer-none-why", "why" => why.as_str()),
        Answer::NotChecked => t!(lang, "vantage-answer-not-checked"),
    }
}

/// "the relay at 203.0.113.9 (Frankfurt)".
fn relay_words(lang: Lang, r: &RelayPlace) -> String {
    match (&r.address, r.label.is_empty()) {
        (Some(a), true) => t!(lang, "vantage-relay-at", "address" => a.as_str()),
        (Some(a), false) => t!(lang, "vantage-relay-at-labelled",
            "address" => a.as_str(), "label" => r.label.as_str()),
        (None, true) => t!(lang, "vantage-relay-fallback"),
        (None, false) => t!(lang, "vantage-relay-labelled", "label" => r.label.as_str()),
    }
}

/// Where the app's side was checked from ("the relay at 203.0.113.9 (Frankfurt)").
fn relay_place(ctx: &Ctx<'_>, c: &Contrast) -> String {
    c.relay
        .as_ref()
        .map(|r| relay_words(ctx.lang, r))
        .unwrap_or_else(|| t!(ctx.lang, "vantage-relay-fallback"))
}

/// "The same requests got different answers: …" or `fallback` when the analysis listed none.
fn differences_sentence(ctx: &Ctx<'_>, c: &Contrast, fallback: String) -> String {
    match differences(ctx.lang, c) {
        Some(d) => t!(ctx.lang, "vantage-differences", "differences" => d),
        None => fallback,
    }
}

/// Who refused, as the answers showed it.
fn refuser(ctx: &Ctx<'_>, c: &Contrast) -> Option<Vendor> {
    match ctx.d.vendor {
        Some(Vendor::Unknown) | None => None,
        Some(v) if !c.server_page => Some(v),
        Some(_) => None,
    }
}

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    use crate::finding_id::FindingId::*;
    match ctx.id {
        NetBlocksThisComputer => this_computer(ctx),
        SiteUnexplained => unexplained(ctx),
        _ => app_servers(ctx),
    }
}

fn push_sentence(text: &mut String, sentence: String) {
    text.push(' ');
    text.push_str(&sentence);
}

fn app_servers(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let c = contrast(ctx);
    let app = ctx.app();
    let vendor = refuser(ctx, &c);
    let agent_only = c.by_agent && !c.by_address;
    let title = if agent_only {
        t!(lang, "vantage-app-title-agent", "app" => app)
    } else if c.rate_limited && vendor.is_none() {
        t!(lang, "vantage-app-title-rate-limited")
    } else {
        t!(lang, "vantage-app-title")
    };
    let mut explanation =
        differences_sentence(ctx, &c, t!(lang, "vantage-app-refused", "app" => app));
    if c.by_address {
        push_sentence(
            &mut explanation,
            t!(lang, "vantage-app-by-address",
            "place" => relay_place(ctx, &c), "app" => app),
        );
    }
    if c.by_agent {
        let id = if c.app_agent_known {
            "vantage-app-by-agent-known"
        } else {
            "vantage-app-by-agent-unknown"
        };
        push_sentence(
            &mut explanation,
            t!(lang, id, "app" => app, "agent" => c.app_agent.as_str()),
        );
    }
    push_sentence(
        &mut explanation,
        match (vendor, c.server_page, c.rate_limited) {
            (Some(v), _, _) => t!(lang, "vantage-app-refusals-vendor",
            "vendor" => v.display_name(), "marker" => ctx.marker_phrase()),
            (None, true, _) => t!(lang, "vantage-app-refusals-server-page"),
            (None, false, true) => t!(lang, "vantage-app-refusals-rate-limit", "app" => app),
            (None, false, false) => t!(lang, "vantage-app-refusals-unknown"),
        },
    );
    let mut fixes: Vec<Fix> = Vec::new();
    if c.by_address || !c.by_agent {
        fixes.extend(address_fixes(ctx, vendor, &c));
    }
    if c.by_agent {
        fixes.push(agent_fix(ctx, vendor, &c));
    }
    fixes.push(support(ctx, &c, vendor));
    let summary = if agent_only {
        t!(lang, "vantage-app-summary-agent", "app" => app)
    } else {
        t!(lang, "vantage-app-summary", "app" => app)
    };
    let action = match (agent_only, vendor) {
        (true, Some(v)) => {
            t!(lang, "vantage-app-action-agent-vendor", "vendor" => v.display_name(), "app" => app)
        }
        (true, None) => t!(lang, "vantage-app-action-agent", "app" => app),
        (false, Some(v)) => {
            t!(lang, "vantage-app-action-vendor", "vendor" => v.display_name(), "app" => app)
        }
        (false, None) => t!(lang, "vantage-app-action", "app" => app),
    };
    Words {
        title,
        summary,
        action,
        explanation,
        fixes,
    }
}

/// Allow the app's addresses where the refusal came from.
fn address_fixes(ctx: &Ctx<'_>, vendor: Option<Vendor>, c: &Contrast) -> Vec<Fix> {
    let site = &ctx.site;
    let incident = ctx.d.incident_id.as_deref();
    let mut fixes: Vec<Fix> = match vendor {
        Some(Vendor::Cloudflare) => {
            let mut f: Vec<Fix> = cloudflare::ip_access_rules(site).into_iter().collect();
            // Where to click before what to paste.
            f.push(cloudflare::skip_rule_steps(site, incident));
            f.push(cloudflare::skip_rule(site, false));
            f
        }
        Some(Vendor::Wordfence) => vec![plugins::wordfence_allowlist(site)],
        Some(Vendor::Sucuri) => vec![plugins::sucuri_allowlist(site, incident)],
        Some(Vendor::Imunify360) => vec![plugins::imunify360_steps(site)],
        Some(Vendor::SiteGround) => vec![plugins::siteground_steps(site)],
        Some(Vendor::Akamai) => vec![plugins::akamai_steps(site, incident)],
        _ => server_snippets(
            ctx.server(),
            apache::allow_app_addresses(site).into_iter().collect(),
            nginx::allow_app_addresses(site).into_iter().collect(),
        ),
    };
    if !site.has_ips() {
        let checked = c
            .relay
            .as_ref()
            .map(|r| {
                format!(
                    " {}",
                    t!(ctx.lang, "vantage-fix-addresses-checked", "relay" => relay_words(ctx.lang, r))
                )
            })
            .unwrap_or_default();
        fixes.insert(
            0,
            crate::fixes::fix(
                FixKind::Instructions,
                t!(ctx.lang, "vantage-fix-addresses-title", "app" => ctx.app()),
                t!(ctx.lang, "vantage-fix-addresses", "app" => ctx.app(), "checked" => checked),
            ),
        );
    }
    fixes
}

/// Where user-agent rules live, filled with the agent that was refused.
fn agent_fix(ctx: &Ctx<'_>, vendor: Option<Vendor>, c: &Contrast) -> Fix {
    let lang = ctx.lang;
    let agent = c.app_agent.as_str();
    let lead = match vendor {
        Some(Vendor::Wordfence) => format!(
            "{}\n",
            t!(lang, "vantage-agent-lead-wordfence", "agent" => agent)
        ),
        Some(Vendor::Cloudflare) => format!(
            "{}\n",
            t!(lang, "vantage-agent-lead-cloudflare", "agent" => agent)
        ),
        Some(v) => format!(
            "{}\n",
            t!(lang, "vantage-agent-lead-vendor", "vendor" => v.display_name(), "agent" => agent)
        ),
        None => String::new(),
    };
    let text = format!(
        "{lead}{}",
        t!(lang, "vantage-agent-places", "agent" => agent,
            "htaccess" => "RewriteCond %{HTTP_USER_AGENT} or SetEnvIfNoCase User-Agent")
    );
    crate::fixes::fix(
        FixKind::Instructions,
        t!(lang, "vantage-agent-title", "app" => ctx.app()),
        text,
    )
}

fn support(ctx: &Ctx<'_>, c: &Contrast, vendor: Option<Vendor>) -> Fix {
    let lang = ctx.lang;
    let failing = ctx.failing_lines();
    let passing = ctx.passing_lines();
    let from = c
        .relay
        .as_ref()
        .map(|r| {
            format!(
                " {}",
                t!(lang, "vantage-support-from", "relay" => relay_words(lang, r))
            )
        })
        .unwrap_or_default();
    let agent_only = c.by_agent && !c.by_address;
    let what = if agent_only {
        t!(lang, "vantage-support-what-agent", "agent" => c.app_agent.as_str())
    } else {
        t!(lang, "vantage-support-what", "app" => ctx.app())
    };
    let who = vendor
        .map(|v| {
            format!(
                " {}",
                t!(lang, "vantage-support-who", "vendor" => v.display_name())
            )
        })
        .unwrap_or_default();
    SupportMessage {
        recipient: &t!(lang, "vantage-support-recipient"),
        subject: t!(lang, "vantage-support-subject", "app" => ctx.app(), "host" => ctx.host()),
        problem: format!("{what}{from}{who}"),
        failing,
        passing,
        ask: if agent_only {
            t!(lang, "vantage-support-ask-agent", "agent" => c.app_agent.as_str())
        } else {
            t!(lang, "vantage-support-ask", "app" => ctx.app())
        },
        attachment: None,
        mention_addresses: true,
    }
    .into_fix(&ctx.site)
}

fn this_computer(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let c = contrast(ctx);
    let app = ctx.app();
    let place = relay_place(ctx, &c);
    let mut explanation = differences_sentence(ctx, &c, t!(lang, "vantage-this-refused"));
    push_sentence(
        &mut explanation,
        t!(lang, "vantage-this-relay-answered", "place" => place.as_str(), "app" => app),
    );
    push_sentence(
        &mut explanation,
        if c.no_answer {
            t!(lang, "vantage-this-no-answer")
        } else {
            t!(lang, "vantage-this-refused-address")
        },
    );
    push_sentence(&mut explanation, t!(lang, "vantage-this-other-findings"));
    let fixes = vec![
        crate::fixes::fix(
            FixKind::Instructions,
            t!(lang, "vantage-this-fix-title"),
            t!(lang, "vantage-this-fix"),
        ),
        SupportMessage {
            recipient: &t!(lang, "vantage-support-recipient"),
            subject: t!(lang, "vantage-this-support-subject", "host" => ctx.host()),
            problem: t!(lang, "vantage-this-support-problem", "place" => place.as_str()),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: t!(lang, "vantage-this-support-ask"),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(&ctx.site),
    ];
    Words {
        title: t!(lang, "vantage-this-title"),
        summary: t!(lang, "vantage-this-summary", "app" => app),
        action: t!(lang, "vantage-this-action"),
        explanation,
        fixes,
    }
}

fn unexplained(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let c = contrast(ctx);
    let app = ctx.app();
    let place = relay_place(ctx, &c);
    let mut explanation = differences_sentence(ctx, &c, t!(lang, "vantage-unexplained-differ"));
    push_sentence(
        &mut explanation,
        t!(lang, "vantage-unexplained-checked", "place" => place.as_str()),
    );
    push_sentence(&mut explanation, t!(lang, "vantage-unexplained-maybe"));
    let shown: Vec<String> = c
        .differences
        .iter()
        .take(3)
        .map(|d| difference(lang, d))
        .collect();
    Words {
        title: t!(lang, "vantage-unexplained-title"),
        summary: t!(lang, "vantage-unexplained-summary", "app" => app),
        action: t!(lang, "vantage-unexplained-action"),
        explanation,
        fixes: vec![SupportMessage {
            recipient: &t!(lang, "vantage-support-recipient"),
            subject: t!(lang, "vantage-unexplained-support-subject", "host" => ctx.host()),
            problem: t!(lang, "vantage-unexplained-support-problem", "place" => place.as_str(),
                "differences" => phrase_list(lang, &shown, &t!(lang, "vantage-unexplained-see-below"))),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: t!(lang, "vantage-unexplained-support-ask"),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(&ctx.site)],
    }
}

#[cfg(test)]
mod words_tests {
    use super::*;

    #[test]
    fn differences_and_relay_read_as_before_in_english() {
        let en = Lang::En;
        let refused = |by| Answer::Refused { status: 403, by };
        let sides = |browser_agent, here, there| Difference::Sides {
            request: "GET /wp-json/".into(),
            browser_agent,
            here,
            there,
        };
        assert_eq!(
            difference(en, &sides(false, Answer::Normal, refused(None))),
            "GET /wp-json/: answered normally from this computer, HTTP 403 from the app's servers"
        );
        assert_eq!(
            difference(
                en,
                &sides(
                    true,
                    refused(Some(RefusedBy::Firewall(Vendor::Cloudflare))),
                    Answer::NoAnswer(Some("connection refused".into()))
                )
            ),
            "GET /wp-json/ with a browser's agent: HTTP 403 (Cloudflare's block page) from this \
             computer, no answer (connection refused) from the app's servers"
        );
        assert_eq!(
            answer(en, &refused(Some(RefusedBy::UnknownFirewall))),
            "HTTP 403 (a block page with no known firewall's signature)"
        );
        assert_eq!(
            answer(
                en,
                &refused(Some(RefusedBy::ServerPage("Apache's own 403 page".into())))
            ),
            "HTTP 403 (Apache's own 403 page)"
        );
        assert_eq!(answer(en, &Answer::Status(502)), "HTTP 502");
        assert_eq!(answer(en, &Answer::NoAnswer(None)), "no answer");
        assert_eq!(answer(en, &Answer::NotChecked), "not checked");
        let agent = |here, there| Difference::Agent {
            request: "GET /wp-json/".into(),
            here,
            there,
        };
        assert_eq!(
            difference(en, &agent(true, true)),
            "GET /wp-json/: refused with the app's agent and answered with a browser's, from this \
             computer and from the app's servers"
        );
        assert_eq!(
            difference(en, &agent(false, true)),
            "GET /wp-json/: refused with the app's agent and answered with a browser's, from the \
             app's servers"
        );
        let relay = |address: Option<&str>, label: &str| RelayPlace {
            address: address.map(String::from),
            label: label.into(),
        };
        assert_eq!(
            relay_words(en, &relay(Some("203.0.113.9"), "Frankfurt")),
            "the relay at 203.0.113.9 (Frankfurt)"
        );
        assert_eq!(
            relay_words(en, &relay(Some("203.0.113.9"), "")),
            "the relay at 203.0.113.9"
        );
        assert_eq!(
            relay_words(en, &relay(None, "Frankfurt")),
            "the relay (Frankfurt)"
        );
        assert_eq!(relay_words(en, &relay(None, "")), "the relay");
    }
}
