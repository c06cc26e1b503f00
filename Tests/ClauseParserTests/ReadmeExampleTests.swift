import ClauseParser
import ConventionModel
import DocumentText
import Foundation
import Testing

/// The README's library example, run on a corpus PDF: it must keep compiling and doing what the
/// README says.
@Suite("README example") struct ReadmeExampleTests {
    @Test func theLibraryExampleReadsAConvention() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/000-metropole-pole-emploi/000_c2dadba1f96cd676.pdf").path
        // --- as in README.md, "Library use" ---
        let document = try DocumentReader.read(path: path)
        let (text, graph) = try ConventionParser().parse(document)
        var printed: [String] = []
        for obligation in graph.obligations where obligation.debtors.contains("P2") {
            printed.append("\(obligation.text) \(obligation.frequency?.text ?? "")")
        }
        let json = try graph.jsonData()
        // ---
        #expect(printed.contains { $0.hasPrefix("participer aux constats et analyses") })
        #expect(!text.text.isEmpty)
        #expect(try ConventionGraph.decode(json).obligations.count == graph.obligations.count)
    }
}
