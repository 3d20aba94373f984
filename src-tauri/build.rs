// The commands are the `#[tauri::command]` functions in src/commands/*.rs, read here (src/ipc_gen.rs):
// `lib.rs` includes the `generate_handler!` list made from them, and tauri-build turns each into an
// `allow-<command>` permission, which capabilities/main.json (checked by the `ipc` test) grants.
#[path = "src/ipc_gen.rs"]
mod ipc_gen;

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=src/commands");
    println!("cargo:rerun-if-changed=src/ipc_gen.rs");
    let commands = ipc_gen::commands(dir).unwrap_or_else(|e| panic!("src/commands: {e}"));
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("ipc_handler.rs"), ipc_gen::handler_rs(&commands))
        .expect("write ipc_handler.rs");
    let names: &'static [&'static str] = Vec::leak(
        commands
            .iter()
            .map(|c| &*String::leak(c.name.clone()))
            .collect(),
    );
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(names)),
    )
    .expect("tauri-build");
}
