#!/usr/bin/env bash
# Regenerates every icon in this folder from source.svg (needs rsvg-convert from librsvg2-bin, and the
# Tauri CLI from src-tauri/package.json: `npm install` there once).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
rsvg-convert -w 1024 -h 1024 source.svg -o "$tmp/icon-1024.png"
(cd ../src-tauri && npx --no-install tauri icon "$tmp/icon-1024.png" --output ../icons)
# Mobile sets are not used by this desktop app.
rm -rf android ios
