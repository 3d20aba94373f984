#!/usr/bin/env bash
# Installs what is missing (toolchain and the real servers the suite starts) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh test
export PATH="$HOME/.cargo/bin:$PATH"
export HANDSHAKE_PYTHON="${HANDSHAKE_VENV:-$PWD/target/pyenv}/bin/python"
# tests/real-servers installs real WooCommerce from this folder (unset: those steps are NOT RUN, and fail under CI).
export HANDSHAKE_WOOCOMMERCE_ARCHIVES="${HANDSHAKE_WOOCOMMERCE_ARCHIVES:-}"
# One profile for build, tests and demo: nothing is compiled twice.
cargo build --locked --workspace --all-targets
bash scripts/with-keyring.sh cargo test --locked --workspace --no-fail-fast
# Fuzzing, bounded: every cargo-fuzz target for 25 s (5 targets, about 2 minutes plus its own build).
# Longer runs: scripts/fuzz.sh SECONDS (docs/security.md).
bash scripts/fuzz.sh 25
