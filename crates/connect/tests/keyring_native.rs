//! Windows and macOS: the vault keeps credentials in the platform's own store (Credential Manager,
//! the login Keychain), not in the keyring crate's in-memory mock, which v3 silently uses when a
//! platform feature is missing. Runs on those platforms' runners (the release workflow's "platform
//! code paths" step); on Linux, tests/keyring.rs proves the same against the Secret Service.
#![cfg(any(target_os = "windows", target_os = "macos"))]

use handshake_connect::vault;
use handshake_engine::{AppPassword, Credentials, WooKeys};
use secrecy::ExposeSecret;

const CK: &str = "ck_1111111111222222222233333333334444444444";
const CS: &str = "cs_aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd";

#[test]
fn the_platform_store_holds_the_keys() {
    let store = "https://native-keyring-test.shop.test/";
    let entry = keyring::Entry::new(vault::SERVICE, store).expect("an entry");
    #[cfg(target_os = "windows")]
    assert!(
        entry
            .get_credential()
            .downcast_ref::<keyring::windows::WinCredential>()
            .is_some(),
        "Credential Manager, not the mock"
    );
    #[cfg(target_os = "macos")]
    assert!(
        entry
            .get_credential()
            .downcast_ref::<keyring::macos::MacCredential>()
            .is_some(),
        "the Keychain, not the mock"
    );
    let creds = Credentials {
        woo: Some(WooKeys::new(CK, CS).unwrap()),
        app_password: Some(AppPassword::new("admin", "abcd EFGH ijkl MNOP qrst UVWX").unwrap()),
    };
    vault::save(store, &creds).expect("saved");
    let back = vault::load(store).expect("read").expect("present");
    let woo = back.woo.expect("the key pair");
    assert_eq!(woo.consumer_key.expose_secret(), CK);
    assert_eq!(woo.consumer_secret.expose_secret(), CS);
    assert!(vault::delete(store).expect("deleted"));
    assert!(vault::load(store).expect("read").is_none());
}
