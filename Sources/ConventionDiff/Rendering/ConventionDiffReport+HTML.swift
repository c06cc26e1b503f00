import ConventionModel
extension ConventionDiffReport {
    /// The report as a standalone HTML page: the documents, a summary per party, then one
    /// table per field with the old version on the left and the new on the right (deleted words
    /// struck through in red, inserted ones in green). Printable on A4 (`@media print`).
    ///
    /// ```html
    /// <tr class="modified"><td>… durée …</td><td><b>1 an</b> … <del>d'un an</del></td><td><b>3 ans</b> … <ins>de trois ans</ins></td></tr>
    /// ```
    public func htmlDescription() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Comparaison — \(Self.h(Self.fileName(old.source))) → \(Self.h(Self.fileName(new.source)))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header>
            <h1>Comparaison de deux versions d'une convention</h1>
            <table class="documents">
            <tr><th>Ancienne version</th><td>\(Self.h(old.title ?? "—"))<br><span class="source">\(Self.h(old.source))</span></td></tr>
            <tr><th>Nouvelle version</th><td>\(Self.h(new.title ?? "—"))<br><span class="source">\(Self.h(new.source))</span></td></tr>
            </table>
            <p class="count">\(changes.isEmpty ? "Aucun changement." : "\(changes.count) changement\(changes.count > 1 ? "s" : "")")</p>
            </header>

            """
        html += partyTable()
        for section in ChangeLabels.sections(of: self) {
            html += "<section>\n<h2>\(Self.h(section.title))</h2>\n"
            for group in section.groups {
                if let title = group.title { html += "<h3>\(Self.h(title))</h3>\n" }
                html += """
                    <table class="diff">
                    <colgroup><col class="what"><col class="side"><col class="side"></colgroup>
                    <thead><tr><th>Changement</th><th>Ancienne version</th><th>Nouvelle version</th></tr></thead>
                    <tbody>

                    """
                for change in group.changes { html += row(change) }
                html += "</tbody>\n</table>\n"
            }
            html += "</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    private func partyTable() -> String {
        var html = """
            <section>
            <h2>Par partie</h2>
            <table class="parties">
            <thead>
            <tr><th rowspan="2">Partie</th><th rowspan="2">Statut</th><th rowspan="2" class="n">Changements</th><th colspan="4" class="group">Obligations</th></tr>
            <tr><th class="n">ajoutées</th><th class="n">supprimées</th><th class="n">modifiées</th><th class="n">déplacées</th></tr>
            </thead>
            <tbody>

