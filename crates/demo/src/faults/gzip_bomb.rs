//! A gzip stream of zeros that inflates ~1032:1, generated lazily (about 1 MiB on the wire per
//! GiB inflated). One dynamic-Huffman deflate block whose codes make every 258-byte match cost two
//! zero bits, so the middle of the stream is plain zero bytes.

use bytes::Bytes;
use futures::stream::{self, Stream};

/// LSB-first bit writer (deflate bit order).
struct Bits {
    out: Vec<u8>,
    acc: u32,
    n: u32,
}

impl Bits {
    fn new(pending: u32) -> Bits {
        Bits {
            out: Vec::new(),
            acc: 0,
            n: pending,
        }
    }
    fn put(&mut self, value: u32, count: u32) {
        for i in 0..count {
            self.acc |= ((value >> i) & 1) << self.n;
            self.n += 1;
            if self.n == 8 {
                self.out.push(self.acc as u8);
                self.acc = 0;
                self.n = 0;
            }
        }
    }
    /// Huffman codes go most significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        for i in (0..len).rev() {
            self.put((code >> i) & 1, 1);
        }
    }
}

/// Gzip header, block header, code tables and the first literal: 107 bits, so 3 bits pend.
fn head() -> (Vec<u8>, u8) {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];
    let mut b = Bits::new(0);
    b.put(1, 1); // BFINAL
    b.put(2, 2); // dynamic Huffman
    b.put(29, 5); // HLIT: 286 literal/length codes
    b.put(1, 5); // HDIST: 2 distance codes
    b.put(14, 4); // HCLEN: 18 code-length codes
                  // Code-length code lengths in RFC 1951 order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1:
                  // symbol 18 (run of zeros) gets 1 bit, symbols 1 and 2 get 2 bits.
    for len in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        b.put(len, 3);
    }
    // Canonical code-length codes: 18 = "0", 1 = "10", 2 = "11".
    b.code(0b11, 2); // literal 0: length 2
    b.code(0, 1);
    b.put(127, 7); // 138 zeros
    b.code(0, 1);
    b.put(106, 7); // 117 zeros (literals 1..=255)
    b.code(0b11, 2); // 256 (end of block): length 2
    b.code(0, 1);
    b.put(17, 7); // 28 zeros (257..=284)
    b.code(0b10, 2); // 285 (length 258): length 1
    b.code(0b10, 2); // distance 0 (distance 1): length 1
    b.code(0b10, 2); // distance 1: length 1
                     // Literal/length codes: 285 = "0", literal 0 = "10", end of block = "11". Distance 0 = "0".
    b.code(0b10, 2); // one literal zero byte, then matches copy it
    debug_assert_eq!(b.n, 3);
    out.extend(b.out);
    (out, b.acc as u8)
}

const POLY: u32 = 0xedb8_8320;

/// a(x)·b(x) mod p(x), reflected (zlib's multmodp).
fn multmodp(a: u32, mut b: u32) -> u32 {
    let mut m: u32 = 1 << 31;
    let mut p = 0;
    loop {
        if a & m != 0 {
            p ^= b;
            if a & (m - 1) == 0 {
                break;
            }
        }
        m >>= 1;
        b = if b & 1 != 0 { (b >> 1) ^ POLY } else { b >> 1 };
    }
    p
}

/// CRC-32 of `n` zero bytes: zero bytes only multiply the register by x^8 each.
pub(crate) fn crc32_zeros(mut n: u64) -> u32 {
    let mut x8n: u32 = 1 << 31; // x^0
    let mut sq: u32 = 1 << 23; // x^8
    while n > 0 {
        if n & 1 != 0 {
            x8n = multmodp(sq, x8n);
        }
        sq = multmodp(sq, sq);
        n >>= 1;
    }
    !multmodp(x8n, 0xffff_ffff)
}

/// A gzip body of at least `min_inflated` zero bytes. Returns the stream and the exact size.
pub(crate) fn stream(
    min_inflated: u64,
) -> (
    impl Stream<Item = Result<Bytes, std::io::Error>> + Send,
    u64,
) {
    // Each zero byte in the middle holds four 258-byte matches.
    let zero_bytes = min_inflated.div_ceil(4 * 258).max(1);
    let inflated = 1 + 4 * 258 * zero_bytes;
    let (mut first, partial) = head();
    first.push(partial); // its upper 5 bits are the first matches' zero bits
    let mut tail = Bits::new(3); // the last 3 zero bits of the matches pend
    tail.code(0b11, 2); // end of block
    if tail.n > 0 {
        tail.out.push(tail.acc as u8);
    }
    let mut tail = tail.out;
    tail.extend(crc32_zeros(inflated).to_le_bytes());
    tail.extend((inflated as u32).to_le_bytes());

    const CHUNK: u64 = 64 * 1024;
    let middle = zero_bytes - 1;
    let zeros = Bytes::from(vec![0u8; CHUNK as usize]);
    let parts = stream::iter([Ok(Bytes::from(first))]);
    let body = stream::unfold(middle, move |left| {
        let zeros = zeros.clone();
        async move {
            if left == 0 {
                return None;
            }
            let n = left.min(CHUNK);
            Some((Ok(zeros.slice(0..n as usize)), left - n))
        }
    });
    let end = stream::iter([Ok(Bytes::from(tail))]);
    use futures::StreamExt;
    (parts.chain(body).chain(end), inflated)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crc_bitwise(data: &[u8]) -> u32 {
        let mut c = 0xffff_ffffu32;
        for &b in data {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 != 0 { (c >> 1) ^ POLY } else { c >> 1 };
            }
        }
        !c
    }

    #[test]
    fn crc_of_zeros_matches_bitwise() {
        for n in [0usize, 1, 2, 7, 258, 1033, 4129] {
            assert_eq!(crc32_zeros(n as u64), crc_bitwise(&vec![0; n]), "n={n}");
        }
    }

    #[test]
    fn small_bomb_is_tiny() {
        let (s, inflated) = stream(1 << 20);
        let bytes: Vec<u8> = futures::executor::block_on(async {
            use futures::StreamExt;
            let parts: Vec<_> = s.collect().await;
            parts
                .into_iter()
                .flat_map(|p| p.unwrap().to_vec())
                .collect()
        });
        assert!(inflated >= 1 << 20);
        assert!(bytes.len() < 2100, "{}", bytes.len());
        assert_eq!(&bytes[..3], &[0x1f, 0x8b, 8]);
    }
}
