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
            recipient: "your host",
            subject: format!("The Authorization header does not reach PHP on {}", ctx.host()),
            problem: "Requests that send credentials in the HTTP Authorization header arrive at WordPress without it (the \
                      same credentials in the query string work), so the server seems to drop the header before PHP."
                .to_string(),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: "pass the Authorization header to PHP for my site (with Apache and PHP-FPM/FastCGI: \"CGIPassAuth On\" or \
                  SetEnvIf Authorization \"(.*)\" HTTP_AUTHORIZATION=$1; with nginx: fastcgi_param HTTP_AUTHORIZATION \
                  $http_authorization; in the PHP location)"
                .to_string(),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(site),
    );
    // What was proven depends on the credentials the run had: WooCommerce keys can also be sent in
    // the address (the contrast), an application password only in the header, and without any
    // credentials a deliberately wrong test login showed it.
    let (title, summary, what_happened) = match ctx.d.credentials {
        CredentialKind::WooCommerceKeys => (
            "The server removes the Authorization header, so WooCommerce never sees the API key",
            "Your web server removes the part of each request that carries the API key, so WooCommerce never sees it.",
            format!(
                "Requests that carry the key in the Authorization header (the standard way) are answered as if no key were \
                 sent ({error}), while the same key sent in the address works.",
                error = wordpress_error(ctx, "401 \"Sorry, you cannot list resources\""),
            ),
        ),
        CredentialKind::ApplicationPassword => (
            "The server removes the Authorization header, so WordPress never sees the application password",
            "Your web server removes the part of each request that carries the application password, so WordPress never \
             sees it.",
            format!(
                "Requests that carry the application password in the Authorization header (the only way WordPress accepts \
                 one) are answered as if nobody had signed in ({error}).",
                error = wordpress_error(ctx, "401 \"You are not currently logged in\""),
            ),
        ),
        CredentialKind::None => (
            "The server removes the Authorization header, so WooCommerce will never see an API key",
            "Your web server removes the part of each request that would carry an app's key, so WooCommerce will never \
             see one.",
            format!(
                "A test login sent in the Authorization header (deliberately wrong, so it can change nothing) was answered \
                 as if no login had been sent ({error}) instead of being refused as unknown.",
                error = wordpress_error(ctx, "401 \"You are not currently logged in\""),
            ),
        ),
    };
    Words {
        title: title.to_string(),
        summary: summary.to_string(),
        action: "Add the line below to the .htaccess file or the server configuration, or send your host the message below."
            .to_string(),
        explanation: format!(
            "{what_happened} The web server drops the header before WordPress sees it, which is common when PHP runs as CGI, \
             FastCGI or PHP-FPM. One line in the server configuration passes it on, and {app} then connects normally.",
            app = ctx.app(),
        ),
        fixes,
    }
}

