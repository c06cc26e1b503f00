import Foundation

extension Checklist {
    /// The header row of ``csv(_:)``.
    public static let csvColumns = [
        "Type", "Id", "Nouveau", "Partie", "Obligation", "Modalité", "Article", "Titre de l'article", "Page",
        "Fréquence / délai", "Prochaine échéance", "Échéances", "Ambiguë", "Notes", "Statut",
    ]

    /// The checklist as one CSV table (RFC 4180): the key dates first (`Type` = `date clé`),
    /// then one row per obligation (`Type` = `obligation`). Dates are ISO (`2026-03-31`) so
    /// that spreadsheets read them as dates; `Prochaine échéance` sorts, `Échéances` lists them all.
    ///
    /// ```
    /// Type,Id,Nouveau,Partie,Obligation,Modalité,…
    /// date clé,effective,,,Prise d'effet,,,,,du 1er janvier 2025,2025-01-01,2025-01-01,,,
    /// obligation,O17,,Mission locale …,"produire, avant le 31 mars de chaque année, …",obligation,8,…
    /// ```
    public func csv(_ options: CSVOptions = CSVOptions()) -> Data {
        var rows: [[String]] = [Self.csvColumns]
        for date in keyDates {
            rows.append([
                "date clé", date.key, "", "", date.label, "", date.article?.number ?? "", date.article?.title ?? "", "",
                date.source ?? "", date.date.map { $0.earliest.iso } ?? "", date.date.map(ChecklistText.iso) ?? "",
                date.date?.isAmbiguous == true ? "oui" : "", date.note ?? "", "",
            ])
        }
        for item in items {
            rows.append([
                "obligation", item.id, item.isNew ? "oui" : "", item.partyNames, ChecklistText.text(item), item.modality.french,
                item.article?.number ?? "", item.article?.title ?? "", item.page.map(String.init) ?? "", item.timing ?? "",
                item.dueDates.first.map { $0.date.earliest.iso } ?? "",
                item.dueDates.map(ChecklistText.iso).joined(separator: ", "),
                item.dueDates.contains(where: \.date.isAmbiguous) ? "oui" : "",
                item.notes.joined(separator: " ; "), item.status,
            ])
        }
        let separator = String(options.separator)
        var text = rows.map { row in
            row.map { field($0, separator: options.separator) }.joined(separator: separator)
        }.joined(separator: "\r\n") + "\r\n"
        if options.byteOrderMark { text = "\u{FEFF}" + text }
        return Data(text.utf8)
    }

    /// A field quoted when it holds the separator, a quote, a line break or edge spaces;
    /// quotes doubled.
    private func field(_ value: String, separator: Character) -> String {
        let needsQuotes = value.contains(separator) || value.unicodeScalars.contains { $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
