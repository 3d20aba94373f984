//! Connecting a store: the WooCommerce authorization through the callback relay, verification of the
//! delivered keys, and their safekeeping in the OS keyring. Shared by the CLI and the wizard.

pub mod app_password;
pub mod authorize;
pub mod flow;
mod report_edit;
pub mod revoke;
pub mod saved;
pub mod store_messages;
pub mod vantage;
pub mod vault;
pub mod watch;
