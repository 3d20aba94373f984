//! Snippet generators: each function returns one [`Fix`] whose `text` is ready to paste, filled with
//! the store's host and install folder and the integration profile's values. The catalog picks which
//! ones a finding gets; the real-server suite's `fixes` test (`tests/real-servers/tests/fixes/`)
//! loads them into real servers.

pub mod apache;
pub(crate) mod cloudflare;
pub(crate) mod hosting;
pub mod modsecurity;
pub mod nginx;
pub(crate) mod plugins;
pub mod wordpress;

use crate::details::ServerKind;
use crate::profile::Profile;
use crate::report::{Fix, FixKind, Lang};
use crate::store_url::StoreUrl;

/// The values every snippet is filled with.
#[derive(Debug, Clone, Copy)]
pub struct Site<'a> {
    pub store: &'a StoreUrl,
    pub profile: &'a Profile,
    /// The language of fix titles and instructions; the text to paste is the same in every one.
    pub lang: Lang,
}

impl<'a> Site<'a> {
    pub fn new(store: &'a StoreUrl, profile: &'a Profile) -> Site<'a> {
        Site {
            store,
            profile,
            lang: Lang::default(),
        }
    }

    pub fn with_lang(self, lang: Lang) -> Site<'a> {
        Site { lang, ..self }
    }

    pub fn host(&self) -> &str {
        self.store.host()
    }

    /// The store's address as the owner knows it (`https://shop.example.com/shop/`).
    pub fn url(&self) -> &str {
        self.store.as_str()
    }

    /// Absolute URL below the install folder, for messages (`rel` like `wp-json/wc/v3/orders`).
    pub fn link(&self, rel: &str) -> String {
        self.store.join(rel).to_string()
    }

    /// The install folder, `/` or `/shop/`.
    pub fn base(&self) -> &str {
        self.store.base_path()
    }

    /// `/wp-json/` below the install folder (`/shop/wp-json/`).
    pub fn rest_prefix(&self) -> String {
        format!("{}wp-json/", self.base())
    }

    /// The WooCommerce REST namespace prefix (`/shop/wp-json/wc/`).
    pub fn wc_prefix(&self) -> String {
        format!("{}wp-json/wc/", self.base())
    }

    /// WooCommerce's app-authorization endpoint prefix (`/shop/wc-auth/v1/`).
    pub fn auth_prefix(&self) -> String {
        format!("{}wc-auth/v1/", self.base())
    }

    /// `/shop/index.php`: where WordPress's pretty permalinks are routed.
    pub fn index_php(&self) -> String {
        format!("{}index.php", self.base())
    }

    pub fn app(&self) -> &str {
        &self.profile.name
    }

    /// Addresses the app calls the store from (IPs or CIDR ranges), as the profile lists them.
    pub fn ips(&self) -> &[String] {
        &self.profile.allow_ips
    }

    pub fn has_ips(&self) -> bool {
        !self.profile.allow_ips.is_empty()
    }

    /// `203.0.113.7, 2001:db8::7` for sentences.
    pub fn ip_list(&self) -> String {
        self.profile.allow_ips.join(", ")
    }
}

/// Builds a fix. Titles say where the text goes; texts are pasted as they are.
pub(crate) fn fix(kind: FixKind, title: impl Into<String>, text: impl Into<String>) -> Fix {
    Fix {
        kind,
        title: title.into(),
        text: text.into(),
    }
}

/// Puts the server's own snippets first: `.htaccess` before nginx on Apache, LiteSpeed and unknown
/// servers (most shared hosts), nginx first when nginx answered. Other fixes keep their place
/// relative to the group.
pub(crate) fn server_snippets(server: ServerKind, htaccess: Vec<Fix>, nginx: Vec<Fix>) -> Vec<Fix> {
    match server {
        ServerKind::Nginx => nginx.into_iter().chain(htaccess).collect(),
        ServerKind::Apache | ServerKind::LiteSpeed | ServerKind::Unknown => {
            htaccess.into_iter().chain(nginx).collect()
        }
    }
}
