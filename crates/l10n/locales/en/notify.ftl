# The desktop notifications of scheduled checks (src-tauri/src/watch.rs).
notify-key-stopped-title = { $name }: the app's key stopped working
notify-key-stopped-body = The store no longer accepts the saved key (it was revoked or replaced in WooCommerce). Click to reconnect the store.
notify-new-problem-title = { $name }: something new blocks the app
notify-new-problem-body = { $finding }. Click to see the fix.
notify-changed-body = Click to see what changed and the fix.
