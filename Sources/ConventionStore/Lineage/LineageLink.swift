/// Where a new document was put in a lineage.
///
/// `LineageLink(supersedes: 3, supersededBy: nil, reason: "same parties, title 100 % alike, later date (2021-01-01 after 2018-01-01)")`
public struct LineageLink: Sendable, Hashable {
    /// The previous version the new document replaces.
    public var supersedes: Int64?
    /// A later version already stored, which now replaces the new document.
    public var supersededBy: Int64?
    public var reason: String

    public init(supersedes: Int64?, supersededBy: Int64?, reason: String) {
        self.supersedes = supersedes
        self.supersededBy = supersededBy
        self.reason = reason
    }
}
