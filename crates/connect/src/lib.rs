//! Connecting a store: the WooCommerce authorization through the callback relay, verification of the
//! delivered keys, and their safekeeping in the OS keyring. Shared by the CLI and the wizard.

pub mod saved;
pub mod vault;
pub mod revoke;
pub mod authorize;
pub mod store_messages;
pub mod flow;
mod report_edit;
pub mod app_password;
