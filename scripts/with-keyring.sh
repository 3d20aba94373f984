#!/usr/bin/env bash
# Runs a command with a real Secret Service: a private D-Bus session and an unlocked gnome-keyring
# whose data lives in a temporary folder (the user's own keyring is never touched).
set -euo pipefail
if [ "${HANDSHAKE_IN_KEYRING_SESSION:-}" = 1 ]; then exec "$@"; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" HOME_KEYRING_TMP="$tmp"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
export HANDSHAKE_IN_KEYRING_SESSION=1
exec dbus-run-session -- bash -c '
  # The keyring password only protects this throwaway keyring.
  printf "%s" "handshake-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"
' keyring-session "$@"
