#!/usr/bin/env bash
# The browser-side benchmarks (BENCHMARKS.md, "Side by side" and "The page"); the last stages of
# scripts/bench.sh, or on their own:
#
#   scripts/bench-web.sh            corpora of 5 (the seeds), 50, 500 and 5000 articles
#   scripts/bench-web.sh --quick    5, 50 and 500 articles, 3 page loads instead of 5
#
# 1. scripts/setup.sh --test (Chromium, trunk, wasm-bindgen, wasm-opt, e2e packages) and bench/'s
#    npm packages (minisearch, flexsearch, pagefind; `npm ci` from bench/package-lock.json)
# 2. crates/engine-wasm -> target/bench-wasm (cargo, wasm-bindgen --target nodejs, wasm-opt -Oz)
# 3. generated corpora in target/bench-corpora/N (crates/corpusgen)
# 4. release builds under /crosscheck/: dist/ (the seeds) and target/bench-dist-500
# 5. node bench/compare.mjs -> bench/results/compare.json (and a Markdown table)
# 6. node bench/page.mjs    -> bench/results/page.json (and a Markdown table)
#
# An hour or more on 2 cores with every tool installed (most of it the 500- and 5000-article runs).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SIZES=5,50,500,5000
LOADS=5
for arg in "$@"; do
  case "$arg" in
    --quick) SIZES=5,50,500; LOADS=3 ;;
    -h|--help) sed -n '2,16s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) printf 'bench-web: unknown argument: %s\n' "$arg" >&2; exit 2 ;;
  esac
done

step() { printf '==> %s\n' "$*"; }

step "setup"
bash scripts/setup.sh --test
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/tools/node_modules/.bin:$PATH"
if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  step "npm ci   (in bench/)"
  (cd bench && npm ci --no-audit --no-fund)
fi

step "crates/engine-wasm -> target/bench-wasm"
cargo build --release --target wasm32-unknown-unknown -p crosscheck-engine-wasm
wasm-bindgen --target nodejs --out-dir target/bench-wasm target/wasm32-unknown-unknown/release/engine_wasm.wasm
wasm-opt -Oz target/bench-wasm/engine_wasm_bg.wasm -o target/bench-wasm/engine_wasm_bg.wasm

step "corpora: $SIZES articles"
for n in ${SIZES//,/ }; do
  [ "$n" -eq 5 ] && continue   # the seeds themselves
  dir="target/bench-corpora/$n"
  if [ "$(find "$dir" -maxdepth 1 -name '*.txt' 2>/dev/null | wc -l)" -ne "$n" ]; then
    cargo run --quiet --release -p crosscheck-corpusgen -- --articles "$n" --out "$dir"
  fi
done

step "release builds: dist/ (seeds) and target/bench-dist-500"
trunk build --release --public-url /crosscheck/
CROSSCHECK_SEEDS="$ROOT/target/bench-corpora/500" trunk build --release --public-url /crosscheck/ --dist target/bench-dist-500

step "side by side: node bench/compare.mjs --sizes $SIZES"
node bench/compare.mjs --sizes "$SIZES"

step "the page: node bench/page.mjs"
node bench/page.mjs --dist dist --seeds seeds --dist target/bench-dist-500 --seeds target/bench-corpora/500 --loads "$LOADS"
