// diff-bench — how fast Clausier compares two versions of a convention.
//
//     swift build -c release --product diff-bench && .build/release/diff-bench [--rounds N] [--pair DIR]
//
// Takes the largest renewal pair of Corpus/renewals (old + new characters), or DIR; parses both
// versions once (timed apart), then times ConventionDiff.compare on the two graphs and texts,
// one warm-up round not counted. Prints the median and best time and the throughput in
// characters per second (old and new characters together). Not a test.

import ClauseParser
import ConventionDiff
import ConventionModel
import DocumentText
import Foundation

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

let usage = "usage: diff-bench [--rounds N] [--pair DIR]   (build with: swift build -c release --product diff-bench)"
let renewals = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpus/renewals")

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func run() throws {
    var rounds = 20
    var pairFolder: URL?
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
        switch argument {
        case "--rounds":
            guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else { throw Failure("--rounds needs a positive number") }
            rounds = value
        case "--pair":
            guard let value = arguments.popFirst() else { throw Failure("--pair needs a folder") }
            pairFolder = URL(fileURLWithPath: value)
        case "-h", "--help":
            print(usage)
            exit(0)
        default:
            throw Failure("unknown argument \(argument); \(usage)")
        }
    }
    let pair: RenewalPair
    if let pairFolder {
        pair = try RenewalPair.load(pairFolder)
    } else {
        let size = { (url: URL) in (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0 }
        guard let largest = try RenewalPair.all(in: renewals).max(by: { size($0.old) + size($0.new) < size($1.old) + size($1.new) }) else {
            throw Failure("\(renewals.path): no renewal pair")
        }
        pair = largest
    }

    let clock = ContinuousClock()
    let parser = try ConventionParser()
    var parsed: [(text: NormalizedText, graph: ConventionGraph)] = []
    let parseTime = try clock.measure {
        for url in [pair.old, pair.new] {
            let (text, graph) = parser.parse(try DocumentReader.read(path: url.path))
            parsed.append((text, graph))
        }
    }
    let (old, new) = (parsed[0], parsed[1])
    let characters = old.text.scalars.count + new.text.scalars.count

    var times: [Double] = []
    var changes = 0
    for round in 0...rounds {
        let elapsed = clock.measure {
            changes = ConventionDiff.compare(old: old.graph, oldText: old.text.text, new: new.graph, newText: new.text.text).changes.count
        }
        if round > 0 { times.append(seconds(elapsed)) }
    }
    times.sort()
    let median = times[times.count / 2], best = times[0]
    print("$ swift build -c release --product diff-bench && .build/release/diff-bench " + CommandLine.arguments.dropFirst().joined(separator: " "))
    print("pair:        \(pair.name) (\(old.text.scalars.count) + \(new.text.scalars.count) characters, \(changes) change\(changes == 1 ? "" : "s"))")
    print("parse:       \(String(format: "%.1f", seconds(parseTime) * 1000)) ms for both versions (not counted below)")
    print("diff:        median \(String(format: "%.2f", median * 1000)) ms, best \(String(format: "%.2f", best * 1000)) ms over \(rounds) rounds")
    print("throughput:  \(String(format: "%.2f", Double(characters) / median / 1e6)) M characters/s (median)")
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("diff-bench: \(error)\n".utf8))
    exit(1)
}
