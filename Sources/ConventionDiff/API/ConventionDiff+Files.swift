import ClauseParser
import ConventionModel
import DocumentText

extension ConventionDiff {
    /// Reads and parses two files (PDF, `.txt` or `.md`; `-` for standard input) and compares
    /// them; `password` opens whichever PDF is encrypted; each reading warning (such as a
    /// Windows-1252 text) goes to `warn`.
    ///
    /// ```swift
    /// let report = try ConventionDiff.compare(oldFile: "convention-2021.pdf", newFile: "convention-2024.pdf",
    ///                                         parser: try ConventionParser())
    /// ```
    /// Throws the reader's ``DocumentTextError`` for a missing, empty, scanned or damaged file.
    public static func compare(oldFile: String, newFile: String, parser: ConventionParser, password: String? = nil,
                               warn: (String) -> Void = { _ in }) throws -> ConventionDiffReport {
        let (oldText, oldGraph) = try parser.parse(file: oldFile, password: password, warn: warn)
        let (newText, newGraph) = try parser.parse(file: newFile, password: password, warn: warn)
        return compare(old: oldGraph, oldText: oldText.text, oldPageStarts: pageStarts(of: oldText),
                       new: newGraph, newText: newText.text, newPageStarts: pageStarts(of: newText))
    }

    /// The offsets of the normalised text where each page starts (`NormalizedText` keeps them
    /// as offsets of the raw text).
    ///
    /// A text of three pages → `[0, 2412, 5080]`.
    public static func pageStarts(of text: NormalizedText) -> [Int] {
        guard !text.scalars.isEmpty else { return [0] }
        var starts = [0]
        var page = 1
        for offset in text.scalars.indices {
            let here = text.page(at: offset)
            if here > page {
                for _ in page..<here { starts.append(offset) }
                page = here
            }
        }
        return starts
    }
}
