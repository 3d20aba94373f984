//! The demo store: a real HTTP(S) server on loopback that behaves like WordPress 6.1 +
//! WooCommerce 6.6 as HTTP clients see them, with injectable real-world faults (firewalls,
//! stripped headers, redirects, bad certificates, hostile servers).
//!
//! It is an independent oracle for the diagnosis engine: it does not depend on it.
//!
//! ```no_run
//! # async fn demo() -> Result<(), handshake_demo::StoreError> {
//! let store = handshake_demo::start(handshake_demo::StoreOptions::new("auth-header-stripped")).await?;
//! println!("{} (trust {:?})", store.url(), store.ca_pem());
//! store.shutdown().await;
//! # Ok(()) }
//! ```

mod ojson;

mod apache;
mod auth;
mod context;
mod credentials;
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

pub use credentials::{
    TEST_CONSUMER_KEY, TEST_CONSUMER_SECRET, TEST_WP_APP_PASSWORD, TEST_WP_USER,
};
pub use error::StoreError;
pub use scenario::{scenarios, Check, ScenarioInfo};
pub use server::{start, RunningStore, StoreOptions, Tls, APP_SERVERS};
pub use state::{ApiKeyInfo, KeyPermissions, RecordedRequest};
/// Send this `Cookie` header to act as the store's logged-in admin (with `auto_approve`).
pub use wc_auth::LOGGED_IN_COOKIE;
