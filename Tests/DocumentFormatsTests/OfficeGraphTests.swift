import ClauseParser
import ConventionModel
import DocumentText
import Foundation
import Testing
import TestSupport

/// A convention saved as Word or OpenDocument gives the same graph as its text.
///
/// The fixtures are corpus texts as `clausier text` prints them (one paragraph a line) saved
/// by LibreOffice (`Corpus/tools/make-office-fixtures.sh`), so that a paragraph of the file is a
/// paragraph of the text. Allowed differences: the `document` header (source, hash, format,
/// page count) and, for `.odt`, the `page` of each span — LibreOffice records where its layout
/// broke the pages (`text:soft-page-break`), a text file has one page. Offsets are equal.
@Suite("Word and OpenDocument graphs")
struct OfficeGraphTests {
    static let parser = Result { try ConventionParser() }

    /// The graph's JSON without its `document` header and, when asked, without `page` keys.
    private func comparable(_ graph: ConventionGraph, droppingPages: Bool) throws -> NSDictionary {
        func strip(_ value: Any) -> Any {
            if let dictionary = value as? [String: Any] {
                return dictionary.filter { !(droppingPages && $0.key == "page") }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        var json = try #require(JSONSerialization.jsonObject(with: try graph.jsonData()) as? [String: Any])
        json["document"] = nil
        return strip(json) as! NSDictionary
    }

    @Test("same graph as the text", arguments: [
        "000-metropole-pole-emploi", "004-departement-13-pole-emploi", "205-concession-riviere-boutonne",
    ])
    func sameGraph(_ name: String) throws {
        let parser = try Self.parser.get()
        let source = try #require(Fixtures.corpusDocuments().first { $0.name == name })
        let fromText = try parser.parse(file: source.text).graph
        #expect(!fromText.obligations.isEmpty)
        let docx = try parser.parse(file: Fixtures.office("\(name).docx")).graph
        #expect(docx.document.format == "docx")
        #expect(try comparable(docx, droppingPages: false) == comparable(fromText, droppingPages: false))
        let odt = try parser.parse(file: Fixtures.office("\(name).odt")).graph
        #expect(odt.document.format == "odt")
        #expect(odt.document.pages > 1)
        #expect(try comparable(odt, droppingPages: true) == comparable(fromText, droppingPages: true))
    }

    @Test("a Word document with lists, a table and a note: obligations per item, page of each")
    func jardins() throws {
        let graph = try Self.parser.get().parse(file: Fixtures.office("jardins-partages.docx")).graph
        #expect(graph.parties.map(\.name) == ["Commune de Valcluse", "association Les Jardins partagés"])
        let texts = graph.obligations.map(\.text)
        #expect(texts.contains("entretenir les parcelles chaque semaine"))
        #expect(texts.contains("ouvrir le jardin au public deux samedis par mois"))
        #expect(graph.obligations.allSatisfy { $0.span?.page == 2 })
        #expect(graph.articles.map(\.number) == ["1", "2", "3", "4", "5"])
    }
}
