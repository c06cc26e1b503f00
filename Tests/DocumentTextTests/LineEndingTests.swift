import DocumentText
import Foundation
import Testing
import TestSupport

/// Every line-ending convention ends a line: LF (Unix), CR LF (Windows), CR alone (classic
/// Mac OS), NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR and VT (a manual line break); the offsets
/// of the normalised text still point at the raw characters.
@Suite("Line endings")
struct LineEndingTests {
    static let endings: [(name: String, end: String)] = [
        ("LF", "\n"), ("CR LF", "\r\n"), ("CR", "\r"), ("NEL", "\u{85}"), ("LS", "\u{2028}"), ("PS", "\u{2029}"), ("VT", "\u{0B}"),
    ]
    static let lines = ["Article 1 – Objet", "La Région s'engage à verser la subvention.", "", "Article 2 – Durée",
                        "Elle est conclue pour un an."]

    @Test("each convention read from UTF-8 bytes gives the same lines", arguments: endings.map(\.name))
    func eachConvention(_ name: String) throws {
        let end = try #require(Self.endings.first { $0.name == name }).end
        let raw = Self.lines.joined(separator: end)
        let document = try DocumentReader.read(data: Data(raw.utf8), path: "convention.txt")
        let normalized = try TextNormalizer().normalize(document)
        #expect(normalized.text == Self.lines.joined(separator: "\n"), "\(name)")
        // "La Région" starts right after the first line end, whatever its length.
        let region = Self.lines[0].unicodeScalars.count + 1
        #expect(normalized.rawOffset(at: region) == Self.lines[0].unicodeScalars.count + end.unicodeScalars.count, "\(name)")
        #expect(Array(raw.unicodeScalars)[normalized.rawOffset(at: region)] == "L")
    }

    @Test("conventions mixed in one file, and CR LF split by nothing else")
    func mixed() throws {
        let raw = "Article 1 – Objet\r\nLa Région s'engage à verser la subvention.\r\rArticle 2 – Durée\u{2028}Elle est conclue pour un an.\u{85}"
        #expect(try Normalize.text(raw) == Self.lines.joined(separator: "\n"))
        // CR then LF is one line end, LF then CR two (an empty line between).
        #expect(try Normalize.text("Un.\r\nDeux.\n\rTrois.") == "Un.\nDeux.\n\nTrois.")
    }
}
