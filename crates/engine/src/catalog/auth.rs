//! Signing in: the header the server drops, keys and secrets WooCommerce rejects, HTTPS that
//! WordPress does not see, and keys or users without the permissions the app needs.

use crate::details::CredentialKind;
use crate::finding_id::FindingId;
use crate::firewall::Vendor;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{apache, cloudflare, fix, nginx, server_snippets, wordpress};
use crate::profile::Resource;
use crate::report::FixKind;

use super::context::{phrase_list, Ctx, Words};
use handshake_l10n::t;

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    match ctx.id {
        FindingId::AuthHeaderStripped => header_stripped(ctx),
        FindingId::AuthKeyInvalid => key_invalid(ctx),
        FindingId::AuthSecretInvalid => secret_invalid(ctx),
        FindingId::AuthHttpsRequired => https_required(ctx),
        FindingId::AuthHttpsNotDetected => https_not_detected(ctx),
        FindingId::AuthReadOnly => read_only(ctx),
        FindingId::AuthCapability => capability(ctx),
        _ => app_password_invalid(ctx),
    }
}

/// `woocommerce_rest_cannot_view "Sorry, you cannot list resources."` for sentences.
fn wordpress_error(ctx: &Ctx<'_>, fallback: &str) -> String {
    match (&ctx.d.rest_code, &ctx.d.rest_message) {
        (Some(code), Some(message)) => format!("{code} \"{}\"", sentence_fragment(message)),
        (Some(code), None) => code.clone(),
        (None, Some(message)) => format!("\"{}\"", sentence_fragment(message)),
        (None, None) => fallback.to_string(),
    }
}

/// A quoted message inside our own sentence: without its final period.
fn sentence_fragment(message: &str) -> &str {
    message.trim().trim_end_matches('.')
}

