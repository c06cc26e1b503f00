// memory-bench — peak memory and time of reading big documents: PDFs of 250, 1,000 and 4,000
// pages, and texts of 5 and 20 MB, made from the corpus texts in a temporary folder (not
// committed). Each document is read and parsed in a child process (this binary with
// `--measure FILE`) that reports its own peak resident memory, so that one measure does not
// hide another. Not a test.
//
//     swift build -c release --product memory-bench && .build/release/memory-bench
//
// Bounds (issue 13, CLARIFICATIONS): peak ≤ 100 MB at 1,000 pages; ≤ 0.08 MB more per page
// from 1,000 to 4,000 pages; time about linear in the size.

import BenchmarkSupport
import ClauseParser
import DocumentText
import Foundation
import FuzzSupport

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Peak resident memory of this process so far, in MB.
func peakMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Child mode: read, normalise and parse `path`, then print `pages seconds peakMB setUpPeakMB`
/// (the peak once the parser is made, before the document is read).
func measure(_ path: String) throws {
    let parser = try ConventionParser()
    let normalizer = try TextNormalizer()
    let setUp = peakMB()
    var pages = 0
    let seconds = try time {
        let document = try DocumentReader.read(path: path)
        pages = document.metadata.pageCount
        let text = normalizer.normalize(document)
        let graph = parser.parse(text, document: document)
        precondition(graph.schemaVersion > 0)
    }
    print(pages, seconds, peakMB(), setUp)
}

let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpus")

/// The corpus texts, joined, repeated until `characters` long.
func text(characters: Int) throws -> String {
    let fm = FileManager.default
    let folders = try fm.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
    let texts = folders.flatMap { folder in
        ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            .compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }
    let all = texts.joined(separator: "\n\n")
    guard !all.isEmpty else { throw Failure("no text in \(corpus.path)") }
    var result = ""
    result.reserveCapacity(characters + all.count)
    while result.count < characters { result += all + "\n\n" }
    return String(result.prefix(characters))
}

func child(_ path: String) throws -> (pages: Int, seconds: Double, peak: Double, setUp: Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    process.arguments = ["--measure", path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
    guard process.terminationStatus == 0, fields.count == 4, let pages = Int(fields[0]), let seconds = Double(fields[1]),
          let peak = Double(fields[2]), let setUp = Double(fields[3]) else {
        throw Failure("measuring \(path) failed (status \(process.terminationStatus))")
    }
    return (pages, seconds, peak, setUp)
}

func run() throws {
    if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--measure" { return try measure(CommandLine.arguments[2]) }
    warnIfDebugBuild("memory-bench")
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("memory-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }

    let linesPerPage = 50, width = 95
    let source = try text(characters: 4_000 * linesPerPage * width)
    print("memory-bench: read and parse in a child process each; peak resident memory of that process")
    print("  document            pages    seconds   peak MB   of which set-up (parser, word lists, dictionary)")
    var pdf: [Int: (seconds: Double, peak: Double)] = [:]
    for pages in [1, 250, 1_000, 4_000] {
        var document = SimplePDF(text: source, width: width, linesPerPage: linesPerPage)
        document.pages = Array(document.pages.prefix(pages))
        let file = scratch.appendingPathComponent("\(pages)-pages.pdf")
        try document.data().write(to: file)
        let (read, seconds, peak, setUp) = try child(file.path)
        pdf[pages] = (seconds, peak)
        print("  PDF " + "(\(pages) pages)".padding(toLength: 15, withPad: " ", startingAt: 0)
              + String(format: " %6d %10.2f %9.1f %9.1f", read, seconds, peak, setUp))
    }
    var texts: [Int: Double] = [:]
    for megabytes in [5, 20] {
        let file = scratch.appendingPathComponent("\(megabytes)-MB.txt")
        var body = try text(characters: megabytes * 1_000_000)
        while body.utf8.count > megabytes * 1_000_000 { body.removeLast() }
        try Data(body.utf8).write(to: file)
        let (_, seconds, peak, setUp) = try child(file.path)
        texts[megabytes] = seconds
        print(String(format: "  text (%2d MB)        %6d %10.2f %9.1f %9.1f", megabytes, 1, seconds, peak, setUp))
    }
    if let one = pdf[1_000], let four = pdf[4_000], let base = pdf[1] {
        let perPage = (four.peak - one.peak) / 3_000
        print(String(format: "  PDF: peak at 1,000 pages %.1f MB (bound 100); growth 1,000 → 4,000 pages %.3f MB/page (bound 0.08); over the 1-page base %.3f MB/page",
                     one.peak, perPage, (four.peak - base.peak) / 4_000))
        print(String(format: "  PDF time 4,000 / 1,000 pages: %.2f× (linear: 4×)", four.seconds / one.seconds))
    }
    if let five = texts[5], let twenty = texts[20] {
        print(String(format: "  text time 20 MB / 5 MB: %.2f× (linear: 4×)", twenty / five))
    }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("memory-bench: \(error)\n".utf8))
    exit(1)
}
