#!/usr/bin/env bash
# Runs every cargo-fuzz target for a bounded time (default 25 s each), seeded from fuzz/corpus/.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# Works on a stable toolchain: RUSTC_BOOTSTRAP=1 unlocks the -Z/sanitizer-coverage flags cargo-fuzz
# passes. No AddressSanitizer (-s none): the code under test is safe Rust, and ASan would double the
# build. New inputs go to a scratch corpus under target/, so the seed corpus in the repo stays small;
# a crash is written to fuzz/artifacts/<target>/ and fails this script.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
secs="${1:-25}"
shift || true
targets=("$@")
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi
if [ ${#targets[@]} -eq 0 ]; then
  # Every target fuzz/Cargo.toml declares, so a new one cannot be left out.
  mapfile -t targets < <(cd fuzz && cargo fuzz list)
fi
# One build for every target, in its own target dir (sanitizer-coverage flags differ from the
# workspace's, so nothing could be shared); codegen-units 16 keeps the build short.
flags=(-s none --codegen-units 16 --target-dir ../target/fuzz)
(cd fuzz && cargo fuzz build "${flags[@]}")
for t in "${targets[@]}"; do
  scratch="target/fuzz-corpus/$t"
  mkdir -p "$scratch"
  echo "== fuzz $t for ${secs}s"
  (cd fuzz && cargo fuzz run "${flags[@]}" "$t" "../$scratch" "corpus/$t" -- \
     -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=1024 -print_final_stats=1 2>&1 | tail -n 12)
done
