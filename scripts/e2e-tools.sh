#!/usr/bin/env bash
# Installs the tools the end-to-end tests need: a real VS Code (code-server, which
# needs Node 24), Debian's Chromium and playwright-core. Everything lands in a cache
# folder keyed by versions, never in the project folder. Idempotent: a warm cache
# returns in well under a second; a cold machine installs from nothing (~5-10 min).
#
# Usage: bash scripts/e2e-tools.sh
# Logs go to stderr; stdout is only KEY=VALUE lines (NODE24, CODE_SERVER,
# PLAYWRIGHT_CORE_DIR, CHROMIUM, HANDOFF_E2E_TOOLS_DIR).
#
# Environment:
#   HANDOFF_TOOLS                   cache root (default: $XDG_CACHE_HOME/handoff-e2e-tools,
#                                   else ~/.cache/handoff-e2e-tools)
#   HANDOFF_E2E_NODE24_VERSION      npm `node` package version (default below)
#   HANDOFF_E2E_CODE_SERVER_VERSION code-server version (default below)
#   HANDOFF_E2E_PLAYWRIGHT_VERSION  playwright-core version (default below)
set -euo pipefail

NODE24_VERSION="${HANDOFF_E2E_NODE24_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${HANDOFF_E2E_CODE_SERVER_VERSION:-4.139.1}"
PLAYWRIGHT_VERSION="${HANDOFF_E2E_PLAYWRIGHT_VERSION:-1.65.1}"
APT_PACKAGES=(libkrb5-dev pkg-config libxkbfile-dev libx11-dev libsecret-1-dev chromium)

ROOT="${HANDOFF_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/handoff-e2e-tools}"
KEY="node${NODE24_VERSION}-cs${CODE_SERVER_VERSION}-pw${PLAYWRIGHT_VERSION}"
TOOLS="$ROOT/$KEY"
MARKER="$TOOLS/.complete"

NODE24_DIR="$TOOLS/node24/node_modules/node/bin"
NODE24="$NODE24_DIR/node"
NODEHDR="$TOOLS/nodehdr"
CODE_SERVER="$TOOLS/cs/node_modules/.bin/code-server"
PLAYWRIGHT_CORE_DIR="$TOOLS/pw/node_modules/playwright-core"

log() { printf '[e2e-tools] %s\n' "$*" >&2; }

# Under `npm test` the outer npm (on Node 20) exports variables that describe itself. The inner
# installs run another npm on Node 24, and code-server's postinstall reads the Node version from
# npm_config_user_agent: inherited, it says Node 20 and the install fails. Drop everything the
# outer npm set about itself and its package; configuration a user exported (registry, cache,
# proxy …) stays.
for v in $(compgen -e); do
  case "$v" in
    npm_config_user_agent | npm_config_node_version | npm_config_nodedir | npm_config_node_gyp | \
      npm_config_local_prefix | npm_config_global_prefix | npm_config_prefix | npm_config_argv | \
      npm_node_execpath | npm_execpath | npm_command | npm_lifecycle_* | npm_package_* | INIT_CWD)
      unset "$v"
      ;;
  esac
done

find_chromium() {
  local c
  for c in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$c" ]; then
      printf '%s\n' "$c"
      return 0
    fi
  done
  return 1
}

print_paths() {
  printf 'NODE24=%s\n' "$NODE24"
  printf 'CODE_SERVER=%s\n' "$CODE_SERVER"
  printf 'PLAYWRIGHT_CORE_DIR=%s\n' "$PLAYWRIGHT_CORE_DIR"
  printf 'CHROMIUM=%s\n' "$(find_chromium)"
  printf 'HANDOFF_E2E_TOOLS_DIR=%s\n' "$TOOLS"
}

# The cache may be restored on a machine whose Debian packages were not kept, so a
# warm cache still checks that Chromium itself is present (a cheap test).
warm() {
  [ -f "$MARKER" ] && [ -x "$NODE24" ] && [ -x "$CODE_SERVER" ] &&
    [ -f "$PLAYWRIGHT_CORE_DIR/package.json" ] && find_chromium >/dev/null
}

if warm; then
  log "warm cache: $TOOLS"
  print_paths
  exit 0
fi