fn header_stripped(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let site = &ctx.site;
    let mut fixes = server_snippets(
        ctx.server(),
        vec![
            apache::pass_authorization_rewrite(site),
            apache::pass_authorization_setenvif(site),
            apache::cgi_pass_auth(site),
        ],
        vec![nginx::pass_authorization(site)],
    );
    fixes.push(
        SupportMessage {
            recipient: &t!(lang, "auth-support-recipient"),
            subject: t!(lang, "auth-header-support-subject", "host" => ctx.host()),
            problem: t!(lang, "auth-header-support-problem"),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: t!(lang, "auth-header-support-ask",
                "apache" => "\"CGIPassAuth On\" or SetEnvIf Authorization \"(.*)\" HTTP_AUTHORIZATION=$1",
                "nginx" => "fastcgi_param HTTP_AUTHORIZATION $http_authorization;"),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(site),
    );
    // What was proven depends on the credentials the run had: WooCommerce keys can also be sent in
    // the address (the contrast), an application password only in the header, and without any
    // credentials a deliberately wrong test login showed it.
    let (variant, fallback) = match ctx.d.credentials {
        CredentialKind::WooCommerceKeys => ("keys", "401 \"Sorry, you cannot list resources\""),
        CredentialKind::ApplicationPassword => {
            ("app-password", "401 \"You are not currently logged in\"")
        }
        CredentialKind::None => ("none", "401 \"You are not currently logged in\""),
    };
    let what_happened = t!(lang, &format!("auth-header-{variant}-happened"),
        "error" => wordpress_error(ctx, fallback));
    Words {
        title: t!(lang, &format!("auth-header-{variant}-title")),
        summary: t!(lang, &format!("auth-header-{variant}-summary")),
        action: t!(lang, "auth-header-action"),
        explanation: t!(lang, "auth-header-explanation", "happened" => what_happened, "app" => ctx.app()),
        fixes,
    }
}

/// The permission a new key needs, as WooCommerce's key form names it.
fn new_key_permission(ctx: &Ctx<'_>) -> String {
    let id = match ctx.site.profile.scope {
        crate::profile::Scope::Read => "auth-permission-read",
        crate::profile::Scope::Write => "auth-permission-write",
        crate::profile::Scope::ReadWrite => "auth-permission-read-write",
    };
    t!(ctx.lang, id)
}

fn key_invalid(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    Words {
        title: t!(lang, "auth-key-invalid-title"),
        summary: t!(lang, "auth-key-invalid-summary"),
        action: t!(lang, "auth-key-invalid-action", "app" => ctx.app()),
        explanation: t!(lang, "auth-key-invalid-explanation",
            "error" => wordpress_error(ctx, "\"Consumer key is invalid\""), "app" => ctx.app()),
        fixes: vec![wordpress::new_api_key(&ctx.site, &new_key_permission(ctx))],
    }
}

fn secret_invalid(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    Words {
        title: t!(lang, "auth-secret-invalid-title"),
        summary: t!(lang, "auth-secret-invalid-summary"),
        action: t!(lang, "auth-secret-invalid-action", "app" => ctx.app()),
        explanation: t!(lang, "auth-secret-invalid-explanation",
            "error" => wordpress_error(ctx, "\"Consumer secret is invalid\""), "app" => ctx.app()),
        fixes: vec![wordpress::new_api_key(&ctx.site, &new_key_permission(ctx))],
    }
}

fn https_required(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let https_url = ctx.site.store.with_scheme("https").to_string();
    Words {
        title: t!(lang, "auth-https-required-title"),
        summary: t!(lang, "auth-https-required-summary"),
        action: t!(lang, "auth-https-required-action", "app" => ctx.app()),
        explanation: t!(lang, "auth-https-required-explanation",
            "url" => ctx.site.url(),
            "error" => wordpress_error(ctx, "401 \"Sorry, you cannot list resources\""),
            "app" => ctx.app()),
        fixes: vec![
            fix(
                FixKind::Instructions,
                t!(lang, "auth-https-required-fix-title", "app" => ctx.app()),
                https_url.clone(),
            ),
            wordpress::site_address(&ctx.site, &https_url),
        ],
    }
}

fn https_not_detected(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let behind_cloudflare = ctx.d.vendor == Some(Vendor::Cloudflare);
    let through = match ctx.d.vendor {
        Some(Vendor::Unknown) | None => format!(" {}", t!(lang, "auth-through-proxy")),
        Some(v) => format!(
            " {}",
            t!(lang, "auth-through-vendor", "vendor" => v.display_name())
        ),
    };
    let mut fixes = vec![wordpress::https_behind_proxy(ctx.lang)];
    if behind_cloudflare {
        fixes.push(cloudflare::ssl_mode_full(&ctx.site));
    }
    fixes.push(
        SupportMessage {
            recipient: &t!(lang, "auth-support-recipient"),
            subject: t!(lang, "auth-https-support-subject", "host" => ctx.host()),
            problem: t!(lang, "auth-https-support-problem", "through" => through.as_str()),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: t!(lang, "auth-https-support-ask"),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(&ctx.site),
    );
    let cloudflare_too = if behind_cloudflare {
        t!(lang, "auth-https-explanation-cloudflare")
    } else {
        String::new()
    };
    Words {
        title: t!(lang, "auth-https-title"),
        summary: t!(lang, "auth-https-summary", "through" => through.as_str()),
        action: t!(lang, "auth-https-action"),
        explanation: t!(lang, "auth-https-explanation",
            "through" => through.as_str(), "app" => ctx.app(), "cloudflare" => cloudflare_too),
        fixes,
    }
}

/// A WooCommerce resource ("orders") in the finding's language; one we do not know stays as is.
fn resource_name(ctx: &Ctx<'_>, resource: &str) -> String {
    match resource {
        "orders" | "products" | "customers" | "coupons" | "reports" => {
            t!(ctx.lang, &format!("auth-resource-{resource}"))
        }
        other => other.to_string(),
    }
}

/// "orders and products" from the profile, for sentences.
fn resources_phrase(ctx: &Ctx<'_>) -> String {
    let names: Vec<String> = ctx
        .site
        .profile
        .resources
        .iter()
        .map(|r| resource_name(ctx, Resource::as_str(*r)))
        .collect();
    phrase_list(ctx.lang, &names, &t!(ctx.lang, "auth-resources-fallback"))
}

fn read_only(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    // WooCommerce's own value ("read"); the messages word the known ones.
    let permission = ctx
        .d
        .key_permission
        .clone()
        .unwrap_or_else(|| "read".to_string());
    let wanted = new_key_permission(ctx);
    Words {
        title: t!(lang, "auth-read-only-title",
            "permission" => permission.as_str(), "app" => ctx.app(), "wanted" => wanted.as_str()),
        summary: t!(lang, "auth-read-only-summary",
            "permission" => permission.as_str(), "app" => ctx.app(), "resources" => resources_phrase(ctx)),
        action: t!(lang, "auth-read-only-action", "wanted" => wanted.as_str()),
        explanation: t!(lang, "auth-read-only-explanation",
            "permission" => permission.as_str(),
            "error" => wordpress_error(ctx, "\"The API key provided does not have write permissions\""),
            "app" => ctx.app(), "resources" => resources_phrase(ctx), "wanted" => wanted.as_str()),
        fixes: vec![wordpress::key_permission_read_write(&ctx.site, &wanted)],
    }
}

fn capability(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let missing: Vec<String> = ctx
        .d
        .missing_capabilities
        .iter()
        .map(|(resource, cap)| {
            t!(lang, "auth-capability-for",
                "capability" => cap.as_str(), "resource" => resource_name(ctx, resource))
        })
        .collect();
    let mut resources: Vec<String> = ctx
        .d
        .missing_capabilities
        .iter()
        .map(|(resource, _)| resource_name(ctx, resource))
        .collect();
    // Reading and creating orders are two capabilities of one resource: name it once.
    resources.dedup();
    let missing_phrase = phrase_list(
        lang,
        &missing,
        &t!(lang, "auth-capability-fallback-missing"),
    );
    // WooCommerce checks promote_users before creating customers, and a Shop Manager lacks it.
    let admin_only = ctx
        .d
        .missing_capabilities
        .iter()
        .any(|(_, cap)| cap == "promote_users");
    let role = if admin_only {
        t!(lang, "auth-capability-role-admin")
    } else {
        t!(lang, "auth-capability-role")
    };
    Words {
        summary: t!(lang, "auth-capability-summary",
            "resources" => phrase_list(lang, &resources, &t!(lang, "auth-capability-fallback-summary"))),
        action: t!(lang, "auth-capability-action", "role" => role.as_str()),
        title: t!(lang, "auth-capability-title",
            "resources" => phrase_list(lang, &resources, &t!(lang, "auth-capability-fallback-title"))),
        explanation: t!(lang, "auth-capability-explanation",
            "resources" => phrase_list(lang, &resources, &t!(lang, "auth-capability-fallback-explanation")),
            "missing" => missing_phrase.as_str(), "role" => role.as_str()),
        fixes: vec![wordpress::key_user_role(
            &ctx.site,
            &missing_phrase,
            admin_only,
        )],
    }
}

fn app_password_invalid(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    Words {
        title: t!(lang, "auth-app-password-title"),
        summary: t!(lang, "auth-app-password-summary"),
        action: t!(lang, "auth-app-password-action", "app" => ctx.app()),
        explanation: t!(lang, "auth-app-password-explanation",
            "error" => wordpress_error(ctx, "incorrect_password"), "app" => ctx.app()),
        fixes: vec![wordpress::new_application_password(&ctx.site)],
    }
}
