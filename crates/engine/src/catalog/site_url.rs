//! `site.url_mismatch`: WordPress's own address against the one the app uses, and the two ways to
//! make them one: use WordPress's address in the app, or correct WordPress's settings.

use url::Url;

use crate::fixes::fix;
use crate::report::{Fix, FixKind};

use super::context::{Ctx, Words};

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
        .map(|u| format!(" (its WordPress Address, where its files live, is {u})"))
        .unwrap_or_default();
    let host_differs = d
        .url_differences
        .iter()
        .any(|x| x.starts_with("the domain") || x.starts_with("www") || x.starts_with("the port"));
    let mut explanation = format!(
        "WordPress says its Site Address is {home}{wp_address}, but {app} uses {app_address}. They differ in {}. \
         WooCommerce builds the links of the page where you approve {app} from the Site Address, so you are sent to {home} \
         while approving",
        d.url_differences.join("; ")
    );
    if host_differs {
        explanation.push_str(&format!(
            ", and it checks requests signed with OAuth 1.0a against the Site Address's host, so signatures {app} makes for \
             {app_address} are refused (\"Invalid signature - provided signature does not match.\")"
        ));
    }
    explanation.push('.');
    if ctx
        .evidence
        .iter()
        .any(|e| e.detail.contains("provided signature does not match"))
    {
        explanation.push_str(
            " That happened here, while the same key worked when signed for the Site Address or sent without a \
             signature.",
        );
    }
    explanation.push_str(" Use one address everywhere: either the Site Address in the app, or correct the Site Address.");

    let fixes = vec![
        use_site_address(ctx, &home),
        general_settings(ctx, &app_address),
        wp_config(&app_address, d.site_url.as_deref()),
    ];
    Words {
        title: format!("WordPress's own address is not the address {app} uses"),
        summary: format!("WordPress has a different address for your store than the one {app} uses."),
        action: format!(
            "Use one address everywhere: enter WordPress's Site Address in {app}, or correct the Site Address in WordPress."
        ),
        explanation,
        fixes,
    }
}

fn use_site_address(ctx: &Ctx<'_>, home: &str) -> Fix {
    fix(
        FixKind::Instructions,
        "If WordPress's address is the right one: use it in the app",
        format!(
            "Enter {home} as the store address in {app} (and in this check), then connect {app} again so its keys and \
             callbacks use that address.",
            app = ctx.app(),
        ),
    )
}

fn general_settings(ctx: &Ctx<'_>, app_address: &str) -> Fix {
    fix(
        FixKind::WordpressSetting,
        "If the app's address is the right one: correct WordPress's address",
        format!(
            "In WordPress ({general}), go to Settings → General and set \"Site Address (URL)\" to {app} (without the \
             trailing slash). \"WordPress Address (URL)\" is where WordPress's files live: give it the same scheme and \
             domain but keep its folder. Click Save Changes, then log in again at the new address. If the two fields are \
             greyed out, wp-config.php sets them (see the next fix).",
            general = ctx.site.link("wp-admin/options-general.php"),
            app = app_address.trim_end_matches('/'),
        ),
    )
}

fn wp_config(app_address: &str, site_url: Option<&str>) -> Fix {
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
        "If wp-config.php sets the addresses: change them there",
        format!(
            "// Handshake: WordPress's addresses, as the app uses them.\n\
             // Paste in wp-config.php above the line \"/* That's all, stop editing! */\" (replace these two lines if they are already there).\n\
             define( 'WP_HOME', '{home}' );\n\
             define( 'WP_SITEURL', '{siteurl}' );"
        ),
    )
}
