#!/usr/bin/env bash
# Proves that the desktop app's .deb installs with apt on a clean Debian 12 (bookworm) and that the
# app starts from its menu entry:
#   sudo scripts/check-deb.sh [--fresh] [--recommends] [path/to/handshake-desktop_*.deb]
#
#  1. A minimal bookworm root made with debootstrap, from the same mirror as this machine's apt
#     sources, is kept in target/deb-check/base (reused while its marker file says it is complete;
#     --fresh rebuilds it). Every run copies it to a throwaway target/deb-check/root, so the package
#     always goes onto a root where nothing else was ever installed.
#  2. `apt-get install ./handshake-desktop_*.deb` there, before anything else, with
#     --no-install-recommends (unless --recommends): it must pull every library the app needs from
#     the package's Depends alone, and the binary must then have no unresolved shared library.
#  3. Only then the test tools (Xvfb, xwininfo/xprop, xwd + netpbm, gtk-launch,
#     desktop-file-validate), which are not the app's dependencies.
#  4. The installed desktop entry is checked (valid; Name, Icon, Categories, Exec; icon installed),
#     then launched as a menu does (`gtk-launch <id>`, GIO's desktop-entry launcher), as an ordinary
#     user, on a private Xvfb inside the root. The window must appear with the expected title and
#     WM class, paint, and still be alive a few seconds later; target/deb-check/started.png is the
#     screenshot. Exits non-zero with a message at the first failure.
#
# Needs root (debootstrap, chroot, mounts) and the network to the Debian mirror. About 2 minutes the
# first time, 1 afterwards (the downloaded .debs are cached in target/deb-check/apt-archives).
# D-Bus / keyring / accessibility-bus warnings in the app log, if any, are expected: there is no session
# bus in the root.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="$repo/target/deb-check"
base="$dir/base"
root="$dir/root"
marker="$base/.deb-check-complete"
suite=bookworm
user=tester

fresh=0
recommends=0
deb=""
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=1 ;;
    --recommends) recommends=1 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $arg" >&2; exit 2 ;;
    *) deb="$arg" ;;
  esac
done

die() { echo "check-deb: FAIL: $*" >&2; exit 1; }
step() { printf '\n== %s (%ss)\n' "$*" "$SECONDS"; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mounts need it): sudo $0 $*"
if [ -z "$deb" ]; then
  deb=$(ls "$repo"/target/release/bundle/deb/handshake-desktop_*.deb 2>/dev/null | head -n1 || true)
fi
[ -n "$deb" ] && [ -f "$deb" ] ||
  die "no .deb: build it with (cd src-tauri && npx tauri build --bundles deb,rpm), or pass its path"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
mkdir -p "$dir/logs" "$dir/apt-archives/partial"

# The window title the app must show: the one in tauri.conf.json.
title=$(sed -n 's/^ *"title": *"\([^"]*\)".*/\1/p' "$repo/src-tauri/tauri.conf.json" | head -n1)
[ -n "$title" ] || die "no window title in src-tauri/tauri.conf.json"

