//! Where an owner revokes a key: WooCommerce lists its keys under Settings → Advanced → REST API;
//! application passwords live on the user's profile page.

use handshake_engine::StoreUrl;
use handshake_l10n::{t, Lang};

pub fn woocommerce_keys_page(store: &StoreUrl) -> String {
    store
        .join("wp-admin/admin.php?page=wc-settings&tab=advanced&section=keys")
        .to_string()
}

pub fn app_passwords_page(store: &StoreUrl) -> String {
    store
        .join("wp-admin/profile.php#application-passwords-section")
        .to_string()
}

/// One sentence telling the owner how to revoke what was saved, in English.
pub fn instructions(store: &StoreUrl, auth_kind: &str, key_hint: Option<&str>) -> String {
    instructions_in(store, auth_kind, key_hint, Lang::En)
}

/// [`instructions`] in `lang` (messages `revoke-*` in cli.ftl; the page's address is a value).
pub fn instructions_in(
    store: &StoreUrl,
    auth_kind: &str,
    key_hint: Option<&str>,
    lang: Lang,
) -> String {
    if auth_kind == "application-password" {
        return t!(lang, "revoke-app-password", "page" => app_passwords_page(store));
    }
    let page = woocommerce_keys_page(store);
    match key_hint {
        Some(h) => t!(
            lang,
            "revoke-key-ending",
            "page" => page,
            "hint" => h.trim_start_matches('…')
        ),
        None => t!(lang, "revoke-key", "page" => page),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_respect_the_install_folder() {
        let s = StoreUrl::parse("https://example.com/shop").unwrap();
        assert_eq!(woocommerce_keys_page(&s), "https://example.com/shop/wp-admin/admin.php?page=wc-settings&tab=advanced&section=keys");
        assert!(
            instructions(&s, "woocommerce-keys", Some("…abc1234")).contains("ending in abc1234")
        );
    }

    #[test]
    fn in_the_owners_language_with_the_page_unchanged() {
        let s = StoreUrl::parse("https://example.com/shop").unwrap();
        let de = instructions_in(&s, "woocommerce-keys", Some("…abc1234"), Lang::De);
        assert!(
            de.contains(&woocommerce_keys_page(&s)) && de.contains("abc1234"),
            "{de}"
        );
        assert!(de.contains("Widerrufen"), "{de}");
        let es = instructions_in(&s, "application-password", None, Lang::Es);
        assert!(
            es.contains(&app_passwords_page(&s)) && es.contains("Revocar"),
            "{es}"
        );
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }
}
