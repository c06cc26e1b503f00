/// The typed graph of one convention: who promised what, until when, and how it ends.
/// Its JSON form is the contract other tools read (`clausier extract --format json`).
///
/// ```json
/// {"schemaVersion": 1, "document": {…}, "parties": [{"id": "P1", "name": "Pôle emploi", …}],
///  "obligations": [{"id": "O1", "debtors": ["P1"], "modality": "obligation", …}], …}
/// ```
public struct ConventionGraph: Sendable, Hashable, Codable {
    /// Bumped only for a breaking change of the JSON contract.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var document: DocumentInfo
    @DefaultEmpty public var parties: [Party]
    @DefaultEmpty public var articles: [Article]
    @DefaultEmpty public var obligations: [Obligation]
    /// Commitments of persons or bodies that are not parties.
    @DefaultEmpty public var duties: [Duty]
    public var term: Term
    @DefaultEmpty public var notices: [NoticePeriod]
    @DefaultEmpty public var amounts: [Amount]
    @DefaultEmpty public var percentages: [Percentage]
    @DefaultEmpty public var committees: [Committee]
    @DefaultEmpty public var indicators: [Indicator]
    @DefaultEmpty public var references: [LegalReference]
    @Nullable public var deliberation: Deliberation?
    @DefaultEmpty public var findings: [Finding]

    public init(document: DocumentInfo, parties: [Party] = [], articles: [Article] = [], obligations: [Obligation] = [],
                duties: [Duty] = [], term: Term = Term(), notices: [NoticePeriod] = [], amounts: [Amount] = [], percentages: [Percentage] = [],
                committees: [Committee] = [], indicators: [Indicator] = [], references: [LegalReference] = [],
                deliberation: Deliberation? = nil, findings: [Finding] = []) {
        self.schemaVersion = Self.currentSchemaVersion
        self.document = document
        self.parties = parties
        self.articles = articles
        self.obligations = obligations
        self.duties = duties
        self.term = term
        self.notices = notices
        self.amounts = amounts
        self.percentages = percentages
        self.committees = committees
        self.indicators = indicators
        self.references = references
        self.deliberation = deliberation
        self.findings = findings
    }

    /// The party with this id.
    public func party(_ id: String) -> Party? { parties.first { $0.id == id } }

    /// The article with this id.
    public func article(_ id: String) -> Article? { articles.first { $0.id == id } }
}
