//! `site.url_mismatch`: WordPress's own address against the one the app uses, and the two ways to
//! make them one: use WordPress's address in the app, or correct WordPress's settings.

use url::Url;

use crate::fixes::fix;
use crate::report::{Fix, FixKind};

use super::context::{Ctx, Words};
use handshake_l10n::t;

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    let d = ctx.d;
    let app = ctx.app();
    let home = d.site_home.clone().unwrap_or_default();
    let app_address = d
        .app_address
        .clone()
        .unwrap_or_else(|| ctx.site.url().to_string());
    let wp_address = d
        .site_url
        .as_ref()
        .filter(|u| u.trim_end_matches('/') != home.trim_end_matches('/'))
        .map(|u| {
            format!(
                " {}",
                t!(ctx.lang, "site-url-wordpress-address", "url" => u.as_str())
            )
        })
        .unwrap_or_default();
    let host_differs = d
        .url_differences
        .iter()
        .any(|x| x.starts_with("the domain") || x.starts_with("www") || x.starts_with("the port"));
    // The analysis words the differences ("the domain (…)"); they are passed on as they are.
    let mut explanation = t!(ctx.lang,
        if host_differs { "site-url-explanation-host" } else { "site-url-explanation" },
        "home" => home.as_str(), "wordpress_address" => wp_address, "app" => app,
        "app_address" => app_address.as_str(), "differences" => d.url_differences.join("; "),
        "error" => "Invalid signature - provided signature does not match.");
    if ctx
        .evidence
        .iter()
        .any(|e| e.detail.contains("provided signature does not match"))
    {
        explanation.push(' ');
        explanation.push_str(&t!(ctx.lang, "site-url-explanation-happened"));
    }
    explanation.push(' ');
    explanation.push_str(&t!(ctx.lang, "site-url-explanation-one-address"));

    let fixes = vec![
        use_site_address(ctx, &home),
        general_settings(ctx, &app_address),
        wp_config(ctx, &app_address, d.site_url.as_deref()),
    ];
    Words {
        title: t!(ctx.lang, "site-url-title", "app" => app),
        summary: t!(ctx.lang, "site-url-summary", "app" => app),
        action: t!(ctx.lang, "site-url-action", "app" => app),
        explanation,
        fixes,
    }
}

fn use_site_address(ctx: &Ctx<'_>, home: &str) -> Fix {
    fix(
        FixKind::Instructions,
        t!(ctx.lang, "site-url-fix-use-site-address-title"),
        t!(ctx.lang, "site-url-fix-use-site-address", "home" => home, "app" => ctx.app()),
    )
}

fn general_settings(ctx: &Ctx<'_>, app_address: &str) -> Fix {
    fix(
        FixKind::WordpressSetting,
        t!(ctx.lang, "site-url-fix-general-settings-title"),
        t!(ctx.lang, "site-url-fix-general-settings",
            "general" => ctx.site.link("wp-admin/options-general.php"),
            "app" => app_address.trim_end_matches('/')),
    )
}

fn wp_config(ctx: &Ctx<'_>, app_address: &str, site_url: Option<&str>) -> Fix {
    let home = app_address.trim_end_matches('/');
    // Keep WordPress's own folder, move it to the app's scheme and domain.
    let siteurl = site_url
        .and_then(|s| Url::parse(s).ok())
        .zip(Url::parse(app_address).ok())
        .map(|(s, a)| {
            let folder = s.path().trim_end_matches('/').to_string();
            format!("{}{folder}", a.origin().ascii_serialization())
        })
        .unwrap_or_else(|| home.to_string());
    fix(
        FixKind::WpConfig,
        t!(ctx.lang, "site-url-fix-wp-config-title"),
        format!(
            "// {}\n// {}\n\
             define( 'WP_HOME', '{home}' );\n\
             define( 'WP_SITEURL', '{siteurl}' );",
            t!(ctx.lang, "site-url-fix-wp-config-comment"),
            t!(ctx.lang, "site-url-fix-wp-config-where", "marker" => "/* That's all, stop editing! */"),
        ),
    )
}
