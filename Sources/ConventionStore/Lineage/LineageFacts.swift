import ConventionModel

/// What lineage matching compares of one document: kind, title, object, parties, dates, and
/// its current link.
struct LineageFacts: Sendable {
    var id: Int64
    var kind: DocumentInfo.Kind
    var title: String?
    /// The text of the `Objet` article, else the opening of the document.
    var objectText: String?
    var parties: [String]
    var effectiveDate: String?
    var endDate: String?
    var deliberationDate: String?
    var supersedes: Int64?

    /// The date that orders versions: a deliberation's date, else when the convention takes
    /// effect, else when it ends.
    var versionDate: String? {
        kind == .deliberation
            ? deliberationDate ?? effectiveDate ?? endDate
            : effectiveDate ?? endDate ?? deliberationDate
    }

    /// Deliberations are versions of deliberations; conventions, avenants and unknown acts of
    /// one another.
    func canBeVersion(of other: LineageFacts) -> Bool {
        (kind == .deliberation) == (other.kind == .deliberation)
    }
}

extension LineageFacts {
    /// How many scalars of the `Objet` article (or of the opening) are kept for matching.
    static let objectLength = 800

    /// The facts of a graph about to be stored (its id not known yet).
    init(graph: ConventionGraph, text: String) {
        let objectArticle = graph.articles.first { article in
            guard let title = article.title, article.span != nil else { return false }
            return Words.fold(title).contains("objet")
        }
        let scalars = Array(text.unicodeScalars)
        var range = 0..<min(scalars.count, Self.objectLength)
        if let span = objectArticle?.span, span.start < span.end, span.end <= scalars.count {
            range = span.start..<min(span.end, span.start + Self.objectLength)
        }
        self.init(id: 0, kind: graph.document.kind, title: graph.document.title,
                  objectText: range.isEmpty ? nil : String(String.UnicodeScalarView(scalars[range])),
                  parties: graph.parties.map(\.name),
                  effectiveDate: graph.term.effective?.date, endDate: graph.term.end?.date,
                  deliberationDate: graph.deliberation?.date, supersedes: nil)
    }
}
