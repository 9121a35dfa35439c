// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "parley",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        // For the fuzz target in Fuzz/, a package of its own so it stays out of this build.
        .library(name: "FuzzHarness", targets: ["FuzzHarness"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // The preview server: HummingbirdCore only, without the traits that bring in
        // swift-configuration, which parley does not use.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras", exact: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        .target(name: "Course", dependencies: [
            "CommonMark",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Site", dependencies: [
            "Course",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "Kinds", dependencies: ["Course", "Site", "CommonMark"]),
        .target(name: "Preview", dependencies: [
            "Site",
            "Course",
            "Kinds",
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
        ], resources: [.embedInCode("Resources/reload.js"), .embedInCode("Resources/preview.css")]),
        .target(name: "Scaffold", dependencies: ["Course", "Site", "Kinds"]),
        .executableTarget(name: "parley", dependencies: [
            "Site",
            "Course",
            "Kinds",
            "Scaffold",
            "Preview",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "CourseFixtures", path: "Tests/CourseFixtures"),
        .target(name: "FuzzHarness", dependencies: ["Course", "Site", "Kinds"], path: "Tests/FuzzHarness"),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "CourseTests", dependencies: ["Course", "CommonMark", "Kinds", "Site", "CourseFixtures"]),
        .testTarget(name: "SiteTests", dependencies: [
            "Site", "Course", "Kinds", "CourseFixtures",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Site", "Course", "Kinds", "CourseFixtures"]),
        .testTarget(name: "KindsTests", dependencies: ["Kinds", "Site", "Course", "CommonMark", "CourseFixtures"]),
        .testTarget(name: "ScaffoldTests", dependencies: ["Scaffold", "Site", "Course", "Kinds", "CourseFixtures"]),
        .testTarget(name: "CLITests", dependencies: ["CourseFixtures"]),
        .testTarget(name: "FuzzReplayTests", dependencies: ["FuzzHarness"]),
    ]
)
