import ConventionModel
extension Checklist {
    /// The checklist as a standalone HTML page, printable on A4: the key dates at the top,
    /// then one section per party, each row with a checkbox and an empty status cell.
    ///
    /// `<section class="party" id="party-P2"><h2>Mission locale …</h2><table>…
    /// <tr id="O17"><td class="check"><input type="checkbox" …></td><td>O17 produire, avant le 31 mars …`
    public func html() -> String {
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"fr\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<title>Obligations — \(h(title))</title>")
        out.append("<style>\n\(Self.stylesheet)</style>")
        out.append("<style>@page { @bottom-left { content: \"\(css(title))\"; } }</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<header>")
        out.append("<h1><span class=\"kicker\">Liste des obligations</span>\(h(title))</h1>")
        var meta = ["<span>Source : <code>\(h(source))</code></span>", "<span>\(h(ChecklistText.window(self)))</span>"]
        if let party { meta.append("<span>Partie : \(h(party.name))</span>") }
        out.append("<p class=\"meta\">\(meta.joined(separator: " "))</p>")
        if !notes.isEmpty {
            out.append("<ul class=\"notes\">" + notes.map { "<li>\(h($0))</li>" }.joined() + "</ul>")
        }
        out.append("</header>")

        out.append("<section class=\"key-dates\">")
        out.append("<h2>Dates clés</h2>")
        out.append("<table>")
        out.append("<colgroup><col class=\"c-date\"><col class=\"c-step\"><col class=\"c-source\"><col class=\"c-note\"></colgroup>")
        out.append("<thead><tr><th>Date</th><th>Étape</th><th>Texte</th><th>Note</th></tr></thead>")
        out.append("<tbody>")
        for date in keyDates {
            var classes: [String] = []
            if date.isPast(on: from) { classes.append("past") }
            if date.date?.isAmbiguous == true { classes.append("ambiguous") }
            if date.date == nil, date.kind != .notice { classes.append("undated") }
            let when = whenCell(date.date, undated: ChecklistText.keyDate(date))
                + (date.isPast(on: from) ? " <span class=\"tag\">passée</span>" : "")
            var text = date.source.map { "« \(h($0)) »" } ?? ""
            if let article = date.article { text += "<div class=\"where\">\(h(article.label))</div>" }
            out.append("<tr\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>"
                       + "<td class=\"date\">\(when)</td><td>\(h(date.label))</td><td>\(text)</td><td class=\"note\">\(h(date.note ?? ""))</td></tr>")
        }
        out.append("</tbody></table>")
        out.append("</section>")

