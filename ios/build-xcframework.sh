#!/usr/bin/env bash
# Builds ios/HeardCoreFFI.xcframework, the static library Package.swift
# declares as its binary target: libheard_ffi.a for iPhones
# (aarch64-apple-ios) and for the simulators (aarch64-apple-ios-sim and
# x86_64-apple-ios joined with lipo, as an XCFramework holds one library per
# platform variant), with the C header and module map that
# `cargo xtask bindings` generates in HeardCore/Headers/HeardCoreFFI/.
#
# Needs macOS with Xcode (xcodebuild, lipo) and rustup. It cannot run on the
# Linux machines the rest of the project is built and tested on, and has not
# been run there: the bindings themselves are generated and checked on Linux
# (`cargo xtask bindings --check`), since uniffi's metadata does not depend
# on the target.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

if [[ "$(uname -s)" != Darwin ]] || ! command -v xcodebuild >/dev/null; then
  echo "build-xcframework.sh needs macOS with Xcode (xcodebuild and lipo)" >&2
  exit 1
fi

targets=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios)
rustup target add "${targets[@]}"

# The `mobile` profile (size over speed, LTO). Always `-p heard-ffi` alone:
# built with the workspace's uniffi-bindgen, uniffi's bindgen features would
# be unified into the library.
for target in "${targets[@]}"; do
  cargo build --locked -p heard-ffi --profile mobile --target "$target"
done

# The Swift sources, header and module map, from the host's debug build.
cargo xtask bindings

target_dir="${CARGO_TARGET_DIR:-$root/target}"
case "$target_dir" in /*) ;; *) target_dir="$root/$target_dir" ;; esac
lib=libheard_ffi.a
work="$target_dir/xcframework"
rm -rf "$work"
mkdir -p "$work/sim" "$work/headers"

# Headers in a subfolder named after the module, so an app linking several
# uniffi XCFrameworks does not get colliding Headers/module.modulemap files.
cp -R "$here/HeardCore/Headers/HeardCoreFFI" "$work/headers/"

lipo -create \
  "$target_dir/aarch64-apple-ios-sim/mobile/$lib" \
  "$target_dir/x86_64-apple-ios/mobile/$lib" \
  -output "$work/sim/$lib"

rm -rf "$here/HeardCoreFFI.xcframework"
xcodebuild -create-xcframework \
  -library "$target_dir/aarch64-apple-ios/mobile/$lib" -headers "$work/headers" \
  -library "$work/sim/$lib" -headers "$work/headers" \
  -output "$here/HeardCoreFFI.xcframework"

echo "built $here/HeardCoreFFI.xcframework"
