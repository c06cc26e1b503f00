// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Clausier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "clausier", targets: ["clausier"]),
        .library(name: "DocumentText", targets: ["DocumentText"]),
        .library(name: "ConventionModel", targets: ["ConventionModel"]),
        .library(name: "ClauseParser", targets: ["ClauseParser"]),
        .library(name: "FrenchExpressions", targets: ["FrenchExpressions"]),
        .library(name: "Morphology", targets: ["Morphology"]),
        .library(name: "Checklist", targets: ["Checklist"]),
        .library(name: "ConventionStore", targets: ["ConventionStore"]),
        .library(name: "ConventionDiff", targets: ["ConventionDiff"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // poppler's GLib binding; only DocumentText/Extraction/PDFTextExtractor.swift imports it.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // Hunspell (morphological analysis); only Morphology/HunspellDictionary.swift imports it.
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),
        // French word forms → lemma, part of speech, tense and person (Hunspell's French dictionary).
        .target(name: "Morphology", dependencies: ["CHunspell"]),
        // French word lists (plain text, one entry a line) and their loader.
        .target(
            name: "Lexicons",
            path: "Lexicons",
            exclude: ["README.md"],
            resources: [.copy("lists")]
        ),
        // Open a PDF, a Word or OpenDocument file or a text file, extract per-page text,
        // normalise it with provenance. Only DocumentText/Office/OfficeArchive.swift imports ZIPFoundation.
        .target(name: "DocumentText", dependencies: [
            "CPoppler", "Lexicons",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Value types of the convention graph and their JSON / DOT / tree renderings.
        .target(name: "ConventionModel"),
        // French value expressions (numbers, dates, durations, deadlines, notices, amounts…) with positions.
        .target(name: "FrenchExpressions", dependencies: ["ConventionModel", "Lexicons"]),
        // Structure segmentation and the clause detectors.
        .target(name: "ClauseParser", dependencies: ["ConventionModel", "DocumentText", "FrenchExpressions", "Lexicons", "Morphology"]),
        // Compare extracted graphs with hand-coded models (clausier validate).
        .target(name: "Validation", dependencies: ["ConventionModel", "ClauseParser", "DocumentText"]),
        // Align two versions of a convention and report the changes; renewal-pair scoring.
        .target(name: "ConventionDiff", dependencies: ["ConventionModel", "ClauseParser", "DocumentText"]),
        // The embedded SQLite store of ingested documents and their lineage; batch ingest.
        .target(name: "ConventionStore", dependencies: [
            "ConventionModel", "ClauseParser", "DocumentText", "Lexicons",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Obligation checklists (key dates, due dates) as Markdown, CSV, HTML and iCalendar.
        .target(name: "Checklist", dependencies: ["ConventionModel"]),
        .executableTarget(
            name: "clausier",
            dependencies: [
                "DocumentText", "ConventionModel", "ClauseParser", "Lexicons", "Validation",
                "Checklist", "ConventionStore", "ConventionDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Timing helpers shared by the benchmark executables.
        .target(name: "BenchmarkSupport", path: "Benchmarks/BenchmarkSupport"),
        .executableTarget(
            name: "clausier-bench",
            dependencies: ["DocumentText", "BenchmarkSupport"],
            path: "Benchmarks/clausier-bench"
        ),
        .executableTarget(
            name: "parse-bench",
            dependencies: ["ClauseParser", "DocumentText", "BenchmarkSupport"],
            path: "Benchmarks/parse-bench"
        ),
        .executableTarget(
            name: "diff-bench",
            dependencies: ["ConventionDiff", "ConventionModel", "ClauseParser", "DocumentText"],
            path: "Benchmarks/diff-bench"
        ),
        .executableTarget(
            name: "growth-bench",
            dependencies: ["ClauseParser", "DocumentText", "BenchmarkSupport"],
            path: "Benchmarks/growth-bench"
        ),
        .executableTarget(
            name: "memory-bench",
            dependencies: ["ClauseParser", "DocumentText", "FuzzSupport", "BenchmarkSupport"],
            path: "Benchmarks/memory-bench"
        ),
        .executableTarget(
            name: "ingest-bench",
            dependencies: ["ConventionStore", "BenchmarkSupport"],
            path: "Benchmarks/ingest-bench"
        ),
        // Fuzzing: seed inputs and their mutations, and the deterministic mutation run (make fuzz-mutations).
        .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
        .executableTarget(
            name: "fuzz-mutations",
            dependencies: ["ConventionStore", "FuzzSupport"],
            path: "Fuzz/fuzz-mutations"
        ),
        // libFuzzer targets (make fuzz builds them with -sanitize=fuzzer,address -D FUZZING);
        // in an ordinary build they replay the files they are given.
        .executableTarget(name: "fuzz-text", dependencies: ["ClauseParser", "DocumentText", "FuzzSupport"], path: "Fuzz/fuzz-text"),
        .executableTarget(name: "fuzz-pdf", dependencies: ["DocumentText", "FuzzSupport"], path: "Fuzz/fuzz-pdf"),
        .executableTarget(
            name: "ocr-bench",
            dependencies: ["DocumentText", "BenchmarkSupport", "TestSupport"],
            path: "Benchmarks/ocr-bench"
        ),
        .target(name: "TestSupport", dependencies: ["DocumentText"], path: "Tests/TestSupport"),
        .testTarget(name: "DocumentTextTests", dependencies: ["DocumentText", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "MorphologyTests", dependencies: ["Morphology"]),
        .testTarget(name: "FrenchExpressionsTests", dependencies: ["FrenchExpressions"]),
        .testTarget(name: "ClauseParserTests", dependencies: ["ClauseParser", "ConventionModel", "DocumentText", "Lexicons"],
                    exclude: ["Fixtures"]),
        .testTarget(
            name: "ChecklistTests",
            dependencies: ["Checklist", "ClauseParser", "ConventionModel", "DocumentText", "FrenchExpressions", "Lexicons", "TestSupport"],
            exclude: ["scripts"]
        ),
        .testTarget(name: "ConventionStoreTests", dependencies: [
            "ConventionStore", "ConventionModel", "ClauseParser", "DocumentText", "Lexicons", "TestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "ConventionDiffTests", dependencies: ["ConventionDiff", "ConventionModel", "ClauseParser", "DocumentText", "TestSupport"]),
        .testTarget(name: "DocumentFormatsTests", dependencies: [
            "ClauseParser", "ConventionModel", "DocumentText", "TestSupport",
        ]),
        .testTarget(name: "ValidationTests", dependencies: ["Validation", "ClauseParser", "ConventionModel", "TestSupport"],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
