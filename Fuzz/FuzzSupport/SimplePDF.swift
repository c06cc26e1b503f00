import Foundation

/// A minimal PDF writer for test inputs: pages of plain text in Helvetica (WinAnsi encoding),
/// uncompressed, with a correct cross-reference table. Used to make fuzzing seeds and the
/// big documents of the memory benchmark from corpus text.
///
/// `SimplePDF(pages: [["Article 1 – Objet", "La commune s'engage à …"]]).data()` → a one-page PDF.
public struct SimplePDF {
    /// The lines of each page.
    public var pages: [[String]]
    /// A second text object printed at the same place as the first line of each page (overlapping pieces).
    public var overprint: String?

    public init(pages: [[String]], overprint: String? = nil) {
        self.pages = pages
        self.overprint = overprint
    }

    /// `text` cut into lines of at most `width` characters, `linesPerPage` lines a page.
    public init(text: String, width: Int = 90, linesPerPage: Int = 60) {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(paragraph)
            repeat {
                lines.append(String(rest.prefix(width)))
                rest = rest.dropFirst(width)
            } while !rest.isEmpty
        }
        pages = stride(from: 0, to: max(lines.count, 1), by: linesPerPage).map { Array(lines[$0..<min($0 + linesPerPage, lines.count)]) }
        overprint = nil
    }

    /// The PDF's bytes.
    public func data() -> Data {
        var objects: [Data] = []   // object n is objects[n - 1]
        let pageCount = pages.count
        // 1: catalog, 2: pages, 3: font, then a page and its content per page.
        objects.append(Data("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        let kids = (0..<pageCount).map { "\(4 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append(Data("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>".utf8))
        objects.append(Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
        for (index, lines) in pages.enumerated() {
            objects.append(Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + 2 * index) 0 R >>".utf8))
            var stream = Data("BT /F1 10 Tf 12 TL 50 800 Td\n".utf8)
            for line in lines {
                stream.append(Self.literal(line))
                stream.append(Data(" Tj T*\n".utf8))
            }
            stream.append(Data("ET\n".utf8))
            if let overprint {
                stream.append(Data("BT /F1 10 Tf 50 800 Td ".utf8))
                stream.append(Self.literal(overprint))
                stream.append(Data(" Tj ET\n".utf8))
            }
            var object = Data("<< /Length \(stream.count) >>\nstream\n".utf8)
            object.append(stream)
            object.append(Data("endstream".utf8))
            objects.append(object)
        }
        var pdf = Data("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf.append(Data("\(index + 1) 0 obj\n".utf8))
            pdf.append(object)
            pdf.append(Data("\nendobj\n".utf8))
        }
        let xref = pdf.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        pdf.append(Data(table.utf8))
        return pdf
    }

    /// `(text)` in WinAnsi, with `(`, `)` and `\` escaped; characters WinAnsi lacks become `?`.
    static func literal(_ text: String) -> Data {
        var bytes: [UInt8] = [0x28]
        for scalar in text.unicodeScalars {
            var byte: UInt8
            switch scalar.value {
            case 0x20..<0x7F, 0xA0...0xFF: byte = UInt8(scalar.value)
            case 0x2019: byte = 0x92
            case 0x2013: byte = 0x96
            case 0x2014: byte = 0x97
            case 0x20AC: byte = 0x80
            case 0x2026: byte = 0x85
            case 0x0153: byte = 0x9C
            case 0x2022: byte = 0x95
            default: byte = 0x3F
            }
            if byte == 0x28 || byte == 0x29 || byte == 0x5C { bytes.append(0x5C) }
            bytes.append(byte)
        }
        bytes.append(0x29)
        return Data(bytes)
    }
}
