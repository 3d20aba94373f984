//! `net.blocks_app_servers`, `net.blocks_this_computer` and a `site.unexplained` between vantages:
//! what this computer and the app's servers (the relay's remote check) each got, and the fix aimed
//! at whatever the refused answers name: a vendor only when its block page said so.

use crate::firewall::Vendor;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{apache, cloudflare, nginx, plugins, server_snippets};
use crate::report::{Fix, FixKind};
use crate::vantage::Contrast;

use super::context::{phrase_list, Ctx, Words};

fn contrast(ctx: &Ctx<'_>) -> Contrast {
    ctx.d.contrast.clone().unwrap_or_default()
}

/// "A; B; C and 2 more" for a sentence.
fn differences(c: &Contrast) -> Option<String> {
    const SHOWN: usize = 3;
    match c.differences.len() {
        0 => None,
        n if n <= SHOWN => Some(c.differences.join("; ")),
        n => Some(format!(
            "{} and {} more",
            c.differences[..SHOWN].join("; "),
            n - SHOWN
        )),
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

fn app_servers(ctx: &Ctx<'_>) -> Words {
    let c = contrast(ctx);
    let app = ctx.app();
    let vendor = refuser(ctx, &c);
    let agent_only = c.by_agent && !c.by_address;
    let title = if agent_only {
        format!("The store refuses requests that say they come from {app}")
    } else if c.rate_limited && vendor.is_none() {
        "The store rate-limits the app's servers but not this computer".to_string()
    } else {
        "The store answers this computer but blocks the app's servers".to_string()
    };
    let mut explanation = match differences(&c) {
        Some(d) => format!("The same requests got different answers: {d}."),
        None => format!(
            "Requests from {app}'s side were refused while the same requests from this computer were answered."
        ),
    };
    if c.by_address {
        let place = c.relay.as_deref().unwrap_or("the relay");
        explanation.push_str(&format!(
            " The app's side was checked from {place}, on the network side {app}'s servers call from, so {app} meets this refusal while everything looks fine from here."
        ));
    }
    if c.by_agent {
        if c.app_agent_known {
            explanation.push_str(&format!(
                " The refused and the answered request differ only in their User-Agent header, {app}'s (\"{}\") against a web browser's, so a rule that filters on the agent refuses {app}.",
                c.app_agent
            ));
        } else {
            explanation.push_str(&format!(
                " The refused and the answered request differ only in their User-Agent header, this check's own (\"{}\") against a web browser's; the profile does not say which agent {app} sends, so set its user_agent to check that one.",
                c.app_agent
            ));
        }
    }
    explanation.push_str(&match (vendor, c.server_page, c.rate_limited) {
        (Some(v), _, _) => format!(
            " The refusals came from {}'s block page{}, so the rule to change is there.",
            v.display_name(),
            ctx.marker_phrase()
        ),
        (None, true, _) => " The refusals are the web server's own error page, which an address or agent rule in its configuration or .htaccess gives, or a firewall the host runs in front of it.".to_string(),
        (None, false, true) => format!(
            " HTTP 429 is a rate limit, and one that counts by address trips on {app}'s steady traffic from a few servers long before it trips on yours."
        ),
        (None, false, false) => " The refused answers do not say which firewall or rule sent them, so this check names none: look in whatever filters traffic in front of WordPress (a CDN, the host's firewall, a security plugin).".to_string(),
    });
    let mut fixes: Vec<Fix> = Vec::new();
    if c.by_address || !c.by_agent {
        fixes.extend(address_fixes(ctx, vendor, &c));
    }
    if c.by_agent {
        fixes.push(agent_fix(ctx, vendor, &c));
    }
    fixes.push(support(ctx, &c, vendor));
    let summary = if agent_only {
        format!("The store refuses requests that identify themselves as {app}, while it answers a web browser.")
    } else {
        format!("The store refuses {app}'s servers while it answers this computer, so {app} cannot connect although the store looks fine to you.")
    };
    let action = match (agent_only, vendor) {
        (true, Some(v)) => format!("Remove the rule in {} that blocks {app}'s user agent, as the fix below shows.", v.display_name()),
        (true, None) => format!("Remove the rule that blocks {app}'s user agent in your security plugin or firewall, as the fixes below show."),
        (false, Some(v)) => format!("Allow {app}'s servers in {} with the fix below.", v.display_name()),
        (false, None) => format!("Allow {app}'s servers through your host's firewall or security plugin with the fixes below, or send your host the message."),
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
            .as_deref()
            .map(|r| format!(" This check's requests came from {r}; the app's own servers may use other addresses."))
            .unwrap_or_default();
        fixes.insert(
            0,
            crate::fixes::fix(
                FixKind::Instructions,
                format!("Get the addresses {} calls from", ctx.app()),
                format!(
                    "The integration profile lists no addresses for {app}, so the fixes cannot name them. Ask {app}'s support \
                     (or look in its help pages) for the IP addresses its servers call your store from, then allow exactly \
                     those where the refusal came from.{checked} Then check again with a profile that lists them (allow_ips).",
                    app = ctx.app()
                ),
            ),
        );
    }
    fixes
}

/// Where user-agent rules live, filled with the agent that was refused.
fn agent_fix(ctx: &Ctx<'_>, vendor: Option<Vendor>, c: &Contrast) -> Fix {
    let agent = &c.app_agent;
    let lead = match vendor {
        Some(Vendor::Wordfence) => format!(
            "Wordfence answered: in WordPress go to Wordfence → Firewall → Blocking, find the Custom Pattern block whose Browser User Agent matches \"{agent}\" and delete it (Wordfence → Tools → Live Traffic shows the blocked request and the rule).\n"
        ),
        Some(Vendor::Cloudflare) => format!(
            "Cloudflare answered: go to Security → WAF → Tools → User Agent Blocking and delete the rule matching \"{agent}\"; also check Security → WAF → Custom rules for an expression on http.user_agent (Security → Events shows the rule that matched).\n"
        ),
        Some(v) => format!(
            "{} answered: look in its rules for one that matches the User-Agent \"{agent}\" and remove or narrow it.\n",
            v.display_name()
        ),
        None => String::new(),
    };
    let text = format!(
        "{lead}The requests with the User-Agent \"{agent}\" were refused and the same requests with a web browser's agent were answered. \
         Rules that block by agent are kept in these places; remove the one matching \"{agent}\" (or any part of it):\n\
         - Wordfence: Firewall → Blocking → Custom Pattern (Browser User Agent)\n\
         - All-In-One Security: Firewall → 6G / 5G firewall rules (bad bots) and Firewall → Blacklist / User agents\n\
         - Solid Security (iThemes): Security → Settings → Ban Users → Ban User Agents\n\
         - Cloudflare: Security → WAF → Tools → User Agent Blocking, and custom rules on http.user_agent\n\
         - .htaccess: RewriteCond %{{HTTP_USER_AGENT}} or SetEnvIfNoCase User-Agent lines that deny it\n\
         Then check again."
    );
    crate::fixes::fix(
        FixKind::Instructions,
        format!("Stop blocking {}'s user agent", ctx.app()),
        text,
    )
}

fn support(ctx: &Ctx<'_>, c: &Contrast, vendor: Option<Vendor>) -> Fix {
    let failing = ctx.failing_lines();
    let passing = ctx.passing_lines();
    let from = c
        .relay
        .as_deref()
        .map(|r| format!(" The refused requests came from {r}, a check run from the network side the app calls from."))
        .unwrap_or_default();
    let what = if c.by_agent && !c.by_address {
        format!(
            "Requests that carry the User-Agent \"{}\" are refused, while the same requests with a web browser's agent are answered.",
            c.app_agent
        )
    } else {
        format!(
            "The same requests are answered from my computer but refused from {}'s side.",
            ctx.app()
        )
    };
    let who = vendor
        .map(|v| format!(" The refusals are {}'s block page.", v.display_name()))
        .unwrap_or_default();
    SupportMessage {
        recipient: "your host",
        subject: format!("Please let {} reach {}", ctx.app(), ctx.host()),
        problem: format!("{what}{from}{who}"),
        failing,
        passing,
        ask: if c.by_agent && !c.by_address {
            format!(
                "find the firewall rule, security plugin or server setting that refuses the User-Agent \"{}\" and remove or narrow it",
                c.app_agent
            )
        } else {
            format!(
                "find the firewall rule, security plugin or server setting that refuses these requests and allow {}'s servers through it",
                ctx.app()
            )
        },
        attachment: None,
        mention_addresses: true,
    }
    .into_fix(&ctx.site)
}

fn this_computer(ctx: &Ctx<'_>) -> Words {
    let c = contrast(ctx);
    let app = ctx.app();
    let place = c.relay.as_deref().unwrap_or("the relay");
    let mut explanation = match differences(&c) {
        Some(d) => format!("The same requests got different answers: {d}."),
        None => "Requests from this computer were refused while the same requests from the app's side were answered.".to_string(),
    };
    explanation.push_str(&format!(
        " From {place}, on the network side {app}'s servers call from, the store answered, so this block does not stop {app}."
    ));
    explanation.push_str(if c.no_answer {
        " This computer got no answer at all: a firewall that drops an address (often after failed logins, such as fail2ban, CSF or Imunify360 on the host) does this, and so does a problem in this computer's own network."
    } else {
        " Something refuses this computer's address: often a security plugin or the host's firewall that locked it out after failed logins, or a rule that blocks your network or country."
    });
    explanation.push_str(" Other findings from this computer may come from this block rather than from the store itself.");
    let text = "This computer's address is refused by the store's security. To find and release it:\n\
         - Wordfence: Wordfence → Firewall → Blocking (and Wordfence → Tools → Live Traffic), then Unblock this address\n\
         - Solid Security (iThemes): Security → Dashboard → Active Lockouts → Release\n\
         - Limit Login Attempts Reloaded: Settings → Limit Login Attempts → Logs → remove the lockout\n\
         - All-In-One Security: Firewall → Blacklist, and User Login → Locked IP addresses\n\
         - Cloudflare: Security → Events shows the rule; Security → WAF → Tools lists IP Access rules\n\
         - The host's firewall (fail2ban, CSF, Imunify360): ask your host with the message below.\n\
         Run the check again afterwards.";
    let fixes = vec![
        crate::fixes::fix(
            FixKind::Instructions,
            "Release this computer's address",
            text,
        ),
        SupportMessage {
            recipient: "your host",
            subject: format!("My own address is blocked from {}", ctx.host()),
            problem: format!(
                "The same requests are answered from another network but refused from my computer (checked from {place} for comparison). I may have been locked out after failed logins."
            ),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: "tell me which firewall or security rule blocks my address and lift the block".to_string(),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(&ctx.site),
    ];
    Words {
        title: "The store answers the app's servers but not this computer".to_string(),
        summary: format!(
            "The store refuses this computer but answers {app}'s servers, so {app} is not affected by this block."
        ),
        action: "Release this computer's address in your security plugin or ask your host to, as shown below.".to_string(),
        explanation,
        fixes,
    }
}

fn unexplained(ctx: &Ctx<'_>) -> Words {
    let c = contrast(ctx);
    let app = ctx.app();
    let place = c.relay.as_deref().unwrap_or("the relay");
    let mut explanation = match differences(&c) {
        Some(d) => format!("The same requests got different answers: {d}."),
        None => "The app's side got answers that differ from this computer's.".to_string(),
    };
    explanation.push_str(&format!(
        " The app's side was checked from {place}, and its answers carry no firewall's block page and no refusal, so this check names no cause."
    ));
    explanation.push_str(
        " It may be the network between that side and the store, or a firewall that drops connections without answering; whoever runs the server can see in its logs whether these requests arrived.",
    );
    let shown: Vec<String> = c.differences.iter().take(3).cloned().collect();
    Words {
        title: "The app's servers get other answers than this computer, for no reason this check can name".to_string(),
        summary: format!(
            "The store answers this computer, but {app}'s side got no normal answer, for a reason this check cannot name."
        ),
        action: "Send your host the message below: it shows both sides, so they can look for the requests in their logs.".to_string(),
        explanation,
        fixes: vec![SupportMessage {
            recipient: "your host",
            subject: format!("Requests to {} from another network get no normal answer", ctx.host()),
            problem: format!(
                "The same requests are answered from my computer but not from {place}: {}.",
                phrase_list(ctx.lang, &shown, "see below")
            ),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: "check in the server's and the firewall's logs whether these requests arrived, and what answered or dropped them".to_string(),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(&ctx.site)],
    }
}
