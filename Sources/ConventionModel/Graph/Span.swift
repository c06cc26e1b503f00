/// Where a mention sits: Unicode-scalar offsets into the normalised text, and its page.
///
/// `"La Région s'engage à …"` at offsets 5000–5120 of page 2 → `Span(start: 5000, end: 5120, page: 2)`.
public struct Span: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    /// 1-based page; 1 for text input.
    public var page: Int

    public init(start: Int, end: Int, page: Int) {
        self.start = start
        self.end = end
        self.page = page
    }
}
