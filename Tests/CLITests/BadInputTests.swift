import Foundation
import Testing
import TestSupport

/// Bad input: one line on standard error naming the file and the problem, a non-zero exit
/// status, no crash and no hang.
@Suite("Bad input")
struct BadInputTests {
    /// Runs `clausier ARGUMENTS` (the file last) and checks the refusal.
    private func expectRefusal(_ arguments: [String], file: String, saying phrase: String) throws {
        for command in ["text", "info"] {
            let result = try ClausierBinary.run([command] + arguments, timeout: 30)
            #expect(!result.timedOut, "\(command) \(file): hung")
            #expect(!result.signaled, "\(command) \(file): crashed (\(result))")
            #expect(result.status == 1, "\(command) \(file): \(result)")
            #expect(result.stdout.isEmpty, "\(command) \(file): printed \(result.stdout.prefix(80))")
            #expect(result.stderrLines.count == 1, "\(command) \(file): \(result.stderr)")
            let message = result.stderrLines.first ?? ""
            #expect(message.hasPrefix("clausier: \(file): "), "\(message)")
            #expect(message.contains(phrase), "\(message)")
        }
    }

    @Test("each bad fixture is refused with its own message", arguments: [
        ("empty.pdf", "the file is empty"),
        ("empty.txt", "the file is empty"),
        ("not-a-pdf.pdf", "is not a PDF (it looks like a PNG image"),
        ("truncated.pdf", "damaged or truncated"),
        ("corrupt.pdf", "damaged or truncated"),
        ("encrypted.pdf", "encrypted"),
        ("garbage.txt", "binary file, not text"),
        ("encrypted.docx", "protégé par un mot de passe"),
        ("truncated.docx", "le document est endommagé"),
        ("bomb-lying-sizes.docx", "bombe de décompression"),
        ("external-entity.docx", "déclare une DTD ou des entités XML"),
        ("damaged-directory.docx", "le document est endommagé"),
    ])
    func fixture(_ name: String, _ phrase: String) throws {
        let path = Fixtures.badInput(name)
        try expectRefusal([path], file: path, saying: phrase)
    }

    @Test("a scanned PDF: `text --no-ocr` refuses it, `info` reports it")
    func scanned() throws {
        let path = Fixtures.badInput("scanned.pdf")
        let text = try ClausierBinary.run(["text", "--no-ocr", path], timeout: 30)
        #expect(text.status == 1 && !text.signaled, "\(text)")
        #expect(text.stderrLines == ["clausier: \(path): the PDF has no text layer (1 page(s), no text); it looks scanned: read it without --no-ocr, or run OCR on it first (for instance ocrmypdf)"])
        let info = try ClausierBinary.run(["info", path], timeout: 30)
        #expect(info.status == 0, "\(info)")
        #expect(info.stdout.contains("text layer:  no (looks scanned"))
    }

    @Test("a missing file and a directory")
    func missingAndDirectory() throws {
        let missing = Fixtures.badInput("Convention disparue.pdf")
        try expectRefusal([missing], file: missing, saying: "no such file")
        let directory = Fixtures.badInput("")
        try expectRefusal([directory], file: directory, saying: "is a directory")
    }

    @Test("an unreadable file", .enabled(if: geteuid() != 0, "root reads any file"))
    func unreadable() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("clausier-unreadable-\(UUID()).pdf").path
        try Data("%PDF-1.7\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        try expectRefusal([path], file: path, saying: "cannot be read")
    }

    @Test("a wrong password is refused, not a crash")
    func wrongPassword() throws {
        let path = Fixtures.badInput("encrypted.pdf")
        try expectRefusal(["--password", "wrong", path], file: path, saying: "password does not open")
        let right = try ClausierBinary.run(["text", "--password", "secret", path], timeout: 30)
        #expect(right.status == 0, "\(right)")
        #expect(right.stdout.contains("Article 1 – Objet"))
    }

    @Test("empty standard input is refused")
    func emptyStandardInput() throws {
        let result = try ClausierBinary.run(["text", "-"], stdin: Data(), timeout: 30)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines == ["clausier: standard input: the file is empty; there is no text to read"])
    }

    @Test("a Windows-1252 text is read, with one warning naming the file")
    func windows1252() throws {
        let path = Fixtures.badInput("latin1.txt")
        let result = try ClausierBinary.run(["text", path], timeout: 30)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("La Région s'engage à verser au Centre une subvention de 12 500 €"))
        #expect(result.stdout.contains("« Accès à l'emploi »"))
        #expect(result.stdout.contains("cœur"))
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("clausier: warning: \(path): not UTF-8 (byte 0x96 at offset 10); decoded as Windows-1252"))
    }
}
