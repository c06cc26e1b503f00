// fuzz-mutations — the deterministic mutation run: N damaged and hostile inputs made from the
// corpus texts (half text files, half PDFs), each read by a `clausier ingest-worker` process
// with a 2 s hang detector. A crash or a hang is reported with the case's number, its
// mutations and a copy of its bytes; the exit status is then 1.
//
//     swift build --product clausier --product fuzz-mutations
//     .build/debug/fuzz-mutations [--cases N] [--seed S] [--only N] [--time-limit S] [--jobs N] [--keep DIR]
//
// `make fuzz-mutations` runs the full 20,000 cases on a release build; the test suite runs
// the first 2,000 (FUZZ_CASES overrides). Cases are numbered from 0; `--only N` reruns one.

import ConventionStore
import Foundation
import FuzzSupport

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

struct Options {
    var cases = 20_000
    var seed: UInt64 = 13
    var only: Int?
    var timeLimit: TimeInterval = 2
    var jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
    var keep = FileManager.default.temporaryDirectory.appendingPathComponent("clausier-fuzz-failures").path

    init(_ arguments: [String]) throws {
        var rest = arguments.dropFirst()
        let usage = "usage: fuzz-mutations [--cases N] [--seed S] [--only N] [--time-limit S] [--jobs N] [--keep DIR]"
        func number(_ name: String) throws -> Int {
            guard let value = rest.popFirst().flatMap(Int.init), value >= 0 else { throw Failure("\(name) needs a number; \(usage)") }
            return value
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--cases": cases = try number(argument)
            case "--seed": seed = UInt64(try number(argument))
            case "--only": only = try number(argument)
            case "--time-limit": timeLimit = TimeInterval(try number(argument))
            case "--jobs": jobs = max(1, try number(argument))
            case "--keep":
                guard let folder = rest.popFirst() else { throw Failure("--keep needs a folder") }
                keep = folder
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

func corpusTexts() throws -> [String] {
    let fm = FileManager.default
    let folders = try fm.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
    return folders.flatMap { folder in
        ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            .compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }
}

/// The tally of a run, shared by the worker threads.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    var read = 0, refused = 0, pages = 0
    var failures: [(index: Int, message: String, mutations: [String])] = []
    var slowest: (index: Int, seconds: Double, mutations: [String]) = (-1, 0, [])

    func take(below count: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func record(_ index: Int, _ outcome: WorkerProcess.Outcome, seconds: Double, mutations: [String]) {
        lock.lock(); defer { lock.unlock() }
        if seconds > slowest.seconds { slowest = (index, seconds, mutations) }
        switch outcome {
        case .read(let count, _):
            read += 1
            pages += count
        case .refused: refused += 1
        case .crashed(let message), .hung(let message): failures.append((index, message, mutations))
        }
    }
}

func run() throws {
    let options = try Options(CommandLine.arguments)
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    let clausier = here.appendingPathComponent("clausier")
    guard FileManager.default.isExecutableFile(atPath: clausier.path) else {
        throw Failure("no clausier binary at \(clausier.path); build it first: swift build --product clausier")
    }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("clausier-fuzz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    // The workers keep the forms they analyse in a cache of their own, not the user's.
    setenv("CLAUSIER_CACHE", scratch.appendingPathComponent("cache").path, 1)
    // The run checks the text layer's path; OCR of a damaged page takes seconds by nature.
    setenv("CLAUSIER_NO_OCR", "1", 1)

    let mutator = Mutator(texts: try corpusTexts())
    let indices = options.only.map { [$0] } ?? Array(0..<options.cases)
    let tally = Tally()
    let command = WorkerCommand(executable: clausier, arguments: ["ingest-worker"])
    let start = Date()
    let group = DispatchGroup()
    for job in 0..<min(options.jobs, indices.count) {
        group.enter()
        let thread = Thread {
            let worker = WorkerProcess(command: command, timeLimit: options.timeLimit)
            while let position = tally.take(below: indices.count) {
                let index = indices[position]
                let fuzzCase = mutator.makeCase(index, seed: options.seed)
                let file = scratch.appendingPathComponent("job\(job)-case-\(index).\(fuzzCase.fileExtension)")
                try? fuzzCase.bytes.write(to: file)
                let caseStart = Date()
                let outcome = worker.read(file.path)
                tally.record(index, outcome, seconds: Date().timeIntervalSince(caseStart), mutations: fuzzCase.mutations)
                if case .read = outcome {} else if case .refused = outcome {} else {
                    let kept = URL(fileURLWithPath: options.keep).appendingPathComponent("case-\(index).\(fuzzCase.fileExtension)")
                    try? FileManager.default.createDirectory(atPath: options.keep, withIntermediateDirectories: true)
                    try? fuzzCase.bytes.write(to: kept)
                }
                try? FileManager.default.removeItem(at: file)
            }
            worker.stop()
            group.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
    group.wait()

    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    let peak = Double(usage.ru_maxrss) / 1024
    let crashed = tally.failures.filter { $0.message.contains("stopped") || $0.message.contains("could not") }.count
    print(String(format: "fuzz-mutations: %d cases (seed %llu; %d text, %d PDF) in %.0f s: %d read (%d pages), %d refused as bad input, %d crashed, %d hung (over %.0f s)",
                 indices.count, options.seed, indices.filter { $0 % 2 == 0 }.count, indices.filter { $0 % 2 == 1 }.count,
                 Date().timeIntervalSince(start), tally.read, tally.pages, tally.refused, crashed, tally.failures.count - crashed, options.timeLimit))
    print(String(format: "  slowest case: #%d, %.2f s (%@); peak worker memory: %.1f MB",
                 tally.slowest.index, tally.slowest.seconds, tally.slowest.mutations.joined(separator: ", "), peak))
    for failure in tally.failures.sorted(by: { $0.index < $1.index }) {
        print("  case #\(failure.index) [\(failure.mutations.joined(separator: ", "))]: \(failure.message)")
    }
    if !tally.failures.isEmpty {
        print("  the failing cases are in \(options.keep); rerun one with: fuzz-mutations --seed \(options.seed) --only N")
        exit(1)
    }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("fuzz-mutations: \(error)\n".utf8))
    exit(1)
}