# --- cleanup: stop what runs inside the root, then unmount everything below it --------------------
app_pid=""
xvfb_pid=""
# Processes whose root directory is the chroot (the app, its WebKit helpers, Xvfb, gtk-launch).
root_pids() {
  local p
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && echo "${p#/proc/}"
  done
  return 0
}
mounts_below() { awk -v r="$1" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/self/mounts | sort -r; }
unmount_all() {
  local m
  for m in $(mounts_below "$1"); do umount -R "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
  [ -z "$(mounts_below "$1")" ]
}
# A process that exists and is not a zombie (the app is reparented once gtk-launch exits).
alive() { [ -r "/proc/$1/stat" ] && ! awk '{exit $3 != "Z"}' "/proc/$1/stat"; }
cleanup() {
  local pids
  pids=$(root_pids)
  if [ -n "$pids" ]; then
    kill $pids 2>/dev/null || true
    for _ in $(seq 30); do [ -z "$(root_pids)" ] && break; sleep 0.1; done
    pids=$(root_pids); [ -z "$pids" ] || kill -9 $pids 2>/dev/null || true
  fi
  unmount_all "$root" || true
  unmount_all "$base" || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# Removes a root folder, never through a mount (rm stays on one file system, and mounts go first).
remove_tree() {
  unmount_all "$1" || die "could not unmount everything below $1"
  rm -rf --one-file-system "$1"
}

# Runs a command in the root as root, with a plain environment.
in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# --- the host's Debian mirror -----------------------------------------------------------------------
# Prints "URI SUITE" for every enabled deb source: deb822 *.sources and one-line *.list files.
host_sources() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'function flush() { if (deb && on) for (i = 1; i <= nu; i++) for (j = 1; j <= ns; j++) print u[i], s[j]
                            deb = 0; on = 1; nu = 0; ns = 0 }
         BEGIN { on = 1 }
         /^[ \t]*#/ { next }
         /^[ \t]*$/ { flush(); next }
         tolower($1) == "types:" { for (i = 2; i <= NF; i++) if ($i == "deb") deb = 1 }
         tolower($1) == "enabled:" { on = (tolower($2) != "no") }
         tolower($1) == "uris:" { for (i = 2; i <= NF; i++) u[++nu] = $i }
         tolower($1) == "suites:" { for (i = 2; i <= NF; i++) s[++ns] = $i }
         END { flush() }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" | awk '$1 == "deb" && NF >= 3 {print $2, $3}'
  done
}
debian_suite='^(bookworm|trixie|bullseye|sid|stable|testing|unstable|oldstable)'
mirror=$(host_sources | awk -v re="$debian_suite(-updates)?\$" '$2 ~ re {print $1; exit}')
security=$(host_sources | awk -v re="$debian_suite-security\$" '$2 ~ re {print $1; exit}')
[ -n "$mirror" ] || die "no Debian mirror found in /etc/apt/sources.list{,.d/}"
mirror="${mirror%/}"
security="${security%/}"
echo "check-deb: package $(basename "$deb"); mirror $mirror${security:+, security $security}"

# --- 1. the clean bookworm base -------------------------------------------------------------------------
expected_marker="complete: debootstrap --variant=minbase $suite $mirror"
if [ "$fresh" -eq 1 ] || [ ! -f "$marker" ] || [ "$(cat "$marker")" != "$expected_marker" ]; then
  step "debootstrap a clean Debian 12 into $base"
  if ! command -v debootstrap >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi
  remove_tree "$base"
  mkdir -p "$dir/debootstrap-cache"
  debootstrap --variant=minbase --cache-dir="$dir/debootstrap-cache" "$suite" "$base" "$mirror" \
    >"$dir/logs/debootstrap.log" 2>&1 || { tail -n 20 "$dir/logs/debootstrap.log" >&2; die "debootstrap failed"; }
  # The same sources as an ordinary Debian 12 install: the release, its updates and security.
  rm -f "$base/etc/apt/sources.list"
  {
    printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$mirror" "$suite" "$suite"
    [ -z "$security" ] ||
      printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$security" "$suite"
  } >"$base/etc/apt/sources.list.d/debian.sources"
  # No service starts inside the root (standard for chroots).
  printf '#!/bin/sh\nexit 101\n' >"$base/usr/sbin/policy-rc.d"
  chmod 755 "$base/usr/sbin/policy-rc.d"
  unmount_all "$base" || die "could not unmount everything below $base"
  echo "$expected_marker" >"$marker"
else
  step "reusing the clean base in $base (--fresh rebuilds it)"
fi

# --- 2. a throwaway copy, then the package first ------------------------------------------------------
step "fresh root $root from the base"
remove_tree "$root"
cp -a --reflink=auto "$base" "$root"
rm -f "$root/.deb-check-complete"
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
mount --bind "$dir/apt-archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"

step "apt-get update in the root"
in_root apt-get update >"$dir/logs/apt-update.log" 2>&1 || { cat "$dir/logs/apt-update.log" >&2; die "apt-get update failed"; }
before=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)

step "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/root/"
flags=(-y)
[ "$recommends" -eq 1 ] || flags+=(--no-install-recommends)
if ! chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive sh -c 'cd /root && apt-get install "$@" ./handshake-desktop_*.deb' sh "${flags[@]}" \
  >"$dir/logs/install.log" 2>&1; then
  tail -n 30 "$dir/logs/install.log" >&2
  die "apt-get install of the .deb failed (log: $dir/logs/install.log)"
