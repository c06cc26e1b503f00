/// The whole text of a renewal with the words deleted from the old version and inserted in the
/// new one in place, paragraph by paragraph, each paragraph with the article it belongs to and
/// its page in each version — what a lawyer reads to sign off a renewal.
///
/// `Article 5 … pour une durée d'un an` → `… de trois ans` gives the paragraph
/// `Redline.Paragraph(article: "article 5", oldPage: 2, newPage: 2,
///                    segments: [equal "La présente convention est conclue pour une durée ", delete "d'un an", insert "de trois ans", …])`.
public struct Redline: Sendable, Hashable {
    /// One paragraph of the redline.
    public struct Paragraph: Sendable, Hashable {
        /// The unit it belongs to (`article 5`, `opening`), in the new version unless only the old one has it.
        public var article: String
        /// Whether the paragraph opens its unit (its heading), for the margin.
        public var opensUnit: Bool
        /// The page in the old version, nil for a paragraph only the new one has.
        public var oldPage: Int?
        public var newPage: Int?
        public var segments: [DiffSegment]

        public init(article: String, opensUnit: Bool, oldPage: Int?, newPage: Int?, segments: [DiffSegment]) {
            self.article = article
            self.opensUnit = opensUnit
            self.oldPage = oldPage
            self.newPage = newPage
            self.segments = segments
        }

        /// Whether any word of the paragraph was deleted or inserted.
        public var hasChanges: Bool { segments.hasChanges }
    }

    public var paragraphs: [Paragraph]

    public init(paragraphs: [Paragraph]) {
        self.paragraphs = paragraphs
    }
}
