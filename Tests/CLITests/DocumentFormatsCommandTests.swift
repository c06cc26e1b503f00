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
