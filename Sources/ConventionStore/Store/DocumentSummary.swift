import ConventionModel

/// One stored document as `clausier list` shows it: what it is, when it was ingested, and
/// where it stands in its lineage.
///
/// `#7  2025-03-02 09:14  convention  CONVENTION DE COOPÉRATION 2025-2027  Département de la
/// Haute-Vienne; Mission locale …  4 p.  21 obl.  supersedes #3`
public struct DocumentSummary: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    /// UTC, `2025-03-02T09:14:05Z`.
    public var ingestedAt: String
    public var title: String?
    public var kind: DocumentInfo.Kind
    public var parties: [String]
    public var pages: Int
    public var obligations: Int
    public var fileName: String
    public var sha256: String
    public var parserVersion: String
    /// `YYYY-MM-DD`, when the text states them.
    public var effectiveDate: String?
    public var endDate: String?
    public var deliberationDate: String?
    /// The previous version this document replaces.
    public var supersedes: Int64?
    /// The next version, which replaces this one.
    public var supersededBy: Int64?
    /// Why `supersedes` was set: the matching evidence, or `--supersedes`.
    public var linkReason: String?

    public init(id: Int64, ingestedAt: String, title: String?, kind: DocumentInfo.Kind, parties: [String], pages: Int,
                obligations: Int, fileName: String, sha256: String, parserVersion: String, effectiveDate: String?,
                endDate: String?, deliberationDate: String?, supersedes: Int64?, supersededBy: Int64?, linkReason: String?) {
        self.id = id
        self.ingestedAt = ingestedAt
        self.title = title
        self.kind = kind
        self.parties = parties
        self.pages = pages
        self.obligations = obligations
        self.fileName = fileName
        self.sha256 = sha256
        self.parserVersion = parserVersion
        self.effectiveDate = effectiveDate
        self.endDate = endDate
        self.deliberationDate = deliberationDate
        self.supersedes = supersedes
        self.supersededBy = supersededBy
        self.linkReason = linkReason
    }
}
