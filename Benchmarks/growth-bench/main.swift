// growth-bench — whether reading an input grows like the input, on the shapes a fuzzer found
// super-linear.
//
//     swift build -c release --product growth-bench && .build/release/growth-bench [--rounds N]
//
// Each shape is generated at 1×, 4× and 16× its base size and read as `clausier extract` reads
// a text file (decoding, normalisation, parsing), the best of N rounds (3 by default) timed.
// Linear work takes about 16 times longer at 16×; the shape is flagged when it takes more than
// 40 times longer. `make bench` runs it; it is not a test (tests are never timed).

import BenchmarkSupport
import ClauseParser
import DocumentText
import Foundation

/// An input shape and its text at `n` repetitions.
struct Shape {
    let name: String
    let base: Int
    let text: (Int) -> String
}

let shapes = [
    Shape(name: "run-on sentence « s'engage à verser et »", base: 1_000) {
        "Article 1\nle prestataire s'engage à verser et " + String(repeating: "s'engage à verser et ", count: $0) + "fin\n"
    },
    Shape(name: "blank lines before the text", base: 25_000) {
        String(repeating: "\n", count: $0) + "Article 1\nLa Région s'engage à verser la subvention.\n"
    },
    Shape(name: "list items after a lead-in", base: 12_500) {
        "Article 1\nLa Région s'engage à :\n" + String(repeating: "- item\n", count: $0)
    },
    Shape(name: "list items naming indicators, with a colon", base: 2_500) {
        "Article 1\nLes indicateurs retenus sont les suivants :\n" + String(repeating: "- les indicateurs du suivi :\n", count: $0)
    },
    Shape(name: "one paragraph over many lines", base: 6_000) {
        "Article 1\n" + String(repeating: "la suite du texte\n", count: $0)
    },
    Shape(name: "a word hyphenated over many lines", base: 6_000) {
        "Article 1\nla convention ab-\n" + String(repeating: "cd-\n", count: $0) + "fin.\n"
    },
    Shape(name: "parentheses left open over many lines", base: 3_000) {
        "Article 1\nla convention (axe\n" + String(repeating: "3) et la suite (axe\n", count: $0) + "4) fin.\n"
    },
    Shape(name: "pages with their numbers", base: 1_500) { n in
        // `1234` → `bcde`: each page its own words, not a running header.
        (1...n).map { "Texte \(String(String($0).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0x31)!) })).\n\($0)" }
            .joined(separator: "\u{0C}")
    },
    Shape(name: "carriage returns alone", base: 6_000) {
        "Article 1\r" + String(repeating: "La Région s'engage à verser la subvention.\r", count: $0)
    },
]

var rounds = 3
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--rounds", let value = arguments.popFirst().flatMap(Int.init), value > 0 {
        rounds = value
    } else {
        FileHandle.standardError.write(Data("usage: growth-bench [--rounds N]\n".utf8))
        exit(2)
    }
}

warnIfDebugBuild("growth-bench")
do {
    let parser = try ConventionParser()
    print("shape".padding(toLength: 44, withPad: " ", startingAt: 0) + "        1×         4×        16×   16×/1×")
    var superLinear: [String] = []
    for shape in shapes {
        let times = try [1, 4, 16].map { factor -> Double in
            let data = Data(shape.text(shape.base * factor).utf8)
            return try (0..<rounds).map { _ in
                try time { _ = parser.parse(try DocumentReader.read(data: data, path: "growth.txt")) }
            }.min() ?? 0
        }
        let ratio = times[2] / max(times[0], 1e-9)
        if ratio > 40 { superLinear.append(shape.name) }
        print(shape.name.padding(toLength: 44, withPad: " ", startingAt: 0)
              + String(format: "%8.1f ms %8.1f ms %8.1f ms %8.1f%@", times[0] * 1000, times[1] * 1000, times[2] * 1000, ratio,
                       ratio > 40 ? "  super-linear" : ""))
    }
    if !superLinear.isEmpty {
        print("super-linear: \(superLinear.joined(separator: ", "))")
    }
} catch {
    FileHandle.standardError.write(Data("growth-bench: \(error)\n".utf8))
    exit(1)
}
