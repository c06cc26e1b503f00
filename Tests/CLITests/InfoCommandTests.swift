import Foundation
import Testing
import TestSupport

/// `clausier info`: what a file says about itself.
@Suite("clausier info")
struct InfoCommandTests {
    /// The `key: value` lines of `info`'s output.
    private func fields(_ output: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    @Test("a PDF: page count, title, author, creation date, text layer")
    func pdf() throws {
        let document = try #require(Fixtures.corpusDocuments().first { $0.name.hasPrefix("004-") })
        let result = try ClausierBinary.run(["info", document.pdf])
        #expect(result.status == 0, "\(result)")
        let info = fields(result.stdout)
        #expect(info["pages"] == "30")
        #expect(info["format"] == "pdf")
        #expect(info["text layer"] == "yes")
        #expect(info["title"] != nil && info["author"] != nil)
        #expect(info["created"]?.range(of: #"^\d{4}-\d{2}-\d{2}T"#, options: .regularExpression) != nil)
        #expect(info["sha256"]?.count == 64)
    }

    @Test("the title and author recorded in a PDF are printed")
    func titleAndAuthor() throws {
        let result = try ClausierBinary.run(["info", Fixtures.badInput("scanned.pdf")])
        #expect(result.status == 0, "\(result)")
        let info = fields(result.stdout)
        #expect(info["title"] == "Convention (numérisée)")
        #expect(info["text layer"]?.hasPrefix("no") == true)
        #expect(info["pages"] == "1")
    }

    @Test("a text file, and an encrypted PDF opened with its password")
    func textAndEncrypted() throws {
        let text = try ClausierBinary.run(["info", Fixtures.badInput("latin1.txt")])
        #expect(text.status == 0, "\(text)")
        #expect(fields(text.stdout)["format"] == "text")
        #expect(text.stderr.contains("Windows-1252"))
        let encrypted = try ClausierBinary.run(["info", "--password", "secret", Fixtures.badInput("encrypted.pdf")])
        #expect(encrypted.status == 0, "\(encrypted)")
        #expect(fields(encrypted.stdout)["encrypted"]?.hasPrefix("yes") == true)
    }

    @Test("a file name with accents and spaces")
    func accentedName() throws {
        let path = Fixtures.badInput("Convention région été 2024.pdf")
        let result = try ClausierBinary.run(["info", path])
        #expect(result.status == 0, "\(result)")
        #expect(fields(result.stdout)["file"] == path)
        #expect(fields(result.stdout)["pages"] == "1")
    }
}
