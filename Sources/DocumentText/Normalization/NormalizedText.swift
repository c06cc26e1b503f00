/// The normalised text of a document with, for every Unicode scalar, where it came from.
///
/// `text` is what `clausier text` prints and what every span of the convention graph counts
/// into (offsets in Unicode scalars). `origins[i]` is the offset, in scalars, of the source
/// character of scalar `i` in the raw text (the pages joined by form feeds); a character the
/// normaliser inserted (a joining space, a list marker) points at the source character that
/// follows it.
///
/// ```swift
/// let normalized = TextNormalizer().normalize(doc)
/// normalized.text             // "Article 1 - Objet\nLa Région s'engage à …"
/// normalized.page(at: 120)    // 1
/// ```
public struct NormalizedText: Sendable {
    public let text: String
    /// The scalars of `text`, for offset arithmetic.
    public let scalars: [Unicode.Scalar]
    /// Raw offset of each scalar of `text`.
    public let origins: [Int32]
    /// Raw offset at which each page starts.
    public let pageStarts: [Int]

    public init(scalars: [Unicode.Scalar], origins: [Int32], pageStarts: [Int]) {
        precondition(scalars.count == origins.count)
        self.text = String(scalars: scalars)
        self.scalars = scalars
        self.origins = origins
        self.pageStarts = pageStarts
    }

    /// Offset in the raw text of the scalar at `offset` (the end maps to the raw end).
    public func rawOffset(at offset: Int) -> Int {
        if origins.isEmpty { return 0 }
        return Int(origins[min(max(offset, 0), origins.count - 1)])
    }

    /// The 1-based page of the scalar at `offset`.
    public func page(at offset: Int) -> Int {
        let raw = rawOffset(at: offset)
        var low = 0, high = pageStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if pageStarts[mid] <= raw { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The text between two scalar offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lower = min(max(start, 0), scalars.count), upper = min(max(end, lower), scalars.count)
        return String(scalars: scalars[lower..<upper])
    }

    /// The text with a `--- page N ---` line wherever the page changes (for `--pages`).
    public func withPageMarks() -> String {
        var out = ""
        var currentPage = 0
        var lineStart = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" || index == scalars.count - 1 {
            let end = scalar == "\n" ? index : index + 1
            let page = page(at: lineStart)
            if page != currentPage && end > lineStart {
                out += "--- page \(page) ---\n"
                currentPage = page
            }
            out += slice(lineStart, end) + "\n"
            lineStart = index + 1
        }
        return out
    }
}
