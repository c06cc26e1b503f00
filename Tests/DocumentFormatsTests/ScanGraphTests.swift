import ClauseParser
import ConventionModel
import DocumentText
import Foundation
import Testing
import TestSupport

/// A scanned convention read into its graph: spans on the scanned page, low confidence as a finding.
@Suite("Scanned conventions", .serialized)
struct ScanGraphTests {
    static func scan(_ name: String) -> String {
        Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/Scans").appendingPathComponent(name).path
    }

    @Test("a mixed PDF: the parties found in the text pages, their signatories' text on the scanned page")
    func mixed() throws {
        let (text, graph) = try ConventionParser().parse(file: Self.scan("metropole-mixed.pdf"))
        #expect(graph.parties.count == 2)
        #expect(graph.findings.allSatisfy { $0.code != "ocr.low-confidence" })
        let signature = try #require(text.text.range(of: "Fait à Marseille"))
        let offset = text.text.unicodeScalars.distance(from: text.text.unicodeScalars.startIndex, to: signature.lowerBound)
        #expect(text.page(at: offset) == 7)
    }

    @Test("a whole convention scanned at 300 dpi: the same parties and articles as its PDF, nearly all its obligations")
    func wholeScan() throws {
        let parser = try ConventionParser()
        let scanned = try parser.parse(file: Self.scan("metropole-300dpi.pdf")).graph
        let source = Fixtures.corpus.appendingPathComponent("000-metropole-pole-emploi/000_c2dadba1f96cd676.pdf").path
        let original = try parser.parse(file: source).graph
        #expect(scanned.parties.map(\.name) == original.parties.map(\.name))
        #expect(scanned.parties.map(\.representatives) == original.parties.map(\.representatives))
        #expect(scanned.articles.map { [$0.kind.rawValue, $0.number, $0.title] } == original.articles.map { [$0.kind.rawValue, $0.number, $0.title] })
        let same = Set(scanned.obligations.map(\.text)).intersection(original.obligations.map(\.text))
        #expect(same.count * 100 >= original.obligations.count * 90, "\(same.count)/\(original.obligations.count)")
    }

    @Test("a blurred scan gives a finding spanning its page")
    func lowConfidenceFinding() throws {
        let (text, graph) = try ConventionParser().parse(file: Self.scan("blurred-150dpi.pdf"))
        let finding = try #require(graph.findings.first { $0.code == "ocr.low-confidence" })
        #expect(finding.message.hasPrefix("page 1 : lue par OCR avec une confiance de "))
        #expect(finding.span?.page == 1)
        #expect(finding.span?.start == 0 && finding.span?.end == text.scalars.count)
    }
}
