//! Handshake's callback relay.
//!
//! WooCommerce's app authorization delivers a new consumer key only by a server-to-server POST to
//! the app's `callback_url`. A desktop app cannot receive that, so this relay does: it validates the
//! POST, seals it at once to a public key the desktop made for this one session, and hands the
//! ciphertext to the desktop exactly once. See `docs/relay.md`.
//!
//! This crate is the server; the desktop's side (the client, the wire types, the sealed boxes) is
//! `handshake-relay-client` (`crates/relay-client`), so the apps link no HTTP server or Redis.
//!
//! - [`protocol`], [`seal`]: re-exported from the client crate; the server speaks the same types.
//! - [`server`]: [`server::serve`] starts the service.
//! - [`store`]: session storage in memory or Redis.

pub use handshake_relay_client::{protocol, seal};

pub mod client_ip;
pub mod clock;
pub mod ids;
pub mod json_depth;
pub mod limits;
pub mod server;
pub mod store;
pub mod wc_callback;
pub mod wipe;

pub use limits::Limits;
pub use server::{serve, RelayConfig, RemoteCheckConfig, RunningRelay, Storage, TlsPem};