            """
        for party in summary.parties {
            let name = ChangeLabels.partyName(party, in: self), status = ChangeLabels.statusName(party.status)
            html += "<tr><td>\(Self.h(name))</td><td>\(status)</td><td class=\"n\">\(party.changes)</td><td class=\"n\">\(party.obligationsAdded)</td>"
                + "<td class=\"n\">\(party.obligationsRemoved)</td><td class=\"n\">\(party.obligationsModified)</td><td class=\"n\">\(party.obligationsMoved)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private func row(_ change: ConventionChange) -> String {
        let (field, feminine) = ChangeLabels.fieldName(change.field)
        var what = "<span class=\"badge \(change.kind.rawValue)\">\(ChangeLabels.kindName(change.kind, feminine: feminine))</span> <strong>\(Self.h(field))</strong>"
        if let subject = change.subject {
            what += " " + Self.h(change.field == .notice ? "(\(FrenchValues.purpose(subject)))" : "« \(subject) »")
        }
        if change.field == .party, let id = change.parties.first {
            what += "<br>\(Self.h("\(id) \(party(id)?.name ?? "")"))"
            if change.kind == .modified, let aspect = change.details.first?.aspect { what += " — \(Self.h(ChangeLabels.aspectName(aspect)))" }
        } else if change.field != .article || change.kind == .modified {
            let place = ChangeLabels.place(change)
            if !place.isEmpty { what += "<br><span class=\"place\">\(Self.h(place))</span>" }
        }
        let (left, right) = sides(change)
        return "<tr class=\"\(change.kind.rawValue)\"><td>\(what)</td><td>\(left)</td><td>\(right)</td></tr>\n"
    }

    /// The old and new cells of a change.
    private func sides(_ change: ConventionChange) -> (String, String) {
        let empty = "<span class=\"empty\">—</span>"
        switch (change.field, change.kind) {
        case (.article, .modified):
            return (Self.side(change.wordDiff, old: true), Self.side(change.wordDiff, old: false))
        case (.article, _):
            let befores = change.before.map { $0.components(separatedBy: " | ") } ?? []
            let afters = change.after.map { $0.components(separatedBy: " | ") } ?? []
            func units(_ refs: [String], _ titles: [String]) -> String {
                refs.isEmpty ? empty : refs.enumerated().map { index, ref in
                    let title = change.kind == .split || change.kind == .merged ? (index < titles.count ? titles[index] : nil) : titles.first
                    return "<b>\(Self.h(ChangeLabels.ref(ref)))</b>" + (title.map { " — " + Self.h($0) } ?? "")
                }.joined(separator: "<br>")
            }
            return (units(change.oldArticles, befores), units(change.newArticles, afters))
        case (.party, _):
            let left = change.before == nil ? empty : change.wordDiff.isEmpty ? Self.h(change.before!) : Self.side(change.wordDiff, old: true)
            let right = change.after == nil ? empty : change.wordDiff.isEmpty ? Self.h(change.after!) : Self.side(change.wordDiff, old: false)
            return (left, right)
        case (.obligation, .added):
            return (empty, "<ins>\(Self.h(change.after ?? ""))</ins>" + detailList(change, old: false))
        case (.obligation, .removed):
            return ("<del>\(Self.h(change.before ?? ""))</del>" + detailList(change, old: true), empty)
        case (.obligation, _):
            let left = change.wordDiff.isEmpty ? Self.h(change.before ?? "") : Self.side(change.wordDiff, old: true)
            let right = change.wordDiff.isEmpty ? Self.h(change.after ?? "") : Self.side(change.wordDiff, old: false)
            return (left + detailList(change, old: true), right + detailList(change, old: false))
        default:
            let left = change.before.map { "<b class=\"value\">\(Self.h($0))</b>" } ?? ""
            let right = change.after.map { "<b class=\"value\">\(Self.h($0))</b>" } ?? ""
            let quoteLeft = change.wordDiff.contains { $0.op != .insert } ? "<div class=\"quote\">\(Self.side(change.wordDiff, old: true))</div>" : ""
            let quoteRight = change.wordDiff.contains { $0.op != .delete } ? "<div class=\"quote\">\(Self.side(change.wordDiff, old: false))</div>" : ""
            let l = left + quoteLeft + detailList(change, old: true), r = right + quoteRight + detailList(change, old: false)
            return (l.isEmpty ? empty : l, r.isEmpty ? empty : r)
        }
    }

    /// The aspects beyond the main value, each on its side.
    private func detailList(_ change: ConventionChange, old: Bool) -> String {
        let shown: ArraySlice<ConventionChange.Detail>
        switch (change.field, change.kind) {
        case (.obligation, _): shown = change.details[...]
        case (_, .modified): shown = change.details.dropFirst()
        default: shown = []
        }
        let items = shown.compactMap { detail -> String? in
            if change.kind != .modified, detail.aspect == "modality", (detail.after ?? detail.before) == "obligation" { return nil }
            let value = old ? detail.before : detail.after
            guard value != nil || change.kind == .modified else { return nil }
            return "<li>\(Self.h(ChangeLabels.aspectName(detail.aspect))) : \(Self.h(ChangeLabels.detailValue(detail, value)))</li>"
        }
        return items.isEmpty ? "" : "<ul class=\"details\">\(items.joined())</ul>"
    }

    /// One side of a word diff, shortened: the old side shows kept and deleted words, the new
    /// side kept and inserted ones.
    static func side(_ segments: [DiffSegment], old: Bool) -> String {
        DiffExcerpt.shorten(segments).compactMap { segment -> String? in
            switch segment.op {
            case .equal: return h(segment.text)
            case .delete: return old ? "<del>\(h(trimmed(segment.text)))</del>\(trailing(segment.text))" : nil
            case .insert: return old ? nil : "<ins>\(h(trimmed(segment.text)))</ins>\(trailing(segment.text))"
            }
        }.joined()
    }

    private static func trimmed(_ text: String) -> String { text.hasSuffix(" ") ? String(text.dropLast()) : text }
    private static func trailing(_ text: String) -> String { text.hasSuffix(" ") ? " " : "" }

    /// Text escaped for HTML.
    static func h(_ text: String) -> String { text.htmlEscaped }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static let css = """

        :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4d9; --del: #fde2e1; --del-ink: #9f1c1c; --ins: #dff3e4; --ins-ink: #17602b; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 13px; line-height: 1.45; color: var(--ink);
               max-width: 1120px; margin: 24px auto; padding: 0 16px; }
        h1 { font-size: 20px; margin: 0 0 12px; }
        h2 { font-size: 15px; margin: 26px 0 8px; padding-bottom: 3px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 13px; margin: 16px 0 6px; color: var(--muted); }
        table { width: 100%; border-collapse: collapse; }
        th, td { border: 1px solid var(--rule); padding: 5px 8px; vertical-align: top; text-align: left; overflow-wrap: break-word; }
        thead th { background: #f2f4f6; font-weight: 600; }
        table.documents th { width: 18%; background: #f2f4f6; }
        .source { color: var(--muted); font-size: 11px; }
        .count { font-weight: 600; margin: 10px 0 0; }
        table.parties th.n, table.parties td.n { text-align: right; width: 9%; white-space: nowrap; }
        table.parties th.group { text-align: center; }
        table.diff { table-layout: fixed; }
        table.diff col.what { width: 22%; }
        table.diff col.side { width: 39%; }
        del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
        ins { background: var(--ins); color: var(--ins-ink); text-decoration: none; font-weight: 600; }
        .badge { display: inline-block; font-size: 10px; text-transform: uppercase; letter-spacing: .04em; padding: 0 5px;
                 border-radius: 3px; border: 1px solid currentColor; }
        .badge.added { color: var(--ins-ink); } .badge.removed { color: var(--del-ink); } .badge.modified { color: #8a5a00; }
        .badge.renumbered, .badge.moved, .badge.split, .badge.merged, .badge.renamed { color: #1f4e8c; }
        .place { color: var(--muted); font-size: 11px; }
        .value { display: block; margin-bottom: 3px; }
        .quote { color: #333; }
        .details { margin: 4px 0 0; padding-left: 16px; color: var(--muted); font-size: 11.5px; }
        .empty { color: #9aa0a6; }
        @media print {
          @page { size: A4; margin: 14mm 12mm 16mm; }
          body { max-width: none; margin: 0; padding: 0; font-size: 9pt; }
          h1 { font-size: 14pt; } h2 { font-size: 11pt; break-after: avoid; } h3 { break-after: avoid; }
          tr { break-inside: avoid; }
          thead { display: table-header-group; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
