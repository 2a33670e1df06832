#!/usr/bin/env bash
# Fuzzes the engine with libFuzzer (cargo fuzz), every target in fuzz/fuzz_targets/.
#
#   scripts/fuzz.sh                 60 s a target, new interesting inputs kept in fuzz/corpus/
#   scripts/fuzz.sh 3600            an hour a target (record the figures in FUZZING.md)
#   scripts/fuzz.sh 10 --scratch    10 s a target, new inputs to a temporary folder (test.sh)
#
# Runs on the stable toolchain: RUSTC_BOOTSTRAP=1 lets cargo fuzz pass its unstable flags, and
# `--sanitizer none` needs no sanitizer runtime (the engine has no unsafe code; what fuzzing
# looks for here is panics, hangs and broken offsets, which the targets assert). A crash stops the
# run, prints the input and leaves it in fuzz/artifacts/TARGET/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_PER_TARGET="${1:-60}"
SCRATCH=0
[ "${2:-}" = --scratch ] && SCRATCH=1
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
command -v cargo-fuzz >/dev/null || { echo "fuzz.sh: cargo-fuzz is missing: scripts/setup.sh --test installs it" >&2; exit 1; }
cd "$ROOT/fuzz"
export RUSTC_BOOTSTRAP=1
TOOLCHAIN=()
if rustup toolchain list 2>/dev/null | grep -q '^stable'; then TOOLCHAIN=(+stable); fi
for target in $(ls fuzz_targets | sed 's/\.rs$//'); do
  corpus=("corpus/$target")
  if [ "$SCRATCH" = 1 ]; then
    scratch="$(mktemp -d)"
    corpus=("$scratch" "corpus/$target")
  fi
  printf '==> fuzz %s for %s s\n' "$target" "$SECONDS_PER_TARGET"
  # The status is cargo's (a target that does not build fails too, its errors shown), not grep's.
  set +e
  cargo "${TOOLCHAIN[@]}" fuzz run --sanitizer none "$target" "${corpus[@]}" -- \
    -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 2>&1 \
    | grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done|==|SUMMARY|thread|panicked|error)|^ *(-->|[0-9]+ \|)|INFO: seed corpus'
  status=${PIPESTATUS[0]}
  set -e
  [ "$SCRATCH" = 1 ] && rm -rf "$scratch"
  if [ "$status" -ne 0 ]; then
    echo "fuzz.sh: $target FAILED (exit $status): the target did not build (errors above) or an input failed (kept in fuzz/artifacts/$target/)" >&2
    exit 1
  fi
done
echo "fuzz.sh: all targets ran ${SECONDS_PER_TARGET} s without a failure"
