import Foundation

/// Decodes the bytes of a `.txt` or `.md` file: UTF-8 first (a byte-order mark is dropped),
/// UTF-16 or UTF-32 when a byte-order mark says so or, without one, when the zero bytes fall
/// where the high bytes of Latin letters stand (`A` is `41 00` in UTF-16LE, `00 00 00 41` in
/// UTF-32BE), Windows-1252 (with a warning) when the bytes are not UTF-8, and a refusal when
/// they are not text at all (NUL bytes, control bytes).
///
/// Windows-1252 rather than ISO-8859-1: French text from Windows carries `’` (0x92), `œ` (0x9C),
/// `€` (0x80), `–` (0x96), which ISO-8859-1 would turn into invisible C1 control codes.
///
/// ```swift
/// try PlainTextDecoder.decode(Data([0x63, 0x6C, 0x61, 0x75, 0x73, 0x65, 0x20, 0xE9]), path: "a.txt")
/// // ("clause é", warning: "a.txt: not UTF-8 (byte 0xE9 at offset 7); decoded as Windows-1252. …")
/// ```
enum PlainTextDecoder {
    static func decode(_ data: Data, path: String) throws -> (text: String, warning: String?) {
        var bytes = [UInt8](data)
        let name = path == "-" ? "standard input" : path
        // UTF-16 or UTF-32 with a byte-order mark (Windows Notepad's "Unicode"); the UTF-32
        // little-endian mark starts like the UTF-16 one.
        if let form = WideForm.marked(bytes) {
            guard let text = form.decode(bytes.dropFirst(form.width)), binaryProblem(text.unicodeScalars.lazy.map(\.value)) == nil else {
                throw DocumentTextError(.binaryText, path: path, detail: "it starts like \(form.name) text but is not valid \(form.name)")
            }
            return (text, nil)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Without a mark: zero bytes where the high bytes of Latin letters stand.
        if bytes.contains(0), let form = WideForm.unmarked(bytes), let text = form.decode(bytes[...]),
           binaryProblem(text.unicodeScalars.lazy.map(\.value)) == nil {
            return (text, nil)
        }
        if let problem = binaryProblem(bytes) {
            throw DocumentTextError(.binaryText, path: path, detail: problem)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, nil)
        }
        let bad = firstInvalidUTF8(bytes)
        var scalars = String.UnicodeScalarView()
        for (offset, byte) in bytes.enumerated() {
            guard let scalar = windows1252(byte) else {
                throw DocumentTextError(.binaryText, path: path,
                                        detail: "byte 0x\(hex(byte)) at offset \(offset) is neither UTF-8 nor Windows-1252")
            }
            scalars.append(scalar)
        }
        let warning = "\(name): not UTF-8 (byte 0x\(hex(bad.byte)) at offset \(bad.offset)); decoded as Windows-1252. "
            + "To convert it: iconv -f WINDOWS-1252 -t UTF-8"
        return (String(scalars), warning)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    /// The first byte that breaks UTF-8 and its offset.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (byte: UInt8, offset: Int) {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (b, i)
            }
            guard i + length <= bytes.count else { return (b, i) }
            for k in 1..<max(1, length) where bytes[i + k] & 0xC0 != 0x80 { return (b, i) }
            i += length
        }
        return (bytes.last ?? 0, max(0, bytes.count - 1))
    }

    /// UTF-16 and UTF-32, in either byte order.
    enum WideForm: CaseIterable {
        case utf16LE, utf16BE, utf32LE, utf32BE

        /// Bytes per code unit.
        var width: Int { self == .utf16LE || self == .utf16BE ? 2 : 4 }
        var bigEndian: Bool { self == .utf16BE || self == .utf32BE }
        var name: String { width == 2 ? "UTF-16" : "UTF-32" }

        /// The form a byte-order mark at the start of `bytes` names, the UTF-32 ones first.
        static func marked(_ bytes: [UInt8]) -> WideForm? {
            if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .utf32LE }
            if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .utf32BE }
            if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
            if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
            return nil
        }

        /// The form that the zero bytes of unmarked `bytes` show: in every code unit the bytes
        /// above a character's value are zero (always the top byte in UTF-32, the top two for
        /// all but emoji and rarer scripts), and at least half of a French text's characters
        /// are Latin-1, with a zero high byte in UTF-16; its low bytes are zero almost never.
        static func unmarked(_ bytes: [UInt8]) -> WideForm? {
            var zeros = [0, 0, 0, 0]
            for (offset, byte) in bytes.enumerated() where byte == 0 { zeros[offset % 4] += 1 }
            if bytes.count % 4 == 0 {
                let units = bytes.count / 4
                if zeros[3] == units, zeros[2] * 2 >= units, zeros[0] * 2 < units { return .utf32LE }
                if zeros[0] == units, zeros[1] * 2 >= units, zeros[3] * 2 < units { return .utf32BE }
            }
            guard bytes.count % 2 == 0 else { return nil }
            let units = bytes.count / 2
            let (even, odd) = (zeros[0] + zeros[2], zeros[1] + zeros[3])
            if odd * 2 >= units, even * 10 < units { return .utf16LE }
            if even * 2 >= units, odd * 10 < units { return .utf16BE }
            return nil
        }

        /// The text of `bytes` (without their mark), or nil when they are not valid in this form.
        func decode(_ bytes: ArraySlice<UInt8>) -> String? {
            guard bytes.count % width == 0 else { return nil }
            var units: [UInt32] = []
            units.reserveCapacity(bytes.count / width)
            var i = bytes.startIndex
            while i < bytes.endIndex {
                var unit: UInt32 = 0
                for k in 0..<width {
                    unit |= UInt32(bytes[i + (bigEndian ? width - 1 - k : k)]) << (8 * k)
                }
                units.append(unit)
                i += width
            }
            return width == 2 ? Self.decode(units.lazy.map { UInt16($0) }, as: UTF16.self) : Self.decode(units, as: UTF32.self)
        }

        private static func decode<Units: Sequence, Codec: UnicodeCodec>(_ units: Units, as codec: Codec.Type) -> String?
        where Units.Element == Codec.CodeUnit {
            var scalars = String.UnicodeScalarView()
            var iterator = units.makeIterator()
            var decoder = Codec()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): scalars.append(scalar)
                case .emptyInput: return String(scalars)
                case .error: return nil
                }
            }
        }
    }

    /// Why these bytes (or characters) are not text, or nil: NUL, or more than 2% control
    /// characters other than tab and the line and page ends (LF, VT, FF, CR).
    private static func binaryProblem<Values: Collection>(_ values: Values) -> String? where Values.Element: BinaryInteger {
        if values.contains(0) { return "it contains NUL bytes" }
        let controls = values.lazy.filter { $0 < 0x20 && !(0x09...0x0D).contains($0) }.count
        if controls * 50 > values.count { return "\(controls) control bytes in \(values.count)" }
        return nil
    }

    /// Windows-1252 to Unicode; nil for the five undefined bytes.
    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let table: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
        ]
        let value = table[Int(byte - 0x80)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }
}
