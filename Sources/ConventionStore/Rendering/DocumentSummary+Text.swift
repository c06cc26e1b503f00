extension DocumentSummary {
    /// `2025-03-02 09:14` from `2025-03-02T09:14:05Z`.
    public var ingestedMinute: String {
        String(ingestedAt.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// The title, else the file name: `CONVENTION DE COOPÉRATION 2025-2027`, `(untitled) 003.pdf`.
    public var displayTitle: String {
        title ?? "(untitled) \(fileName)"
    }

    /// Where the document stands in its lineage: `supersedes #3`, `superseded by #9`, `—`.
    public var lineageDescription: String {
        let parts = [supersedes.map { "supersedes #\($0)" }, supersededBy.map { "superseded by #\($0)" }].compactMap { $0 }
        return parts.isEmpty ? "—" : parts.joined(separator: ", ")
    }

    /// The dates the text states: `2021-01-01 → 2023-12-31`, `from 2021-01-01`, `deliberation of 2019-12-16`.
    public var datesDescription: String {
        var parts: [String] = []
        switch (effectiveDate, endDate) {
        case let (start?, end?): parts.append("\(start) → \(end)")
        case let (start?, nil): parts.append("from \(start)")
        case let (nil, end?): parts.append("until \(end)")
        case (nil, nil): break
        }
        if let deliberationDate { parts.append("deliberation of \(deliberationDate)") }
        return parts.isEmpty ? "no date stated" : parts.joined(separator: ", ")
    }

    /// The table `clausier list` prints: one line per document, columns aligned, title and
    /// parties last.
    ///
    /// ```
    /// ID  INGESTED (UTC)    KIND        PAGES  OBLIGATIONS  LINEAGE        TITLE — PARTIES
    /// #3  2025-03-02 09:14  convention     30           38  superseded by #7  CONVENTION DE COOPERATION … — Conseil départemental des Bouches-du-Rhône; Pôle emploi
    /// ```
    public static func table(_ summaries: [DocumentSummary], maxTitle: Int = 70) -> String {
        let header = ["ID", "INGESTED (UTC)", "KIND", "PAGES", "OBLIGATIONS", "LINEAGE", "TITLE — PARTIES"]
        let rows = summaries.map { summary in
            [
                "#\(summary.id)", summary.ingestedMinute, summary.kind.rawValue, String(summary.pages), String(summary.obligations),
                summary.lineageDescription,
                "\(shortened(summary.displayTitle, to: maxTitle)) — \(summary.parties.isEmpty ? "no party found" : summary.parties.joined(separator: "; "))",
            ]
        }
        let numeric: Set<Int> = [3, 4]
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                if column == cells.count - 1 { return cell }
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return numeric.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }

    /// The lineage `clausier history` prints, oldest first; `marked` is the document asked for.
    ///
    /// ```
    /// Lineage of #7: 2 versions, oldest first
    ///   #3  2018-01-01 → 2020-12-31  CONVENTION DE COOPERATION … POLE EMPLOI
    ///       convention · 004.pdf · ingested 2025-03-02 09:14 UTC
    /// ▸ #7  2021-01-01 → 2023-12-31  CONVENTION DE COOPERATION … FRANCE TRAVAIL
    ///       convention · v2.pdf · ingested 2025-03-02 09:20 UTC
    ///       supersedes #3: same parties, title 100 % alike, later date (2021-01-01 after 2018-01-01)
    /// ```
    public static func history(_ chain: [DocumentSummary], marked: Int64) -> String {
        let count = chain.count == 1 ? "1 version (no other version is stored)" : "\(chain.count) versions, oldest first"
        var lines = ["Lineage of #\(marked): \(count)"]
        for summary in chain {
            lines.append("\(summary.id == marked ? "▸" : " ") #\(summary.id)  \(summary.datesDescription)  \(summary.displayTitle)")
            lines.append("      \(summary.kind.rawValue) · \(summary.fileName) · ingested \(summary.ingestedMinute) UTC")
            if let previous = summary.supersedes {
                lines.append("      supersedes #\(previous)\(summary.linkReason.map { ": \($0)" } ?? "")")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
