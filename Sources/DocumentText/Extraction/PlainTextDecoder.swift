import Foundation

/// Decodes the bytes of a `.txt` or `.md` file: UTF-8 first, Windows-1252 (with a warning) when
/// the bytes are not UTF-8, and a refusal when they are not text at all.
///
/// ```swift
/// try PlainTextDecoder.decode(Data([0x63, 0x6C, 0x61, 0x75, 0x73, 0x65, 0x20, 0xE9]), path: "a.txt")
/// // ("clause é", warning: "a.txt: not UTF-8; decoded as Windows-1252 (Latin-1)")
/// ```
enum PlainTextDecoder {
    static func decode(_ data: Data, path: String) throws -> (text: String, warning: String?) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let problem = binaryProblem(bytes) {
            throw DocumentTextError(.binaryText, path: path, detail: problem)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, nil)
        }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            guard let scalar = windows1252(byte) else {
                throw DocumentTextError(.binaryText, path: path, detail: "byte 0x\(String(byte, radix: 16)) is neither UTF-8 nor Windows-1252")
            }
            scalars.append(scalar)
        }
        return (String(scalars), "\(path): not UTF-8; decoded as Windows-1252 (Latin-1)")
    }

    /// Why these bytes are not text, or nil: NUL bytes, or more than 2% control characters.
    private static func binaryProblem(_ bytes: [UInt8]) -> String? {
        if bytes.contains(0) { return "it contains NUL bytes" }
        let controls = bytes.lazy.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
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
