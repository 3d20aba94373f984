//! The front ends (the CLI, the wizard, the connect flow, the renderers, the relay, the demo store)
//! use the engine's top-level API only. Its insides (`handshake_engine::internals`, cargo feature
//! `internals`) are for this workspace's tests, benchmarks and fuzz targets. In a workspace build the
//! feature is unified on for everyone, so the compiler alone would not notice a front end reaching in;
//! this test does.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The packages that ship, or that shipped code links.
const FRONT_ENDS: &[&str] = &[
    "handshake-cli",
    "handshake-desktop",
    "handshake-connect",
    "handshake-render",
    "handshake-relay",
    "handshake-relay-client",
    "handshake-demo",
    "handshake-l10n",
];

fn workspace_metadata() -> serde_json::Value {
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--no-deps",
            "--format-version",
            "1",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn front_ends_do_not_enable_the_engine_s_insides() {
    let metadata = workspace_metadata();
    let packages = metadata["packages"].as_array().unwrap();
    let mut seen = Vec::new();
    for package in packages {
        let name = package["name"].as_str().unwrap();
        if !FRONT_ENDS.contains(&name) {
            continue;
        }
        seen.push(name);
        for dep in package["dependencies"].as_array().unwrap() {
            if dep["name"] == "handshake-engine" {
                let features = dep["features"].as_array().unwrap();
                assert!(
                    !features.iter().any(|f| f == "internals"),
                    "{name} enables handshake-engine's `internals`: use the engine's top-level API"
                );
            }
        }
    }
    seen.sort();
    let mut want = FRONT_ENDS.to_vec();
    want.sort();
    assert_eq!(seen, want, "a front end was renamed: update FRONT_ENDS");
}

#[test]
fn front_end_sources_do_not_reach_into_the_engine() {
    let metadata = workspace_metadata();
    let mut files = Vec::new();
    for package in metadata["packages"].as_array().unwrap() {
        if !FRONT_ENDS.contains(&package["name"].as_str().unwrap()) {
            continue;
        }
        let manifest = Path::new(package["manifest_path"].as_str().unwrap());
        let src = manifest.parent().unwrap().join("src");
        rust_files(&src, &mut files);
    }
    assert!(files.len() > 50, "found only {} source files", files.len());
    let reaching: Vec<String> = files
        .iter()
        .filter(|f| {
            std::fs::read_to_string(f)
                .unwrap()
                .contains("handshake_engine::internals")
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        reaching.is_empty(),
        "these use the engine's internals: {reaching:?}"
    );
}
