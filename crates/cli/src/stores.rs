//! `handshake stores` and `handshake forget URL`.

use handshake_connect::{revoke, saved::SavedStores, vault};
use handshake_engine::StoreUrl;

use crate::args::{ForgetArgs, StoresArgs};
use crate::exit;

fn open() -> Result<SavedStores, u8> {
    SavedStores::open_default().map_err(|e| {
        eprintln!("handshake: {e}");
        exit::TOOL_FAILED
    })
}

pub fn list(args: StoresArgs) -> u8 {
    let saved = match open() {
        Ok(s) => s,
        Err(code) => return code,
    };
    let stores = match saved.list() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("handshake: {e}");
            return exit::TOOL_FAILED;
        }
    };
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&stores).unwrap_or_else(|_| "[]".into())
        );
        return exit::OK;
    }
    if stores.is_empty() {
        println!("No saved stores. Connect one with: handshake connect STORE_URL");
        return exit::OK;
    }
    for s in stores {
        let check = match (&s.last_check, &s.last_verdict) {
            (Some(at), Some(v)) => format!("last check {at}: {v}"),
            _ => "not checked since connecting".to_string(),
        };
        let key = s
            .key_hint
            .as_deref()
            .map(|h| format!(", key {h}"))
            .unwrap_or_default();
        let perms = s
            .key_permissions
            .as_deref()
            .map(|p| format!(" ({p})"))
            .unwrap_or_default();
        println!(
            "{}  {}{key}{perms}; connected {}; {check}",
            s.url, s.display_name, s.connected_at
        );
    }
    exit::OK
}

pub fn forget(args: ForgetArgs) -> u8 {
    let store = match StoreUrl::parse(&args.store_url) {
        Ok(s) => s,
        Err(e) => return exit::bad_input(e),
    };
    let saved = match open() {
        Ok(s) => s,
        Err(code) => return code,
    };
    let removed_keys = match vault::delete(store.as_str()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("handshake: {e}");
            return exit::TOOL_FAILED;
        }
    };
    let removed = match saved.remove(store.as_str()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("handshake: {e}");
            return exit::TOOL_FAILED;
        }
    };
    if !removed_keys && removed.is_none() {
        return exit::bad_input(format!(
            "{store} is not saved on this computer (see `handshake stores`)"
        ));
    }
    println!(
        "Forgot {store}: its keys are gone from the OS keyring and its details from this computer."
    );
    let kind = removed
        .as_ref()
        .map(|s| s.auth_kind.as_str())
        .unwrap_or("woocommerce-keys");
    let hint = removed.as_ref().and_then(|s| s.key_hint.as_deref());
    println!(
        "The key still works in WooCommerce until you revoke it. {}",
        revoke::instructions(&store, kind, hint)
    );
    exit::OK
}
