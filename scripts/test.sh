#!/usr/bin/env bash
# The full check, as CI runs it (.ci/run):
#   1. scripts/setup.sh --test     toolchain, trunk, wasm-bindgen, wasm-opt, Chromium, e2e packages
#   2. every npm lock file in sync with its package.json (`npm ci --dry-run` in each folder)
#      cargo test --workspace      native unit and property tests; then scripts/fuzz.sh 10 --scratch
#   3. trunk build --release --public-url /crosscheck/   into dist/, as for a static host's sub-path
#   4. a second release build from e2e/fixtures/hostile-seeds (markup, odd file names) into
#      target/dist-hostile, for the injection tests
#   5. a long collection: 600 news-shaped articles from corpusgen, their corpus built into a copy
#      of dist/ (target/dist-long), for the tests of lists drawn a batch at a time
#   6. browser tests               node --test e2e/*.test.mjs against dist/ served under /crosscheck/
# Exits non-zero if any step fails. Screenshots land in e2e/artifacts/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PUBLIC_URL=/crosscheck/

bash "$ROOT/scripts/setup.sh" --test

export PATH="$ROOT/tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

failed=()
stage() {   # stage NAME COMMAND...: run it, remember a failure, carry on
  local name="$1" rc=0
  shift
  printf '\n==> %s: %s\n' "$name" "$*"
  "$@" || rc=$?
  if [ "$rc" -eq 0 ]; then printf '    ok: %s\n' "$name"; return 0; fi
  printf '    FAILED: %s (exit %s)\n' "$name" "$rc"
  failed+=("$name")
  return 1
}

# `npm ci` must work on a fresh clone in every folder with a lock file (bench/'s did not).
npm_locks_in_sync() {
  local lock dir rc=0
  for lock in $(git -C "$ROOT" ls-files '*package-lock.json' ':!:**/node_modules/**'); do
    dir="$(dirname "$lock")"
    if ! (cd "$ROOT/$dir" && npm ci --dry-run --ignore-scripts --no-audit --no-fund >/dev/null 2>&1); then
      printf '    %s is out of sync with %s/package.json: run `npm install --package-lock-only` in %s\n' "$lock" "$dir" "$dir"
      rc=1
    fi
  done
  return $rc
}
stage "npm lock files" npm_locks_in_sync || true

# The release build's app with a corpus of 600 generated articles instead of the seeds: only the
# corpus files and the first screen's list in index.html change (corpus-build writes both).
long_collection() {
  # (`set -e` does not hold inside a function run by `stage`: each step chained.)
  rm -rf "$ROOT/target/long-seeds" "$ROOT/target/dist-long" \
    && mkdir -p "$ROOT/target/dist-long" \
    && cargo run --quiet --profile tool --locked -p crosscheck-corpusgen --bin corpusgen -- \
      --articles 600 --shape news --out "$ROOT/target/long-seeds" \
    && find "$ROOT/dist" -maxdepth 1 -type f ! -name '*.bin' -exec cp {} "$ROOT/target/dist-long/" \; \
    && cargo run --quiet --profile tool --locked -p crosscheck-corpus-build -- "$ROOT/target/long-seeds" --dist "$ROOT/target/dist-long"
}
stage "formatting (rustfmt.toml)" cargo fmt --all -- --check || true
stage "native tests" cargo test --workspace || true
# Short fuzz runs of every engine target (the long runs: scripts/fuzz.sh 3600, see FUZZING.md).
stage "fuzzing (10 s a target)" bash "$ROOT/scripts/fuzz.sh" 10 --scratch || true

if stage "release build" trunk build --release --public-url "$PUBLIC_URL" --dist "$ROOT/dist" \
   && stage "build output" test -s "$ROOT/dist/index.html"; then
  # A second build from a corpus with markup and odd file names, for the injection tests.
  stage "hostile-corpus build" env CROSSCHECK_SEEDS="$ROOT/e2e/fixtures/hostile-seeds" \
    trunk build --release --public-url "$PUBLIC_URL" --dist "$ROOT/target/dist-hostile" || true
  stage "long-collection build" long_collection || true
  stage "browser tests" env CROSSCHECK_DIST="$ROOT/dist" CROSSCHECK_HOSTILE_DIST="$ROOT/target/dist-hostile" \
    CROSSCHECK_LONG_DIST="$ROOT/target/dist-long" CROSSCHECK_LONG_SEEDS="$ROOT/target/long-seeds" \
    node --test --test-concurrency=1 --test-reporter=spec "$ROOT"/e2e/*.test.mjs || true
  if [ -d "$ROOT/e2e/artifacts" ]; then
    printf '    screenshots: %s\n' "$(ls "$ROOT"/e2e/artifacts/*.png 2>/dev/null | tr '\n' ' ')"
  fi
else
  printf '    (browser tests skipped: no build to test)\n'
  failed+=("browser tests (not run)")
fi

echo
if [ ${#failed[@]} -gt 0 ]; then
  printf 'test.sh: FAILED: %s\n' "$(IFS=,; echo "${failed[*]}")" >&2
  exit 1
fi
echo "test.sh: all passed (native tests, release build under $PUBLIC_URL, browser tests)"
