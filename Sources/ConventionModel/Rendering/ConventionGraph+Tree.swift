/// The readable tree that `clausier extract --format text` prints.
///
/// ```
/// Convention de partenariat entre la Métropole … (convention, 7 pages)
/// Parties
///   P1 Métropole Aix-Marseille Provence « la Métropole » — Martine Vassal (Présidente)
/// Articles
///   A1 Article 1 — Objet de la convention
///     A2 Axe 1 — Partager l'information
/// Obligations
///   O1 [P1, P2] obligation · s'engagent à · partager régulièrement … (A3, p. 2)
/// ```
extension ConventionGraph {
    public func treeDescription() -> String {
        var out: [String] = []
        out.append("\(document.title ?? document.source) (\(document.kind.rawValue), \(document.pages) page\(document.pages == 1 ? "" : "s"))")
        out.append("Parties")
        for party in parties {
            var line = "  \(party.id) \(party.name)"
            if !party.aliases.isEmpty { line += " " + party.aliases.map { "« \($0) »" }.joined(separator: " ") }
            if !party.representatives.isEmpty {
                line += " — " + party.representatives.map { rep in rep.role.map { "\(rep.name) (\($0))" } ?? rep.name }.joined(separator: ", ")
            }
            out.append(line)
        }
        out.append("Articles")
        var depth: [String: Int] = [:]
        for article in articles {
            let level = article.parent.flatMap { depth[$0] }.map { $0 + 1 } ?? 0
            depth[article.id] = level
            let label = [article.kind.rawValue, article.number].compactMap { $0 }.joined(separator: " ")
            out.append(String(repeating: "  ", count: level + 1) + "\(article.id) \(label)" + (article.title.map { " — \($0)" } ?? ""))
        }
        out.append("Obligations")
        for obligation in obligations {
            var line = "  \(obligation.id) [\(obligation.debtors.joined(separator: ", "))] \(obligation.modality.rawValue)"
            if let trigger = obligation.trigger { line += " · \(trigger)" }
            line += " · \(obligation.text)"
            var notes: [String] = []
            if let frequency = obligation.frequency { notes.append("fréquence: \(frequency.text)") }
            if let deadline = obligation.deadline { notes.append("échéance: \(deadline.text)") }
            if let article = obligation.article { notes.append(article) }
            if let page = obligation.span?.page { notes.append("p. \(page)") }
            if !notes.isEmpty { line += " (\(notes.joined(separator: ", ")))" }
            out.append(line)
        }
        out.append("Term")
        if let duration = term.duration { out.append("  durée: \(duration.text) (\(duration.period))") }
        if let effective = term.effective { out.append("  effet: \(effective.text)" + (effective.date.map { " (\($0))" } ?? "")) }
        if let end = term.end { out.append("  fin: \(end.text)" + (end.date.map { " (\($0))" } ?? "")) }
        if let renewal = term.renewal { out.append("  reconduction: \(renewal.kind?.rawValue ?? "?") — \(renewal.text)") }
        if !notices.isEmpty {
            out.append("Notices")
            for notice in notices { out.append("  \(notice.id) \(notice.purpose.rawValue) · \(notice.text)" + (notice.period.map { " (\($0))" } ?? "")) }
        }
        if !amounts.isEmpty {
            out.append("Amounts")
            for amount in amounts { out.append("  \(amount.text) = \(amount.value) \(amount.currency)" + (amount.article.map { " (\($0))" } ?? "")) }
        }
        if !committees.isEmpty {
            out.append("Committees")
            for committee in committees {
                out.append("  \(committee.name)" + (committee.acronym.map { " (\($0))" } ?? "") + (committee.frequency.map { " · \($0.text)" } ?? ""))
            }
        }
        if !indicators.isEmpty {
            out.append("Indicators")
            for indicator in indicators { out.append("  \(indicator.text)") }
        }
        if !references.isEmpty {
            out.append("References")
            for reference in references { out.append("  \(reference.text)") }
        }
        if let deliberation {
            out.append("Deliberation")
            out.append("  \([deliberation.number, deliberation.date, deliberation.body].compactMap { $0 }.joined(separator: " · "))")
        }
        if !findings.isEmpty {
            out.append("Findings")
            for finding in findings { out.append("  \(finding.code): \(finding.message)") }
        }
        return out.joined(separator: "\n")
    }
}
