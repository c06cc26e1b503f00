import Foundation

extension Checklist {
    /// The checklist as Markdown: a header, the key dates in date order, then per party a
    /// table of its obligations with a `[ ]` column to tick and an empty status column, its
    /// interdictions as rules to respect and its facultés (nothing to tick), and last the
    /// obligations of those who did not sign.
    ///
    /// ```markdown
    /// ## Dates clés
    /// | Date | Étape | Texte | Article | Note |
    /// | 1er janvier 2025 | Prise d'effet | du 1er janvier 2025 | | |
    /// ## Mission locale des Monts et Vallées du Limousin
    /// | Fait | Id | Obligation | Article | Page | Fréquence / délai | Échéances | Notes | Statut |
    /// | [ ] | O17 | produire, avant le 31 mars de chaque année, … | Article 8 – … | 1 | avant le 31 mars de chaque année | 31 mars 2026 (au titre de 2025) ; … | … | |
    /// ### Règles à respecter
    /// | Id | Interdiction | Article | Page | Notes |
    /// ```
    public func markdown() -> String {
        var out: [String] = []
        out.append("# Obligations — \(md(title))")
        out.append("")
        var header = ["Source : `\(source.replacingOccurrences(of: "`", with: "'"))`", ChecklistText.window(self)]
        if let party { header.append("partie : \(md(party.name))") }
        out.append(header.joined(separator: " · "))
        for note in notes {
            out.append("")
            out.append("> \(md(note))")
        }
        out.append("")
        out.append("## Dates clés")
        out.append("")
        out.append("| Date | Étape | Texte | Article | Note |")
        out.append("|---|---|---|---|---|")
        for date in keyDates {
            var when = ChecklistText.keyDate(date)
            if date.isPast(on: from) { when += " (passée)" }
            out.append(row([when, date.label, date.source.map { "« \($0) »" } ?? "", date.article?.label ?? "", date.note ?? ""]))
        }
        for section in sections {
            out.append("")
            out.append("## \(md(section.title))")
            let tasks = section.tasks
            if !tasks.isEmpty {
                out.append("")
                out.append("| Fait | Id | Obligation | Article | Page | Fréquence / délai | Échéances | Notes | Statut |")
                out.append("|---|---|---|---|---|---|---|---|---|")
                for item in tasks {
                    out.append("| [ ] | \(id(item)) | " + [
                        ChecklistText.text(item), item.article?.label ?? "", item.page.map(String.init) ?? "",
                        item.timing ?? "", dueDates(item), ChecklistText.notes(item), item.status,
                    ].map(md).joined(separator: " | ") + " |")
                }
            }
            for (heading, column, rows) in [("Règles à respecter", "Interdiction", section.rules), ("Facultés", "Faculté", section.rights)]
            where !rows.isEmpty {
                out.append("")
                out.append("### \(heading)")
                out.append("")
                out.append("| Id | \(column) | Article | Page | Notes |")
                out.append("|---|---|---|---|---|")
                for item in rows {
                    out.append("| \(id(item)) | " + [
                        ChecklistText.text(item), item.article?.label ?? "", item.page.map(String.init) ?? "", ChecklistText.notes(item),
                    ].map(md).joined(separator: " | ") + " |")
                }
            }
        }
        if items.isEmpty {
            out.append("")
            out.append(party.map { "_Aucune obligation de \(md($0.name)) dans ce document._" } ?? "_Aucune obligation dans ce document._")
        }
        if !duties.isEmpty {
            out.append("")
            out.append("## \(ChecklistText.dutiesTitle)")
            out.append("")
            out.append("> \(md(ChecklistText.dutiesNote))")
            out.append("")
            out.append("| Id | Qui | Obligation | Modalité | Article | Page |")
            out.append("|---|---|---|---|---|---|")
            for duty in duties {
                out.append(row([duty.id, duty.subjectTitle, duty.text, duty.modality.french, duty.article?.label ?? "",
                                duty.page.map(String.init) ?? ""]))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `O7`, `O7 **nouvelle**`, `O7 **modifiée**`.
    private func id(_ item: ChecklistItem) -> String {
        md(item.id) + (item.change.map { " **\($0.french)**" } ?? "")
    }

    /// `31 mars 2025 ; 31 mars 2026 ; … et 3 autres jusqu'au 31 mars 2030`.
    private func dueDates(_ item: ChecklistItem) -> String {
        let shown = item.dueDates.prefix(ChecklistText.shownDueDates).map(ChecklistText.long)
        var text = shown.joined(separator: " ; ")
        let rest = item.dueDates.count - shown.count
        if rest > 0, let last = item.dueDates.last {
            text += " ; … et \(rest) autre\(rest > 1 ? "s" : "") jusqu'au \(FrenchCalendar.long(last.date))"
        }
        return text
    }

    private func row(_ cells: [String]) -> String {
        "| " + cells.map(md).joined(separator: " | ") + " |"
    }

    /// A table cell or heading: one line, Markdown punctuation escaped.
    private func md(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\n", "\r", "\t": out.append(" ")
            case "\\", "|", "*", "_", "`", "[", "]", "<", ">", "#": out.append("\\"); out.append(c)
            default: out.append(c)
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
