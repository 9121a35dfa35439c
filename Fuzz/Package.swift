// swift-tools-version:6.0
// The libFuzzer target, kept in a package of its own so that `swift build` and
// `swift test` of parley never build it: it needs `-sanitize=fuzzer`, whose libFuzzer
// brings its own `main`. Build and run it with scripts/fuzz.
import PackageDescription

let package = Package(
    name: "parley-fuzz",
    dependencies: [
        .package(name: "parley", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "parley-fuzz",
            dependencies: ["FuzzMain", .product(name: "FuzzHarness", package: "parley")],
            // No `main` of ours: libFuzzer's calls LLVMFuzzerTestOneInput.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .target(name: "FuzzMain"),
    ]
)