fi
in_root dpkg-query -W -f='${Status}' handshake-desktop | grep -q 'install ok installed' ||
  die "handshake-desktop is not installed after apt-get install"
after=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$dir/logs/install.log" || true
echo "packages in the root: $before before, $after after (the app and $((after - before - 1)) dependencies)"
in_root dpkg-query -W -f='${Depends}\n' handshake-desktop | sed 's/^/Depends: /'
missing=$(in_root sh -c 'ldd /usr/bin/handshake-desktop' | grep 'not found' || true)
[ -z "$missing" ] || die "shared libraries the package's Depends did not bring: $missing"
echo "ldd /usr/bin/handshake-desktop: every shared library resolved"

# --- 3. test tools (installed after the app, so they cannot mask a missing Depends) -------------------
step "test tools: xvfb x11-utils x11-apps netpbm libgtk-3-bin desktop-file-utils"
in_root apt-get install -y --no-install-recommends xvfb x11-utils x11-apps netpbm libgtk-3-bin \
  desktop-file-utils >"$dir/logs/test-tools.log" 2>&1 ||
  { tail -n 20 "$dir/logs/test-tools.log" >&2; die "installing the test tools failed"; }

# --- 4. the menu entry ------------------------------------------------------------------------------------
step "desktop entry"
desktop=$(in_root dpkg -L handshake-desktop | grep '^/usr/share/applications/.*\.desktop$' | head -n1 || true)
[ -n "$desktop" ] || die "the package installs no /usr/share/applications/*.desktop"
echo "$desktop:"
sed 's/^/  /' "$root$desktop"
in_root desktop-file-validate "$desktop" || die "desktop-file-validate rejects $desktop"
key() { sed -n "s/^$1=//p" "$root$desktop" | head -n1; }
for k in Name Exec Icon Categories; do [ -n "$(key "$k")" ] || die "$desktop has no $k="; done
[ "$(key Type)" = "Application" ] || die "$desktop: Type is not Application"
icon=$(key Icon)
if [ "${icon#/}" != "$icon" ]; then
  [ -f "$root$icon" ] || die "icon $icon is not installed"
  icons="$icon"
else
  icons=$(in_root dpkg -L handshake-desktop | grep -E "^/usr/share/(icons/.*|pixmaps)/$icon\.(png|svg|xpm)$" || true)
  [ -n "$icons" ] || die "no icon named $icon installed under /usr/share/icons by the package"
fi
echo "icon $icon: ${icons//$'\n'/ }"
exec_line=$(key Exec)
wm_class=$(key StartupWMClass)
id=$(basename "$desktop" .desktop)

# --- 5. start it from the menu entry on a private X server in the root ------------------------------
step "Xvfb and launch"
in_root sh -c "id $user >/dev/null 2>&1 || useradd -m -s /bin/bash $user"
uid=$(in_root id -u "$user")
mkdir -p "$root/run/user/$uid" && chmod 700 "$root/run/user/$uid" && in_root chown "$user:" "/run/user/$uid"
# A display number nobody uses, inside or outside the root (X's abstract sockets are shared).
xvfb_ok=0
for n in $(seq 200 299); do
  if [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || [ -e "$root/tmp/.X$n-lock" ] ||
    grep -q "@/tmp/.X11-unix/X$n\$" /proc/net/unix; then continue; fi
  chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp \
    >"$dir/logs/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do
    [ -S "$root/tmp/.X11-unix/X$n" ] && { xvfb_ok=1; break; }
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ "$xvfb_ok" -eq 1 ] && break
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$xvfb_pid" 2>/dev/null || true
done
[ "$xvfb_ok" -eq 1 ] || die "Xvfb did not start (log: $dir/logs/xvfb.log)"
display=":$n"
echo "Xvfb on $display (inside the root)"

# Runs a command in the root as the ordinary user, with a desktop session's basic environment.
as_user() {
  chroot --userspec="$user:$user" "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin \
    HOME="/home/$user" USER="$user" LOGNAME="$user" SHELL=/bin/bash LANG=C.UTF-8 DISPLAY="$display" \
    XDG_RUNTIME_DIR="/run/user/$uid" "$@"
}

