import DocumentText
import Foundation
import Testing
import TestSupport

/// Inputs far larger than a convention, in the shapes a fuzzer found super-linear: each is
/// normalised whole and right. Their growth is measured by `growth-bench` (`make bench`), not
/// here: tests are never timed.
@Suite("Large inputs")
struct LargeInputTests {
    @Test("400,000 blank lines before the text: dropped, offsets still pointing into the raw text")
    func blankLinesBefore() throws {
        let blanks = String(repeating: "\n", count: 400_000)
        let normalized = try Normalize.normalized(pages: [blanks + "Article 1 – Objet\nLa Région s'engage à verser la subvention.\n" + blanks])
        #expect(normalized.text == "Article 1 – Objet\nLa Région s'engage à verser la subvention.")
        #expect(normalized.rawOffset(at: 0) == 400_000)
        #expect(normalized.rawOffset(at: normalized.scalars.count - 1) == 400_000 + 59)
    }

    @Test("a list of 200,000 items keeps one line per item")
    func longList() throws {
        let lines = try Normalize.lines("La Région s'engage à :\n" + String(repeating: "- item\n", count: 200_000))
        #expect(lines.count == 200_001)
        #expect(lines.dropFirst().allSatisfy { $0 == "- item" })
    }

    @Test("a paragraph broken over 100,000 lines is one line again")
    func longParagraph() throws {
        let normalized = try Normalize.normalized(pages: [String(repeating: "la suite du texte\n", count: 100_000)])
        #expect(!normalized.text.contains("\n"))
        #expect(normalized.scalars.count == 100_000 * 18 - 1)
        #expect(normalized.rawOffset(at: normalized.scalars.count - 1) == 100_000 * 18 - 2)
    }

    @Test("a word hyphenated over 50,000 lines, parentheses left open over 50,000 lines")
    func longJoins() throws {
        let word = try Normalize.text("La convention ab-\n" + String(repeating: "cd-\n", count: 50_000) + "ef.")
        #expect(word == "La convention ab" + String(repeating: "cd", count: 50_000) + "ef.")
        let parentheses = try Normalize.lines("la convention (axe\n" + String(repeating: "3) et la suite (axe\n", count: 50_000) + "4) fin.")
        #expect(parentheses.count == 1)
        #expect(parentheses.first?.hasSuffix("(axe 3) et la suite (axe 4) fin.") == true)
    }

    @Test("20,000 pages each with its number: the numbers go, the text stays")
    func manyPages() throws {
        // `1234` → `bcde`: each page its own words, without figures (a line repeated on every
        // page, or numbered like it, would be a running header).
        func letters(_ n: Int) -> String { String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0x31)!) }) }
        let pages = (1...20_000).map { "Le texte \(letters($0)) continue.\n\($0)" }
        let lines = try Normalize.normalized(pages: pages).text.split(separator: "\n")
        #expect(lines.count == 20_000)
        #expect(lines.allSatisfy { $0.hasPrefix("Le texte ") })
    }
}
