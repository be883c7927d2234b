#!/usr/bin/env bash
# End-to-end test of the web UI in headless Chromium (Debian's chromium + playwright-core).
# Installs what it needs, builds veille, starts `veille serve --demo` on a free loopback port,
# runs crates/veille-server/ui-test/ui.test.mjs with node's test runner, saves screenshots to
# target/ui-test/, and stops the server it started.
# Env: VEILLE_BIN (skip the build), UI_PORT (default 8765), SCREENSHOT_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

if ! command -v chromium >/dev/null 2>&1; then
  echo "ui-test: installing chromium (apt)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
fi
if ! command -v node >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm) >/dev/null
fi
UIDIR=$ROOT/crates/veille-server/ui-test
if [ ! -d "$UIDIR/node_modules/playwright-core" ]; then
  echo "ui-test: npm install playwright-core (no browser download: uses /usr/bin/chromium)"
  (cd "$UIDIR" && npm install --no-audit --no-fund --silent)
fi

BIN=${VEILLE_BIN:-}
if [ -z "$BIN" ]; then
  # debug profile: reuses what `cargo test` already built in CI; the demo is 8 short articles
  cargo build -p veille-cli
  BIN=$ROOT/target/debug/veille
fi
PORT=${UI_PORT:-8765}
SHOTS=${SCREENSHOT_DIR:-$ROOT/target/ui-test}
mkdir -p "$SHOTS"
LOG=$SHOTS/server.log
"$BIN" serve --demo --port "$PORT" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$PORT/api/stats" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER" 2>/dev/null; then echo "ui-test: server died"; cat "$LOG"; exit 1; fi
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$PORT/api/stats" >/dev/null || { echo "ui-test: server not up"; cat "$LOG"; exit 1; }
cd "$UIDIR"
BASE_URL="http://127.0.0.1:$PORT" SCREENSHOT_DIR="$SHOTS" CHROMIUM=$(command -v chromium) \
  node --test --test-reporter=spec ui.test.mjs
echo "ui-test: screenshots in $SHOTS"
