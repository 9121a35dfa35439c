// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "parley",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
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
            .product(name: "FlyingFox", package: "FlyingFox"),
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
    ]
)
