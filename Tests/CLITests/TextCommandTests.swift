import Foundation
import Testing
import TestSupport

/// `clausier text`, run as a user runs it.
@Suite("clausier text")
struct TextCommandTests {
    /// A temporary file holding `contents`, removed by the caller.
    private func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("clausier-cli-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private let example = """
    ## **Article 1 – Objet**
    La Région s’engage à trans-
    mettre au Département des Bouches-
    du-Rhône un bilan\u{00A0}annuel :
    \u{F0B7} des actions menées ;
    \u{F0B7} des crédits engagés.
    """
    private let expected = """
    Article 1 – Objet
    La Région s'engage à transmettre au Département des Bouches-du-Rhône un bilan annuel :
    - des actions menées ;
    - des crédits engagés.

    """

    @Test("a .txt and a .md file print their normalised text")
    func textAndMarkdown() throws {
        for name in ["convention.txt", "convention.md"] {
            let path = try temporaryFile(name, example)
            defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
            let result = try ClausierBinary.run(["text", path])
            #expect(result.status == 0 && !result.signaled, "\(result)")
            #expect(result.stdout == expected)
            #expect(result.stderr.isEmpty)
        }
    }

    @Test("- reads standard input")
    func standardInput() throws {
        let result = try ClausierBinary.run(["text", "-"], stdin: Data(example.utf8))
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == expected)
    }

    @Test("--raw prints the text before normalisation")
    func raw() throws {
        let path = try temporaryFile("brut.txt", example)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let result = try ClausierBinary.run(["text", "--raw", path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == example + "\n")
    }

    @Test("--pages marks the page breaks of a PDF")
    func pages() throws {
        let pdf = try #require(Fixtures.corpusDocuments().first { $0.name.hasPrefix("100-") }?.pdf)
        let result = try ClausierBinary.run(["text", "--pages", pdf])
        #expect(result.status == 0, "\(result)")
        let marks = result.stdout.split(separator: "\n").filter { $0.hasPrefix("--- page ") }
        #expect(marks == ["--- page 1 ---", "--- page 2 ---", "--- page 3 ---", "--- page 4 ---"])
        // The running header and the "Page n/4" footer are gone.
        #expect(!result.stdout.contains("Page 2/4"))
        #expect(!result.stdout.contains("CPO – Chantier Loire et Patrimoine"))
        let rawPages = try ClausierBinary.run(["text", "--raw", "--pages", pdf])
        #expect(rawPages.stdout.contains("--- page 4 ---"))
        #expect(rawPages.stdout.contains("Page 2/4"))
    }

    @Test("a PDF whose name has accents and spaces")
    func accentedName() throws {
        let result = try ClausierBinary.run(["text", Fixtures.badInput("Convention région été 2024.pdf")])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Article 1 – Objet"))
        #expect(result.stdout.contains("La Commune s'engage à transmettre un bilan annuel."))
    }

    @Test("a corpus PDF prints the same text as `clausier text` of its source, whitespace aside")
    func corpusPDF() throws {
        let document = try #require(Fixtures.corpusDocuments().first { $0.name.hasPrefix("101-") })
        let pdf = try ClausierBinary.run(["text", document.pdf])
        let text = try ClausierBinary.run(["text", document.text])
        #expect(pdf.status == 0 && text.status == 0)
        #expect(TextComparison.firstDifference(pdf.stdout, text.stdout) == nil)
    }
}
