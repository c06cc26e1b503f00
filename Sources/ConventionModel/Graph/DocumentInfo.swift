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

    /// Reads a document header, a hand-coded model's included: `format`, `pages` and `kind` may
    /// be left out (text, 1 page, unknown).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        _sha256 = try c.decode(Nullable<String>.self, forKey: .sha256)
        format = try c.decodeIfPresent(String.self, forKey: .format) ?? "text"
        pages = try c.decodeIfPresent(Int.self, forKey: .pages) ?? 1
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .unknown
        _title = try c.decode(Nullable<String>.self, forKey: .title)
    }

    private enum CodingKeys: String, CodingKey { case source, sha256, format, pages, kind, title }
}
