//! The real `handshake` and `handshake-relay` programs for tests that run them as separate
//! processes (tests/tests/secrets.rs, the real-server approval steps).

use std::path::{Path, PathBuf};
use std::process::Command;

/// `handshake` and `handshake-relay`, built by cargo next to the running test.
#[derive(Debug, Clone)]
pub struct Binaries {
    pub cli: PathBuf,
    pub relay: PathBuf,
}

/// The real binaries, freshly built into the running test's own target directory.
///
/// They belong to other packages, so cargo does not build them for a test (`CARGO_BIN_EXE_*` only
/// exists for a package's own binaries). A nested `cargo build` with scripts/test.sh's own selection
/// is a no-op after that build and keeps a stale binary from being tested.
pub fn binaries() -> Binaries {
    let exe = std::env::current_exe().expect("the test's own path");
    // target/<profile>/deps/<test>-<hash> → target/<profile>
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test runs from target/<profile>/deps")
        .to_path_buf();
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the workspace");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut build = Command::new(cargo);
    // The same selection as scripts/test.sh's build: a subset of packages would resolve features
    // differently and recompile much of the tree; this one is a no-op after that build.
    build
        .current_dir(workspace)
        .args(["build", "--locked", "--workspace", "--all-targets"]);
    // Without the variables cargo set for running this test: build scripts that watch one (ring
    // watches CARGO_MANIFEST_DIR) would otherwise rebuild half the tree on every run.
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        let per_test = [
            "CARGO_MANIFEST_DIR",
            "CARGO_MANIFEST_PATH",
            "CARGO_CRATE_NAME",
            "CARGO_BIN_NAME",
            "CARGO_PRIMARY_PACKAGE",
            "CARGO_TARGET_TMPDIR",
            "CARGO_RUSTC_CURRENT_DIR",
            "OUT_DIR",
        ];
        if name.starts_with("CARGO_PKG_") || per_test.contains(&name.as_ref()) {
            build.env_remove(name.as_ref());
        }
    }
    match profile_dir.file_name().and_then(|n| n.to_str()) {
        Some("debug") | None => {}
        Some("release") => {
            build.arg("--release");
        }
        Some(other) => {
            build.args(["--profile", other]);
        }
    }
    let status = build.status().expect("cargo runs");
    assert!(
        status.success(),
        "building the handshake and handshake-relay binaries failed"
    );
    let b = Binaries {
        cli: profile_dir.join(format!("handshake{}", std::env::consts::EXE_SUFFIX)),
        relay: profile_dir.join(format!("handshake-relay{}", std::env::consts::EXE_SUFFIX)),
    };
    assert!(
        b.cli.is_file() && b.relay.is_file(),
        "binaries not found next to the test in {}",
        profile_dir.display()
    );
    b
}
