import Foundation

/// Decodes the bytes of a `.txt` or `.md` file: UTF-8 first (a byte-order mark is dropped),
/// UTF-16 when a byte-order mark says so, Windows-1252 (with a warning) when the bytes are not
/// UTF-8, and a refusal when they are not text at all (NUL bytes, control bytes).
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
        // UTF-16 with a byte-order mark (Windows Notepad's "Unicode").
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            if let text = decodeUTF16(bytes) { return (text, nil) }
            throw DocumentTextError(.binaryText, path: path, detail: "it starts like UTF-16 text but is not valid UTF-16")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
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

    private static func decodeUTF16(_ bytes: [UInt8]) -> String? {
        let bigEndian = bytes[0] == 0xFE
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            let unit = bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
            units.append(unit)
            i += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }

    /// Why these bytes are not text, or nil: NUL bytes, or more than 2% control characters
    /// other than tab and the line and page ends (LF, CR, VT, FF).
    private static func binaryProblem(_ bytes: [UInt8]) -> String? {
        if bytes.contains(0) { return "it contains NUL bytes" }
        let controls = bytes.lazy.filter { $0 < 0x20 && !(0x09...0x0D).contains($0) }.count
        if controls * 50 > bytes.count { return "\(controls) control bytes in \(bytes.count)" }
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
