extension ConventionDiffReport {
    /// The report as Markdown: a section per field, a list item per change with its word diff
    /// (`~~deleted~~ **inserted**`), then a table per party.
    ///
    /// ```markdown
    /// ## Préavis
    /// - ~ **préavis (résiliation) modifié : 1 mois → 3 mois (article 6)**
    ///   … à l'expiration d'un délai ~~d'un~~ **de trois** mois suivant …
    /// ```
    public func markdownDescription() -> String {
        var lines = ["# Comparaison de deux versions d'une convention", ""]
        lines.append("| version | fichier | titre |")
        lines.append("|---|---|---|")
        lines.append("| ancienne | \(Self.md(old.source)) | \(Self.md(old.title ?? "—")) |")
        lines.append("| nouvelle | \(Self.md(new.source)) | \(Self.md(new.title ?? "—")) |")
        lines.append("")
        if let warning = ChangeLabels.unrelatedWarning(self) {
            lines.append("> **\(Self.md(warning))**")
        } else {
            lines.append("**\(Self.count(changes.count, meaning: meaningChanges.count))**")
        }
        let meaning = ChangeLabels.meaningGroups(of: self)
        if !meaning.isEmpty { lines += ["", "## Ce qui change pour chaque partie"] }
        for group in meaning {
            lines += ["", "### \(Self.md(group.title))", ""]
            for change in group.changes {
                let pages = ChangeLabels.pages(change)
                let headline: String = ChangeLabels.meaningTag(change) + ChangeLabels.headline(change, in: self)
                var line = "- " + ChangeLabels.mark(change.kind) + " " + Self.md(headline)
                if !pages.isEmpty { line += " — " + pages }
                if change.field == .obligation, let text = change.after ?? change.before { line += " : " + Self.md(text) }
                lines.append(line)
            }
        }
        for section in ChangeLabels.sections(of: self) {
            lines += ["", "## \(section.title)"]
            for group in section.groups {
                if let title = group.title { lines += ["", "### \(Self.md(title))"] }
                lines.append("")
                for change in group.changes {
                    let pages = ChangeLabels.pages(change)
                    let headline: String = ChangeLabels.meaningTag(change) + ChangeLabels.headline(change, in: self)
                    lines.append("- " + ChangeLabels.mark(change.kind) + " **" + Self.md(headline) + "**" + (pages.isEmpty ? "" : " — " + pages))
                    let body = ChangeBody(change)
                    if let diff = body.diff { lines.append("  " + Self.mdDiff(diff)) }
                    if let text = body.text { lines.append("  " + Self.md(text)) }
                    for detail in body.details { lines.append("  *\(Self.md(detail))*") }
                    // Consecutive lines of one item are joined by a hard break.
                    let count = 1 + (body.diff == nil ? 0 : 1) + (body.text == nil ? 0 : 1) + body.details.count
                    for index in (lines.count - count)..<(lines.count - 1) { lines[index] += "  " }
                }
            }
        }
        lines += ["", "## Par partie", "", "| partie | statut | changements | obligations ajoutées | supprimées | modifiées | déplacées |",
                  "|---|---|---:|---:|---:|---:|---:|"]
        for party in summary.parties {
            let name = ChangeLabels.partyName(party, in: self), status = ChangeLabels.statusName(party.status)
            lines.append("| \(Self.md(name)) | \(status) | \(party.changes) | \(party.obligationsAdded) | \(party.obligationsRemoved) | \(party.obligationsModified) | \(party.obligationsMoved) |")
        }
        if !changes.isEmpty {
            let marks = ChangeLabels.legend.filter { !$0.mark.hasPrefix("[-") && !$0.mark.hasPrefix("{+") }
            lines += ["", "*Légende : " + Self.md(marks.map { "\($0.mark) \($0.meaning)" }.joined(separator: " · "))
                + " · mots barrés : supprimés · mots en gras : insérés*"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text with Markdown's special characters escaped.
    static func md(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|~#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    static func mdDiff(_ segments: [DiffSegment]) -> String {
        segments.enumerated().map { index, segment in
            let trimmed = segment.text.hasSuffix(" ") ? String(segment.text.dropLast()) : segment.text
            let followed = index + 1 < segments.count && segments[index + 1].op == .insert
            let space = segment.text.hasSuffix(" ") || (segment.op == .delete && followed) ? " " : ""
            switch segment.op {
            case .equal: return md(segment.text)
            case .delete: return trimmed.isEmpty ? segment.text : "~~\(md(trimmed))~~" + space
            case .insert: return trimmed.isEmpty ? segment.text : "**\(md(trimmed))**" + space
            }
        }.joined()
    }
}
