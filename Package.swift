// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Banmian",
    products: [
        .library(name: "Banmian", targets: ["Banmian"]),
        .executable(name: "banmian", targets: ["BanmianCommand"]),
        .executable(name: "banmian-bench", targets: ["BanmianBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The engine: Foundation only.
        .target(name: "Banmian"),
        // The `banmian` command line tool.
        .executableTarget(
            name: "BanmianCommand",
            dependencies: [
                "Banmian",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput and memory benchmark: `swift run -c release banmian-bench`.
        .executableTarget(name: "BanmianBench", dependencies: ["Banmian"], path: "Benchmarks/BanmianBench"),
        .testTarget(
            name: "BanmianTests",
            dependencies: ["Banmian"],
            exclude: ["Fixtures"]
        ),
    ]
)
