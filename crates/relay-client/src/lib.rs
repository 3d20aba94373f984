//! The desktop's side of Handshake's callback relay (the server is `crates/relay`).
//!
//! WooCommerce delivers a new consumer key only by a server-to-server POST to the app's
//! `callback_url`; the relay receives it, seals it to a public key this side made for the session,
//! and hands the ciphertext over exactly once. See `docs/relay.md`.
//!
//! - [`protocol`]: the wire types, shared with the server so the two cannot drift apart.
//! - [`seal`]: the sealed boxes (the server seals, the client opens).
//! - [`client`]: [`RelayClient`], what the desktop, the CLI and the connect flow use.

pub mod client;
pub mod protocol;
pub mod seal;

pub use client::{ClientError, DeliveredKeys, PickupOutcome, RelayClient, Session};
