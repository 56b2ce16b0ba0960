// swift-tools-version:5.9
// Heard's core for iOS: the Swift bindings generated from heard-ffi
// (`cargo xtask bindings` writes HeardCore/Sources/HeardCore/HeardCore.swift)
// over the static library in HeardCoreFFI.xcframework, which
// `./build-xcframework.sh` builds on a Mac (it is not checked in).
//
// In Xcode: File > Add Package Dependencies… > Add Local… > this folder,
// then `import HeardCore`.
import PackageDescription

let package = Package(
    name: "HeardCore",
    platforms: [.iOS(.v15)],
    products: [
        .library(name: "HeardCore", targets: ["HeardCore"]),
    ],
    targets: [
        // The binary target's name is the clang module in its headers
        // (HeardCore/Headers/HeardCoreFFI/module.modulemap: `module HeardCoreFFI`).
        .binaryTarget(name: "HeardCoreFFI", path: "HeardCoreFFI.xcframework"),
        .target(
            name: "HeardCore",
            dependencies: ["HeardCoreFFI"],
            path: "HeardCore/Sources/HeardCore"
        ),
    ]
)
