//! Unguessable identifiers and bearer tokens, and the only form in which a token is stored: its hash.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// 144 bits: unguessable, and a multiple of 3 bytes so the base64 has no padding.
const ID_BYTES: usize = 18;
/// 256 bits for the pickup token.
const TOKEN_BYTES: usize = 32;

fn random_b64(n: usize) -> String {
    let mut buf = vec![0u8; n];
    // ThreadRng is a CSPRNG reseeded from the OS.
    rand::rng().fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(&buf)
}

/// A new session id (URL-safe, also used as WooCommerce's opaque `user_id`).
pub fn new_session_id() -> String {
    random_b64(ID_BYTES)
}

/// A new pickup token.
pub fn new_token() -> String {
    random_b64(TOKEN_BYTES)
}

/// Session ids only ever come from [`new_session_id`]; anything else is refused before it reaches
/// storage (keeps odd bytes out of Redis keys and logs).
pub fn is_valid_session_id(id: &str) -> bool {
    (16..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// SHA-256 of a token. The token has 256 bits of entropy, so a fast hash is enough: there is
/// nothing to brute-force.
pub fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// Whether `presented` hashes to `stored`, compared in constant time.
pub fn token_matches(presented: &str, stored: &[u8; 32]) -> bool {
    token_hash(presented).ct_eq(stored).into()
}

/// A short, non-reversible tag for a session id in logs: correlates lines without handing a log
/// reader the id itself (which would let them post to the callback URL).
pub fn log_tag(id: &str) -> String {
    let digest = Sha256::digest(id.as_bytes());
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_long_unique_and_valid() {
        let a = new_session_id();
        let b = new_session_id();
        assert_ne!(a, b);
        assert_eq!(a.len(), 24);
        assert!(is_valid_session_id(&a));
        assert_eq!(new_token().len(), 43);
    }

    #[test]
    fn odd_ids_are_refused() {
        assert!(!is_valid_session_id("short"));
        assert!(!is_valid_session_id("aaaaaaaaaaaaaaaaaaaa/../x"));
        assert!(!is_valid_session_id("aaaaaaaaaaaaaaaaaaaa\nx"));
    }

    #[test]
    fn token_check() {
        let t = new_token();
        let h = token_hash(&t);
        assert!(token_matches(&t, &h));
        assert!(!token_matches("nope", &h));
    }
}
