//! The desktop side of a pickup: the relay's JSON answer, the base64 sealed payload, and (sealed
//! to our own key, so the box opens) arbitrary plaintext where the key document should be.
#![no_main]
use std::sync::OnceLock;

use base64::Engine as _;
use handshake_relay_client::client::open_sealed;
use handshake_relay_client::protocol::PickupResponse;
use handshake_relay_client::seal::{seal, KeyPair};
use libfuzzer_sys::fuzz_target;

fn keypair() -> &'static KeyPair {
    static KP: OnceLock<KeyPair> = OnceLock::new();
    KP.get_or_init(KeyPair::generate)
}

fuzz_target!(|data: &[u8]| {
    let kp = keypair();
    if let Ok(answer) = serde_json::from_slice::<PickupResponse>(data) {
        if let Some(sealed) = &answer.sealed_payload {
            let _ = open_sealed(kp, "hs_session_user", sealed);
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = open_sealed(kp, "hs_session_user", text);
    }
    let boxed = seal(&kp.public_key(), data).expect("sealing works");
    let b64 = base64::engine::general_purpose::STANDARD.encode(boxed);
    if let Ok(keys) = open_sealed(kp, "hs_session_user", &b64) {
        assert_eq!(keys.user_id, "hs_session_user");
    }
});
