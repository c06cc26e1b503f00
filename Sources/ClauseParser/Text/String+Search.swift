extension String {
    /// The text without the given characters at either end, without Foundation's
    /// `CharacterSet` (slow on a hot path): `" , Pôle emploi,".trimming(" ,")` → `"Pôle emploi"`.
    func trimming(_ characters: String = " ") -> String {
        Substring(self).trimming(characters)
    }
}

extension Substring {
    /// See `String.trimming(_:)`.
    func trimming(_ characters: String = " ") -> String {
        let trim = characters.unicodeScalars
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, trim.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard trim.contains(scalars[before]) else { break }
            end = before
        }
        return String(scalars[start..<end])
    }
}

extension StringProtocol {
    /// The first occurrence of `needle`, compared byte for byte in UTF-8 (no locale, no
    /// Foundation bridging): `"représentée par M. Blanc".range(ofExactly: " par ")`.
    func range(ofExactly needle: String) -> Range<Index>? {
        byteOffsets(of: needle, last: false).map(range(bytes:))
    }

    /// The last occurrence of `needle`, byte for byte.
    func lastRange(ofExactly needle: String) -> Range<Index>? {
        byteOffsets(of: needle, last: true).map(range(bytes:))
    }

    func contains(exactly needle: String) -> Bool {
        byteOffsets(of: needle, last: false) != nil
    }

    private func range(bytes: Range<Int>) -> Range<Index> {
        utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)
    }

    private func byteOffsets(of needle: String, last: Bool) -> Range<Int>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? in
            guard bytes.count >= pattern.count else { return nil }
            let candidates = stride(from: last ? bytes.count - pattern.count : 0,
                                    through: last ? 0 : bytes.count - pattern.count, by: last ? -1 : 1)
            for i in candidates where bytes[i] == first {
                var k = 1
                while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i..<(i + pattern.count) }
            }
            return nil
        }
        if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(utf8).withUnsafeBufferPointer(search)
    }
}
