import DocumentText
import Foundation
import Testing
import TestSupport

/// UTF-16 and UTF-32 text, either byte order, with or without a byte-order mark, is read as
/// text: without a mark, the zero bytes of its Latin letters tell its form. Binary files with
/// zero bytes are still refused.
@Suite("UTF-16 and UTF-32 text")
struct WideTextTests {
    static let text = "Article 1 – Objet\nLa Région s’engage à verser 12 500 € à l’association 🏛️ d’ici le 31 mars.\n"

    enum Form: String, CaseIterable {
        case utf16LE, utf16BE, utf32LE, utf32BE
    }

    /// `text` in `form`, with its byte-order mark or not.
    static func encode(_ text: String, _ form: Form, mark: Bool) -> Data {
        var bytes: [UInt8] = []
        func append(_ value: UInt32, width: Int, bigEndian: Bool) {
            let parts = (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
            bytes += bigEndian ? parts.reversed() : parts
        }
        switch form {
        case .utf16LE, .utf16BE:
            let bigEndian = form == .utf16BE
            if mark { append(0xFEFF, width: 2, bigEndian: bigEndian) }
            for unit in text.utf16 { append(UInt32(unit), width: 2, bigEndian: bigEndian) }
        case .utf32LE, .utf32BE:
            let bigEndian = form == .utf32BE
            if mark { append(0xFEFF, width: 4, bigEndian: bigEndian) }
            for scalar in text.unicodeScalars { append(scalar.value, width: 4, bigEndian: bigEndian) }
        }
        return Data(bytes)
    }

    @Test("each form, with and without a byte-order mark", arguments: Form.allCases, [true, false])
    func forms(_ form: Form, mark: Bool) throws {
        let document = try DocumentReader.read(data: Self.encode(Self.text, form, mark: mark), path: "convention.txt")
        #expect(document.rawText == Self.text, "\(form), mark: \(mark)")
        #expect(document.warnings.isEmpty)
    }

    @Test("a short text and a text without accents are read too", arguments: Form.allCases)
    func shortTexts(_ form: Form) throws {
        for text in ["Article 1", "La Region s'engage a verser la subvention.\n", "É"] {
            #expect(try DocumentReader.read(data: Self.encode(text, form, mark: false), path: "a.txt").rawText == text, "\(form): \(text)")
        }
    }

    @Test("zero bytes that are not UTF-16 or UTF-32 text are still binary")
    func binary() throws {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        png += Data((0..<512).map { UInt8(truncatingIfNeeded: $0 * 37) })
        let odd = Self.encode("La Région s’engage.", .utf16LE, mark: false).dropLast()
        // Every other byte zero, but the characters are controls (U+0001, U+0002…).
        let controls = Data((1...200).flatMap { [UInt8($0 % 8 + 1), 0] })
        for (name, data) in [("png.txt", png), ("odd.txt", Data(odd)), ("controls.txt", controls)] {
            #expect(throws: DocumentTextError.self, "\(name)") { try DocumentReader.read(data: data, path: name) }
        }
        // A mark that says UTF-32 before bytes that are not.
        let badMark = Data([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x11])
        let error = #expect(throws: DocumentTextError.self) { try DocumentReader.read(data: badMark, path: "b.txt") }
        #expect(error?.description.contains("UTF-32") == true, "\(String(describing: error))")
    }
}
