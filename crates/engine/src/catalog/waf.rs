//! Firewalls that answer instead of WordPress: what they did, to which requests, and the exception
//! that lets the app through in that product.

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
fn product(ctx: &Ctx<'_>) -> &'static str {
    match ctx.id {
        FindingId::WafCloudflare => "Cloudflare",
        FindingId::WafSucuri => "Sucuri",
        FindingId::WafWordfence => "Wordfence",
        FindingId::WafModsecurity => "ModSecurity",
        FindingId::WafImunify360 => "Imunify360",
        FindingId::WafSiteground => "SiteGround",
        FindingId::WafAkamai => "Akamai",
        _ => ctx.vendor_name("A security firewall"),
    }
}

/// "Cloudflare's firewall", "SiteGround's bot protection", "A security firewall".
fn firewall_name(ctx: &Ctx<'_>) -> String {
    match ctx.id {
        FindingId::WafSiteground => "SiteGround's bot protection".to_string(),
        FindingId::WafWordfence => "The Wordfence security plugin".to_string(),
        FindingId::WafUnknown if ctx.vendor_name("").is_empty() => {
            "A security firewall".to_string()
        }
        _ => format!("{}'s firewall", product(ctx)),
    }
}

fn vendor_words(ctx: &Ctx<'_>) -> Words {
    let name = firewall_name(ctx);
    let app = ctx.app();
    let what = if ctx.is_challenge() {
        "a browser check (a challenge page) that an app can never pass"
    } else {
        "its own block page"
    };
    let contrast = ctx
        .passed_phrase()
        .map(|p| format!(", while {p} got through"))
        .unwrap_or_default();
    let title = if ctx.is_challenge() {
        format!("{name} answers the WooCommerce API with a browser check {app} cannot pass")
    } else {
        format!("{name} blocks the WooCommerce REST API")
    };
    let action = match ctx.id {
        FindingId::WafCloudflare => "Add the Cloudflare rule below so the WooCommerce API skips these checks.".to_string(),
        FindingId::WafSucuri | FindingId::WafWordfence => format!("Allowlist {app}'s addresses and the API path in {}.", product(ctx)),
        FindingId::WafImunify360 | FindingId::WafSiteground => {
            format!("{} is run by your host, so ask their support to allowlist {app}'s addresses.", product(ctx))
        }
        FindingId::WafAkamai => "Ask whoever manages Akamai for the site to add an exception for the API.".to_string(),
        _ => "Find the security plugin or host firewall that sends this page and add an exception for the API.".to_string(),
    };
    let some = if ctx.d.passed_requests.is_empty() {
        ""
    } else {
        "some of "
    };
    let summary = if ctx.is_challenge() {
        format!("{name} shows {some}{app}'s requests a browser check that only a person can pass, so they never reach WooCommerce.")
    } else {
        format!("{name} blocks {some}{app}'s requests before they reach WooCommerce.")
    };
    Words {
        title,
        summary,
        action: action.clone(),
        explanation: format!(
            "{name} answered {blocked} with {what}{marker} instead of passing it to WordPress{contrast}. {consequence} {action}",
            consequence = if ctx.d.passed_requests.is_empty() {
                format!("Every call {app} makes to the API is stopped the same way, so it cannot connect.")
            } else {
                format!("{app} needs those requests too, so it cannot work until they get through.")
            },
            blocked = ctx.blocked_phrase("the API requests"),
            marker = ctx.marker_phrase(),
        ),
        fixes: vendor_fixes(ctx),
    }
}

fn vendor_fixes(ctx: &Ctx<'_>) -> Vec<Fix> {
    let site = &ctx.site;
    let incident = ctx.d.incident_id.as_deref();
    let mut fixes = Vec::new();
    let recipient = match ctx.id {
        FindingId::WafCloudflare => {
            // Where to click before what to paste.
            fixes.push(cloudflare::skip_rule_steps(site, incident));
            fixes.push(cloudflare::skip_rule(site, ctx.d.permalinks_plain));
            fixes.extend(cloudflare::ip_access_rules(site));
            "whoever manages Cloudflare for the site"
        }
        FindingId::WafSucuri => {
            fixes.push(plugins::sucuri_allowlist(site, incident));
            "Sucuri support"
        }
        FindingId::WafWordfence => {
            fixes.push(plugins::wordfence_allowlist(site));
            return fixes;
        }
        FindingId::WafImunify360 => {
            fixes.push(plugins::imunify360_steps(site));
            "your host"
        }
        FindingId::WafSiteground => {
            fixes.push(plugins::siteground_steps(site));
            "SiteGround support"
        }
        FindingId::WafAkamai => {
            fixes.push(plugins::akamai_steps(site, incident));
            "whoever manages Akamai for the site"
        }
        _ => {
            fixes.push(find_unknown_firewall(ctx));
            "your host"
        }
    };
    fixes.push(
        SupportMessage {
            recipient,
            subject: format!("{} blocks the WooCommerce API on {}", product(ctx), ctx.host()),
            problem: format!(
                "{} answers requests to the WooCommerce REST API with its own block or challenge page{}.",
                product(ctx),
                ctx.marker_phrase()
            ),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: format!(
                "allowlist {app}'s servers and add an exception for {wc} and {auth}, so these requests reach WordPress",
                app = ctx.app(),
                wc = site.wc_prefix(),
                auth = site.auth_prefix(),
            ),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(site),
    );
    fixes
}

fn find_unknown_firewall(ctx: &Ctx<'_>) -> Fix {
    let marker = ctx.d.marker.as_deref().unwrap_or("a block page");
    fix(
        FixKind::Instructions,
        "Find the firewall that sends this page",
        format!(
            "The page said: {marker}. Check, in this order:\n\
             1. Security plugins in WordPress (Plugins → Installed Plugins): Wordfence, Solid Security, All-In-One Security, \
             WP Cerber, Shield, MalCare, BulletProof Security, NinjaFirewall. Look at each one's firewall log for a blocked request \
             to {wc} and allowlist {app}'s addresses there.\n\
             2. Your hosting panel: security or firewall pages (Imunify360, BitNinja, ModSecurity, \"bot protection\").\n\
             3. A CDN or proxy in front of the site (Cloudflare, Sucuri, Imperva, a host's own CDN).\n\
             If none of these shows it, send your host the message below.",
            wc = ctx.site.wc_prefix(),
            app = ctx.app(),
        ),
    )
}

fn modsecurity_words(ctx: &Ctx<'_>) -> Words {
    let app = ctx.app();
    let site = &ctx.site;
    let methods = &ctx.d.blocked_methods;
    let shared_host_page = ctx.d.marker.as_deref().is_some_and(|m| m.contains("406"));
    let summary = if methods.is_empty() {
        format!("Your server's ModSecurity firewall takes some of {app}'s requests for attacks and blocks them.")
    } else {
        format!(
            "Your server's ModSecurity firewall lets {app} read orders and products but blocks the requests that update or \
             delete them."
        )
    };
    let action = if shared_host_page {
        "On shared hosting only your host can add the exception, so send them the message below."
    } else {
        "Add the ModSecurity exception below for the WooCommerce API, or ask your host to add it."
    };
    let (cause, consequence) = if methods.is_empty() {
        (
            format!(
                "The server's ModSecurity firewall refused {}{} with {}, judging what they contain to look like an attack",
                super::failures::without_outcomes(&ctx.blocked_phrase("requests to the WooCommerce API")),
                ctx.marker_phrase(),
                super::failures::statuses(ctx),
            ),
            format!("Legitimate order and product data trips it, so {app}'s calls fail at random."),
        )
    } else {
        (
            format!(
                "The server's ModSecurity firewall (with the OWASP Core Rule Set) refuses {} requests to the WooCommerce API: its \
                 rule 911100 allows only GET, HEAD, POST and OPTIONS",
                phrase_list(ctx.lang, methods, "")
            ),
            format!("WooCommerce uses those methods to update and delete orders and products, so {app} can read but not change anything."),
        )
    };
    let where_to = if shared_host_page {
        "On shared hosting only your host can add it: send them the message below."
    } else {
        "An exception for the API path fixes it; on shared hosting, your host adds it."
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
        "These ModSecurity rules would do it (ids in the local range; please adjust if they clash):\n\n{}",
        rules.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n\n")
    );
    let message = SupportMessage {
        recipient: "your host",
        subject: format!("ModSecurity blocks the WooCommerce API on {}", ctx.host()),
        problem: format!(
            "The server's ModSecurity rules refuse requests to the WooCommerce REST API{}.",
            if methods.is_empty() { String::new() } else { format!(" that use {}", phrase_list(ctx.lang, methods, "")) }
        ),
        failing: ctx.failing_lines(),
        passing: ctx.passing_lines(),
        ask: format!(
            "add a ModSecurity exclusion for {rest} on my account so these requests reach WordPress",
            rest = site.rest_prefix()
        ),
        attachment: Some(attachment),
        mention_addresses: true,
    }
    .into_fix(site);
    let cpanel = fix(
        FixKind::Instructions,
        "If your host uses cPanel and you cannot edit ModSecurity rules",
        format!(
            "cPanel → Security → ModSecurity shows a switch per domain. Turning it off for {host} removes this block but also \
             the protection it gives, so prefer asking your host for the exclusion above.",
            host = ctx.host()
        ),
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
            "The server's ModSecurity firewall blocks WooCommerce API requests".to_string()
        } else {
            format!(
                "The server's ModSecurity firewall blocks {} on the WooCommerce API",
                phrase_list(ctx.lang, methods, "")
            )
        },
        summary,
        action: action.to_string(),
        explanation: format!("{cause}. {consequence} {where_to}"),
        fixes,
    }
}
