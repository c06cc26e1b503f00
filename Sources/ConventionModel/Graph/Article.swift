/// A structural unit of the convention with its heading: préambule, titre, axe, article,
/// section, annexe.
///
/// `Article 2.1.3 : Conditions d'affectation des CEF` →
/// `Article(id: "A12", kind: .article, number: "2.1.3", title: "Conditions d'affectation des CEF", parent: "A9")`
public struct Article: Sendable, Hashable, Codable, Identifiable {
    /// The kind of unit, from the keyword or numbering of its heading.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case preamble, title, part, chapter, axis, article, section, annex
    }

    public var id: String
    public var kind: Kind
    /// The number as written without its keyword (`"1"` for `Article 1er`), nil for a préambule.
    @Nullable public var number: String?
    @Nullable public var title: String?
    /// The id of the enclosing unit.
    @Nullable public var parent: String?
    @Nullable public var span: Span?

    public init(id: String, kind: Kind, number: String?, title: String?, parent: String?, span: Span?) {
        self.id = id
        self.kind = kind
        self.number = number
        self.title = title
        self.parent = parent
        self.span = span
    }
}
