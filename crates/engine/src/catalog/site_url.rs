//! `site.url_mismatch`: WordPress's own address against the one the app uses, and the two ways to
//! make them one: use WordPress's address in the app, or correct WordPress's settings.

use url::Url;

use crate::details::UrlDifference;
use crate::fixes::fix;
use crate::report::{Fix, FixKind};

use super::context::{Ctx, Words};
use handshake_l10n::{t, Lang};

/// One difference in words: "the scheme: WordPress uses http, the app uses https".
fn difference(lang: Lang, x: &UrlDifference) -> String {
    match x {
        UrlDifference::Scheme { wordpress, app } => t!(lang, "site-url-differs-scheme",
            "wordpress" => wordpress.as_str(), "app" => app.as_str()),
        UrlDifference::Www { wordpress, app } => t!(lang, "site-url-differs-www",
            "wordpress" => wordpress.as_str(), "app" => app.as_str()),
        UrlDifference::Domain { wordpress, app } => t!(lang, "site-url-differs-domain",
            "wordpress" => wordpress.as_str(), "app" => app.as_str()),
        UrlDifference::Port { wordpress, app } => t!(lang, "site-url-differs-port",
            "wordpress" => wordpress.to_string(), "app" => app.to_string()),
        UrlDifference::Folder { wordpress, app } => t!(lang, "site-url-differs-folder",
            "wordpress" => wordpress.as_str(), "app" => app.as_str()),
    }
}

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
    let host_differs = d.url_differences.iter().any(|x| {
        matches!(
            x,
            UrlDifference::Domain { .. } | UrlDifference::Www { .. } | UrlDifference::Port { .. }
        )
    });
    let differences: Vec<String> = d
        .url_differences
        .iter()
        .map(|x| difference(ctx.lang, x))
        .collect();
    let mut explanation = t!(ctx.lang,
        if host_differs { "site-url-explanation-host" } else { "site-url-explanation" },
        "home" => home.as_str(), "wordpress_address" => wp_address, "app" => app,
        "app_address" => app_address.as_str(), "differences" => differences.join("; "),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_read_as_before_in_english() {
        let x = |w: &str, a: &str| (w.to_string(), a.to_string());
        let (wordpress, app) = x("http", "https");
        assert_eq!(
            difference(Lang::En, &UrlDifference::Scheme { wordpress, app }),
            "the scheme: WordPress uses http, the app uses https"
        );
        let (wordpress, app) = x("www.shop.example", "shop.example");
        assert_eq!(
            difference(Lang::En, &UrlDifference::Www { wordpress, app }),
            "www: WordPress uses www.shop.example, the app uses shop.example"
        );
        let (wordpress, app) = x("new.example", "old.example");
        assert_eq!(
            difference(Lang::En, &UrlDifference::Domain { wordpress, app }),
            "the domain: WordPress uses new.example, the app uses old.example"
        );
        assert_eq!(
            difference(
                Lang::En,
                &UrlDifference::Port {
                    wordpress: 9443,
                    app: 8443
                }
            ),
            "the port: WordPress uses 9443, the app uses 8443"
        );
        let (wordpress, app) = x("/store/", "/");
        assert_eq!(
            difference(Lang::En, &UrlDifference::Folder { wordpress, app }),
            "the folder: WordPress lives at /store/, the app uses /"
        );
    }
}
