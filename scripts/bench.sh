#!/usr/bin/env bash
# The benchmarks (BENCHMARKS.md), in stages:
#
#   scripts/bench.sh                    every stage, corpora of 5 (the seeds), 50, 500 and 5000 articles
#   scripts/bench.sh --quick            5, 50 and 500 articles
#   scripts/bench.sh --only STAGE,...   some stages: corpora, criterion, keystrokes, web
#
# 1. corpora     crates/corpusgen -> target/bench-corpora/N (N .txt files and truth.json)
# 2. criterion   cargo bench -p crosscheck-engine --bench scale (and the seed benchmarks: --bench
#                engine); reports in target/criterion/
# 3. keystrokes  every keystroke of bench/queries.json timed on its own, p50/p95/max per size
#                -> bench/results/native-keystrokes.json
# 4. web         the browser and Node side: scripts/bench-web.sh
#
# The native stages took 30 minutes on 2 cores (criterion 21, keystrokes 9: each builds the
# 5000-article corpus once, six to seven minutes); --quick about 8. Then the web stage.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SIZES=5,50,500,5000
STAGES=corpora,criterion,keystrokes,web
QUICK=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) SIZES=5,50,500; QUICK=(--quick) ;;
    --only) STAGES="${2:?--only needs a list of stages}"; shift ;;
    -h|--help) sed -n '2,17s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) printf 'bench: unknown argument: %s\n' "$1" >&2; exit 2 ;;
  esac
  shift
done
wants() { [[ ",$STAGES," == *",$1,"* ]]; }
stage() { printf '\n==> %s\n' "$*"; }

if wants corpora; then
  stage "corpora: $SIZES articles -> target/bench-corpora/N"
  cargo build --quiet --release -p crosscheck-corpusgen
  for n in ${SIZES//,/ }; do
    [ "$n" -le 5 ] && continue   # the seeds themselves
    target/release/corpusgen --articles "$n" --out "target/bench-corpora/$n"
  done
fi

if wants criterion; then
  stage "criterion: cargo bench -p crosscheck-engine --bench scale ($SIZES) and --bench engine"
  CROSSCHECK_SCALE_SIZES="$SIZES" cargo bench -p crosscheck-engine --bench scale
  cargo bench -p crosscheck-engine --bench engine
fi

if wants keystrokes; then
  stage "keystrokes: p50/p95/max per size -> bench/results/native-keystrokes.json"
  cargo run --quiet --release -p crosscheck-engine --example keystrokes -- --sizes "$SIZES" \
    --out bench/results/native-keystrokes.json
fi

if wants web; then
  stage "web: scripts/bench-web.sh ${QUICK[*]}"
  bash scripts/bench-web.sh "${QUICK[@]}"
fi
