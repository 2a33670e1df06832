#!/usr/bin/env bash
# Installs what Crosscheck needs to build (and, with --test, to run its browser tests).
#
#   scripts/setup.sh          Rust wasm32 standard library, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh --test   the same, plus Chromium and the e2e/ node packages
#
# Idempotent: each step first checks what is already there and skips itself, so a run on a
# ready machine takes a few seconds. See scripts/README-setup.md (and /work/shared/TOOLCHAIN.md
# on the project's build machines) for why each step is done the way it is.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION=0.21.14            # trunk 0.22 needs rustc 1.96.1, newer than Debian's rustc-web
TRUNK_SERIES=0.21
CARGO_FUZZ_VERSION=0.13.2
WASM_TARGET=wasm32-unknown-unknown
DEBIAN_PACKAGES=(rustc-web cargo-web rust-web-src lld-22)
DEBIAN_TOOLCHAIN=debian-web      # rustup's name for Debian's toolchain under /usr
DEBIAN_WASM_LIB=/usr/lib/rustlib/$WASM_TARGET/lib
DEBIAN_WASM_STAMP=$DEBIAN_WASM_LIB/.crosscheck-build-std
# How the Debian std is built. Bitcode must be embedded, as in rustup's std: the app's release
# profile uses LTO, which fails with "Can't find section .llvmbc" otherwise.
DEBIAN_STD_RUSTFLAGS="-Cembed-bitcode=yes"
DEBIAN_STD_RECIPE="build-std=std,panic_abort release RUSTFLAGS=$DEBIAN_STD_RUSTFLAGS"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
NODE_MIN_MAJOR=20                # playwright-core needs Node 20+

WITH_TEST=0
usage() { sed -n '2,6s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
for arg in "$@"; do
  case "$arg" in
    --test) WITH_TEST=1 ;;
    -h|--help) usage; exit 0 ;;
    *) printf 'setup: unknown argument: %s\n' "$arg" >&2; usage >&2; exit 2 ;;
  esac
done

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

step() { printf '==> %s\n' "$*"; }
ok()   { printf '    ok: %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die()  { printf '\nsetup: MISSING: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "root rights for: $* (not root, and no sudo)"; fi
}

# --- Debian packages -------------------------------------------------------------------------
APT_UPDATED=0
deb_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
apt_install() {
  local p missing=()
  for p in "$@"; do deb_installed "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -eq 0 ]; then ok "Debian packages installed: $*"; return 0; fi
  command -v apt-get >/dev/null 2>&1 \
    || die "the packages ${missing[*]} (no apt-get on this machine: install their equivalent by hand)"
  if [ "$APT_UPDATED" -eq 0 ]; then
    step "apt-get update"
    as_root apt-get update -qq || die "apt-get update failed (needed to install ${missing[*]})"
    APT_UPDATED=1
  fi
  step "apt-get install -y ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" </dev/null \
    || die "the Debian packages ${missing[*]} (apt-get install failed)"
}

