//! Handshake's callback relay.
//!
//! WooCommerce's app authorization delivers a new consumer key only by a server-to-server POST to
//! the app's `callback_url`. A desktop app cannot receive that, so this relay does: it validates the
//! POST, seals it at once to a public key the desktop made for this one session, and hands the
//! ciphertext to the desktop exactly once. See `docs/relay.md`.
//!
//! - [`protocol`]: the wire types, shared by [`server`] and [`client`].
//! - [`server`]: [`server::serve`] starts the service.
//! - [`client`]: [`client::RelayClient`], what the desktop and the CLI use.
//! - [`store`]: session storage in memory or Redis.

pub mod client;
pub mod client_ip;
pub mod clock;
pub mod ids;
pub mod json_depth;
pub mod limits;
pub mod protocol;
pub mod seal;
pub mod server;
pub mod store;
pub mod wc_callback;
pub mod wipe;

pub use client::{DeliveredKeys, PickupOutcome, RelayClient, Session};
pub use limits::Limits;
pub use server::{serve, RelayConfig, RemoteCheckConfig, RunningRelay, Storage, TlsPem};
