//! Firewalls that answer instead of WordPress: what they did, to which requests, and the exception
//! that lets the app through in that product.

use handshake_l10n::t;

use crate::finding_id::FindingId;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{cloudflare, fix, modsecurity, plugins};
use crate::report::{Fix, FixKind};

use super::context::{phrase_list, Ctx, Words};

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    match ctx.id {
        FindingId::WafModsecurity => modsecurity_words(ctx),
        _ => vendor_words(ctx),
    }
}

/// The product as the owner knows it, per finding id.
fn product(ctx: &Ctx<'_>) -> String {
    match ctx.id {
        FindingId::WafCloudflare => "Cloudflare".into(),
        FindingId::WafSucuri => "Sucuri".into(),
        FindingId::WafWordfence => "Wordfence".into(),
        FindingId::WafModsecurity => "ModSecurity".into(),
        FindingId::WafImunify360 => "Imunify360".into(),
        FindingId::WafSiteground => "SiteGround".into(),
        FindingId::WafAkamai => "Akamai".into(),
        _ => ctx
            .vendor_name(&t!(ctx.lang, "waf-product-unknown"))
            .to_string(),
    }
}

/// "Cloudflare's firewall", "SiteGround's bot protection", "A security firewall".
fn firewall_name(ctx: &Ctx<'_>) -> String {
    match ctx.id {
        FindingId::WafSiteground => t!(ctx.lang, "waf-name-siteground"),
        FindingId::WafWordfence => t!(ctx.lang, "waf-name-wordfence"),
        FindingId::WafUnknown if ctx.vendor_name("").is_empty() => t!(ctx.lang, "waf-name-unknown"),
        _ => t!(ctx.lang, "waf-name-vendor", "product" => product(ctx)),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn vendor_words(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let name = firewall_name(ctx);
    let app = ctx.app();
    let title = if ctx.is_challenge() {
        t!(lang, "waf-title-challenge", "name" => name.as_str(), "app" => app)
    } else {
        t!(lang, "waf-title-block", "name" => name.as_str())
    };
    let action = match ctx.id {
        FindingId::WafCloudflare => t!(lang, "waf-action-cloudflare"),
        FindingId::WafSucuri | FindingId::WafWordfence => {
            t!(lang, "waf-action-allowlist", "app" => app, "product" => product(ctx))
        }
        FindingId::WafImunify360 | FindingId::WafSiteground => {
            t!(lang, "waf-action-host-run", "app" => app, "product" => product(ctx))
        }
        FindingId::WafAkamai => t!(lang, "waf-action-akamai"),
        _ => t!(lang, "waf-action-unknown"),
    };
    let some = if ctx.d.passed_requests.is_empty() {
        "all"
    } else {
        "some"
    };
    let summary = if ctx.is_challenge() {
        t!(lang, "waf-summary-challenge", "name" => name.as_str(), "app" => app, "some" => some)
    } else {
        t!(lang, "waf-summary-block", "name" => name.as_str(), "app" => app, "some" => some)
    };
    let passed = ctx.passed_phrase();
    let consequence = if ctx.d.passed_requests.is_empty() {
        t!(lang, "waf-consequence-all", "app" => app)
    } else {
        t!(lang, "waf-consequence-some", "app" => app)
    };
    let explanation = t!(lang, "waf-explanation",
        "name" => name.as_str(),
        "blocked" => ctx.blocked_phrase(&t!(lang, "waf-blocked-fallback")),
        "challenge" => yes_no(ctx.is_challenge()),
        "marker" => ctx.marker_phrase(),
        "has_passed" => yes_no(passed.is_some()),
        "passed" => passed.unwrap_or_default(),
    );
    Words {
        title,
        summary,
        action: action.clone(),
        explanation: format!("{explanation} {consequence} {action}"),
        fixes: vendor_fixes(ctx),
    }
}

fn vendor_fixes(ctx: &Ctx<'_>) -> Vec<Fix> {
    let lang = ctx.lang;
    let site = &ctx.site;
    let incident = ctx.d.incident_id.as_deref();
    let mut fixes = Vec::new();
    let recipient = match ctx.id {
        FindingId::WafCloudflare => {
            // Where to click before what to paste.
            fixes.push(cloudflare::skip_rule_steps(site, incident));
            fixes.push(cloudflare::skip_rule(site, ctx.d.permalinks_plain));
            fixes.extend(cloudflare::ip_access_rules(site));
            "waf-recipient-cloudflare"
        }
        FindingId::WafSucuri => {
            fixes.push(plugins::sucuri_allowlist(site, incident));
            "waf-recipient-sucuri"
        }
        FindingId::WafWordfence => {
            fixes.push(plugins::wordfence_allowlist(site));
            return fixes;
        }
        FindingId::WafImunify360 => {
            fixes.push(plugins::imunify360_steps(site));
            "waf-recipient-host"
        }
        FindingId::WafSiteground => {
            fixes.push(plugins::siteground_steps(site));
            "waf-recipient-siteground"
        }
        FindingId::WafAkamai => {
            fixes.push(plugins::akamai_steps(site, incident));
            "waf-recipient-akamai"
        }
        _ => {
            fixes.push(find_unknown_firewall(ctx));
            "waf-recipient-host"
        }
    };
    let recipient = t!(lang, recipient);
    fixes.push(
        SupportMessage {
            recipient: &recipient,
            subject: t!(lang, "waf-support-subject", "product" => product(ctx), "host" => ctx.host()),
            problem: t!(lang, "waf-support-problem",
                "product" => product(ctx),
                "marker" => ctx.marker_phrase()),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: t!(lang, "waf-support-ask",
                "app" => ctx.app(),
                "wc" => site.wc_prefix(),
                "auth" => site.auth_prefix()),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(site),
    );
    fixes
}

fn find_unknown_firewall(ctx: &Ctx<'_>) -> Fix {
    let marker = match ctx.d.marker.as_deref() {
        Some(m) => m.to_string(),
        None => t!(ctx.lang, "waf-unknown-marker-fallback"),
    };
    fix(
        FixKind::Instructions,
        t!(ctx.lang, "waf-unknown-steps-title"),
        t!(ctx.lang, "waf-unknown-steps",
            "marker" => marker,
            "wc" => ctx.site.wc_prefix(),
            "app" => ctx.app()),
    )
}

fn modsecurity_words(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let app = ctx.app();
    let site = &ctx.site;
    let methods = &ctx.d.blocked_methods;
    let method_list = phrase_list(lang, methods, "");
    let shared_host_page = ctx.d.marker.as_deref().is_some_and(|m| m.contains("406"));
    let summary = if methods.is_empty() {
        t!(lang, "waf-modsec-summary-content", "app" => app)
    } else {
        t!(lang, "waf-modsec-summary-methods", "app" => app)
    };
    let action = if shared_host_page {
        t!(lang, "waf-modsec-action-shared")
    } else {
        t!(lang, "waf-modsec-action")
    };
    let (cause, consequence) = if methods.is_empty() {
        (
            t!(lang, "waf-modsec-cause-content",
                "blocked" => super::failures::without_outcomes(
                    &ctx.blocked_phrase(&t!(lang, "waf-modsec-blocked-fallback"))),
                "marker" => ctx.marker_phrase(),
                "statuses" => super::failures::statuses(ctx)),
            t!(lang, "waf-modsec-consequence-content", "app" => app),
        )
    } else {
        (
            t!(lang, "waf-modsec-cause-methods", "methods" => method_list.as_str()),
            t!(lang, "waf-modsec-consequence-methods", "app" => app),
        )
    };
    let where_to = if shared_host_page {
        t!(lang, "waf-modsec-where-shared")
    } else {
        t!(lang, "waf-modsec-where")
    };

    let mut rules = Vec::new();
    if !methods.is_empty()
        || ctx
            .d
            .blocked_requests
            .iter()
            .any(|r| r.starts_with("PUT ") || r.starts_with("PATCH ") || r.starts_with("DELETE "))
    {
        rules.push(modsecurity::allow_api_methods(site));
    }
    if methods.is_empty() {
        rules.extend(modsecurity::detection_only_for_app(site));
    }
    if ctx.blocked_auth_pages() {
        rules.push(modsecurity::allow_auth_page_urls(site));
    }
    if rules.is_empty() {
        rules.push(modsecurity::allow_api_methods(site));
    }
    let attachment = format!(
        "{}\n\n{}",
        t!(lang, "waf-modsec-attachment"),
        rules
            .iter()
            .map(|r| r.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    let recipient = t!(lang, "waf-modsec-recipient");
    let message = SupportMessage {
        recipient: &recipient,
        subject: t!(lang, "waf-modsec-support-subject", "host" => ctx.host()),
        problem: if methods.is_empty() {
            t!(lang, "waf-modsec-support-problem")
        } else {
            t!(lang, "waf-modsec-support-problem-methods", "methods" => method_list.as_str())
        },
        failing: ctx.failing_lines(),
        passing: ctx.passing_lines(),
        ask: t!(lang, "waf-modsec-support-ask", "rest" => site.rest_prefix()),
        attachment: Some(attachment),
        mention_addresses: true,
    }
    .into_fix(site);
    let cpanel = fix(
        FixKind::Instructions,
        t!(lang, "waf-modsec-cpanel-title"),
        t!(lang, "waf-modsec-cpanel", "host" => ctx.host()),
    );
    let mut fixes = Vec::new();
    if shared_host_page {
        fixes.push(message);
        fixes.extend(rules);
    } else {
        fixes.extend(rules);
        fixes.push(message);
    }
    fixes.push(cpanel);
    Words {
        title: if methods.is_empty() {
            t!(lang, "waf-modsec-title")
        } else {
            t!(lang, "waf-modsec-title-methods", "methods" => method_list.as_str())
        },
        summary,
        action,
        explanation: format!("{cause} {consequence} {where_to}"),
        fixes,
    }
}
