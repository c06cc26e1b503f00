import ConventionModel

/// A change the author of a renewal pair made by hand and expects the diff to report, as
/// written in the pair's `expected-changes.json`.
///
/// ```json
/// {"kind": "modified", "field": "term.duration", "parties": [], "oldArticles": ["article 5"],
///  "newArticles": ["article 5"], "before": "1 an", "after": "3 ans"}
/// ```
/// It matches a reported ``ConventionChange`` when the kind, field, parties (as a set), old and
/// new articles (as sets) agree, and the before and after values agree once folded (case,
/// accents, apostrophes, punctuation and spacing ignored; both absent agree).
public struct ExpectedChange: Sendable, Hashable, Codable {
    public var kind: ConventionChange.Kind
    public var field: ConventionChange.Field
    public var parties: [String]
    public var oldArticles: [String]
    public var newArticles: [String]
    @Nullable public var before: String?
    @Nullable public var after: String?

    public init(kind: ConventionChange.Kind, field: ConventionChange.Field, parties: [String] = [], oldArticles: [String] = [],
                newArticles: [String] = [], before: String? = nil, after: String? = nil) {
        self.kind = kind
        self.field = field
        self.parties = parties
        self.oldArticles = oldArticles
        self.newArticles = newArticles
        self.before = before
        self.after = after
    }

    /// Reads an expected change; `parties`, `oldArticles`, `newArticles`, `before` and `after`
    /// may be left out (empty, null).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(ConventionChange.Kind.self, forKey: .kind)
        field = try c.decode(ConventionChange.Field.self, forKey: .field)
        parties = try c.decodeIfPresent([String].self, forKey: .parties) ?? []
        oldArticles = try c.decodeIfPresent([String].self, forKey: .oldArticles) ?? []
        newArticles = try c.decodeIfPresent([String].self, forKey: .newArticles) ?? []
        _before = try c.decode(Nullable<String>.self, forKey: .before)
        _after = try c.decode(Nullable<String>.self, forKey: .after)
    }

    private enum CodingKeys: String, CodingKey { case kind, field, parties, oldArticles, newArticles, before, after }

    /// Whether a reported change is this one (the matching rule of `Corpus/renewals/README.md`).
    public func matches(_ change: ConventionChange) -> Bool {
        kind == change.kind && field == change.field
            && Set(parties) == Set(change.parties)
            && Set(oldArticles.map(Self.trimmed)) == Set(change.oldArticles.map(Self.trimmed))
            && Set(newArticles.map(Self.trimmed)) == Set(change.newArticles.map(Self.trimmed))
            && before.map(WordFolding.key) == change.before.map(WordFolding.key)
            && after.map(WordFolding.key) == change.after.map(WordFolding.key)
    }

    private static func trimmed(_ ref: String) -> String {
        ref.split(separator: "/").map { $0.split(separator: " ").joined(separator: " ").lowercased() }.joined(separator: "/")
    }
}
