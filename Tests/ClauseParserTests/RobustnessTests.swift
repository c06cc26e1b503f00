import ClauseParser
import ConventionModel
import DocumentText
import Foundation
import Testing

/// Text that is not a well-formed convention — shuffled, cut, mixed with noise — is parsed
/// without a crash, and every span the graph reports lies inside the text.
@Suite("Robustness") struct ParserRobustnessTests {
    /// A small deterministic generator, so that a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let corpusLines: [String] = {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus")
        let folders = (try? FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)) ?? []
        return folders.flatMap { folder -> [String] in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return files.filter { $0.hasSuffix(".txt") }.flatMap { file in
                ((try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? "")
                    .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
    }()

    static let noise: [String] = ["", "-", "•", ":", "Article", "ARTICLE 1 :", "1)", "a.", "Entre", "Et", "D'autre part,",
                                  "s'engage à :", "Ils s'engagent à", "Fait à", "Pour", "(", "«", "Vu", "%", "€", "1er",
                                  "\u{F0B7}", "Il appartient à", "ne pourra", "---", "Page 3/12", "#", "**", "é", "\u{0C}"]

    @Test func shuffledCutAndNoisyConventionsParseWithSpansInsideTheText() throws {
        #expect(Self.corpusLines.count > 1000)
        let parser = try ConventionParser()
        var generator = SplitMix(state: 20_241_124)
        for round in 0..<300 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 5...120, using: &generator) {
                if Int.random(in: 0..<4, using: &generator) == 0 {
                    lines.append(Self.noise.randomElement(using: &generator)! + " " + Self.noise.randomElement(using: &generator)!)
                } else {
                    var line = Self.corpusLines.randomElement(using: &generator)!
                    if Bool.random(using: &generator), !line.isEmpty {
                        line = String(line.prefix(Int.random(in: 0...line.count, using: &generator)))
                    }
                    lines.append(line)
                }
            }
            let text = lines.joined(separator: "\n")
            guard let document = try? DocumentReader.read(data: Data(text.utf8), path: "round-\(round).txt") else { continue }
            let (normalized, graph) = parser.parse(document)
            let length = normalized.scalars.count
            let spans = graph.articles.compactMap(\.span) + graph.obligations.compactMap(\.span) + graph.notices.compactMap(\.span)
                + graph.amounts.compactMap(\.span) + graph.parties.compactMap(\.span)
            for span in spans {
                #expect(0 <= span.start && span.start <= span.end && span.end <= length, "round \(round): \(span) outside 0..<\(length)")
            }
            #expect(graph.obligations.allSatisfy { o in o.debtors.allSatisfy { id in graph.party(id) != nil } })
            #expect(graph.articles.allSatisfy { a in a.parent.map { graph.article($0) != nil } ?? true })
        }
    }
}