echo "menu entry Exec=$exec_line; launching with: gtk-launch $id"
launched_at=$SECONDS
as_user gtk-launch "$id" >"$dir/logs/app.log" 2>&1 || { cat "$dir/logs/app.log" >&2; die "gtk-launch $id failed"; }
# gtk-launch returns once it has spawned the app: find the app by its root and executable.
for _ in $(seq 150); do
  for p in $(root_pids); do
    case "$(readlink "/proc/$p/exe" 2>/dev/null)" in
      */usr/bin/handshake-desktop) app_pid=$p; break 2 ;;
    esac
  done
  sleep 0.1
done
[ -n "$app_pid" ] || { cat "$dir/logs/app.log" >&2; die "no handshake-desktop process after gtk-launch"; }
echo "app running, pid $app_pid"

step "waiting for the window"
xwin() { as_user "$@" 2>/dev/null; }
wid=""
for _ in $(seq 600); do
  alive "$app_pid" || { tail -n 30 "$dir/logs/app.log" >&2; die "the app exited before showing a window"; }
  for w in $(xwin xwininfo -root -tree | awk -v t="\"$title\":" 'index($0, t) {print $1}'); do
    xwin xwininfo -id "$w" | grep -q 'Map State: IsViewable' && { wid=$w; break 2; }
  done
  sleep 0.1
done
[ -n "$wid" ] || { tail -n 30 "$dir/logs/app.log" >&2; die "no viewable window titled \"$title\" within 60 s"; }
echo "window $wid after $((SECONDS - launched_at)) s"
props=$(xwin xprop -id "$wid" _NET_WM_NAME WM_NAME WM_CLASS)
echo "$props" | sed 's/^/  /'
echo "$props" | grep -qF "_NET_WM_NAME(UTF8_STRING) = \"$title\"" || die "window title is not \"$title\""
if [ -n "$wm_class" ]; then
  echo "$props" | grep '^WM_CLASS' | grep -qF "\"$wm_class\"" ||
    die "WM_CLASS does not match the entry's StartupWMClass=$wm_class (docks would not match the window)"
fi

# Painted = the window's pixels hold more than a handful of colours (text and controls, not a blank).
step "waiting for the first paint"
colours=0
for _ in $(seq 60); do
  alive "$app_pid" || { tail -n 30 "$dir/logs/app.log" >&2; die "the app exited before painting"; }
  colours=$(xwin sh -c "xwd -silent -id $wid | xwdtopnm 2>/dev/null | ppmhist -noheader | wc -l" || echo 0)
  [ "$colours" -gt 32 ] && break
  sleep 1
done
[ "$colours" -gt 32 ] || die "the window stayed blank (only $colours colours) for 60 s"
as_user sh -c "xwd -silent -id $wid | xwdtopnm 2>/dev/null | pnmtopng > /tmp/started.png"
cp "$root/tmp/started.png" "$dir/started.png"
echo "painted ($colours colours) after $((SECONDS - launched_at)) s; screenshot $dir/started.png"

step "still alive 5 s later?"
sleep 5
alive "$app_pid" || { tail -n 30 "$dir/logs/app.log" >&2; die "the app died after starting"; }
xwin xwininfo -id "$wid" | grep -q 'Map State: IsViewable' || die "the window is gone"
helpers=$(for p in $(root_pids); do tr -d '\0' <"/proc/$p/comm"; echo; done | grep -c '^WebKit' || true)
echo "alive: pid $app_pid, window mapped, $helpers WebKit helper processes"
kill "$app_pid"
for _ in $(seq 50); do alive "$app_pid" || break; sleep 0.1; done
alive "$app_pid" && die "the app did not stop on SIGTERM"
app_pid=""

echo
echo "check-deb: PASS: $(basename "$deb") installed on a clean Debian 12 and started from $desktop ($((SECONDS)) s)"
if grep -qiE 'dbus|keyring|secret|at-spi' "$dir/logs/app.log"; then
  echo "  (the app log has D-Bus/keyring warnings, expected without a session bus: $dir/logs/app.log)"
fi
