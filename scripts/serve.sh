#!/usr/bin/env bash
# Runs Crosscheck locally with live rebuilds: setup (if anything is missing), then `trunk serve`.
#
#   scripts/serve.sh                      http://127.0.0.1:8080/
#   scripts/serve.sh --port 9000          another port (or PORT=9000 scripts/serve.sh)
#   scripts/serve.sh --address 0.0.0.0    listen beyond this machine (or ADDRESS=...)
# Any other option is passed on to `trunk serve` (e.g. --release).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ADDRESS="${ADDRESS:-127.0.0.1}"
PORT="${PORT:-8080}"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="${2:?--port needs a number}"; shift 2 ;;
    --port=*) PORT="${1#--port=}"; shift ;;
    --address) ADDRESS="${2:?--address needs an address}"; shift 2 ;;
    --address=*) ADDRESS="${1#--address=}"; shift ;;
    -h|--help) sed -n '2,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) extra+=("$1"); shift ;;
  esac
done

bash "$ROOT/scripts/setup.sh"

# trunk, wasm-bindgen (cargo-installed) and wasm-opt (npm binaryen, in tools/)
export PATH="$ROOT/tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

host="$ADDRESS"
[ "$host" != 0.0.0.0 ] || host=127.0.0.1
printf '==> trunk serve: Crosscheck will be at  http://%s:%s/   (Ctrl-C stops)\n' "$host" "$PORT"
# e2e/ and tools/ (test code, node_modules, screenshots) are no input of the app: don't rebuild on them.
# Its build goes to target/serve-dist, so that it never overwrites dist/ (the release build that
# scripts/test.sh tests and that gets uploaded).
exec trunk serve --address "$ADDRESS" --port "$PORT" --dist "$ROOT/target/serve-dist" \
  --ignore "$ROOT/e2e" --ignore "$ROOT/tools" \
  ${extra[@]+"${extra[@]}"}
