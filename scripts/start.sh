#!/usr/bin/env bash
# Installs what is missing, builds, and runs Handshake.
#   scripts/start.sh               → the wizard on a desktop (its "Try the demo store" button shows the
#                                    product on a built-in store); the terminal demo without a display
#   scripts/start.sh shop.example  → without a display: diagnose your store in the terminal
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${HANDSHAKE_TERMINAL:-}" != 1 ]; then
  bash scripts/install-deps.sh desktop
  echo "Building the Handshake wizard (the first build takes several minutes; later ones seconds)…"
  cargo build --locked -p handshake-desktop
  exec target/debug/handshake-desktop
fi
bash scripts/install-deps.sh build
echo "Building the Handshake command line (the first build takes a few minutes; later ones seconds)…"
cargo build --locked -p handshake-cli
if [ "$#" -gt 0 ]; then
  exec target/debug/handshake doctor "$@"
else
  exec target/debug/handshake demo
fi
