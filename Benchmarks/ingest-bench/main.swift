// ingest-bench — how fast `clausier ingest` reads, parses and stores a batch, on one core and on two.
//
//     swift build -c release --product clausier --product ingest-bench   # (or: make bench)
//     .build/release/ingest-bench [--copies N] [--rounds N]
//
// Files are parsed as `clausier ingest` does, in worker processes (`clausier ingest-worker`,
// the binary built beside this one), and stored by this process.
// Copies the corpus PDFs into a temporary folder until it holds N documents (40 by default),
// each copy with a distinct PDF comment appended so that no two have the same SHA-256. Each
// round ingests the folder into a new temporary store with 1 worker, then with 2 (or as many
// as there are cores); one warm-up round is not counted. It prints the median and best time
// of each setting, documents per second and pages per second. Not a test.

import BenchmarkSupport
import ConventionStore
import Foundation

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

struct Options {
    var copies = 40
    var rounds = 3

    init(_ arguments: [String]) throws {
        var rest = arguments.dropFirst()
        let usage = "usage: ingest-bench [--copies N] [--rounds N]   (build with: swift build -c release --product ingest-bench)"
        while let argument = rest.popFirst() {
            switch argument {
            case "--copies":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else { throw Failure("--copies needs a positive number") }
                copies = value
            case "--rounds":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else { throw Failure("--rounds needs a positive number") }
                rounds = value
            case "-h", "--help":
                print(usage)
                exit(0)
            default:
                throw Failure("unknown argument \(argument); \(usage)")
            }
        }
    }
}

let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpus")

/// The corpus PDFs, in folder order.
func corpusPDFs() throws -> [URL] {
    let fm = FileManager.default
    let folders = try fm.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
    return folders.flatMap { folder in
        ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.lowercased().hasSuffix(".pdf") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }
}

/// `count` PDFs in `folder`, the corpus in turn, each with a comment that makes its hash its own.
func makeBatch(_ count: Int, in folder: URL) throws {
    let sources = try corpusPDFs()
    guard !sources.isEmpty else { throw Failure("no PDF in \(corpus.path)") }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for index in 0..<count {
        let source = sources[index % sources.count]
        var data = try Data(contentsOf: source)
        data.append(Data("\n% ingest-bench copy \(index)\n".utf8))
        try data.write(to: folder.appendingPathComponent(String(format: "%03d-", index) + source.lastPathComponent))
    }
}

/// `clausier ingest-worker`, from the `clausier` built beside this benchmark.
func workerCommand() throws -> WorkerCommand {
    let clausier = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("clausier")
    guard FileManager.default.isExecutableFile(atPath: clausier.path) else {
        throw Failure("no clausier binary at \(clausier.path); build it first: swift build -c release --product clausier")
    }
    return WorkerCommand(executable: clausier, arguments: ["ingest-worker"])
}

func run() throws {
    let options = try Options(CommandLine.arguments)
    warnIfDebugBuild("ingest-bench")
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let batch = scratch.appendingPathComponent("batch")
    try makeBatch(options.copies, in: batch)

    let worker = try workerCommand()
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let settings = Array(Set([1, max(2, cores)])).sorted()
    var times: [Int: [Double]] = [:]
    var pages = 0
    var stored = 0
    for round in 0...options.rounds {
        for workers in settings {
            let path = scratch.appendingPathComponent("store-\(round)-\(workers).sqlite").path
            let store = try ConventionStore(path: path)
            let summary = try BatchIngester(store: store, workers: workers, isolation: .processes(worker, timeLimit: 300)).ingest([batch.path])
            guard summary.errors == 0 else { throw Failure("\(summary.errors) file(s) failed: \(summary)") }
            pages = summary.pages
            stored = summary.stored
            if round > 0 { times[workers, default: []].append(summary.seconds) }  // round 0 warms the caches up
        }
    }

    print("ingest-bench: \(stored) documents (\(pages) pages) from the corpus PDFs; \(options.rounds) rounds after 1 warm-up; \(cores) cores")
    print("  workers     median       best   documents/s   pages/s")
    for workers in settings {
        let values = times[workers] ?? []
        let m = median(values)
        print(String(format: "  %7d  %7.2f s  %7.2f s  %12.1f  %8.1f", workers, m, values.min() ?? 0, Double(stored) / m, Double(pages) / m))
    }
    if let one = times[1].map(median), let two = settings.last.flatMap({ times[$0] }).map(median), settings.count > 1 {
        print(String(format: "  speed-up with %d workers: %.2f×", settings.last!, one / two))
    }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("ingest-bench: \(error)\n".utf8))
    exit(1)
}
