extension String {
    /// The text escaped for HTML content and double-quoted attribute values:
    /// `« Région & Pôle emploi »` → `« Région &amp; Pôle emploi »`.
    public var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(count)
        for character in self {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
