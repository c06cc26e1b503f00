// clausier-bench — how fast Clausier turns a PDF into normalised text, against pdftotext.
//
//     swift build -c release && .build/release/clausier-bench [--rounds N] [--file PDF]
//
// Each round runs, one after the other so that they share the machine's state: Clausier's
// extraction + normalisation with one poppler worker, the same with one worker per core, and
// `pdftotext FILE /dev/null` as a subprocess. One warm-up round is not counted. It prints the
// median and best time of each, pages per second, and Clausier's time as a multiple of
// pdftotext's (the goal is 1.2× or less). `make bench` runs it; it is not a test.

import BenchmarkSupport
import DocumentText
import Foundation

struct Options {
    var rounds = 7
    /// Time reading and normalising apart (with one worker) instead of the comparison.
    var breakdown = false
    var file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/corpus-120-pages.pdf").path

    init(_ arguments: [String]) throws {
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--rounds":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else { throw Failure("--rounds needs a positive number") }
                rounds = value
            case "--file":
                guard let value = rest.popFirst() else { throw Failure("--file needs a path") }
                file = value
            case "--breakdown":
                breakdown = true
            case "-h", "--help":
                print("usage: clausier-bench [--rounds N] [--file PDF]   (build with: swift build -c release)")
                exit(0)
            default:
                throw Failure("unknown argument \(argument); usage: clausier-bench [--rounds N] [--file PDF]")
            }
        }
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The full path of `tool` on `PATH`.
func which(_ tool: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
        let candidate = "\(dir)/\(tool)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

func runPdftotext(_ executable: String, _ file: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [file, "/dev/null"]
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw Failure("pdftotext failed with status \(process.terminationStatus)") }
}

func run() throws {
    let options = try Options(CommandLine.arguments)
    warnIfDebugBuild("clausier-bench")
    guard FileManager.default.fileExists(atPath: options.file) else {
        throw Failure("\(options.file): no such file (the benchmark PDF is made by Corpus/tools/make-bench-pdf.sh)")
    }
    guard let pdftotext = which("pdftotext") else { throw Failure("pdftotext is not on PATH (apt-get install poppler-utils)") }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let normalizer = try TextNormalizer()

    var pages = 0
    var characters = 0
    func clausier(workers: Int) throws {
        let document = try DocumentReader.read(path: options.file, workers: workers)
        let text = normalizer.normalize(document)
        pages = document.metadata.pageCount
        characters = text.scalars.count
    }

    if options.breakdown {
        for _ in 0..<options.rounds {
            var document: ExtractedDocument?
            let read = try time { document = try DocumentReader.read(path: options.file, workers: 1) }
            let normalize = time { _ = normalizer.normalize(document!) }
            print(String(format: "read %.3f s  normalise %.3f s", read, normalize))
        }
        return
    }

    let labels = ["pdftotext (subprocess)", "clausier, 1 worker", "clausier, \(cores) workers"]
    var times: [[Double]] = [[], [], []]
    for round in 0...options.rounds {
        let t0 = try time { try runPdftotext(pdftotext, options.file) }
        let t1 = try time { try clausier(workers: 1) }
        let t2 = try time { try clausier(workers: cores) }
        if round > 0 {  // round 0 warms the caches up
            times[0].append(t0)
            times[1].append(t1)
            times[2].append(t2)
        }
    }

    let name = (options.file as NSString).lastPathComponent
    print("clausier-bench: \(name), \(pages) pages, \(characters) normalised characters; "
          + "\(options.rounds) rounds, alternated, after 1 warm-up; \(cores) cores")
    print("  " + "what".padding(toLength: 26, withPad: " ", startingAt: 0)
          + "   median      best   pages/s   × pdftotext")
    let reference = median(times[0])
    for (label, values) in zip(labels, times) {
        let m = median(values)
        let ratio = m / reference
        let line = "  " + label.padding(toLength: 26, withPad: " ", startingAt: 0)
            + String(format: " %7.3f s %7.3f s %8.0f   %5.2f×", m, values.min()!, Double(pages) / m, ratio)
        print(line)
    }
    let best = min(median(times[1]), median(times[2])) / reference
    print(String(format: "  goal: Clausier's time ≤ 1.2 × pdftotext's — %@ (%.2f× with the faster setting)",
                 best <= 1.2 ? "met" : "not met", best))
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("clausier-bench: \(error)\n".utf8))
    exit(1)
}
