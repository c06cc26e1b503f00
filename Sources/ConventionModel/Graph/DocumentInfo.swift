/// What the graph was extracted from.
///
/// `{"source": "convention.pdf", "format": "pdf", "pages": 12, "kind": "convention", …}`
public struct DocumentInfo: Sendable, Hashable, Codable {
    /// What kind of act the document is.
    public enum Kind: String, Sendable, Hashable, Codable {
        case convention, deliberation, avenant, unknown
    }

    public var source: String
    @Nullable public var sha256: String?
    public var format: String
    public var pages: Int
    public var kind: Kind
    @Nullable public var title: String?

    public init(source: String, sha256: String?, format: String, pages: Int, kind: Kind, title: String?) {
        self.source = source
        self.sha256 = sha256
        self.format = format
        self.pages = pages
        self.kind = kind
        self.title = title
    }
}
