#!/usr/bin/env bash
# Recoupe's real-editor test: installs what it needs (setup.sh, cached outside the repository),
# then runs the compiled scenarios with Node's test runner against a .vsix in code-server.
#
#   npm run test:editor        (= npm run package --silent && bash test/e2e/code-server/run.sh)
#
# Needs: the compiled test in out/test/e2e/code-server (`npm run build` / `tsc -p .`) and the
# .vsix (default <repo>/recoupe.vsix, from `npm run package`; override with RECOUPE_VSIX).
# Other knobs: RECOUPE_EXTENSION_ID, RECOUPE_EDITOR_CACHE, RECOUPE_E2E_DEBUG=1, RECOUPE_E2E_KEEP=1
# (see harness.ts). Screenshots and logs go to test/e2e/artefacts/ (git-ignored).
# Output is TAP and ends with node:test's summary (# tests / # pass / # fail ...).
set -euo pipefail
exec </dev/null

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
export CI="${CI:-true}"

bash "$HERE/setup.sh"

VSIX="${RECOUPE_VSIX:-$REPO/recoupe.vsix}"
[ -f "$VSIX" ] || { echo "run.sh: no .vsix at $VSIX: run \`npm run package\` first (or set RECOUPE_VSIX)" >&2; exit 1; }
export RECOUPE_VSIX="$(cd "$(dirname "$VSIX")" && pwd)/$(basename "$VSIX")"

OUT="$REPO/out/test/e2e/code-server"
[ -f "$OUT/editor.test.js" ] || { echo "run.sh: $OUT/editor.test.js is missing: compile first (\`npm run build\`)" >&2; exit 1; }
for src in "$HERE"/*.ts; do
  js="$OUT/$(basename "${src%.ts}").js"
  if [ ! -f "$js" ] || [ "$src" -nt "$js" ]; then echo "run.sh: warning: $js is older than $(basename "$src"): recompile (npm run build)" >&2; fi
done

# The harness records the process groups it starts here; if the test process is killed before
# it can clean up, the trap stops them (only these recorded ids, never by name).
RUNDIR="$(mktemp -d "${TMPDIR:-/tmp}/recoupe-e2e-run.XXXXXX")"
export RECOUPE_E2E_RUNDIR="$RUNDIR"
cleanup() {
  local pgid pid
  if [ -f "$RUNDIR/code-server.pgid" ]; then
    pgid="$(cat "$RUNDIR/code-server.pgid")"
    if [ -n "$pgid" ] && kill -0 -- "-$pgid" 2>/dev/null; then
      echo "run.sh: stopping leftover code-server process group $pgid" >&2
      kill -TERM -- "-$pgid" 2>/dev/null || true
      for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL -- "-$pgid" 2>/dev/null || true
    fi
  fi
  if [ -f "$RUNDIR/chromium.pid" ]; then
    pid="$(cat "$RUNDIR/chromium.pid")"
    if [ -n "$pid" ] && grep -qs -- 'chromium-profile' "/proc/$pid/cmdline" 2>/dev/null; then
      echo "run.sh: stopping leftover Chromium $pid" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$RUNDIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

cd "$REPO"
echo "run.sh: testing $RECOUPE_VSIX; screenshots and logs go to ${RECOUPE_E2E_ARTEFACTS:-$REPO/test/e2e/artefacts}" >&2
# TAP on any terminal, so the last lines are always "# pass N" / "# fail N".
set +e
node --test --test-reporter=tap out/test/e2e/code-server
status=$?
set -e
exit $status
