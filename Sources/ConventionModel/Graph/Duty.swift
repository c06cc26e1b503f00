/// A commitment the convention places on someone who did not sign it: a person or body named
/// as the subject of a binding phrase (`le stagiaire doit respecter le règlement intérieur`,
/// `l'employeur s'engage à …`). Kept apart from the parties' obligations, never dropped.
///
/// ```json
/// {"id": "D1", "subject": "le stagiaire", "modality": "obligation", "trigger": "doit",
///  "text": "respecter le règlement intérieur de l'entreprise", "article": "A5"}
/// ```
public struct Duty: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// The subject as written (`l'employeur`, `la caisse locale`).
    public var subject: String
    public var modality: Obligation.Modality
    @Nullable public var trigger: String?
    /// The action, without its subject and binding phrase.
    public var text: String
    @Nullable public var article: String?
    @Nullable public var span: Span?

    public init(id: String, subject: String, modality: Obligation.Modality, trigger: String?, text: String,
                article: String?, span: Span? = nil) {
        self.id = id
        self.subject = subject
        self.modality = modality
        self.trigger = trigger
        self.text = text
        self.article = article
        self.span = span
    }
}
