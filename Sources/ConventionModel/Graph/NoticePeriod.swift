/// A period a party must respect before an effect on the convention itself.
///
/// `résiliée par l'une ou l'autre des parties moyennant un préavis de trois mois` →
/// `NoticePeriod(days: 90, period: "P3M", purpose: .termination)`;
/// `dans un délai de quinze jours ouvrés` → `days: 15, period: "P15D", qualifier: "ouvrés"`.
public struct NoticePeriod: Sendable, Hashable, Codable, Identifiable {
    /// What the notice is for.
    public enum Purpose: String, Sendable, Hashable, Codable, CaseIterable {
        case termination, renewal, breach, modification, other
    }

    public var id: String
    public var text: String
    /// Approximate length (a month counts 30 days), for sorting and comparing only.
    @Nullable public var days: Int?
    /// ISO 8601 in the unit written (`P3M`, `P15D`, `P0D` for without notice).
    @Nullable public var period: String?
    /// `ouvrés`, `ouvrables`, `francs`.
    @Nullable public var qualifier: String?
    /// `suivant l'envoi d'une lettre recommandée`, `avant la date anniversaire`.
    @Nullable public var anchor: String?
    public var purpose: Purpose
    @Nullable public var article: String?
    @Nullable public var span: Span?

    public init(id: String, text: String, days: Int?, period: String?, qualifier: String? = nil,
                anchor: String? = nil, purpose: Purpose, article: String? = nil, span: Span? = nil) {
        self.id = id
        self.text = text
        self.days = days
        self.period = period
        self.qualifier = qualifier
        self.anchor = anchor
        self.purpose = purpose
        self.article = article
        self.span = span
    }
}
