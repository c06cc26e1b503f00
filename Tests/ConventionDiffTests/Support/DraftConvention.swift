import ConventionModel

/// A small convention written for a test: units (articles, sections) with their bodies,
/// parties and obligations, turned into the text and the graph the parser would give, spans
/// included.
///
/// ```swift
/// var draft = DraftConvention()
/// let duration = draft.article("2", "Durée", "La convention est conclue pour un an.")
/// let (graph, text) = draft.build()
/// ```
struct DraftConvention {
    struct Unit {
        var kind: Article.Kind
        var number: String?
        var title: String?
        var parent: Int?
        var body: String
    }

    struct Commitment {
        var debtors: [String]
        var modality: Obligation.Modality
        var text: String
        var unit: Int
        var frequency: Frequency?
    }

    var parties: [Party] = [
        Party(id: "P1", name: "Région Normandie", aliases: ["la Région"], address: "Abbaye-aux-Dames, Caen"),
        Party(id: "P2", name: "Pôle emploi", aliases: ["Pôle emploi"], address: "1 avenue du Docteur Gley, Paris",
              legalForm: "établissement public"),
    ]
    var units: [Unit] = []
    var commitments: [Commitment] = []

    /// Adds an article; returns its index.
    @discardableResult
    mutating func article(_ number: String, _ title: String, _ body: String, parent: Int? = nil, kind: Article.Kind = .article) -> Int {
        units.append(Unit(kind: kind, number: number, title: title, parent: parent, body: body))
        return units.count - 1
    }

    /// Adds a commitment whose text is found in the unit's body.
    mutating func commit(_ debtors: [String], _ text: String, in unit: Int, modality: Obligation.Modality = .obligation,
                         frequency: Frequency? = nil) {
        commitments.append(Commitment(debtors: debtors, modality: modality, text: text, unit: unit, frequency: frequency))
    }

    func build() -> (graph: ConventionGraph, text: String) {
        var scalars: [Unicode.Scalar] = []
        func append(_ string: String) { scalars += string.unicodeScalars }
        append("CONVENTION DE PARTENARIAT\n")
        var partySpans: [Span] = []
        for party in parties {
            let start = scalars.count
            append("\(party.name), \(party.legalForm ?? "collectivité"), située \(party.address ?? ""), ci-après « \(party.aliases.first ?? party.name) »,\n")
            partySpans.append(Span(start: start, end: scalars.count - 2, page: 1))
        }
        append("Il est convenu ce qui suit :\n\n")
        var starts: [Int] = []
        var bodyStarts: [Int] = []
        for unit in units {
            starts.append(scalars.count)
            switch unit.kind {
            case .section: append("\(unit.number ?? "")) \(unit.title ?? "")\n")
            case .axis: append("Axe \(unit.number ?? "") : \(unit.title ?? "")\n")
            default: append("Article \(unit.number ?? "") – \(unit.title ?? "")\n")
            }
            bodyStarts.append(scalars.count)
            append(unit.body + "\n\n")
        }
        func depth(_ index: Int) -> Int { units[index].parent.map { depth($0) + 1 } ?? 0 }
        var articles: [Article] = []
        for (index, unit) in units.enumerated() {
            let end = (index + 1..<units.count).first { depth($0) <= depth(index) }.map { starts[$0] } ?? scalars.count
            articles.append(Article(id: "A\(index + 1)", kind: unit.kind, number: unit.number, title: unit.title,
                                    parent: unit.parent.map { "A\($0 + 1)" }, span: Span(start: starts[index], end: end, page: 1)))
        }
        let text = String(String.UnicodeScalarView(scalars))
        var obligations: [Obligation] = []
        for (index, commitment) in commitments.enumerated() {
            let body = Array(units[commitment.unit].body.unicodeScalars), needle = Array(commitment.text.unicodeScalars)
            let offset = (0...(body.count - needle.count)).first { Array(body[$0..<($0 + needle.count)]) == needle }!
            let start = bodyStarts[commitment.unit] + offset
            obligations.append(Obligation(id: "O\(index + 1)", debtors: commitment.debtors, modality: commitment.modality,
                                          text: commitment.text, trigger: "s'engage à", article: "A\(commitment.unit + 1)",
                                          frequency: commitment.frequency, span: Span(start: start, end: start + needle.count, page: 1)))
        }
        var parties = parties
        for index in parties.indices { parties[index].span = partySpans[index] }
        let graph = ConventionGraph(document: DocumentInfo(source: "draft.txt", sha256: nil, format: "text", pages: 1, kind: .convention,
                                                           title: "CONVENTION DE PARTENARIAT"),
                                    parties: parties, articles: articles, obligations: obligations)
        return (graph, text)
    }
}
