//! Against the real Secret Service (gnome-keyring in a private D-Bus session, set up by
//! scripts/with-keyring.sh, which the test command uses): credentials saved for a store are really in
//! the system keyring — not the crate's silent in-memory mock — load back intact, and are deleted.

use std::process::Command;

use handshake_connect::vault;
use handshake_engine::{AppPassword, Credentials, WooKeys};
use secrecy::ExposeSecret;

const CK: &str = "ck_1111111111222222222233333333334444444444";
const CS: &str = "cs_aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd";

fn secret_tool(args: &[&str]) -> String {
    let out = Command::new("secret-tool")
        .args(args)
        .output()
        .expect("secret-tool (libsecret-tools) is installed");
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn credentials_live_in_the_real_secret_service() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "no D-Bus session: run the suite through scripts/test.sh (it starts gnome-keyring in a private session)"
    );
    let store = "https://keyring-test.shop.test/";
    let creds = Credentials {
        woo: Some(WooKeys::new(CK, CS).unwrap()),
        app_password: Some(AppPassword::new("admin", "abcd EFGH ijkl MNOP qrst UVWX").unwrap()),
    };
    vault::save(store, &creds).expect("saved to the keyring");

    // Proof that the real Secret Service holds it: another process finds it there.
    let found = secret_tool(&["search", "--all", "service", vault::SERVICE]);
    assert!(
        found.contains(store),
        "secret-tool does not see the entry:\n{found}"
    );
    let secret = secret_tool(&["lookup", "service", vault::SERVICE, "username", store]);
    assert!(
        secret.contains(CS),
        "the stored secret is not the one saved"
    );

    let loaded = vault::load(store).unwrap().expect("an entry");
    let woo = loaded.woo.unwrap();
    assert_eq!(woo.consumer_key.expose_secret(), CK);
    assert_eq!(woo.consumer_secret.expose_secret(), CS);
    assert_eq!(loaded.app_password.unwrap().user, "admin");

    assert!(vault::delete(store).unwrap());
    assert!(vault::load(store).unwrap().is_none(), "gone after delete");
    assert!(
        !vault::delete(store).unwrap(),
        "deleting twice is not an error"
    );
    assert!(!secret_tool(&["search", "--all", "service", vault::SERVICE]).contains(store));
}
