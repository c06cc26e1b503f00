extension StringProtocol {
    /// The text without the given characters at either end, without Foundation's
    /// `CharacterSet` (slow on a hot path): `" , Pôle emploi,".trimming(" ,")` → `"Pôle emploi"`.
    func trimming(_ characters: String = " ") -> String {
        let set = Set(characters.unicodeScalars)
        let scalars = Array(unicodeScalars)
        var start = 0, end = scalars.count
        while start < end, set.contains(scalars[start]) { start += 1 }
        while end > start, set.contains(scalars[end - 1]) { end -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
