import DocumentText

/// Normalising small inline examples the way `clausier text` does.
///
/// ```swift
/// try Normalize.text("La Région s’engage à trans-\nmettre le bilan.")
/// // "La Région s'engage à transmettre le bilan."
/// ```
public enum Normalize {
    /// The document made of `pages` (one page for a text file) as the reader would return it.
    public static func document(pages: [String], format: ExtractedDocument.Format = .text) -> ExtractedDocument {
        ExtractedDocument(path: "example.txt", format: format, pages: pages,
                          metadata: DocumentMetadata(pageCount: pages.count, hasTextLayer: true), sha256: "")
    }

    /// The normalised text of `pages`, with its map back to the raw text.
    public static func normalized(pages: [String], format: ExtractedDocument.Format = .text) throws -> NormalizedText {
        try TextNormalizer().normalize(document(pages: pages, format: format))
    }

    /// The normalised text of a one-page example.
    public static func text(_ raw: String) throws -> String {
        try normalized(pages: [raw]).text
    }

    /// The normalised lines of a one-page example, empty lines dropped.
    public static func lines(_ raw: String) throws -> [String] {
        try text(raw).split(separator: "\n").map(String.init)
    }
}

/// Comparing two texts while ignoring whitespace, with the place where they part.
public enum TextComparison {
    /// The text with every whitespace scalar removed.
    public static func withoutWhitespace(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { !$0.properties.isWhitespace }
    }

    /// nil when `a` and `b` are equal but for whitespace; else a short view of where they differ.
    public static func firstDifference(_ a: String, _ b: String, context: Int = 60) -> String? {
        let x = withoutWhitespace(a), y = withoutWhitespace(b)
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        if i == x.count && i == y.count { return nil }
        func around(_ s: [Unicode.Scalar]) -> String {
            let lower = max(0, i - context), upper = min(s.count, i + context)
            return String(String.UnicodeScalarView(s[lower..<upper]))
        }
        return "at non-space scalar \(i):\n  first:  …\(around(x))…\n  second: …\(around(y))…"
    }
}
