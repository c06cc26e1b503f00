import Foundation
import Testing
import TestSupport

/// Word and OpenDocument input and the Akoma Ntoso output, end to end.
@Suite("Word, OpenDocument and Akoma Ntoso on the command line")
struct DocumentFormatsCommandTests {
    @Test("text and info read a .docx and an .odt")
    func officeInput() throws {
        for format in ["docx", "odt"] {
            let path = Fixtures.office("jardins-partages.\(format)")
            let text = try ClausierBinary.run(["text", "--pages", path], timeout: 60)
            #expect(text.status == 0, "\(text)")
            #expect(text.stdout.contains("--- page 2 ---\nArticle 2 – Engagements de l'Association"))
            #expect(text.stdout.contains("1. entretenir les parcelles chaque semaine ;"))
            let info = try ClausierBinary.run(["info", path], timeout: 60)
            #expect(info.stdout.contains("format:      \(format)"), "\(info)")
        }
    }

    @Test("extract --format akn writes an Akoma Ntoso document")
    func akomaNtoso() throws {
        let result = try ClausierBinary.run(["extract", "--format", "akn", Fixtures.office("jardins-partages.odt")], timeout: 60)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"))
        #expect(result.stdout.contains("<article eId=\"art_2\">"))
        #expect(result.stdout.contains("name=\"obligation\""))
    }
}

/// Scanned PDFs on the command line.
@Suite("Scans on the command line")
struct ScanCommandTests {
    static let scan = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/Scans/metropole-p3-4-150dpi.pdf").path

    @Test("text reads a scan; --no-ocr refuses it")
    func ocrOrRefusal() throws {
        let read = try ClausierBinary.run(["text", Self.scan], timeout: 120)
        #expect(read.status == 0, "\(read)")
        #expect(read.stdout.contains("diagnostic économique partagé"))
        let refused = try ClausierBinary.run(["text", "--no-ocr", Self.scan], timeout: 60)
        #expect(refused.status == 1)
        #expect(refused.stderrLines.count == 1 && refused.stderr.contains("no text layer"), "\(refused)")
    }

    @Test("without Tesseract's French model: one line naming the package")
    func missingModel() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["CLAUSIER_TESSDATA"] = FileManager.default.temporaryDirectory.appendingPathComponent("clausier-no-tessdata").path
        let result = try ProcessRunner.run(ClausierBinary.url(), ["text", Self.scan], timeout: 60, environment: environment)
        #expect(result.status == 1 && !result.signaled, "\(result)")
        #expect(result.stderrLines == ["clausier: \(Self.scan): des pages n'ont pas de texte (document scanné) et le modèle français de Tesseract (fra.traineddata) est introuvable ; installez le paquet tesseract-ocr-fra (apt-get install tesseract-ocr-fra), ou passez --no-ocr"])
    }
}