        for section in sections {
            // The heading sits in the table head: printed again on top of every page the
            // section runs onto, and never left alone at the bottom of a page.
            out.append("<section class=\"party\" id=\"party-\(h(section.key))\">")
            let tasks = section.tasks
            var headed = false
            if !tasks.isEmpty {
                out.append("<table>")
                out.append("<colgroup><col class=\"c-check\"><col class=\"c-text\"><col class=\"c-where\"><col class=\"c-timing\"><col class=\"c-due\"><col class=\"c-status\"></colgroup>")
                out.append("<thead><tr><th colspan=\"6\" class=\"section\">\(heading(section.title, count: tasks.count, unit: "obligation"))</th></tr>")
                out.append("<tr><th class=\"check\" aria-label=\"Fait\">✓</th><th>Obligation</th><th>Article · page</th><th>Fréquence / délai</th><th>Échéances</th><th>Statut</th></tr></thead>")
                out.append("<tbody>")
                for item in tasks {
                    out.append(row(item))
                }
                out.append("</tbody></table>")
                headed = true
            }
            for (title, column, unit, rows) in [("Règles à respecter", "Interdiction", "règle", section.rules),
                                                ("Facultés", "Faculté", "faculté", section.rights)] where !rows.isEmpty {
                let caption = headed ? "<h3>\(title) <span class=\"count\">\(rows.count) \(unit)\(rows.count > 1 ? "s" : "")</span></h3>"
                    : heading("\(section.title) — \(title)", count: rows.count, unit: unit)
                out.append("<table class=\"rules\">")
                out.append("<colgroup><col class=\"c-rule\"><col class=\"c-where\"><col class=\"c-note\"></colgroup>")
                out.append("<thead><tr><th colspan=\"3\" class=\"section\">\(caption)</th></tr>")
                out.append("<tr><th>\(column)</th><th>Article · page</th><th>Note</th></tr></thead>")
                out.append("<tbody>")
                for item in rows {
                    out.append(ruleRow(item))
                }
                out.append("</tbody></table>")
                headed = true
            }
            out.append("</section>")
        }
        if items.isEmpty {
            out.append("<p class=\"empty\">" + h(party.map { "Aucune obligation de \($0.name) dans ce document." } ?? "Aucune obligation dans ce document.") + "</p>")
        }
        if !duties.isEmpty {
            out.append("<section class=\"duties\" id=\"duties\">")
            out.append("<table class=\"rules\">")
            out.append("<colgroup><col class=\"c-who\"><col class=\"c-duty\"><col class=\"c-where\"></colgroup>")
            out.append("<thead><tr><th colspan=\"3\" class=\"section\">\(heading(ChecklistText.dutiesTitle, count: duties.count, unit: "obligation"))"
                       + "<p class=\"meta\">\(h(ChecklistText.dutiesNote))</p></th></tr>")
            out.append("<tr><th>Qui</th><th>Obligation</th><th>Article · page</th></tr></thead>")
            out.append("<tbody>")
            for duty in duties {
                var text = "<span class=\"id\">\(h(duty.id))</span>"
                if duty.modality != .obligation { text += "<span class=\"badge \(duty.modality.rawValue)\">\(h(duty.modality.french))</span>" }
                text += " \(h(duty.text))"
                out.append("<tr id=\"\(h(duty.id))\" class=\"duty\"><td>\(h(duty.subjectTitle))</td><td class=\"text\">\(text)</td>"
                           + "<td class=\"where\">\(place(duty.article, duty.page))</td></tr>")
            }
            out.append("</tbody></table>")
            out.append("</section>")
        }
        out.append("<footer><span class=\"legend\">⚠ date ambiguë : les deux dates possibles sont indiquées, à confirmer. Dates calculées en unités calendaires (3 mois = trois mois de calendrier).</span></footer>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    /// `<h2>Title <span class="count">3 obligations</span></h2>`.
    private func heading(_ title: String, count: Int, unit: String) -> String {
        "<h2>\(h(title)) <span class=\"count\">\(count) \(unit)\(count > 1 ? "s" : "")</span></h2>"
    }

    /// The id with its badges: `O7 nouvelle`, `O7 modifiée`.
    private func label(_ item: ChecklistItem) -> String {
        var text = "<span class=\"id\">\(h(item.id))</span>"
        if let change = item.change { text += "<span class=\"badge \(change.rawValue)\">\(h(change.french))</span>" }
        return text
    }

    /// `Article 4 – Engagements<br><span class="page">p. 2</span>`.
    private func place(_ article: ArticleReference?, _ page: Int?) -> String {
        var place = article.map { h($0.label) } ?? ""
        if let page { place += (place.isEmpty ? "" : "<br>") + "<span class=\"page\">p. \(page)</span>" }
        return place
    }

    /// The notes of a row, with the previous wording of a modified obligation.
    private func notes(_ item: ChecklistItem) -> String {
        let text = ChecklistText.notes(item)
        return text.isEmpty ? "" : "<div class=\"note\">\(h(text))</div>"
    }

    private func row(_ item: ChecklistItem) -> String {
        var classes: [String] = [item.modality.rawValue]
        if let change = item.change { classes.append(change.rawValue) }
        if item.dueDates.contains(where: \.date.isAmbiguous) { classes.append("ambiguous") }
        let text = label(item) + " \(h(ChecklistText.text(item)))"
        var due = ""
        if !item.dueDates.isEmpty {
            let shown = item.dueDates.prefix(ChecklistText.shownDueDates)
            due = "<ul class=\"due\">" + shown.map { date in
                "<li\(date.date.isAmbiguous ? " class=\"ambiguous\"" : "")>\(whenCell(date.date, undated: ""))"
                    + (date.label.map { " <span class=\"label\">(\(h($0)))</span>" } ?? "") + "</li>"
            }.joined()
            let rest = item.dueDates.count - shown.count
            if rest > 0, let last = item.dueDates.last {
                due += "<li class=\"more\">… et \(rest) autre\(rest > 1 ? "s" : "") jusqu'au \(h(FrenchCalendar.long(last.date)))</li>"
            }
            due += "</ul>"
        }
        due += notes(item)
        return "<tr id=\"\(h(item.id))\" class=\"\(classes.joined(separator: " "))\">"
            + "<td class=\"check\"><input type=\"checkbox\" aria-label=\"Fait : \(h(item.id))\"></td>"
            + "<td class=\"text\">\(text)</td><td class=\"where\">\(place(item.article, item.page))</td>"
            + "<td class=\"timing\">\(h(item.timing ?? ""))</td><td>\(due)</td><td class=\"status\">\(h(item.status))</td></tr>"
    }

    /// An interdiction or a faculté: no box to tick, no status.
    private func ruleRow(_ item: ChecklistItem) -> String {
        var classes: [String] = [item.modality.rawValue]
        if let change = item.change { classes.append(change.rawValue) }
        return "<tr id=\"\(h(item.id))\" class=\"\(classes.joined(separator: " "))\">"
            + "<td class=\"text\">\(label(item)) \(h(ChecklistText.text(item)))</td>"
            + "<td class=\"where\">\(place(item.article, item.page))</td><td>\(notes(item))</td></tr>"
    }

