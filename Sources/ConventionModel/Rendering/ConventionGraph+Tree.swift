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
        out.append("\(document.title ?? document.source) (\(Self.kindLabels[document.kind] ?? document.kind.rawValue), \(document.pages) page\(document.pages == 1 ? "" : "s"))")
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
            var line = "  \(obligation.id) [\(obligation.debtors.joined(separator: ", "))] \(Self.modalityLabels[obligation.modality] ?? obligation.modality.rawValue)"
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
        if !duties.isEmpty {
            out.append("Engagements de tiers")
            for duty in duties {
                var line = "  \(duty.id) [\(duty.subject)] \(Self.modalityLabels[duty.modality] ?? duty.modality.rawValue)"
                if let trigger = duty.trigger { line += " · \(trigger)" }
                line += " · \(duty.text)"
                let notes = [duty.article, duty.span.map { "p. \($0.page)" }].compactMap { $0 }
                if !notes.isEmpty { line += " (\(notes.joined(separator: ", ")))" }
                out.append(line)
            }
        }
        out.append("Durée")
        if let duration = term.duration { out.append("  durée: \(duration.text) (\(duration.period))") }
        if let effective = term.effective { out.append("  effet: \(effective.text)" + (effective.date.map { " (\($0))" } ?? "")) }
        if let end = term.end { out.append("  fin: \(end.text)" + (end.date.map { " (\($0))" } ?? "")) }
        if let renewal = term.renewal { out.append("  reconduction: \(renewal.kind.flatMap { Self.renewalLabels[$0] } ?? "?") — \(renewal.text)") }
        if !notices.isEmpty {
            out.append("Préavis")
            for notice in notices { out.append("  \(notice.id) \(Self.purposeLabels[notice.purpose] ?? notice.purpose.rawValue) · \(notice.text)" + (notice.period.map { " (\($0))" } ?? "")) }
        }
        if !amounts.isEmpty {
            out.append("Montants")
            for amount in amounts { out.append("  \(amount.text) = \(amount.value) \(amount.currency)" + (amount.article.map { " (\($0))" } ?? "")) }
        }
        if !committees.isEmpty {
            out.append("Comités")
            for committee in committees {
                out.append("  \(committee.name)" + (committee.acronym.map { " (\($0))" } ?? "") + (committee.frequency.map { " · \($0.text)" } ?? ""))
            }
        }
        if !indicators.isEmpty {
            out.append("Indicateurs")
            for indicator in indicators { out.append("  \(indicator.text)") }
        }
        if !references.isEmpty {
            out.append("Références")
            for reference in references { out.append("  \(reference.text)") }
        }
        if let deliberation {
            out.append("Délibération")
            out.append("  \([deliberation.number, deliberation.date, deliberation.body].compactMap { $0 }.joined(separator: " · "))")
        }
        if !findings.isEmpty {
            out.append("Constats")
            for finding in findings { out.append("  \(finding.code): \(finding.message)") }
        }
        return out.joined(separator: "\n")
    }

    static let kindLabels: [DocumentInfo.Kind: String] = [.convention: "convention", .deliberation: "délibération", .avenant: "avenant", .unknown: "type inconnu"]
    static let modalityLabels: [Obligation.Modality: String] = [.obligation: "obligation", .prohibition: "interdiction", .permission: "faculté"]
    static let renewalLabels: [Renewal.Kind: String] = [.tacit: "tacite", .express: "expresse", .none: "aucune"]
    static let purposeLabels: [NoticePeriod.Purpose: String] = [.termination: "résiliation", .renewal: "non-reconduction", .breach: "manquement",
                                                                 .modification: "modification", .other: "autre"]
}
