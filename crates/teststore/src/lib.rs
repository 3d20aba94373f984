//! The scenario store: a real HTTP(S) server on loopback that behaves like WordPress 6.1 +
//! WooCommerce 6.6 as HTTP clients see them, with injectable real-world faults (firewalls,
//! stripped headers, redirects, bad certificates, hostile servers).
//!
//! It is an independent oracle for the diagnosis engine: it does not depend on it.
//!
//! ```no_run
//! # async fn demo() -> Result<(), handshake_teststore::StoreError> {
//! let store = handshake_teststore::start(handshake_teststore::StoreOptions::new("auth-header-stripped")).await?;
//! println!("{} (trust {:?})", store.url(), store.ca_pem());
//! store.shutdown().await;
//! # Ok(()) }
//! ```

mod ojson;

mod apache;
mod auth;
mod context;
mod error;
mod faults;
pub mod kit;
mod pages;
mod plain_on_tls;
mod request;
mod response;
mod scenario;
mod server;
mod state;
mod tls;
mod wc_auth;
mod woocommerce;
mod wordpress;

pub use error::StoreError;
pub use scenario::{scenarios, Check, ScenarioInfo};
pub use server::{start, RunningStore, StoreOptions, Tls, APP_SERVERS};
pub use state::{ApiKeyInfo, KeyPermissions, RecordedRequest};
/// Send this `Cookie` header to act as the store's logged-in admin (with `auto_approve`).
pub use wc_auth::LOGGED_IN_COOKIE;

/// The store's fixed test consumer key (`ck_` + 40 hex).
pub const TEST_CONSUMER_KEY: &str = "ck_4f1c2a9e7b3d5f60812a4c6e8b0d2f4a6c8e0b1d";
/// The fixed test consumer secret (`cs_` + 40 hex).
pub const TEST_CONSUMER_SECRET: &str = "cs_9a7b5c3d1e2f4a6b8c0d9e7f5a3b1c2d4e6f8a0b";
/// The WordPress administrator's login.
pub const TEST_WP_USER: &str = "admin";
/// The administrator's application password, in WordPress's display form.
pub const TEST_WP_APP_PASSWORD: &str = "abcd EFGH ijkl MNOP qrst UVWX";
