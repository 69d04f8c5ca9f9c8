// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Reclaim",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reclaim", targets: ["reclaim"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .target(
            name: "ReclaimChannels",
            dependencies: [
                "ReclaimCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReclaimChannelsTests",
            dependencies: [
                "ReclaimChannels",
                "ReclaimTestSupport",
                "ReclaimCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ReclaimCore",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CReclaimPhone",
            exclude: ["generate-data.sh"],
            linkerSettings: [
                .linkedLibrary("phonenumber"),
                .linkedLibrary("geocoding"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("stdc++", .when(platforms: [.linux])),
            ]
        ),
        .target(
            name: "ReclaimPhone",
            dependencies: ["CReclaimPhone"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ReclaimCommerce",
            dependencies: [
                "ReclaimCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ReclaimStore",
            dependencies: [
                "ReclaimCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "ReclaimAssistant", dependencies: ["ReclaimCore"], swiftSettings: swiftSettings),
        // Prints per-intent precision/recall/F1 for a labeled reply set: labeled, held-out, blind (scripts/assistant-eval).
        .executableTarget(name: "reclaim-assistant-eval", dependencies: ["ReclaimAssistant"], swiftSettings: swiftSettings),
        // Classify+answer latency over a generated 10,000-product catalog (scripts/assistant-eval).
        .executableTarget(
            name: "reclaim-assistant-bench", dependencies: ["ReclaimAssistant", "ReclaimCore"], swiftSettings: swiftSettings),
        // bench/scheduler: steps of a million active journeys coming due at 1,000/s (not shipped).
        .executableTarget(
            name: "reclaim-scheduler-bench",
            dependencies: [
                "ReclaimServer", "ReclaimStore", "ReclaimCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReclaimAssistantTests",
            dependencies: ["ReclaimAssistant", "ReclaimCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ReclaimServer",
            dependencies: [
                "ReclaimCore",
                "ReclaimPhone",
                "ReclaimCommerce",
                "ReclaimChannels",
                "ReclaimAssistant",
                "ReclaimStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "reclaim",
            // Every module its sources import, not only through ReclaimServer.
            dependencies: [
                "ReclaimServer",
                "ReclaimCore",
                "ReclaimStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Job-queue benchmark run by bench/queue (not shipped).
        .executableTarget(
            name: "ReclaimBench",
            dependencies: [
                "ReclaimStore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ReclaimTestSupport",
            dependencies: [
                "ReclaimCore",
                "ReclaimStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/ReclaimTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReclaimCoreTests",
            dependencies: ["ReclaimCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReclaimCommerceTests",
            dependencies: ["ReclaimCommerce", "ReclaimCore", "ReclaimTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReclaimPhoneTests",
            dependencies: ["ReclaimPhone", "ReclaimCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReclaimStoreTests",
            dependencies: ["ReclaimStore", "ReclaimTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReclaimServerTests",
            dependencies: [
                "ReclaimServer", "ReclaimTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