fn new_key_permission(ctx: &Ctx<'_>) -> &'static str {
    match ctx.site.profile.scope {
        crate::profile::Scope::Read => "Read",
        crate::profile::Scope::Write => "Write",
        crate::profile::Scope::ReadWrite => "Read/Write",
    }
}

fn key_invalid(ctx: &Ctx<'_>) -> Words {
    Words {
        title: "WooCommerce does not know this API key (it was revoked, or its user deleted)".to_string(),
        summary: "WooCommerce does not recognise this API key: it was revoked or deleted (deleting its WordPress user deletes it too), or belongs to another store."
            .to_string(),
        action: format!("Create a new key (or connect {} again) and use it instead.", ctx.app()),
        explanation: format!(
            "When the key was checked with a signed request, WooCommerce answered {error}. The key was revoked or deleted, or \
             belongs to another store: WooCommerce also deletes a user's keys when that WordPress user was deleted, and keys \
             from an approval whose final step failed are deleted again at once. Create a new key (or connect {app} again) \
             and use it instead.",
            error = wordpress_error(ctx, "\"Consumer key is invalid\""),
            app = ctx.app(),
        ),
        fixes: vec![wordpress::new_api_key(&ctx.site, new_key_permission(ctx))],
    }
}

fn secret_invalid(ctx: &Ctx<'_>) -> Words {
    Words {
        title: "The API key's secret does not match".to_string(),
        summary: "WooCommerce knows the API key, but the secret that goes with it is wrong.".to_string(),
        action: format!("Create a new key in WooCommerce and enter both of its parts in {}.", ctx.app()),
        explanation: format!(
            "WooCommerce recognises the consumer key but answers {error}. The secret was mistyped, cut short when copied, or \
             belongs to an older key. WooCommerce shows a secret only once, so create a new key and enter both parts in {app}.",
            error = wordpress_error(ctx, "\"Consumer secret is invalid\""),
            app = ctx.app(),
        ),
        fixes: vec![wordpress::new_api_key(&ctx.site, new_key_permission(ctx))],
    }
}

fn https_required(ctx: &Ctx<'_>) -> Words {
    let https_url = ctx.site.store.with_scheme("https").to_string();
    Words {
        title: "The API key was sent over plain HTTP, which WooCommerce ignores".to_string(),
        summary: "The key was sent over an unencrypted connection, and WooCommerce ignores keys sent that way.".to_string(),
        action: format!("Use the store's https address in {}.", ctx.app()),
        explanation: format!(
            "The store was reached at {url}, and WooCommerce accepts keys sent the simple way (Basic authentication) only over \
             HTTPS; over HTTP it ignores them and answers {error}. Use the https:// address in {app}. If the store has no \
             HTTPS yet, your host can add a free certificate.",
            url = ctx.site.url(),
            error = wordpress_error(ctx, "401 \"Sorry, you cannot list resources\""),
            app = ctx.app(),
        ),
        fixes: vec![
            fix(FixKind::Instructions, format!("Use the HTTPS address in {}", ctx.app()), https_url.clone()),
            wordpress::site_address(&ctx.site, &https_url),
        ],
    }
}

fn https_not_detected(ctx: &Ctx<'_>) -> Words {
    let behind_cloudflare = ctx.d.vendor == Some(Vendor::Cloudflare);
    let through = match ctx.d.vendor {
        Some(Vendor::Unknown) | None => " through a proxy or CDN".to_string(),
        Some(v) => format!(" through {}", v.display_name()),
    };
    let mut fixes = vec![wordpress::https_behind_proxy(ctx.lang)];
    if behind_cloudflare {
        fixes.push(cloudflare::ssl_mode_full(&ctx.site));
    }
    fixes.push(
        SupportMessage {
            recipient: "your host",
            subject: format!("WordPress does not detect HTTPS on {}", ctx.host()),
            problem: format!(
                "The site is served over HTTPS{through}, but PHP sees plain HTTP (WordPress's is_ssl() is false), so WooCommerce \
                 ignores API keys."
            ),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: "make the proxy send X-Forwarded-Proto: https and set HTTPS=on for PHP on this site, or tell me which header your proxy sets".to_string(),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(&ctx.site),
    );
    Words {
        title: "WordPress does not know the store is reached over HTTPS".to_string(),
        summary: format!(
            "Visitors reach your store securely{through}, but WordPress does not know it, so WooCommerce ignores keys sent \
             the usual way."
        ),
        action: "Paste the lines below into wp-config.php so that WordPress recognises the secure connection.".to_string(),
        explanation: format!(
            "The store is served over HTTPS{through}, but the secure connection ends there and WordPress receives plain HTTP. \
             WooCommerce then ignores API keys sent the usual way (it accepts them only over HTTPS), while signed OAuth requests \
             still work, so {app} is refused. One line in wp-config.php tells WordPress about the proxy{cf}.",
            app = ctx.app(),
            cf = if behind_cloudflare { "; setting Cloudflare's SSL mode to Full (strict) also helps" } else { "" },
        ),
        fixes,
    }
}

/// "orders and products" from the profile, for sentences.
fn resources_phrase(ctx: &Ctx<'_>) -> String {
    let names: Vec<String> = ctx
        .site
        .profile
        .resources
        .iter()
        .map(|r| Resource::as_str(*r).to_string())
        .collect();
    phrase_list(ctx.lang, &names, "store data")
}

fn read_only(ctx: &Ctx<'_>) -> Words {
    let permission = ctx
        .d
        .key_permission
        .clone()
        .unwrap_or_else(|| "read".to_string());
    let wanted = new_key_permission(ctx);
    Words {
        title: format!("The API key may only {permission}, but {} needs {wanted}", ctx.app()),
        summary: format!(
            "The API key may only {permission}, but {} also needs to change {}.",
            ctx.app(),
            resources_phrase(ctx)
        ),
        action: format!("Change the key's permission to {wanted} in WooCommerce; the key itself stays the same."),
        explanation: format!(
            "The key's permission is \"{permission}\", and WooCommerce answered {error}. {app} needs to create and update \
             {resources}. Change the key's permission to {wanted}: its key and secret stay the same.",
            error = wordpress_error(ctx, "\"The API key provided does not have write permissions\""),
            app = ctx.app(),
            resources = resources_phrase(ctx),
        ),
        fixes: vec![wordpress::key_permission_read_write(&ctx.site, wanted)],
    }
}

fn capability(ctx: &Ctx<'_>) -> Words {
    let missing: Vec<String> = ctx
        .d
        .missing_capabilities
        .iter()
        .map(|(resource, cap)| format!("{cap} (for {resource})"))
        .collect();
    let mut resources: Vec<String> = ctx
        .d
        .missing_capabilities
        .iter()
        .map(|(resource, _)| resource.clone())
        .collect();
    // Reading and creating orders are two capabilities of one resource: name it once.
    resources.dedup();
    let missing_phrase = phrase_list(ctx.lang, &missing, "the capabilities it needs");
    // WooCommerce checks promote_users before creating customers, and a Shop Manager lacks it.
    let admin_only = ctx
        .d
        .missing_capabilities
        .iter()
        .any(|(_, cap)| cap == "promote_users");
    let role = if admin_only {
        "the Administrator role (a Shop Manager may not create customers)"
    } else {
        "the Shop Manager or Administrator role"
    };
    Words {
        summary: format!(
            "The WordPress user who owns the key is not allowed to use {}.",
            phrase_list(ctx.lang, &resources, "everything the app needs")
        ),
        action: format!("Give that user {role}, or create the key under such a user."),
        title: format!(
            "The key's WordPress user may not use {}",
            phrase_list(ctx.lang, &resources, "what the app needs")
        ),
        explanation: format!(
            "The key works, but WooCommerce refuses {resources} because the WordPress user who owns the key lacks {missing_phrase}. \
             A key can do only what its user may do. Give that user {role}, or create the key under such a user.",
            resources = phrase_list(ctx.lang, &resources, "some requests"),
        ),
        fixes: vec![wordpress::key_user_role(&ctx.site, &missing_phrase, admin_only)],
    }
}

fn app_password_invalid(ctx: &Ctx<'_>) -> Words {
    Words {
        title: "WordPress rejects the application password".to_string(),
        summary: "WordPress refuses to sign in with the application password.".to_string(),
        action: format!(
            "Create a new application password and enter it in {} with the matching user name.",
            ctx.app()
        ),
        explanation: format!(
            "WordPress refused to sign in with the application password ({error}). It was revoked, mistyped, or belongs to \
             another user; application passwords also stop working when the site is not on HTTPS or a security plugin turns \
             them off. Create a new application password and enter it in {app} with the matching user name.",
            error = wordpress_error(ctx, "incorrect_password"),
            app = ctx.app(),
        ),
        fixes: vec![wordpress::new_application_password(&ctx.site)],
    }
}
