// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// Tests import what they use without re-export bookkeeping.
let testSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "kizuna",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kizuna", targets: ["kizuna"]),
        .library(name: "STIX", targets: ["STIX"]),
        .library(name: "KizunaCore", targets: ["KizunaCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "STIX",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "KizunaCore",
            dependencies: [
                "STIX", "STIXPatterns",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "STIXPatterns", dependencies: ["STIX"], swiftSettings: swiftSettings),
        .target(name: "KizunaDemo", dependencies: ["STIX"], swiftSettings: swiftSettings),
        .target(
            name: "KizunaFormats",
            dependencies: ["STIX", "STIXPatterns", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "KizunaSQLite",
            dependencies: [
                "KizunaCore", "STIX",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "KizunaServer",
            dependencies: [
                "KizunaCore", "KizunaFormats", "STIX", "STIXPatterns",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "kizuna",
            dependencies: [
                "KizunaCore", "KizunaDemo", "KizunaFormats", "KizunaSQLite", "KizunaServer", "STIX", "STIXPatterns",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "kizuna-bench",
            dependencies: ["KizunaCore", "KizunaSQLite", "STIX"],
            path: "Benchmarks/ImportBenchmark",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "kizuna-pattern-bench",
            dependencies: ["KizunaCore", "STIX", "STIXPatterns"],
            path: "Benchmarks/PatternBenchmark",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "kizuna-index-bench",
            dependencies: ["STIXPatterns", "STIX", "KizunaTestSupport"],
            path: "Benchmarks/IndexBenchmark",
            swiftSettings: swiftSettings
        ),
        // What tests and benchmarks share (a seeded random number generator, the test data directory).
        .target(name: "KizunaTestSupport", path: "Tests/KizunaTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "STIXTests", dependencies: ["STIX"], swiftSettings: testSettings),
        .testTarget(name: "STIXPatternsTests", dependencies: ["STIXPatterns", "STIX", "KizunaTestSupport"], swiftSettings: testSettings),
        .testTarget(
            name: "KizunaFormatsTests", dependencies: ["KizunaFormats", "STIXPatterns", "STIX", "KizunaTestSupport"], swiftSettings: testSettings),
        .testTarget(name: "KizunaDemoTests", dependencies: ["KizunaDemo", "STIX"], swiftSettings: testSettings),
        .testTarget(name: "KizunaCoreTests", dependencies: ["KizunaCore", "STIX", "STIXPatterns", "KizunaTestSupport"], swiftSettings: testSettings),
        .testTarget(
            name: "KizunaSQLiteTests",
            dependencies: ["KizunaSQLite", "KizunaCore", "STIX", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "KizunaServerTests",
            dependencies: [
                "KizunaServer", "KizunaSQLite", "KizunaCore", "STIX", "KizunaTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: testSettings
        ),
    ]
)
