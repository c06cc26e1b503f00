/// The graph in Graphviz: parties and articles as nodes, an edge from each debtor to its
/// obligation and from each obligation to its article.
///
/// ```
/// digraph convention { "P1" [label="Métropole …", shape=box]; "P1" -> "O1"; "O1" -> "A3"; }
/// ```
extension ConventionGraph {
    public func dotDescription() -> String {
        var out = ["digraph convention {", "  rankdir=LR;", "  node [fontname=\"Helvetica\"];"]
        for party in parties {
            out.append("  \(Self.quote(party.id)) [label=\(Self.quote(party.name)), shape=box, style=filled, fillcolor=\"#dde8f7\"];")
        }
        for article in articles {
            let label = ([article.kind.rawValue, article.number].compactMap { $0 }.joined(separator: " ")) + (article.title.map { "\n\($0)" } ?? "")
            out.append("  \(Self.quote(article.id)) [label=\(Self.quote(label)), shape=folder];")
            if let parent = article.parent { out.append("  \(Self.quote(parent)) -> \(Self.quote(article.id)) [style=dotted];") }
        }
        for obligation in obligations {
            let label = "\(obligation.modality.rawValue)\n\(String(obligation.text.prefix(60)))"
            out.append("  \(Self.quote(obligation.id)) [label=\(Self.quote(label)), shape=note];")
            for debtor in obligation.debtors { out.append("  \(Self.quote(debtor)) -> \(Self.quote(obligation.id));") }
            if let article = obligation.article { out.append("  \(Self.quote(obligation.id)) -> \(Self.quote(article)) [arrowhead=none, color=gray];") }
        }
        out.append("}")
        return out.joined(separator: "\n")
    }

    /// A DOT string literal.
    static func quote(_ text: String) -> String {
        var escaped = ""
        for c in text {
            switch c {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default: escaped.append(c)
            }
        }
        return "\"\(escaped)\""
    }
}
