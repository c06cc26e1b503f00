import Foundation

extension Checklist {
    /// The header row of ``csv(_:)`` with one row per obligation.
    public static let csvColumns = [
        "Type", "Id", "Changement", "Partie", "Obligation", "Modalité", "Article", "Titre de l'article", "Page",
        "Fréquence / délai", "Prochaine échéance", "Échéances", "Ambiguë", "Notes", "Statut",
    ]

    /// The header row of ``csv(_:)`` with one row per due date (``CSVOptions/Rows/dueDates``):
    /// `Échéance` is the row's date (the earlier one when ambiguous), `Début de la période` the
    /// first day of a window, `Précision` what the date is for and its other candidate.
    public static let csvDueDateColumns = [
        "Type", "Id", "Changement", "Partie", "Obligation", "Modalité", "Article", "Titre de l'article", "Page",
        "Fréquence / délai", "Échéance", "Début de la période", "Précision", "Ambiguë", "Notes", "Statut",
    ]

    /// The checklist as one CSV table (RFC 4180): the key dates first (`Type` = `date clé`),
    /// then one row per obligation (`obligation`, `règle à respecter` for an interdiction,
    /// `faculté`), then the duties of those who did not sign (`obligation d'un tiers`). Dates
    /// are ISO (`2026-03-31`) so that spreadsheets read them as dates. With
    /// ``CSVOptions/Rows/dueDates`` an obligation has one row per due date.
    ///
    /// A cell that a spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`, a
    /// tab or a carriage return, after any spaces — is written with a leading `'` and quoted
    /// (OWASP's advice against CSV injection), so that it opens as text.
    ///
    /// ```
    /// Type,Id,Changement,Partie,Obligation,Modalité,…
    /// date clé,effective,,,Prise d'effet,,,,,du 1er janvier 2025,2025-01-01,2025-01-01,,,
    /// obligation,O17,,Mission locale …,"produire, avant le 31 mars de chaque année, …",obligation,8,…
    /// obligation,O18,,Mission locale …,"'=HYPERLINK(…)",obligation,…
    /// ```
    public func csv(_ options: CSVOptions = CSVOptions()) -> Data {
        var rows: [[String]] = []
        switch options.rows {
        case .obligations:
            rows.append(Self.csvColumns)
            for date in keyDates {
                rows.append([
                    "date clé", date.key, "", "", date.label, "", date.article?.number ?? "", date.article?.title ?? "", "",
                    date.source ?? "", date.date.map { $0.earliest.iso } ?? "", date.date.map(ChecklistText.iso) ?? "",
                    date.date?.isAmbiguous == true ? "oui" : "", date.note ?? "", "",
                ])
            }
            for item in items {
                rows.append(head(item) + [
                    item.dueDates.first.map { $0.date.earliest.iso } ?? "",
                    item.dueDates.map(ChecklistText.iso).joined(separator: ", "),
                    item.dueDates.contains(where: \.date.isAmbiguous) ? "oui" : "",
                    ChecklistText.notes(item), item.status,
                ])
            }
            for duty in duties {
                rows.append(head(duty) + ["", "", "", ChecklistText.dutiesNote, ""])
            }
        case .dueDates:
            rows.append(Self.csvDueDateColumns)
            for date in keyDates {
                rows.append([
                    "date clé", date.key, "", "", date.label, "", date.article?.number ?? "", date.article?.title ?? "", "",
                    date.source ?? "", date.date.map { $0.earliest.iso } ?? "", "", alternative(date.date) ?? "",
                    date.date?.isAmbiguous == true ? "oui" : "", date.note ?? "", "",
                ])
            }
            for item in items {
                guard !item.dueDates.isEmpty else {
                    rows.append(head(item) + ["", "", "", "", ChecklistText.notes(item), item.status])
                    continue
                }
                for due in item.dueDates {
                    let precision = [due.label, alternative(due.date)].compactMap { $0 }.joined(separator: " ; ")
                    rows.append(head(item) + [
                        due.date.earliest.iso, due.windowStart?.iso ?? "", precision, due.date.isAmbiguous ? "oui" : "",
                        ChecklistText.notes(item), item.status,
                    ])
                }
            }
            for duty in duties {
                rows.append(head(duty) + ["", "", "", "", ChecklistText.dutiesNote, ""])
            }
        }
        let separator = String(options.separator)
        var text = rows.map { row in
            row.map { field($0, separator: options.separator) }.joined(separator: separator)
        }.joined(separator: "\r\n") + "\r\n"
        if options.byteOrderMark { text = "\u{FEFF}" + text }
        return Data(text.utf8)
    }

    /// The first cells of an obligation's rows: type to timing.
    private func head(_ item: ChecklistItem) -> [String] {
        let type = switch item.modality {
        case .obligation: "obligation"
        case .prohibition: "règle à respecter"
        case .permission: "faculté"
        }
        return [type, item.id, item.change?.french ?? "", item.partyNames, ChecklistText.text(item), item.modality.french,
                item.article?.number ?? "", item.article?.title ?? "", item.page.map(String.init) ?? "", item.timing ?? ""]
    }

    /// The first cells of a duty's row: type to timing.
    private func head(_ duty: ChecklistDuty) -> [String] {
        ["obligation d'un tiers", duty.id, "", duty.subjectTitle, duty.text, duty.modality.french,
         duty.article?.number ?? "", duty.article?.title ?? "", duty.page.map(String.init) ?? "", ""]
    }

    /// `ou 2025-10-01` for an ambiguous date, nil for an exact one.
    private func alternative(_ date: CalendarResult?) -> String? {
        guard let date, date.isAmbiguous else { return nil }
        return "ou " + date.candidates.dropFirst().map(\.iso).joined(separator: " ou ")
    }

    /// A field as written: neutralised when a spreadsheet would read it as a formula, quoted
    /// when it holds the separator, a quote, a line break or edge spaces; quotes doubled.
    private func field(_ value: String, separator: Character) -> String {
        let neutralised = Self.isFormulaLike(value)
        let value = neutralised ? "'" + value : value
        let needsQuotes = neutralised || value.contains(separator)
            || value.unicodeScalars.contains { $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet may take the cell for a formula: its first character, spaces
    /// skipped, is `=`, `+`, `-` or `@`, or the cell starts with a tab or a carriage return.
    static func isFormulaLike(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        guard let visible = value.unicodeScalars.first(where: { $0 != " " }) else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(visible)
    }
}
