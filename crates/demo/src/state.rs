//! The store's database: users, API keys, shop objects, and the request log.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::credentials::{
    TEST_CONSUMER_KEY, TEST_CONSUMER_SECRET, TEST_WP_APP_PASSWORD, TEST_WP_USER,
};
use crate::ojson::J;
use crate::scenario::KeySetup;
use crate::woocommerce::data::{seed_items, Resource};

/// A WooCommerce key's own permission (`woocommerce_api_keys.permissions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyPermissions {
    Read,
    Write,
    ReadWrite,
}

impl KeyPermissions {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyPermissions::Read => "read",
            KeyPermissions::Write => "write",
            KeyPermissions::ReadWrite => "read_write",
        }
    }
    pub(crate) fn parse(s: &str) -> Option<KeyPermissions> {
        match s {
            "read" => Some(KeyPermissions::Read),
            "write" => Some(KeyPermissions::Write),
            "read_write" => Some(KeyPermissions::ReadWrite),
            _ => None,
        }
    }
    pub(crate) fn can_read(self) -> bool {
        matches!(self, KeyPermissions::Read | KeyPermissions::ReadWrite)
    }
    pub(crate) fn can_write(self) -> bool {
        matches!(self, KeyPermissions::Write | KeyPermissions::ReadWrite)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Administrator,
    /// Custom role of the missing-capability scenario: orders and products only.
    ShopClerk,
}

impl Role {
    pub(crate) fn has_cap(self, cap: &str) -> bool {
        const CLERK: &[&str] = &[
            "read",
            "read_shop_orders",
            "read_private_shop_orders",
            "edit_shop_orders",
            "edit_others_shop_orders",
            "publish_shop_orders",
            "delete_shop_orders",
            "read_product",
            "read_private_products",
            "edit_products",
            "edit_others_products",
            "publish_products",
            "delete_products",
        ];
        match self {
            Role::Administrator => true,
            Role::ShopClerk => CLERK.contains(&cap),
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct User {
    pub id: u64,
    pub login: String,
    pub email: String,
    pub role: Role,
    /// Application passwords, normalised (WordPress strips everything but letters and digits).
    pub app_passwords: Vec<String>,
}

/// Public view of an API key, for tests (`RunningStore::api_keys`).
#[derive(Clone, Debug)]
pub struct ApiKeyInfo {
    pub key_id: u64,
    pub user_id: u64,
    pub description: String,
    pub permissions: KeyPermissions,
    pub truncated_key: String,
    /// The key passed authentication on a real REST path at least once.
    pub last_access: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct ApiKey {
    pub key_id: u64,
    pub user_id: u64,
    pub description: String,
    pub permissions: KeyPermissions,
    pub consumer_key: String,
    pub consumer_secret: String,
    /// OAuth nonces by timestamp (WooCommerce keeps them in the key row).
    pub nonces: BTreeMap<i64, String>,
    pub last_access: bool,
}

/// One recorded request (what the client sent, before any fault).
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    pub method: String,
    /// Path plus query, as sent.
    pub path: String,
    /// Header names are lowercase.
    pub headers: Vec<(String, String)>,
    /// The request arrived over TLS.
    pub tls: bool,
}

impl RecordedRequest {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub(crate) struct Db {
    pub users: Vec<User>,
    pub keys: Vec<ApiKey>,
    pub next_key_id: u64,
    pub items: BTreeMap<Resource, Vec<J>>,
    pub next_object_id: i64,
    /// WordPress posts (`/wp/v2/posts`).
    pub posts: Vec<crate::wordpress::post_row::Post>,
    pub writes: usize,
    pub requests: Vec<RecordedRequest>,
}

pub(crate) struct Store {
    pub db: Mutex<Db>,
}

pub(crate) fn normalize_app_password(p: &str) -> String {
    p.chars().filter(char::is_ascii_alphanumeric).collect()
}

impl Store {
    pub(crate) fn new(setup: KeySetup) -> Store {
        let mut users = vec![User {
            id: 1,
            login: TEST_WP_USER.to_string(),
            email: "admin@shop.test".to_string(),
            role: Role::Administrator,
            app_passwords: vec![normalize_app_password(TEST_WP_APP_PASSWORD)],
        }];
        let mut key_user = 1;
        if setup == KeySetup::Clerk {
            users.push(User {
                id: 2,
                login: "clerk".to_string(),
                email: "clerk@shop.test".to_string(),
                role: Role::ShopClerk,
                app_passwords: Vec::new(),
            });
            key_user = 2;
        }
        let mut keys = Vec::new();
        if setup != KeySetup::Missing {
            keys.push(ApiKey {
                key_id: 1,
                user_id: key_user,
                description: "Handshake test key".to_string(),
                permissions: if setup == KeySetup::ReadOnly {
                    KeyPermissions::Read
                } else {
                    KeyPermissions::ReadWrite
                },
                consumer_key: TEST_CONSUMER_KEY.to_string(),
                consumer_secret: if setup == KeySetup::WrongSecret {
                    // Same key, another secret: what a regenerated or mistyped secret looks like.
                    "cs_0000000000000000000000000000000000000000".to_string()
                } else {
                    TEST_CONSUMER_SECRET.to_string()
                },
                nonces: BTreeMap::new(),
                last_access: false,
            });
        }
        Store {
            db: Mutex::new(Db {
                users,
                keys,
                next_key_id: 2,
                items: seed_items(),
                next_object_id: 1000,
                posts: vec![crate::wordpress::post_row::Post::hello_world()],
                writes: 0,
                requests: Vec::new(),
            }),
        }
    }

    pub(crate) fn lock(&self) -> std::sync::MutexGuard<'_, Db> {
        // A panic in one handler must not take the whole store down.
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Db {
    pub(crate) fn user(&self, id: u64) -> Option<&User> {
        self.users.iter().find(|u| u.id == id)
    }
    pub(crate) fn user_by_login_or_email(&self, name: &str) -> Option<&User> {
        self.users.iter().find(|u| u.login == name).or_else(|| {
            self.users
                .iter()
                .find(|u| u.email.eq_ignore_ascii_case(name))
        })
    }
    pub(crate) fn key_by_consumer_key(&self, ck: &str) -> Option<&ApiKey> {
        self.keys.iter().find(|k| k.consumer_key == ck)
    }
    pub(crate) fn key_mut(&mut self, key_id: u64) -> Option<&mut ApiKey> {
        self.keys.iter_mut().find(|k| k.key_id == key_id)
    }
}
