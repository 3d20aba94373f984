// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    use_webkit_renderer_that_always_paints();
    handshake_desktop::run();
}

/// WebKitGTK's DMA-BUF renderer (the default since 2.42) leaves the window blank on NVIDIA drivers
/// and some Wayland compositors, and without a GPU (software GL) it delays the first paint here
/// from ~0.5 s to ~1.9 s (src-tauri/scripts/measure.sh). The older path paints everywhere. Set only
/// when unset, so `WEBKIT_DISABLE_DMABUF_RENDERER=0` opts back in. Done first thing in `main`, before
/// any thread exists (setting the environment is only sound then).
fn use_webkit_renderer_that_always_paints() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
}
