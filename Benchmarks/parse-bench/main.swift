// parse-bench — how fast the clause parser reads the corpus, single-threaded.
//
//     swift build -c release --product parse-bench && .build/release/parse-bench [--rounds N]
//
// The five seed texts and the other corpus texts are read and normalised once; then each round
// parses every normalised document with one ConventionParser on one thread. It prints, per
// document and for the whole corpus, the median time and the throughput in MB/s of normalised
// text (UTF-8 bytes), and the same for normalisation + parsing; then the sum of each document's
// best round, the figure least disturbed by other work on a shared machine. `make bench` runs it;
// it is not a test. Goal: at least 20 MB/s, the whole corpus parsed in under 10 ms.

import BenchmarkSupport
import ClauseParser
import DocumentText
import Foundation

let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
var rounds = 30
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--rounds", let value = arguments.popFirst().flatMap(Int.init), value > 0 {
        rounds = value
    } else {
        FileHandle.standardError.write(Data("usage: parse-bench [--rounds N]\n".utf8))
        exit(2)
    }
}

struct Document {
    let name: String
    let extracted: ExtractedDocument
    let normalized: NormalizedText
    let bytes: Int
}


warnIfDebugBuild("parse-bench")
do {
    let parser = try ConventionParser()
    let normalizer = try TextNormalizer()
    let folders = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
        .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("expected.json").path) }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let documents: [Document] = try folders.compactMap { folder in
        guard let text = try FileManager.default.contentsOfDirectory(atPath: folder.path).first(where: { $0.hasSuffix(".txt") }) else { return nil }
        let extracted = try DocumentReader.read(path: folder.appendingPathComponent(text).path)
        let normalized = normalizer.normalize(extracted)
        return Document(name: folder.lastPathComponent, extracted: extracted, normalized: normalized, bytes: normalized.text.utf8.count)
    }
    for document in documents { _ = parser.parse(document.normalized, document: document.extracted) }  // warm-up

    var parseTimes = Array(repeating: [Double](), count: documents.count)
    var fullTimes = Array(repeating: [Double](), count: documents.count)
    for _ in 0..<rounds {
        for (index, document) in documents.enumerated() {
            parseTimes[index].append(time { _ = parser.parse(document.normalized, document: document.extracted) })
            fullTimes[index].append(time { _ = parser.parse(document.extracted) })
        }
    }
    func row(_ name: String, _ bytes: Int, _ parse: Double, _ full: Double) -> String {
        let mb = Double(bytes) / 1_000_000
        return name.padding(toLength: 44, withPad: " ", startingAt: 0)
            + String(format: "%8.1f KB %8.2f ms %7.1f MB/s %8.2f ms %7.1f MB/s", Double(bytes) / 1000, parse * 1000, mb / parse, full * 1000, mb / full)
    }
    print("document".padding(toLength: 44, withPad: " ", startingAt: 0) + "      size      parse  throughput   norm+parse throughput")
    var totalParse = 0.0, totalFull = 0.0, totalBytes = 0
    for (index, document) in documents.enumerated() {
        let parse = median(parseTimes[index]), full = median(fullTimes[index])
        totalParse += parse; totalFull += full; totalBytes += document.bytes
        print(row(document.name, document.bytes, parse, full))
    }
    print(row("whole corpus (\(documents.count) documents, \(rounds) rounds)", totalBytes, totalParse, totalFull))
    // On a shared machine other work only ever adds time: the best round of each document is
    // the figure least disturbed by it.
    let bestParse = parseTimes.map { $0.min() ?? 0 }.reduce(0, +), bestFull = fullTimes.map { $0.min() ?? 0 }.reduce(0, +)
    print(row("whole corpus, best round of each document", totalBytes, bestParse, bestFull))
} catch {
    FileHandle.standardError.write(Data("parse-bench: \(error)\n".utf8))
    exit(1)
}
