//! The store's plaintext key does not outlive its use in the relay's memory: every heap block freed
//! while a callback body is collected, parsed and sealed is searched for the key and the secret.
//! (hyper's own socket buffers are outside the relay's reach and not covered; docs/relay.md says so.)

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use common::{CK, CS};
use handshake_relay::{seal, wc_callback, wipe};
use zeroize::Zeroizing;

/// The system allocator, searching freed blocks while `WATCH` is on.
struct Searching;

static WATCH: AtomicBool = AtomicBool::new(false);
static FOUND: AtomicUsize = AtomicUsize::new(0);

fn holds(block: &[u8], needle: &[u8]) -> bool {
    block.windows(needle.len()).any(|w| w == needle)
}

unsafe impl GlobalAlloc for Searching {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if WATCH.load(Ordering::SeqCst) && layout.size() >= CS.len() {
            // SAFETY: the block is still allocated and `layout.size()` bytes long.
            let block = unsafe { std::slice::from_raw_parts(ptr, layout.size()) };
            if holds(block, CS.as_bytes()) || holds(block, CK.as_bytes()) {
                FOUND.fetch_add(1, Ordering::SeqCst);
            }
        }
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Searching = Searching;

#[test]
fn callback_plaintext_is_wiped_after_sealing() {
    let user_id = "sess-0123456789";
    // The body as the network delivers it: in small chunks, into the relay's growing buffer.
    let body: Zeroizing<Vec<u8>> = Zeroizing::new(
        format!(
            r#"{{"key_id":42,"user_id":"{user_id}","consumer_key":"{CK}","consumer_secret":"{CS}","key_permissions":"read_write"}}"#
        )
        .into_bytes(),
    );
    let recipient = seal::KeyPair::generate();
    let public_key = recipient.public_key();

    WATCH.store(true, Ordering::SeqCst);
    let sealed = {
        let mut buf = wipe::with_capacity(16);
        for chunk in body.chunks(24) {
            wipe::extend(&mut buf, chunk);
        }
        let callback = wc_callback::parse(&buf, 4, user_id).expect("a valid callback");
        let plaintext = callback.sealed_plaintext("2026-01-01T00:00:00Z");
        seal::seal(&public_key, &plaintext).expect("sealed")
    };
    WATCH.store(false, Ordering::SeqCst);

    assert_eq!(
        FOUND.load(Ordering::SeqCst),
        0,
        "a freed block still held the key or the secret"
    );
    // The mechanism can see a leak: a copy freed unwiped is found.
    WATCH.store(true, Ordering::SeqCst);
    drop(String::from_utf8(body.to_vec()).unwrap());
    WATCH.store(false, Ordering::SeqCst);
    assert!(
        FOUND.load(Ordering::SeqCst) >= 1,
        "the search finds an unwiped copy"
    );
    // And the sealed box opens to the keys.
    let opened = recipient.open(&sealed).unwrap();
    assert!(holds(&opened, CS.as_bytes()));
}
