// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "kb",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kb", targets: ["kb"]),
        .executable(name: "kb-bench", targets: ["kb-bench"]),
        .library(name: "ArchiveIndex", targets: ["ArchiveIndex"]),
        .library(name: "KBServer", targets: ["KBServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: [
        // The only C++ in the project: Xapian behind a plain C API.
        .target(
            name: "CXapianShim",
            linkerSettings: [.linkedLibrary("xapian")]
        ),
        // ICU normalisation and charset conversion, OpenCC script folding.
        .target(
            name: "CTextShim",
            linkerSettings: [
                .linkedLibrary("opencc"), .linkedLibrary("icui18n"), .linkedLibrary("icuuc"),
            ]
        ),
        .target(
            name: "ArchiveIndex",
            dependencies: [
                "CXapianShim", "CTextShim",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]
        ),
        // `kb serve`: the archive as a department service (accounts, roles, JSON API).
        .target(
            name: "KBServer",
            dependencies: [
                "ArchiveIndex",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Pages/Templates"), .copy("Pages/Static")]
        ),
        .executableTarget(
            name: "kb",
            dependencies: [
                "ArchiveIndex", "KBServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Search quality and scale benchmarks: kb beside SQLite FTS5 and plain Xapian.
        .target(
            name: "ArchiveBench",
            dependencies: ["ArchiveIndex", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "kb-bench",
            dependencies: [
                "ArchiveBench", "ArchiveIndex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzzing: the readers as libFuzzer targets (tools/fuzz/run.sh), and their replay.
        .target(name: "ArchiveFuzz", dependencies: ["ArchiveIndex"]),
        .executableTarget(name: "kb-fuzz", dependencies: ["ArchiveFuzz"]),
        .testTarget(
            name: "ArchiveIndexTests",
            dependencies: ["ArchiveIndex", "ArchiveBench", "ArchiveFuzz", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "KBServerTests",
            dependencies: [
                "KBServer", "ArchiveIndex",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "kbTests",
            dependencies: ["kb"]
        ),
    ],
    cxxLanguageStandard: .cxx17
)
