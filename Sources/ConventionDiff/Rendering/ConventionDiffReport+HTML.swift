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
            \(ChangeLabels.unrelatedWarning(self).map { "<p class=\"warning\">\(Self.h($0))</p>" } ?? "<p class=\"count\">\(Self.h(Self.count(changes.count, meaning: meaningChanges.count)))</p>")
            \(redline == nil ? "" : "<nav><a href=\"#changements\">Liste des changements</a> · <a href=\"#texte-annote\">Texte intégral annoté</a></nav>")
            </header>

            """
        html += meaningTable()
        html += "<div id=\"changements\"></div>\n"
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
        if !changes.isEmpty { html += legendSection() }
        html += redlineSection()
        return html + "</body>\n</html>\n"
    }

    /// The changes of meaning, per party, before the list of every change.
    private func meaningTable() -> String {
        let groups = ChangeLabels.meaningGroups(of: self)
        guard !groups.isEmpty else { return "" }
        var html = "<section class=\"meaning\">\n<h2>Ce qui change pour chaque partie</h2>\n<table class=\"meaning\">\n"
        html += "<thead><tr><th>Changement de fond</th><th>Où</th></tr></thead>\n<tbody>\n"
        for group in groups {
            html += "<tr class=\"group\"><th colspan=\"2\">\(Self.h(group.title))</th></tr>\n"
            for change in group.changes {
                var what = "<span class=\"tag\">\(Self.h(change.meaning.map(ChangeLabels.meaningName).joined(separator: ", ")))</span> "
                    + Self.h(ChangeLabels.headline(change, in: self))
                if change.field == .obligation, let text = change.after ?? change.before { what += "<br><span class=\"quote\">\(Self.h(text))</span>" }
                html += "<tr class=\"\(change.kind.rawValue)\"><td>\(what)</td><td class=\"where\">\(Self.h(ChangeLabels.pages(change)))</td></tr>\n"
            }
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    /// What the badges, colours and page marks mean.
    private func legendSection() -> String {
        let items = [
            "<del>mots supprimés</del> : dans l'ancienne version seulement",
            "<ins>mots insérés</ins> : dans la nouvelle version seulement",
            "<span class=\"tag\">montant</span> changement de fond (montant, taux, durée, préavis, délai, fréquence, modalité, engagement)",
            "p. 2 → p. 3 : page dans l'ancienne puis dans la nouvelle version ; … : texte inchangé omis",
        ]
        return "<section class=\"legend\">\n<h2>Légende</h2>\n<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>\n</section>\n"
    }

    /// The whole text with deletions and insertions in place, the unit and the pages in the margin.
    private func redlineSection() -> String {
        guard let redline, !redline.paragraphs.isEmpty else { return "" }
        var html = "<section class=\"redline\" id=\"texte-annote\">\n<h2>Texte intégral annoté</h2>\n"
        html += "<p class=\"source\">Nouvelle version, avec en place les mots supprimés de l'ancienne (barrés) et les mots insérés (surlignés) ; en marge, l'article et la page dans chaque version.</p>\n"
        var lastPages: String?
        for paragraph in redline.paragraphs {
            let pages: String = switch (paragraph.oldPage, paragraph.newPage) {
            case let (a?, b?): "p. \(a) → p. \(b)"
            case let (a?, nil): "anc. p. \(a)"
            case let (nil, b?): "p. \(b)"
            case (nil, nil): ""
            }
            var margin: [String] = []
            if paragraph.opensUnit { margin.append("<b>\(Self.h(ChangeLabels.ref(paragraph.article)))</b>") }
            if paragraph.opensUnit || pages != lastPages { margin.append(Self.h(pages)) }
            lastPages = pages
            let body = paragraph.segments.map { segment -> String in
                switch segment.op {
                case .equal: return Self.h(segment.text)
                case .delete: return "<del>\(Self.h(Self.trimmed(segment.text)))</del>\(Self.trailing(segment.text))"
                case .insert: return "<ins>\(Self.h(Self.trimmed(segment.text)))</ins>\(Self.trailing(segment.text))"
                }
            }.joined()
            html += "<div class=\"para\(paragraph.hasChanges ? " changed" : "")\"><div class=\"margin\">\(margin.joined(separator: "<br>"))</div><p>\(body)</p></div>\n"
        }
        return html + "</section>\n"
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
        if !change.meaning.isEmpty {
            what += "<br><span class=\"tag\">\(Self.h(change.meaning.map(ChangeLabels.meaningName).joined(separator: ", ")))</span>"
        }
        let pages = ChangeLabels.pages(change)
        if !pages.isEmpty { what += "<br><span class=\"place\">\(Self.h(pages))</span>" }
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

    static func trimmed(_ text: String) -> String { text.hasSuffix(" ") ? String(text.dropLast()) : text }
    static func trailing(_ text: String) -> String { text.hasSuffix(" ") ? " " : "" }

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
        .warning { font-weight: 600; color: var(--del-ink); background: var(--del); padding: 8px 10px; border-left: 4px solid var(--del-ink); }
        nav { margin: 8px 0 0; font-size: 12px; }
        .tag { display: inline-block; font-size: 10px; padding: 0 5px; border-radius: 3px; background: #fff1c2; color: #6b4a00; }
        table.meaning tr.group th { background: #eef2f7; }
        table.meaning td.where { width: 22%; white-space: nowrap; color: var(--muted); }
        .legend ul { margin: 0; padding-left: 18px; color: var(--muted); }
        .redline .para { display: grid; grid-template-columns: 9em 1fr; column-gap: 12px; }
        .redline .margin { color: var(--muted); font-size: 11px; text-align: right; padding-top: 2px; border-right: 2px solid var(--rule); padding-right: 8px; }
        .redline .para.changed .margin { border-right-color: #c58a00; }
        .redline p { margin: 0 0 6px; text-align: justify; }
        @media print {
          @page { size: A4; margin: 14mm 12mm 16mm; }
          body { max-width: none; margin: 0; padding: 0; font-size: 9pt; }
          h1 { font-size: 14pt; } h2 { font-size: 11pt; break-after: avoid; } h3 { break-after: avoid; }
          tr { break-inside: avoid; }
          nav { display: none; }
          .redline { break-before: page; }
          .redline .para { break-inside: avoid; grid-template-columns: 25mm 1fr; }
          thead { display: table-header-group; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
