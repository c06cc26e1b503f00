extension ConventionDiffReport {
    /// The report for a terminal: one section per field, one line per change, the word diff
    /// under it (`[-deleted-] {+inserted+}`, or red and green with `colour`), then a summary per
    /// party.
    ///
    /// ```
    /// Durée, prise d'effet, échéance et reconduction
    ///   ~ durée modifiée : 1 an → 3 ans (article 5)
    ///       pour une durée [-d'un an-] {+de trois ans+}
    /// ```
    public func textDescription(colour: Bool = false) -> String {
        let style = TextStyle(colour: colour)
        var lines: [String] = []
        lines.append(style.bold("Ancienne version : ") + old.source + (old.title.map { " — \($0)" } ?? ""))
        lines.append(style.bold("Nouvelle version : ") + new.source + (new.title.map { " — \($0)" } ?? ""))
        if let warning = ChangeLabels.unrelatedWarning(self) {
            lines.insert(style.bold(warning), at: 0)
        } else {
            lines.append(Self.count(changes.count, meaning: meaningChanges.count))
        }
        let meaning = ChangeLabels.meaningGroups(of: self)
        if !meaning.isEmpty {
            lines.append("")
            lines.append(style.bold("Ce qui change pour chaque partie"))
            for group in meaning {
                lines.append("  " + style.bold(group.title))
                for change in group.changes {
                    let pages = ChangeLabels.pages(change)
                    lines.append("    " + style.kind(change.kind, ChangeLabels.mark(change.kind) + " " + ChangeLabels.meaningTag(change)
                        + ChangeLabels.headline(change, in: self)) + (pages.isEmpty ? "" : style.dim(" — " + pages)))
                    guard change.field == .obligation else { continue }
                    if let text = change.after ?? change.before { lines.append("        " + text) }
                    if change.kind == .modified { lines += ChangeBody(change).details.map { "        " + style.dim($0) } }
                }
            }
        }
        for section in ChangeLabels.sections(of: self) {
            lines.append("")
            lines.append(style.bold(section.title))
            for group in section.groups {
                var indent = "  "
                if let title = group.title {
                    lines.append("  " + style.bold(title))
                    indent = "    "
                }
                for change in group.changes { lines += changeLines(change, indent: indent, style: style) }
            }
        }
        lines.append("")
        lines.append(style.bold("Par partie"))
        for party in summary.parties { lines.append("  " + partyLine(party)) }
        if !changes.isEmpty {
            lines.append("")
            lines.append(style.dim("Légende : " + ChangeLabels.legend.map { "\($0.mark) \($0.meaning)" }.joined(separator: " · ")))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `5 changements, dont 2 de fond`, `Aucun changement.`
    static func count(_ total: Int, meaning: Int) -> String {
        guard total > 0 else { return "Aucun changement." }
        return "\(total) changement\(total > 1 ? "s" : "")" + (meaning > 0 ? ", dont \(meaning) de fond" : "")
    }

    private func changeLines(_ change: ConventionChange, indent: String, style: TextStyle) -> [String] {
        let head = ChangeLabels.mark(change.kind) + " " + ChangeLabels.meaningTag(change) + ChangeLabels.headline(change, in: self)
        let pages = ChangeLabels.pages(change)
        var lines = [indent + style.kind(change.kind, head) + (pages.isEmpty ? "" : style.dim(" — " + pages))]
        let body = ChangeBody(change), more = indent + "    "
        if let diff = body.diff { lines.append(more + style.diff(diff)) }
        if let text = body.text { lines.append(more + text) }
        lines += body.details.map { more + style.dim($0) }
        return lines
    }

    /// `P2 France Travail (anciennement Pôle Emploi) — renommée — 3 changements (obligations : 1 ajoutée, 1 modifiée)`.
    private func partyLine(_ party: PartySummary) -> String {
        var line = ChangeLabels.partyName(party, in: self)
        if party.status != .kept { line += " — " + ChangeLabels.statusName(party.status) }
        line += " — \(party.changes) changement\(party.changes > 1 ? "s" : "")"
        let counts = [(party.obligationsAdded, "ajoutée"), (party.obligationsRemoved, "supprimée"),
                      (party.obligationsModified, "modifiée"), (party.obligationsMoved, "déplacée")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 > 1 ? "s" : "")" }
        if !counts.isEmpty { line += " (obligations : \(counts.joined(separator: ", ")))" }
        return line
    }
}

/// ANSI styling, or plain marks when colour is off.
struct TextStyle {
    let colour: Bool

    private func ansi(_ code: String, _ text: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    func bold(_ text: String) -> String { ansi("1", text) }
    func dim(_ text: String) -> String { ansi("2", text) }

    func kind(_ kind: ConventionChange.Kind, _ text: String) -> String {
        switch kind {
        case .added: ansi("32", text)
        case .removed: ansi("31", text)
        case .modified: ansi("33", text)
        default: ansi("36", text)
        }
    }

    /// Deleted words red and struck through, inserted green and underlined; without colour,
    /// `[-…-]` and `{+…+}`.
    func diff(_ segments: [DiffSegment]) -> String {
        segments.enumerated().map { index, segment in
            let text = segment.text
            let trimmed = text.hasSuffix(" ") ? String(text.dropLast()) : text
            let followed = index + 1 < segments.count && segments[index + 1].op == .insert
            let space = text.hasSuffix(" ") || (segment.op == .delete && followed) ? " " : ""
            switch segment.op {
            case .equal: return text
            case .delete: return (colour ? ansi("31;9", trimmed) : "[-\(trimmed)-]") + space
            case .insert: return (colour ? ansi("32;4", trimmed) : "{+\(trimmed)+}") + space
            }
        }.joined()
    }
}
