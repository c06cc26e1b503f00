import DocumentText
import Foundation
import Testing
import TestSupport

/// Scanned PDFs read by Tesseract: text recovered, page provenance and word boxes, confidence,
/// mixed documents, and the refusal with `ocr: false`.
@Suite("OCR of scanned PDFs", .serialized)
struct OCRTests {
    static let source = Fixtures.corpus.appendingPathComponent("000-metropole-pole-emploi/000_c2dadba1f96cd676.pdf").path

    static func scan(_ name: String) -> String {
        Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/Scans").appendingPathComponent(name).path
    }

    /// The normalised text of pages `first…last` (1-based) of the source PDF's text layer.
    static func sourceText(pages: ClosedRange<Int>) throws -> String {
        let original = try DocumentReader.read(path: source)
        let selected = Array(original.pages[(pages.lowerBound - 1)...(pages.upperBound - 1)])
        let document = ExtractedDocument(path: "source.pdf", format: .pdf, pages: selected,
                                         metadata: DocumentMetadata(pageCount: selected.count, hasTextLayer: true), sha256: "")
        return try TextNormalizer().normalize(document).text
    }

    @Test("at 300 dpi, turned and specked, at least 95 % of the sentences come back whole")
    func recovery300() throws {
        let document = try DocumentReader.read(path: Self.scan("metropole-p3-4-300dpi.pdf"))
        #expect(document.recognizedPages.map(\.page) == [1, 2])
        let reading = try TextNormalizer().normalize(document).text
        let (recovered, total) = SentenceRecovery.measure(source: try Self.sourceText(pages: 3...4), reading: reading)
        #expect(total >= 20)
        #expect(Double(recovered) / Double(total) >= 0.95, "\(recovered)/\(total)")
        #expect(document.recognizedPages.allSatisfy { $0.confidence >= RecognizedPage.lowConfidence })
    }

    @Test("each word read keeps its page and its box on the page")
    func provenance() throws {
        let document = try DocumentReader.read(path: Self.scan("metropole-p3-4-150dpi.pdf"))
        let normalized = try TextNormalizer().normalize(document)
        let text = normalized.text
        let anchor = try #require(text.range(of: "diagnostic économique partagé"))
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: anchor.lowerBound)
        #expect(normalized.page(at: offset) == 1)
        let found = try #require(document.box(atRawOffset: normalized.rawOffset(at: offset)))
        #expect(found.page == 1)
        // An A4 page is 595 × 842 points; the word lies inside it and is about a line high.
        #expect(found.word.box.x > 0 && found.word.box.x + found.word.box.width < 595)
        #expect(found.word.box.y > 0 && found.word.box.y + found.word.box.height < 842)
        #expect((5...30).contains(found.word.box.height))
        // The next word of the line stands to its right.
        let next = try #require(document.box(atRawOffset: normalized.rawOffset(at: offset + "diagnostic ".count)))
        #expect(next.word.box.x > found.word.box.x)
        // Every word of a page is in order in its text.
        for page in document.recognizedPages {
            #expect(zip(page.words, page.words.dropFirst()).allSatisfy { $0.offset + $0.length <= $1.offset })
        }
    }

    @Test("a mixed document: text pages as they are, only the scanned page read by OCR")
    func mixed() throws {
        let document = try DocumentReader.read(path: Self.scan("metropole-mixed.pdf"))
        let original = try DocumentReader.read(path: Self.source)
        #expect(document.pages.count == 7)
        #expect(document.recognizedPages.map(\.page) == [7])
        #expect(Array(document.pages.prefix(6)) == Array(original.pages.prefix(6)))
        let (recovered, total) = SentenceRecovery.measure(source: try Self.sourceText(pages: 7...7),
                                                         reading: try TextNormalizer().normalize(document).text)
        #expect(total > 0 && recovered * 10 >= total * 9, "\(recovered)/\(total)")
    }

    @Test("a blurred scan is read with a low confidence")
    func lowConfidence() throws {
        let document = try DocumentReader.read(path: Self.scan("blurred-150dpi.pdf"))
        let page = try #require(document.recognizedPages.first)
        #expect(page.confidence < RecognizedPage.lowConfidence)
    }

    @Test("without OCR a scan is refused as before")
    func refusedWithoutOCR() {
        #expect(throws: DocumentTextError(.noTextLayer, path: Self.scan("metropole-p3-4-150dpi.pdf"), detail: "2 page(s), no text")) {
            try DocumentReader.read(path: Self.scan("metropole-p3-4-150dpi.pdf"), ocr: false)
        }
    }
}
