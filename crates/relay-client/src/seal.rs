//! Sealed boxes (libsodium `crypto_box_seal`): the relay encrypts to the desktop's public key the
//! moment a callback is validated, and keeps only the ciphertext.

use crypto_box::aead::OsRng;
use crypto_box::{PublicKey, SecretKey};
use thiserror::Error;

pub const PUBLIC_KEY_LEN: usize = 32;

#[derive(Debug, Error)]
pub enum SealError {
    #[error("the public key must be 32 bytes of standard base64")]
    BadPublicKey,
    #[error("sealing failed")]
    Seal,
    #[error("the sealed payload could not be opened with this session's key")]
    Open,
}

/// Parses the desktop's public key (standard base64, 32 bytes). An all-zero key is refused: it
/// is the low-order point, for which X25519 yields a predictable shared secret.
pub fn parse_public_key(b64: &str) -> Result<[u8; PUBLIC_KEY_LEN], SealError> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .map_err(|_| SealError::BadPublicKey)?;
    let key: [u8; PUBLIC_KEY_LEN] = bytes.try_into().map_err(|_| SealError::BadPublicKey)?;
    if key == [0u8; PUBLIC_KEY_LEN] {
        return Err(SealError::BadPublicKey);
    }
    Ok(key)
}

/// Seals `plaintext` to `public_key`. Anyone can seal; only the secret key's holder can open.
pub fn seal(public_key: &[u8; PUBLIC_KEY_LEN], plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
    PublicKey::from(*public_key)
        .seal(&mut OsRng, plaintext)
        .map_err(|_| SealError::Seal)
}

/// The desktop's key pair for one session. The secret never leaves memory; crypto_box wipes its
/// scalar on drop.
pub struct KeyPair {
    secret: SecretKey,
}

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyPair([redacted])")
    }
}

impl KeyPair {
    pub fn generate() -> KeyPair {
        KeyPair {
            secret: SecretKey::generate(&mut OsRng),
        }
    }

    pub fn public_key(&self) -> [u8; PUBLIC_KEY_LEN] {
        self.secret.public_key().to_bytes()
    }

    pub fn public_key_b64(&self) -> String {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(self.public_key())
    }

    /// Opens a sealed box into a buffer that is wiped when dropped.
    pub fn open(&self, sealed: &[u8]) -> Result<zeroize::Zeroizing<Vec<u8>>, SealError> {
        self.secret
            .unseal(sealed)
            .map(zeroize::Zeroizing::new)
            .map_err(|_| SealError::Open)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_then_open() {
        let kp = KeyPair::generate();
        let pk = parse_public_key(&kp.public_key_b64()).unwrap();
        let sealed = seal(&pk, b"hello").unwrap();
        assert_ne!(&sealed[..], b"hello");
        assert_eq!(&kp.open(&sealed).unwrap()[..], b"hello");
        assert!(KeyPair::generate().open(&sealed).is_err());
    }

    #[test]
    fn bad_public_keys() {
        assert!(parse_public_key("not base64!").is_err());
        assert!(parse_public_key("AAAA").is_err());
        use base64::Engine;
        let zero = base64::engine::general_purpose::STANDARD.encode([0u8; 32]);
        assert!(parse_public_key(&zero).is_err());
    }
}
