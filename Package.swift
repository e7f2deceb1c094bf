// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Banmian",
    products: [
        .library(name: "Banmian", targets: ["Banmian"]),
        .library(name: "BanmianEvaluation", targets: ["BanmianEvaluation"]),
        .library(name: "BanmianPDF", targets: ["BanmianPDF"]),
        .library(name: "BanmianArchive", targets: ["BanmianArchive"]),
        .library(name: "BanmianServer", targets: ["BanmianServer"]),
        .library(name: "BanmianLibrary", targets: ["BanmianLibrary"]),
        .library(name: "BanmianOCR", targets: ["BanmianOCR"]),
        .executable(name: "banmian", targets: ["BanmianCommand"]),
        .executable(name: "banmian-bench", targets: ["BanmianBench"]),
        .executable(name: "banmian-fuzz", targets: ["BanmianFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The engine: Foundation only.
        .target(name: "Banmian"),
        // PDF pages through `mutool draw -F stext`, run as a separate program.
        .target(name: "BanmianPDF", dependencies: ["Banmian"]),
        // Library formats: ALTO pages and METS issues read into lines with boxes for the same pipeline, and written.
        .target(name: "BanmianLibrary", dependencies: ["Banmian"]),
        // OCR of page pictures and scanned PDF pages: Tesseract (run as a separate program) writes ALTO, which
        // BanmianLibrary reads into lines with boxes for the same pipeline.
        .target(name: "BanmianOCR", dependencies: ["Banmian", "BanmianPDF", "BanmianLibrary"]),
        // Scoring against a corpus of pages with gold articles (`banmian eval`).
        .target(name: "BanmianEvaluation", dependencies: ["Banmian", "BanmianPDF", "BanmianLibrary", "BanmianOCR"]),
        // The archive: issues stored in SQLite through GRDB, Chinese full-text search (`banmian ingest`, `search`).
        .target(
            name: "BanmianArchive",
            dependencies: [
                "Banmian", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The reader: pages for people (Mustache templates) and the JSON API over the archive (`banmian serve`),
        // Hummingbird; page pictures drawn by pdftoppm through BanmianPDF's tools.
        .target(
            name: "BanmianServer",
            dependencies: [
                "Banmian", "BanmianArchive", "BanmianPDF", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The `banmian` command line tool.
        .executableTarget(
            name: "BanmianCommand",
            dependencies: [
                "Banmian",
                "BanmianEvaluation",
                "BanmianPDF",
                "BanmianArchive",
                "BanmianServer",
                "BanmianLibrary",
                "BanmianOCR",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput and memory benchmark: `swift run -c release banmian-bench`.
        .executableTarget(name: "BanmianBench", dependencies: ["Banmian", "BanmianPDF", "BanmianArchive"], path: "Benchmarks/BanmianBench"),
        // What tests and the fuzzer share: PDFs written from scratch, damages, text mutations, the fuzz oracle.
        .target(name: "BanmianTesting", dependencies: ["Banmian", "BanmianPDF"]),
        // The fuzzer: `swift run -c release banmian-fuzz text --inputs 1000000` (Fuzz/README.md).
        .executableTarget(
            name: "BanmianFuzz",
            dependencies: ["Banmian", "BanmianPDF", "BanmianTesting", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Fuzz/BanmianFuzz"
        ),
        // One test target per library target, and the command line's; what they share (the package's folder,
        // fixture pages, golden files, built products, the page schema) is in BanmianTestHelpers, for tests only.
        .target(name: "BanmianTestHelpers", dependencies: ["Banmian", "BanmianArchive"], path: "Tests/BanmianTestHelpers"),
        // SeededGenerator of BanmianTesting shuffles the synthetic pages of ReadingOrderTests.
        .testTarget(name: "BanmianTests", dependencies: ["Banmian", "BanmianTestHelpers", "BanmianTesting"], exclude: ["Fixtures"]),
        .testTarget(
            name: "BanmianPDFTests",
            dependencies: ["Banmian", "BanmianPDF", "BanmianTestHelpers", "BanmianTesting"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BanmianArchiveTests",
            dependencies: ["Banmian", "BanmianArchive", "BanmianTestHelpers", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "BanmianServerTests",
            dependencies: [
                "Banmian", "BanmianArchive", "BanmianServer", "BanmianTestHelpers",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "BanmianEvaluationTests", dependencies: ["BanmianEvaluation", "BanmianTestHelpers"]),
        .testTarget(name: "BanmianLibraryTests", dependencies: ["Banmian", "BanmianLibrary", "BanmianPDF", "BanmianTestHelpers"]),
        .testTarget(name: "BanmianOCRTests", dependencies: ["Banmian", "BanmianOCR", "BanmianLibrary", "BanmianPDF", "BanmianTestHelpers"]),
        // Runs the built `banmian` as a user does (built beside the test bundle by `swift build`).
        .testTarget(name: "BanmianCommandTests", dependencies: ["Banmian", "BanmianPDF", "BanmianTestHelpers"]),
    ]
)