# --- wasm32 standard library -----------------------------------------------------------------
# True when RUSTC (default: the toolchain active in the repo root) can compile a crate that
# uses std for wasm32. Catches a missing sysroot and one built by another compiler version.
wasm_std_works() {
  local rustc_cmd=("$@") dir rc
  [ ${#rustc_cmd[@]} -gt 0 ] || rustc_cmd=(rustc)
  dir="$(mktemp -d)"
  printf 'pub fn probe() -> std::vec::Vec<u8> { std::vec::Vec::new() }\n' >"$dir/probe.rs"
  if (cd "$ROOT" && "${rustc_cmd[@]}" --edition 2021 --target "$WASM_TARGET" --crate-type lib \
        --emit metadata -o "$dir/probe.rmeta" "$dir/probe.rs") >"$dir/log" 2>&1; then rc=0; else rc=1; fi
  rm -rf "$dir"
  return $rc
}

# What the stamp next to the Debian-built std must say: the compiler and the recipe.
debian_std_stamp() { printf '%s\n%s\n' "$(/usr/bin/rustc -vV)" "$DEBIAN_STD_RECIPE"; }
debian_std_current() {
  [ -f "$DEBIAN_WASM_STAMP" ] && [ "$(cat "$DEBIAN_WASM_STAMP")" = "$(debian_std_stamp)" ] && wasm_std_works /usr/bin/rustc
}
# An LTO link of a real wasm32 program with Debian's rustc: std, bitcode and rust-lld all work.
debian_std_links() {
  local dir rc
  dir="$(mktemp -d)"
  printf 'fn main() { let v: Vec<u8> = std::vec![1, 2, 3]; std::hint::black_box(v); }\n' >"$dir/main.rs"
  if /usr/bin/rustc --edition 2021 --target "$WASM_TARGET" -C opt-level=z -C lto=fat -C panic=abort \
       -o "$dir/probe.wasm" "$dir/main.rs" >"$dir/log" 2>&1; then rc=0; else cat "$dir/log" >&2; rc=1; fi
  rm -rf "$dir"
  return $rc
}

active_toolchain() { (cd "$ROOT" && rustup show active-toolchain 2>/dev/null | awk '{print $1; exit}') || true; }

have_rustup() { command -v rustup >/dev/null 2>&1; }

debian_toolchain_linked() { have_rustup && rustup toolchain list 2>/dev/null | grep -q "^$DEBIAN_TOOLCHAIN\b"; }

use_debian_toolchain() {
  if ! have_rustup; then
    # No rustup: plain Debian. /usr/bin/rustc must then be the rustc on PATH.
    [ "$(command -v rustc)" = /usr/bin/rustc ] \
      || die "rustc on PATH is $(command -v rustc), not Debian's /usr/bin/rustc, and there is no rustup to switch"
    return 0
  fi
  if debian_toolchain_linked; then
    ok "rustup toolchain $DEBIAN_TOOLCHAIN is linked"
  else
    step "rustup toolchain link $DEBIAN_TOOLCHAIN /usr"
    rustup toolchain link "$DEBIAN_TOOLCHAIN" /usr
  fi
  if [ "$(active_toolchain)" = "$DEBIAN_TOOLCHAIN" ]; then
    ok "rustup override for $ROOT is $DEBIAN_TOOLCHAIN"
  else
    step "rustup override set $DEBIAN_TOOLCHAIN   (in $ROOT)"
    rustup override set "$DEBIAN_TOOLCHAIN" --path "$ROOT"
  fi
}

build_debian_wasm_std() {
  local dir rlib name n=0
  dir="$(mktemp -d)"
  step "building the $WASM_TARGET standard library with Debian's rustc (cargo -Z build-std; about 2 minutes)"
  note "in $dir"
  mkdir -p "$dir/src"
  cat >"$dir/Cargo.toml" <<'EOF'
[package]
name = "wasm_sysroot_stub"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
path = "src/lib.rs"

[workspace]
EOF
  printf '#![no_std]\n' >"$dir/src/lib.rs"
  (cd "$dir" && env -u RUSTUP_TOOLCHAIN -u CARGO_BUILD_TARGET -u CARGO_ENCODED_RUSTFLAGS \
      RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS="$DEBIAN_STD_RUSTFLAGS" CARGO_TARGET_DIR="$dir/target" \
      /usr/bin/cargo build --release -Z build-std=std,panic_abort --target "$WASM_TARGET") \
    || die "the $WASM_TARGET standard library: building it from Debian's rust-web-src failed (see above)"
  step "installing the standard library rlibs into $DEBIAN_WASM_LIB"
  as_root mkdir -p "$DEBIAN_WASM_LIB"
  as_root find "$DEBIAN_WASM_LIB" -maxdepth 1 -name 'lib*.rlib' -delete
  for rlib in "$dir/target/$WASM_TARGET/release/deps"/lib*.rlib; do
    name="$(basename "$rlib")"
    case "$name" in libwasm_sysroot_stub-*) continue ;; esac
    as_root cp "$rlib" "$DEBIAN_WASM_LIB/"
    n=$((n + 1))
  done
  rm -rf "$dir"
  [ "$n" -gt 0 ] || die "the $WASM_TARGET standard library: the build left no rlibs"
  debian_std_stamp | as_root tee "$DEBIAN_WASM_STAMP" >/dev/null
  note "copied $n rlibs"
}

setup_wasm_std() {
  step "Rust standard library for $WASM_TARGET"
  command -v rustc >/dev/null 2>&1 || command -v apt-get >/dev/null 2>&1 \
    || die "a Rust toolchain (no rustc on PATH): install rustup from rustup.rs"

  # 1. The toolchain active in the repo root already has it (rustup's target, or a previous run).
  local sysroot
  sysroot="$(cd "$ROOT" && rustc --print sysroot 2>/dev/null || true)"
  if [ -n "$sysroot" ] && wasm_std_works && { [ "$sysroot" != /usr ] || debian_std_current; }; then
    ok "$(cd "$ROOT" && rustc --version) targets $WASM_TARGET (sysroot $sysroot)"
    return 0
  fi
  # 1b. This machine already has Debian's toolchain prepared (e.g. a fresh clone at a new path):
  #     only the per-directory override is missing. Saves the 30 s rustup time-out below.
  if debian_toolchain_linked && debian_std_current; then
    note "Debian's toolchain is already prepared for $WASM_TARGET on this machine"
    use_debian_toolchain
    wasm_std_works || die "the $WASM_TARGET standard library (the $DEBIAN_TOOLCHAIN override did not take effect in $ROOT)"
    ok "$(cd "$ROOT" && rustc --version) targets $WASM_TARGET"
    return 0
  fi
  # 2. rustup's own target (works wherever rustup's server is reachable, e.g. a laptop).
  if have_rustup; then
    step "timeout 30 rustup target add $WASM_TARGET"
    if timeout 30 rustup target add "$WASM_TARGET" </dev/null && wasm_std_works; then
      ok "rustup installed $WASM_TARGET"
      return 0
    fi
    note "rustup could not install the target within 30 s (its download server is unreachable?); using Debian's toolchain"
  fi
  # 3. Debian route: rustc-web + its library source, std built once with build-std.
  apt_install "${DEBIAN_PACKAGES[@]}"
  if debian_std_current; then
    ok "$DEBIAN_WASM_LIB already holds a standard library built by $(/usr/bin/rustc --version)"
  else
    [ ! -e "$DEBIAN_WASM_LIB" ] || note "the standard library in $DEBIAN_WASM_LIB is stale or was built otherwise: rebuilding it"
    build_debian_wasm_std
    wasm_std_works /usr/bin/rustc \
      || die "the $WASM_TARGET standard library: /usr/bin/rustc still cannot use $DEBIAN_WASM_LIB"
    if [ -d "$ROOT/target/$WASM_TARGET" ]; then
      # cargo does not notice a changed sysroot: what was built against the old std is stale.
      step "removing target/$WASM_TARGET (built against the previous standard library)"
      rm -rf "${ROOT:?}/target/$WASM_TARGET"
    fi
    step "checking an LTO link of a wasm32 program with it"
    debian_std_links || die "a working $WASM_TARGET build: an LTO link with $DEBIAN_WASM_LIB failed (see above; rust-lld is in lld-22)"
    ok "links"
  fi
  use_debian_toolchain
  wasm_std_works || die "the $WASM_TARGET standard library for the toolchain active in $ROOT ($(active_toolchain))"
  ok "$(cd "$ROOT" && rustc --version) targets $WASM_TARGET"
}

# --- cargo-installed tools -------------------------------------------------------------------
wait_for_running_install() {   # another `cargo install NAME` already running: let it finish
  local pids
  pids="$(pgrep -f "cargo install $1( |$)" || true)"
  if [ -n "$pids" ]; then
    note "a 'cargo install $1' is already running (pid $(echo "$pids" | tr '\n' ' ')); waiting for it"
    while pgrep -f "cargo install $1( |$)" >/dev/null; do sleep 5; done
  fi
}

trunk_ok() { command -v trunk >/dev/null 2>&1 && trunk --version 2>/dev/null | grep -Eq "^trunk ${TRUNK_SERIES//./\\.}\."; }

setup_trunk() {
  step "trunk $TRUNK_SERIES.x"
  if trunk_ok; then ok "$(trunk --version)"; return 0; fi
  wait_for_running_install trunk
  if trunk_ok; then ok "$(trunk --version)"; return 0; fi
  step "cargo install trunk --version $TRUNK_VERSION --locked   (10+ minutes on 2 cores)"
  (cd "$ROOT" && cargo install trunk --version "$TRUNK_VERSION" --locked) \
    || die "trunk $TRUNK_VERSION (cargo install failed)"
  trunk_ok || die "trunk $TRUNK_SERIES.x (installed, but 'trunk --version' does not answer $TRUNK_SERIES.x; is $CARGO_BIN on PATH?)"
  ok "$(trunk --version)"
}

# The wasm-bindgen version the app links against: Cargo.lock, else the `=X.Y.Z` pin in Cargo.toml.
# Sets WB_VERSION and WB_SOURCE.
wasm_bindgen_version() {
  WB_VERSION="" WB_SOURCE=""
  if [ -f "$ROOT/Cargo.lock" ]; then
    WB_VERSION="$(awk '/^\[\[package\]\]/ {hit=0} /^name = "wasm-bindgen"$/ {hit=1; next}
              hit && /^version = / {gsub(/"/, "", $3); print $3; exit}' "$ROOT/Cargo.lock")"
    WB_SOURCE=Cargo.lock
  fi
  if [ -z "$WB_VERSION" ]; then
    WB_VERSION="$(sed -nE 's/^wasm-bindgen *= *(\{[^}]*version *= *)?"=([0-9.]+)".*/\2/p' "$ROOT/Cargo.toml" | head -n1)"
    WB_SOURCE="the pin in Cargo.toml"
  fi
}

setup_wasm_bindgen() {
  local want trunk_pin have
  wasm_bindgen_version
  want="$WB_VERSION"
  [ -n "$want" ] || die "the wasm-bindgen version: none in Cargo.lock, and no wasm-bindgen = \"=X.Y.Z\" pin in Cargo.toml"
  step "wasm-bindgen-cli $want (the wasm-bindgen version in $WB_SOURCE)"
  if [ -f "$ROOT/Trunk.toml" ]; then
    trunk_pin="$(sed -nE 's/^wasm_bindgen *= *"([^"]+)".*/\1/p' "$ROOT/Trunk.toml" | head -n1)"
    if [ -n "$trunk_pin" ] && [ "$trunk_pin" != "$want" ]; then
      die "a consistent wasm-bindgen version: Trunk.toml [tools] says $trunk_pin, $WB_SOURCE says $want"
    fi
  fi
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" = "$want" ]; then ok "wasm-bindgen $have"; return 0; fi
  [ -z "$have" ] || note "wasm-bindgen on PATH is $have; replacing it"
  wait_for_running_install wasm-bindgen-cli
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" = "$want" ]; then ok "wasm-bindgen $have"; return 0; fi
  # No --locked: its lock file names a crate version the registry here does not have.
  step "cargo install wasm-bindgen-cli --version =$want   (a few minutes)"
  (cd "$ROOT" && cargo install wasm-bindgen-cli --version "=$want") \
    || die "wasm-bindgen-cli $want (cargo install failed)"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  [ "$have" = "$want" ] || die "wasm-bindgen $want (installed, but 'wasm-bindgen --version' answers '${have:-nothing}')"
  ok "wasm-bindgen $have"
}

# --- node packages ---------------------------------------------------------------------------
setup_node() {
  local major
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
    || die "Node.js $NODE_MIN_MAJOR+ with npm (node or npm is not on PATH; it runs wasm-opt and the browser tests)"
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge "$NODE_MIN_MAJOR" ] || die "Node.js $NODE_MIN_MAJOR+ (found $(node --version))"
}

# npm ci in DIR when its node_modules is missing or older than package(-lock).json.
npm_ci_if_stale() {
  local dir="$ROOT/$1" stamp="$ROOT/$1/node_modules/.package-lock.json"
  [ -f "$dir/package-lock.json" ] || die "$1/package-lock.json (it is part of the repository)"
  if [ -f "$stamp" ] && [ ! "$dir/package-lock.json" -nt "$stamp" ] && [ ! "$dir/package.json" -nt "$stamp" ]; then
    ok "$1/node_modules is up to date"
    return 0
  fi
  step "npm ci   (in $1/)"
  (cd "$dir" && npm ci --no-audit --no-fund) || die "the node packages of $1/ (npm ci failed)"
}

setup_wasm_opt() {
  local v
  step "wasm-opt (npm package binaryen, in tools/; trunk runs it on --release builds)"
  npm_ci_if_stale tools
  v="$("$ROOT/tools/node_modules/.bin/wasm-opt" --version 2>/dev/null)" \
    || die "wasm-opt (tools/node_modules/.bin/wasm-opt does not run)"
  ok "$v  (scripts put $ROOT/tools/node_modules/.bin on PATH)"
}

setup_test_extras() {
  step "Chromium for the browser tests"
  if [ "$CHROMIUM" = /usr/bin/chromium ]; then apt_install chromium; fi
  [ -x "$CHROMIUM" ] || die "Chromium at $CHROMIUM (set CHROMIUM=/path/to/chromium to use another)"
  ok "$("$CHROMIUM" --version 2>/dev/null | head -n1)"
  step "node packages of e2e/ (playwright-core, drives $CHROMIUM; downloads no browser; axe-core)"
  npm_ci_if_stale e2e
  step "cargo-fuzz $CARGO_FUZZ_VERSION (libFuzzer runs of the engine; scripts/fuzz.sh)"
  if cargo_fuzz_ok; then ok "$(cargo fuzz --version)"; return 0; fi
  wait_for_running_install cargo-fuzz
  if cargo_fuzz_ok; then ok "$(cargo fuzz --version)"; return 0; fi
  step "cargo install cargo-fuzz --version $CARGO_FUZZ_VERSION --locked   (a few minutes)"
  (cd "$ROOT" && cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked) \
    || die "cargo-fuzz $CARGO_FUZZ_VERSION (cargo install failed)"
  cargo_fuzz_ok || die "cargo-fuzz (installed, but 'cargo fuzz --version' does not answer)"
  ok "$(cargo fuzz --version)"
}

cargo_fuzz_ok() { cargo fuzz --version >/dev/null 2>&1; }

# --- main ------------------------------------------------------------------------------------
started=$SECONDS
step "Crosscheck setup in $ROOT$([ $WITH_TEST -eq 1 ] && echo ' (with test tools)')"
setup_wasm_std
setup_trunk
setup_wasm_bindgen
setup_node
setup_wasm_opt
[ $WITH_TEST -eq 0 ] || setup_test_extras
step "setup done in $((SECONDS - started)) s"
