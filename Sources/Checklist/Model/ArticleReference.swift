import ConventionModel

/// Where a clause sits, as a reader cites it: the innermost article (or annex, axis…) with
/// the sections inside it.
///
/// An obligation in section `a. Accompagnement des jeunes` of `Article 4 – Engagements de la
/// Mission locale` → `ArticleReference(number: "4 › a", title: "Engagements de la Mission locale ›
/// Accompagnement des jeunes", label: "Article 4 – Engagements de la Mission locale › a. Accompagnement des jeunes")`.
public struct ArticleReference: Sendable, Hashable {
    /// The id in the graph (`A12`).
    public var id: String
    /// Numbers from the article down, joined by ` › ` (`4 › a`); empty for a préambule.
    public var number: String
    /// Titles from the article down, joined by ` › `.
    public var title: String
    /// `Article 4 – Engagements de la Mission locale › a. Accompagnement des jeunes`.
    public var label: String

    public init(id: String, number: String, title: String, label: String) {
        self.id = id
        self.number = number
        self.title = title
        self.label = label
    }

    /// The reference of unit `id` of `graph`, nil when the graph has no such unit.
    public init?(_ id: String?, in graph: ConventionGraph) {
        guard let id, var unit = graph.article(id) else { return nil }
        var chain = [unit]
        var seen: Set<String> = [unit.id]
        while unit.kind == .section, let parentID = unit.parent, let parent = graph.article(parentID), !seen.contains(parentID) {
            chain.insert(parent, at: 0)
            seen.insert(parentID)
            unit = parent
        }
        self.id = id
        number = chain.compactMap(\.number).joined(separator: " › ")
        title = chain.compactMap(\.title).joined(separator: " › ")
        label = chain.enumerated().map { index, unit in
            Self.heading(unit, first: index == 0)
        }.joined(separator: " › ")
    }

    /// `Article 4 – Engagements`, `a. Accompagnement des jeunes`, `Préambule`.
    private static func heading(_ unit: Article, first: Bool) -> String {
        let keyword: String? = switch unit.kind {
        case .preamble: "Préambule"
        case .title: "Titre"
        case .part: "Partie"
        case .chapter: "Chapitre"
        case .axis: "Axe"
        case .article: "Article"
        case .annex: "Annexe"
        case .section: nil
        }
        var head: String
        if let keyword {
            head = [keyword, unit.number].compactMap { $0 }.joined(separator: " ")
            if unit.kind == .preamble, let title = unit.title, title.lowercased() != "préambule" { head += " – \(title)" }
            else if unit.kind != .preamble, let title = unit.title { head += " – \(title)" }
        } else {
            let number = unit.number.map { $0.last.map { ".)°".contains($0) } == true ? $0 : $0 + "." }
            head = [number, unit.title].compactMap { $0 }.joined(separator: " ")
        }
        return head
    }
}
