//! The CLI's `stores --check` and the wizard's scheduled checks are two processes that write the same
//! `stores.json` and `watch.json`. Here two processes save stores and record checks at the same
//! time while this one reads both files the whole while: no record is lost and every read parses.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use handshake_connect::saved::{SavedStore, SavedStores};
use handshake_connect::watch::{CheckSummary, Watch};

const WORKER_DIR: &str = "HANDSHAKE_TEST_WORKER_DIR";
const WORKER_TAG: &str = "HANDSHAKE_TEST_WORKER_TAG";
/// Stores each worker saves and checks: three writes of each, interleaved with the other worker's.
const STORES: usize = 60;

fn store(url: &str) -> SavedStore {
    SavedStore {
        url: url.into(),
        display_name: "Shop".into(),
        connected_at: "2026-11-30T12:00:00Z".into(),
        last_check: None,
        last_verdict: None,
        auth_kind: "woocommerce-keys".into(),
        key_hint: None,
        key_permissions: None,
        key_id: None,
    }
}

fn url(tag: &str, i: usize) -> String {
    format!("https://{tag}{i}.test/")
}

/// One of the two writers: saves a store, records a check of it (watch.json), then the check's
/// verdict on the store's line (stores.json), as the CLI and the wizard do.
#[test]
#[ignore = "a worker process of two_processes_writing_at_once_lose_nothing, which runs it"]
fn worker() {
    let dir = PathBuf::from(std::env::var_os(WORKER_DIR).expect("run by the test"));
    let tag = std::env::var(WORKER_TAG).expect("run by the test");
    let saved = SavedStores::at(&dir);
    let watch = Watch::at(&dir);
    for i in 0..STORES {
        let url = url(&tag, i);
        let at = format!("2026-11-30T12:{:02}:00Z", i % 60);
        saved.upsert(store(&url)).expect("store saved");
        watch
            .record(&url, CheckSummary::no_keys(at.clone()))
            .expect("check recorded");
        saved
            .record_check(&url, &at, "no-keys")
            .expect("verdict recorded");
    }
}

#[test]
fn two_processes_writing_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let tags = ["a", "b"];
    let mut children: Vec<_> = tags
        .iter()
        .map(|tag| {
            Command::new(&exe)
                .args(["worker", "--exact", "--ignored", "--test-threads=1"])
                .env(WORKER_DIR, dir.path())
                .env(WORKER_TAG, tag)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("worker started")
        })
        .collect();

    // Read as a third party would (the wizard's store list) while both write: always whole JSON.
    let files = [
        dir.path().join("stores.json"),
        dir.path().join("watch.json"),
    ];
    let mut reads = 0;
    while children.iter_mut().any(|c| c.try_wait().unwrap().is_none()) {
        for file in &files {
            if let Ok(text) = std::fs::read_to_string(file) {
                serde_json::from_str::<serde_json::Value>(&text)
                    .unwrap_or_else(|e| panic!("{} read torn ({e}):\n{text}", file.display()));
                reads += 1;
            }
        }
    }
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "a worker failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(reads > 0, "the files were read while being written");

    let saved = SavedStores::at(dir.path());
    let watch = Watch::at(dir.path());
    let list = saved.list().unwrap();
    assert_eq!(list.len(), tags.len() * STORES, "no saved store was lost");
    for tag in tags {
        for i in 0..STORES {
            let url = url(tag, i);
            assert_eq!(
                watch.history(&url).unwrap().len(),
                1,
                "{url}: its check is in the history"
            );
            let line = list.iter().find(|s| s.url == url).expect("saved");
            assert_eq!(
                line.last_verdict.as_deref(),
                Some("no-keys"),
                "{url}: its verdict was kept"
            );
        }
    }
    // Every write renamed its own temporary file away: none is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
