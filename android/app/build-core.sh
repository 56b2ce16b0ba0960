#!/usr/bin/env bash
# Builds the Rust core (the heard-ffi crate, library heard_ffi) as
# libheard_ffi.so for the APK's ABIs, arm64-v8a, armeabi-v7a and x86_64,
# into OUT/<abi>/ (default: android/app/build/rustJniLibs), with cargo-ndk.
# app/build.gradle.kts runs it before the jniLibs are merged; it can also be
# run by hand from anywhere:
#
#   android/app/build-core.sh [OUT]
#
# Needs rustup, cargo-ndk (`cargo install cargo-ndk`, 3.5 or newer, which
# finds a --profile build's artifacts) and the Android NDK (r28c: Android
# Studio's SDK Manager, or ANDROID_NDK_HOME). HEARD_CARGO_PROFILE picks the
# Cargo profile (default "mobile": size over speed, LTO), HEARD_ANDROID_API
# the API level the libraries are linked for (default 28, app's minSdk).
#
# Not run on the project's Linux machines (no NDK there); the Kotlin side
# is tested there on the JVM against the host build of the same library.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$here/build/rustJniLibs}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
profile="${HEARD_CARGO_PROFILE:-mobile}"
api="${HEARD_ANDROID_API:-28}"

# Android Studio may start Gradle without the login shell's PATH.
if [[ -d "$HOME/.cargo/bin" ]]; then PATH="$HOME/.cargo/bin:$PATH"; fi

fail() {
  echo "build-core.sh: $*" >&2
  exit 1
}

command -v cargo >/dev/null || fail "cargo is missing: install Rust with rustup (https://rustup.rs)"
cargo ndk --version >/dev/null 2>&1 || fail "cargo-ndk is missing: cargo install cargo-ndk"

abis=(arm64-v8a armeabi-v7a x86_64)
triples=(aarch64-linux-android armv7-linux-androideabi x86_64-linux-android)

if command -v rustup >/dev/null; then
  installed="$(rustup target list --installed)"
  missing=()
  for t in "${triples[@]}"; do
    grep -qx "$t" <<<"$installed" || missing+=("$t")
  done
  if ((${#missing[@]})); then
    fail "Rust targets missing: rustup target add ${missing[*]}"
  fi
fi

if [[ -n "${RUSTFLAGS:-}${CARGO_ENCODED_RUSTFLAGS:-}" ]]; then
  echo "build-core.sh: RUSTFLAGS is set, so Cargo ignores the per-target 16 KB page flag below" >&2
fi
# 16 KB ELF segment alignment (Android 15+ devices with 16 KB pages refuse
# anything less, and Google Play requires it). Per target, so the host's
# build scripts are linked as usual.
for t in "${triples[@]}"; do
  var="CARGO_TARGET_$(tr '[:lower:]-' '[:upper:]_' <<<"$t")_RUSTFLAGS"
  export "$var=-C link-arg=-Wl,-z,max-page-size=16384"
done

targets=()
for abi in "${abis[@]}"; do targets+=(--target "$abi"); done

cd "$root"
# Always -p heard-ffi alone: built together with the workspace's
# uniffi-bindgen, uniffi's bindgen features would be unified into the
# library the phones load.
cargo ndk "${targets[@]}" --platform "$api" --output-dir "$out" \
  build --locked --profile "$profile" -p heard-ffi

for abi in "${abis[@]}"; do
  lib="$out/$abi/libheard_ffi.so"
  [[ -f "$lib" ]] || fail "cargo-ndk finished but $lib is missing"
done

# Check the alignment with the NDK's readelf when it can be found.
ndk="${ANDROID_NDK_HOME:-${ANDROID_NDK_ROOT:-}}"
readelf=""
if [[ -n "$ndk" ]]; then
  readelf="$(ls "$ndk"/toolchains/llvm/prebuilt/*/bin/llvm-readelf 2>/dev/null | head -n 1 || true)"
fi
if [[ -n "$readelf" ]]; then
  for abi in "${abis[@]}"; do
    lib="$out/$abi/libheard_ffi.so"
    while read -r align; do
      (( align >= 0x4000 )) || fail "$lib has a LOAD segment aligned to $align, not 16 KB"
    done < <("$readelf" -lW "$lib" | awk '$1 == "LOAD" { print $NF }')
  done
fi

echo "build-core.sh: libheard_ffi.so ($profile) for ${abis[*]} in $out"
