#!/usr/bin/env bash
# Installs what Handshake needs on Debian/Ubuntu, skipping what is already there.
#   install-deps.sh build   → a Rust toolchain and the C bits crates link against
#   install-deps.sh desktop → the same as build (the wizard's WebKitGTK is part of every build)
#   install-deps.sh test    → all of it, plus the real servers and tools the test suite starts
#                             and what drives the desktop app (Xvfb, WebKitWebDriver, tauri-driver, axe-core)
#   install-deps.sh package → build, plus what the Tauri bundler needs for .deb and .rpm
set -euo pipefail
want="${1:-build}"

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

build_packages=(build-essential pkg-config ca-certificates curl libdbus-1-dev
  # the desktop wizard (src-tauri): WebKitGTK, and what Tauri and its plugins link against
  libwebkit2gtk-4.1-dev libssl-dev libxdo-dev librsvg2-dev
)
test_packages=(
  apache2 libapache2-mod-security2 modsecurity-crs  # fixes are loaded into a real Apache + ModSecurity CRS
  nginx                                            # nginx snippets pass `nginx -t`
  # tests/real-servers: a real WordPress on MariaDB behind Apache (mod_php and php-fpm) and nginx
  wordpress wordpress-theme-twentytwentythree mariadb-server php-fpm php-mysql libapache2-mod-php
  php-curl                                         # WordPress posts WooCommerce's keys through cURL, as on most hosts
  php-cli                                          # PHP snippets pass `php -l`
  faketime                                         # a real Apache whose clock is wrong (libfaketime)
  xz-utils                                         # the WooCommerce/WordPress archives (HANDSHAKE_WOOCOMMERCE_ARCHIVES)
  python3 python3-venv                             # Cloudflare's rules engine (wirefilter) from PyPI
  redis-server                                     # the relay's shared store, tested for real
  gnome-keyring dbus libsecret-tools               # a real Secret Service keyring
  # the desktop app's end-to-end tests: a private X server, WebKit's WebDriver (must match the
  # installed WebKitGTK), the clipboard read back from X
  xvfb xauth webkit2gtk-driver xclip
)
package_packages=(file rpm librsvg2-bin)             # .rpm bundles; icons/generate.sh renders the SVG

packages=("${build_packages[@]}")
[ "$want" = "test" ] && packages+=("${test_packages[@]}")
[ "$want" = "package" ] && packages+=("${package_packages[@]}")
# npm (the Tauri CLI for packages, axe-core for the e2e accessibility check); any Node.js ≥ 18 will do.
if [ "$want" != "build" ] && ! command -v npm >/dev/null 2>&1; then packages+=(nodejs npm); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian starts these services on install; the tests start their own instances on loopback ports.
  for svc in apache2 nginx redis-server mariadb $(cd /lib/systemd/system 2>/dev/null && ls -d php*-fpm.service 2>/dev/null | sed 's/\.service$//'); do
    sudo_if_needed systemctl disable --now "$svc" >/dev/null 2>&1 || sudo_if_needed service "$svc" stop >/dev/null 2>&1 || true
  done
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    echo "Installing the Rust toolchain (rustup)…"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi

if [ "$want" = "test" ]; then
  # Cloudflare's own rules-language engine, to parse every generated Cloudflare expression.
  venv="${HANDSHAKE_VENV:-$(cd "$(dirname "$0")/.." && pwd)/target/pyenv}"
  if ! "$venv/bin/python" -c "import importlib.metadata as m; m.version('octorules-wirefilter')" >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check octorules-wirefilter==0.7.0
  fi
fi

if [ "$want" != "build" ]; then
  root="$(cd "$(dirname "$0")/.." && pwd)"
  # The desktop tooling pinned in src-tauri/package-lock.json: @tauri-apps/cli and axe-core.
  if [ ! -f "$root/src-tauri/node_modules/axe-core/axe.min.js" ] || [ ! -x "$root/src-tauri/node_modules/.bin/tauri" ]; then
    # `npm install`, not `npm ci`: npm 11 leaves the other platforms' optional CLI binaries out of
    # the lock it writes, and `npm ci` then refuses that lock on a fresh clone.
    (cd "$root/src-tauri" && npm install --no-audit --no-fund --loglevel=error)
  fi
fi

if [ "$want" = "test" ] && ! command -v tauri-driver >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  # WebDriver for Tauri apps: forwards to WebKitWebDriver and starts the app under test.
  cargo install tauri-driver --locked
fi
