import ConventionModel

/// A commitment the convention places on someone who did not sign it (a duty of the graph),
/// listed apart from the parties' obligations: the parties may have to see it done, but it
/// is not theirs.
///
/// `Le stagiaire doit respecter le règlement intérieur de l'entreprise` →
/// `ChecklistDuty(id: "D1", subject: "le stagiaire", modality: .obligation,
///                text: "respecter le règlement intérieur de l'entreprise")`.
public struct ChecklistDuty: Sendable, Hashable, Identifiable {
    /// The duty's id in the graph (`D1`).
    public var id: String
    /// Who owes it, as written (`l'employeur`, `le stagiaire`).
    public var subject: String
    public var modality: Obligation.Modality
    public var text: String
    public var article: ArticleReference?
    /// 1-based page (1 for a text file).
    public var page: Int?

    public init(id: String, subject: String, modality: Obligation.Modality, text: String, article: ArticleReference?, page: Int?) {
        self.id = id
        self.subject = subject
        self.modality = modality
        self.text = text
        self.article = article
        self.page = page
    }

    /// `Le stagiaire` — the subject with a capital, for a cell.
    public var subjectTitle: String {
        subject.prefix(1).uppercased() + subject.dropFirst()
    }
}
