#!/usr/bin/env bash
# Measures the desktop app: startup to first paint, idle memory (PSS), and package sizes.
#   src-tauri/scripts/measure.sh [BINARY]
# BINARY defaults to the installed /usr/bin/handshake-desktop, else target/release (from
# `npx tauri build`), else target/debug. Runs the app under a private Xvfb with a throwaway config
# and home folder; needs xvfb, x11-utils (xwininfo) and imagemagick (import).
#
# First paint = the moment the welcome screen's heading is on screen: the window exists and a
# strip across the heading holds both dark (text) and light (page) pixels. Polled every ~40 ms.
# Memory = proportional set size (PSS, shared pages split between the processes that share them) of
# the app and its WebKit helper processes, after 5 s idle, from /proc/PID/smaps_rollup.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-}"
if [ -z "$bin" ]; then
  for b in /usr/bin/handshake-desktop "$root/target/release/handshake-desktop" "$root/target/debug/handshake-desktop"; do
    if [ -x "$b" ]; then bin="$b"; break; fi
  done
fi
[ -x "$bin" ] || { echo "no handshake-desktop binary found" >&2; exit 2; }
runs="${RUNS:-5}"

display=""
for n in $(seq 120 160); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "no free X display" >&2; exit 2; }
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.05; done
export DISPLAY="$display"

now_ms() { date +%s%3N; }

# Prints the window's absolute x y once it is mapped, else nothing.
window_xy() {
  xwininfo -root -tree 2>/dev/null | grep -q '"Handshake for WooCommerce"' || return 0
  xwininfo -name "Handshake for WooCommerce" 2>/dev/null |
    awk '/Absolute upper-left X/ {x=$4} /Absolute upper-left Y/ {y=$4} /Map State: IsViewable/ {v=1} END {if (v) print x, y}'
}

painted() {
  local xy x y
  xy=$(window_xy)
  [ -n "$xy" ] || return 1
  read -r x y <<<"$xy"
  # The heading "Connect your WooCommerce store" sits at about (76..600, 78..104) in the page.
  local stats
  stats=$(import -window root -crop "500x22+$((x + 76))+$((y + 80))" -colorspace Gray -format '%[fx:minima] %[fx:maxima]' info: 2>/dev/null) || return 1
  awk -v s="$stats" 'BEGIN { split(s, a, " "); exit !(a[1] < 0.3 && a[2] > 0.85) }'
}

startup=()
for i in $(seq "$runs"); do
  home="$work/home$i"
  mkdir -p "$home"
  t0=$(now_ms)
  HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" XDG_DATA_HOME="$home/.local/share" \
    HANDSHAKE_CONFIG_DIR="$home/config" "$bin" >/dev/null 2>&1 &
  app_pid=$!
  window_ms=""
  paint_ms=""
  until [ -n "$paint_ms" ]; do
    [ -z "$window_ms" ] && [ -n "$(window_xy)" ] && window_ms=$(( $(now_ms) - t0 ))
    painted && paint_ms=$(( $(now_ms) - t0 ))
    if [ $(( $(now_ms) - t0 )) -gt 30000 ]; then echo "run $i: no paint within 30 s" >&2; exit 1; fi
  done
  startup+=("$paint_ms")
  echo "run $i: window after ${window_ms:-?} ms, first paint after $paint_ms ms"
  if [ "$i" -lt "$runs" ]; then
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  fi
done
median=$(printf '%s\n' "${startup[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

# Idle memory of the last run: the app and every process below it (WebKit web and network processes).
sleep 5
children() { pgrep -P "$1" | tr '\n' ' ' || true; }
pids="$app_pid $(children "$app_pid")"
for p in $(children "$app_pid"); do pids="$pids $(children "$p")"; done
total_kb=0
mem_lines=""
for p in $pids; do
  [ -r "/proc/$p/smaps_rollup" ] || continue
  pss=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup")
  rss=$(awk '/^Rss:/ {print $2}' "/proc/$p/smaps_rollup")
  name=$(tr -d '\0' < "/proc/$p/comm")
  total_kb=$((total_kb + pss))
  mem_lines="$mem_lines| $name | $((pss / 1024)) MiB | $((rss / 1024)) MiB |"$'\n'
done

echo
echo "## Desktop app measurements"
echo
echo "Binary: \`$bin\` ($(du -h "$bin" | cut -f1)); $(uname -sr); $(nproc) cores; Xvfb 1280×800."
echo
echo "- Startup to first paint (median of $runs): **${median} ms** (runs: ${startup[*]} ms)"
echo "- Idle memory after 5 s, PSS total: **$((total_kb / 1024)) MiB**"
echo
echo "| process | PSS | RSS |"
echo "|---|---|---|"
printf '%s' "$mem_lines"
echo
bundle="$root/target/release/bundle"
if ls "$bundle"/deb/*.deb "$bundle"/rpm/*.rpm >/dev/null 2>&1; then
  echo "| package | size |"
  echo "|---|---|"
  for f in "$bundle"/deb/*.deb "$bundle"/rpm/*.rpm; do
    echo "| $(basename "$f") | $(du -h "$f" | cut -f1) ($(stat -c %s "$f") bytes) |"
  done
else
  echo "No packages in $bundle: build them with \`(cd src-tauri && npx tauri build --bundles deb,rpm)\`."
fi