    /// `31 mars 2026`; for an ambiguity the earlier (safe) date, then the other candidates in small.
    private func whenCell(_ date: CalendarResult?, undated: String) -> String {
        guard let date else { return h(undated) }
        guard date.isAmbiguous else { return h(FrenchCalendar.long(date)) }
        let others = date.candidates.dropFirst().map(FrenchCalendar.long).joined(separator: " ou ")
        return "<span class=\"amb\">\(ChecklistText.ambiguousMark) \(h(FrenchCalendar.long(date.earliest)))</span>"
            + "<span class=\"alt\">ou \(h(others)) — date ambiguë</span>"
    }

    /// A CSS string body: quotes and backslashes escaped, `<` written as an escape so that
    /// `</style>` cannot close the element.
    private func css(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "<": out += "\\3C "
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes text for HTML content and attribute values.
    private func h(_ text: String) -> String { text.htmlEscaped }

    static let stylesheet = """
    @page { size: A4; margin: 12mm 11mm 14mm;
            @bottom-left { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7pt; color: #777; }
            @bottom-right { content: "page " counter(page) " / " counter(pages);
                            font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7pt; color: #777; } }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 9pt; line-height: 1.35;
           color: #1b1b1b; margin: 0 auto; max-width: 190mm; padding: 6mm 0; }
    h1 { font-size: 15pt; margin: 0 0 2mm; line-height: 1.2; }
    h1 .kicker { display: block; font-size: 8.5pt; font-weight: normal; text-transform: uppercase; letter-spacing: .08em; color: #555; }
    h2 { font-size: 11.5pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #1f4e79; color: #1f4e79;
         break-after: avoid; page-break-after: avoid; }
    h2 .count { font-size: 8pt; font-weight: normal; color: #666; }
    th.section { background: none; padding: 0; border: none; }
    th.section h2 { margin-top: 5mm; }
    section.party { margin-top: 2mm; }
    .meta { margin: 0 0 2mm; color: #444; }
    .meta span + span::before { content: " · "; color: #999; }
    code { font-size: 8pt; word-break: break-all; }
    ul.notes { margin: 2mm 0; padding: 2mm 3mm 2mm 7mm; background: #fff6e0; border-left: 2pt solid #d89000; }
    table { width: 100%; border-collapse: collapse; table-layout: fixed; }
    thead { display: table-header-group; }
    th { text-align: left; font-size: 8pt; font-weight: 600; color: #333; background: #e8eef5; padding: 1.2mm 1.5mm;
         border-bottom: 1pt solid #9fb3c8; }
    td { vertical-align: top; padding: 1.5mm; border-bottom: .5pt solid #c9c9c9; overflow-wrap: break-word; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    col.c-check { width: 7mm; } col.c-text { width: 33%; } col.c-where { width: 19%; } col.c-timing { width: 13%; }
    col.c-due { width: 21%; } col.c-status { width: 10%; }
    col.c-date { width: 21%; } col.c-step { width: 25%; } col.c-source { width: 30%; } col.c-note { width: 24%; }
    .amb { color: #9b5c00; font-weight: 600; }
    .alt { display: block; font-size: 7.5pt; font-weight: normal; color: #9b5c00; }
    .label { color: #666; font-size: 8pt; }
    td.check, th.check { text-align: center; padding-left: 0; padding-right: 0; }
    td.check input { width: 3.6mm; height: 3.6mm; margin: .3mm 0 0; }
    td.status { border-left: .5pt dashed #bbb; }
    .id { font-weight: 700; margin-right: 1mm; color: #1f4e79; }
    .badge { display: inline-block; font-size: 6.8pt; text-transform: uppercase; letter-spacing: .04em; padding: 0 1mm;
             border-radius: 1mm; margin-right: 1mm; vertical-align: .3mm; }
    .badge.new { background: #1e7b34; color: #fff; }
    .badge.modified { background: #b35c00; color: #fff; }
    .badge.permission { background: #e3ecf7; color: #1f4e79; }
    .badge.prohibition { background: #fbe4e4; color: #9b1c1c; }
    tr.new td.text { background: #f0f8f1; }
    tr.modified td.text { background: #fff4e5; }
    h3 { font-size: 10pt; margin: 4mm 0 1.5mm; color: #1f4e79; }
    h3 .count { font-size: 8pt; font-weight: normal; color: #666; }
    table.rules { margin-top: 2mm; }
    col.c-rule { width: 55%; } col.c-who { width: 22%; } col.c-duty { width: 55%; }
    tr.prohibition td.text { border-left: 2pt solid #9b1c1c; }
    .where, .page, .note, td.timing { color: #444; font-size: 8pt; }
    .note { margin-top: 1mm; color: #666; }
    ul.due { margin: 0; padding: 0; list-style: none; }
    ul.due li { white-space: normal; }
    ul.due li.more { color: #666; font-size: 8pt; }
    tr.past td { color: #888; }
    tr.undated td.date { color: #9b1c1c; }
    .tag { font-size: 7pt; border: .5pt solid #999; border-radius: 1mm; padding: 0 .8mm; }
    td.date { font-weight: 600; }
    .empty { font-style: italic; }
    footer { margin-top: 5mm; font-size: 7.5pt; color: #666; }
    @media screen { body { padding: 8mm; } }
    @media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }

    """
}
