import DocumentText
import Foundation
import Testing
import TestSupport

/// Bad input is refused with a specific error that names the file and the problem; a
/// Windows-1252 text is read with a warning.
@Suite("Reader errors")
struct ReaderErrorTests {
    /// Reads `path` and returns the error it throws (the test fails if it reads fine).
    private func error(reading path: String, password: String? = nil) -> DocumentTextError? {
        do {
            _ = try DocumentReader.read(path: path, password: password, ocr: false)
            Issue.record("\(path) was read without an error")
            return nil
        } catch let error as DocumentTextError {
            return error
        } catch {
            Issue.record("\(path): unexpected error type \(type(of: error)): \(error)")
            return nil
        }
    }

    @Test("each bad fixture gets its own error, naming the file and the problem", arguments: [
        ("empty.pdf", DocumentTextError.Kind.empty, "empty"),
        ("empty.txt", .empty, "empty"),
        ("not-a-pdf.pdf", .notPDF, "PNG image"),
        ("truncated.pdf", .corruptPDF, "damaged or truncated"),
        ("corrupt.pdf", .corruptPDF, "damaged or truncated"),
        ("encrypted.pdf", .encrypted, "--password"),
        ("scanned.pdf", .noTextLayer, "looks scanned"),
        ("garbage.txt", .binaryText, "binary file, not text"),
    ])
    func badFixture(_ name: String, _ kind: DocumentTextError.Kind, _ phrase: String) {
        let path = Fixtures.badInput(name)
        guard let error = error(reading: path) else { return }
        #expect(error.kind == kind)
        #expect(error.description.hasPrefix(path + ": "))
        #expect(error.description.contains(phrase), "\(error.description)")
        #expect(!error.description.contains("\n"))
    }

    @Test("a missing file, a directory")
    func missingAndDirectory() {
        let missing = Fixtures.badInput("absent-convention.pdf")
        #expect(error(reading: missing)?.kind == .missing)
        #expect(error(reading: missing)?.description.contains("no such file") == true)
        let directory = Fixtures.badInput("")
        #expect(error(reading: directory)?.kind == .directory)
    }

    @Test("an unreadable file", .enabled(if: geteuid() != 0, "root reads any file"))
    func unreadable() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("clausier-unreadable-\(UUID()).txt").path
        try "Article 1".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let error = error(reading: path)
        #expect(error?.kind == .unreadable)
        #expect(error?.description.contains(path) == true)
    }

    @Test("an encrypted PDF opens with its password; a wrong password is an error, not a crash")
    func password() throws {
        let path = Fixtures.badInput("encrypted.pdf")
        let document = try DocumentReader.read(path: path, password: "secret")
        #expect(document.rawText.contains("Article 1 – Objet"))
        #expect(document.metadata.encrypted)
        #expect(error(reading: path, password: "wrong")?.kind == .wrongPassword)
        #expect(error(reading: path, password: "")?.kind == .wrongPassword)
    }

    @Test("a scanned PDF still opens for `info` (no text layer)")
    func scannedInfo() throws {
        let document = try DocumentReader.read(path: Fixtures.badInput("scanned.pdf"), requireTextLayer: false)
        #expect(document.metadata.pageCount == 1)
        #expect(!document.metadata.hasTextLayer)
    }

    @Test("a Windows-1252 text is decoded, with a warning that names the file and the first bad byte")
    func windows1252() throws {
        let path = Fixtures.badInput("latin1.txt")
        let document = try DocumentReader.read(path: path)
        let text = document.rawText
        for word in ["Article 4 – Engagements de la Région", "s’engage", "12 500 €", "mettre en œuvre", "« Accès à l’emploi »",
                     "Façon ça, cœur, où, prêt, côté."] {
            #expect(text.contains(word), "\(word)")
        }
        #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
        #expect(document.warnings.count == 1)
        #expect(document.warnings.first?.hasPrefix(path) == true)
        #expect(document.warnings.first?.contains("0x96 at offset 10") == true)
        #expect(document.warnings.first?.contains("Windows-1252") == true)
    }

    @Test("UTF-8 with a byte-order mark and UTF-16 are read as text")
    func unicodeForms() throws {
        let sentence = "La Région s’engage à verser 12 500 €."
        let bom = try DocumentReader.read(data: Data([0xEF, 0xBB, 0xBF]) + Data(sentence.utf8), path: "a.txt")
        #expect(bom.rawText == sentence)
        var utf16 = Data([0xFF, 0xFE])
        for unit in sentence.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let wide = try DocumentReader.read(data: utf16, path: "b.txt")
        #expect(wide.rawText == sentence)
        #expect(wide.warnings.isEmpty)
    }

    @Test("a file name with accents and spaces reads like any PDF")
    func accentedName() throws {
        let path = Fixtures.badInput("Convention région été 2024.pdf")
        let document = try DocumentReader.read(path: path)
        #expect(document.path == path)
        #expect(document.metadata.pageCount == 1)
        let text = try TextNormalizer().normalize(document).text
        #expect(text.contains("Article 1 – Objet"))
        #expect(text.contains("La Commune s'engage à transmettre un bilan annuel."))
    }

    @Test("an unknown extension, or text that is only whitespace, is refused")
    func otherRefusals() throws {
        #expect(throws: DocumentTextError.self) { try DocumentReader.read(data: Data("PK\u{3}\u{4}xxxx".utf8), path: "convention.docx") }
        do {
            _ = try DocumentReader.read(data: Data(" \n\n\t \n".utf8), path: "vide.md")
            Issue.record("whitespace was read")
        } catch let error as DocumentTextError {
            #expect(error.kind == .empty)
        }
    }
}
