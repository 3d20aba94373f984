// Every command the UI may call is listed in src/commands/list.in; tauri-build turns each into an
// `allow-<command>` permission, and capabilities/main.json grants exactly those. A command missing
// from the list is refused at run time.
const COMMANDS: &[&str] = &include!("src/commands/list.in");

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build");
}
