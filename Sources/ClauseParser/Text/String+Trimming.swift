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
