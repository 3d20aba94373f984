#!/usr/bin/env bash
# Installs what is missing, builds, and runs Handshake.
#   scripts/start.sh                 → the built-in demo store, diagnosed in the terminal
#   scripts/start.sh shop.example    → diagnose your store
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh build
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --locked -q -p handshake-cli
if [ "$#" -gt 0 ]; then
  exec target/debug/handshake doctor "$@"
else
  exec target/debug/handshake demo
fi
