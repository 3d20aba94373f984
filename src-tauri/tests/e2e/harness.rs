//! The WebDriver harness lives in its own crate (tests/desktop-driver), shared with the
//! real-server suite, which drives this app against real WooCommerce.

pub use handshake_desktop_driver::*;
