//! Buffers that may hold a store's plaintext key: grown without leaving copies behind (a `Vec` that
//! reallocates frees its old block unwiped) and wiped on drop.

use zeroize::Zeroizing;

/// A buffer wiped when dropped.
pub type WipedBuf = Zeroizing<Vec<u8>>;

/// An empty buffer with room for `capacity` bytes.
pub fn with_capacity(capacity: usize) -> WipedBuf {
    Zeroizing::new(Vec::with_capacity(capacity))
}

/// Appends `bytes`; when the buffer must grow, the contents move to a larger one and the old one is
/// wiped before it is freed.
pub fn extend(buf: &mut WipedBuf, bytes: &[u8]) {
    let needed = buf.len() + bytes.len();
    if needed > buf.capacity() {
        let mut bigger = Zeroizing::new(Vec::with_capacity(needed.max(buf.capacity() * 2)));
        bigger.extend_from_slice(buf);
        // The old buffer drops here, wiped by `Zeroizing`.
        *buf = bigger;
    }
    buf.extend_from_slice(bytes);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_without_reallocating_in_place() {
        let mut buf = with_capacity(2);
        extend(&mut buf, b"ab");
        let before = buf.as_ptr();
        extend(&mut buf, b"cdef");
        assert_eq!(&buf[..], b"abcdef");
        assert_ne!(buf.as_ptr(), before, "moved to a new block");
        assert!(buf.capacity() >= 6);
    }
}
