//! Where an owner revokes a key: WooCommerce lists its keys under Settings → Advanced → REST API;
//! application passwords live on the user's profile page.

use handshake_engine::StoreUrl;

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

/// One sentence telling the owner how to revoke what was saved.
pub fn instructions(store: &StoreUrl, auth_kind: &str, key_hint: Option<&str>) -> String {
    if auth_kind == "application-password" {
        format!(
            "To revoke it, open {} and click Revoke next to the Handshake application password.",
            app_passwords_page(store)
        )
    } else {
        let which = key_hint
            .map(|h| format!(" (the key ending in {})", h.trim_start_matches('…')))
            .unwrap_or_default();
        format!(
            "To revoke the key{which}, open {} and click Revoke under its description.",
            woocommerce_keys_page(store)
        )
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
}