# Refuse to install into the project folder (e.g. HANDOFF_TOOLS=. by mistake).
PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
mkdir -p "$ROOT"
ROOT_REAL="$(cd "$ROOT" && pwd -P)"
case "$ROOT_REAL/" in
  "$PROJECT_DIR"/*)
    log "refusing to install tools inside the project folder ($ROOT_REAL); set HANDOFF_TOOLS elsewhere"
    exit 2
    ;;
esac

# One installer at a time per cache root; a second caller waits and then sees the marker.
exec 9>"$ROOT/.lock"
if command -v flock >/dev/null 2>&1; then
  log "waiting for the install lock $ROOT/.lock"
  flock 9
fi
if warm; then
  log "warm cache (installed by a concurrent run): $TOOLS"
  print_paths
  exit 0
fi

START=$(date +%s)
mkdir -p "$TOOLS"
rm -f "$MARKER"

# ---- Debian packages -------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      SUDO=(sudo -n)
    else
      log "need root (or sudo) to apt-get install: ${missing[*]}"
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  log "apt-get install ${missing[*]}"
  "${SUDO[@]}" apt-get update -q >&2
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "${missing[@]}" >&2
fi
find_chromium >/dev/null || { log "chromium not found after apt-get install"; exit 1; }

# Each component is installed into its own prefix and gets an .ok file when done;
# a prefix without one is a leftover of an interrupted run and is rebuilt.
fresh_prefix() {
  rm -rf "$1"
  mkdir -p "$1"
}

# ---- Node 24 (binary and headers from the npm `node` package) -------------------
if [ ! -f "$TOOLS/node24/.ok" ] || [ ! -x "$NODE24" ]; then
  log "installing node@$NODE24_VERSION"
  fresh_prefix "$TOOLS/node24"
  npm install --prefix "$TOOLS/node24" --no-save --no-audit --no-fund --loglevel=error \
    "node@$NODE24_VERSION" >&2
  "$NODE24" --version | grep -q '^v24\.' || { log "node@$NODE24_VERSION is not Node 24"; exit 1; }
  touch "$TOOLS/node24/.ok"
fi

if [ ! -f "$NODEHDR/.ok" ]; then
  hdr="$(find "$TOOLS/node24/node_modules" -type f -path '*/include/node/node_api.h' -print -quit)"
  [ -n "$hdr" ] || { log "Node 24 headers (include/node) not found under $TOOLS/node24"; exit 1; }
  fresh_prefix "$NODEHDR/include"
  cp -a "$(dirname "$hdr")" "$NODEHDR/include/node"
  touch "$NODEHDR/.ok"
fi

# ---- code-server (native modules compiled against Node 24) ----------------------
if [ ! -f "$TOOLS/cs/.ok" ] || [ ! -x "$CODE_SERVER" ]; then
  log "installing code-server@$CODE_SERVER_VERSION (compiles native modules; several minutes)"
  fresh_prefix "$TOOLS/cs"
  (
    export PATH="$NODE24_DIR:$PATH"
    export npm_config_nodedir="$NODEHDR"
    export npm_config_update_notifier=false
    cd "$TOOLS/cs"
    npm install --prefix "$TOOLS/cs" --no-save --no-audit --no-fund --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" >&2
  )
  # code-server writes a default config.yaml (with a password) on first run; keep it
  # out of the user's ~/.config.
  PATH="$NODE24_DIR:$PATH" XDG_CONFIG_HOME="$TOOLS/cs/.xdg-config" "$CODE_SERVER" --version >&2
  touch "$TOOLS/cs/.ok"
fi

# ---- playwright-core (its own prefix; never `playwright install`) ---------------
if [ ! -f "$TOOLS/pw/.ok" ] || [ ! -f "$PLAYWRIGHT_CORE_DIR/package.json" ]; then
  log "installing playwright-core@$PLAYWRIGHT_VERSION"
  fresh_prefix "$TOOLS/pw"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$TOOLS/pw" --no-save --no-audit \
    --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_VERSION" >&2
  touch "$TOOLS/pw/.ok"
fi

printf 'node=%s code-server=%s playwright-core=%s\n' \
  "$NODE24_VERSION" "$CODE_SERVER_VERSION" "$PLAYWRIGHT_VERSION" >"$MARKER"
log "installed in $(($(date +%s) - START))s: $TOOLS"
print_paths
